#!/usr/bin/env bash
# Sentence boundaries of the text stage: the events-dev articles (ECB+, one sentence a line, the lines joined into
# one paragraph) scored against their line ends, and how many MSR paraphrase sentences (one sentence each) are split.
# Usage (from the project root, with ../shared beside it): bash src/eval/sentences.sh
# Environment: SHARED (default ../shared), BUILD_DIR (Maven output folder, default target).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
build=${BUILD_DIR:-target}
# the jar, and the evaluations (src/eval/java) compiled beside it, not into it: $build/eval-classes
mvn -q -B -Peval -DbuildDir="$build" -Dmaven.test.skip=true package
java -cp "$build/crosscheck.jar:$build/eval-classes" crosscheck.eval.SentenceEvaluation "$shared/data/events-dev/articles.jsonl" \
  "$shared/data/attribution-dev/msr-para-train.tsv" "$shared/data/attribution-dev/msr-para-val.tsv"
