#!/usr/bin/env bash
# Writes src/main/resources/vocabulary/english-words.txt, the general word list used when
# Debian's wamerican list is not installed: every lower-case word that occurs at least twice in
# the training texts of CLINC150 (CC BY 3.0) and HWU64 (CC BY 4.0).
# Usage: scripts/make-word-list.sh [data folder], by default ../shared/data.
set -euo pipefail

cd "$(dirname "$0")/.."

DATA="${1:-../shared/data}"
OUT="src/main/resources/vocabulary/english-words.txt"

for file in "$DATA/clinc150/nlu.yml" "$DATA/hwu64/train.tsv"; do
    if [ ! -f "$file" ]; then
        echo "make-word-list: $file not found; pass the data folder as the first argument" >&2
        exit 1
    fi
done

mkdir -p "$(dirname "$OUT")"
{
    echo "# Lower-case words that occur at least twice in the training texts of two intent data"
    echo "# sets, written by scripts/make-word-list.sh. Sources and licences:"
    echo "# CLINC150, Larson et al., \"An Evaluation Dataset for Intent Classification and"
    echo "# Out-of-Scope Prediction\", EMNLP-IJCNLP 2019, CC BY 3.0."
    echo "# HWU64, Liu et al., \"Benchmarking Natural Language Understanding Services for"
    echo "# building Conversational Agents\", IWSDS 2019, CC BY 4.0."
    {
        sed -n 's/^    - //p' "$DATA/clinc150/nlu.yml"
        tail -n +2 "$DATA/hwu64/train.tsv" | cut -f1
    } | tr 'A-Z' 'a-z' | tr -cs "a-z'" '\n' | sed "s/^'*//; s/'*$//" \
        | grep -E '^[a-z]+$' | sort | uniq -c | awk '$1 >= 2 { print $2 }'
} > "$OUT"
echo "make-word-list: wrote $(grep -vc '^#' "$OUT") words to $OUT"
