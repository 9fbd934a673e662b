#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores a Readout analysis (readout-analysis/1 JSON) against a hand annotation (gold JSON).

    quality.py --gold GOLD.json --system ANALYSIS.json
    quality.py --gold GOLD.json --cli build/src/cli/readout-cli --corpus DIR

Prints statement precision/recall/F1, speaker, kind and reported-by accuracy over matched
statements, actor recall, relation recall, and contradiction and corroboration recall and
precision (overall and per kind). --json prints the same figures as JSON. The --min-* options
turn it into a regression floor: the exit status is 1 when a figure is below its floor.
How texts are matched is described in bench/README.md and in the functions below.

Standard library only, so it runs wherever python3 does.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

# Apostrophes inside words are removed before splitting, so "India's" and "India’s" are both
# the single token "indias" rather than "india" + "s".
_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ‘`](?=\w)")
_WORD = re.compile(r"\w+")


def tokens(text):
    """Lower-cased word tokens of text; punctuation and quotation marks are dropped."""
    if not text:
        return []
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _APOSTROPHES.sub("", text)
    return _WORD.findall(text)


def overlap(a, b):
    """Number of tokens a and b share, counted as multisets (a word twice in both counts twice)."""
    return sum((Counter(a) & Counter(b)).values())


def spans_match(a, b):
    """Two token lists match when they share at least half of the shorter one's tokens.

    Returns (matched, shared, dice). The order of words is ignored on purpose: outlets reorder
    and trim reported speech, and the rule must not depend on exact span boundaries.
    """
    if not a or not b:
        return False, 0, 0.0
    shared = overlap(a, b)
    shorter = min(len(a), len(b))
    matched = shared * 2 >= shorter
    dice = 2.0 * shared / (len(a) + len(b))
    return matched, shared, dice


def normalize_name(name):
    """Case-folded name with punctuation and extra spaces removed: "U.S. @SecRubio" -> "us secrubio"."""
    if not name:
        return ""
    return " ".join(tokens(name.replace(".", "")))


def ratio(numerator, denominator):
    return numerator / denominator if denominator else 0.0


def f1(precision, recall):
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def greedy_one_to_one(candidates):
    """candidates: (score tuple, left index, right index); best first, each side used once."""
    used_left, used_right, pairs = set(), set(), []
    for _score, left, right in sorted(candidates, key=lambda c: c[0], reverse=True):
        if left in used_left or right in used_right:
            continue
        used_left.add(left)
        used_right.add(right)
        pairs.append((left, right))
    return pairs


def max_bipartite(edges, n_left):
    """Size of a maximum matching; edges[i] lists the right nodes left node i may take."""
    match_right = {}

    def augment(left, seen):
        for right in edges[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in match_right or augment(match_right[right], seen):
                match_right[right] = left
                return True
        return False

    return sum(1 for left in range(n_left) if augment(left, set()))


class Gold:
    def __init__(self, data):
        self.data = data
        self.statements = data.get("statements", [])
        self.actors = data.get("actors", [])
        self.relations = data.get("relations", [])
        self.contradictions = data.get("contradictions", [])
        self.corroborations = data.get("corroborations", [])
        self.actor_by_name = {}
        for actor in self.actors:
            for name in [actor.get("name")] + list(actor.get("aliases", [])):
                key = normalize_name(name)
                if key and key not in self.actor_by_name:
                    self.actor_by_name[key] = actor

    def names_of(self, name):
        """The normalized names that denote the gold actor called name (its aliases too)."""
        names = {normalize_name(name)}
        actor = self.actor_by_name.get(normalize_name(name))
        if actor is not None:
            names.add(normalize_name(actor.get("name")))
            names.update(normalize_name(a) for a in actor.get("aliases", []))
        names.discard("")
        return names, actor


class System:
    def __init__(self, data):
        self.data = data
        self.doc_name = {}
        for doc in data.get("documents", []):
            self.doc_name[doc.get("id")] = os.path.basename(doc.get("path") or "")
        self.actor_names = {}
        for actor in data.get("actors", []):
            names = [actor.get("name")] + list(actor.get("aliases", []) or [])
            self.actor_names[actor.get("id")] = [n for n in names if n]
        self.attributions = []
        for statement in data.get("statements", []):
            for attribution in statement.get("attributions", []):
                self.attributions.append({
                    "doc": self.doc_name.get(attribution.get("document"), ""),
                    "text": attribution.get("text", ""),
                    "kind": attribution.get("kind"),
                    "speaker": statement.get("speaker"),
                    "reported_by": attribution.get("reported_by"),
                    "statement": statement.get("id"),
                })

    def names(self, actor_id):
        return self.actor_names.get(actor_id, [])


def name_matches(system_names, gold, gold_name):
    """Whether one of the system actor's names denotes the gold actor called gold_name.

    Equal after normalization to the gold name or one of its aliases; or a surname match: a
    one-word name equal to the last word of the other, or a longer name that ends with the gold
    actor's full name ("US Secretary of State Marco Rubio" for "Marco Rubio").
    """
    if not gold_name:
        return False
    gold_names, actor = gold.names_of(gold_name)
    full = normalize_name(actor.get("name")) if actor else normalize_name(gold_name)
    full_words = full.split()
    for name in system_names:
        key = normalize_name(name)
        if not key:
            continue
        if key in gold_names:
            return True
        words = key.split()
        if len(full_words) >= 2:
            if len(words) == 1 and words[0] == full_words[-1]:
                return True
            if len(words) > len(full_words) and words[-len(full_words):] == full_words:
                return True
        elif len(full_words) == 1 and len(words) >= 2 and words[-1] == full_words[0]:
            return True
    return False


def score_statements(gold, system):
    gold_tokens = [tokens(s.get("text")) for s in gold.statements]
    sys_tokens = [tokens(a["text"]) for a in system.attributions]
    sys_by_doc = {}
    for j, attribution in enumerate(system.attributions):
        sys_by_doc.setdefault(attribution["doc"], []).append(j)

    candidates = []
    for i, statement in enumerate(gold.statements):
        for j in sys_by_doc.get(statement.get("doc"), []):
            matched, shared, dice = spans_match(gold_tokens[i], sys_tokens[j])
            if matched:
                candidates.append(((dice, shared), i, j))
    pairs = greedy_one_to_one(candidates)

    speaker_ok = kind_ok = 0
    reported_total = reported_ok = 0
    misses_speaker = []
    misses_reported = []
    for i, j in pairs:
        g, s = gold.statements[i], system.attributions[j]
        if name_matches(system.names(s["speaker"]), gold, g.get("speaker")):
            speaker_ok += 1
        else:
            misses_speaker.append((g, s))
        gold_kind, sys_kind = g.get("kind"), s.get("kind")
        # "mixed" (reported speech with quoted words) is what the gold calls indirect.
        if gold_kind == sys_kind or (gold_kind == "indirect" and sys_kind == "mixed"):
            kind_ok += 1
        gold_rb, sys_rb = g.get("reported_by"), s.get("reported_by")
        if gold_rb or sys_rb:
            reported_total += 1
            if gold_rb and sys_rb and name_matches(system.names(sys_rb), gold, gold_rb):
                reported_ok += 1
            else:
                misses_reported.append((g, s))

    n_gold, n_sys, n_match = len(gold.statements), len(system.attributions), len(pairs)
    precision, recall = ratio(n_match, n_sys), ratio(n_match, n_gold)
    matched_gold = {i for i, _ in pairs}
    matched_sys = {j for _, j in pairs}
    return {
        "gold": n_gold,
        "system": n_sys,
        "matched": n_match,
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
        "speaker_accuracy": ratio(speaker_ok, n_match),
        "speaker_correct": speaker_ok,
        "kind_accuracy": ratio(kind_ok, n_match),
        "reported_by_pairs": reported_total,
        "reported_by_accuracy": ratio(reported_ok, reported_total),
        "_missed_gold": [gold.statements[i] for i in range(n_gold) if i not in matched_gold],
        "_extra_system": [system.attributions[j] for j in range(n_sys) if j not in matched_sys],
        "_wrong_speaker": misses_speaker,
        "_wrong_reported_by": misses_reported,
    }


def score_actors(gold, system):
    system_keys = set()
    for names in system.actor_names.values():
        system_keys.update(normalize_name(n) for n in names)
    system_keys.discard("")
    found, missed = 0, []
    for actor in gold.actors:
        keys = {normalize_name(actor.get("name"))}
        keys.update(normalize_name(a) for a in actor.get("aliases", []))
        if keys & system_keys:
            found += 1
        else:
            missed.append(actor.get("name"))
    return {
        "gold": len(gold.actors),
        "system": len(system.actor_names),
        "found": found,
        "recall": ratio(found, len(gold.actors)),
        "_missed": missed,
    }


def score_relations(gold, system):
    """A gold relation is found when a system relation of the same type joins the same actors
    (either direction for the symmetric types spoke_with and met)."""
    symmetric = {"spoke_with", "met"}
    sys_relations = system.data.get("relations", [])
    found, missed = 0, []
    for relation in gold.relations:
        other_types = []
        for candidate in sys_relations:
            src, tgt = system.names(candidate.get("source")), system.names(candidate.get("target"))
            forward = (name_matches(src, gold, relation.get("source"))
                       and name_matches(tgt, gold, relation.get("target")))
            backward = (name_matches(tgt, gold, relation.get("source"))
                        and name_matches(src, gold, relation.get("target")))
            if candidate.get("type") != relation.get("type"):
                # the same actors under another type: printed with the miss, as a hint
                if forward:
                    other_types.append(candidate.get("type"))
                elif backward:
                    other_types.append("%s (reversed)" % candidate.get("type"))
                continue
            if forward or (backward and relation.get("type") in symmetric):
                found += 1
                break
        else:
            missed.append((relation, other_types))
    return {
        "gold": len(gold.relations),
        "system": len(sys_relations),
        "found": found,
        "recall": ratio(found, len(gold.relations)),
        "_missed": missed,
    }


def evidence_matches(gold_item, system_items):
    """Whether system evidence covers gold_item's evidence: distinct system spans (same
    document, token overlap of at least half the shorter span) must match at least two of its
    gold spans, or the one span when it has only one."""
    gold_evidence = gold_item["evidence"]
    edges = []
    for g in gold_evidence:
        row = []
        for k, s in enumerate(system_items):
            if s["doc"] == g["doc"] and spans_match(g["tokens"], s["tokens"])[0]:
                row.append(k)
        edges.append(row)
    needed = min(2, len(gold_evidence))
    return needed > 0 and max_bipartite(edges, len(gold_evidence)) >= needed


def score_findings(gold_items, system_items, system, kinds=None):
    """Scores contradictions or corroborations. gold_items: [{kind?, evidence: [{doc, text}]}];
    system_items: the readout-analysis/1 objects."""
    gold_prepared = [{
        "kind": g.get("kind", "corroboration"),
        "evidence": [{"doc": e.get("doc"), "tokens": tokens(e.get("text"))}
                     for e in g.get("evidence", [])],
        "description": g.get("description", ""),
    } for g in gold_items]
    sys_prepared = [{
        "kind": s.get("kind", "corroboration"),
        "evidence": [{"doc": system.doc_name.get(e.get("document"), ""),
                      "tokens": tokens(e.get("text"))}
                     for e in s.get("evidence", [])],
    } for s in system_items]

    found = [False] * len(gold_prepared)
    correct = [False] * len(sys_prepared)
    for gi, g in enumerate(gold_prepared):
        for si, s in enumerate(sys_prepared):
            if evidence_matches(g, s["evidence"]):
                found[gi] = True
                correct[si] = True

    result = {
        "gold": len(gold_prepared),
        "system": len(sys_prepared),
        "found": sum(found),
        "correct": sum(correct),
        "recall": ratio(sum(found), len(gold_prepared)),
        "precision": ratio(sum(correct), len(sys_prepared)),
        "_missed": [g["description"] for g, ok in zip(gold_prepared, found) if not ok],
    }
    if kinds is not None:
        all_kinds = list(kinds)
        for item in gold_prepared + sys_prepared:
            if item["kind"] not in all_kinds:
                all_kinds.append(item["kind"])
        per_kind = {}
        for kind in all_kinds:
            g_idx = [i for i, g in enumerate(gold_prepared) if g["kind"] == kind]
            s_idx = [i for i, s in enumerate(sys_prepared) if s["kind"] == kind]
            per_kind[kind] = {
                "gold": len(g_idx),
                "found": sum(found[i] for i in g_idx),
                "recall": ratio(sum(found[i] for i in g_idx), len(g_idx)),
                "system": len(s_idx),
                "correct": sum(correct[i] for i in s_idx),
                "precision": ratio(sum(correct[i] for i in s_idx), len(s_idx)),
            }
        result["per_kind"] = per_kind
    return result


GOLD_KINDS = ["attribution", "stance", "numeric", "date", "retraction", "quote-variant",
              "omission", "other"]


def score(gold_data, system_data):
    gold, system = Gold(gold_data), System(system_data)
    return {
        "statements": score_statements(gold, system),
        "actors": score_actors(gold, system),
        "relations": score_relations(gold, system),
        "contradictions": score_findings(gold.contradictions,
                                         system_data.get("contradictions", []), system,
                                         kinds=GOLD_KINDS),
        "corroborations": score_findings(gold.corroborations,
                                         system_data.get("corroborations", []), system),
    }


def public(value):
    """The scores without the lists of misses (keys starting with _)."""
    if isinstance(value, dict):
        return {k: public(v) for k, v in value.items() if not k.startswith("_")}
    return value


def print_table(scores, out=sys.stdout):
    st, ac, rel = scores["statements"], scores["actors"], scores["relations"]
    w = out.write
    w("Statements (gold %d, system attributions %d, matched %d)\n"
      % (st["gold"], st["system"], st["matched"]))
    w("  precision %.3f   recall %.3f   F1 %.3f\n" % (st["precision"], st["recall"], st["f1"]))
    w("  speaker accuracy   %.3f  (%d of %d matched)\n"
      % (st["speaker_accuracy"], st["speaker_correct"], st["matched"]))
    w("  kind accuracy      %.3f\n" % st["kind_accuracy"])
    w("  reported_by acc.   %.3f  (%d pairs where either side names a reporter)\n"
      % (st["reported_by_accuracy"], st["reported_by_pairs"]))
    w("Actors: recall %.3f  (%d of %d gold; system lists %d)\n"
      % (ac["recall"], ac["found"], ac["gold"], ac["system"]))
    w("Relations: recall %.3f  (%d of %d gold; system lists %d)\n"
      % (rel["recall"], rel["found"], rel["gold"], rel["system"]))
    for title in ("contradictions", "corroborations"):
        c = scores[title]
        w("%s: recall %.3f (%d of %d)   precision %.3f (%d of %d)\n"
          % (title.capitalize(), c["recall"], c["found"], c["gold"], c["precision"],
             c["correct"], c["system"]))
        if "per_kind" in c:
            w("  %-14s %5s %6s %7s   %6s %8s %9s\n"
              % ("kind", "gold", "found", "recall", "system", "correct", "precision"))
            for kind, k in c["per_kind"].items():
                # "-" where there is nothing to divide by, so 0 found is not read as a failure.
                recall = "%.3f" % k["recall"] if k["gold"] else "-"
                precision = "%.3f" % k["precision"] if k["system"] else "-"
                w("  %-14s %5d %6d %7s   %6d %8d %9s\n"
                  % (kind, k["gold"], k["found"], recall, k["system"], k["correct"], precision))


def print_misses(scores, system, out=sys.stdout):
    st = scores["statements"]
    out.write("\nGold statements not matched:\n")
    for g in st["_missed_gold"]:
        out.write("  [%s] %s: %s\n" % (g.get("doc"), g.get("speaker"), g.get("text")))
    out.write("\nSystem attributions not matched:\n")
    for s in st["_extra_system"]:
        names = system.names(s["speaker"])
        out.write("  [%s] %s: %s\n" % (s["doc"], names[0] if names else s["speaker"], s["text"]))
    out.write("\nMatched with a wrong speaker (gold / system):\n")
    for g, s in st["_wrong_speaker"]:
        names = system.names(s["speaker"])
        out.write("  %s / %s: %s\n" % (g.get("speaker"), names[0] if names else None, g.get("text")))
    out.write("\nMatched with a wrong or missing reporter (gold / system):\n")
    for g, s in st["_wrong_reported_by"]:
        names = system.names(s["reported_by"]) if s.get("reported_by") else None
        out.write("  %s / %s: %s\n" % (g.get("reported_by"), names[0] if names else None, g.get("text")))
    out.write("\nGold actors not found: %s\n" % ", ".join(scores["actors"]["_missed"]))
    out.write("\nGold relations not found:\n")
    for relation, other_types in scores["relations"]["_missed"]:
        hint = ("   (system: %s)" % ", ".join(sorted(set(other_types)))) if other_types else ""
        out.write("  [%s] %s: %s -> %s%s\n" % (relation.get("doc"), relation.get("type"),
                                              relation.get("source"), relation.get("target"), hint))
    for title in ("contradictions", "corroborations"):
        out.write("\nGold %s not found:\n" % title)
        for d in scores[title]["_missed"]:
            out.write("  - %s\n" % d)


def run_cli(cli, corpus, gold_data):
    names = gold_data.get("documents") or sorted(
        n for n in os.listdir(corpus) if n.endswith((".txt", ".html", ".htm")))
    paths = [os.path.join(corpus, n) for n in names]
    proc = subprocess.run([cli, "analyze"] + paths, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        raise RuntimeError("%s analyze failed (exit %d): %s"
                           % (cli, proc.returncode, proc.stderr.decode(errors="replace")))
    return json.loads(proc.stdout.decode("utf-8"))


FLOORS = [
    ("min_statement_f1", "statement F1", lambda s: s["statements"]["f1"]),
    ("min_speaker_accuracy", "speaker accuracy", lambda s: s["statements"]["speaker_accuracy"]),
    ("min_reported_by_accuracy", "reported_by accuracy",
     lambda s: s["statements"]["reported_by_accuracy"]),
    ("min_actor_recall", "actor recall", lambda s: s["actors"]["recall"]),
    ("min_relation_recall", "relation recall", lambda s: s["relations"]["recall"]),
    ("min_contradiction_recall", "contradiction recall",
     lambda s: s["contradictions"]["recall"]),
    ("min_contradiction_precision", "contradiction precision",
     lambda s: s["contradictions"]["precision"]),
    ("min_corroboration_recall", "corroboration recall",
     lambda s: s["corroborations"]["recall"]),
]


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Score a readout-analysis/1 JSON file against a gold annotation.")
    parser.add_argument("--gold", required=True, help="gold annotation (tests/data/gold/*.json)")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--system", help="the output of readout-cli analyze")
    source.add_argument("--cli", help="run this readout-cli on --corpus to get the analysis")
    parser.add_argument("--corpus", help="folder of the gold's documents (with --cli)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--show-misses", action="store_true",
                        help="list unmatched statements, wrong speakers, missed actors, relations and findings")
    for option, label, _ in FLOORS:
        parser.add_argument("--" + option.replace("_", "-"), type=float, metavar="X",
                            help="exit 1 when the %s is below X" % label)
    args = parser.parse_args(argv)

    try:
        with open(args.gold, encoding="utf-8") as f:
            gold_data = json.load(f)
        if args.system:
            with open(args.system, encoding="utf-8") as f:
                system_data = json.load(f)
        else:
            if not args.corpus:
                parser.error("--cli needs --corpus")
            system_data = run_cli(args.cli, args.corpus, gold_data)
    except (OSError, ValueError, RuntimeError) as e:
        print("quality: %s" % e, file=sys.stderr)
        return 2
    if not isinstance(system_data, dict) or system_data.get("format") != "readout-analysis/1":
        print("quality: the system file is not readout-analysis/1 JSON", file=sys.stderr)
        return 2

    scores = score(gold_data, system_data)
    if args.json:
        json.dump(public(scores), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(scores)
        if args.show_misses:
            print_misses(scores, System(system_data))

    below = []
    for option, label, get in FLOORS:
        floor = getattr(args, option)
        if floor is not None and get(scores) < floor:
            below.append("%s %.3f is below the floor %.3f" % (label, get(scores), floor))
    for line in below:
        print("quality: " + line, file=sys.stderr)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
