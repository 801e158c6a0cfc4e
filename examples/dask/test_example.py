#!/usr/bin/env python3
"""Runs analyze_corpus.py on a small corpus on a LocalCluster of 2 worker processes and checks
that every input id comes back exactly once, with a bad line as an error record.

Run by .ci/run after `npm run build` (it needs dist/cli.js). The texts are made up here."""
import collections
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import analyze_corpus  # noqa: E402

PEOPLE = ["Anna Lindqvist", "Per Ek", "Sara Holm", "Johan Berg"]
PLACES = ["Umeå", "Växjö", "Kiruna", "Lund"]


def text(i):
    who, where = PEOPLE[i % 4], PLACES[i % 3]
    return (f"Nytt bibliotek i {where}\n\nKommunen i {where} bygger ett nytt bibliotek. "
            f"– Vi har väntat länge på det här, säger {who}, som leder projektet.\n\n"
            f"Bygget ska vara klart om två år.")


def main():
    with tempfile.TemporaryDirectory(prefix="swedish-nlp-dask-") as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        ids = [f"artikel-{i}" for i in range(60)]
        with open(corpus, "w", encoding="utf-8") as f:
            for i, id_ in enumerate(ids):
                if i == 17:
                    f.write('{"id": "artikel-17", "text": \n')  # a broken line: an error record
                else:
                    f.write(json.dumps({"id": id_, "text": text(i), "n": i}, ensure_ascii=False) + "\n")
        out = os.path.join(tmp, "out")
        parts = analyze_corpus.run(corpus, out, workers=2, blocksize=2000, fields="entities,quotes")
        results = []
        for part in sorted(parts):
            with open(part, encoding="utf-8") as f:
                results += [json.loads(line) for line in f if line.strip()]
        counts = collections.Counter(r["id"] for r in results)
        errors = [r for r in results if "error" in r]
        problems = []
        if len(parts) < 2:
            problems.append(f"expected several partitions, got {len(parts)}")
        missing = [i for i in ids if counts[i] != 1]
        if missing:
            problems.append(f"ids not back exactly once: {missing[:5]}")
        if len(results) != len(ids):
            problems.append(f"{len(results)} results for {len(ids)} input lines")
        if [e["id"] for e in errors] != ["artikel-17"] or "invalid JSON" not in errors[0]["error"]:
            problems.append(f"expected one error record for artikel-17, got {errors}")
        good = [r for r in results if "error" not in r]
        if not all(any(e["type"] == "PER" for e in r["entities"]) and r["quotes"] for r in good):
            problems.append("a result without its person or quote")
        if problems:
            print("dask example FAILED: " + "; ".join(problems), file=sys.stderr)
            sys.exit(1)
        print(f"dask example: {len(good)} ids back exactly once from {len(parts)} partitions, 1 error record")


if __name__ == "__main__":
    main()
