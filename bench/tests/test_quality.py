#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Unit tests of bench/quality.py on a small made-up gold and system file (bench/tests/data)."""

import json
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
QUALITY = os.path.join(HERE, "..", "quality.py")
GOLD = os.path.join(HERE, "data", "gold-small.json")
SYSTEM = os.path.join(HERE, "data", "system-small.json")
sys.path.insert(0, os.path.join(HERE, ".."))

import quality  # noqa: E402


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class TokenTests(unittest.TestCase):
    def test_lowercase_words_without_punctuation(self):
        self.assertEqual(quality.tokens("“Strong Support,” he said."),
                         ["strong", "support", "he", "said"])

    def test_apostrophes_inside_words_are_dropped(self):
        self.assertEqual(quality.tokens("India’s right"), ["indias", "right"])
        self.assertEqual(quality.tokens("India's right"), ["indias", "right"])

    def test_unicode_words(self):
        self.assertEqual(quality.tokens("António Guterres, Zürich"), ["antónio", "guterres", "zürich"])

    def test_empty(self):
        self.assertEqual(quality.tokens(None), [])
        self.assertEqual(quality.tokens("— “ ”"), [])


class SpanTests(unittest.TestCase):
    def test_half_of_the_shorter_span_is_enough(self):
        short = quality.tokens("cost 40 million dollars")
        long = quality.tokens("the repairs would cost 40 billion euros next year")
        self.assertTrue(quality.spans_match(short, long)[0])  # 2 of 4 shared

    def test_less_than_half_is_not(self):
        short = quality.tokens("cost 40 million dollars")
        other = quality.tokens("the repairs cost a lot")
        self.assertFalse(quality.spans_match(short, other)[0])  # 1 of 4 shared

    def test_multiset_overlap(self):
        self.assertEqual(quality.overlap(["a", "a", "b"], ["a", "b", "b"]), 2)
        self.assertEqual(quality.overlap(["a", "a"], ["a", "a", "a"]), 2)

    def test_empty_spans_never_match(self):
        self.assertFalse(quality.spans_match([], ["a"])[0])

    def test_greedy_matching_is_one_to_one_best_first(self):
        pairs = quality.greedy_one_to_one([((0.5, 1), 0, 0), ((0.9, 3), 1, 0), ((0.7, 2), 0, 1)])
        self.assertEqual(sorted(pairs), [(0, 1), (1, 0)])

    def test_bipartite_needs_distinct_spans(self):
        # Two gold spans that only one system span covers: a matching of size 1.
        self.assertEqual(quality.max_bipartite([[0], [0]], 2), 1)
        self.assertEqual(quality.max_bipartite([[0, 1], [0]], 2), 2)


class NameTests(unittest.TestCase):
    def setUp(self):
        self.gold = quality.Gold(load(GOLD))

    def test_alias_and_case(self):
        self.assertTrue(quality.name_matches(["MAYOR LOPEZ"], self.gold, "Maria Lopez"))
        self.assertTrue(quality.name_matches(["Harbor  Authority."], self.gold, "Harbor Authority"))

    def test_surname_and_title(self):
        self.assertTrue(quality.name_matches(["Reyes"], self.gold, "Tom Reyes"))
        self.assertTrue(quality.name_matches(["City councillor Tom Reyes"], self.gold, "Tom Reyes"))

    def test_other_person_with_the_same_surname_is_wrong(self):
        self.assertFalse(quality.name_matches(["Ana Reyes"], self.gold, "Tom Reyes"))
        self.assertFalse(quality.name_matches([], self.gold, "Tom Reyes"))


class ScoreTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.scores = quality.score(load(GOLD), load(SYSTEM))

    def test_statements(self):
        st = self.scores["statements"]
        # s1, s2, s3 match; s4 matches nothing; s5 overlaps gold 1, which s1 took first.
        self.assertEqual((st["gold"], st["system"], st["matched"]), (4, 5, 3))
        self.assertAlmostEqual(st["precision"], 0.6)
        self.assertAlmostEqual(st["recall"], 0.75)
        self.assertAlmostEqual(st["f1"], 2 * 0.6 * 0.75 / 1.35)

    def test_speaker_kind_and_reporter(self):
        st = self.scores["statements"]
        self.assertAlmostEqual(st["speaker_accuracy"], 2 / 3)  # s2 names Reyes, not the authority
        self.assertAlmostEqual(st["kind_accuracy"], 1.0)  # "mixed" counts as indirect
        self.assertEqual(st["reported_by_pairs"], 1)
        self.assertAlmostEqual(st["reported_by_accuracy"], 1.0)

    def test_actors_and_relations(self):
        self.assertAlmostEqual(self.scores["actors"]["recall"], 0.75)  # Riverton is missing
        self.assertEqual(self.scores["actors"]["_missed"], ["Riverton"])
        self.assertAlmostEqual(self.scores["relations"]["recall"], 2 / 3)  # "met" either way
        missed = self.scores["relations"]["_missed"]
        self.assertEqual([(r["type"], r["source"], r["target"]) for r, _ in missed],
                         [("accused", "Harbor Authority", "Tom Reyes")])

    def test_missed_relation_hints_at_other_types(self):
        # The system joins Lopez and Reyes by "met"; the gold wants Reyes to accuse Lopez.
        gold = load(GOLD)
        gold["relations"] = [{"source": "Tom Reyes", "target": "Maria Lopez", "type": "accused",
                              "doc": "b.txt"}]
        scores = quality.score(gold, load(SYSTEM))
        self.assertEqual(scores["relations"]["found"], 0)
        self.assertEqual(scores["relations"]["_missed"][0][1], ["met (reversed)"])

    def test_contradictions(self):
        c = self.scores["contradictions"]
        # c1 covers both numeric spans; c3 the one retraction span. c2 covers one date span,
        # c4 two spans of the same gold item, c5 one span over two gold items: none counts.
        self.assertEqual((c["found"], c["gold"], c["correct"], c["system"]), (2, 3, 2, 5))
        self.assertEqual(c["per_kind"]["numeric"]["recall"], 1.0)
        self.assertEqual(c["per_kind"]["date"]["recall"], 0.0)
        self.assertEqual(c["per_kind"]["date"]["precision"], 0.0)
        self.assertEqual(c["per_kind"]["retraction"]["found"], 1)
        self.assertEqual(c["per_kind"]["other"]["system"], 1)

    def test_corroborations(self):
        k = self.scores["corroborations"]
        self.assertEqual((k["recall"], k["precision"]), (1.0, 1.0))

    def test_empty_system(self):
        empty = {"format": "readout-analysis/1", "documents": [], "actors": [], "statements": []}
        scores = quality.score(load(GOLD), empty)
        self.assertEqual(scores["statements"]["f1"], 0.0)
        self.assertEqual(scores["contradictions"]["precision"], 0.0)


class CommandTests(unittest.TestCase):
    def run_quality(self, *args):
        return subprocess.run([sys.executable, QUALITY, "--gold", GOLD] + list(args),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              universal_newlines=True, check=False)

    def test_table(self):
        proc = self.run_quality("--system", SYSTEM)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("precision 0.600   recall 0.750   F1 0.667", proc.stdout)

    def test_show_misses_lists_relations(self):
        proc = self.run_quality("--system", SYSTEM, "--show-misses")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("Gold relations not found:\n  [b.txt] accused: Harbor Authority -> Tom Reyes\n",
                      proc.stdout)

    def test_json(self):
        proc = self.run_quality("--system", SYSTEM, "--json")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        data = json.loads(proc.stdout)
        self.assertAlmostEqual(data["statements"]["recall"], 0.75)
        self.assertNotIn("_missed_gold", data["statements"])

    def test_floors(self):
        ok = self.run_quality("--system", SYSTEM, "--min-statement-f1", "0.6",
                              "--min-speaker-accuracy", "0.6", "--min-actor-recall", "0.7",
                              "--min-reported-by-accuracy", "1.0",
                              "--min-relation-recall", "0.6",
                              "--min-contradiction-recall", "0.6",
                              "--min-contradiction-precision", "0.4")
        self.assertEqual(ok.returncode, 0, ok.stderr)
        below = self.run_quality("--system", SYSTEM, "--min-statement-f1", "0.7",
                                 "--min-contradiction-precision", "0.5")
        self.assertEqual(below.returncode, 1)
        self.assertIn("statement F1 0.667 is below the floor 0.700", below.stderr)
        self.assertIn("contradiction precision", below.stderr)
        relations = self.run_quality("--system", SYSTEM, "--min-relation-recall", "0.7")
        self.assertEqual(relations.returncode, 1)
        self.assertIn("relation recall 0.667 is below the floor 0.700", relations.stderr)

    def test_runs_the_cli_on_the_gold_documents(self):
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            fake_cli = os.path.join(tmp, "fake-cli")
            with open(fake_cli, "w", encoding="utf-8") as f:
                f.write("#!%s\n" % sys.executable)
                f.write("import sys\n")
                f.write("assert sys.argv[1] == 'analyze', sys.argv\n")
                f.write("assert [a.rsplit('/', 1)[-1] for a in sys.argv[2:]] == ['a.txt', 'b.txt'], sys.argv\n")
                f.write("sys.stdout.write(open(%r, encoding='utf-8').read())\n" % SYSTEM)
            os.chmod(fake_cli, 0o755)
            proc = self.run_quality("--cli", fake_cli, "--corpus", tmp, "--json")
            self.assertEqual(proc.returncode, 0, proc.stderr)
            self.assertAlmostEqual(json.loads(proc.stdout)["statements"]["precision"], 0.6)

            failing_cli = os.path.join(tmp, "failing-cli")
            with open(failing_cli, "w", encoding="utf-8") as f:
                f.write("#!/bin/sh\necho 'readout-cli: a.txt: no such file' >&2\nexit 2\n")
            os.chmod(failing_cli, 0o755)
            proc = self.run_quality("--cli", failing_cli, "--corpus", tmp)
            self.assertEqual(proc.returncode, 2)
            self.assertIn("no such file", proc.stderr)

    def test_bad_input(self):
        proc = self.run_quality("--system", GOLD)  # not readout-analysis/1
        self.assertEqual(proc.returncode, 2)
        self.assertIn("not readout-analysis/1", proc.stderr)
        proc = self.run_quality("--system", os.path.join(HERE, "no-such-file.json"))
        self.assertEqual(proc.returncode, 2)


if __name__ == "__main__":
    unittest.main()
