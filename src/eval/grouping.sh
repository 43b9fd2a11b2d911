#!/usr/bin/env bash
# Groups the events-dev articles with Crosscheck's own stages and scores the grouping.
# Usage (from the project root, with ../shared beside it): bash src/eval/grouping.sh [threshold]
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
mvn -q -B -Dmaven.test.skip=true package
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
java -cp target/crosscheck.jar crosscheck.eval.GroupingEvaluation \
  "$shared/data/events-dev/articles.jsonl" "$out/pred.tsv" ${1:+"$1"}
python3 "$shared/tools/cluster_score.py" "$shared/data/events-dev/gold.tsv" "$out/pred.tsv"
