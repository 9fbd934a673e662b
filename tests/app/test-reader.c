/* test-reader.c: the source reader's page and its web view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "readout.h"
#include "readout-reader.h"
#include "readout-reader-private.h"

#define QUOTE_A "The talks were productive and we expect a ceasefire within days"
#define QUOTE_B "Nobody has authorised any strike on civilian targets at all"

/* Helpers */

static ReadoutDocument *
make_document (const char *outlet,
               const char *title,
               const char *text)
{
  ReadoutDocument *document = readout_document_new ();

  readout_document_set_outlet (document, outlet);
  readout_document_set_title (document, title);
  readout_document_set_published (document, "2025-05-01");
  readout_document_set_byline (document, "By Jane Reporter");
  readout_document_set_text (document, text);
  return document;
}

/* Two outlets reporting the same quote, one with a second speaker. */
static ReadoutCorpus *
make_corpus (void)
{
  ReadoutCorpus *corpus = readout_corpus_new ();
  g_autoptr(ReadoutDocument) first = NULL;
  g_autoptr(ReadoutDocument) second = NULL;
  g_autoptr(GError) error = NULL;

  first = make_document ("Daily Café", "Talks <b>resume</b> in Geneva",
                         "Delegations met in Geneva on Tuesday for a third round.\n"
                         "“" QUOTE_A ",” Maria Lopez said.\n"
                         "“" QUOTE_B ",” John Smith said on Wednesday.\n"
                         "Observers said little had changed 😀 since the spring.");
  second = make_document ("Evening Post", "Geneva talks",
                          "The talks went on for a third day.\n"
                          "“" QUOTE_A ",” Maria Lopez said.");
  readout_corpus_add_document (corpus, first);
  readout_corpus_add_document (corpus, second);
  g_assert_true (readout_corpus_analyze (corpus, NULL, &error));
  g_assert_no_error (error);
  return corpus;
}

static char *
unescape (const char *text,
          gsize       length)
{
  static const struct { const char *entity; const char *text; } entities[] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
    { "&#39;", "'" }, { "&#13;", "\r" },
  };
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < length;)
    {
      gboolean found = FALSE;

      for (guint e = 0; e < G_N_ELEMENTS (entities); e++)
        {
          gsize n = strlen (entities[e].entity);

          if (i + n <= length && strncmp (text + i, entities[e].entity, n) == 0)
            {
              g_string_append (out, entities[e].text);
              i += n;
              found = TRUE;
              break;
            }
        }
      if (!found)
        g_string_append_c (out, text[i++]);
    }
  return g_string_free (out, FALSE);
}

/* Checks that every segment's text is the document's text at its data-b offset, and returns
 * the number of segments. */
static guint
check_segments (ReadoutDocument *document,
                const char      *html)
{
  g_autoptr(GRegex) regex = g_regex_new ("<(span|mark)[^>]*data-b=\"([0-9]+)\"[^>]*>([^<]*)</\\1>",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  const char *text = readout_document_get_text (document);
  guint n = 0;

  g_regex_match (regex, html, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *offset = g_match_info_fetch (match, 2);
      g_autofree char *content = g_match_info_fetch (match, 3);
      g_autofree char *plain = unescape (content, strlen (content));
      gsize start = g_ascii_strtoull (offset, NULL, 10);

      g_assert_cmpuint (start + strlen (plain), <=, readout_document_get_length (document));
      g_assert_cmpint (strncmp (text + start, plain, strlen (plain)), ==, 0);
      n++;
      g_match_info_next (match, NULL);
    }
  return n;
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Page tests, no web view */

static void
test_page_escapes (void)
{
  g_autoptr(ReadoutDocument) document = NULL;
  g_autofree char *html = NULL;
  ReadoutReaderPageOptions options = { 0 };

  document = make_document ("Tom & Jerry's <i>News</i>", "A <script>alert(2)</script> title",
                            "Before <script>alert(1)</script> after & \"quoted\" 'single'.\r\n"
                            "<img src=\"http://example.com/x.png\" onerror=\"alert(3)\">");
  options.nonce = "testnonce";
  html = readout_reader_build_html (document, &options);

  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<img"));
  g_assert_null (strstr (html, "<i>News"));
  g_assert_nonnull (strstr (html, "Tom &amp; Jerry&#39;s &lt;i&gt;News&lt;/i&gt;"));
  g_assert_nonnull (strstr (html, "A &lt;script&gt;alert(2)&lt;/script&gt; title"));
  /* A strict policy, with our style allowed by its nonce only. */
  g_assert_nonnull (strstr (html, "default-src 'none'"));
  g_assert_nonnull (strstr (html, "script-src 'none'"));
  g_assert_nonnull (strstr (html, "style-src 'nonce-testnonce'"));
  g_assert_nonnull (strstr (html, "<style nonce=\"testnonce\">"));
  g_assert_cmpuint (check_segments (document, html), >, 0);
  /* Metadata in the header, the date for people. */
  g_assert_nonnull (strstr (html, ">1 May 2025</time>"));
  g_assert_nonnull (strstr (html, "By Jane Reporter"));
}

static void
test_page_bad_nonce (void)
{
  g_autoptr(ReadoutDocument) document = make_document (NULL, NULL, "Some text.");
  ReadoutReaderPageOptions options = { 0 };
  g_autofree char *html = NULL;

  /* A nonce that could break out of the attribute is replaced by a fresh one. */
  options.nonce = "x\"><script>";
  html = readout_reader_build_html (document, &options);
  g_assert_null (strstr (html, "<script>"));
  g_assert_nonnull (strstr (html, "<style nonce=\""));
  /* No title: the display name stands in; no metadata is fine. */
  g_assert_nonnull (strstr (html, "<h1"));
  g_clear_pointer (&html, g_free);

  /* A date without a year, and one that is no date at all. */
  readout_document_set_published (document, "--05-01");
  html = readout_reader_build_html (document, &options);
  g_assert_nonnull (strstr (html, ">1 May</time>"));
  g_clear_pointer (&html, g_free);
  readout_document_set_published (document, "<yesterday>");
  html = readout_reader_build_html (document, &options);
  g_assert_nonnull (strstr (html, ">&lt;yesterday&gt;</time>"));
}

static ReadoutAttribution *
add_attribution (GListStore       *statements,
                 ReadoutActor     *speaker,
                 ReadoutDocument  *document,
                 const char       *id,
                 const char       *words,
                 ReadoutAttributionKind kind)
{
  const char *text = readout_document_get_text (document);
  const char *found = strstr (text, words);
  g_autoptr(ReadoutStatement) statement = readout_statement_new (speaker);
  g_autoptr(ReadoutAttribution) attribution = NULL;

  g_assert_nonnull (found);
  attribution = readout_attribution_new (document, found - text, found - text + strlen (words), kind);
  readout_attribution_set_cue (attribution, "said");
  readout_statement_set_id (statement, id);
  readout_statement_add_attribution (statement, attribution);
  readout_statement_set_content (statement, words);
  g_list_store_append (statements, statement);
  return attribution;
}

static void
test_page_overlapping_spans (void)
{
  g_autoptr(ReadoutDocument) document = NULL;
  g_autoptr(GListStore) statements = g_list_store_new (READOUT_TYPE_STATEMENT);
  g_autoptr(ReadoutActor) alice = readout_actor_new ("Alice Moreau", READOUT_ACTOR_PERSON);
  g_autoptr(ReadoutActor) bob = readout_actor_new ("Bob <Evil> Stone", READOUT_ACTOR_PERSON);
  g_autoptr(ReadoutContradiction) contradiction = NULL;
  g_autoptr(ReadoutEvidence) evidence = NULL;
  ReadoutReaderPageOptions options = { 0 };
  g_autofree char *html = NULL;
  const char *text;

  document = make_document ("Outlet", "Title",
                            "Alice said the café “will reopen on Monday after the inspection” today.\n"
                            "Bob said 😀 the inspection “never happened” and Alice disagreed.");
  text = readout_document_get_text (document);
  /* Nested (the quote inside the reported clause), crossing (across a paragraph end). */
  add_attribution (statements, alice, document, "s1",
                   "the café “will reopen on Monday after the inspection” today",
                   READOUT_ATTRIBUTION_INDIRECT);
  add_attribution (statements, alice, document, "s2", "will reopen on Monday", READOUT_ATTRIBUTION_DIRECT);
  add_attribution (statements, bob, document, "s3", "today.\nBob said 😀 the",
                   READOUT_ATTRIBUTION_MIXED);
  contradiction = readout_contradiction_new (READOUT_CONTRADICTION_STANCE, "Inspection", 0.8);
  evidence = readout_evidence_new (document, strstr (text, "never") - text,
                                   strstr (text, "never") - text + strlen ("never happened"));
  readout_contradiction_add_evidence (contradiction, evidence);

  options.statements = G_LIST_MODEL (statements);
  options.evidence_of = contradiction;
  options.theme = READOUT_READER_THEME_DARK;
  html = readout_reader_build_html (document, &options);

  /* Every attribution starts once; the evidence too. */
  g_assert_cmpuint (count_occurrences (html, "id=\"att-"), ==, 3);
  g_assert_cmpuint (count_occurrences (html, "id=\"ev-0\""), ==, 1);
  g_assert_cmpuint (count_occurrences (html, "<div id=\"card-"), ==, 3);
  g_assert_nonnull (strstr (html, "hl direct"));
  g_assert_nonnull (strstr (html, "hl indirect"));
  g_assert_nonnull (strstr (html, "hl mixed"));
  g_assert_nonnull (strstr (html, " nested"));
  g_assert_nonnull (strstr (html, "ev ev-current"));
  g_assert_nonnull (strstr (html, "data-s=\"s2\""));
  g_assert_nonnull (strstr (html, "<html class=\"dark\">"));
  /* Speaker names are escaped in the hover cards. */
  g_assert_nonnull (strstr (html, "Bob &lt;Evil&gt; Stone"));
  g_assert_null (strstr (html, "<Evil>"));
  /* Segments reproduce the text exactly at their byte offsets, whatever the nesting. */
  g_assert_cmpuint (check_segments (document, html), >=, 8);
}

static void
test_page_highlights_analysis (void)
{
  g_autoptr(ReadoutCorpus) corpus = make_corpus ();
  GListModel *documents = readout_corpus_get_documents (corpus);
  guint n_documents = g_list_model_get_n_items (documents);
  guint total = 0;

  for (guint i = 0; i < n_documents; i++)
    {
      g_autoptr(ReadoutDocument) document = g_list_model_get_item (documents, i);
      g_autoptr(GPtrArray) attributions = NULL;
      ReadoutReaderPageOptions options = { 0 };
      g_autofree char *html = NULL;

      options.statements = readout_corpus_get_statements (corpus);
      attributions = readout_reader_collect_attributions (document, options.statements);
      html = readout_reader_build_html (document, &options);

      g_assert_cmpuint (count_occurrences (html, "id=\"att-"), ==, attributions->len);
      for (guint a = 0; a < attributions->len; a++)
        {
          ReadoutStatement *statement = readout_attribution_get_statement (g_ptr_array_index (attributions, a));
          g_autofree char *needle = g_strdup_printf ("data-s=\"%s\"", readout_statement_get_id (statement));

          g_assert_nonnull (strstr (html, needle));
        }
      check_segments (document, html);
      total += attributions->len;
    }
  /* The three quotes with "NAME said" are found by any attribution engine. */
  g_assert_cmpuint (total, >=, 3);
}

static void
test_offset_mapping (void)
{
  /* “ is 3 bytes and 1 UTF-16 unit, é 2 bytes and 1 unit, 😀 4 bytes and 2 units. */
  const char *text = "“Olé” 😀 x";
  gsize length = strlen (text);
  const char *x = strstr (text, "x");

  g_assert_cmpuint (readout_reader_utf16_to_byte (text, length, 0, 0), ==, 0);
  g_assert_cmpuint (readout_reader_utf16_to_byte (text, length, 0, 1), ==, 3);
  g_assert_cmpuint (readout_reader_utf16_to_byte (text, length, 0, 4), ==, strlen ("“Olé"));
  g_assert_cmpuint (readout_reader_utf16_to_byte (text, length, 0, 6), ==, strlen ("“Olé” "));
  g_assert_cmpuint (readout_reader_utf16_to_byte (text, length, 0, 8), ==, strlen ("“Olé” 😀"));
  /* Half of a surrogate pair counts the whole character. */
  g_assert_cmpuint (readout_reader_utf16_to_byte (text, length, 0, 7), ==, strlen ("“Olé” 😀"));
  g_assert_cmpuint (readout_reader_utf16_to_byte (text, length, 0, 9), ==, (gsize)(x - text));
  /* From a segment start, and clamped at the end. */
  g_assert_cmpuint (readout_reader_utf16_to_byte (text, length, 3, 3), ==, strlen ("“Olé"));
  g_assert_cmpuint (readout_reader_utf16_to_byte (text, length, 0, 1000), ==, length);
  /* A start inside a character moves to the character's start. */
  g_assert_cmpuint (readout_reader_utf16_to_byte (text, length, 1, 0), ==, 0);

  g_assert_cmpuint (readout_reader_byte_to_utf16 (text, 0, length), ==, 10);
  for (gsize units = 0; units <= 10; units++)
    {
      gsize byte = readout_reader_utf16_to_byte (text, length, 0, units);

      if (units != 7)
        g_assert_cmpuint (readout_reader_byte_to_utf16 (text, 0, byte), ==, units);
    }
}

/* Web view tests */

typedef struct
{
  GtkWidget        *window;
  ReadoutReader    *reader;
  ReadoutCorpus    *corpus;
  ReadoutStatement *activated;
  guint             n_selection_changes;
} Fixture;

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Iterates the main loop until the condition holds, failing after 30 s. */
#define WAIT_UNTIL(condition) G_STMT_START {                                   \
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;             \
  guint ticker = g_timeout_add (20, tick, NULL);                               \
  while (!(condition))                                                         \
    {                                                                          \
      if (g_get_monotonic_time () > deadline)                                  \
        g_error ("Timed out waiting for %s", #condition);                      \
      g_main_context_iteration (NULL, TRUE);                                   \
    }                                                                          \
  g_source_remove (ticker);                                                    \
} G_STMT_END

typedef struct
{
  JSCValue *value;
  GError   *error;
  gboolean  done;
} Evaluation;

static void
evaluated (GObject      *object,
           GAsyncResult *result,
           gpointer      data)
{
  Evaluation *evaluation = data;

  evaluation->value = webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (object), result,
                                                                  &evaluation->error);
  evaluation->done = TRUE;
}

/* Runs script in the page: world NULL is the page's own world, "readout" the reader's. */
static JSCValue *
evaluate (Fixture    *fixture,
          const char *world,
          const char *script)
{
  Evaluation evaluation = { 0 };

  webkit_web_view_evaluate_javascript (readout_reader_get_web_view (fixture->reader), script, -1,
                                       world, NULL, NULL, evaluated, &evaluation);
  WAIT_UNTIL (evaluation.done);
  g_assert_no_error (evaluation.error);
  return evaluation.value;
}

static char *
evaluate_string (Fixture    *fixture,
                 const char *world,
                 const char *script)
{
  g_autoptr(JSCValue) value = evaluate (fixture, world, script);

  return jsc_value_to_string (value);
}

static gboolean
page_scroll_target_is (Fixture    *fixture,
                       const char *target)
{
  g_autofree char *found = evaluate_string (fixture, NULL, "String(document.body.dataset.scrollTo)");

  return g_strcmp0 (found, target) == 0;
}

static int
evaluate_int (Fixture    *fixture,
              const char *world,
              const char *script)
{
  g_autoptr(JSCValue) value = evaluate (fixture, world, script);

  return jsc_value_to_int32 (value);
}

static void
on_statement_activated (ReadoutReader    *reader,
                        ReadoutStatement *statement,
                        Fixture          *fixture)
{
  g_set_object (&fixture->activated, statement);
}

static void
on_selection_changed (ReadoutReader *reader,
                      Fixture       *fixture)
{
  fixture->n_selection_changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->corpus = make_corpus ();
  fixture->reader = READOUT_READER (readout_reader_new ());
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->reader));
  gtk_window_present (GTK_WINDOW (fixture->window));
  readout_reader_set_corpus (fixture->reader, fixture->corpus);
  g_signal_connect (fixture->reader, "statement-activated", G_CALLBACK (on_statement_activated), fixture);
  g_signal_connect (fixture->reader, "selection-changed", G_CALLBACK (on_selection_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->activated);
  g_clear_object (&fixture->corpus);
}

static ReadoutDocument *
corpus_document (Fixture *fixture,
                 guint    index)
{
  g_autoptr(ReadoutDocument) document = g_list_model_get_item (readout_corpus_get_documents (fixture->corpus), index);

  return document;
}

static void
show_document (Fixture         *fixture,
               ReadoutDocument *document)
{
  readout_reader_set_document (fixture->reader, document);
  g_assert_true (readout_reader_get_document (fixture->reader) == document);
  WAIT_UNTIL (!readout_reader_is_loading (fixture->reader));
}

static void
test_view_highlights_and_click (Fixture       *fixture,
                                gconstpointer  data)
{
  ReadoutDocument *document = corpus_document (fixture, 0);
  g_autoptr(GPtrArray) attributions = NULL;
  g_autofree char *statement_id = NULL;
  g_autofree char *script_type = NULL;

  show_document (fixture, document);
  attributions = readout_reader_collect_attributions (document, readout_corpus_get_statements (fixture->corpus));
  g_assert_cmpuint (attributions->len, >, 0);
  g_assert_cmpint (evaluate_int (fixture, "readout", "window.readout.highlightCount()"), ==, attributions->len);
  g_assert_cmpint (evaluate_int (fixture, NULL, "document.querySelectorAll('article [data-b]').length"), >, 0);
  /* The page's own world has no access to the reader's script. */
  script_type = evaluate_string (fixture, NULL, "typeof window.readout");
  g_assert_cmpstr (script_type, ==, "undefined");

  /* A click on a highlight selects its statement in the application. */
  statement_id = evaluate_string (fixture, NULL, "document.querySelector('mark.hl[data-s]').dataset.s");
  evaluate (fixture, NULL, "document.querySelector('mark.hl[data-s]').click(); true");
  WAIT_UNTIL (fixture->activated != NULL);
  g_assert_cmpstr (readout_statement_get_id (fixture->activated), ==, statement_id);
}

static void
test_view_selection (Fixture       *fixture,
                     gconstpointer  data)
{
  ReadoutDocument *document = corpus_document (fixture, 0);
  const char *text = readout_document_get_text (document);
  gsize start = 0, end = 0;

  show_document (fixture, document);
  g_assert_false (readout_reader_get_selection (fixture->reader, &start, &end));

  /* "changed" comes after an emoji and curly quotes in the text before it. */
  evaluate (fixture, NULL,
            "(() => {"
            "  const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);"
            "  let node;"
            "  while ((node = walker.nextNode()) && node.data.indexOf('changed') < 0);"
            "  const at = node.data.indexOf('changed');"
            "  const range = document.createRange();"
            "  range.setStart(node, at);"
            "  range.setEnd(node, at + 'changed 😀'.length);"
            "  window.getSelection().removeAllRanges();"
            "  window.getSelection().addRange(range);"
            "  return true;"
            "})()");
  WAIT_UNTIL (readout_reader_get_selection (fixture->reader, &start, &end));
  g_assert_cmpuint (end - start, ==, strlen ("changed 😀"));
  g_assert_cmpint (strncmp (text + start, "changed 😀", end - start), ==, 0);

  /* A selection from the first paragraph into the quote of the second one. */
  fixture->n_selection_changes = 0;
  evaluate (fixture, NULL,
            "(() => {"
            "  const segments = document.querySelectorAll('article [data-b]');"
            "  const first = segments[0].firstChild;"
            "  const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);"
            "  let node;"
            "  while ((node = walker.nextNode()) && node.data.indexOf('productive') < 0);"
            "  const range = document.createRange();"
            "  range.setStart(first, 0);"
            "  range.setEnd(node, node.data.indexOf('productive') + 'productive'.length);"
            "  window.getSelection().removeAllRanges();"
            "  window.getSelection().addRange(range);"
            "  return true;"
            "})()");
  WAIT_UNTIL (fixture->n_selection_changes > 0);
  g_assert_true (readout_reader_get_selection (fixture->reader, &start, &end));
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, (gsize)(strstr (text, "productive") - text) + strlen ("productive"));

  /* Clearing it. */
  fixture->n_selection_changes = 0;
  evaluate (fixture, NULL, "window.getSelection().removeAllRanges(); true");
  WAIT_UNTIL (fixture->n_selection_changes > 0);
  g_assert_false (readout_reader_get_selection (fixture->reader, &start, &end));
}

static void
test_view_select_statement_switches (Fixture       *fixture,
                                     gconstpointer  data)
{
  ReadoutDocument *first = corpus_document (fixture, 0);
  ReadoutDocument *second = corpus_document (fixture, 1);
  g_autoptr(GPtrArray) attributions = readout_reader_collect_attributions (first, readout_corpus_get_statements (fixture->corpus));
  ReadoutStatement *only_first = NULL;

  /* A statement that only the first article reports. */
  for (guint i = 0; i < attributions->len && only_first == NULL; i++)
    {
      ReadoutStatement *statement = readout_attribution_get_statement (g_ptr_array_index (attributions, i));

      if (readout_statement_get_n_documents (statement) == 1)
        only_first = statement;
    }
  g_assert_nonnull (only_first);

  show_document (fixture, second);
  readout_reader_select_statement (fixture->reader, only_first);
  g_assert_true (readout_reader_get_document (fixture->reader) == first);
  g_assert_true (readout_reader_get_selected_statement (fixture->reader) == only_first);
  WAIT_UNTIL (!readout_reader_is_loading (fixture->reader));
  WAIT_UNTIL (evaluate_int (fixture, NULL, "document.querySelectorAll('mark.hl.selected').length") > 0);

  readout_reader_select_statement (fixture->reader, NULL);
  WAIT_UNTIL (evaluate_int (fixture, NULL, "document.querySelectorAll('mark.hl.selected').length") == 0);
}

static void
test_view_evidence (Fixture       *fixture,
                    gconstpointer  data)
{
  ReadoutDocument *first = corpus_document (fixture, 0);
  ReadoutDocument *second = corpus_document (fixture, 1);
  const char *text_first = readout_document_get_text (first);
  const char *text_second = readout_document_get_text (second);
  g_autoptr(ReadoutContradiction) contradiction = readout_contradiction_new (READOUT_CONTRADICTION_DATE,
                                                                             "When was it said?", 0.7);
  g_autoptr(ReadoutEvidence) in_first = NULL;
  g_autoptr(ReadoutEvidence) in_second = NULL;
  const char *wednesday = strstr (text_first, "on Wednesday");
  const char *third_day = strstr (text_second, "a third day");

  in_first = readout_evidence_new (first, wednesday - text_first, wednesday - text_first + strlen ("on Wednesday"));
  in_second = readout_evidence_new (second, third_day - text_second, third_day - text_second + strlen ("a third day"));
  readout_contradiction_add_evidence (contradiction, in_first);
  readout_contradiction_add_evidence (contradiction, in_second);

  show_document (fixture, first);
  readout_reader_show_evidence (fixture->reader, contradiction, 1);
  g_assert_true (readout_reader_get_document (fixture->reader) == second);
  WAIT_UNTIL (!readout_reader_is_loading (fixture->reader));
  g_assert_cmpint (evaluate_int (fixture, NULL, "document.querySelectorAll('mark.ev.ev-current').length"), >, 0);
  g_assert_cmpint (evaluate_int (fixture, NULL, "document.getElementById('ev-1') ? 1 : 0"), ==, 1);

  readout_reader_show_evidence (fixture->reader, contradiction, 0);
  g_assert_true (readout_reader_get_document (fixture->reader) == first);
  WAIT_UNTIL (!readout_reader_is_loading (fixture->reader));
  g_assert_cmpint (evaluate_int (fixture, NULL, "document.getElementById('ev-0') ? 1 : 0"), ==, 1);

  readout_reader_show_evidence (fixture->reader, NULL, 0);
  WAIT_UNTIL (!readout_reader_is_loading (fixture->reader));
  g_assert_cmpint (evaluate_int (fixture, NULL, "document.querySelectorAll('mark.ev').length"), ==, 0);

  /* Switching pages faster than they load ends on the last one, opened at its evidence. */
  readout_reader_set_document (fixture->reader, second);
  for (int i = 0; i < 5; i++)
    g_main_context_iteration (NULL, FALSE);
  readout_reader_show_evidence (fixture->reader, contradiction, 0);
  WAIT_UNTIL (!readout_reader_is_loading (fixture->reader));
  g_assert_true (readout_reader_get_document (fixture->reader) == first);
  /* WebKit may report the replaced load as finished just before the last one starts, so wait
   * for the last page itself rather than for the first quiet moment. */
  WAIT_UNTIL (page_scroll_target_is (fixture, "ev-0"));
  g_assert_cmpint (evaluate_int (fixture, NULL, "document.querySelectorAll('mark.ev.ev-current').length"), >, 0);
}

static gboolean
root_class_is (Fixture    *fixture,
               const char *expected)
{
  g_autofree char *theme = evaluate_string (fixture, NULL, "document.documentElement.className");

  return g_strcmp0 (theme, expected) == 0;
}

static void
test_view_card_and_theme (Fixture       *fixture,
                          gconstpointer  data)
{
  ReadoutDocument *document = corpus_document (fixture, 0);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autofree char *card = NULL;

  show_document (fixture, document);

  /* Hovering a highlight shows its card: speaker, kind, cue, the other outlet. */
  evaluate (fixture, NULL,
            "(() => {"
            "  const marks = Array.from(document.querySelectorAll('mark.hl[data-s]'));"
            "  const mark = marks.find((m) => m.textContent.includes('productive'));"
            "  mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));"
            "  return true;"
            "})()");
  WAIT_UNTIL (evaluate_int (fixture, NULL, "document.querySelectorAll('#hovercard.visible').length") == 1);
  card = evaluate_string (fixture, NULL, "document.getElementById('hovercard').textContent");
  g_assert_nonnull (strstr (card, "Maria Lopez"));
  g_assert_nonnull (strstr (card, "Evening Post"));
  g_assert_nonnull (strstr (card, "said"));

  /* The page follows the application's dark style without reloading. */
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  WAIT_UNTIL (root_class_is (fixture, "dark"));
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  WAIT_UNTIL (root_class_is (fixture, "light"));
  g_assert_false (readout_reader_is_loading (fixture->reader));
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_view_blocks_navigation (Fixture       *fixture,
                             gconstpointer  data)
{
  WebKitWebView *web_view = readout_reader_get_web_view (fixture->reader);
  g_autofree char *uri = NULL;
  ReadoutDocument *document = corpus_document (fixture, 0);

  show_document (fixture, document);
  /* Navigation away is refused, the page and its content stay. */
  evaluate (fixture, NULL, "window.location.href = 'http://127.0.0.1:9/away'; true");
  webkit_web_view_load_uri (web_view, "http://127.0.0.1:9/elsewhere");
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_usleep (200 * 1000);
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  WAIT_UNTIL (!webkit_web_view_is_loading (web_view));
  uri = g_strdup (webkit_web_view_get_uri (web_view));
  g_assert_cmpstr (uri, ==, "about:blank");
  g_assert_cmpint (evaluate_int (fixture, NULL, "document.querySelectorAll('article p').length"), >, 0);

  /* Forgetting the document shows the empty page. */
  readout_reader_set_document (fixture->reader, NULL);
  g_assert_null (readout_reader_get_document (fixture->reader));
}

static void
test_view_reanalysis (Fixture       *fixture,
                      gconstpointer  data)
{
  ReadoutDocument *document = corpus_document (fixture, 0);
  g_autoptr(ReadoutDocument) kept = g_object_ref (document);
  g_autoptr(GError) error = NULL;

  show_document (fixture, document);
  g_assert_true (readout_corpus_analyze (fixture->corpus, NULL, &error));
  g_assert_no_error (error);
  WAIT_UNTIL (!readout_reader_is_loading (fixture->reader));
  g_assert_true (readout_reader_get_document (fixture->reader) == kept);

  /* A removed document leaves the reader. */
  readout_corpus_remove_document (fixture->corpus, kept);
  g_assert_null (readout_reader_get_document (fixture->reader));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("WEBKIT_DISABLE_COMPOSITING_MODE", "1", FALSE);

  g_test_add_func ("/reader/page/escapes", test_page_escapes);
  g_test_add_func ("/reader/page/bad-nonce", test_page_bad_nonce);
  g_test_add_func ("/reader/page/overlapping-spans", test_page_overlapping_spans);
  g_test_add_func ("/reader/page/highlights-analysis", test_page_highlights_analysis);
  g_test_add_func ("/reader/offset-mapping", test_offset_mapping);

  if (gtk_init_check ())
    {
      adw_init ();
      g_test_add ("/reader/view/highlights-and-click", Fixture, NULL,
                  fixture_set_up, test_view_highlights_and_click, fixture_tear_down);
      g_test_add ("/reader/view/selection", Fixture, NULL,
                  fixture_set_up, test_view_selection, fixture_tear_down);
      g_test_add ("/reader/view/select-statement-switches", Fixture, NULL,
                  fixture_set_up, test_view_select_statement_switches, fixture_tear_down);
      g_test_add ("/reader/view/evidence", Fixture, NULL,
                  fixture_set_up, test_view_evidence, fixture_tear_down);
      g_test_add ("/reader/view/card-and-theme", Fixture, NULL,
                  fixture_set_up, test_view_card_and_theme, fixture_tear_down);
      g_test_add ("/reader/view/blocks-navigation", Fixture, NULL,
                  fixture_set_up, test_view_blocks_navigation, fixture_tear_down);
      g_test_add ("/reader/view/reanalysis", Fixture, NULL,
                  fixture_set_up, test_view_reanalysis, fixture_tear_down);
    }
  else
    g_test_message ("No display: the web view tests are skipped");

  return g_test_run ();
}
