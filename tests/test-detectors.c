/* test-detectors.c: the contradiction and corroboration detectors, each on small made-up
 * texts, positive and negative, run through ReadoutCorpus as users run them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout.h"
#include "readout-util.h"

typedef struct
{
  const char *text;
  const char *published; /* or NULL */
} Doc;

/* Every piece of evidence must be an exact, non-empty slice of its document on UTF-8
 * boundaries, and tight: never a whole long paragraph. */
static void
check_evidence (ReadoutContradiction *contradiction)
{
  GListModel *evidence = readout_contradiction_get_evidence (contradiction);
  guint n = g_list_model_get_n_items (evidence);

  g_assert_cmpuint (n, >=, 1);
  g_assert_nonnull (readout_contradiction_get_summary (contradiction));
  g_assert_cmpfloat (readout_contradiction_get_confidence (contradiction), >, 0.0);
  g_assert_cmpfloat (readout_contradiction_get_confidence (contradiction), <=, 1.0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutEvidence) e = g_list_model_get_item (evidence, i);
      ReadoutDocument *document = readout_evidence_get_document (e);
      const char *text = readout_document_get_text (document);
      gsize start = readout_evidence_get_start (e), end = readout_evidence_get_end (e);

      g_assert_cmpuint (start, <, end);
      g_assert_cmpuint (end, <=, strlen (text));
      g_assert_true (readout_utf8_is_boundary (text, strlen (text), start));
      g_assert_true (readout_utf8_is_boundary (text, strlen (text), end));
      g_assert_cmpint (strncmp (text + start, readout_evidence_get_text (e), end - start), ==, 0);
      g_assert_false (g_ascii_isspace (text[start]));
      g_assert_cmpuint (end - start, <, 400);
    }
}

static ReadoutCorpus *
analyze (const Doc *docs,
         guint      n_docs)
{
  ReadoutCorpus *corpus = readout_corpus_new ();
  g_autoptr(GError) error = NULL;
  GListModel *list;

  for (guint i = 0; i < n_docs; i++)
    {
      g_autoptr(ReadoutDocument) document = readout_document_new ();
      g_autofree char *outlet = g_strdup_printf ("Outlet %c", 'A' + i);

      readout_document_set_text (document, docs[i].text);
      readout_document_set_outlet (document, outlet);
      if (docs[i].published)
        readout_document_set_published (document, docs[i].published);
      readout_corpus_add_document (corpus, document);
    }
  g_assert_true (readout_corpus_analyze (corpus, NULL, &error));
  g_assert_no_error (error);

  list = readout_corpus_get_contradictions (corpus);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ReadoutContradiction) c = g_list_model_get_item (list, i);
      g_assert_false (readout_contradiction_is_corroboration (c));
      check_evidence (c);
    }
  list = readout_corpus_get_corroborations (corpus);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ReadoutContradiction) c = g_list_model_get_item (list, i);
      g_assert_true (readout_contradiction_is_corroboration (c));
      check_evidence (c);
    }
  return corpus;
}

/* The first contradiction of the kind, or NULL. */
static ReadoutContradiction *
find_kind (ReadoutCorpus            *corpus,
           ReadoutContradictionKind  kind)
{
  GListModel *list = kind == READOUT_CONTRADICTION_CORROBORATION ? readout_corpus_get_corroborations (corpus)
                                                                  : readout_corpus_get_contradictions (corpus);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ReadoutContradiction) c = g_list_model_get_item (list, i);
      if (readout_contradiction_get_kind (c) == kind)
        return c;
    }
  return NULL;
}

static guint
count_kind (ReadoutCorpus            *corpus,
            ReadoutContradictionKind  kind)
{
  GListModel *list = kind == READOUT_CONTRADICTION_CORROBORATION ? readout_corpus_get_corroborations (corpus)
                                                                  : readout_corpus_get_contradictions (corpus);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ReadoutContradiction) c = g_list_model_get_item (list, i);
      n += readout_contradiction_get_kind (c) == kind;
    }
  return n;
}

/* TRUE when some evidence of c contains the words. */
static gboolean
evidence_has (ReadoutContradiction *c,
              const char           *words)
{
  GListModel *evidence = readout_contradiction_get_evidence (c);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(ReadoutEvidence) e = g_list_model_get_item (evidence, i);
      if (strstr (readout_evidence_get_text (e), words))
        return TRUE;
    }
  return FALSE;
}

/* ---- numeric ---- */

static void
test_numeric_conflict (void)
{
  const Doc docs[] = {
    { "A car bomb in the port of Ruvana killed 14 people on Monday, police said.", NULL },
    { "The regional governor said more than 40 people were killed in the bombing.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_NUMERIC);

  g_assert_nonnull (c);
  g_assert_true (evidence_has (c, "killed 14 people"));
  g_assert_true (evidence_has (c, "more than 40 people were killed"));
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "Outlet A"));
}

static void
test_numeric_words (void)
{
  const Doc docs[] = {
    { "Rescuers said thirty people died when the ferry capsized near the island.", NULL },
    { "The ferry capsized on Sunday and 12 people died, the coast guard said.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_NUMERIC);

  g_assert_nonnull (c);
  g_assert_true (evidence_has (c, "thirty people died"));
}

static void
test_numeric_compatible (void)
{
  /* "at least 10" agrees with 14; "nearly 15" too. */
  const Doc docs[] = {
    { "A car bomb in the port of Ruvana killed 14 people on Monday, police said.", NULL },
    { "At least 10 people were killed in the bombing, officials said.", NULL },
    { "Nearly 15 people were killed when the bomb went off, a witness said.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_NUMERIC));
}

static void
test_numeric_other_quantity (void)
{
  /* Dead and injured are different counts; a year and a date are no counts at all. */
  const Doc docs[] = {
    { "A car bomb in the port of Ruvana killed 14 people on March 3, police said.", NULL },
    { "Doctors said 30 people were injured in the 2023 bombing.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_NUMERIC));
}

static void
test_numeric_corroboration (void)
{
  const Doc docs[] = {
    { "The storm killed 9 people in the north of the country, officials said.", NULL },
    { "Nine people were killed by the storm, according to the ministry.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *k = find_kind (corpus, READOUT_CONTRADICTION_CORROBORATION);

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_NUMERIC));
  g_assert_nonnull (k);
  g_assert_cmpuint (g_list_model_get_n_items (readout_contradiction_get_evidence (k)), ==, 2);
}

/* Any counted thing with its verb, not only casualties: amounts by their unit, counted
 * nouns (listed or any plural) by the verb that goes with them. */
static void
test_numeric_amounts_and_counts (void)
{
  const Doc docs[] = {
    { "The refinery said about 25 barrels of diesel leaked into the river. Some 300 employees joined the walkout on Friday.", NULL },
    { "Environmental officers put the spill at roughly 90 barrels. The company said 120 employees were on strike.", NULL },
    { "Firefighters said 16 cottages were evacuated after the leak.", NULL },
    { "Police said forty cottages were evacuated as a precaution.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  GListModel *list = readout_corpus_get_contradictions (corpus);
  gboolean barrels = FALSE, strikers = FALSE, cottages = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ReadoutContradiction) c = g_list_model_get_item (list, i);

      if (readout_contradiction_get_kind (c) != READOUT_CONTRADICTION_NUMERIC)
        continue;
      barrels |= evidence_has (c, "about 25 barrels") && evidence_has (c, "roughly 90 barrels");
      strikers |= evidence_has (c, "300 employees joined the walkout") && evidence_has (c, "120 employees were on strike");
      cottages |= evidence_has (c, "16 cottages were evacuated") && evidence_has (c, "forty cottages were evacuated");
    }
  g_assert_true (barrels);
  g_assert_true (strikers);
  g_assert_true (cottages);
}

static void
test_numeric_amounts_compatible (void)
{
  /* Bounds and estimates that overlap agree; a count of years is no count; plural nouns
   * with no verb of their own ("7 trucks") are not compared. */
  const Doc docs[] = {
    { "At least 20 employees were hospitalised, and about 60 tonnes of grain spilled. It sent 7 trucks.", NULL },
    { "The clinic said 23 employees were treated in hospital after nearly 65 tonnes of grain spilled. It sent 2 trucks.", NULL },
    { "In 2019 dockers were on strike for a week.", NULL },
    { "In 2021 dockers were on strike again.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_NUMERIC));
}

/* Shared wording around different figures or weekdays is no corroboration. */
static void
test_corroboration_conflicting_facts (void)
{
  const Doc docs[] = {
    { "Officials said about 30 tonnes of crude oil spilled into the bay near the fishing harbour overnight.", NULL },
    { "Inspectors said roughly 200 tonnes of crude oil spilled into the bay near the fishing harbour overnight.", NULL },
    { "The protest march through the old town began on Monday evening and ended peacefully at the bridge.", NULL },
    { "The protest march through the old town began on Sunday evening and ended peacefully at the bridge.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_CORROBORATION));
  g_assert_nonnull (find_kind (corpus, READOUT_CONTRADICTION_NUMERIC));
}

/* ---- temporal ---- */

static void
test_temporal_contact (void)
{
  /* 8 March 2024 was a Friday: "on Thursday" is 7 March. */
  const Doc docs[] = {
    { "Foreign Minister Lena Varga spoke with Prime Minister Tomas Reed on Thursday about the border.", "2024-03-08" },
    { "Foreign Minister Lena Varga spoke with Prime Minister Tomas Reed on March 6, officials said.", "2024-03-08" },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_DATE);

  g_assert_nonnull (c);
  g_assert_true (evidence_has (c, "Thursday"));
  g_assert_true (evidence_has (c, "March 6"));
}

static void
test_temporal_two_calls (void)
{
  /* A week apart: two calls, not one call dated twice. And one document giving both dates
   * tells of two calls. */
  const Doc docs[] = {
    { "Foreign Minister Lena Varga spoke with Prime Minister Tomas Reed on Thursday about the border.", "2024-03-08" },
    { "Foreign Minister Lena Varga spoke with Prime Minister Tomas Reed on March 1, officials said.", "2024-03-08" },
    { "Foreign Minister Lena Varga spoke with Prime Minister Tomas Reed on March 6. Varga spoke with Reed again on March 7.", "2024-03-08" },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_DATE));
}

static void
test_temporal_relative (void)
{
  const Doc docs[] = {
    { "The May 1 attack on the central market killed 12 people.", NULL },
    { "On May 4, President Hal Ostrow said the government would rebuild the market.\n"
      "“It was a terrible attack yesterday. Twelve people died,” Ostrow said.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_DATE);

  g_assert_nonnull (c);
  g_assert_true (evidence_has (c, "yesterday"));
  g_assert_true (evidence_has (c, "May 1 attack"));
}

static void
test_temporal_relative_consistent (void)
{
  const Doc docs[] = {
    { "The May 1 attack on the central market killed 12 people.", NULL },
    { "On May 2, President Hal Ostrow said the government would rebuild the market.\n"
      "“It was a terrible attack yesterday. Twelve people died,” Ostrow said.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_DATE));
}

/* "strike" names a military strike or a labour one; only the words around it tell which, and
 * dates of the one are no dates of the other. */
static void
test_temporal_strike_kinds (void)
{
  const Doc labour[] = {
    { "The May 1 air strike on the fuel depot killed 12 people, the army said.", "2025-05-05" },
    { "Dockworkers at the fuel depot went on strike on May 3 over pay, the union said.", "2025-05-05" },
  };
  const Doc military[] = {
    { "The May 1 air strike on the fuel depot killed 12 people, the army said.", "2025-05-05" },
    { "The air strike on the fuel depot on May 3 killed 12 people, the army said.", "2025-05-05" },
  };
  g_autoptr(ReadoutCorpus) two_events = analyze (labour, G_N_ELEMENTS (labour));
  g_autoptr(ReadoutCorpus) one_event = analyze (military, G_N_ELEMENTS (military));

  g_assert_null (find_kind (two_events, READOUT_CONTRADICTION_DATE));
  g_assert_nonnull (find_kind (one_event, READOUT_CONTRADICTION_DATE));
  /* "on May 3 killed 12 people": the 3 is a day, not a count of the dead */
  g_assert_null (find_kind (one_event, READOUT_CONTRADICTION_NUMERIC));
}

/* A date in the sentence of an event that belongs to another verb dates nothing of the event. */
static void
test_temporal_unbound_date (void)
{
  const Doc docs[] = {
    { "On April 25, the security council condemned the attack on the market.", "2025-04-28" },
    { "On April 27, the security council condemned the attack on the market.", "2025-04-28" },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_DATE);

  g_assert_true (c == NULL || strstr (readout_contradiction_get_summary (c), "attack is dated") == NULL);
}

/* A weekday that the date next to it was not ("Tuesday, 5 June" in 2024, a Wednesday), with the
 * documents that give the event the true weekday. */
static void
test_temporal_weekday_date (void)
{
  const Doc docs[] = {
    { "A fire broke out at the textile mill late on Tuesday, 5 June, and burned for hours.", "2024-06-07" },
    { "Wednesday's blaze at the textile mill destroyed two warehouses, the owners said.", "2024-06-07" },
  };
  const Doc consistent[] = {
    { "A fire broke out at the textile mill late on Wednesday, 5 June, and burned for hours.", "2024-06-07" },
    { "Wednesday's blaze at the textile mill destroyed two warehouses, the owners said.", "2024-06-07" },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  g_autoptr(ReadoutCorpus) agreeing = analyze (consistent, G_N_ELEMENTS (consistent));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_DATE);

  g_assert_nonnull (c);
  g_assert_true (evidence_has (c, "Tuesday, 5 June"));
  g_assert_true (evidence_has (c, "Wednesday's blaze"));
  g_assert_null (find_kind (agreeing, READOUT_CONTRADICTION_DATE));
}

/* ---- retraction ---- */

static void
test_retraction (void)
{
  const Doc docs[] = {
    { "The Northern Brigade claimed responsibility for the bombing of the pipeline.", NULL },
    { "The Northern Brigade initially claimed responsibility for the bombing on social media but later retracted its statement.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_RETRACTION);

  g_assert_nonnull (c);
  g_assert_true (evidence_has (c, "claimed responsibility for the bombing"));
  g_assert_true (evidence_has (c, "retracted"));
}

static void
test_retraction_other_claim (void)
{
  /* What was denied is another claim. */
  const Doc docs[] = {
    { "The Northern Brigade claimed responsibility for the bombing of the pipeline.", NULL },
    { "The Northern Brigade denied any role in the kidnapping of two engineers.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_RETRACTION));
}

/* "That statement was…", "has not set any date": the claim is the sentence before; the
 * same claim reported plainly elsewhere joins the finding. */
static void
test_retraction_previous_sentence (void)
{
  const Doc docs[] = {
    { "On Monday the water board said that “the reservoir is safe to drink from”. On Tuesday it said that statement had been “premature” and told residents to boil their water.", NULL },
    { "Mayor Ilse Korver spoke to reporters at the town hall. She said the old bridge would reopen on Friday after repairs.", NULL },
    { "The council distanced itself from comments by Mayor Ilse Korver about the old bridge reopening. A council spokesman said the mayor “has not set any date” for that.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  GListModel *list = readout_corpus_get_contradictions (corpus);
  gboolean reservoir = FALSE, bridge = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ReadoutContradiction) c = g_list_model_get_item (list, i);

      if (readout_contradiction_get_kind (c) != READOUT_CONTRADICTION_RETRACTION)
        continue;
      reservoir |= evidence_has (c, "reservoir is safe") && evidence_has (c, "that statement had been");
      bridge |= evidence_has (c, "bridge would reopen") && evidence_has (c, "has not set any date");
    }
  g_assert_true (reservoir);
  g_assert_true (bridge);
}

/* A claim denied by someone else is a plain contradiction, not a retraction; a denial of
 * something else is nothing. */
static void
test_retraction_denial (void)
{
  const Doc docs[] = {
    { "The residents group Clean Air Now says the smelter is leaking lead into the creek.", NULL },
    { "The regulator denied a claim by Clean Air Now that the smelter was leaking lead.", NULL },
  };
  const Doc other[] = {
    { "The residents group Clean Air Now says the smelter is leaking lead into the creek.", NULL },
    { "Clean Air Now denied that it had taken money from rival firms.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  g_autoptr(ReadoutCorpus) unrelated = analyze (other, G_N_ELEMENTS (other));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_OTHER);

  g_assert_nonnull (c);
  g_assert_true (evidence_has (c, "smelter is leaking lead"));
  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_RETRACTION));
  g_assert_null (find_kind (unrelated, READOUT_CONTRADICTION_OTHER));
  g_assert_null (find_kind (unrelated, READOUT_CONTRADICTION_RETRACTION));
}

/* "Her inspectors found no evidence of …": a denial whose subject is named a sentence before. */
static void
test_retraction_no_evidence (void)
{
  const Doc docs[] = {
    { "The residents group Clean Air Now says a second chimney at the smelter is leaking lead.", NULL },
    { "Inspector Mira Tan visited the smelter after Clean Air Now complained. Her team found no evidence of a second chimney leaking.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_OTHER);

  g_assert_nonnull (c);
  g_assert_true (evidence_has (c, "second chimney at the smelter is leaking"));
  g_assert_true (evidence_has (c, "no evidence of a second chimney"));
}

/* ---- quote variant ---- */

static void
test_quote_variant (void)
{
  const Doc docs[] = {
    { "“We will never accept a partial agreement on the water rights of the valley,” Minister Ana Ruiz said.", NULL },
    { "“We will never accept a temporary agreement on the water rights of the valley,” Minister Ana Ruiz said.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_QUOTE_VARIANT);

  g_assert_nonnull (c);
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "partial"));
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "temporary"));
}

static void
test_quote_trivial (void)
{
  /* Case and punctuation are no variant. */
  const Doc docs[] = {
    { "“We will never accept a partial agreement on the water rights of the valley,” Minister Ana Ruiz said.", NULL },
    { "“We will never accept a partial agreement on the Water Rights of the valley!” Minister Ana Ruiz said.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_QUOTE_VARIANT));
  g_assert_nonnull (find_kind (corpus, READOUT_CONTRADICTION_CORROBORATION));
}

static void
test_quote_numbers (void)
{
  const Doc docs[] = {
    { "“Our people have waited a thousand days for clean water in the eastern valley,” Minister Ana Ruiz said.", NULL },
    { "“Our people have waited 1,000 days for clean water in the eastern valley,” Minister Ana Ruiz said.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_QUOTE_VARIANT);

  /* Worth showing, but not worth much. */
  g_assert_nonnull (c);
  g_assert_cmpfloat (readout_contradiction_get_confidence (c), <, 0.4);
}

/* Quotes reworded beyond the word alignment are variants; parallel quotes about different
 * names, and a quote cut short, are not. */
static void
test_quote_loose_variant (void)
{
  const Doc reworded[] = {
    { "“We shall not open a single gate until the dam is certified sound,” the engineer said.", NULL },
    { "“We will not open one gate until somebody certifies that dam sound,” the engineer told reporters.", NULL },
  };
  const Doc parallel[] = {
    { "“The minister urged Valdoria to reopen the border crossings and restore trade links quickly,” the spokesman said.", NULL },
    { "“The minister urged Kestria to reopen the border crossings and restore trade links without delay,” the spokesman said.", NULL },
  };
  const Doc truncated[] = {
    { "“We shall not open a single gate until the dam is certified sound,” the engineer said.", NULL },
    { "“We shall not open a single gate until the dam is certified sound by independent experts from abroad,” the engineer said.", NULL },
  };
  g_autoptr(ReadoutCorpus) variant = analyze (reworded, G_N_ELEMENTS (reworded));
  g_autoptr(ReadoutCorpus) two = analyze (parallel, G_N_ELEMENTS (parallel));
  g_autoptr(ReadoutCorpus) cut = analyze (truncated, G_N_ELEMENTS (truncated));
  ReadoutContradiction *c = find_kind (variant, READOUT_CONTRADICTION_QUOTE_VARIANT);

  g_assert_nonnull (c);
  g_assert_true (evidence_has (c, "open a single gate"));
  g_assert_true (evidence_has (c, "open one gate"));
  g_assert_null (find_kind (two, READOUT_CONTRADICTION_QUOTE_VARIANT));
  g_assert_null (find_kind (cut, READOUT_CONTRADICTION_QUOTE_VARIANT));
}

/* ---- omission ---- */

static void
test_omission_parallel (void)
{
  const Doc docs[] = {
    { "The envoy urged Chile to reduce tensions, reopen the border crossings and maintain calm along the frontier in the coming weeks.\n"
      "The envoy urged Peru to reduce tensions and maintain calm along the frontier in the coming weeks.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_OMISSION);

  g_assert_nonnull (c);
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "reopen the border crossings"));
  g_assert_true (evidence_has (c, "urged Peru"));
}

static void
test_omission_swap_only (void)
{
  /* The same message to both sides: nothing left out. */
  const Doc docs[] = {
    { "The envoy urged Chile to reduce tensions and maintain calm along the frontier in the coming weeks.\n"
      "The envoy urged Peru to reduce tensions and maintain calm along the frontier in the coming weeks.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_OMISSION));
}

static void
test_omission_truncated_quote (void)
{
  const Doc docs[] = {
    { "“The talks in the capital were useful, and we agreed on a timetable for the next round of negotiations,” Minister Ana Ruiz said.", NULL },
    { "“The talks in the capital were useful, and we agreed on a timetable for the next round of negotiations. The ceasefire will hold until June,” Minister Ana Ruiz said.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_OMISSION);

  g_assert_nonnull (c);
  g_assert_true (evidence_has (c, "ceasefire will hold until June"));
}

/* ---- stance ---- */

static void
test_stance_one_side (void)
{
  const Doc docs[] = {
    { "US Secretary of State Ann Carter urged Chile to exercise restraint and to resolve the dispute through dialogue.", NULL },
    { "US Defense Secretary Mark Doyle said Washington supports Chile's right to defend itself against the raids.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_STANCE);

  g_assert_nonnull (c);
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "Ann Carter"));
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "Mark Doyle"));
  g_assert_true (evidence_has (c, "restraint"));
  g_assert_true (evidence_has (c, "right to defend itself"));
}

static void
test_stance_two_sides (void)
{
  /* Restraint from one country and backing from another are two positions, not mixed signals. */
  const Doc docs[] = {
    { "Peruvian Foreign Minister Luis Mora urged Chile to exercise restraint and to resolve the dispute through dialogue.", NULL },
    { "US Defense Secretary Mark Doyle said Washington supports Chile's right to defend itself against the raids.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_STANCE));
}

static void
test_stance_go_and_stop (void)
{
  /* Two ministers of one (unnamed) government in one article: one keeps it closed, the
   * other says it reopens. */
  const Doc docs[] = {
    { "Health Minister Rosa Imbert said the Ostrow bridge would remain closed until the engineers have checked every cable. "
      "Finance Minister Paul Okoro told a radio station that traffic on the bridge would resume by Friday.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_STANCE);

  g_assert_nonnull (c);
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "Rosa Imbert"));
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "Paul Okoro"));
  g_assert_true (evidence_has (c, "remain closed"));
  g_assert_true (evidence_has (c, "resume"));
}

static void
test_stance_negated_go (void)
{
  /* "will not reopen" is a stop signal against a plain "will reopen". */
  const Doc docs[] = {
    { "Education Minister Lea Brandt said the Varna schools will not reopen before the roof repairs are done. "
      "Interior Minister Omar Haddad said the schools will reopen on Monday.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_STANCE);

  g_assert_nonnull (c);
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "Lea Brandt"));
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "Omar Haddad"));
}

static void
test_stance_go_stop_one_speaker (void)
{
  /* One person who says both is hedging, not two officials disagreeing. */
  const Doc docs[] = {
    { "Health Minister Rosa Imbert said the Ostrow bridge would remain closed for now. "
      "Imbert added that traffic on the bridge would resume once the engineers are done.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_STANCE));
}

static void
test_stance_go_stop_one_country (void)
{
  /* A country word in both titles puts both ministers in one government. */
  const Doc docs[] = {
    { "Norwegian Trade Minister Ida Holm said the border crossing would remain closed until the inspection ends. "
      "Norwegian Transport Minister Erik Lind said lorries would resume crossings by Friday.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_STANCE);

  g_assert_nonnull (c);
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "Norway"));
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "Ida Holm"));
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "Erik Lind"));
}

static void
test_stance_go_stop_two_governments (void)
{
  /* Ministers of two countries disagreeing are two positions, not mixed signals. */
  const Doc docs[] = {
    { "Norwegian Trade Minister Ida Holm said the border crossing would remain closed until the inspection ends. "
      "Swedish Trade Minister Erik Lind said lorries would resume crossings by Friday.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_STANCE));
}

/* ---- attribution ---- */

static void
test_attribution_relay (void)
{
  const Doc docs[] = {
    { "Chilean Foreign Minister Rosa Diaz said that US Defense Secretary Mark Doyle said that Washington backs Chile's claim to the disputed islands.", NULL },
    { "After the call, Doyle posted a message. “We discussed the disputed islands and regional trade,” Doyle wrote.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_ATTRIBUTION);

  g_assert_nonnull (c);
  g_assert_nonnull (strstr (readout_contradiction_get_summary (c), "Rosa Diaz"));
  g_assert_true (evidence_has (c, "Washington backs Chile's claim"));
  g_assert_true (evidence_has (c, "regional trade"));
}

static void
test_attribution_confirmed (void)
{
  /* The person's own words say what was relayed. */
  const Doc docs[] = {
    { "Chilean Foreign Minister Rosa Diaz said that US Defense Secretary Mark Doyle said that Washington backs Chile's claim to the disputed islands.", NULL },
    { "After the call, Doyle posted a message. “Washington backs Chile's claim to the disputed islands,” Doyle wrote.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_ATTRIBUTION));
}

static void
test_attribution_hedge (void)
{
  const Doc docs[] = {
    { "The Red Hand, a proxy of the Volta Movement, claimed the raid on the depot.", NULL },
    { "The Red Hand, believed by analysts to be a front for the Volta Movement, has not commented.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_ATTRIBUTION);

  g_assert_nonnull (c);
  g_assert_true (evidence_has (c, "believed by analysts"));
}

static void
test_attribution_hedge_both (void)
{
  const Doc docs[] = {
    { "The Red Hand, believed to be a proxy of the Volta Movement, claimed the raid on the depot.", NULL },
    { "The Red Hand, believed by analysts to be a front for the Volta Movement, has not commented.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_ATTRIBUTION));
}

/* ---- negation ---- */

static void
test_negation (void)
{
  const Doc docs[] = {
    { "Chile confirmed the ceasefire agreement on Sunday evening.", NULL },
    { "Chile has not confirmed the ceasefire agreement, diplomats said.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *c = find_kind (corpus, READOUT_CONTRADICTION_NEGATION);

  g_assert_nonnull (c);
  g_assert_true (evidence_has (c, "not confirmed"));
}

static void
test_negation_antonym (void)
{
  const Doc docs[] = {
    { "Chile confirmed the ceasefire agreement on Sunday evening.", NULL },
    { "Chile denied the ceasefire agreement on Monday.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_nonnull (find_kind (corpus, READOUT_CONTRADICTION_NEGATION));
}

static void
test_negation_other_actor (void)
{
  const Doc docs[] = {
    { "Chile confirmed the ceasefire agreement on Sunday evening.", NULL },
    { "Peru has not confirmed the ceasefire agreement, diplomats said.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_null (find_kind (corpus, READOUT_CONTRADICTION_NEGATION));
}

/* ---- corroboration and ranking ---- */

static void
test_corroboration (void)
{
  const Doc docs[] = {
    { "The central bank raised interest rates by half a point to curb inflation, the governor said on Tuesday.", NULL },
    { "On Tuesday the governor said the central bank raised interest rates by half a point to curb inflation.", NULL },
    { "Farmers in the south protested against the new water tax.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  ReadoutContradiction *k = find_kind (corpus, READOUT_CONTRADICTION_CORROBORATION);

  g_assert_nonnull (k);
  g_assert_cmpuint (g_list_model_get_n_items (readout_contradiction_get_evidence (k)), ==, 2);
  g_assert_true (evidence_has (k, "raised interest rates by half a point to curb inflation"));
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_contradictions (corpus)), ==, 0);
}

/* A quote worded two ways is no corroboration but a variant; the same quote word for word
 * is a corroboration. */
static void
test_corroboration_reworded_quote (void)
{
  const Doc reworded[] = {
    { "“Nobody drains that lake on my watch until the engineers have finished their survey,” the governor said.", NULL },
    { "“No one will drain that lake with my watch before the engineers finish the survey,” the governor said.", NULL },
  };
  const Doc verbatim[] = {
    { "“Nobody drains that lake on my watch until the engineers have finished their survey,” the governor said on Friday.", NULL },
    { "The governor was blunt: “Nobody drains that lake on my watch until the engineers have finished their survey.”", NULL },
  };
  g_autoptr(ReadoutCorpus) variant = analyze (reworded, G_N_ELEMENTS (reworded));
  g_autoptr(ReadoutCorpus) same = analyze (verbatim, G_N_ELEMENTS (verbatim));

  g_assert_null (find_kind (variant, READOUT_CONTRADICTION_CORROBORATION));
  g_assert_nonnull (find_kind (variant, READOUT_CONTRADICTION_QUOTE_VARIANT));
  g_assert_nonnull (find_kind (same, READOUT_CONTRADICTION_CORROBORATION));
  g_assert_null (find_kind (same, READOUT_CONTRADICTION_QUOTE_VARIANT));
}

static void
test_no_duplicates (void)
{
  /* The same variant met through three documents is one entry. */
  const Doc docs[] = {
    { "“We will never accept a partial agreement on the water rights of the valley,” Minister Ana Ruiz said.", NULL },
    { "“We will never accept a temporary agreement on the water rights of the valley,” Minister Ana Ruiz said.", NULL },
    { "“We will never accept a temporary agreement on the water rights of the valley,” Ruiz said on Monday.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_cmpuint (count_kind (corpus, READOUT_CONTRADICTION_QUOTE_VARIANT), ==, 1);
}

static void
test_ranking (void)
{
  /* Mixed signals between officials rank above a transcription variant. */
  const Doc docs[] = {
    { "US Secretary of State Ann Carter urged Chile to exercise restraint and to resolve the dispute through dialogue.\n"
      "“We will never accept a partial agreement on the water rights of the valley,” Minister Ana Ruiz said.", NULL },
    { "US Defense Secretary Mark Doyle said Washington supports Chile's right to defend itself against the raids.\n"
      "“We will never accept a temporary agreement on the water rights of the valley,” Minister Ana Ruiz said.", NULL },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));
  g_autoptr(ReadoutContradiction) first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_contradictions (corpus)), >=, 2);
  first = g_list_model_get_item (readout_corpus_get_contradictions (corpus), 0);
  g_assert_cmpint (readout_contradiction_get_kind (first), ==, READOUT_CONTRADICTION_STANCE);
}

static void
test_empty_and_odd_input (void)
{
  /* No text, one word, only quotes, only numbers: no crash, nothing found. */
  const Doc docs[] = {
    { "", NULL },
    { "Word", NULL },
    { "“”“”\"\"", NULL },
    { "12 34 56 1,000 2.5", "not a date" },
  };
  g_autoptr(ReadoutCorpus) corpus = analyze (docs, G_N_ELEMENTS (docs));

  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_contradictions (corpus)), ==, 0);
}

static void
test_scale (void)
{
  /* Many articles on one event stay fast: the detectors group, they do not pair. */
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autoptr(GError) error = NULL;
  gint64 start;
  double seconds;

  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(ReadoutDocument) document = readout_document_new ();
      g_autofree char *text = g_strdup_printf (
        "A car bomb in the port of Ruvana killed %u people on Monday, police said.\n"
        "“We will rebuild the port of Ruvana within a year,” Mayor Olga Brandt said on Tuesday.\n"
        "US Secretary of State Ann Carter urged Chile to exercise restraint in report %u.",
        10 + i % 3, i);

      readout_document_set_text (document, text);
      readout_corpus_add_document (corpus, document);
    }
  start = g_get_monotonic_time ();
  g_assert_true (readout_corpus_analyze (corpus, NULL, &error));
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("300 articles analyzed in %.2f s", seconds);
  g_assert_cmpfloat (seconds, <, 30.0);
  g_assert_nonnull (find_kind (corpus, READOUT_CONTRADICTION_NUMERIC));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/detectors/numeric/conflict", test_numeric_conflict);
  g_test_add_func ("/detectors/numeric/number-words", test_numeric_words);
  g_test_add_func ("/detectors/numeric/compatible", test_numeric_compatible);
  g_test_add_func ("/detectors/numeric/other-quantity", test_numeric_other_quantity);
  g_test_add_func ("/detectors/numeric/corroboration", test_numeric_corroboration);
  g_test_add_func ("/detectors/numeric/amounts-and-counts", test_numeric_amounts_and_counts);
  g_test_add_func ("/detectors/numeric/amounts-compatible", test_numeric_amounts_compatible);
  g_test_add_func ("/detectors/corroboration/conflicting-facts", test_corroboration_conflicting_facts);
  g_test_add_func ("/detectors/temporal/contact", test_temporal_contact);
  g_test_add_func ("/detectors/temporal/two-calls", test_temporal_two_calls);
  g_test_add_func ("/detectors/temporal/relative", test_temporal_relative);
  g_test_add_func ("/detectors/temporal/relative-consistent", test_temporal_relative_consistent);
  g_test_add_func ("/detectors/temporal/weekday-date", test_temporal_weekday_date);
  g_test_add_func ("/detectors/temporal/strike-kinds", test_temporal_strike_kinds);
  g_test_add_func ("/detectors/temporal/unbound-date", test_temporal_unbound_date);
  g_test_add_func ("/detectors/retraction/retracted", test_retraction);
  g_test_add_func ("/detectors/retraction/other-claim", test_retraction_other_claim);
  g_test_add_func ("/detectors/retraction/previous-sentence", test_retraction_previous_sentence);
  g_test_add_func ("/detectors/retraction/denial", test_retraction_denial);
  g_test_add_func ("/detectors/retraction/no-evidence", test_retraction_no_evidence);
  g_test_add_func ("/detectors/quote-variant/words", test_quote_variant);
  g_test_add_func ("/detectors/quote-variant/trivial", test_quote_trivial);
  g_test_add_func ("/detectors/quote-variant/numbers", test_quote_numbers);
  g_test_add_func ("/detectors/quote-variant/loose", test_quote_loose_variant);
  g_test_add_func ("/detectors/omission/parallel", test_omission_parallel);
  g_test_add_func ("/detectors/omission/swap-only", test_omission_swap_only);
  g_test_add_func ("/detectors/omission/truncated-quote", test_omission_truncated_quote);
  g_test_add_func ("/detectors/stance/one-side", test_stance_one_side);
  g_test_add_func ("/detectors/stance/two-sides", test_stance_two_sides);
  g_test_add_func ("/detectors/stance/go-and-stop", test_stance_go_and_stop);
  g_test_add_func ("/detectors/stance/negated-go", test_stance_negated_go);
  g_test_add_func ("/detectors/stance/go-stop-one-speaker", test_stance_go_stop_one_speaker);
  g_test_add_func ("/detectors/stance/go-stop-one-country", test_stance_go_stop_one_country);
  g_test_add_func ("/detectors/stance/go-stop-two-governments", test_stance_go_stop_two_governments);
  g_test_add_func ("/detectors/attribution/relay", test_attribution_relay);
  g_test_add_func ("/detectors/attribution/confirmed", test_attribution_confirmed);
  g_test_add_func ("/detectors/attribution/hedge", test_attribution_hedge);
  g_test_add_func ("/detectors/attribution/hedge-both", test_attribution_hedge_both);
  g_test_add_func ("/detectors/negation/negated", test_negation);
  g_test_add_func ("/detectors/negation/antonym", test_negation_antonym);
  g_test_add_func ("/detectors/negation/other-actor", test_negation_other_actor);
  g_test_add_func ("/detectors/corroboration/passage", test_corroboration);
  g_test_add_func ("/detectors/corroboration/reworded-quote", test_corroboration_reworded_quote);
  g_test_add_func ("/detectors/ranking/no-duplicates", test_no_duplicates);
  g_test_add_func ("/detectors/ranking/stance-first", test_ranking);
  g_test_add_func ("/detectors/input/empty-and-odd", test_empty_and_odd_input);
  g_test_add_func ("/detectors/scale", test_scale);

  return g_test_run ();
}
