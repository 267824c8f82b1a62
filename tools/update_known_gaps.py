#!/usr/bin/env python3
"""Rewrite parley-app/src/test/resources/sentences/known-gaps.tsv from the last SentenceSuiteTest run.

Run `mvn -B test -pl parley-app -Dtest=SentenceSuiteTest` first (it fails while the list is stale), then this
script: sentences that fail are listed with what went wrong, sentences that now pass are removed.
Review the diff before committing: a sentence that newly fails is a regression to fix, not to list.
"""
import html
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
REPORT = ROOT / "parley-app/target/surefire-reports/TEST-parley.app.SentenceSuiteTest.xml"
SENTENCES = ROOT / "parley-app/src/test/resources/sentences"
HEADER = """# Behaviour sentences Parley still codes wrong: id<TAB>what goes wrong. SentenceSuiteTest asserts that these
# still fail, so a fix is noticed and its line removed from here. Rewritten by tools/update_known_gaps.py.
"""


def sentence_ids():
    ids = {}
    for lang in ("fr", "en"):
        for line in (SENTENCES / f"{lang}.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                cells = line.split("\t")
                ids[cells[2].replace(" || ", " ")] = cells[0]
                ids[cells[2]] = cells[0]
    return ids


def main():
    if not REPORT.exists():
        sys.exit(f"no test report at {REPORT}: run the sentence suite first")
    ids = sentence_ids()
    old = {}
    gaps_file = SENTENCES / "known-gaps.tsv"
    for line in gaps_file.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            old[line.split("\t")[0]] = line
    report = REPORT.read_text(encoding="utf-8")
    now_passing = set()
    failing = {}
    for m in re.finditer(r'<failure message="([^"]*)"', report):
        msg = html.unescape(m.group(1))
        if msg.startswith("listed in known-gaps.tsv but now passes"):
            sentence = msg.split("move it out: ", 1)[1].split("\n")[0]
            now_passing.add(ids[sentence])
            continue
        sentence, expected, got = (msg.split("\n") + ["", ""])[:3]
        expected = expected.strip().removeprefix("expected ")
        got = got.strip().removeprefix("got ")
        if got == "[]":
            why = "no event: trigger or its arguments not found in the parse"
        elif expected == "->-:-":
            why = "event coded that should not be (negation or modality missed): " + got
        elif ">---" in got:
            why = "target not found: " + got
        else:
            why = "wrong actor or code: " + got
        failing[ids[sentence]] = f"{ids[sentence]}\t{why} (expected {expected})"
    kept = {k: v for k, v in old.items() if k not in now_passing}
    kept.update(failing)
    gaps_file.write_text(HEADER + "".join(v + "\n" for _, v in sorted(kept.items())), encoding="utf-8")
    print(f"{len(kept)} known gaps ({len(now_passing)} now pass, {len(failing)} newly listed)")


if __name__ == "__main__":
    main()
