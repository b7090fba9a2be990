#!/usr/bin/env bash
# Evaluates the assistant's understanding on the public data sets in ../shared/data (or
# $EVAL_DATA) and prints the figures.
#
# Runs the doubt detectors on GAP (ambiguous pronouns), WiC (word senses) and ClariQ
# (clarification need), through dev.apprentice.clarify.eval.DoubtEvaluation, then the learning
# curves of the query strategies on CLINC150 and HWU64, through
# dev.apprentice.learning.eval.LearningCurves, which writes docs/learning-curves-*.csv and .svg.
# Not measured yet: conversation figures (questions per conversation, share answered, turns to
# learn a term). The intent classifier's CLINC150 figures come from
# dev.apprentice.nlu.eval.ClincEvaluation, run by hand because it takes minutes.
set -euo pipefail

cd "$(dirname "$0")/.."

DATA="${EVAL_DATA:-../shared/data}"
# The sentence-embedding model needs more than 256 MB of heap.
EVAL_JAVA_OPTS="${EVAL_JAVA_OPTS:--Xmx2g -Djava.util.logging.manager=org.jboss.logmanager.LogManager}"
CLASSPATH_FILE="target/eval-classpath.txt"

if [ ! -d "$DATA" ]; then
    echo "eval: data folder $DATA not found; set EVAL_DATA to the folder holding gap/, wic/," \
        "clariq/, clinc150/ and hwu64/" >&2
    exit 1
fi

mvn -B -q -Dstyle.color=never compile
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$CLASSPATH_FILE" >/dev/null

echo "eval: doubt detectors (GAP, WiC, ClariQ); takes about five minutes on two cores"
# shellcheck disable=SC2086 # EVAL_JAVA_OPTS is a list of options
java $EVAL_JAVA_OPTS -cp "target/classes:$(cat "$CLASSPATH_FILE")" \
    dev.apprentice.clarify.eval.DoubtEvaluation "$DATA" dialogues

echo "eval: learning curves of the query strategies (CLINC150, HWU64); takes about"\
    "10 to 20 minutes on two cores, depending on other load"
# shellcheck disable=SC2086 # EVAL_JAVA_OPTS is a list of options
java $EVAL_JAVA_OPTS -cp "target/classes:$(cat "$CLASSPATH_FILE")" \
    dev.apprentice.learning.eval.LearningCurves "$DATA" docs

echo "eval: not measured yet: questions per conversation, share of questions answered, turns" \
    "needed to learn a term"
