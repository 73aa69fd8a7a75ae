#!/usr/bin/env python3
"""Writes the reference workflows (workflows/*.json) and the step tables in docs/designer/referentieprocessen.md.

Authoring aid only: the JSON files are the source of truth once a process designer edits them. Use
--check to see whether the files still equal what this generator produces, without writing anything.

    python3 tools/refwf/generate.py           # write
    python3 tools/refwf/generate.py --check   # compare only; exit code 1 on a difference
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import rw1  # noqa: E402
import rw2  # noqa: E402
import rw3  # noqa: E402
import rw4  # noqa: E402
import rw5  # noqa: E402
import bezwaar  # noqa: E402
import doctables  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FILES = [
    ("rw1-wmo-maatwerkvoorziening.json", rw1.build),
    ("rw2-jeugdwet-toegang.json", rw2.build),
    ("rw3-meervoudig-onderhandse-aanbesteding.json", rw3.build),
    ("rw4-toelatingsprocedure.json", rw4.build),
    ("rw5-bijstand.json", rw5.build),
    ("rw5-bezwaar.json", bezwaar.build),
]
DOCS = [os.path.join(ROOT, "docs", "designer", "referentieprocessen.md"),
        os.path.join(ROOT, "docs", "designer", "discretiepunten.md")]
SETTINGS = os.path.join(ROOT, "workflows", "settings", "voorbeeldstad.json")


def render(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def main(argv):
    check = "--check" in argv
    different = []
    docs = {}
    for name, build in FILES:
        flow = build()
        doc = flow.to_json()
        docs[doc["definitionId"]] = doc
        path = os.path.join(ROOT, "workflows", name)
        text = render(doc)
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if current != text:
            different.append(path)
            if not check:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
    settings = json.load(open(SETTINGS, encoding="utf-8")) if os.path.exists(SETTINGS) else None
    for doc_path in DOCS:
        if not os.path.exists(doc_path):
            continue
        current = open(doc_path, encoding="utf-8").read()
        updated = doctables.fill(current, docs, settings)
        if updated != current:
            different.append(doc_path)
            if not check:
                with open(doc_path, "w", encoding="utf-8") as f:
                    f.write(updated)
    for p in different:
        print(("differs: " if check else "written: ") + os.path.relpath(p, ROOT))
    return 1 if check and different else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
