/* readout-detector-omission.c: two accounts that differ in a notable element.
 *
 * Parallel statements: two passages that align word for word except for the names (the same
 * message to two parties: "encouraged India to work with Pakistan…" and "encouraged Pakistan
 * to work with India…") where one carries words the other lacks (a request made to one side
 * only). Truncated quotes: one document's quote stops where another's goes on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "readout-detector.h"

#define MIN_EXTRA 2

static char *
content_excerpt (ReadoutDocumentView *view,
                 guint                first,
                 guint                last,
                 guint                max_chars)
{
  const ReadoutToken *a = readout_document_view_token (view, readout_document_view_content (view, first));
  const ReadoutToken *b = readout_document_view_token (view, readout_document_view_content (view, last - 1));

  return readout_compare_excerpt (view->text, a->start, b->end, max_chars);
}

static void
add_statements (ReadoutCompareContext *context,
                ReadoutContradiction  *contradiction,
                ReadoutDocumentView   *view,
                ReadoutEvidence       *evidence)
{
  readout_compare_context_add_statements_in (context, contradiction, view,
                                             readout_evidence_get_start (evidence),
                                             readout_evidence_get_end (evidence));
}

/* One conflict per omitted element: the same request missing from the other readout in
 * several documents is merged. */
static void
report_parallel (ReadoutCompareContext *context,
                 GHashTable            *seen,
                 GHashTable            *sets,
                 ReadoutAlignment      *alignment,
                 const ReadoutDiffOp   *extra)
{
  gboolean in_a = extra->kind == READOUT_DIFF_ONLY_A;
  ReadoutDocumentView *full = in_a ? alignment->a : alignment->b;
  ReadoutDocumentView *lacking = in_a ? alignment->b : alignment->a;
  guint first = in_a ? extra->a_first : extra->b_first;
  guint last = in_a ? extra->a_last : extra->b_last;
  g_autofree char *words = content_excerpt (full, first, last, 80);
  g_autofree char *full_text = NULL;
  g_autofree char *lacking_text = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(ReadoutEvidence) efull = readout_alignment_evidence (alignment, !in_a);
  g_autoptr(ReadoutEvidence) elacking = readout_alignment_evidence (alignment, in_a);
  ReadoutContradiction *contradiction;
  g_autofree char *summary = NULL;

  if (efull == NULL || elacking == NULL)
    return;
  for (guint p = first; p < last; p++)
    {
      g_string_append (key, readout_document_view_token (full, readout_document_view_content (full, p))->stem);
      g_string_append_c (key, ' ');
    }
  contradiction = g_hash_table_lookup (seen, key->str);
  if (contradiction)
    {
      ReadoutEvidenceSet *set = g_hash_table_lookup (sets, contradiction);
      readout_evidence_set_add (set, contradiction, efull);
      readout_evidence_set_add (set, contradiction, elacking);
      return;
    }

  full_text = readout_compare_excerpt (full->text, readout_evidence_get_start (efull),
                                       readout_evidence_get_end (efull), 90);
  lacking_text = readout_compare_excerpt (lacking->text, readout_evidence_get_start (elacking),
                                          readout_evidence_get_end (elacking), 90);
  /* Translators: a parallel statement has an element the other one lacks. */
  summary = g_strdup_printf (_("Two parallel accounts differ: “%s” includes “%s”, while “%s” leaves it out."),
                             full_text, words, lacking_text);
  contradiction = readout_contradiction_new (READOUT_CONTRADICTION_OMISSION, summary, 0.55);
  readout_contradiction_add_evidence (contradiction, efull);
  readout_contradiction_add_evidence (contradiction, elacking);
  add_statements (context, contradiction, full, efull);
  add_statements (context, contradiction, lacking, elacking);
  g_hash_table_insert (seen, g_strdup (key->str), contradiction);
  {
    ReadoutEvidenceSet *set = readout_evidence_set_new ();
    readout_evidence_set_add (set, NULL, efull);
    readout_evidence_set_add (set, NULL, elacking);
    g_hash_table_insert (sets, contradiction, set);
  }
  readout_compare_context_report (context, contradiction, 0.6);
}

/* Content positions of the quote that holds content position p, after p. */
static guint
quote_words_after (ReadoutDocumentView *view,
                   guint                p,
                   guint               *last_out)
{
  guint quote = readout_document_view_token (view, readout_document_view_content (view, p))->quote;
  guint q = p + 1;

  while (q < view->content->len &&
         readout_document_view_token (view, readout_document_view_content (view, q))->quote == quote)
    q++;
  *last_out = q;
  return q - (p + 1);
}

static gboolean
opens_sentence (ReadoutDocumentView *view,
                ReadoutSpan          quote)
{
  guint s = readout_document_view_sentence_at (view, quote.start);
  const ReadoutSentence *sentence;

  if (s == G_MAXUINT)
    return FALSE;
  sentence = readout_document_view_sentence (view, s);
  for (gsize i = sentence->start; i < quote.start; i++)
    if (g_ascii_isalnum (view->text[i]))
      return FALSE;
  return TRUE;
}

static void
report_truncation (ReadoutCompareContext *context,
                   ReadoutAlignment      *alignment)
{
  ReadoutDocumentView *a = alignment->a, *b = alignment->b;
  const ReadoutToken *la, *lb;
  guint last_a = 0, last_b = 0, qa, qb;
  guint end_a, end_b, more_a, more_b;
  ReadoutDocumentView *longer, *shorter;
  const ReadoutToken *long_last, *short_last;
  guint long_end;
  ReadoutSpan quote_long, quote_short;
  g_autoptr(ReadoutEvidence) elong = NULL;
  g_autoptr(ReadoutEvidence) eshort = NULL;
  g_autofree char *extra = NULL;
  g_autofree char *cut = NULL;
  g_autofree char *summary = NULL;
  ReadoutContradiction *contradiction;
  const char *speaker;
  gsize from;

  if (a == b || alignment->n_equal < 6)
    return;
  /* The last words both quotes share (the passage may run on into "…,” X said"). */
  qa = readout_document_view_token (a, readout_document_view_content (a, alignment->a_first))->quote;
  qb = readout_document_view_token (b, readout_document_view_content (b, alignment->b_first))->quote;
  if (!qa || !qb)
    return;
  for (guint k = 0; k < alignment->ops->len; k++)
    {
      const ReadoutDiffOp *op = &g_array_index (alignment->ops, ReadoutDiffOp, k);

      if (op->kind != READOUT_DIFF_EQUAL)
        continue;
      for (guint i = 0; i < op->a_last - op->a_first; i++)
        if (readout_document_view_token (a, readout_document_view_content (a, op->a_first + i))->quote == qa &&
            readout_document_view_token (b, readout_document_view_content (b, op->b_first + i))->quote == qb)
          {
            last_a = op->a_first + i + 1;
            last_b = op->b_first + i + 1;
          }
    }
  if (last_a == 0)
    return;
  la = readout_document_view_token (a, readout_document_view_content (a, last_a - 1));
  lb = readout_document_view_token (b, readout_document_view_content (b, last_b - 1));
  more_a = quote_words_after (a, last_a - 1, &end_a);
  more_b = quote_words_after (b, last_b - 1, &end_b);
  if (more_a >= MIN_EXTRA && more_b == 0)
    {
      longer = a, shorter = b, long_last = la, short_last = lb, long_end = end_a;
      extra = content_excerpt (a, last_a, end_a, 80);
    }
  else if (more_b >= MIN_EXTRA && more_a == 0)
    {
      longer = b, shorter = a, long_last = lb, short_last = la, long_end = end_b;
      extra = content_excerpt (b, last_b, end_b, 80);
    }
  else
    return;
  (void)long_end;

  quote_long = g_array_index (longer->quotes, ReadoutSpan, long_last->quote - 1);
  quote_short = g_array_index (shorter->quotes, ReadoutSpan, short_last->quote - 1);
  /* A fragment quoted inside a sentence ("asking India to “work with Pakistan”") is a
   * choice of words, not a cut quote: both must be quotes that open a sentence. */
  if (!opens_sentence (shorter, quote_short) || !opens_sentence (longer, quote_long))
    return;
  /* The evidence: from the start of the last sentence they share to the end of each quote. */
  from = MAX (quote_short.start, readout_document_view_sentence (shorter, short_last->sentence)->start);
  eshort = readout_evidence_new_trimmed (shorter, from, quote_short.end);
  from = MAX (quote_long.start, readout_document_view_sentence (longer, long_last->sentence)->start);
  elong = readout_evidence_new_trimmed (longer, from, quote_long.end);
  if (eshort == NULL || elong == NULL)
    return;
  cut = readout_compare_excerpt (shorter->text, readout_evidence_get_start (eshort),
                                 readout_evidence_get_end (eshort), 80);
  speaker = readout_compare_context_person_before (context, shorter, readout_document_view_token_at (shorter, quote_short.start));
  (void)speaker;
  /* Translators: outlet, its last quoted words, the other outlet, the words it adds. */
  summary = g_strdup_printf (_("%s ends the quote at “%s”; %s goes on with “%s”."),
                             readout_compare_outlet_name (shorter), cut,
                             readout_compare_outlet_name (longer), extra);
  contradiction = readout_contradiction_new (READOUT_CONTRADICTION_OMISSION, summary, 0.5);
  readout_contradiction_add_evidence (contradiction, eshort);
  readout_contradiction_add_evidence (contradiction, elong);
  add_statements (context, contradiction, shorter, eshort);
  add_statements (context, contradiction, longer, elong);
  readout_compare_context_report (context, contradiction, 0.55);
}

static gboolean
omission_run (ReadoutCompareContext  *context,
              GCancellable           *cancellable,
              GError                **error)
{
  GPtrArray *alignments = readout_compare_context_get_alignments (context);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) sets = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)readout_evidence_set_free);

  for (guint i = 0; i < alignments->len; i++)
    {
      ReadoutAlignment *alignment = g_ptr_array_index (alignments, i);
      guint n_entities, n_numbers;
      const ReadoutDiffOp *extra = NULL;
      gboolean other_changes = FALSE;

      report_truncation (context, alignment);

      readout_alignment_count_variants (alignment, &n_entities, &n_numbers);
      /* Parallel messages share most of their words: eight at least. */
      if (n_entities == 0 || alignment->n_equal < 8)
        continue;
      for (guint k = 0; k < alignment->ops->len; k++)
        {
          const ReadoutDiffOp *op = &g_array_index (alignment->ops, ReadoutDiffOp, k);
          guint len = MAX (op->a_last - op->a_first, op->b_last - op->b_first);

          if (op->kind == READOUT_DIFF_EQUAL)
            continue;
          if ((op->kind == READOUT_DIFF_ONLY_A || op->kind == READOUT_DIFF_ONLY_B) && len >= MIN_EXTRA && extra == NULL)
            extra = op;
          else
            other_changes = TRUE;
        }
      /* One element more and nothing else changed: the accounts are parallel. */
      if (extra && !other_changes)
        report_parallel (context, seen, sets, alignment, extra);
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

const ReadoutDetector readout_detector_omission = {
  "omission",
  omission_run,
};
