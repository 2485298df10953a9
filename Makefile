# The two commands a new user runs are `make demo` and `make test`; both start with `make setup`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup tesseract chromium demo test lint types unit accuracy accuracy-world accuracy-vary accuracy-ocr accuracy-real bench review-bench fuzz samples clean

setup: tesseract chromium $(VENV)/.installed

# Tesseract is the real OCR engine, from Debian, with the data each lexicon file names (its `tesseract`
# key: every language the reader knows) and OSD (in tesseract-ocr).
OCR_LANGS := $(shell sed -n 's/^tesseract = "\([a-z_]*\)".*/\1/p' ingest/extract/lexicon/*.toml)
tesseract:
	@missing=""; \
	for lang in $(OCR_LANGS); do \
		tesseract --list-langs 2>/dev/null | grep -qx "$$lang" || missing="$$missing $$lang"; \
	done; \
	if ! command -v tesseract >/dev/null || [ -n "$$missing" ]; then \
		echo "Installing Tesseract and its language data (apt-get):$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq tesseract-ocr \
			$(addprefix tesseract-ocr-,$(OCR_LANGS)); \
	fi

# Chromium, from Debian, runs the review page's browser tests and `make review-bench` headless.
chromium:
	@if ! command -v chromium >/dev/null; then \
		echo "Installing Chromium (apt-get)"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; \
	fi

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/ingest --help >/dev/null
	touch $@

demo: setup
	@# Exit 1 means "some request had a rejected file", which the demo shows on purpose.
	$(BIN)/ingest backfill samples/ --out out/ || test $$? -eq 1
	@echo "One request document per request is in out/; e.g. out/$$(ls out | head -n 1)"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest -n auto -q

test: lint types unit

# Transaction precision/recall/F1 and header-field accuracy on generated statements with ground truth.
accuracy: setup
	$(BIN)/python -m devtools.accuracy --count 42 --variants text

# The generator's layouts of the kinds real statements take (issue 14), F1 per layout.
accuracy-world: setup
	$(BIN)/python -m devtools.accuracy --layouts world --count 48 --variants text

# Statements varied factor by factor (column order, headings, date and number formats, signs, balances,
# wraps, page breaks; devtools/samplegen/vary.py), three seeds: F1 per value of each factor.
accuracy-vary: setup
	for seed in 0 1 2; do $(BIN)/python -m devtools.accuracy --layouts vary --count 60 --seed $$seed --variants text; done

# Scans and photos: the generator's statements, then the real statements rendered as scans and page-by-page
# photos and read back against their text layers (renders cached in .cache/ocr-real/).
accuracy-ocr: setup
	$(BIN)/python -m devtools.accuracy --count 14 --variants scan300,scan200,photo
	nice -n 10 $(BIN)/python -m devtools.ocr_real

# The same per file on the real statements (vendored, and the external ones when present), and whether
# their balances reconcile.
accuracy-real: setup
	$(BIN)/python -m devtools.accuracy_real

bench: setup
	$(BIN)/python -m devtools.bench

# A 10-page statement's review page: its size and Chromium's render time against the budget.
review-bench: setup
	$(BIN)/python -m devtools.review_bench

# A longer run of the property-based tests over sniffing, opening and parsing (make test runs a few).
fuzz: setup
	INGEST_FUZZ_EXAMPLES=$${INGEST_FUZZ_EXAMPLES:-5000} $(BIN)/pytest -q tests/fuzz

# Regenerates samples/ and tests/golden/cases/ byte for byte from the generator (deterministic).
samples: setup
	$(BIN)/python -m devtools.samplegen.demo

clean:
	rm -rf $(VENV) out .ingest .mypy_cache .ruff_cache .pytest_cache
