#!/usr/bin/env python3
"""How well the grouping's pair evidence tells one story from two, before any clustering: reads the pair files
PairDump writes (one row per candidate pair of a set: gold label and features) and prints, per set, the average
precision of ranking the pairs by the grouping's weighed similarity (weight), by its unweighed similarity (sim) and
by the plain word cosine (wcos), and the share of reports whose most similar other report (by weight, by wcos) is
of the same gold event. Pairs published more than the window (7 days) apart are left out: the grouping never
joins them.

  java -cp target/crosscheck.jar:target/eval-classes crosscheck.eval.PairDump SETS PAIRS events,neus,mix,news10k
  python3 src/eval/grouping_pairs.py PAIRS
(SETS as written by src/eval/grouping_sets.py; build with mvn -q -B -Peval -Dmaven.test.skip=true package)
"""
import csv, os, sys


def average_precision(rows, key):
    ranked = sorted(rows, key=lambda r: -float(r[key]))
    hits = total = 0.0
    for k, r in enumerate(ranked, 1):
        if r["same"] == "1":
            hits += 1
            total += hits / k
    return total / max(hits, 1)


def nearest_is_same(rows, key):
    best = {}
    for r in rows:
        score = float(r[key])
        for report in (r["a"], r["b"]):
            if report not in best or score > best[report][0]:
                best[report] = (score, r["same"] == "1")
    return sum(same for _, same in best.values()) / max(len(best), 1), len(best)


def main(folder):
    for name in sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".tsv")):
        with open(os.path.join(folder, name + ".tsv"), encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f, delimiter="\t") if int(r["dd"]) <= 7]
        positives = sum(r["same"] == "1" for r in rows)
        ap = " ".join("%s %.3f" % (k, average_precision(rows, k)) for k in ("weight", "sim", "wcos"))
        (by_weight, reports), (by_words, _) = nearest_is_same(rows, "weight"), nearest_is_same(rows, "wcos")
        print("%-8s %7d pairs, %6d of one event | AP %s | nearest is of the same event: weight %.3f, wcos %.3f"
              " (%d reports)" % (name, len(rows), positives, ap, by_weight, by_words, reports))


if __name__ == "__main__":
    main(sys.argv[1])
