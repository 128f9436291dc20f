# Two commands for a newcomer: `make demo` and `make test`. Both create .venv and install the
# project from its own pyproject.toml first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: help install demo kafka test test-kafka test-unit test-integration test-slow lint typecheck schemas bench bench-quick clean chromium packages

help:
	@echo "make demo        run the whole pipeline on the bundled Kerman sample"
	@echo "make test        unit + integration tests (real embedded broker and Redis), lint, types"
	@echo "make test-slow   the long reliability tests"
	@echo "make test-kafka  the integration and reliability tests on Apache Kafka (Java 17, Maven)"
	@echo "make bench       the full benchmark (BENCHMARKS.md); make bench-quick for a short run; BROKER=kafka on Apache Kafka"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/wirealert demo

test: $(STAMP) packages lint typecheck
	$(BIN)/pytest -m "not slow" $(PYTEST_ARGS)

# Apache Kafka's jars (kafka/pom.xml) into kafka/lib/, once: Maven and Java 17 needed.
KAFKA_JAR := kafka/lib/.fetched
$(KAFKA_JAR): kafka/pom.xml
	cd kafka && mvn -q -B dependency:copy-dependencies -DoutputDirectory=lib -DincludeScope=runtime
	@touch $(KAFKA_JAR)

kafka: $(KAFKA_JAR)

test-unit: $(STAMP)
	$(BIN)/pytest -m "not slow and not integration" $(PYTEST_ARGS)

test-integration: $(STAMP) packages
	$(BIN)/pytest -m "integration and not slow" $(PYTEST_ARGS)

# The integration and reliability tests (slow ones too) on Apache Kafka instead of the embedded broker.
test-kafka: $(STAMP) packages kafka
	WIREALERT_TEST_BROKER=kafka $(BIN)/pytest -m integration $(PYTEST_ARGS)

test-slow: $(STAMP) packages
	$(BIN)/pytest -m slow $(PYTEST_ARGS)

# What the tests run besides Python, from Debian's packages, installed once and only when missing:
# redis-server for every integration test, redis-cli and kcat for the outside-client tests,
# headless Chromium for the ops-page test. No service is assumed to be running: each test starts
# its own servers on free ports.
DEBIAN_PACKAGES := redis-server:redis-server redis-cli:redis-tools kcat:kcat \
                   chromium:chromium chromedriver:chromium-driver

packages:
	@missing=""; for pair in $(DEBIAN_PACKAGES); do \
		command -v "$${pair%%:*}" >/dev/null 2>&1 || missing="$$missing $${pair##*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing from Debian:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

chromium: packages

lint: $(STAMP)
	$(BIN)/ruff check schemas streams tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

schemas: $(STAMP)
	$(BIN)/python -m schemas.export

# BROKER=kafka runs the bench on Apache Kafka (fetching its jars first).
BROKER ?= embedded
BENCH_DEPS := $(STAMP) $(if $(filter kafka,$(BROKER)),kafka)
bench: $(BENCH_DEPS)
	$(BIN)/python -m bench.run --broker $(BROKER)

bench-quick: $(BENCH_DEPS)
	$(BIN)/python -m bench.run --quick --broker $(BROKER)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build *.egg-info test-artifacts bench-results.json
