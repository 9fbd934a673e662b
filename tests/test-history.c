/* test-history.c: undo and redo of reviews and corrections.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "project-test-common.h"

typedef struct
{
  ReadoutCorpus    *corpus;
  ReadoutProject   *project;
  ReadoutDecisions *decisions;
  ReadoutHistory   *history;
  guint             can_undo_notified;
  guint             can_redo_notified;
} Fixture;

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->corpus = test_corpus_new ();
  fixture->project = readout_project_new (fixture->corpus);
  fixture->decisions = readout_project_get_decisions (fixture->project);
  fixture->history = readout_history_new (fixture->decisions);
  g_signal_connect (fixture->history, "notify::can-undo", G_CALLBACK (on_notify), &fixture->can_undo_notified);
  g_signal_connect (fixture->history, "notify::can-redo", G_CALLBACK (on_notify), &fixture->can_redo_notified);
  test_analyze (fixture->corpus);
  g_assert_nonnull (test_find_statement (fixture->corpus, "no role for outside"));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->corpus);
}

static void
undo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (readout_history_undo (fixture->history, &error));
  g_assert_no_error (error);
}

static void
redo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (readout_history_redo (fixture->history, &error));
  g_assert_no_error (error);
}

static void
correct (Fixture           *fixture,
         ReadoutCorrection *correction)
{
  g_autoptr(ReadoutCorrection) owned = correction;
  g_autoptr(GError) error = NULL;

  g_assert_true (readout_decisions_add_correction (fixture->decisions, owned, &error));
  g_assert_no_error (error);
}

static ReadoutReviewState
review_of (Fixture    *fixture,
           const char *summary)
{
  ReadoutContradiction *contradiction = test_finding (fixture->corpus, summary);

  g_assert_nonnull (contradiction);
  return readout_contradiction_get_review (contradiction);
}

static void
test_review_undo_redo (Fixture       *fixture,
                       gconstpointer  data)
{
  ReadoutContradiction *warning = test_finding (fixture->corpus, "Border warning");
  g_autoptr(GError) error = NULL;

  g_assert_false (readout_history_get_can_undo (fixture->history));
  g_assert_false (readout_history_undo (fixture->history, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  /* A panel sets the review on the model object; the history sees it. */
  readout_contradiction_set_review (warning, READOUT_REVIEW_CONFIRMED);
  g_assert_true (readout_history_get_can_undo (fixture->history));
  g_assert_cmpstr (readout_history_get_undo_label (fixture->history), ==, "Confirm Contradiction");
  g_assert_cmpuint (fixture->can_undo_notified, ==, 1);

  undo (fixture);
  g_assert_cmpint (readout_contradiction_get_review (warning), ==, READOUT_REVIEW_UNREVIEWED);
  g_assert_false (readout_history_get_can_undo (fixture->history));
  g_assert_true (readout_history_get_can_redo (fixture->history));
  g_assert_cmpuint (fixture->can_undo_notified, ==, 2);
  g_assert_cmpuint (fixture->can_redo_notified, ==, 1);
  /* Undo did not record itself. */
  g_assert_cmpstr (readout_history_get_redo_label (fixture->history), ==, "Confirm Contradiction");

  redo (fixture);
  g_assert_cmpint (readout_contradiction_get_review (warning), ==, READOUT_REVIEW_CONFIRMED);
  g_assert_false (readout_history_get_can_redo (fixture->history));
  {
    g_autofree char *key = readout_contradiction_dup_key (warning);
    g_assert_cmpint (readout_decisions_lookup_review (fixture->decisions, key, NULL), ==,
                     READOUT_REVIEW_CONFIRMED);
  }
}

static void
test_new_action_clears_redo (Fixture       *fixture,
                             gconstpointer  data)
{
  ReadoutContradiction *warning = test_finding (fixture->corpus, "Border warning");
  ReadoutContradiction *talks = test_finding (fixture->corpus, "Talks");

  readout_contradiction_set_review (warning, READOUT_REVIEW_CONFIRMED);
  readout_contradiction_set_review (talks, READOUT_REVIEW_DISMISSED);
  undo (fixture);
  g_assert_true (readout_history_get_can_redo (fixture->history));

  readout_contradiction_set_review (warning, READOUT_REVIEW_DISMISSED);
  g_assert_false (readout_history_get_can_redo (fixture->history));
  g_assert_cmpint (readout_contradiction_get_review (talks), ==, READOUT_REVIEW_UNREVIEWED);

  undo (fixture);
  g_assert_cmpint (readout_contradiction_get_review (warning), ==, READOUT_REVIEW_CONFIRMED);
  undo (fixture);
  g_assert_cmpint (readout_contradiction_get_review (warning), ==, READOUT_REVIEW_UNREVIEWED);
  g_assert_false (readout_history_get_can_undo (fixture->history));
}

static void
test_note_typing_is_one_step (Fixture       *fixture,
                              gconstpointer  data)
{
  ReadoutContradiction *warning = test_finding (fixture->corpus, "Border warning");

  readout_contradiction_set_note (warning, "C");
  readout_contradiction_set_note (warning, "Ch");
  readout_contradiction_set_note (warning, "Checked");
  g_assert_cmpstr (readout_history_get_undo_label (fixture->history), ==, "Edit Note");

  undo (fixture);
  g_assert_null (readout_contradiction_get_note (warning));
  g_assert_false (readout_history_get_can_undo (fixture->history));
  redo (fixture);
  g_assert_cmpstr (readout_contradiction_get_note (warning), ==, "Checked");

  /* Typing back to where it started leaves nothing to undo. */
  undo (fixture);
  readout_contradiction_set_note (warning, "x");
  readout_contradiction_set_note (warning, "");
  g_assert_false (readout_history_get_can_undo (fixture->history));
}

static void
test_speaker_undo_redo (Fixture       *fixture,
                        gconstpointer  data)
{
  ReadoutStatement *nobody = test_find_statement (fixture->corpus, "no role for outside");
  ReadoutActor *original = readout_statement_get_speaker (nobody);
  guint n_actors = g_list_model_get_n_items (readout_corpus_get_actors (fixture->corpus));

  correct (fixture, readout_correction_new_speaker (nobody, "Jane Doe", READOUT_ACTOR_PERSON, NULL));
  g_assert_cmpstr (readout_decisions_speaker_name (nobody), ==, "Jane Doe");
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_actors (fixture->corpus)), ==, n_actors + 1);
  g_assert_cmpuint (readout_actor_get_n_statements (test_find_actor (fixture->corpus, "Jane Doe")), ==, 1);

  undo (fixture);
  g_assert_true (readout_statement_get_speaker (nobody) == original);
  g_assert_null (test_find_actor (fixture->corpus, "Jane Doe"));
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_actors (fixture->corpus)), ==, n_actors);
  g_assert_cmpuint (readout_decisions_get_n_corrections (fixture->decisions), ==, 0);

  redo (fixture);
  g_assert_cmpstr (readout_decisions_speaker_name (nobody), ==, "Jane Doe");
  g_assert_cmpuint (readout_decisions_get_n_corrections (fixture->decisions), ==, 1);
}

static void
test_remove_statement_undo (Fixture       *fixture,
                            gconstpointer  data)
{
  ReadoutStatement *talks = test_find_statement (fixture->corpus, "talks were constructive");
  GListModel *statements = readout_corpus_get_statements (fixture->corpus);
  guint n_statements = g_list_model_get_n_items (statements);
  guint position;

  g_assert_true (g_list_store_find (G_LIST_STORE (statements), talks, &position));
  correct (fixture, readout_correction_new_remove_statement (talks));
  g_assert_null (test_find_statement (fixture->corpus, "talks were constructive"));
  g_assert_null (test_finding (fixture->corpus, "Talks"));
  g_assert_cmpuint (g_list_model_get_n_items (statements), ==, n_statements - 1);

  undo (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (statements), ==, n_statements);
  {
    g_autoptr(ReadoutStatement) back = g_list_model_get_item (statements, position);
    g_assert_true (back == talks);
  }
  g_assert_nonnull (test_finding (fixture->corpus, "Talks"));
}

static void
test_merge_and_rename_undo (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *khan = g_strdup (test_speaker_of (fixture->corpus, "respond firmly"));
  g_autofree char *smith = g_strdup (test_speaker_of (fixture->corpus, "no role for outside"));
  ReadoutActor *smith_actor = test_find_actor (fixture->corpus, smith);
  ReadoutActor *khan_actor = test_find_actor (fixture->corpus, khan);
  GListModel *actors = readout_corpus_get_actors (fixture->corpus);
  guint n_actors = g_list_model_get_n_items (actors);
  guint khan_statements = readout_actor_get_n_statements (khan_actor);

  correct (fixture, readout_correction_new_merge_actors (smith, khan));
  g_assert_null (test_find_actor (fixture->corpus, smith));
  g_assert_cmpstr (test_speaker_of (fixture->corpus, "no role for outside"), ==, khan);
  g_assert_true (readout_actor_has_alias (khan_actor, smith));
  g_assert_cmpuint (readout_actor_get_n_statements (khan_actor), ==, khan_statements + 1);

  correct (fixture, readout_correction_new_rename_actor (khan, "A. Khan"));
  g_assert_cmpstr (readout_actor_get_name (khan_actor), ==, "A. Khan");

  undo (fixture);
  g_assert_cmpstr (readout_actor_get_name (khan_actor), ==, khan);
  g_assert_false (readout_actor_has_alias (khan_actor, "A. Khan"));

  undo (fixture);
  g_assert_true (test_find_actor (fixture->corpus, smith) == smith_actor);
  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, n_actors);
  g_assert_cmpstr (test_speaker_of (fixture->corpus, "no role for outside"), ==, smith);
  g_assert_false (readout_actor_has_alias (khan_actor, smith));
  g_assert_cmpuint (readout_actor_get_n_statements (khan_actor), ==, khan_statements);

  redo (fixture);
  redo (fixture);
  g_assert_cmpstr (test_speaker_of (fixture->corpus, "no role for outside"), ==, "A. Khan");
}

static void
test_mixed_sequence (Fixture       *fixture,
                     gconstpointer  data)
{
  ReadoutDocument *a = readout_corpus_find_document (fixture->corpus, "d1");
  const char *text = readout_document_get_text (a);
  gsize start = strstr (text, "Officials") - text;
  gsize end = strstr (text, " on Monday") - text;
  guint n_statements = g_list_model_get_n_items (readout_corpus_get_statements (fixture->corpus));

  readout_contradiction_set_review (test_finding (fixture->corpus, "Border warning"), READOUT_REVIEW_CONFIRMED);
  correct (fixture, readout_correction_new_add_statement (a, start, end, "Ministry of Defence",
                                                          READOUT_ACTOR_ORGANIZATION, "said",
                                                          READOUT_ATTRIBUTION_INDIRECT));
  readout_contradiction_set_review (test_finding (fixture->corpus, "Talks"), READOUT_REVIEW_DISMISSED);
  g_assert_nonnull (test_find_statement (fixture->corpus, "Officials from both"));

  undo (fixture);
  undo (fixture);
  undo (fixture);
  g_assert_cmpint (review_of (fixture, "Border warning"), ==, READOUT_REVIEW_UNREVIEWED);
  g_assert_cmpint (review_of (fixture, "Talks"), ==, READOUT_REVIEW_UNREVIEWED);
  g_assert_null (test_find_statement (fixture->corpus, "Officials from both"));
  g_assert_null (test_find_actor (fixture->corpus, "Ministry of Defence"));
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_statements (fixture->corpus)), ==, n_statements);
  g_assert_cmpuint (readout_decisions_get_n_reviews (fixture->decisions), ==, 0);

  redo (fixture);
  redo (fixture);
  redo (fixture);
  g_assert_cmpint (review_of (fixture, "Border warning"), ==, READOUT_REVIEW_CONFIRMED);
  g_assert_cmpint (review_of (fixture, "Talks"), ==, READOUT_REVIEW_DISMISSED);
  g_assert_cmpstr (test_speaker_of (fixture->corpus, "Officials from both"), ==, "Ministry of Defence");
  g_assert_false (readout_history_get_can_redo (fixture->history));
}

static void
test_undo_after_reanalysis (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *smith = g_strdup (test_speaker_of (fixture->corpus, "no role for outside"));

  correct (fixture, readout_correction_new_speaker (test_find_statement (fixture->corpus, "no role for outside"),
                                                    "Jane Doe", READOUT_ACTOR_PERSON, NULL));
  readout_contradiction_set_review (test_finding (fixture->corpus, "Border warning"), READOUT_REVIEW_DISMISSED);

  /* A new analysis replaces every object; the decisions come back and stay undoable. */
  test_analyze (fixture->corpus);
  g_assert_cmpstr (test_speaker_of (fixture->corpus, "no role for outside"), ==, "Jane Doe");
  g_assert_cmpint (review_of (fixture, "Border warning"), ==, READOUT_REVIEW_DISMISSED);

  undo (fixture);
  g_assert_cmpint (review_of (fixture, "Border warning"), ==, READOUT_REVIEW_UNREVIEWED);
  undo (fixture);
  g_assert_cmpstr (test_speaker_of (fixture->corpus, "no role for outside"), ==, smith);
  g_assert_null (test_find_actor (fixture->corpus, "Jane Doe"));

  /* And undone decisions stay undone after the next analysis. */
  test_analyze (fixture->corpus);
  g_assert_cmpstr (test_speaker_of (fixture->corpus, "no role for outside"), ==, smith);
  g_assert_cmpint (review_of (fixture, "Border warning"), ==, READOUT_REVIEW_UNREVIEWED);
}

static void
test_clear (Fixture       *fixture,
            gconstpointer  data)
{
  readout_contradiction_set_review (test_finding (fixture->corpus, "Border warning"), READOUT_REVIEW_CONFIRMED);
  undo (fixture);
  readout_contradiction_set_review (test_finding (fixture->corpus, "Talks"), READOUT_REVIEW_CONFIRMED);
  readout_history_clear (fixture->history);
  g_assert_false (readout_history_get_can_undo (fixture->history));
  g_assert_false (readout_history_get_can_redo (fixture->history));
  g_assert_null (readout_history_get_undo_label (fixture->history));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  test_install_detector ();

#define ADD(path, func) \
  g_test_add ("/history/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("review-undo-redo", test_review_undo_redo);
  ADD ("new-action-clears-redo", test_new_action_clears_redo);
  ADD ("note-typing-is-one-step", test_note_typing_is_one_step);
  ADD ("speaker-undo-redo", test_speaker_undo_redo);
  ADD ("remove-statement-undo", test_remove_statement_undo);
  ADD ("merge-and-rename-undo", test_merge_and_rename_undo);
  ADD ("mixed-sequence", test_mixed_sequence);
  ADD ("undo-after-reanalysis", test_undo_after_reanalysis);
  ADD ("clear", test_clear);
#undef ADD

  return g_test_run ();
}
