#!/usr/bin/env python3
"""Writes the three grouping development sets as content folders a curator would have, and their gold groups.

  events   events-dev (ECB+): 772 tokenised news texts of 66 events, as .txt reports
  neus     summaries-dev unpinned: the 921 reports of 307 NeuS events, as .md reports with their titles and no
           `event:` pin (no dates, short leads, different framings of one story)
  mix      both, plus the 966 extraction-dev and 180 extraction-news-dev pages as raw HTML, each page its own event
           unless two pages are visibly the same story: pages whose gold article texts (the data sets' gold/) share
           at least half their word 5-shingles (Jaccard) are one event (the same article saved twice, and the
           readability test pages that all carry one "Lorem ipsum" text)

  news10k  10,000 raw news pages written by ../shared/tools/speed/speed_corpus.py over events-dev (real report text
           in outlet boilerplate, 37 outlets, overlapping variants of each report, each round of variants 40 days
           after the last): one gold event per events-dev event and round, 894 in all

Usage: grouping_sets.py DATA OUT   (writes OUT/<set>/content/articles/* and OUT/<set>/gold.tsv, keyed by file name)
"""
import gzip
import json
import os
import re
import subprocess
import sys


def write(folder, name, text):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), 'w', encoding='utf-8') as f:
        f.write(text)


def events(data):
    gold = dict(line.rstrip('\n').split('\t') for line in open(os.path.join(data, 'events-dev/gold.tsv')))
    with open(os.path.join(data, 'events-dev/articles.jsonl'), encoding='utf-8') as f:
        for line in f:
            a = json.loads(line)
            yield 'ecb-' + a['id'] + '.txt', a['text'] + '\n', 'ecb:' + gold[a['id']]


def yaml_string(s):
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def neus(data):
    with open(os.path.join(data, 'summaries-dev/events.jsonl'), encoding='utf-8') as f:
        for line in f:
            e = json.loads(line)
            for i, s in enumerate(e['sources']):
                body = '---\ntitle: ' + yaml_string(' '.join(s['title'].split())) + '\n---\n\n' + s['text'] + '\n'
                yield 'neus-' + e['id'] + '-' + str(i) + '.md', body, 'neus:' + e['id']


SAME_STORY = 0.5


def shingles(text):
    words = re.findall(r'\w+', text.lower())
    return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}


def same_stories(texts):
    """For each page, the first page (in name order) of the pages whose gold texts are near-duplicates of it."""
    names = sorted(texts)
    sets = {n: shingles(texts[n]) for n in names}
    index = {}
    for n in names:
        for s in sets[n]:
            index.setdefault(s, []).append(n)
    parent = {n: n for n in names}

    def root(n):
        while parent[n] != n:
            n = parent[n]
        return n
    for n in names:
        shared = {}
        for s in sets[n]:
            for other in index[s]:
                if other < n:
                    shared[other] = shared.get(other, 0) + 1
        for other, common in shared.items():
            if common / len(sets[n] | sets[other]) >= SAME_STORY:
                a, b = sorted((root(n), root(other)))
                parent[b] = a
    return {n: root(n) for n in names}


def pages(data):
    found = []
    for folder, prefix in (('extraction-dev', 'dragnet-'), ('extraction-news-dev', 'news-')):
        html = os.path.join(data, folder, 'html')
        for name in sorted(os.listdir(html)):
            stem = prefix + name[:-len('.html.gz')]
            gold = os.path.join(data, folder, 'gold', name[:-len('.html.gz')] + '.txt')
            found.append((stem, os.path.join(html, name), open(gold, encoding='utf-8', errors='replace').read()))
    story = same_stories({stem: text for stem, _, text in found})
    merged = sum(1 for stem in story if story[stem] != stem)
    print(f'mix: {len(found)} pages, {merged} of them the same story as another page', file=sys.stderr)
    for stem, path, _ in found:
        yield stem + '.html', gzip.open(path).read(), 'page:' + story[stem]


def save(out, name, reports):
    articles = os.path.join(out, name, 'content', 'articles')
    os.makedirs(articles, exist_ok=True)
    with open(os.path.join(out, name, 'gold.tsv'), 'w', encoding='utf-8') as gold:
        for file, body, group in reports:
            mode = 'wb' if isinstance(body, bytes) else 'w'
            with open(os.path.join(articles, file), mode, **({} if mode == 'wb' else {'encoding': 'utf-8'})) as f:
                f.write(body)
            gold.write('articles/' + file + '\t' + group + '\n')
    write(os.path.join(out, name, 'content'), 'site.yml', 'title: Grouping set ' + name + '\n')


def news10k(data, out, n=10000):
    """The speed corpus as a set: speed_corpus.py writes page k from the k-th (mod count) events-dev report with
    three lines or more once a leading address line is dropped, in id order; round k // count shifts its date."""
    tools = os.path.join(os.path.dirname(os.path.abspath(data)), 'tools', 'speed', 'speed_corpus.py')
    content = os.path.join(out, 'news10k', 'content')
    subprocess.run([sys.executable, tools, str(n), os.path.join(data, 'events-dev/articles.jsonl'), '--content',
                    content, '--hugo', os.path.join(out, 'news10k', 'hugo')], check=True, stdout=subprocess.DEVNULL)
    gold = dict(line.rstrip('\n').split('\t') for line in open(os.path.join(data, 'events-dev/gold.tsv')))
    docs = []
    with open(os.path.join(data, 'events-dev/articles.jsonl'), encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            lines = [l for l in r['text'].split('\n') if l.strip()]
            if lines and re.match(r'^(http|www)', lines[0].replace(' ', '')):
                lines = lines[1:]
            if len(lines) >= 3:
                docs.append(r['id'])
    docs.sort()
    with open(os.path.join(out, 'news10k', 'gold.tsv'), 'w', encoding='utf-8') as g:
        for k in range(n):
            g.write(f'articles/r{k:06d}.html\t{gold[docs[k % len(docs)]]}~{k // len(docs)}\n')
    write(content, 'site.yml', 'title: Grouping set news10k\n')


def main():
    data, out = sys.argv[1], sys.argv[2]
    save(out, 'events', events(data))
    save(out, 'neus', neus(data))
    save(out, 'mix', list(events(data)) + list(neus(data)) + list(pages(data)))
    news10k(data, out)


if __name__ == '__main__':
    main()
