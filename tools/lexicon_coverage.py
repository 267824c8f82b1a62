#!/usr/bin/env python3
"""Counts the event lexicon's entries per CAMEO root and language (docs/kb-events.md, "Coverage").

    tools/lexicon_coverage.py            # markdown table: root, name, fr entries, en entries
    tools/lexicon_coverage.py --codes    # also the CAMEO codes no entry of a language gives
    tools/lexicon_coverage.py --write-floors   # set the floors EventLexiconTest holds to today's counts

An entry is one line of lang/<code>/events.tsv; blocking lines (code "-") are not counted. The floors that
EventLexiconTest holds are in parley-core/src/test/resources/parley/kb/lexicon-floors.tsv.
"""
import argparse
import collections
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
RES = ROOT / "parley-core/src/main/resources/parley"
LANGS = ("fr", "en")
FLOORS = ROOT / "parley-core/src/test/resources/parley/kb/lexicon-floors.tsv"
FLOORS_HEADER = """# Floors of the event lexicons' breadth: root<TAB>fr<TAB>en, the least number of entries (lines of
# lang/<code>/events.tsv, blocking lines not counted) each CAMEO root must keep. EventLexiconTest holds them.
# Set at what the lexicons reached by tools/lexicon_coverage.py --write-floors; raise them when entries are added.
"""


def rows(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--codes", action="store_true", help="list the codes each language lacks")
    ap.add_argument("--write-floors", action="store_true", help="rewrite lexicon-floors.tsv with today's counts")
    args = ap.parse_args()
    names = {r[0]: r[1] for r in rows(RES / "kb/cameo.tsv") if r[0] != "code"}
    per_root = {lang: collections.Counter() for lang in LANGS}
    used = {lang: set() for lang in LANGS}
    for lang in LANGS:
        for r in rows(RES / f"lang/{lang}/events.tsv"):
            if r[3] not in ("-", "="):  # blocking lines and repeats give no code of their own
                per_root[lang][r[3][:2]] += 1
                used[lang].add(r[3])
    roots = sorted(c for c in names if len(c) == 2)
    if args.write_floors:
        lines = [f"{root}\t{per_root['fr'][root]}\t{per_root['en'][root]}" for root in roots]
        FLOORS.write_text(FLOORS_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print("| root | name | fr | en |")
    print("|---|---|---:|---:|")
    for root in roots:
        print(f"| {root} | {names[root].lower()} | {per_root['fr'][root]} | {per_root['en'][root]} |")
    print(f"| | total | {sum(per_root['fr'].values())} | {sum(per_root['en'].values())} |")
    for lang in LANGS:
        covered = sum(1 for c in names if len(c) > 2 and c in used[lang])
        print(f"\n{lang}: {covered} of {sum(1 for c in names if len(c) > 2)} codes below root level have an entry")
        if args.codes:
            print("  lacking: " + " ".join(sorted(c for c in names if len(c) > 2 and c not in used[lang])))


if __name__ == "__main__":
    main()
