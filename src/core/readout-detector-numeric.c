/* readout-detector-numeric.c: different figures for the same quantity.
 *
 * Each figure becomes an interval ("26" → [26, 26], "over 30" → (30, ∞), "about 40" → ±15%,
 * "at least 20" → [20, ∞)) with a key: what happened (dead, injured… from a verb or noun next
 * to it) and who is counted (people, tourists, soldiers…). Figures are grouped by key in a
 * hash table and only compared inside a group; figures whose intervals do not meet disagree.
 * A bare figure of people ("Over 30 people") has no verb of its own and is compared with the
 * death toll, at lower confidence: in a news report that is what such a fragment counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "readout-detector.h"

typedef struct
{
  ReadoutDocumentView *view;
  guint                first; /* tokens of the clause: [bound] number [unit] [verb] */
  guint                last;
  double               low;
  double               high;
  double               value;
  gboolean             bare;  /* no measure of its own */
  gboolean             amount; /* a unit of measure: compared by unit alone */
  char                *measure;
  char                *unit;
} Figure;

static void
figure_free (gpointer data)
{
  Figure *figure = data;

  g_free (figure->measure);
  g_free (figure->unit);
  g_free (figure);
}

static const char * const *
quantity_row (ReadoutCompareContext *context,
              const ReadoutToken    *token)
{
  ReadoutLexicon *lexicon = readout_compare_context_get_lexicon (context);

  return readout_lexicon_lookup (lexicon, "quantities", token->norm);
}

static gboolean
is_date_number (ReadoutCompareContext *context,
                ReadoutDocumentView   *view,
                guint                  t)
{
  const ReadoutToken *token = readout_document_view_token (view, t);
  ReadoutLexicon *lexicon = readout_compare_context_get_lexicon (context);

  /* Years, and days next to a month ("April 22", "22 April"). */
  if (g_ascii_isdigit (token->norm[0]) && strlen (token->norm) == 4 && token->value >= 1800 && token->value <= 2200)
    {
      /* "1,800 workers" and "2000 people" are counts, not years. */
      const ReadoutToken *next = t + 1 < view->n_tokens ? readout_document_view_token (view, t + 1) : NULL;
      const char * const *row = next ? readout_lexicon_lookup (lexicon, "quantities", next->norm) : NULL;

      const ReadoutToken *prev = t > 0 ? readout_document_view_token (view, t - 1) : NULL;
      static const char * const year_prepositions[] = { "in", "since", "by", "until", "from", "during", "of", NULL };

      if (memchr (view->text + token->start, ',', token->end - token->start) == NULL &&
          (!(row && row[2] && !g_str_equal (row[2], "-")) ||
           (prev && g_strv_contains (year_prepositions, prev->norm))))
        return TRUE;
    }
  for (int d = -1; d <= 1; d += 2)
    {
      int u = (int)t + d;
      if (u >= 0 && (guint)u < view->n_tokens)
        {
          const ReadoutToken *near = readout_document_view_token (view, u);
          const char * const *row = readout_lexicon_lookup (lexicon, "stopwords", near->norm);
          if (row && row[1] && g_str_equal (row[1], "month"))
            return TRUE;
          /* "may" is listed as the modal verb; capitalized next to a day, it is the month */
          if ((near->flags & READOUT_TOKEN_CAPITAL) && g_str_equal (near->norm, "may") &&
              token->value >= 1 && token->value <= 31)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
clause_break (ReadoutDocumentView *view,
              guint                a,
              guint                b)
{
  const ReadoutToken *ta = readout_document_view_token (view, a);
  const ReadoutToken *tb = readout_document_view_token (view, b);

  if (ta->sentence != tb->sentence)
    return TRUE;
  for (gsize i = ta->end; i < tb->start; i++)
    if (strchr (",;:()", view->text[i]))
      return TRUE;
  return FALSE;
}

static Figure *
read_figure (ReadoutCompareContext *context,
             ReadoutDocumentView   *view,
             guint                  t)
{
  const ReadoutToken *number = readout_document_view_token (view, t);
  ReadoutLexicon *lexicon = readout_compare_context_get_lexicon (context);
  g_autofree char *measure = NULL;
  g_autofree char *unit = NULL;
  Figure *figure;
  guint first = t, last = t + 1;
  double v = number->value;
  const char *bound = NULL;
  gboolean clause_has_other = FALSE;
  gboolean amount = FALSE;

  if (v <= 0 || is_date_number (context, view, t))
    return NULL;
  /* A multiplier already folded into the number before it. */
  if (!(number->flags & READOUT_TOKEN_CONTENT))
    return NULL;
  /* "one" is mostly a pronoun ("a bad one"); only a figure when a unit follows. */

  /* After the number: a unit right after it ("26 people", "40 tonnes of oil", "31 of its
   * members") and a measure a little further in the same clause ("… were hospitalised"). */
  for (guint u = t + 1; u < MIN (t + 9, view->n_tokens) && !clause_break (view, u - 1, u); u++)
    {
      const ReadoutToken *token = readout_document_view_token (view, u);
      const char * const *row = quantity_row (context, token);
      gboolean multiplier = !(token->flags & READOUT_TOKEN_CONTENT) && (token->flags & READOUT_TOKEN_NUMBER);
      gboolean near = u < t + 5;

      if (multiplier)
        {
          last = u + 1;
          continue;
        }
      if (token->flags & READOUT_TOKEN_NUMBER)
        break; /* another figure's clause */
      if (row == NULL)
        {
          if (unit == NULL && u == t + 1 && (token->flags & READOUT_TOKEN_CONTENT) &&
              !(token->flags & READOUT_TOKEN_CAPITAL) && strlen (token->norm) > 3 &&
              g_str_has_suffix (token->norm, "s") && !g_str_has_suffix (token->norm, "ss") &&
              !readout_lexicon_contains (lexicon, "stopwords", token->norm))
            {
              /* Any plural noun names what is counted, by its singular ("ferries"). */
              unit = g_strdup (token->norm);
              last = u + 1;
              continue;
            }
          if (unit == NULL && (token->flags & READOUT_TOKEN_CONTENT) && !readout_lexicon_contains (lexicon, "stopwords", token->norm))
            break;
          continue;
        }
      if (near && row[2] && !g_str_equal (row[2], "-") && unit == NULL)
        {
          unit = g_strdup (row[2]);
          amount = row[3] && g_str_equal (row[3], "amount");
        }
      if (row[1] && !g_str_equal (row[1], "-") && measure == NULL)
        measure = g_strdup (row[1]);
      if (near || measure)
        last = u + 1;
      if (measure && unit)
        break;
    }
  if (unit == NULL && measure == NULL)
    return NULL;

  /* Before it: a bound ("over", "at least") and a verb ("killing 26"). */
  {
    const char * const *row = NULL;
    guint mf, ml;
    guint from = t >= 5 ? t - 5 : 0;

    while (from < t && clause_break (view, from, t))
      from++;
    if (readout_document_view_find_phrase (view, context, from, t, "approximators", &row, &mf, &ml) && ml == t)
      {
        bound = row[1];
        first = mf;
      }
    for (guint u = first; u > from; u--)
      {
        const ReadoutToken *token = readout_document_view_token (view, u - 1);
        const char * const *q = quantity_row (context, token);

        if (q && q[1] && !g_str_equal (q[1], "-"))
          {
            if (measure == NULL)
              measure = g_strdup (q[1]);
            first = u - 1;
            break;
          }
        if (token->flags & READOUT_TOKEN_CONTENT)
          clause_has_other = TRUE;
      }
  }

  figure = g_new0 (Figure, 1);
  figure->view = view;
  figure->first = first;
  figure->last = last;
  figure->value = v;
  figure->low = figure->high = v;
  if (bound)
    {
      if (g_str_equal (bound, "gt"))
        figure->low = v + 0.5, figure->high = INFINITY;
      else if (g_str_equal (bound, "ge"))
        figure->high = INFINITY;
      else if (g_str_equal (bound, "lt"))
        figure->low = 0, figure->high = v - 0.5;
      else if (g_str_equal (bound, "le"))
        figure->low = 0;
      else if (g_str_equal (bound, "near"))
        figure->low = v * 0.8, figure->high = v;
      else
        figure->low = v * 0.85, figure->high = v * 1.15;
    }
  figure->unit = g_steal_pointer (&unit);
  figure->measure = g_steal_pointer (&measure);
  figure->amount = amount;
  if (figure->measure == NULL && amount)
    figure->measure = g_strdup ("amount");
  else if (figure->measure == NULL)
    {
      /* A bare "Over 30 people": nothing else in its clause. */
      gboolean bare = !clause_has_other && figure->unit && g_str_equal (figure->unit, "people");
      for (guint u = figure->last; bare && u < view->n_tokens && !clause_break (view, u - 1, u); u++)
        if (readout_document_view_token (view, u)->flags & READOUT_TOKEN_CONTENT)
          bare = FALSE;
      if (!bare)
        {
          figure_free (figure);
          return NULL;
        }
      figure->bare = TRUE;
      figure->measure = g_strdup ("dead");
    }
  return figure;
}

static gboolean
compatible (const Figure *a,
            const Figure *b)
{
  return a->low <= b->high && b->low <= a->high;
}

static char *
figure_text (Figure *figure)
{
  const ReadoutToken *a = readout_document_view_token (figure->view, figure->first);
  const ReadoutToken *b = readout_document_view_token (figure->view, figure->last - 1);

  return readout_compare_excerpt (figure->view->text, a->start, b->end, 60);
}

static ReadoutEvidence *
figure_evidence (Figure *figure)
{
  return readout_evidence_new_tokens (figure->view, figure->first, figure->last);
}

static void
describe (ReadoutCompareContext *context,
          GString               *out,
          Figure                *figure)
{
  g_autofree char *text = figure_text (figure);
  const ReadoutToken *token = readout_document_view_token (figure->view, figure->first);
  const char *speaker = NULL;

  if (token->quote)
    {
      ReadoutSpan quote = g_array_index (figure->view->quotes, ReadoutSpan, token->quote - 1);
      guint at = readout_document_view_token_at (figure->view, quote.end);
      /* The speaker is named after the quote ("…,” Trump said") or before it. */
      for (guint u = at; u < MIN (at + 4, figure->view->n_tokens) && speaker == NULL; u++)
        speaker = readout_compare_context_person_before (context, figure->view, u + 1);
      if (speaker == NULL)
        speaker = readout_compare_context_person_before (context, figure->view, figure->first);
    }
  if (speaker)
    /* Translators: a figure as quoted, the outlet, the speaker. */
    g_string_append_printf (out, _("“%s” (%s, quoting %s)"), text, readout_compare_outlet_name (figure->view),
                            readout_compare_context_display_name (context, speaker));
  else
    g_string_append_printf (out, _("“%s” (%s)"), text, readout_compare_outlet_name (figure->view));
}

static void
compare_group (ReadoutCompareContext *context,
               const char            *key,
               GPtrArray             *figures)
{
  g_autoptr(GPtrArray) distinct = g_ptr_array_new (); /* one figure per value and bound */
  gboolean any_conflict = FALSE, any_bare = FALSE;
  double confidence;

  for (guint i = 0; i < figures->len; i++)
    {
      Figure *figure = g_ptr_array_index (figures, i);
      gboolean known = FALSE;

      for (guint j = 0; j < distinct->len && !known; j++)
        {
          Figure *other = g_ptr_array_index (distinct, j);
          known = other->low == figure->low && other->high == figure->high;
        }
      if (!known)
        g_ptr_array_add (distinct, figure);
    }
  for (guint i = 0; i < distinct->len; i++)
    for (guint j = i + 1; j < distinct->len; j++)
      if (!compatible (g_ptr_array_index (distinct, i), g_ptr_array_index (distinct, j)))
        {
          any_conflict = TRUE;
          any_bare |= ((Figure *)g_ptr_array_index (distinct, i))->bare || ((Figure *)g_ptr_array_index (distinct, j))->bare;
        }

  if (any_conflict)
    {
      g_autoptr(GString) summary = g_string_new (NULL);
      ReadoutContradiction *contradiction;
      g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);

      /* Translators: what the figures count, e.g. "dead people". */
      g_string_append_printf (summary, _("Figures for the same count (%s) disagree: "), key);
      for (guint i = 0; i < distinct->len; i++)
        {
          if (i)
            g_string_append (summary, _(" vs "));
          describe (context, summary, g_ptr_array_index (distinct, i));
        }
      g_string_append_c (summary, '.');
      confidence = any_bare ? 0.6 : 0.75;
      contradiction = readout_contradiction_new (READOUT_CONTRADICTION_NUMERIC, summary->str, confidence);
      /* The evidence: each figure once per document. */
      for (guint i = 0; i < figures->len; i++)
        {
          Figure *figure = g_ptr_array_index (figures, i);
          g_autoptr(ReadoutEvidence) evidence = NULL;
          gpointer seen_key = GUINT_TO_POINTER ((figure->view->index << 8) ^ (guint)figure->value);

          if (g_hash_table_contains (used, seen_key))
            continue;
          g_hash_table_add (used, seen_key);
          evidence = figure_evidence (figure);
          if (evidence)
            {
              readout_compare_context_add_evidence (context, contradiction, figure->view, evidence);
            }
        }
      readout_compare_context_report (context, contradiction, 0.85);
    }

  /* The same figure with the same bound ("about 40") in several documents corroborates it,
   * disputed or not. */
  for (guint i = 0; i < distinct->len; i++)
    {
      Figure *figure = g_ptr_array_index (distinct, i);
      g_autoptr(GHashTable) views = g_hash_table_new (NULL, NULL);
      g_autoptr(GPtrArray) evidence = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *text = NULL;
      g_autofree char *summary = NULL;
      ReadoutContradiction *corroboration;

      for (guint j = 0; j < figures->len; j++)
        {
          Figure *other = g_ptr_array_index (figures, j);
          ReadoutEvidence *e;

          if (other->low != figure->low || other->high != figure->high || g_hash_table_contains (views, other->view))
            continue;
          g_hash_table_add (views, other->view);
          if ((e = figure_evidence (other)))
            g_ptr_array_add (evidence, e);
        }
      if (evidence->len < 2)
        continue;
      text = figure_text (figure);
      /* Translators: %u documents, the figure as written, what it counts. */
      summary = g_strdup_printf (_("%u documents give the same figure: “%s” (%s)."), evidence->len, text, key);
      corroboration = readout_contradiction_new (READOUT_CONTRADICTION_CORROBORATION, summary,
                                                 MIN (0.95, 0.5 + 0.1 * evidence->len));
      for (guint j = 0; j < evidence->len; j++)
        readout_contradiction_add_evidence (corroboration, g_ptr_array_index (evidence, j));
      readout_compare_context_report (context, corroboration, MIN (1.0, evidence->len / 5.0));
    }
}

static gboolean
numeric_run (ReadoutCompareContext  *context,
             GCancellable           *cancellable,
             GError                **error)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();

  for (guint v = 0; v < readout_compare_context_get_n_views (context); v++)
    {
      ReadoutDocumentView *view = readout_compare_context_get_view (context, v);

      for (guint t = 0; t < view->n_tokens; t++)
        {
          const ReadoutToken *token = readout_document_view_token (view, t);
          Figure *figure;
          g_autofree char *key = NULL;
          GPtrArray *group;

          if (!(token->flags & READOUT_TOKEN_NUMBER))
            continue;
          figure = read_figure (context, view, t);
          if (figure == NULL)
            continue;
          /* The bare figure of people joins the generic count of the dead. */
          if (figure->amount)
            key = g_strdup (figure->unit);
          else
            key = g_strdup_printf ("%s %s", figure->measure,
                                   figure->unit && !g_str_equal (figure->unit, "people") ? figure->unit : "people");
          group = g_hash_table_lookup (groups, key);
          if (group == NULL)
            {
              char *owned = g_strdup (key);

              group = g_ptr_array_new_with_free_func (figure_free);
              g_ptr_array_add (keys, owned);
              g_hash_table_insert (groups, owned, group);
            }
          g_ptr_array_add (group, figure);
          t = figure->last - 1;
        }
    }
  for (guint i = 0; i < keys->len; i++)
    compare_group (context, g_ptr_array_index (keys, i), g_hash_table_lookup (groups, g_ptr_array_index (keys, i)));
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

const ReadoutDetector readout_detector_numeric = {
  "numeric",
  numeric_run,
};
