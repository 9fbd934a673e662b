/* readout-detector-quote-variant.c: one statement whose words differ between documents.
 *
 * An aligned passage that is reported speech in both documents (a quote, or a sentence with
 * a speech verb) and differs in a few words ("full support" / "strong support") is a
 * variant. Names that differ mean two parallel statements (the omission detector's matter),
 * so they are left out; numbers written differently ("a thousand" / "1,000") are a variant of
 * low confidence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-detector.h"

#define MIN_WORDS 6

static char *
op_words (ReadoutDocumentView *view,
          guint                first,
          guint                last)
{
  const ReadoutToken *a, *b;

  if (first >= last)
    return g_strdup ("—");
  a = readout_document_view_token (view, readout_document_view_content (view, first));
  b = readout_document_view_token (view, readout_document_view_content (view, last - 1));
  return readout_compare_excerpt (view->text, a->start, b->end, 60);
}

/* "…,” Trump said": the speaker named right after the words. */
static const char *
speaker_after (ReadoutCompareContext *context,
               ReadoutDocumentView   *view,
               guint                  t)
{
  for (guint u = t; u < MIN (t + 4, view->n_tokens); u++)
    {
      const char *person = readout_compare_context_person_at (context, view, u);
      if (person)
        return person;
    }
  return NULL;
}

typedef struct
{
  ReadoutContradiction *contradiction;
  guint                 n_differences;
  guint                 order;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->n_differences != y->n_differences)
    return x->n_differences > y->n_differences ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

typedef struct
{
  ReadoutContradiction *contradiction;
  ReadoutSpan           span;
} IndexedSpan;

static void
index_span (GHashTable           *by_document,
            ReadoutContradiction *contradiction,
            ReadoutEvidence      *evidence)
{
  ReadoutDocument *document = readout_evidence_get_document (evidence);
  GArray *list = g_hash_table_lookup (by_document, document);
  IndexedSpan entry = { contradiction, { readout_evidence_get_start (evidence), readout_evidence_get_end (evidence) } };

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (IndexedSpan));
      g_hash_table_insert (by_document, document, list);
    }
  g_array_append_val (list, entry);
}

/* An entry with evidence overlapping ea or eb, looked up in the lists of their documents. */
static ReadoutContradiction *
find_overlapping (GHashTable      *by_document,
                  ReadoutEvidence *ea,
                  ReadoutEvidence *eb)
{
  ReadoutEvidence *both[] = { ea, eb };

  for (guint e = 0; e < G_N_ELEMENTS (both); e++)
    {
      GArray *list = g_hash_table_lookup (by_document, readout_evidence_get_document (both[e]));
      gsize start = readout_evidence_get_start (both[e]), end = readout_evidence_get_end (both[e]);

      for (guint i = 0; list && i < list->len; i++)
        {
          const IndexedSpan *entry = &g_array_index (list, IndexedSpan, i);
          if (entry->span.start < end && start < entry->span.end)
            return entry->contradiction;
        }
    }
  return NULL;
}

static guint
n_quotes (ReadoutDocumentView *view,
          guint                first,
          guint                last)
{
  guint n = 0, current = 0;

  for (guint t = first; t < last; t++)
    {
      guint quote = readout_document_view_token (view, t)->quote;
      if (quote && quote != current)
        n++;
      current = quote ? quote : current;
    }
  return n;
}

static gboolean
only_names (ReadoutDocumentView *view,
            guint                first,
            guint                last)
{
  for (guint p = first; p < last; p++)
    if (!(readout_document_view_token (view, readout_document_view_content (view, p))->flags & READOUT_TOKEN_CAPITAL))
      return FALSE;
  return TRUE;
}

static gboolean
quote_variant_run (ReadoutCompareContext  *context,
                   GCancellable           *cancellable,
                   GError                **error)
{
  GPtrArray *alignments = readout_compare_context_get_alignments (context);
  g_autoptr(GHashTable) by_document = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
  g_autoptr(GHashTable) sets = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)readout_evidence_set_free);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  for (guint i = 0; i < alignments->len; i++)
    {
      ReadoutAlignment *alignment = g_ptr_array_index (alignments, i);
      ReadoutDocumentView *a = alignment->a, *b = alignment->b;
      guint n_entities, n_numbers, n_changed = 0, n_ops = 0;
      guint ta0, ta1, tb0, tb1;
      gboolean quoted;
      g_autoptr(GString) differences = g_string_new (NULL);
      g_autoptr(ReadoutEvidence) ea = NULL;
      g_autoptr(ReadoutEvidence) eb = NULL;
      ReadoutContradiction *contradiction;
      g_autofree char *summary = NULL;
      const char *speaker;
      double confidence;

      if (a == b || alignment->n_equal < MIN_WORDS)
        continue;
      readout_alignment_count_variants (alignment, &n_entities, &n_numbers);
      if (n_entities > 0)
        continue;

      ta0 = readout_document_view_content (a, alignment->a_first);
      ta1 = readout_document_view_content (a, alignment->a_last - 1) + 1;
      tb0 = readout_document_view_content (b, alignment->b_first);
      tb1 = readout_document_view_content (b, alignment->b_last - 1) + 1;
      if (!readout_compare_context_is_reported (context, a, ta0, ta1) ||
          !readout_compare_context_is_reported (context, b, tb0, tb1))
        continue;
      /* A passage that runs from one quote into another has the outlet's words between. */
      if (n_quotes (a, ta0, ta1) > 1 || n_quotes (b, tb0, tb1) > 1)
        continue;
      quoted = (readout_document_view_token (a, ta0)->flags & READOUT_TOKEN_IN_QUOTE) &&
               (readout_document_view_token (b, tb0)->flags & READOUT_TOKEN_IN_QUOTE);

      for (guint k = 0; k < alignment->ops->len; k++)
        {
          const ReadoutDiffOp *op = &g_array_index (alignment->ops, ReadoutDiffOp, k);
          g_autofree char *wa = NULL;
          g_autofree char *wb = NULL;
          gboolean numbers = FALSE;

          if (op->kind == READOUT_DIFF_EQUAL)
            continue;
          /* A different number is a numeric discrepancy, not a wording one. */
          for (guint p = op->a_first; p < op->a_last; p++)
            numbers |= (readout_document_view_token (a, readout_document_view_content (a, p))->flags & READOUT_TOKEN_NUMBER) != 0;
          for (guint p = op->b_first; p < op->b_last; p++)
            numbers |= (readout_document_view_token (b, readout_document_view_content (b, p))->flags & READOUT_TOKEN_NUMBER) != 0;
          if (numbers && op->kind == READOUT_DIFF_SUBSTITUTE)
            {
              n_changed = G_MAXUINT / 2;
              break;
            }
          /* A clause or a sentence more is an omission; only names more is detail. */
          if (MAX (op->a_last - op->a_first, op->b_last - op->b_first) >= 4 ||
              (only_names (a, op->a_first, op->a_last) && only_names (b, op->b_first, op->b_last)))
            {
              n_changed = G_MAXUINT / 2;
              break;
            }
          /* Reported speech may add a word to what a quote says; only a changed word counts. */
          if (op->kind != READOUT_DIFF_SUBSTITUTE && !quoted)
            continue;
          n_ops++;
          n_changed += MAX (op->a_last - op->a_first, op->b_last - op->b_first);
          wa = op_words (a, op->a_first, op->a_last);
          wb = op_words (b, op->b_first, op->b_last);
          if (differences->len)
            g_string_append (differences, "; ");
          if (op->kind == READOUT_DIFF_SUBSTITUTE)
            g_string_append_printf (differences, "“%s” / “%s”", wa, wb);
          else
            /* Translators: words that only one outlet has, then that outlet. */
            g_string_append_printf (differences, _("“%s” only in %s"),
                                    op->kind == READOUT_DIFF_ONLY_A ? wa : wb,
                                    readout_compare_outlet_name (op->kind == READOUT_DIFF_ONLY_A ? a : b));
        }
      /* Mostly different words are two statements, not two versions of one. */
      if (n_changed * 3 > alignment->n_equal || (n_ops == 0 && n_numbers == 0))
        continue;

      if (n_numbers > 0)
        {
          if (differences->len)
            g_string_append (differences, "; ");
          g_string_append (differences, _("numbers written differently"));
        }
      /* Figures written two ways alone are worth showing, not worth much. */
      if (n_ops == 0)
        confidence = 0.3;
      else
        confidence = quoted ? 0.6 : 0.5;

      ea = readout_alignment_evidence (alignment, FALSE);
      eb = readout_alignment_evidence (alignment, TRUE);
      if (ea == NULL || eb == NULL)
        continue;
      speaker = NULL;
      for (guint t = ta0; t < ta1 && speaker == NULL; t++)
        speaker = readout_compare_context_person_at (context, a, t);
      if (speaker == NULL)
        speaker = speaker_after (context, a, ta1);
      if (speaker)
        /* Translators: the outlets, then the speaker, then the differing words. */
        summary = g_strdup_printf (_("%s and %s give %s’s words differently: %s."),
                                   readout_compare_outlet_name (a), readout_compare_outlet_name (b),
                                   readout_compare_context_display_name (context, speaker),
                                   differences->str);
      else
        summary = g_strdup_printf (_("%s and %s word the same statement differently: %s."),
                                   readout_compare_outlet_name (a), readout_compare_outlet_name (b),
                                   differences->str);
      contradiction = readout_contradiction_new (READOUT_CONTRADICTION_QUOTE_VARIANT, summary, confidence);
      readout_compare_context_add_evidence (context, contradiction, a, ea);
      readout_compare_context_add_evidence (context, contradiction, b, eb);
      if (speaker && readout_compare_context_find_actor (context, speaker))
        readout_contradiction_add_actor (contradiction, readout_compare_context_find_actor (context, speaker));
      {
        Candidate candidate = { contradiction, n_ops + n_numbers, candidates->len };
        g_array_append_val (candidates, candidate);
      }
    }

  /* One passage, one entry: the same words met in other documents join the entry that shows
   * the most differences. */
  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);
      GListModel *evidence = readout_contradiction_get_evidence (candidate->contradiction);
      g_autoptr(ReadoutEvidence) ea = g_list_model_get_item (evidence, 0);
      g_autoptr(ReadoutEvidence) eb = g_list_model_get_item (evidence, 1);
      ReadoutContradiction *earlier = find_overlapping (by_document, ea, eb);

      if (earlier)
        {
          ReadoutEvidenceSet *set = g_hash_table_lookup (sets, earlier);
          if (readout_evidence_set_add (set, earlier, ea))
            index_span (by_document, earlier, ea);
          if (readout_evidence_set_add (set, earlier, eb))
            index_span (by_document, earlier, eb);
          g_object_unref (candidate->contradiction);
          continue;
        }
      {
        ReadoutEvidenceSet *set = readout_evidence_set_new ();
        /* The set remembers what the contradiction already holds. */
        g_hash_table_insert (sets, candidate->contradiction, set);
        readout_evidence_set_add (set, NULL, ea);
        readout_evidence_set_add (set, NULL, eb);
        index_span (by_document, candidate->contradiction, ea);
        index_span (by_document, candidate->contradiction, eb);
      }
      readout_compare_context_report (context, candidate->contradiction, 0.5);
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

const ReadoutDetector readout_detector_quote_variant = {
  "quote-variant",
  quote_variant_run,
};
