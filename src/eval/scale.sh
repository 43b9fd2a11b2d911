#!/usr/bin/env bash
# Times a full build of a synthetic content folder of N raw HTML reports (crosscheck.eval.SyntheticCorpus:
# events covered by several overlapping reports, paraphrases, wire copies, differing figures, page boilerplate).
# Usage (from the project root): bash src/eval/scale.sh N [SEED]
# Prints reports a second, wall and CPU seconds and peak memory of the build process (from /usr/bin/time -v),
# and the time of each stage (--verbose). Each build runs as users run it (./crosscheck, the launcher with its JVM
# settings) in a fresh JVM with a fixed heap.
#   full        build --no-cache: every report cleaned and analysed (the figure the targets are about)
#   cold cache  the same with an empty report cache: the full build plus writing the cache (a miss's cost)
#   warm cache  again, with every report in the cache, after one report file changed
# Environment: BUILD_DIR (Maven output folder, default target), HEAP (build JVM heap, default 1g),
# CACHE=1 also runs the two cached builds, KEEP=1 keeps the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:?usage: scale.sh N [SEED]}
seed=${2:-6}
build=${BUILD_DIR:-target}
heap=${HEAP:-1g}
# the jar, and the evaluations (src/eval/java) compiled beside it, not into it: $build/eval-classes
mvn -q -B -Peval -DbuildDir="$build" -Dmaven.test.skip=true package
tmp=$(mktemp -d)
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$tmp"' EXIT
java -cp "$build/crosscheck.jar:$build/eval-classes" crosscheck.eval.SyntheticCorpus "$tmp/content" "$n" "$seed"

timed() { # label, extra build options...
  local label=$1; shift
  CROSSCHECK_JAR="$build/crosscheck.jar" JAVA_OPTS="-Xms256m -Xmx$heap" /usr/bin/time -v -o "$tmp/time.txt" \
    ./crosscheck build --content "$tmp/content" --out "$tmp/site" --cache "$tmp/cache" --verbose "$@" \
    2>"$tmp/stages.txt" >"$tmp/summary.txt" || { cat "$tmp/stages.txt" "$tmp/time.txt" >&2; exit 1; }
  echo "== $label"
  grep -v -e '^warning:' -e ' after [0-9.]* s$' "$tmp/stages.txt" || true # each stage's line, not progress
  awk -v n="$n" -v heap="$heap" -v cores="$(nproc)" '
    /Elapsed \(wall clock\)/ { split($NF, t, ":"); wall = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /User time/ { user = $NF } /System time/ { sys = $NF } /Maximum resident set size/ { rss = $NF }
    END { printf "reports %d  wall %.1f s  cpu %.1f s (user %.1f, sys %.1f; %d cores)  peak RSS %d MB (heap -Xmx%s)  %.0f reports/s\n",
          n, wall, user + sys, user, sys, cores, rss / 1024, heap, n / wall }' "$tmp/time.txt"
}

timed "full build (--no-cache)" --no-cache
if [ "${CACHE:-}" = 1 ]; then
  timed "cold cache (every report a miss, cache written)"
  reports=("$tmp"/content/articles/*)
  echo "<p>One more paragraph, added after the first build.</p>" >> "${reports[0]}"
  timed "warm cache (one report changed)"
  grep -o '[0-9]* from the cache' "$tmp/summary.txt"
fi
uptime
