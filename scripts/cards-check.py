#!/usr/bin/env python3
"""What the indicator cards of a folder of texts show a reader, without gold:
titles that read as clauses (over 12 words, opening or closing with a verb or
function word, pieces joined by " - ") and periods without a year.

Usage: scripts/cards-check.py DIR [--verbose] [--bin target/release/toancanh]
Prints the flagged cards with --verbose and one JSON line of rates (0 is the
aim). Build the CLI first: cargo build --release -p toancanh."""
import json
import os
import re
import subprocess
import sys
import unicodedata

EDGE = {"là", "và", "của", "đạt", "so", "với", "có", "được", "đã", "thì", "mà", "để", "như", "tại",
        "trong", "đến", "từ", "theo", "cho", "lại", "nhưng", "còn", "chỉ", "các", "những", "này",
        "đó", "bằng", "tăng", "giảm"}
YEAR = re.compile(r"(19|20)\d\d")


def main():
    args = sys.argv[1:]
    verbose = "--verbose" in args
    args = [a for a in args if a != "--verbose"]
    binary = "target/release/toancanh"
    if "--bin" in args:
        i = args.index("--bin")
        binary = args[i + 1]
        del args[i:i + 2]
    if len(args) != 1:
        sys.exit(__doc__)
    folder = args[0]
    n = long = edge = dash = dated = noyear = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith((".txt", ".md")):
            continue
        out = subprocess.run([binary, "analyze", "--format", "json", os.path.join(folder, name)],
                             capture_output=True, timeout=120)
        if out.returncode:
            print(json.dumps({"error": name, "stderr": out.stderr.decode()[:200]}))
            continue
        for ind in json.loads(out.stdout).get("indicators", []):
            title = unicodedata.normalize("NFC", ind.get("metric") or "").strip()
            words = title.split()
            n += 1
            flags = []
            if len(words) > 12:
                long += 1
                flags.append("long")
            if words and (words[0].lower() in EDGE or words[-1].lower() in EDGE):
                edge += 1
                flags.append("edge")
            if " - " in title or title.startswith("-") or title.endswith("-"):
                dash += 1
                flags.append("dash")
            if ind.get("period") is not None or ind.get("period_end") is not None:
                dated += 1
                if not YEAR.search(f"{ind.get('period') or ''} {ind.get('period_end') or ''}"):
                    noyear += 1
                    flags.append("noyear")
            if flags and verbose:
                print(f"{name[:32]}: {flags} {title!r} [{ind.get('period')}]")
    rate = lambda k, of: round(k / of, 4) if of else None
    print(json.dumps({"cards": n, "long_titles": rate(long, n), "edge_word_titles": rate(edge, n),
                      "dash_titles": rate(dash, n), "periods_without_year": rate(noyear, dated)}))


if __name__ == "__main__":
    main()
