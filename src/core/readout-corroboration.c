/* readout-corroboration.c: the same words reported by several documents.
 *
 * Passages that align word for word (same names, same numbers) across documents are joined
 * into groups; a group that spans two documents or more is a corroboration, with one piece of
 * evidence per document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-detector.h"

#define MIN_WORDS 5

typedef struct
{
  ReadoutDocumentView *view;
  guint                first; /* content positions */
  guint                last;
  guint                parent;
} Passage;

static guint
find_root (GArray *passages,
           guint   i)
{
  while (g_array_index (passages, Passage, i).parent != i)
    i = g_array_index (passages, Passage, i).parent = g_array_index (passages, Passage, g_array_index (passages, Passage, i).parent).parent;
  return i;
}

/* The passage of this document that overlaps [first, last), or a new one; per document the
 * candidates are kept in a list (passages that repeat are few). */
static guint
passage_for (GArray              *passages,
             GHashTable          *by_view,
             ReadoutDocumentView *view,
             guint                first,
             guint                last)
{
  GArray *mine = g_hash_table_lookup (by_view, view);
  Passage passage = { view, first, last, passages->len };

  if (mine == NULL)
    {
      mine = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (by_view, view, mine);
    }
  for (guint i = 0; i < mine->len; i++)
    {
      guint index = g_array_index (mine, guint, i);
      Passage *other = &g_array_index (passages, Passage, index);

      if (other->first < last && first < other->last)
        {
          other->first = MIN (other->first, first);
          other->last = MAX (other->last, last);
          return index;
        }
    }
  g_array_append_val (passages, passage);
  g_array_append_val (mine, passage.parent);
  return passage.parent;
}

/* Lower-case content words other than titles: a shared name with its title ("state
 * department spokesperson Tammy Bruce") is no shared fact. */
static guint
plain_words (ReadoutCompareContext *context,
             ReadoutDocumentView   *view,
             guint                  first,
             guint                  last)
{
  guint n = 0;

  for (guint p = first; p < last; p++)
    {
      const ReadoutToken *token = readout_document_view_token (view, readout_document_view_content (view, p));
      if (!(token->flags & READOUT_TOKEN_CAPITAL) && !(token->flags & READOUT_TOKEN_NUMBER) &&
          !readout_compare_context_is_role_word (context, token->norm) &&
          !readout_compare_context_is_speech_verb (context, token->norm))
        n++;
    }
  return n;
}

/* The same names too: "India to work with Pakistan" is not "Pakistan to work with India". */
static gboolean
identical (ReadoutAlignment    *alignment,
           const ReadoutDiffOp *op)
{
  for (guint i = 0; i < op->a_last - op->a_first; i++)
    {
      const ReadoutToken *ta = readout_document_view_token (alignment->a, readout_document_view_content (alignment->a, op->a_first + i));
      const ReadoutToken *tb = readout_document_view_token (alignment->b, readout_document_view_content (alignment->b, op->b_first + i));
      if (!g_str_equal (ta->stem, tb->stem))
        return FALSE;
    }
  return TRUE;
}

/* Figures and weekdays in and around a passage (the words just before and after it in its
 * sentence): "About 40 tonnes of oil spilled…" and "Roughly 180 tonnes of oil spilled…" share a
 * run of words but not the fact, and neither do "…began on Monday" and "…began on Tuesday". */
#define NEIGHBOURHOOD 4

static void
collect_facts (ReadoutCompareContext *context,
               Passage               *passage,
               GArray                *numbers,
               GPtrArray             *weekdays)
{
  ReadoutDocumentView *view = passage->view;
  guint first = readout_document_view_content (view, passage->first);
  guint last = readout_document_view_content (view, passage->last - 1) + 1;
  guint sentence = readout_document_view_token (view, first)->sentence;
  guint end_sentence = readout_document_view_token (view, last - 1)->sentence;
  guint from = first > NEIGHBOURHOOD ? first - NEIGHBOURHOOD : 0;
  guint to = MIN (last + NEIGHBOURHOOD, view->tokens->len);

  for (guint t = from; t < to; t++)
    {
      const ReadoutToken *token = readout_document_view_token (view, t);
      const char * const *row;

      if ((t < first && token->sentence != sentence) || (t >= last && token->sentence != end_sentence))
        continue;
      if ((token->flags & READOUT_TOKEN_NUMBER) && token->value > 0)
        g_array_append_val (numbers, token->value);
      else if ((row = readout_lexicon_lookup (readout_compare_context_get_lexicon (context), "stopwords", token->norm)) &&
               row[1] && g_str_equal (row[1], "weekday"))
        g_ptr_array_add (weekdays, (gpointer)token->norm);
    }
}

static gboolean
facts_conflict (ReadoutCompareContext *context,
                Passage               *a,
                Passage               *b)
{
  g_autoptr(GArray) na = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) nb = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) wa = g_ptr_array_new ();
  g_autoptr(GPtrArray) wb = g_ptr_array_new ();
  gboolean shared = FALSE;

  collect_facts (context, a, na, wa);
  collect_facts (context, b, nb, wb);
  /* Conflict: both give figures (or weekdays) and none of them is the same. */
  if (na->len && nb->len)
    {
      for (guint i = 0; i < na->len && !shared; i++)
        for (guint j = 0; j < nb->len && !shared; j++)
          shared = g_array_index (na, double, i) == g_array_index (nb, double, j);
      if (!shared)
        return TRUE;
    }
  if (wa->len && wb->len)
    {
      shared = FALSE;
      for (guint i = 0; i < wa->len && !shared; i++)
        for (guint j = 0; j < wb->len && !shared; j++)
          shared = g_str_equal (g_ptr_array_index (wa, i), g_ptr_array_index (wb, j));
      if (!shared)
        return TRUE;
    }
  return FALSE;
}

static gboolean
corroboration_run (ReadoutCompareContext  *context,
                   GCancellable           *cancellable,
                   GError                **error)
{
  GPtrArray *alignments = readout_compare_context_get_alignments (context);
  g_autoptr(GArray) passages = g_array_new (FALSE, FALSE, sizeof (Passage));
  g_autoptr(GHashTable) by_view = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; i < alignments->len; i++)
    {
      ReadoutAlignment *alignment = g_ptr_array_index (alignments, i);

      if (alignment->a == alignment->b)
        continue;
      /* Each run of identical words is a passage both documents report. */
      for (guint k = 0; k < alignment->ops->len; k++)
        {
          const ReadoutDiffOp *op = &g_array_index (alignment->ops, ReadoutDiffOp, k);
          guint pa, pb, ra, rb;

          if (op->kind != READOUT_DIFF_EQUAL || op->a_last - op->a_first < MIN_WORDS ||
              !identical (alignment, op) || plain_words (context, alignment->a, op->a_first, op->a_last) < 4)
            continue;
          {
            Passage a = { alignment->a, op->a_first, op->a_last, 0 };
            Passage b = { alignment->b, op->b_first, op->b_last, 0 };

            if (facts_conflict (context, &a, &b))
              continue;
          }
          pa = passage_for (passages, by_view, alignment->a, op->a_first, op->a_last);
          pb = passage_for (passages, by_view, alignment->b, op->b_first, op->b_last);
          ra = find_root (passages, pa);
          rb = find_root (passages, pb);
          if (ra != rb)
            g_array_index (passages, Passage, MAX (ra, rb)).parent = MIN (ra, rb);
        }
    }

  for (guint i = 0; i < passages->len; i++)
    {
      guint root = find_root (passages, i);
      GPtrArray *group = g_hash_table_lookup (groups, GUINT_TO_POINTER (root));

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, GUINT_TO_POINTER (root), group);
        }
      g_ptr_array_add (group, &g_array_index (passages, Passage, i));
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GPtrArray *group = value;
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      g_autoptr(GString) outlets = g_string_new (NULL);
      ReadoutContradiction *corroboration;
      Passage *shortest = NULL;
      g_autofree char *excerpt = NULL;
      g_autofree char *summary = NULL;
      guint n_documents = 0;

      for (guint i = 0; i < group->len; i++)
        {
          Passage *passage = g_ptr_array_index (group, i);
          if (!g_hash_table_contains (seen, passage->view))
            {
              g_hash_table_add (seen, passage->view);
              n_documents++;
            }
          if (shortest == NULL || passage->last - passage->first < shortest->last - shortest->first)
            shortest = passage;
        }
      if (n_documents < 2)
        continue;

      {
        const ReadoutToken *first = readout_document_view_token (shortest->view, readout_document_view_content (shortest->view, shortest->first));
        const ReadoutToken *last = readout_document_view_token (shortest->view, readout_document_view_content (shortest->view, shortest->last - 1));
        excerpt = readout_compare_excerpt (shortest->view->text, first->start, last->end, 140);
      }
      corroboration = readout_contradiction_new (READOUT_CONTRADICTION_CORROBORATION, NULL,
                                                 MIN (0.95, 0.5 + 0.1 * n_documents));
      g_hash_table_remove_all (seen);
      for (guint i = 0; i < group->len; i++)
        {
          Passage *passage = g_ptr_array_index (group, i);
          g_autoptr(ReadoutEvidence) evidence = NULL;

          /* One piece of evidence per document: its first report. */
          if (g_hash_table_contains (seen, passage->view))
            continue;
          g_hash_table_add (seen, passage->view);
          evidence = readout_evidence_new_tokens (passage->view,
                                                  readout_document_view_content (passage->view, passage->first),
                                                  readout_document_view_content (passage->view, passage->last - 1) + 1);
          if (evidence == NULL)
            continue;
          readout_contradiction_add_evidence (corroboration, evidence);
          readout_compare_context_add_statements_in (context, corroboration, passage->view,
                                                     readout_evidence_get_start (evidence),
                                                     readout_evidence_get_end (evidence));
          if (outlets->len)
            g_string_append (outlets, ", ");
          g_string_append (outlets, readout_compare_outlet_name (passage->view));
        }
      /* Translators: %u is a number of documents (2 or more), the second %s their names. */
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document reports “%s” (%s).",
                                              "%u documents report “%s” (%s).", n_documents),
                                 n_documents, excerpt, outlets->str);
      readout_contradiction_set_summary (corroboration, summary);
      readout_compare_context_report (context, corroboration, MIN (1.0, n_documents / 5.0));
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

const ReadoutDetector readout_detector_corroboration = {
  "corroboration",
  corroboration_run,
};
