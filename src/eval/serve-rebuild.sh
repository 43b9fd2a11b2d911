#!/usr/bin/env bash
# Times serve's rebuild after one change against a full build, on N realistic raw news pages (the pages
# src/eval/speed.sh builds: ../shared/tools/speed/speed_corpus.py over events-dev) or, with CORPUS=synthetic, on the
# project's own synthetic corpus of short texts (crosscheck.eval.SyntheticCorpus, seed 6), which needs no ../shared.
# Usage (from the project root): bash src/eval/serve-rebuild.sh N
# First `./crosscheck build --no-cache` in a fresh JVM (wall clock), then crosscheck.eval.ServeRebuildBenchmark in
# one JVM as serve runs: the first build in memory, one report changed (a sentence added), the rebuild (Build.preview
# with the same report cache, on disk as serve keeps it) and the changed report's page fetched from the preview
# server, with the launcher's JVM settings for serve (./crosscheck's serve_defaults).
# Prints N, the full build, the rebuild and their ratio (the target: at most 0.1 for 10,000 reports).
# Environment: CORPUS (realistic or synthetic, default realistic), SHARED (default ../shared), BUILD_DIR (Maven
# output folder, default target), HEAP (a heap limit for both JVMs, e.g. 2g; default none, as users run it),
# KEEP=1 keeps the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:?usage: serve-rebuild.sh N}
build=${BUILD_DIR:-target}
corpus=${CORPUS:-realistic}
shared=${SHARED:-../shared}
heap=${HEAP:+-Xmx$HEAP}
# the jar, and the evaluations (src/eval/java) compiled beside it, not into it: $build/eval-classes
mvn -q -B -Peval -DbuildDir="$build" -Dmaven.test.skip=true package
tmp=$(mktemp -d)
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$tmp"' EXIT
case "$corpus" in
  realistic) python3 "$shared/tools/speed/speed_corpus.py" "$n" "$shared/data/events-dev/articles.jsonl" \
               --content "$tmp/content" --hugo "$tmp/hugo" >/dev/null ;;
  synthetic) java -cp "$build/crosscheck.jar:$build/eval-classes" crosscheck.eval.SyntheticCorpus "$tmp/content" "$n" 6 ;;
  *) echo "CORPUS must be realistic or synthetic" >&2; exit 2 ;;
esac
echo "corpus: $corpus"
echo "load: $(uptime)"
start=$(date +%s%N)
CROSSCHECK_JAR="$build/crosscheck.jar" JAVA_OPTS="$heap" \
  ./crosscheck build --no-cache --verbose --content "$tmp/content" --out "$tmp/site" 2>"$tmp/build.txt" >/dev/null \
  || { cat "$tmp/build.txt" >&2; exit 1; }
full=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.2f", ns / 1e9 }')
echo "full build $full s:" $(grep -v -e '^warning:' -e ' after [0-9.]* s$' "$tmp/build.txt" | awk '{ printf "%s %s %s, ", $1, $4, $5 }')
jvm=$(sed -n 's/^serve_defaults="\(.*\)"$/\1/p' crosscheck) # the launcher's JVM settings for serve
# shellcheck disable=SC2086
java $jvm $heap -cp "$build/crosscheck.jar:$build/eval-classes" crosscheck.eval.ServeRebuildBenchmark "$tmp/content" templates "$full"
echo "load: $(uptime)"
