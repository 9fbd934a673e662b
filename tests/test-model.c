/* test-model.c: the object model: properties, notifications and list signals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "readout.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  *count += added;
}

static void
test_document_properties (void)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  const ReadoutSpan *paragraphs;
  guint n, notified = 0;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *slice = NULL;

  g_signal_connect (document, "notify::title", G_CALLBACK (count_notify), &notified);
  readout_document_set_title (document, "A headline");
  readout_document_set_title (document, "A headline");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (readout_document_get_title (document), ==, "A headline");

  readout_document_set_text (document, "First para.\n\n  Second “para”.  \n");
  paragraphs = readout_document_get_paragraphs (document, &n);
  g_assert_cmpuint (n, ==, 2);
  slice = readout_document_dup_slice (document, paragraphs[1].start, paragraphs[1].end);
  g_assert_cmpstr (slice, ==, "Second “para”.");

  readout_document_set_published (document, "2025-05-01");
  date = readout_document_dup_published_date (document);
  g_assert_nonnull (date);
  g_assert_cmpint (g_date_time_get_month (date), ==, 5);

  readout_document_set_outlet (document, "The Wire");
  g_assert_cmpstr (readout_document_get_display_name (document), ==, "The Wire");
}

static void
test_document_display (void)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autofree char *title = NULL;
  g_autofree char *short_title = NULL;
  g_autofree char *full_date = NULL;
  g_autofree char *partial_date = NULL;
  g_autofree char *no_date = NULL;

  readout_document_set_text (document, "The US has nudged India and Pakistan to work with each other to "
                                       "de-escalate tensions.\nSecond paragraph.");
  title = readout_document_dup_display_title (document);
  g_assert_cmpstr (title, ==, "The US has nudged India and Pakistan to work with…");
  readout_document_set_text (document, "Short opening line.\nMore.");
  short_title = readout_document_dup_display_title (document);
  g_assert_cmpstr (short_title, ==, "Short opening line");

  g_assert_null ((no_date = readout_document_dup_display_date (document, FALSE)));
  readout_document_set_published (document, "--05-01");
  partial_date = readout_document_dup_display_date (document, FALSE);
  g_assert_cmpstr (partial_date, ==, "1 May");
  readout_document_set_published (document, "2025-05-01");
  full_date = readout_document_dup_display_date (document, FALSE);
  g_assert_cmpstr (full_date, ==, "1 May 2025");
}

static void
test_actor_aliases (void)
{
  g_autoptr(ReadoutActor) country = readout_actor_new ("United States", READOUT_ACTOR_COUNTRY);
  g_autoptr(ReadoutActor) actor = readout_actor_new ("Marco Rubio", READOUT_ACTOR_PERSON);
  guint notified = 0;

  g_signal_connect (actor, "notify::aliases", G_CALLBACK (count_notify), &notified);
  g_assert_true (readout_actor_add_alias (actor, "Rubio"));
  g_assert_false (readout_actor_add_alias (actor, "rubio"));
  g_assert_false (readout_actor_add_alias (actor, "Marco Rubio"));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (readout_actor_has_alias (actor, "RUBIO"));
  g_assert_cmpstrv (readout_actor_get_aliases (actor), ((const char *[]) { "Rubio", NULL }));

  g_assert_true (readout_actor_add_role (actor, "US secretary of state"));
  readout_actor_set_affiliation (actor, country);
  g_assert_true (readout_actor_get_root_affiliation (actor) == country);
  /* No cycles. */
  readout_actor_set_affiliation (country, actor);
  g_assert_null (readout_actor_get_affiliation (country));
  g_assert_cmpstr (readout_actor_kind_to_string (READOUT_ACTOR_ORGANIZATION), ==, "organization");
}

static void
test_statement_attributions (void)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(ReadoutActor) speaker = readout_actor_new ("Pete Hegseth", READOUT_ACTOR_PERSON);
  g_autoptr(ReadoutActor) relay = readout_actor_new ("Rajnath Singh", READOUT_ACTOR_PERSON);
  g_autoptr(ReadoutStatement) statement = readout_statement_new (speaker);
  g_autoptr(ReadoutAttribution) attribution = NULL;
  guint added = 0;

  readout_document_set_text (document, "Singh said that Hegseth said “we stand with you”.");
  {
    const char *text = readout_document_get_text (document);
    gsize start = strstr (text, "we stand") - text;

    attribution = readout_attribution_new (document, start, start + strlen ("we stand with you"),
                                           READOUT_ATTRIBUTION_DIRECT);
  }
  readout_attribution_set_reported_by (attribution, relay);
  readout_attribution_set_cue (attribution, "said");

  g_signal_connect (readout_statement_get_attributions (statement), "items-changed",
                    G_CALLBACK (count_items_changed), &added);
  readout_statement_add_attribution (statement, attribution);
  readout_statement_add_attribution (statement, attribution);
  g_assert_cmpuint (added, ==, 1);
  g_assert_true (readout_attribution_get_statement (attribution) == statement);
  g_assert_true (readout_attribution_get_speaker (attribution) == speaker);
  g_assert_cmpstr (readout_attribution_get_text (attribution), ==, "we stand with you");
  g_assert_cmpstr (readout_statement_get_cue (statement), ==, "said");
  g_assert_cmpuint (readout_statement_get_n_documents (statement), ==, 1);

  /* Out-of-range spans are clamped to the text. */
  readout_attribution_set_span (attribution, 40, 4000);
  g_assert_cmpuint (readout_attribution_get_end (attribution), ==, readout_document_get_length (document));
}

/* Setting a document's content from its own text and paragraphs keeps them (no use after
 * free: the old ones are released only after the copy). */
static void
test_document_content_from_itself (void)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  const ReadoutSpan spans[] = { { 0, 10 }, { 12, 30 } };
  const ReadoutSpan *own;
  guint n = 0;

  readout_document_set_content (document, "First one.\n\nThe second paragraph.", spans, G_N_ELEMENTS (spans));
  own = readout_document_get_paragraphs (document, &n);
  readout_document_set_content (document, readout_document_get_text (document), own, n);
  g_assert_cmpstr (readout_document_get_text (document), ==, "First one.\n\nThe second paragraph.");
  own = readout_document_get_paragraphs (document, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (own[1].start, ==, 12);
  g_assert_cmpuint (own[1].end, ==, 30);
}

/* A statement keeps its attributions and addressees in arrays and makes the list models only
 * when asked; both views must agree, before and after the models exist. Its content is the
 * first attribution's text, normalized when first asked for, and stays what it was. */
static void
test_statement_lazy_parts (void)
{
  g_autoptr(ReadoutDocument) first = readout_document_new ();
  g_autoptr(ReadoutDocument) second = readout_document_new ();
  g_autoptr(ReadoutActor) speaker = readout_actor_new ("Lena Varga", READOUT_ACTOR_PERSON);
  g_autoptr(ReadoutActor) addressee = readout_actor_new ("Tomas Reed", READOUT_ACTOR_PERSON);
  g_autoptr(ReadoutStatement) statement = readout_statement_new (speaker);
  g_autoptr(ReadoutAttribution) a = NULL;
  g_autoptr(ReadoutAttribution) b = NULL;
  g_autoptr(ReadoutAttribution) c = NULL;
  GListModel *model;
  guint changed = 0;

  readout_document_set_text (first, "Varga said the border “will  stay open”.");
  readout_document_set_text (second, "The border will stay open, Varga said. Varga repeated it.");
  a = readout_attribution_new (first, 11, strlen ("Varga said the border “will  stay open”"), READOUT_ATTRIBUTION_MIXED);
  b = readout_attribution_new (second, 0, strlen ("The border will stay open"), READOUT_ATTRIBUTION_INDIRECT);
  c = readout_attribution_new (second, 39, 57, READOUT_ATTRIBUTION_INDIRECT);

  readout_statement_add_attribution (statement, a);
  readout_statement_set_content_from_attribution (statement);
  readout_statement_add_attribution (statement, b);
  g_assert_cmpuint (readout_statement_get_n_attributions (statement), ==, 2);
  g_assert_cmpuint (readout_statement_get_n_documents (statement), ==, 2);

  /* The model, made now, holds what the arrays hold, in the same order. */
  model = readout_statement_get_attributions (statement);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(ReadoutAttribution) item = g_list_model_get_item (model, i);
      g_assert_true (item == readout_statement_get_attribution (statement, i));
    }
  g_signal_connect (model, "items-changed", G_CALLBACK (count_items_changed), &changed);
  readout_statement_add_attribution (statement, c);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpuint (readout_statement_get_n_documents (statement), ==, 2);

  /* Content: quotation marks and doubled spaces gone; it does not follow later edits. */
  g_assert_cmpstr (readout_statement_get_content (statement), ==, "the border will stay open");
  readout_attribution_set_span (a, 0, 5);
  readout_statement_remove_attribution (statement, a);
  g_assert_cmpstr (readout_statement_get_content (statement), ==, "the border will stay open");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpuint (readout_statement_get_n_attributions (statement), ==, 2);
  g_assert_cmpuint (readout_statement_get_n_documents (statement), ==, 1);
  readout_statement_set_content (statement, "the border stays open");
  g_assert_cmpstr (readout_statement_get_content (statement), ==, "the border stays open");

  /* An addressee is listed once, whether the list model exists yet or not. */
  readout_statement_add_addressee (statement, addressee);
  readout_statement_add_addressee (statement, addressee);
  g_assert_cmpuint (g_list_model_get_n_items (readout_statement_get_addressees (statement)), ==, 1);
  readout_statement_add_addressee (statement, addressee);
  g_assert_cmpuint (g_list_model_get_n_items (readout_statement_get_addressees (statement)), ==, 1);
}

static void
test_contradiction_review (void)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(ReadoutContradiction) contradiction =
    readout_contradiction_new (READOUT_CONTRADICTION_NUMERIC, "26 or 30 dead?", 2.0);
  g_autoptr(ReadoutEvidence) a = NULL;
  g_autoptr(ReadoutEvidence) b = NULL;
  g_autofree char *key1 = NULL;
  g_autofree char *key2 = NULL;
  guint notified = 0;

  g_assert_cmpfloat (readout_contradiction_get_confidence (contradiction), ==, 1.0);
  readout_document_set_text (document, "killing 26 people. Over 30 people died.");
  readout_document_set_path (document, "/tmp/a.txt");
  a = readout_evidence_new (document, 0, 17);
  b = readout_evidence_new (document, 19, 33);
  readout_contradiction_add_evidence (contradiction, a);
  readout_contradiction_add_evidence (contradiction, b);
  key1 = readout_contradiction_dup_key (contradiction);

  {
    g_autoptr(ReadoutContradiction) again =
      readout_contradiction_new (READOUT_CONTRADICTION_NUMERIC, "other words", 0.5);
    readout_contradiction_add_evidence (again, b);
    readout_contradiction_add_evidence (again, a);
    key2 = readout_contradiction_dup_key (again);
  }
  g_assert_cmpstr (key1, ==, key2);

  g_signal_connect (contradiction, "notify::review", G_CALLBACK (count_notify), &notified);
  readout_contradiction_set_review (contradiction, READOUT_REVIEW_DISMISSED);
  readout_contradiction_set_review (contradiction, READOUT_REVIEW_DISMISSED);
  g_assert_cmpuint (notified, ==, 1);
  readout_contradiction_set_note (contradiction, "");
  g_assert_null (readout_contradiction_get_note (contradiction));
  g_assert_cmpstr (readout_contradiction_kind_to_string (READOUT_CONTRADICTION_QUOTE_VARIANT), ==,
                   "quote-variant");
  g_assert_cmpint (readout_contradiction_kind_from_string ("date"), ==, READOUT_CONTRADICTION_DATE);
  g_assert_cmpstr (readout_review_state_to_string (READOUT_REVIEW_DISMISSED), ==, "dismissed");
}

static void
test_corpus_lists (void)
{
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(GError) error = NULL;
  guint added = 0;

  readout_document_set_text (document, "“We will not back down from this fight,” Jane Doe said on Monday.");
  g_signal_connect (readout_corpus_get_documents (corpus), "items-changed",
                    G_CALLBACK (count_items_changed), &added);
  readout_corpus_add_document (corpus, document);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpstr (readout_document_get_id (document), ==, "d1");
  g_assert_true (readout_corpus_find_document (corpus, "d1") == document);

  g_assert_true (readout_corpus_analyze (corpus, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_statements (corpus)), >=, 1);
  g_assert_cmpfloat (readout_corpus_get_progress (corpus), ==, 1.0);

  readout_corpus_clear (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_documents (corpus)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_statements (corpus)), ==, 0);
}

static void
analyze_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (readout_corpus_analyze_finish (READOUT_CORPUS (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
cancelled_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_false (readout_corpus_analyze_finish (READOUT_CORPUS (object), result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

static guint
count_attributions (GListModel *statements)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);
      n += g_list_model_get_n_items (readout_statement_get_attributions (statement));
    }
  return n;
}

static void
test_corpus_async (void)
{
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gboolean done = FALSE;

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(ReadoutDocument) document = readout_document_new ();
      readout_document_set_text (document, "“It is a long quoted sentence here,” John Smith said.");
      readout_corpus_add_document (corpus, document);
    }

  readout_corpus_analyze_async (corpus, NULL, analyze_done, &done);
  g_assert_true (readout_corpus_get_busy (corpus));
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (readout_corpus_get_busy (corpus));
  /* The same remark in three documents is one statement reported three times. */
  g_assert_cmpuint (count_attributions (readout_corpus_get_statements (corpus)), ==, 3);

  done = FALSE;
  g_cancellable_cancel (cancellable);
  readout_corpus_analyze_async (corpus, cancellable, cancelled_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  /* A cancelled run leaves the previous analysis in place. */
  g_assert_cmpuint (count_attributions (readout_corpus_get_statements (corpus)), ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/document/properties", test_document_properties);
  g_test_add_func ("/model/document/display", test_document_display);
  g_test_add_func ("/model/document/content-from-itself", test_document_content_from_itself);
  g_test_add_func ("/model/actor/aliases", test_actor_aliases);
  g_test_add_func ("/model/statement/attributions", test_statement_attributions);
  g_test_add_func ("/model/statement/lazy-parts", test_statement_lazy_parts);
  g_test_add_func ("/model/contradiction/review", test_contradiction_review);
  g_test_add_func ("/model/corpus/lists", test_corpus_lists);
  g_test_add_func ("/model/corpus/async", test_corpus_async);

  return g_test_run ();
}
