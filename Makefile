# hr_kinerja_asn: `make run` serves the product, `make test` runs the suite.
# Both do all set-up (see scripts/setup.sh). ODOO_SRC defaults to /opt/odoo-18.0.
export ODOO_SRC ?= /opt/odoo-18.0

.PHONY: run test lint setup test-odoo clean bench

run:
	bash scripts/run.sh

test:
	bash scripts/test.sh

setup:
	bash scripts/setup.sh

# the scale benchmark beside the SQL floor: make bench N=10000
bench:
	N=$(or $(N),1000) bash scripts/bench.sh

# the same suite through Odoo's own runner (install with --test-enable)
test-odoo: setup
	bash scripts/test-odoo.sh

lint: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/pylint --rcfile=.pylintrc $$(bash scripts/addons.sh | tr , ' ')

clean:
	rm -rf .venv .odoorc .odoo-data
