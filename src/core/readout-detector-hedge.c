/* readout-detector-hedge.c: a link between two actors stated as fact in one document and as
 * someone's view in another ("TRF, a proxy of LeT" / "TRF, believed by analysts to be a front
 * for LeT").
 *
 * A link noun (hedges.tsv: front, proxy, wing…) with a name before it and a name after it
 * makes a link; a hedge word (believed, alleged…) in the few words before the noun hedges it.
 * Names are keyed by their first letters, so that spellings of one transliterated name
 * ("Lashkar-e-Taiba", "Lashkar-e-Tayyaba") meet; links are grouped by that key.
 * It reports attribution conflicts: the fact belongs to someone in one account only.
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
  guint                first; /* tokens of the evidence */
  guint                last;
  guint                name_first; /* the name the link is about */
  gboolean             hedged;
} Link;

static const char *
role_of (ReadoutCompareContext *context,
         const char            *norm)
{
  const char * const *row = readout_lexicon_lookup (readout_compare_context_get_lexicon (context), "hedges", norm);

  return row && row[1] ? row[1] : NULL;
}

/* A name key: four letters of the first capitalized word that is not a country. */
static char *
name_key (ReadoutCompareContext *context,
          ReadoutDocumentView   *view,
          guint                  first,
          guint                  last,
          gboolean               backwards,
          guint                 *at)
{
  for (guint i = 0; i < last - first; i++)
    {
      guint t = backwards ? last - 1 - i : first + i;
      const ReadoutToken *token = readout_document_view_token (view, t);
      guint n;

      if (!(token->flags & READOUT_TOKEN_CAPITAL) || !(token->flags & READOUT_TOKEN_CONTENT) ||
          (token->flags & READOUT_TOKEN_SENT_START) || strlen (token->norm) < 4)
        continue;
      if (readout_compare_context_country (context, view, t, &n) || strstr (token->norm, "-based"))
        continue;
      if (at)
        *at = t;
      return g_strndup (token->norm, 4);
    }
  return NULL;
}

static gboolean
hedge_run (ReadoutCompareContext  *context,
           GCancellable           *cancellable,
           GError                **error)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();

  for (guint v = 0; v < readout_compare_context_get_n_views (context); v++)
    {
      ReadoutDocumentView *view = readout_compare_context_get_view (context, v);

      for (guint t = 0; t < view->n_tokens; t++)
        {
          const ReadoutToken *token = readout_document_view_token (view, t);
          const ReadoutSentence *sentence = readout_document_view_sentence (view, token->sentence);
          const char *role = role_of (context, token->norm);
          g_autofree char *before = NULL;
          g_autofree char *after = NULL;
          g_autofree char *key = NULL;
          guint before_at = 0, after_at = 0;
          Link link = { view, 0, 0, 0, FALSE };
          GArray *group;

          if (role == NULL || !g_str_equal (role, "link") || token->quote)
            continue;
          /* "a front for": the noun follows an article. */
          if (t == 0 || !(g_str_equal (readout_document_view_token (view, t - 1)->norm, "a") ||
                          g_str_equal (readout_document_view_token (view, t - 1)->norm, "an")))
            continue;
          for (guint u = t > 8 ? t - 8 : 0; u < t; u++)
            if (u >= sentence->first_token && (role = role_of (context, readout_document_view_token (view, u)->norm)) &&
                g_str_equal (role, "hedge"))
              link.hedged = TRUE;
          before = name_key (context, view, MAX (sentence->first_token, t > 12 ? t - 12 : 0), t, TRUE, &before_at);
          after = name_key (context, view, t + 1, MIN (t + 6, sentence->last_token), FALSE, &after_at);
          if (before == NULL || after == NULL)
            continue;
          /* The first word of the name before: "The Resistance Front" → "Resistance". */
          while (before_at > sentence->first_token &&
                 (readout_document_view_token (view, before_at - 1)->flags & READOUT_TOKEN_CAPITAL) &&
                 (readout_document_view_token (view, before_at - 1)->flags & READOUT_TOKEN_CONTENT))
            before_at--;
          g_free (before);
          before = name_key (context, view, before_at, t, FALSE, NULL);
          if (before == NULL)
            continue;
          key = g_strdup_printf ("%s\t%s", before, after);
          link.first = t - 1;
          for (guint u = t > 8 ? t - 8 : 0; u < t; u++)
            if (u >= sentence->first_token && (role = role_of (context, readout_document_view_token (view, u)->norm)) &&
                g_str_equal (role, "hedge"))
              {
                link.first = u;
                break;
              }
          link.name_first = before_at;
          link.last = after_at + 1;
          while (link.last < sentence->last_token && link.last < after_at + 4 &&
                 (readout_document_view_token (view, link.last)->flags & READOUT_TOKEN_CAPITAL))
            link.last++;
          /* "(LeT)": an abbreviation in brackets is not part of the name's words. */
          for (guint u = after_at + 1; u < link.last; u++)
            {
              const ReadoutToken *prev = readout_document_view_token (view, u - 1);
              const ReadoutToken *here = readout_document_view_token (view, u);
              if (memchr (view->text + prev->end, '(', here->start - prev->end))
                {
                  link.last = u;
                  break;
                }
            }
          group = g_hash_table_lookup (groups, key);
          if (group == NULL)
            {
              char *owned = g_strdup (key);
              group = g_array_new (FALSE, FALSE, sizeof (Link));
              g_hash_table_insert (groups, owned, group);
              g_ptr_array_add (keys, owned);
            }
          g_array_append_val (group, link);
        }
    }

  for (guint k = 0; k < keys->len; k++)
    {
      GArray *group = g_hash_table_lookup (groups, g_ptr_array_index (keys, k));
      Link *fact = NULL, *view_of = NULL;

      for (guint i = 0; i < group->len; i++)
        {
          Link *link = &g_array_index (group, Link, i);
          if (link->hedged && view_of == NULL)
            view_of = link;
          else if (!link->hedged && fact == NULL)
            fact = link;
        }
      if (fact == NULL || view_of == NULL || fact->view == view_of->view)
        continue;
      {
        g_autoptr(ReadoutEvidence) ef = readout_evidence_new_tokens (fact->view, fact->first, fact->last);
        g_autoptr(ReadoutEvidence) eh = readout_evidence_new_tokens (view_of->view, view_of->first, view_of->last);
        g_autofree char *tf = NULL;
        g_autofree char *th = NULL;
        g_autofree char *summary = NULL;
        ReadoutContradiction *contradiction;

        if (ef == NULL || eh == NULL)
          continue;
        g_autofree char *name = NULL;
        guint name_last = fact->name_first;

        while (name_last < fact->first &&
               (readout_document_view_token (fact->view, name_last)->flags & READOUT_TOKEN_CAPITAL) &&
               (name_last == fact->name_first ||
                !memchr (fact->view->text + readout_document_view_token (fact->view, name_last - 1)->end, '(',
                         readout_document_view_token (fact->view, name_last)->start -
                         readout_document_view_token (fact->view, name_last - 1)->end)))
          name_last++;
        name = name_last > fact->name_first
               ? readout_compare_excerpt (fact->view->text, readout_document_view_token (fact->view, fact->name_first)->start,
                                          readout_document_view_token (fact->view, name_last - 1)->end, 60)
               : g_strdup ("—");
        tf = readout_compare_excerpt (fact->view->text, readout_evidence_get_start (ef), readout_evidence_get_end (ef), 100);
        th = readout_compare_excerpt (view_of->view->text, readout_evidence_get_start (eh), readout_evidence_get_end (eh), 100);
        /* Translators: outlet, a name, its link as stated; other outlet, the link as a view. */
        summary = g_strdup_printf (_("%s states as fact that %s is “%s”; %s presents it as a view: “%s”."),
                                   readout_compare_outlet_name (fact->view), name, tf,
                                   readout_compare_outlet_name (view_of->view), th);
        contradiction = readout_contradiction_new (READOUT_CONTRADICTION_ATTRIBUTION, summary, 0.5);
        readout_contradiction_add_evidence (contradiction, ef);
        readout_contradiction_add_evidence (contradiction, eh);
        readout_compare_context_report (context, contradiction, 0.6);
      }
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

const ReadoutDetector readout_detector_hedge = {
  "hedge",
  hedge_run,
};
