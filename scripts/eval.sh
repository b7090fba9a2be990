#!/usr/bin/env bash
# Evaluates the assistant's understanding on the public data sets in ../shared/data (or
# $EVAL_DATA) and prints the figures.
#
# Runs now: the doubt detectors on GAP (ambiguous pronouns), WiC (word senses) and ClariQ
# (clarification need), through dev.apprentice.clarify.eval.DoubtEvaluation.
# Still to come: learning curves of the review strategies against random selection, which
# arrive with the learning work. The intent classifier's CLINC150 figures come from
# dev.apprentice.nlu.eval.ClincEvaluation, run by hand because it takes minutes.
set -euo pipefail

cd "$(dirname "$0")/.."

DATA="${EVAL_DATA:-../shared/data}"
# The sentence-embedding model needs more than 256 MB of heap.
EVAL_JAVA_OPTS="${EVAL_JAVA_OPTS:--Xmx2g -Djava.util.logging.manager=org.jboss.logmanager.LogManager}"
CLASSPATH_FILE="target/eval-classpath.txt"

if [ ! -d "$DATA" ]; then
    echo "eval: data folder $DATA not found; set EVAL_DATA to the folder holding gap/, wic/" \
        "and clariq/" >&2
    exit 1
fi

mvn -B -q -Dstyle.color=never compile
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$CLASSPATH_FILE" >/dev/null

echo "eval: doubt detectors (GAP, WiC, ClariQ); takes about five minutes on two cores"
# shellcheck disable=SC2086 # EVAL_JAVA_OPTS is a list of options
java $EVAL_JAVA_OPTS -cp "target/classes:$(cat "$CLASSPATH_FILE")" \
    dev.apprentice.clarify.eval.DoubtEvaluation "$DATA" dialogues

echo "eval: not evaluated yet: learning curves (review strategy against random selection)"
