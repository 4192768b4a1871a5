"""Suite-wide rule: a skipped test fails the run.

Odoo skips an HttpCase tour when it cannot find chromium, and pytest-odoo
skips every HttpCase without --odoo-http; either would turn a run that tested
nothing into a green one. So any skip makes the session exit non-zero.
"""


def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if skipped and session.exitstatus == 0:
        reporter.write_line(
            f"ERROR: {skipped} test(s) were skipped; a skipped test fails the run.", red=True
        )
        session.exitstatus = 1
