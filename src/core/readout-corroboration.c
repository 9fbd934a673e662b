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
          !readout_token_is_speech_verb (token))
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
  guint to = MIN (last + NEIGHBOURHOOD, view->n_tokens);

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

/* The function words of a passage, counted ("on", "until", "the"…). */
static GHashTable *
function_words (Passage *passage)
{
  ReadoutDocumentView *view = passage->view;
  guint first = readout_document_view_content (view, passage->first);
  guint last = readout_document_view_content (view, passage->last - 1) + 1;
  GHashTable *words = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint t = first; t < last; t++)
    {
      const ReadoutToken *token = readout_document_view_token (view, t);

      if ((token->flags & READOUT_TOKEN_WORD) && !(token->flags & READOUT_TOKEN_CONTENT))
        g_hash_table_insert (words, (gpointer)token->norm,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (words, token->norm)) + 1));
    }
  return words;
}

static guint
n_words_missing (GHashTable *a,
                 GHashTable *b)
{
  GHashTableIter iter;
  gpointer word, count;
  guint n = 0;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &word, &count))
    {
      guint other = GPOINTER_TO_UINT (g_hash_table_lookup (b, word));
      if (GPOINTER_TO_UINT (count) > other)
        n += GPOINTER_TO_UINT (count) - other;
    }
  return n;
}

/* One quote worded two ways ("reopens that terminal on my signature until the inspectors…" /
 * "reopen that terminal with my signature before the inspectors…") aligns on its content
 * words, but quotes are verbatim: different small words in between make it a variant for the
 * quote-variant detector, not a corroboration. */
static gboolean
quotes_reworded (Passage *a,
                 Passage *b)
{
  const ReadoutToken *ta = readout_document_view_token (a->view, readout_document_view_content (a->view, a->first));
  const ReadoutToken *tb = readout_document_view_token (b->view, readout_document_view_content (b->view, b->first));
  g_autoptr(GHashTable) wa = NULL;
  g_autoptr(GHashTable) wb = NULL;

  if (ta->quote == 0 || tb->quote == 0)
    return FALSE;
  wa = function_words (a);
  wb = function_words (b);
  return n_words_missing (wa, wb) + n_words_missing (wb, wa) >= 3;
}

/* The content positions of tokens [first, last), as a passage. */
static gboolean
passage_of_tokens (ReadoutDocumentView *view,
                   guint                first,
                   guint                last,
                   Passage             *out)
{
  guint n = readout_document_view_n_content (view);
  guint lo = 0, hi = n;

  /* Content positions are sorted by token: a binary search for the first one inside. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (readout_document_view_content (view, mid) < first)
        lo = mid + 1;
      else
        hi = mid;
    }
  out->first = lo;
  out->last = lo;
  while (out->last < n && readout_document_view_content (view, out->last) < last)
    out->last++;
  return out->last > out->first;
}

/* A reworded quote. One finding per quote: a quote met reworded in further documents adds
 * their version to the finding it is in, so n copies give one finding, not n² pairs. */
static void
report_variant (ReadoutCompareContext *context,
                GHashTable            *reported,
                Passage               *a,
                Passage               *b)
{
  guint fa = readout_document_view_content (a->view, a->first);
  guint fb = readout_document_view_content (b->view, b->first);
  const ReadoutToken *ta = readout_document_view_token (a->view, fa);
  const ReadoutToken *tb = readout_document_view_token (b->view, fb);
  g_autofree char *key_a = g_strdup_printf ("%u:%u", a->view->index, ta->quote);
  g_autofree char *key_b = g_strdup_printf ("%u:%u", b->view->index, tb->quote);
  ReadoutContradiction *ca = g_hash_table_lookup (reported, key_a);
  ReadoutContradiction *cb = g_hash_table_lookup (reported, key_b);
  g_autoptr(ReadoutEvidence) ea = NULL;
  g_autoptr(ReadoutEvidence) eb = NULL;
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;
  g_autofree char *summary = NULL;
  ReadoutContradiction *contradiction;

  if (ca && cb)
    return;
  ea = readout_evidence_new_tokens (a->view, fa, readout_document_view_content (a->view, a->last - 1) + 1);
  eb = readout_evidence_new_tokens (b->view, fb, readout_document_view_content (b->view, b->last - 1) + 1);
  if (ea == NULL || eb == NULL)
    return;
  if (ca || cb)
    {
      contradiction = ca ? ca : cb;
      readout_contradiction_add_evidence (contradiction, ca ? eb : ea);
      if (ca)
        g_hash_table_insert (reported, g_steal_pointer (&key_b), contradiction);
      else
        g_hash_table_insert (reported, g_steal_pointer (&key_a), contradiction);
      return;
    }
  text_a = readout_compare_excerpt (a->view->text, readout_evidence_get_start (ea), readout_evidence_get_end (ea), 120);
  text_b = readout_compare_excerpt (b->view->text, readout_evidence_get_start (eb), readout_evidence_get_end (eb), 120);
  /* Translators: outlet, its version of a quote, other outlet, its version. */
  summary = g_strdup_printf (_("%s quotes “%s”, %s quotes “%s”: the same words cannot both be verbatim."),
                             readout_compare_outlet_name (a->view), text_a,
                             readout_compare_outlet_name (b->view), text_b);
  contradiction = readout_contradiction_new (READOUT_CONTRADICTION_QUOTE_VARIANT, summary, 0.5);
  readout_compare_context_add_evidence (context, contradiction, a->view, ea);
  readout_compare_context_add_evidence (context, contradiction, b->view, eb);
  g_hash_table_insert (reported, g_steal_pointer (&key_a), contradiction);
  g_hash_table_insert (reported, g_steal_pointer (&key_b), contradiction);
  readout_compare_context_report (context, contradiction, 0.5);
}

/* Quotes reworded beyond what the word alignment sees ("We will not load a single ship until
 * the terminal is declared safe" / "We won't load one ship until somebody declares that
 * terminal safe"): quotes of two documents that share most of their content words but where
 * each has words the other lacks. Quotes are found through an index of their stems; stems
 * shared by many quotes are not followed, so the work stays near-linear. */
#define QUOTE_MIN_STEMS 5
#define STEM_MAX_QUOTES 40

typedef struct
{
  ReadoutDocumentView *view;
  guint                quote; /* 1 + index */
  guint                first; /* tokens */
  guint                last;
  GHashTable          *stems;
  GHashTable          *names; /* stems of capitalised words */
} QuoteWords;

static void
quote_words_free (gpointer data)
{
  QuoteWords *words = data;

  g_hash_table_unref (words->stems);
  g_hash_table_unref (words->names);
  g_free (words);
}

static gboolean
has_key_outside (GHashTable *a,
                 GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (b, key))
      return TRUE;
  return FALSE;
}

static void
find_reworded_quotes (ReadoutCompareContext *context,
                      GHashTable            *reported)
{
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func (quote_words_free);
  g_autoptr(GHashTable) by_stem = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_array_unref);

  for (guint v = 0; v < readout_compare_context_get_n_views (context); v++)
    {
      ReadoutDocumentView *view = readout_compare_context_get_view (context, v);
      QuoteWords *current = NULL;

      for (guint t = 0; t < view->n_tokens; t++)
        {
          const ReadoutToken *token = readout_document_view_token (view, t);

          if (token->quote == 0)
            continue;
          if (current == NULL || current->quote != token->quote)
            {
              current = g_new0 (QuoteWords, 1);
              current->view = view;
              current->quote = token->quote;
              current->first = t;
              current->stems = g_hash_table_new (g_str_hash, g_str_equal);
              current->names = g_hash_table_new (g_str_hash, g_str_equal);
              g_ptr_array_add (quotes, current);
            }
          current->last = t + 1;
          if ((token->flags & READOUT_TOKEN_CONTENT) && !(token->flags & READOUT_TOKEN_NUMBER))
            g_hash_table_add (current->stems, (gpointer)token->stem);
          if ((token->flags & READOUT_TOKEN_CONTENT) && (token->flags & READOUT_TOKEN_CAPITAL) &&
              !(token->flags & READOUT_TOKEN_SENT_START))
            g_hash_table_add (current->names, (gpointer)token->stem);
        }
    }
  for (guint i = 0; i < quotes->len; i++)
    {
      QuoteWords *quote = g_ptr_array_index (quotes, i);
      GHashTableIter iter;
      gpointer stem;

      if (g_hash_table_size (quote->stems) < QUOTE_MIN_STEMS)
        continue;
      g_hash_table_iter_init (&iter, quote->stems);
      while (g_hash_table_iter_next (&iter, &stem, NULL))
        {
          GArray *list = g_hash_table_lookup (by_stem, stem);

          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (by_stem, stem, list);
            }
          if (list->len <= STEM_MAX_QUOTES)
            g_array_append_val (list, i);
        }
    }
  for (guint i = 0; i < quotes->len; i++)
    {
      QuoteWords *quote = g_ptr_array_index (quotes, i);
      g_autoptr(GHashTable) shared = NULL;
      GHashTableIter iter;
      gpointer stem, other_index, count;

      if (g_hash_table_size (quote->stems) < QUOTE_MIN_STEMS)
        continue;
      shared = g_hash_table_new (NULL, NULL);
      g_hash_table_iter_init (&iter, quote->stems);
      while (g_hash_table_iter_next (&iter, &stem, NULL))
        {
          GArray *list = g_hash_table_lookup (by_stem, stem);

          if (list == NULL || list->len > STEM_MAX_QUOTES)
            continue;
          for (guint k = 0; k < list->len; k++)
            {
              guint j = g_array_index (list, guint, k);
              gpointer key = GUINT_TO_POINTER (j + 1);

              if (j > i)
                g_hash_table_insert (shared, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (shared, key)) + 1));
            }
        }
      g_hash_table_iter_init (&iter, shared);
      while (g_hash_table_iter_next (&iter, &other_index, &count))
        {
          QuoteWords *other = g_ptr_array_index (quotes, GPOINTER_TO_UINT (other_index) - 1);
          guint n_shared = GPOINTER_TO_UINT (count);
          guint na = g_hash_table_size (quote->stems), nb = g_hash_table_size (other->stems);
          guint n_union = na + nb - n_shared;

          if (other->view == quote->view || n_shared < QUOTE_MIN_STEMS - 1 ||
              n_shared == na || n_shared == nb || n_shared * 5 < n_union * 3)
            continue;
          /* Different names ("work with India" / "work with Pakistan"): two parallel
           * statements, the omission detector's matter. */
          if (has_key_outside (quote->names, other->names) || has_key_outside (other->names, quote->names))
            continue;
          {
            Passage a = { quote->view, 0, 0, 0 };
            Passage b = { other->view, 0, 0, 0 };

            /* Passages in content positions: the quote's first and last content words. */
            if (!passage_of_tokens (quote->view, quote->first, quote->last, &a) ||
                !passage_of_tokens (other->view, other->first, other->last, &b))
              continue;
            report_variant (context, reported, &a, &b);
          }
        }
    }
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
  g_autoptr(GHashTable) reported_variants = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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
            if (quotes_reworded (&a, &b))
              {
                report_variant (context, reported_variants, &a, &b);
                continue;
              }
          }
          pa = passage_for (passages, by_view, alignment->a, op->a_first, op->a_last);
          pb = passage_for (passages, by_view, alignment->b, op->b_first, op->b_last);
          ra = find_root (passages, pa);
          rb = find_root (passages, pb);
          if (ra != rb)
            g_array_index (passages, Passage, MAX (ra, rb)).parent = MIN (ra, rb);
        }
    }

  find_reworded_quotes (context, reported_variants);

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
          readout_compare_context_add_evidence (context, corroboration, passage->view, evidence);
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
