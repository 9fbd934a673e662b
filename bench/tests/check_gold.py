#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a gold annotation against its corpus: every statement text and every evidence text
must be an exact substring of its document, every document must exist, and every statement
speaker, addressee, reported_by and relation end should name a gold actor.

    check_gold.py GOLD.json CORPUS_DIR

Exit status 0 when the gold is consistent, 1 otherwise (each problem is printed).
"""

import json
import os
import sys


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        gold = json.load(handle)
    texts = {}
    problems = []
    for name in gold["documents"]:
        path = os.path.join(argv[2], name)
        try:
            with open(path, encoding="utf-8") as handle:
                texts[name] = handle.read()
        except OSError as error:
            problems.append(f"document {name}: {error}")

    def check_span(where, doc, text):
        if doc not in texts:
            problems.append(f"{where}: unknown document {doc!r}")
        elif not text or text not in texts[doc]:
            problems.append(f"{where}: not an exact substring of {doc}: {text!r}")

    names = set()
    for actor in gold["actors"]:
        names.add(actor["name"])
    for index, statement in enumerate(gold["statements"]):
        check_span(f"statement {index}", statement["doc"], statement["text"])
        for field in ("speaker", "addressee", "reported_by"):
            value = statement.get(field)
            if value and value not in names:
                problems.append(f"statement {index}: {field} {value!r} is not a gold actor name")
    for index, relation in enumerate(gold.get("relations", [])):
        for field in ("source", "target"):
            if relation[field] not in names:
                problems.append(f"relation {index}: {field} {relation[field]!r} is not a gold actor name")
        if relation["doc"] not in texts:
            problems.append(f"relation {index}: unknown document {relation['doc']!r}")
    for section in ("contradictions", "corroborations"):
        for index, item in enumerate(gold.get(section, [])):
            for evidence in item["evidence"]:
                check_span(f"{section} {index}", evidence["doc"], evidence["text"])
    for problem in problems:
        print(problem)
    print(f"{len(gold['statements'])} statements, {len(gold['actors'])} actors, "
          f"{len(gold.get('contradictions', []))} contradictions, "
          f"{len(gold.get('corroborations', []))} corroborations: "
          f"{'OK' if not problems else str(len(problems)) + ' problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
