/* readout-detector-negation.c: one actor said to do a thing in one document and not to do
 * it (or to do its opposite) in another.
 *
 * Predicates come from antonyms.tsv (stem prefixes, each pair read both ways). A predicate in
 * a sentence is tied to the actors named before it in its clause, as country keys (a person
 * counts for their country; "both leaders" for the persons of the sentence before), and is
 * negated by "not", "never", "no" just before it or by a later "… has not done" with the actor
 * named. An infinitive ("the need to condemn") asserts nothing. Claims are grouped by (actor,
 * predicate) in a hash table; an asserted and a negated claim (or two opposites) from
 * different documents disagree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "readout-detector.h"

typedef struct
{
  ReadoutDocumentView *view;
  guint                sentence;
  guint                first; /* tokens of the evidence */
  guint                last;
  gboolean             negated;
  char                *predicate; /* the row's first column */
} Claim;

static void
claim_free (gpointer data)
{
  Claim *claim = data;

  g_free (claim->predicate);
  g_free (claim);
}

static gboolean
is_negator (const char *norm)
{
  return g_str_equal (norm, "not") || g_str_equal (norm, "never") || g_str_equal (norm, "no") ||
         g_str_has_suffix (norm, "n't") || g_str_equal (norm, "neither") || g_str_equal (norm, "nor");
}

/* The row of antonyms.tsv whose first or second column is a prefix of the word; *opposite
 * tells which. */
static const char * const *
predicate_row (ReadoutCompareContext *context,
               const char            *norm,
               gboolean              *opposite)
{
  GPtrArray *rows = readout_lexicon_get_rows (readout_compare_context_get_lexicon (context), "antonyms");

  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      if (g_str_has_prefix (norm, row[0]))
        {
          *opposite = FALSE;
          return row;
        }
      if (row[1] && !g_str_equal (row[1], "-") && g_str_has_prefix (norm, row[1]))
        {
          *opposite = TRUE;
          return row;
        }
    }
  return NULL;
}

static void
actors_in (ReadoutCompareContext *context,
           ReadoutDocumentView   *view,
           guint                  first,
           guint                  last,
           GPtrArray             *out)
{
  for (guint t = first; t < last; t++)
    {
      guint n;
      const char *country = readout_compare_context_country (context, view, t, &n);
      const char *person = readout_compare_context_person_at (context, view, t);

      if (person)
        country = readout_compare_context_affiliation (context, person);
      if (country && !g_ptr_array_find_with_equal_func (out, country, g_str_equal, NULL))
        g_ptr_array_add (out, (gpointer)country);
    }
}

static gboolean
collective_subject (ReadoutDocumentView *view,
                    guint                first,
                    guint                last)
{
  for (guint t = first; t + 1 < last; t++)
    {
      const char *a = readout_document_view_token (view, t)->norm;
      const char *b = readout_document_view_token (view, t + 1)->norm;
      if (g_str_equal (a, "both") || (g_str_equal (a, "the") && g_str_equal (b, "two")))
        return TRUE;
    }
  return FALSE;
}

static void
add_claim (GHashTable          *groups,
           GPtrArray           *keys,
           const char          *actor,
           const char          *predicate,
           Claim               *claim,
           GPtrArray           *owner)
{
  g_autofree char *key = g_strdup_printf ("%s\t%s", actor, predicate);
  GPtrArray *group = g_hash_table_lookup (groups, key);

  if (group == NULL)
    {
      char *owned = g_strdup (key);
      group = g_ptr_array_new ();
      g_hash_table_insert (groups, owned, group);
      g_ptr_array_add (keys, owned);
    }
  g_ptr_array_add (group, claim);
  (void)owner;
}

static gboolean
negation_run (ReadoutCompareContext  *context,
              GCancellable           *cancellable,
              GError                **error)
{
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (claim_free);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();

  for (guint v = 0; v < readout_compare_context_get_n_views (context); v++)
    {
      ReadoutDocumentView *view = readout_compare_context_get_view (context, v);

      for (guint s = 0; s < view->sentences->len; s++)
        {
          const ReadoutSentence *sentence = readout_document_view_sentence (view, s);

          for (guint t = sentence->first_token; t < sentence->last_token; t++)
            {
              const ReadoutToken *token = readout_document_view_token (view, t);
              gboolean opposite, negated = FALSE;
              const char * const *row = predicate_row (context, token->norm, &opposite);
              g_autoptr(GPtrArray) actors = g_ptr_array_new ();
              Claim *claim;
              guint clause = t;
              guint negation_end = 0;

              if (row == NULL || (token->flags & READOUT_TOKEN_CAPITAL) || token->quote)
                continue;
              /* "the need to condemn": an infinitive asserts nothing by itself… */
              if (t > sentence->first_token && g_str_equal (readout_document_view_token (view, t - 1)->norm, "to"))
                {
                  /* …unless the sentence goes on "something that Pakistan has not done". */
                  for (guint u = t + 1; u + 1 < sentence->last_token; u++)
                    if (is_negator (readout_document_view_token (view, u)->norm) &&
                        g_str_has_prefix (readout_document_view_token (view, u + 1)->norm, "d"))
                      {
                        g_autoptr(GPtrArray) named = g_ptr_array_new ();
                        actors_in (context, view, MAX (t + 1, u > 4 ? u - 4 : 0), u, named);
                        if (named->len)
                          {
                            for (guint a = 0; a < named->len; a++)
                              g_ptr_array_add (actors, g_ptr_array_index (named, a));
                            negated = TRUE;
                            negation_end = u + 2;
                          }
                        break;
                      }
                  if (!negated)
                    continue;
                }
              else
                {
                  for (guint u = t; u > sentence->first_token && t - u < 3; u--)
                    if (is_negator (readout_document_view_token (view, u - 1)->norm))
                      negated = TRUE;
                  /* The subject: the actors of the clause before the predicate. */
                  while (clause > sentence->first_token && t - clause < 12)
                    clause--;
                  actors_in (context, view, clause, t, actors);
                  if (collective_subject (view, clause, t) && s > 0)
                    {
                      const ReadoutSentence *before = readout_document_view_sentence (view, s - 1);
                      actors_in (context, view, before->first_token, before->last_token, actors);
                    }
                }
              if (actors->len == 0)
                continue;
              claim = g_new0 (Claim, 1);
              claim->view = view;
              claim->sentence = s;
              claim->first = MAX (clause, t > 6 ? t - 6 : 0);
              claim->last = MIN (t + 5, sentence->last_token);
              if (negation_end)
                claim->last = MIN (negation_end, sentence->last_token);
              claim->negated = negated != opposite;
              claim->predicate = g_strdup (row[0]);
              g_ptr_array_add (claims, claim);
              for (guint a = 0; a < actors->len; a++)
                add_claim (groups, keys, g_ptr_array_index (actors, a), row[0], claim, claims);
            }
        }
    }

  for (guint k = 0; k < keys->len; k++)
    {
      const char *key = g_ptr_array_index (keys, k);
      GPtrArray *group = g_hash_table_lookup (groups, key);
      Claim *yes = NULL, *no = NULL;

      /* Linear: the first asserted and negated claims of two documents at most. */
      Claim *yes_first = NULL, *yes_other = NULL;

      for (guint i = 0; i < group->len; i++)
        {
          Claim *claim = g_ptr_array_index (group, i);
          if (claim->negated)
            continue;
          if (yes_first == NULL)
            yes_first = claim;
          else if (yes_other == NULL && claim->view != yes_first->view)
            yes_other = claim;
        }
      for (guint i = 0; i < group->len && yes_first && !no; i++)
        {
          Claim *claim = g_ptr_array_index (group, i);
          if (!claim->negated)
            continue;
          if (claim->view != yes_first->view)
            yes = yes_first, no = claim;
          else if (yes_other)
            yes = yes_other, no = claim;
        }
      if (no == NULL)
        continue;
      {
        g_auto(GStrv) parts = g_strsplit (key, "\t", 2);
        g_autoptr(ReadoutEvidence) ey = readout_evidence_new_tokens (yes->view, yes->first, yes->last);
        g_autoptr(ReadoutEvidence) en = readout_evidence_new_tokens (no->view, no->first, no->last);
        g_autofree char *ty = NULL;
        g_autofree char *tn = NULL;
        g_autofree char *summary = NULL;
        ReadoutContradiction *contradiction;

        if (ey == NULL || en == NULL)
          continue;
        ty = readout_compare_excerpt (yes->view->text, readout_evidence_get_start (ey), readout_evidence_get_end (ey), 100);
        tn = readout_compare_excerpt (no->view->text, readout_evidence_get_start (en), readout_evidence_get_end (en), 100);
        /* Translators: outlet, words, outlet, words. */
        summary = g_strdup_printf (_("%s says “%s”, but %s says the opposite: “%s”."),
                                   readout_compare_outlet_name (yes->view), ty,
                                   readout_compare_outlet_name (no->view), tn);
        contradiction = readout_contradiction_new (READOUT_CONTRADICTION_NEGATION, summary, 0.5);
        readout_compare_context_add_evidence (context, contradiction, yes->view, ey);
        readout_compare_context_add_evidence (context, contradiction, no->view, en);
        readout_compare_context_report (context, contradiction, 0.7);
      }
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

const ReadoutDetector readout_detector_negation = {
  "negation",
  negation_run,
};
