#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build Parley's CAMEO code table (kb/cameo.tsv).

Reads the CAMEO codebook shipped as a Latin-1 CSV with the andybega/icews package
and the CAMEO-to-PLOVER conversion table of the PLOVER project, then writes one
tab-separated row per CAMEO code:

    code  name  goldstein  quad_class  plover

Usage (from the repository root, every argument optional):

    python3 tools/build_cameo_table.py \
        --codebook ../shared/reference/cameo/cameo-codes.latin1.csv \
        --plover ../shared/reference/plover/CAMEO2PLOVER-2021.txt \
        --out parley-core/src/main/resources/parley/kb/cameo.tsv

Default paths are taken relative to the repository root (the parent of the
folder holding this script), so the script can be started from anywhere.
Only the Python standard library is used.
"""

import argparse
import csv
import os
import re
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CODEBOOK = "../shared/reference/cameo/cameo-codes.latin1.csv"
DEFAULT_PLOVER = "../shared/reference/plover/CAMEO2PLOVER-2021.txt"
DEFAULT_OUT = "parley-core/src/main/resources/parley/kb/cameo.tsv"

CODE_RE = re.compile(r"^\d{2,4}$")
PLOVER_LINE_RE = re.compile(r"^\s*(\d{2,4})\s*:\s*([^#]*)")


def from_root(path, default):
    """A path given by the user is used as is; a default is anchored at the repo root."""
    if path is None:
        return os.path.normpath(os.path.join(REPO_ROOT, default))
    return path


def quad_class(code):
    """Quad class from the root: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
    root = int(code[:2])
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 9:
        return 2
    if 10 <= root <= 14:
        return 3
    if 15 <= root <= 20:
        return 4
    raise ValueError("CAMEO root out of range: " + code)


def clean_name(name):
    """One-line name, first letter upper case, the rest as written (roots are upper case in the codebook)."""
    name = " ".join(name.split())
    if name.isupper():
        name = name.lower()
    return name[:1].upper() + name[1:]


def read_codebook(path):
    codes = {}
    with open(path, encoding="latin-1", newline="") as f:
        for row in csv.DictReader(f):
            code = row["code"].strip()
            if not CODE_RE.match(code):
                raise ValueError("%s: bad code %r" % (path, code))
            if code in codes:
                raise ValueError("%s: duplicate code %s" % (path, code))
            goldstein = row["goldstein"].strip()
            float(goldstein)  # must be a number
            codes[code] = (clean_name(row["name"]), goldstein)
    return codes


def read_plover(path):
    """code -> PLOVER event type; the first line seen for a code wins."""
    table = {}
    conflicts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("~~~"):
                break
            m = PLOVER_LINE_RE.match(line)
            if not m:
                continue
            code = m.group(1)
            event = m.group(2).split(",")[0].strip().split()
            if not event:
                continue
            event = event[0].upper()
            if code in table:
                if table[code] != event:
                    conflicts.append("%s: %s kept, %s ignored" % (code, table[code], event))
                continue
            table[code] = event
    return table, conflicts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--codebook", help="CAMEO codebook CSV (Latin-1), default " + DEFAULT_CODEBOOK)
    ap.add_argument("--plover", help="CAMEO to PLOVER table, default " + DEFAULT_PLOVER)
    ap.add_argument("--out", help="output TSV, default " + DEFAULT_OUT)
    args = ap.parse_args(argv)

    codebook_path = from_root(args.codebook, DEFAULT_CODEBOOK)
    plover_path = from_root(args.plover, DEFAULT_PLOVER)
    out_path = from_root(args.out, DEFAULT_OUT)

    codes = read_codebook(codebook_path)
    plover, conflicts = read_plover(plover_path)
    for c in conflicts:
        print("note: PLOVER table gives two event types for " + c, file=sys.stderr)
    for code in sorted(set(plover) - set(codes)):
        print("note: PLOVER table code %s is not in the codebook, skipped" % code, file=sys.stderr)

    header = [
        "# CAMEO event codes: one row per code (20 roots, their 3-digit and 4-digit sub-codes).",
        "# Columns: code<TAB>name<TAB>goldstein<TAB>quad_class<TAB>plover",
        "#   code        CAMEO code as a string with its leading zero (01, 010, 0211, ...)",
        "#   name        short name from the CAMEO codebook",
        "#   goldstein   Goldstein conflict-cooperation weight (-10 .. +10) from the codebook",
        "#   quad_class  1 verbal cooperation (01-05), 2 material cooperation (06-09),",
        "#               3 verbal conflict (10-14), 4 material conflict (15-20)",
        "#   plover      PLOVER event type from the CAMEO-to-PLOVER table, - when it has none",
        "# Generated by tools/build_cameo_table.py; do not edit by hand, rerun the script.",
        "# Derived from: CAMEO codebook CSV of the andybega/icews package (MIT licence),",
        "#   and CAMEO2PLOVER-2021.txt of the openeventdata/PLOVER project (CC BY-SA 4.0).",
    ]
    rows = []
    for code in sorted(codes):
        name, goldstein = codes[code]
        rows.append("\t".join([code, name, goldstein, str(quad_class(code)), plover.get(code, "-")]))

    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header + rows) + "\n")
    print("wrote %d codes to %s" % (len(rows), out_path), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
