/* test-segmenter.c: tokens, sentences and quotations of made-up news text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout.h"
#include "readout-segmenter.h"

static ReadoutSegmentation *
segment (const char *text,
         guint       n_paragraphs)
{
  ReadoutEngineLexicon *lexicon = readout_engine_lexicon_get (readout_lexicon_get_default ());
  g_autofree ReadoutSpan *spans = g_new0 (ReadoutSpan, n_paragraphs ? n_paragraphs : 1);
  const char *p = text;

  /* Paragraphs are the lines of text */
  for (guint i = 0; i < n_paragraphs; i++)
    {
      const char *nl = strchr (p, '\n');
      spans[i].start = p - text;
      spans[i].end = nl ? (gsize)(nl - text) : strlen (text);
      p = nl ? nl + 1 : p + strlen (p);
    }
  return readout_segmentation_new (text, strlen (text), spans, n_paragraphs, lexicon);
}

static char *
token_text (ReadoutSegmentation *seg,
            guint                i)
{
  const ReadoutToken *t = readout_segmentation_token (seg, i);
  return g_strndup (seg->text + t->start, t->end - t->start);
}

static char *
sentence_text (ReadoutSegmentation *seg,
               guint                i)
{
  const ReadoutSentence *s = &g_array_index (seg->sentences, ReadoutSentence, i);
  guint start = readout_segmentation_token (seg, s->first)->start;
  guint end = readout_segmentation_token (seg, s->last - 1)->end;
  return g_strndup (seg->text + start, end - start);
}

static char *
quote_text (ReadoutSegmentation *seg,
            guint                i)
{
  const ReadoutQuote *q = &g_array_index (seg->quotes, ReadoutQuote, i);
  return g_strndup (seg->text + q->start, q->end - q->start);
}

static void
test_abbreviations_and_initials (void)
{
  g_autoptr(ReadoutSegmentation) seg =
    segment ("Mr. Brown met Lt. Gen. Ada Stone in the U.S. capital on Monday. S. Kumar, the envoy, "
             "arrived later. Then Dr. Li spoke.", 1);
  g_autofree char *first = sentence_text (seg, 0);
  g_autofree char *second = sentence_text (seg, 1);
  gboolean dotted = FALSE;

  g_assert_cmpuint (seg->sentences->len, ==, 3);
  g_assert_cmpstr (first, ==, "Mr. Brown met Lt. Gen. Ada Stone in the U.S. capital on Monday.");
  g_assert_cmpstr (second, ==, "S. Kumar, the envoy, arrived later.");
  for (guint i = 0; i < seg->tokens->len; i++)
    {
      g_autofree char *word = token_text (seg, i);
      dotted |= g_str_equal (word, "U.S.");
    }
  g_assert_true (dotted);
}

static void
test_apostrophes (void)
{
  g_autoptr(ReadoutSegmentation) seg = segment ("India’s envoy didn't reply to the tourists’ families.", 1);
  const ReadoutToken *t = readout_segmentation_token (seg, 0);
  g_autofree char *second = token_text (seg, 2);

  g_assert_cmpuint (t->kind, ==, READOUT_TOKEN_WORD);
  g_assert_true (t->flags & READOUT_TOKEN_POSSESSIVE);
  g_assert_cmpuint (t->base_end - t->start, ==, strlen ("India"));
  g_assert_cmpstr (second, ==, "didn't");
  /* The apostrophe after "tourists" opens no quotation */
  g_assert_cmpuint (seg->quotes->len, ==, 0);
}

static void
test_dateline (void)
{
  g_autoptr(ReadoutSegmentation) seg = segment ("NEW DELHI: The minister left. Nobody spoke.", 1);
  const ReadoutSentence *s = &g_array_index (seg->sentences, ReadoutSentence, 0);
  g_autofree char *start = token_text (seg, s->first);

  g_assert_true (readout_segmentation_token (seg, 0)->flags & READOUT_TOKEN_DATELINE);
  g_assert_cmpstr (start, ==, "The");
  g_assert_cmpuint (seg->sentences->len, ==, 2);

  {
    /* Wire style: "CITY, Date (Agency) - " */
    g_autoptr(ReadoutSegmentation) wire = segment ("WASHINGTON, May 3 (Reuters) - The minister left.", 1);
    const ReadoutSentence *w = &g_array_index (wire->sentences, ReadoutSentence, 0);
    g_autofree char *wire_start = token_text (wire, w->first);
    g_assert_cmpstr (wire_start, ==, "The");
  }
  {
    /* A speaker's label is no dateline */
    g_autoptr(ReadoutSegmentation) label = segment ("Brown: We will stay.", 1);
    g_assert_false (readout_segmentation_token (label, 0)->flags & READOUT_TOKEN_DATELINE);
  }
}

static void
test_quotes (void)
{
  g_autoptr(ReadoutSegmentation) seg =
    segment ("“We will stay,” she said, “and we will win.” Critics called it \"bluster\" and 'noise'.", 1);
  g_autofree char *first = quote_text (seg, 0);
  g_autofree char *second = quote_text (seg, 1);
  g_autofree char *third = quote_text (seg, 2);

  g_assert_cmpuint (seg->quotes->len, ==, 3);
  g_assert_cmpstr (first, ==, "We will stay,");
  g_assert_cmpstr (second, ==, "and we will win.");
  g_assert_cmpstr (third, ==, "bluster");
}

static void
test_mixed_quote_marks (void)
{
  /* A straight quote closed by a curly one, as pasted text often has */
  g_autoptr(ReadoutSegmentation) seg = segment ("She spoke \"about the border” and left.", 1);
  g_autofree char *first = quote_text (seg, 0);

  g_assert_cmpuint (seg->quotes->len, ==, 1);
  g_assert_cmpstr (first, ==, "about the border");
}

static void
test_quote_over_paragraphs (void)
{
  g_autoptr(ReadoutSegmentation) seg =
    segment ("“The first part ends here.\n“The second part goes on,” he said.\n“Unclosed quote at the end", 3);
  const ReadoutQuote *q = &g_array_index (seg->quotes, ReadoutQuote, 0);
  g_autofree char *first = quote_text (seg, 0);
  g_autofree char *last = quote_text (seg, 1);

  /* The convention: an open quote continues when the next paragraph opens with a mark */
  g_assert_cmpuint (seg->quotes->len, ==, 2);
  g_assert_true (g_str_has_prefix (first, "The first part ends here."));
  g_assert_true (g_str_has_suffix (first, "goes on,"));
  g_assert_cmpuint (q->close, !=, G_MAXUINT);
  /* A quote never closed ends with its paragraph */
  g_assert_cmpstr (last, ==, "Unclosed quote at the end");
  g_assert_cmpuint (g_array_index (seg->quotes, ReadoutQuote, 1).close, ==, G_MAXUINT);
}

static void
test_paragraph_ends_sentence (void)
{
  g_autoptr(ReadoutSegmentation) seg = segment ("A heading without a period\nThe text follows here.", 2);

  g_assert_cmpuint (seg->sentences->len, ==, 2);
}

static void
test_empty (void)
{
  g_autoptr(ReadoutSegmentation) seg = segment ("", 0);

  g_assert_cmpuint (seg->tokens->len, ==, 0);
  g_assert_cmpuint (seg->sentences->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/segmenter/abbreviations", test_abbreviations_and_initials);
  g_test_add_func ("/segmenter/apostrophes", test_apostrophes);
  g_test_add_func ("/segmenter/dateline", test_dateline);
  g_test_add_func ("/segmenter/quotes", test_quotes);
  g_test_add_func ("/segmenter/mixed-quote-marks", test_mixed_quote_marks);
  g_test_add_func ("/segmenter/quote-over-paragraphs", test_quote_over_paragraphs);
  g_test_add_func ("/segmenter/paragraph-ends-sentence", test_paragraph_ends_sentence);
  g_test_add_func ("/segmenter/empty", test_empty);

  return g_test_run ();
}
