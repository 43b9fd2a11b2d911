#!/usr/bin/env bash
# "Reports contradict" on two development sets, each report pinned to its gold event (as src/eval/figures.sh
# writes them): events-dev (ECB+, 772 reports of 66 events) and summaries-dev (NeuS, 921 reports of 307 events).
# Counts the summary sentences and those some report contradicts, by kind, and prints every flagged sentence
# with the contradicting wording to read (at most SHOW per set, default 40, a seeded sample).
# Usage (from the project root, with ../shared beside it): bash src/eval/contradictions.sh
# Environment: SHARED (default ../shared), BUILD_DIR (Maven output folder, default target), SHOW, WORDS (the
# summaries' word budget, summaryWords; default the site default, 100: WORDS=1000 takes nearly every sentence that
# can stand alone into the summaries, so that every candidate pair is weighed).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
build=${BUILD_DIR:-target}
mvn -q -B -DbuildDir="$build" -Dmaven.test.skip=true package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 src/eval/figures_sets.py write "$shared/data" "$tmp"
if [ -n "${WORDS:-}" ]; then
  for set in events neus; do echo "summaryWords: $WORDS" >>"$tmp/$set/site.yml"; done
fi
for set in events neus; do
  CROSSCHECK_JAR="$build/crosscheck.jar" ./crosscheck build -q --no-cache --content "$tmp/$set" \
    --out "$tmp/$set-site" >/dev/null 2>"$tmp/$set.err" || { cat "$tmp/$set.err" >&2; exit 1; }
  python3 - "$set" "$tmp/$set-site/digest.json" "${SHOW:-40}" <<'PY'
import collections, json, random, sys
name, digest, show = sys.argv[1], sys.argv[2], int(sys.argv[3])
events = json.load(open(digest, encoding='utf-8'))['events']
sentences = [(e['id'], s) for e in events for s in e['summary']]
flagged = [(e, s) for e, s in sentences if s.get('contradicts')]
kinds = collections.Counter(c['kind'] for _, s in flagged for c in s['contradicts'])
print(f"{name}: {len(events)} events, {len(sentences)} summary sentences, {len(flagged)} contradicted "
      f"({sum(kinds.values())} contradicting reports: {dict(sorted(kinds.items()))})")
random.seed(1)
for event, s in random.sample(flagged, min(show, len(flagged))):
    print('==', event, '| sources', len(s['sources']), '| origins', s['origins'])
    print('   S:', s['text'])
    for c in s['contradicts']:
        print('   C[%s] %s: %s' % (c['kind'], c['article'], c['text']))
PY
done
