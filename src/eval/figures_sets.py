"""Writes the figure evaluation's two sets as content, each report pinned to its gold event (figures are measured
apart from grouping), and counts a built site's figures.

  python3 src/eval/figures_sets.py write DATA OUT    OUT/events (events-dev, ECB+) and OUT/neus (summaries-dev)
  python3 src/eval/figures_sets.py count DIGEST [N]  events, figures, figures of other places, "reports differ"
                                                     flags; with N, prints N flagged figures (seeded sample)
  python3 src/eval/figures_sets.py contradictions DIGEST [N]
                                                     summary sentences, those some report contradicts, by kind;
                                                     with N, prints N of them (seeded sample)
"""
import collections
import json
import os
import random
import sys


def site(out):
    os.makedirs(os.path.join(out, 'articles'), exist_ok=True)
    with open(os.path.join(out, 'site.yml'), 'w', encoding='utf-8') as f:
        f.write('title: figures eval\nlanguage: en\n')


def write(data, out):
    events = os.path.join(out, 'events')
    site(events)
    gold = dict(l.rstrip('\n').split('\t') for l in open(os.path.join(data, 'events-dev/gold.tsv'), encoding='utf-8'))
    for line in open(os.path.join(data, 'events-dev/articles.jsonl'), encoding='utf-8'):
        a = json.loads(line)
        body = '\n\n'.join(l for l in a['text'].split('\n') if l.strip())
        with open(os.path.join(events, 'articles', a['id'] + '.md'), 'w', encoding='utf-8') as f:
            f.write('---\nevent: ev-%s\n---\n\n%s\n' % (gold[a['id']].replace('_', '-'), body))
    neus = os.path.join(out, 'neus')
    site(neus)
    for line in open(os.path.join(data, 'summaries-dev/events.jsonl'), encoding='utf-8'):
        e = json.loads(line)
        for i, s in enumerate(e['sources']):
            title = json.dumps(' '.join(s['title'].split()), ensure_ascii=False)
            with open(os.path.join(neus, 'articles', 'neus-%s-%d.md' % (e['id'], i)), 'w', encoding='utf-8') as f:
                f.write('---\ntitle: %s\nevent: n-%s\n---\n\n%s\n' % (title, e['id'].replace('_', '-'), s['text']))


def count(digest, show):
    events = json.load(open(digest, encoding='utf-8'))['events']
    figures = [(e['id'], f) for e in events for f in e['figures']]
    flags = [(i, f) for i, f in figures if f['disputed']]
    placed = sum(1 for _, f in figures if f.get('place'))
    print(f"{len(events)} events, {len(figures)} figures, {placed} of other places, "
          f"{len(flags)} flagged 'reports differ'")
    random.seed(1)
    for event, f in random.sample(flags, min(show, len(flags))):
        print('==', event, '|', f['measure'], '|', f.get('occasion'), '|', f.get('place'))
        for v in f['values']:
            print('   ', v['value'], [v['low'], v['high']], len(v['sources']), '::', v['sentence'][:200])


def contradictions(digest, show):
    events = json.load(open(digest, encoding='utf-8'))['events']
    sentences = [(e['id'], s) for e in events for s in e['summary']]
    flagged = [(e, s) for e, s in sentences if s['contradicts']]
    kinds = collections.Counter(c['kind'] for _, s in flagged for c in s['contradicts'])
    print(f"{len(events)} events, {len(sentences)} summary sentences, {len(flagged)} contradicted "
          f"({sum(kinds.values())} contradicting reports: {dict(sorted(kinds.items()))})")
    random.seed(1)
    for event, s in random.sample(flagged, min(show, len(flagged))):
        print('==', event, '| sources', len(s['sources']), '| origins', s['origins'])
        print('   S:', s['text'])
        for c in s['contradicts']:
            print('   C[%s] %s: %s' % (c['kind'], c['article'], c['text']))


if __name__ == '__main__':
    if sys.argv[1] == 'write':
        write(sys.argv[2], sys.argv[3])
    else:
        {'count': count, 'contradictions': contradictions}[sys.argv[1]](
            sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
