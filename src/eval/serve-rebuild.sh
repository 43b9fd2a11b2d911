#!/usr/bin/env bash
# Times serve's rebuild after one change against a full build, on a synthetic content folder of N raw HTML reports
# (crosscheck.eval.SyntheticCorpus, seed 6).
# Usage (from the project root): bash src/eval/serve-rebuild.sh N
# First `./crosscheck build --no-cache` in a fresh JVM (wall clock), then crosscheck.eval.ServeRebuildBenchmark in
# one JVM as serve runs: the first build in memory, one report changed (a sentence added), the rebuild (Build.preview with the
# same report cache, on disk as serve keeps it) and the changed report's page fetched from the preview server,
# with the JVM settings of the launcher (./crosscheck), as serve runs.
# Prints N, the full build, the rebuild and their ratio (the issue's target: at most 0.1 for 10,000 reports).
# Environment: BUILD_DIR (Maven output folder, default target), HEAP (JVM heap, default 2g), KEEP=1 keeps the
# temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:?usage: serve-rebuild.sh N}
build=${BUILD_DIR:-target}
heap=${HEAP:-2g}
# the jar, and the evaluations (src/eval/java) compiled beside it, not into it: $build/eval-classes
mvn -q -B -Peval -DbuildDir="$build" -Dmaven.test.skip=true package
tmp=$(mktemp -d)
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$tmp"' EXIT
java -cp "$build/crosscheck.jar:$build/eval-classes" crosscheck.eval.SyntheticCorpus "$tmp/content" "$n" 6
echo "load: $(uptime)"
start=$(date +%s%N)
CROSSCHECK_JAR="$build/crosscheck.jar" JAVA_OPTS="-Xmx$heap" \
  ./crosscheck build --no-cache --verbose --content "$tmp/content" --out "$tmp/site" 2>"$tmp/build.txt" >/dev/null \
  || { cat "$tmp/build.txt" >&2; exit 1; }
full=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.2f", ns / 1e9 }')
echo "full build $full s:" $(grep -v -e '^warning:' -e ' after [0-9.]* s$' "$tmp/build.txt" | awk '{ printf "%s %s %s, ", $1, $4, $5 }')
jvm=$(sed -n 's/^defaults="\(.*\)"$/\1/p' crosscheck) # the launcher's JVM settings
# shellcheck disable=SC2086
java $jvm -Xmx"$heap" -cp "$build/crosscheck.jar:$build/eval-classes" crosscheck.eval.ServeRebuildBenchmark "$tmp/content" templates "$full"
echo "load: $(uptime)"
