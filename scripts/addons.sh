#!/usr/bin/env bash
# The project's addons: every folder at the root with a __manifest__.py, comma-separated.
cd "$(dirname "$0")/.." && ls -d */__manifest__.py 2>/dev/null | cut -d/ -f1 | paste -sd, -
