#!/usr/bin/env bash
# Benchmarks Apprentice on this machine: packages the application, starts it on a free port of
# 127.0.0.1 with a throw-away H2 database, measures the time until /q/health/ready returns 200,
# loads the REST webhook with 1 and then 32 concurrent senders (dev.apprentice.bench.WebhookLoad),
# reads the server's resident memory, runs the CLINC150 intent evaluation when it is built, stops
# the server and prints a summary with the machine's description. Then it starts the server again
# with a language model that answers at once (dev.apprentice.bench.InstantLlmServer) and loads it
# with 1 sender, so that llm_overhead_p50_ms is what the language model path adds to the median
# turn apart from the model's own time.
#
# Settings (environment variables):
#   BENCH_DURATION       measured seconds per load run (default 20)
#   BENCH_WARMUP         warm-up seconds before each load run (default 5)
#   BENCH_READY_TIMEOUT  seconds to wait for readiness before giving up (default 180)
#   BENCH_EVAL_TIMEOUT   seconds the intent evaluation may take (default 3600)
#   BENCH_SKIP_BUILD     1 to use the existing build in target/ (default 0)
#   BENCH_SKIP_EVAL      1 to leave out the CLINC150 evaluation, which takes 10 minutes or more
#   BENCH_SKIP_LLM       1 to leave out the run with the instant language model
#   JAVA_OPTS            options of the server JVM (default -Xmx512m)
#   BENCH_EVAL_JAVA_OPTS options of the evaluation JVM (default -Xmx2g and JBoss logging)
#   MVN_FLAGS            extra Maven options, for example -o to stay offline
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

DURATION="${BENCH_DURATION:-20}"
WARMUP="${BENCH_WARMUP:-5}"
READY_TIMEOUT="${BENCH_READY_TIMEOUT:-180}"
EVAL_TIMEOUT="${BENCH_EVAL_TIMEOUT:-3600}"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
EVAL_JAVA_OPTS="${BENCH_EVAL_JAVA_OPTS:--Xmx2g -Djava.util.logging.manager=org.jboss.logmanager.LogManager}"
MVN_FLAGS="${MVN_FLAGS:-}"
APP_JAR="target/quarkus-app/quarkus-run.jar"
EVAL_CLASS="dev.apprentice.nlu.eval.ClincEvaluation"

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/apprentice-bench.XXXXXX")"
SERVER_PID=""
LLM_PID=""
# Extra environment of the server, as NAME=value words.
SERVER_ENV=()
PORT=""
READY_MS=""
KEEP_WORK_DIR=0

log() { echo "bench: $*" >&2; }
fail() { log "error: $*"; KEEP_WORK_DIR=1; exit 1; }

# Stops the server (TERM, then KILL after 30 s) and removes the work folder unless a failure
# left a log worth reading there.
cleanup() {
    stop_server
    if [ -n "$LLM_PID" ]; then
        kill -TERM "$LLM_PID" 2>/dev/null || true
    fi
    if [ "$KEEP_WORK_DIR" -eq 1 ]; then
        log "server log and database kept in $WORK_DIR"
    else
        rm -rf "$WORK_DIR"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

stop_server() {
    if [ -z "$SERVER_PID" ] || ! kill -0 "$SERVER_PID" 2>/dev/null; then
        SERVER_PID=""
        return 0
    fi
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 300); do
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        log "server $SERVER_PID did not stop within 30 s; killing it"
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

require() {
    command -v "$1" >/dev/null 2>&1 || fail "$1 is not installed; $2"
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Sets PORT to a port of 127.0.0.1 that nothing listens on. Another process may still take it
# before the server binds it; the readiness check then fails and shows the server's log.
free_port() {
    local candidate
    for _ in $(seq 1 50); do
        candidate=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            PORT="$candidate"
            return 0
        fi
    done
    fail "found no free port on 127.0.0.1 after 50 tries"
}

build() {
    if [ "${BENCH_SKIP_BUILD:-0}" = "1" ]; then
        if [ ! -f "$APP_JAR" ]; then
            fail "BENCH_SKIP_BUILD=1 but $APP_JAR is missing. Build it first with: mvn package -DskipTests"
        fi
        return 0
    fi
    log "packaging the application (mvn package -DskipTests)"
    # shellcheck disable=SC2086 # MVN_FLAGS is a list of options
    mvn -B -q -Dstyle.color=never $MVN_FLAGS package -DskipTests \
        || fail "the build failed; see the Maven output above"
    # shellcheck disable=SC2086
    mvn -B -q -Dstyle.color=never $MVN_FLAGS dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$WORK_DIR/classpath.txt" >/dev/null \
        || fail "could not compute the test classpath (mvn dependency:build-classpath)"
}

# Prints the classpath for running test and main classes outside Maven.
classpath() {
    local deps=""
    if [ -f "$WORK_DIR/classpath.txt" ]; then
        deps="$(cat "$WORK_DIR/classpath.txt")"
    else
        deps="$(find target/quarkus-app/lib -name '*.jar' 2>/dev/null | paste -sd:)"
    fi
    echo "target/test-classes:target/classes:$deps"
}

start_server() {
    local port="$1"
    log "starting the server on 127.0.0.1:$port (log: $WORK_DIR/server.log)"
    # The server runs inside the work folder so that anything it writes to ./data stays there.
    (
        cd "$WORK_DIR"
        # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
        exec env "${SERVER_ENV[@]}" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
            QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$WORK_DIR/db/apprentice" \
            APPRENTICE_DIALOGUES="$ROOT/dialogues" \
            java $JAVA_OPTS -jar "$ROOT/$APP_JAR"
    ) >"$WORK_DIR/server.log" 2>&1 &
    SERVER_PID=$!
}

# Polls the readiness endpoint every 0.2 s and sets READY_MS to the milliseconds from start
# to the first 200. Runs in the main shell so that a failure keeps the work folder.
wait_ready() {
    local url="$1" started="$2" deadline status
    deadline=$(( started + READY_TIMEOUT * 1000 ))
    while :; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            tail -n 40 "$WORK_DIR/server.log" >&2 || true
            fail "the server exited before it was ready; the end of its log is above"
        fi
        status="$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url/q/health/ready" || true)"
        if [ "$status" = "200" ]; then
            READY_MS=$(( $(now_ms) - started ))
            return 0
        fi
        if [ "$(now_ms)" -ge "$deadline" ]; then
            tail -n 40 "$WORK_DIR/server.log" >&2 || true
            fail "the server was not ready within ${READY_TIMEOUT} s (last status: ${status:-none})"
        fi
        sleep 0.2
    done
}

# Prints a memory figure of the server from /proc/<pid>/status (VmRSS, VmHWM) in kB, or
# "unknown" when the server is gone.
memory_kb() {
    local status_file="/proc/$SERVER_PID/status"
    if [ -z "$SERVER_PID" ] || [ ! -r "$status_file" ]; then
        echo unknown
        return 0
    fi
    awk -v key="$1:" '$1 == key { print $2; found = 1 } END { if (!found) print "unknown" }' \
        "$status_file"
}

# Runs the load client and prefixes each figure with the run's name.
run_load() {
    local name="$1" url="$2" senders="$3"
    log "load: $senders sender(s), ${WARMUP} s warm-up, ${DURATION} s measured"
    # The client exits with 1 when no turn succeeded and prints its first error on stderr.
    java -cp "$(classpath)" dev.apprentice.bench.WebhookLoad --url "$url" \
        --senders "$senders" --duration "$DURATION" --warmup "$WARMUP" \
        | sed "s/^/$name./" || echo "$name.status=failed"
}

run_evaluation() {
    local class_file="${EVAL_CLASS//.//}.class"
    if [ "${BENCH_SKIP_EVAL:-0}" = "1" ]; then
        echo "eval.status=skipped (BENCH_SKIP_EVAL=1)"
        return 0
    fi
    if [ ! -f "target/classes/$class_file" ] && [ ! -f "target/test-classes/$class_file" ]; then
        echo "eval.status=missing ($EVAL_CLASS is not built)"
        return 0
    fi
    log "running $EVAL_CLASS (at most ${EVAL_TIMEOUT} s)"
    # shellcheck disable=SC2086 # EVAL_JAVA_OPTS is a list of options
    if timeout "$EVAL_TIMEOUT" java $EVAL_JAVA_OPTS -cp "$(classpath)" "$EVAL_CLASS" \
        | sed 's/^/eval./'; then
        echo "eval.status=done"
    else
        echo "eval.status=failed"
    fi
}

# Starts the instant language model, then the server pointed at it, and loads it with 1 sender.
run_with_llm() {
    local url started llm_port=""
    if [ "${BENCH_SKIP_LLM:-0}" = "1" ]; then
        echo "llm.status=skipped (BENCH_SKIP_LLM=1)"
        return 0
    fi
    # Created first, so that the loop below can read it before the server writes to it.
    : >"$WORK_DIR/llm.out"
    java -cp "$(classpath)" dev.apprentice.bench.InstantLlmServer >"$WORK_DIR/llm.out" 2>&1 &
    LLM_PID=$!
    for _ in $(seq 1 100); do
        llm_port="$(sed -n 's/^port=//p' "$WORK_DIR/llm.out")"
        [ -n "$llm_port" ] && break
        sleep 0.1
    done
    [ -n "$llm_port" ] || fail "the instant language model did not start; see $WORK_DIR/llm.out"
    SERVER_ENV=(APPRENTICE_LLM_PROVIDER=openai APPRENTICE_LLM_MODEL=instant
        "APPRENTICE_LLM_BASE_URL=http://127.0.0.1:$llm_port/v1")
    # A new database, so that the conversations of the first run do not lengthen these.
    rm -rf "$WORK_DIR/db"
    free_port
    url="http://127.0.0.1:$PORT"
    started="$(now_ms)"
    start_server "$PORT"
    wait_ready "$url" "$started"
    run_load llm_senders_1 "$url" 1
    stop_server
    kill -TERM "$LLM_PID" 2>/dev/null || true
    wait "$LLM_PID" 2>/dev/null || true
    LLM_PID=""
    SERVER_ENV=()
}

# Prints the difference of the two 1-sender medians, or nothing when a run is missing.
llm_overhead() {
    awk -F= '$1 == "senders_1.latency_p50_ms" { base = $2 }
        $1 == "llm_senders_1.latency_p50_ms" { llm = $2 }
        END { if (base != "" && llm != "") printf "llm_overhead_p50_ms=%.2f\n", llm - base }' "$1"
}

print_machine() {
    echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "nproc=$(nproc)"
    echo "cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)"
    echo "memory_total_kb=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo 2>/dev/null)"
    echo "java=$(java -version 2>&1 | head -n 1)"
    echo "java_opts=$JAVA_OPTS"
}

main() {
    require java "install a Java 17 runtime"
    require mvn "install Maven 3.8 or later"
    require curl "install curl (apt-get install curl)"
    require timeout "install coreutils"

    build
    local url started results="$WORK_DIR/results.txt"
    free_port
    url="http://127.0.0.1:$PORT"
    started="$(now_ms)"
    start_server "$PORT"
    wait_ready "$url" "$started"
    log "ready after ${READY_MS} ms"

    {
        echo "ready_ms=$READY_MS"
        echo "rss_after_ready_kb=$(memory_kb VmRSS)"
        run_load senders_1 "$url" 1
        echo "rss_after_load_1_kb=$(memory_kb VmRSS)"
        run_load senders_32 "$url" 32
        echo "rss_after_load_32_kb=$(memory_kb VmRSS)"
        run_evaluation
        echo "rss_after_run_kb=$(memory_kb VmRSS)"
        echo "rss_peak_kb=$(memory_kb VmHWM)"
    } >"$results"

    stop_server
    run_with_llm >>"$results"
    llm_overhead "$results" >>"$results"
    echo "==== Apprentice benchmark ===="
    print_machine
    cat "$results"
    echo "=============================="
    if grep -q 'status=failed' "$results"; then
        fail "a measurement failed; see the status lines above and the errors before them"
    fi
}

main "$@"
