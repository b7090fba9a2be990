#!/usr/bin/env bash
# Evaluates the assistant's understanding on the public data sets in ../shared/data (or
# $EVAL_DATA) and prints the figures.
#
# Runs the doubt detectors on GAP (ambiguous pronouns), WiC (word senses) and ClariQ
# (clarification need), through dev.apprentice.clarify.eval.DoubtEvaluation, then the learning
# curves of the query strategies on CLINC150 and HWU64, through
# dev.apprentice.learning.eval.LearningCurves, which writes docs/learning-curves-*.csv and .svg.
# Last it packages the application, starts it on a free port of 127.0.0.1 with a throw-away H2
# database and a teacher token, and holds scripted conversations with it
# (dev.apprentice.clarify.eval.ConversationSimulation): questions per conversation, share of
# them answered, turns needed to teach a term, per mode. The intent classifier's CLINC150
# figures come from dev.apprentice.nlu.eval.ClincEvaluation, run by hand because it takes
# minutes.
#
# Settings (environment variables):
#   EVAL_DATA            data folder (default ../shared/data)
#   EVAL_SKIP_DOUBTS     1 to leave out the doubt detectors
#   EVAL_SKIP_CURVES     1 to leave out the learning curves, which take 10 to 20 minutes
#   EVAL_READY_TIMEOUT   seconds to wait for the server's readiness (default 180)
#   EVAL_JAVA_OPTS       options of the evaluation JVMs
#   MVN_FLAGS            extra Maven options, for example -o to stay offline
set -euo pipefail

cd "$(dirname "$0")/.."

DATA="${EVAL_DATA:-../shared/data}"
# The sentence-embedding model needs more than 256 MB of heap.
EVAL_JAVA_OPTS="${EVAL_JAVA_OPTS:--Xmx2g -Djava.util.logging.manager=org.jboss.logmanager.LogManager}"
CLASSPATH_FILE="target/eval-classpath.txt"
READY_TIMEOUT="${EVAL_READY_TIMEOUT:-180}"
MVN_FLAGS="${MVN_FLAGS:-}"
APP_JAR="target/quarkus-app/quarkus-run.jar"
WORK_DIR=""
SERVER_PID=""

if [ ! -d "$DATA" ]; then
    echo "eval: data folder $DATA not found; set EVAL_DATA to the folder holding gap/, wic/," \
        "clariq/, clinc150/ and hwu64/" >&2
    exit 1
fi

# shellcheck disable=SC2086 # MVN_FLAGS is a list of options
mvn -B -q -Dstyle.color=never $MVN_FLAGS package -DskipTests
# shellcheck disable=SC2086
mvn -B -q -Dstyle.color=never $MVN_FLAGS dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$CLASSPATH_FILE" >/dev/null

# Stops the server started for the conversations and removes its work folder.
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [ -n "$WORK_DIR" ]; then
        rm -rf "$WORK_DIR"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Prints a port of 127.0.0.1 that nothing listens on. Another process may still take it before
# the server binds it; the readiness check then fails and shows the server's log.
free_port() {
    local candidate
    for _ in $(seq 1 50); do
        candidate=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "eval: found no free port on 127.0.0.1 after 50 tries" >&2
    return 1
}

# Waits until the server at $1 answers /q/health/ready with 200, or fails with its log.
wait_ready() {
    local url="$1" status
    for _ in $(seq 1 $(( READY_TIMEOUT * 5 ))); do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            tail -n 40 "$WORK_DIR/server.log" >&2 || true
            echo "eval: the server exited before it was ready; the end of its log is above" >&2
            return 1
        fi
        status="$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url/q/health/ready" || true)"
        if [ "$status" = "200" ]; then
            return 0
        fi
        sleep 0.2
    done
    tail -n 40 "$WORK_DIR/server.log" >&2 || true
    echo "eval: the server was not ready within ${READY_TIMEOUT} s" >&2
    return 1
}

if [ "${EVAL_SKIP_DOUBTS:-0}" = "1" ]; then
    echo "eval: doubt detectors skipped (EVAL_SKIP_DOUBTS=1)"
else
    echo "eval: doubt detectors (GAP, WiC, ClariQ); takes about five minutes on two cores"
    # shellcheck disable=SC2086 # EVAL_JAVA_OPTS is a list of options
    java $EVAL_JAVA_OPTS -cp "target/classes:$(cat "$CLASSPATH_FILE")" \
        dev.apprentice.clarify.eval.DoubtEvaluation "$DATA" dialogues
fi

if [ "${EVAL_SKIP_CURVES:-0}" = "1" ]; then
    echo "eval: learning curves skipped (EVAL_SKIP_CURVES=1)"
else
    echo "eval: learning curves of the query strategies (CLINC150, HWU64); takes about"\
        "10 to 20 minutes on two cores, depending on other load"
    # shellcheck disable=SC2086 # EVAL_JAVA_OPTS is a list of options
    java $EVAL_JAVA_OPTS -cp "target/classes:$(cat "$CLASSPATH_FILE")" \
        dev.apprentice.learning.eval.LearningCurves "$DATA" docs
fi

GLOSSARY="$DATA/cncf_glossary/glossary_terms.jsonl"
if [ ! -f "$GLOSSARY" ]; then
    echo "eval: conversations skipped, $GLOSSARY is missing"
    exit 0
fi
echo "eval: simulated conversations (CNCF glossary terms, three modes); takes about a minute"
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/apprentice-eval.XXXXXX")"
PORT="$(free_port)"
TEACHER_TOKEN="eval-teacher-$RANDOM$RANDOM"
ROOT="$(pwd)"
# The server runs inside the work folder so that anything it writes to ./data stays there.
(
    cd "$WORK_DIR"
    exec env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$WORK_DIR/db/apprentice" \
        APPRENTICE_DIALOGUES="$ROOT/dialogues" APPRENTICE_RESPONSE_SEED=1 \
        APPRENTICE_KNOWLEDGE_TEACHER_TOKEN="$TEACHER_TOKEN" \
        java -Xmx512m -jar "$ROOT/$APP_JAR"
) >"$WORK_DIR/server.log" 2>&1 &
SERVER_PID=$!
wait_ready "http://127.0.0.1:$PORT"
java -cp "target/classes:$(cat "$CLASSPATH_FILE")" \
    dev.apprentice.clarify.eval.ConversationSimulation "http://127.0.0.1:$PORT" "$GLOSSARY" \
    "$TEACHER_TOKEN"
