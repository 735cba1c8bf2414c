# Mibu (密簿). `make run` sets up and starts the application; `make test` sets up and runs
# every test. Both install what they need: a virtual environment in .venv and the Debian
# packages listed below (with apt-get, only those missing).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Qt's offscreen/xcb platforms and CUPS' client to run; for the tests also umockdev, poppler
# for PDF checks, the -dev files PyGObject (umockdev's testbed from Python) builds against,
# CUPS' scheduler with cups-pdf (tests/cups runs a private cupsd; as root, as in CI), udev
# (udevadm test of the installer's rules) and usbguard (its daemon, under umockdev; gcc builds
# the tests' uevent shim).
DEBS_RUN  := cups-client libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
             libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libnss3 libxkbfile1
DEBS_TEST := $(DEBS_RUN) umockdev gir1.2-umockdev-1.0 libumockdev0 poppler-utils udev usbguard \
             gcc pkg-config libgirepository1.0-dev libcairo2-dev \
             cups printer-driver-cups-pdf

TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench lint soak soak-faults i18n-update debs-run debs-test clean

run: debs-run $(STAMP) $(QM)
	$(BIN)/mibu

test: debs-test $(STAMP) $(QM)
	$(BIN)/ruff check app tests benchmarks
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q
	# the USB guard tests need the umockdev preload library (tests/devices/conftest.py)
	QT_QPA_PLATFORM=offscreen umockdev-wrapper $(BIN)/pytest -q -m umockdev tests/devices

bench: debs-test $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# Long runs that `make test` samples: `soak` runs every soak target.
soak: soak-faults

# Fault injection: SIGKILL at random points of a receipt loop, an import and init, 100 of
# each (tests/unit/test_fault_injection.py; MIBU_FAULT_SEED repeats a run).
soak-faults: debs-test $(STAMP) $(QM)
	MIBU_FAULT_ITERATIONS=$${MIBU_FAULT_ITERATIONS:-100} QT_QPA_PLATFORM=offscreen \
		$(BIN)/pytest -q -s tests/unit/test_fault_injection.py

lint: $(STAMP)
	$(BIN)/ruff check app tests benchmarks
	$(BIN)/mypy

debs-run:
	@scripts/ensure-debs.sh $(DEBS_RUN)

debs-test:
	@scripts/ensure-debs.sh $(DEBS_TEST)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

# Translations: sources in resources/i18n/*.ts, compiled .qm are build products.
resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n-update: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find app/ui -name '*.py') -ts $(TS)

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
