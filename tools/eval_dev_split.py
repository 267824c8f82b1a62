#!/usr/bin/env python3
"""Scores the two parts of the dev set apart (issue 13): the part the coder is tuned on and the part
that is only ever scored (eval/dev-split.tsv).

    tools/eval_dev_split.py [--texts eval-data/dev] [--events EVENTS.jsonl] [--show-tune]

Without --events it codes the texts first with ./parley code (all of them, one run). Each part is
scored with ../shared/eval/score.py against the gold of the articles of that part whose text is
present, per language. --show-tune lists misses and wrong events of the tune part only: the scored
part's misses are never printed, so no rule gets written for one of its sentences.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
GOLD = os.path.join(SHARED, "eval", "dev", "gold")
SCORER = os.path.join(SHARED, "eval", "score.py")


def read_split():
    parts = {}
    with open(os.path.join(ROOT, "eval", "dev-split.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("id\t") or not line.strip():
                continue
            article_id, part = line.rstrip("\n").split("\t")
            parts[article_id] = part
    return parts


def present_ids(texts):
    return {name.rsplit(".", 1)[0] for name in os.listdir(texts) if name.endswith((".json", ".txt"))}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", default=os.path.join(ROOT, "eval-data", "dev"))
    ap.add_argument("--events", help="coded events (JSON lines); coded from --texts when absent")
    ap.add_argument("--show-tune", action="store_true", help="misses and wrong events of the tune part")
    args = ap.parse_args()

    split = read_split()
    present = present_ids(args.texts)
    events = args.events
    if events is None:
        events = os.path.join(tempfile.mkdtemp(prefix="parley-dev-"), "events.jsonl")
        subprocess.run([os.path.join(ROOT, "parley"), "code", args.texts, "--out", events, "--no-progress"],
                       check=True)
    for part in ("tune", "score"):
        ids = sorted(i for i, p in split.items() if p == part and i in present)
        missing = sorted(i for i, p in split.items() if p == part and i not in present)
        gold = os.path.join(tempfile.mkdtemp(prefix="parley-gold-"), part + ".jsonl")
        with open(gold, "w", encoding="utf-8") as out:
            for article_id in ids:
                with open(os.path.join(GOLD, article_id + ".json"), encoding="utf-8") as f:
                    out.write(json.dumps(json.load(f), ensure_ascii=False) + "\n")
        print(f"== {part}: {len(ids)} articles with text ({len(missing)} without: {' '.join(missing) or '-'})")
        for lang in ("fr", "en"):
            command = [sys.executable, SCORER, "--gold", gold, "--system", events, "--lang", lang]
            if part == "tune" and args.show_tune:
                command.append("--show")
            print(f"-- {part} {lang}", flush=True)
            subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
