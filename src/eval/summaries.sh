#!/usr/bin/env bash
# Summarises the summaries-dev events (the three reports of each pinned together) with Crosscheck's
# digest stage and scores the summaries with ROUGE-1/2/L (stemmed); with --lexrank, the same for the
# LexRank baseline on the same sentences, for comparison.
# Usage (from the project root, with ../shared beside it): bash src/eval/summaries.sh [--lexrank] [words]
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
method=digest
if [ "${1:-}" = "--lexrank" ]; then method=lexrank; shift; fi
# the jar, and the evaluations (src/eval/java) compiled beside it, not into it: target/eval-classes
mvn -q -B -Peval -Dmaven.test.skip=true package
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
java -cp target/crosscheck.jar:target/eval-classes crosscheck.eval.SummaryEvaluation \
  "$shared/data/summaries-dev/events.jsonl" "$out/summaries.jsonl" "${1:-80}" "$method"
python3 "$shared/tools/rouge.py" --jsonl "$out/summaries.jsonl" --stem
