/* test-corpus-loader.c: the text loader on the development corpus: metadata, boilerplate gone,
 * the scraped duplicate dropped, exact paragraph spans, and no gold statement lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "readout.h"
#include "readout-boilerplate.h"
#include "readout-util.h"

#define N_FILES 5

static const char *files[N_FILES] = {
  "000_fde99bb8e2b0effc.txt",
  "001_ddf334acd5167ce5.txt",
  "002_7626dbbac56dbb00.txt",
  "003_4b9987e6f37c8e07.txt",
  "004_4d627964414fa845.txt",
};

static ReadoutDocument *documents[N_FILES];

static char *
corpus_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "corpus", "pahalgam-2025", name, NULL);
}

static ReadoutDocument *
document_for (const char *name)
{
  for (guint i = 0; i < N_FILES; i++)
    if (g_str_equal (files[i], name))
      return documents[i];
  return NULL;
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
}

static char *
paragraph (ReadoutDocument *document,
           guint            index)
{
  guint n;
  const ReadoutSpan *spans = readout_document_get_paragraphs (document, &n);

  g_assert_cmpuint (index, <, n);
  return readout_document_dup_slice (document, spans[index].start, spans[index].end);
}

static void
test_loads (void)
{
  for (guint i = 0; i < N_FILES; i++)
    {
      g_autofree char *path = corpus_path (files[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      documents[i] = readout_loader_load_file (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (documents[i]);
      g_assert_cmpstr (readout_document_get_path (documents[i]), ==, path);
    }
}

static void
test_titles (void)
{
  /* A headline line where the text has one; 002 and 004 start straight with the article. */
  g_assert_cmpstr (readout_document_get_title (documents[0]), ==,
                   "Conflicting Signals From US? Rubio Asks India to Engage Pakistan, Hegseth Offers ‘Strong Support’");
  g_assert_cmpstr (readout_document_get_title (documents[1]), ==,
                   "Defence Minister Rajnath Singh holds telephonic talk with US Secretary of Defence Pete Hegseth");
  g_assert_null (readout_document_get_title (documents[2]));
  g_assert_cmpstr (readout_document_get_title (documents[3]), ==,
                   "Pahalgam attack: US urges de-escalation; Rubio to speak with India, Pak foreign ministers");
  g_assert_null (readout_document_get_title (documents[4]));
}

static void
test_outlets_bylines_dates (void)
{
  /* 000 names itself (its address, "The Wire Staff", "The Wire is now on WhatsApp"); the
   * others only cite other media ("according to Newsweek", "a PTIreport said"), which must
   * not be taken for their outlet. */
  g_assert_cmpstr (readout_document_get_outlet (documents[0]), ==, "The Wire");
  for (guint i = 1; i < N_FILES; i++)
    g_assert_null (readout_document_get_outlet (documents[i]));

  g_assert_cmpstr (readout_document_get_byline (documents[0]), ==, "The Wire Staff");
  for (guint i = 1; i < N_FILES; i++)
    g_assert_null (readout_document_get_byline (documents[i]));

  /* "May 01 2025"; 001's dateline "New Delhi, May 1:" has no year and the text gives none. */
  g_assert_cmpstr (readout_document_get_published (documents[0]), ==, "2025-05-01");
  g_assert_cmpstr (readout_document_get_published (documents[1]), ==, "--05-01");
  g_assert_null (readout_document_get_published (documents[2]));
  g_assert_null (readout_document_get_published (documents[3]));
  g_assert_null (readout_document_get_published (documents[4]));
}

static void
test_boilerplate_gone (void)
{
  static const char *furniture[] = {
    "Advertisement", "Support independent journalism", "Donate Now", "For the best experience",
    "on your mobile browser", "thewire.in", "Editor's pick", "is now on WhatsApp", "tlbr_img",
    "article_Author", "whatsapp", "• fb", "You may also like", "David Beckham",
    "Celebs Go Dating", "Sheinbaum", "(Photo:", "conflicting signals from us",
    "The Wire Staff", "May 01 2025",
  };

  for (guint i = 0; i < N_FILES; i++)
    {
      const char *text = readout_document_get_text (documents[i]);

      for (guint f = 0; f < G_N_ELEMENTS (furniture); f++)
        if (strstr (text, furniture[f]) != NULL)
          g_error ("%s still has “%s”", files[i], furniture[f]);
      /* A lone name under a photo is not part of the article. */
      g_assert_null (strstr (text, "\nMarco Rubio\n"));
    }
}

static void
test_duplicates_dropped (void)
{
  const char *text4 = readout_document_get_text (documents[4]);
  const char *text0 = readout_document_get_text (documents[0]);
  const char *text3 = readout_document_get_text (documents[3]);

  /* 004 was scraped twice over: every paragraph of the repeat is gone, the subheading too. */
  g_assert_cmpuint (count_occurrences (text4, "There was no readout from the Indian side"), ==, 1);
  g_assert_cmpuint (count_occurrences (text4, "Condemn attack, revive direct talks: Rubio to Pak"), ==, 1);
  g_assert_cmpuint (count_occurrences (text4, "The two countries also plan to hold a counter-terrorism dialogue"), ==, 1);
  g_assert_cmpuint (count_occurrences (text4, "get it figured out one way or the other"), ==, 1);
  /* 000 repeats its standfirst. */
  g_assert_cmpuint (count_occurrences (text0, "Defence minister Rajnath Singh also claimed"), ==, 1);
  /* 003's summary repeats its second paragraph with other punctuation: the article's own
   * sentence stays. */
  g_assert_cmpuint (count_occurrences (text3, "them not to escalate the situation"), ==, 1);
  g_assert_nonnull (strstr (text3, "\"them not to escalate the situation.\""));

  /* No document keeps two paragraphs that differ only in case, space or punctuation. */
  for (guint i = 0; i < N_FILES; i++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      guint n;

      readout_document_get_paragraphs (documents[i], &n);
      for (guint p = 0; p < n; p++)
        {
          g_autofree char *text = paragraph (documents[i], p);
          char *key = readout_boilerplate_normalize (text, -1);

          g_assert_false (g_hash_table_contains (seen, key));
          g_hash_table_add (seen, key);
        }
    }
}

static void
test_body_boundaries (void)
{
  static const struct { guint doc; const char *first; const char *last; } expected[] = {
    { 0, "Defence minister Rajnath Singh also claimed that US defence secretary",
      "Originally published at 10:11 am on May 1" },
    { 1, "New Delhi, May 1: As tensions flare", "As diplomatic pressure mounts" },
    { 2, "The US has nudged India and Pakistan", "India on Thursday reached out to South Korea" },
    { 3, "NEW YORK: Amid rising tensions", "Yang extended his sincere condolences" },
    { 4, "NEW DELHI: The US stepped in", "Trump had strongly condemned the Pahalgam attack" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      ReadoutDocument *document = documents[expected[i].doc];
      guint n;
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;

      readout_document_get_paragraphs (document, &n);
      first = paragraph (document, 0);
      last = paragraph (document, n - 1);
      g_assert_true (g_str_has_prefix (first, expected[i].first));
      g_assert_true (g_str_has_prefix (last, expected[i].last));
    }

  /* 000: the article proper follows the standfirst; the dateline stays in the text. */
  {
    g_autofree char *second = paragraph (documents[0], 1);
    g_assert_true (g_str_has_prefix (second, "New Delhi: In a clear signal to New Delhi"));
  }
  /* Subheadings in the middle of an article are kept. */
  g_assert_nonnull (strstr (readout_document_get_text (documents[2]), "\nKorea outreach\n"));
}

static void
test_spans (void)
{
  for (guint i = 0; i < N_FILES; i++)
    {
      ReadoutDocument *document = documents[i];
      const char *text = readout_document_get_text (document);
      gsize length = readout_document_get_length (document);
      g_autofree char *path = corpus_path (files[i]);
      g_autofree char *raw = NULL;
      const ReadoutSpan *spans;
      gsize previous_end = 0;
      guint n;

      g_assert_true (g_file_get_contents (path, &raw, NULL, NULL));
      g_assert_cmpuint (strlen (text), ==, length);
      g_assert_true (g_utf8_validate (text, length, NULL));
      g_assert_null (strchr (text, '\r'));

      spans = readout_document_get_paragraphs (document, &n);
      g_assert_cmpuint (n, >, 0);
      for (guint p = 0; p < n; p++)
        {
          g_autofree char *slice = NULL;

          g_assert_cmpuint (spans[p].start, <, spans[p].end);
          g_assert_cmpuint (spans[p].end, <=, length);
          g_assert_cmpuint (spans[p].start, >=, previous_end);
          g_assert_true (readout_utf8_is_boundary (text, length, spans[p].start));
          g_assert_true (readout_utf8_is_boundary (text, length, spans[p].end));
          /* Paragraphs are the lines of the text, each one a line of the file as written. */
          g_assert_true (spans[p].start == 0 || text[spans[p].start - 1] == '\n');
          g_assert_true (spans[p].end == length || text[spans[p].end] == '\n');
          slice = readout_document_dup_slice (document, spans[p].start, spans[p].end);
          g_assert_null (strchr (slice, '\n'));
          g_assert_nonnull (strstr (raw, slice));
          previous_end = spans[p].end;
        }
      g_assert_cmpuint (spans[n - 1].end, ==, length);
    }
}

/* Every statement of the hand annotation is an exact substring of its raw file; cleaning must
 * keep each one in the document's text (or its title, for a statement in a headline). */
static void
test_gold_statements_kept (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gold", "pahalgam-2025.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *statements;
  guint checked = 0;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  statements = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                             "statements");
  g_assert_nonnull (statements);

  for (guint i = 0; i < json_array_get_length (statements); i++)
    {
      JsonObject *statement = json_array_get_object_element (statements, i);
      const char *doc = json_object_get_string_member (statement, "doc");
      const char *wanted = json_object_get_string_member (statement, "text");
      ReadoutDocument *document = document_for (doc);
      const char *title;

      g_assert_nonnull (document);
      title = readout_document_get_title (document);
      if (strstr (readout_document_get_text (document), wanted) == NULL &&
          (title == NULL || strstr (title, wanted) == NULL))
        g_error ("%s: gold statement lost by cleaning: “%s”", doc, wanted);
      checked++;
    }
  g_test_message ("%u gold statements found in the loaded documents", checked);
  g_assert_cmpuint (checked, >, 100);
}

static void
test_cleanup (void)
{
  for (guint i = 0; i < N_FILES; i++)
    g_clear_object (&documents[i]);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  /* The tests share the loaded documents; they run in the order added. */
  g_test_add_func ("/corpus-loader/load", test_loads);
  g_test_add_func ("/corpus-loader/titles", test_titles);
  g_test_add_func ("/corpus-loader/outlets-bylines-dates", test_outlets_bylines_dates);
  g_test_add_func ("/corpus-loader/boilerplate-gone", test_boilerplate_gone);
  g_test_add_func ("/corpus-loader/duplicates-dropped", test_duplicates_dropped);
  g_test_add_func ("/corpus-loader/body-boundaries", test_body_boundaries);
  g_test_add_func ("/corpus-loader/spans", test_spans);
  g_test_add_func ("/corpus-loader/gold-statements-kept", test_gold_statements_kept);
  g_test_add_func ("/corpus-loader/cleanup", test_cleanup);

  return g_test_run ();
}
