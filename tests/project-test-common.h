/* project-test-common.h: a small made-up corpus and helpers shared by test-project and
 * test-history.
 *
 * The statements come from the real engine (plain “quote,” Name said. sentences that any
 * attribution engine finds). Contradictions come from a stand-in detector hooked to
 * ::analyzed before the decisions are, so that the review tests do not depend on what the
 * real detectors find in two short texts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "readout.h"
#include "readout-decisions.h"
#include "readout-history.h"
#include "readout-project.h"

#define TEXT_A \
  "Officials from both countries met in the capital on Monday.\n" \
  "\n" \
  "“We will respond firmly to any provocation along the border,” Ahmed Khan said.\n" \
  "\n" \
  "“The talks were constructive and useful for both sides of the table,” Maria Lopez said.\n"

#define TEXT_B \
  "“We will respond firmly to any provocation along the border,” Ahmed Khan said.\n" \
  "\n" \
  "“There is no role for outside mediation in this long dispute,” John Smith said.\n"

#define TEXT_C \
  "“There is no role for outside mediation in this long dispute,” John Smith said.\n" \
  "\n" \
  "“The border crossings should reopen within a few weeks,” Maria Lopez said.\n"

static inline ReadoutDocument *
test_add_document (ReadoutCorpus *corpus,
                   const char    *text,
                   const char    *outlet,
                   const char    *path)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();

  readout_document_set_text (document, text);
  readout_document_set_outlet (document, outlet);
  readout_document_set_path (document, path);
  readout_corpus_add_document (corpus, document);
  return document;
}

static inline ReadoutStatement *
test_find_statement (ReadoutCorpus *corpus,
                     const char    *words)
{
  GListModel *statements = readout_corpus_get_statements (corpus);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);
      GListModel *attributions = readout_statement_get_attributions (statement);

      for (guint j = 0; j < g_list_model_get_n_items (attributions); j++)
        {
          g_autoptr(ReadoutAttribution) attribution = g_list_model_get_item (attributions, j);

          if (strstr (readout_attribution_get_text (attribution), words) != NULL)
            return statement;
        }
    }
  return NULL;
}

static inline ReadoutActor *
test_find_actor (ReadoutCorpus *corpus,
                 const char    *name)
{
  GListModel *actors = readout_corpus_get_actors (corpus);

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(ReadoutActor) actor = g_list_model_get_item (actors, i);

      if (g_strcmp0 (readout_actor_get_name (actor), name) == 0)
        return actor;
    }
  return NULL;
}

static inline const char *
test_speaker_of (ReadoutCorpus *corpus,
                 const char    *words)
{
  ReadoutStatement *statement = test_find_statement (corpus, words);

  g_assert_nonnull (statement);
  return readout_decisions_speaker_name (statement);
}

/* The evidence of a finding: every report of the statements with these words. */
static inline void
test_add_finding (ReadoutCorpus            *corpus,
                  GListStore               *list,
                  ReadoutContradictionKind  kind,
                  const char               *summary,
                  const char               *words)
{
  ReadoutStatement *statement = test_find_statement (corpus, words);
  g_autoptr(ReadoutContradiction) contradiction = NULL;
  GListModel *attributions;

  if (statement == NULL)
    return;
  contradiction = readout_contradiction_new (kind, summary, 0.8);
  attributions = readout_statement_get_attributions (statement);
  for (guint i = 0; i < g_list_model_get_n_items (attributions); i++)
    {
      g_autoptr(ReadoutAttribution) a = g_list_model_get_item (attributions, i);
      g_autoptr(ReadoutEvidence) evidence =
        readout_evidence_new (readout_attribution_get_document (a), readout_attribution_get_start (a),
                              readout_attribution_get_end (a));

      readout_contradiction_add_evidence (contradiction, evidence);
    }
  readout_contradiction_add_statement (contradiction, statement);
  if (readout_statement_get_speaker (statement))
    readout_contradiction_add_actor (contradiction, readout_statement_get_speaker (statement));
  g_list_store_append (list, contradiction);
}

/* Stands in for the detectors: two findings, each resting on one statement. */
static inline void
test_detector (ReadoutCorpus *corpus,
               gpointer       user_data)
{
  GListStore *contradictions = G_LIST_STORE (readout_corpus_get_contradictions (corpus));

  test_add_finding (corpus, contradictions, READOUT_CONTRADICTION_QUOTE_VARIANT,
                    "Border warning", "respond firmly");
  test_add_finding (corpus, contradictions, READOUT_CONTRADICTION_STANCE,
                    "Talks", "talks were constructive");
}

static inline gboolean
test_detector_hook (GSignalInvocationHint *hint,
                    guint                  n_params,
                    const GValue          *params,
                    gpointer               data)
{
  GObject *corpus = g_value_get_object (&params[0]);

  if (g_object_get_data (corpus, "test-detector"))
    test_detector (READOUT_CORPUS (corpus), NULL);
  return TRUE;
}

/* Call first in main(): decisions apply from an emission hook of ::analyzed that their class
 * installs, and this one must run before it, as the real detectors run before ::analyzed. */
static inline void
test_install_detector (void)
{
  GTypeClass *corpus_class = g_type_class_ref (READOUT_TYPE_CORPUS);

  g_assert_null (g_type_class_peek (READOUT_TYPE_DECISIONS));
  g_signal_add_emission_hook (g_signal_lookup ("analyzed", READOUT_TYPE_CORPUS), 0,
                              test_detector_hook, NULL, NULL);
  g_type_class_unref (corpus_class);
}

static inline void
test_corpus_use_detector (ReadoutCorpus *corpus)
{
  g_object_set_data (G_OBJECT (corpus), "test-detector", GINT_TO_POINTER (TRUE));
}

/* A corpus with documents A and B whose stand-in detector runs before any decisions apply. */
static inline ReadoutCorpus *
test_corpus_new (void)
{
  ReadoutCorpus *corpus = readout_corpus_new ();

  test_corpus_use_detector (corpus);
  test_add_document (corpus, TEXT_A, "Daily A", "/articles/a.txt");
  test_add_document (corpus, TEXT_B, "Weekly B", "/articles/b.txt");
  return corpus;
}

static inline void
test_analyze (ReadoutCorpus *corpus)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (readout_corpus_analyze (corpus, NULL, &error));
  g_assert_no_error (error);
}

static inline ReadoutContradiction *
test_finding (ReadoutCorpus *corpus,
              const char    *summary)
{
  GListModel *list = readout_corpus_get_contradictions (corpus);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ReadoutContradiction) contradiction = g_list_model_get_item (list, i);

      if (g_strcmp0 (readout_contradiction_get_summary (contradiction), summary) == 0)
        return contradiction;
    }
  return NULL;
}
