# Build commands for Apprentice. `make help` lists the targets.

MVN ?= mvn
JAVA ?= java
# The sentence-embedding model needs more than 256 MB of heap.
JAVA_OPTS ?= -Xmx512m
APP_JAR := target/quarkus-app/quarkus-run.jar
# The application is repackaged only when one of these is newer than the jar, so `make run`
# needs no network once the first build has filled the local Maven repository.
APP_SOURCES := pom.xml $(shell find src/main -type f 2>/dev/null)

.PHONY: help run shell test bench eval clean

## help: list the targets
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)

## run: build the application if its sources changed, then start it on port 5005
run: $(APP_JAR)
	$(JAVA) $(JAVA_OPTS) -jar $(APP_JAR)

$(APP_JAR): $(APP_SOURCES)
	$(MVN) -B -q package -DskipTests
	@touch $@

## shell: chat in the terminal with the service that `make run` started (URL=..., SENDER=...)
shell: $(APP_JAR)
	$(JAVA) -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" \
		dev.apprentice.shell.ChatShell --url $(or $(URL),http://localhost:5005) \
		$(if $(SENDER),--sender $(SENDER))

## test: run the whole test suite (installs the JavaScript test clients first if needed)
test: src/test/js/node_modules
	$(MVN) -B test

src/test/js/node_modules: src/test/js/package-lock.json
	npm ci --prefix src/test/js --no-audit --no-fund
	@touch $@

## bench: measure start-up time, webhook throughput, latency and memory (scripts/bench.sh)
bench:
	scripts/bench.sh

## eval: evaluate understanding on public data sets (scripts/eval.sh)
eval:
	scripts/eval.sh

## clean: delete build output; the conversation database in ./data is kept
clean:
	rm -rf target
