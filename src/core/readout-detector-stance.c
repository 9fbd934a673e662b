/* readout-detector-stance.c: opposite signals from one side, or one actor's stance described
 * in opposite ways.
 *
 * Every stance cue (stance.tsv) is tied to the person speaking before it and to the country it
 * is addressed to. Cues are grouped in a hash table by (the speaker's root affiliation,
 * addressee): restraint and action in one group, from different persons, are one side
 * sending opposite signals. Support and neutral for one person in different documents are
 * outlets disagreeing on a stance.
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
  const char          *person;
  const char          *polarity;
} Cue;

/* The country addressed by the cue: the nearest country word after the speaker other than
 * the speaker's own. */
static const char *
addressee (ReadoutCompareContext *context,
           ReadoutDocumentView   *view,
           guint                  from,
           guint                  to,
           const char            *own)
{
  for (guint t = from; t < to; t++)
    {
      guint n;
      const char *country = readout_compare_context_country (context, view, t, &n);

      if (country && (own == NULL || !g_str_equal (country, own)))
        return country;
    }
  return NULL;
}

static char *
title_case (const char *key)
{
  char *out = g_strdup (key);

  if (strlen (out) <= 3)
    {
      for (char *p = out; *p; p++)
        *p = g_ascii_toupper (*p);
      return out;
    }
  for (char *p = out; *p; p++)
    if (p == out || p[-1] == ' ')
      *p = g_ascii_toupper (*p);
  return out;
}

static void
add_cue_evidence (ReadoutCompareContext *context,
                  ReadoutContradiction  *contradiction,
                  GPtrArray             *cues,
                  const char            *person,
                  const char            *polarity,
                  guint                  max,
                  gboolean               one_per_view)
{
  g_autoptr(GHashTable) views = g_hash_table_new (NULL, NULL);
  guint n = 0;

  for (guint i = 0; i < cues->len && n < max; i++)
    {
      Cue *cue = g_ptr_array_index (cues, i);
      g_autoptr(ReadoutEvidence) evidence = NULL;

      if (!g_str_equal (cue->person, person) || !g_str_equal (cue->polarity, polarity) ||
          (one_per_view && g_hash_table_contains (views, cue->view)))
        continue;
      g_hash_table_add (views, cue->view);
      evidence = readout_evidence_new_tokens (cue->view, cue->first, cue->last);
      if (evidence == NULL)
        continue;
      readout_compare_context_add_evidence (context, contradiction, cue->view, evidence);
      n++;
    }
  if (readout_compare_context_find_actor (context, person))
    readout_contradiction_add_actor (contradiction, readout_compare_context_find_actor (context, person));
}

static const char *
top_person (GPtrArray  *cues,
            const char *polarity,
            const char *not_person)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *best = NULL;
  guint best_n = 0;

  for (guint i = 0; i < cues->len; i++)
    {
      Cue *cue = g_ptr_array_index (cues, i);
      guint n;

      if (!g_str_equal (cue->polarity, polarity) || (not_person && g_str_equal (cue->person, not_person)))
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, cue->person)) + 1;
      g_hash_table_insert (counts, (gpointer)cue->person, GUINT_TO_POINTER (n));
      if (n > best_n)
        {
          best_n = n;
          best = cue->person;
        }
    }
  return best;
}

static char *
cue_excerpt (GPtrArray  *cues,
             const char *person,
             const char *polarity)
{
  for (guint i = 0; i < cues->len; i++)
    {
      Cue *cue = g_ptr_array_index (cues, i);
      if (g_str_equal (cue->person, person) && g_str_equal (cue->polarity, polarity))
        return readout_compare_excerpt (cue->view->text, readout_document_view_token (cue->view, cue->first)->start,
                                        readout_document_view_token (cue->view, cue->last - 1)->end, 110);
    }
  return g_strdup ("");
}

/* "Nobody reopens", "will not resume": a negation just before a go or stop cue turns it over. */
static gboolean
is_negated (ReadoutDocumentView   *view,
            const ReadoutSentence *sentence,
            guint                  first)
{
  static const char * const negations[] = { "not", "no", "nobody", "never", "cannot", "won't", "nothing", NULL };

  for (guint t = first; t > sentence->first_token && first - t < 3; t--)
    {
      const ReadoutToken *before = readout_document_view_token (view, t - 1);
      const ReadoutToken *after = readout_document_view_token (view, t);

      /* "No exceptions, no deadlines": a negation in another clause does not count. */
      for (gsize i = before->end; i < after->start; i++)
        if (strchr (",;:.", view->text[i]))
          return FALSE;
      if (g_strv_contains (negations, before->norm))
        return TRUE;
    }
  return FALSE;
}

/* The government a person speaks for: the root affiliation from the actor model, else, for a
 * minister or secretary whose country no text names, the (unnamed) home government of the
 * article. Persons with a named country never fall in the unnamed one. */
static const char *
government_of (ReadoutCompareContext *context,
               const char            *person,
               ReadoutDocumentView   *view,
               guint                  from,
               guint                  mention)
{
  const char *side = readout_compare_context_affiliation (context, person);
  ReadoutActor *actor;
  const char * const *roles;

  if (side)
    return side;
  /* "Norwegian Transport Minister Erik Lind said": a country word in the speaker's title. */
  for (guint t = from; t < mention; t++)
    {
      guint n;
      const char *country = readout_compare_context_country (context, view, t, &n);

      if (country && readout_document_view_token (view, t)->quote == 0)
        side = country;
    }
  if (side)
    return side;
  actor = readout_compare_context_find_actor (context, person);
  if (actor == NULL)
    return NULL;
  roles = readout_actor_get_roles (actor);
  for (guint i = 0; roles && roles[i]; i++)
    if (strstr (roles[i], "minister") || strstr (roles[i], "secretary") ||
        strstr (roles[i], "spokes") || strstr (roles[i], "chancellor"))
      return "";
  return NULL;
}

static gboolean
stance_run (ReadoutCompareContext  *context,
            GCancellable           *cancellable,
            GError                 **error)
{
  g_autoptr(GPtrArray) cues = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) sides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GHashTable) persons = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) side_keys = g_ptr_array_new ();
  g_autoptr(GPtrArray) person_keys = g_ptr_array_new ();
  g_autoptr(GHashTable) matters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) matter_keys = g_ptr_array_new ();
  /* go-versus-stop findings being gathered: "side\tstop\tgo" → finding (owned by the array) */
  g_autoptr(GHashTable) conflicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) conflict_order = g_ptr_array_new ();

  for (guint v = 0; v < readout_compare_context_get_n_views (context); v++)
    {
      ReadoutDocumentView *view = readout_compare_context_get_view (context, v);

      for (guint s = 0; s < view->sentences->len; s++)
        {
          const ReadoutSentence *sentence = readout_document_view_sentence (view, s);
          guint from = sentence->first_token;
          const char * const *row;
          guint mf, ml;

          while (from < sentence->last_token &&
                 readout_document_view_find_phrase (view, context, from, sentence->last_token, "stance", &row, &mf, &ml))
            {
              Cue *cue;
              const char *person = readout_compare_context_person_before (context, view, mf);
              guint start = mf;
              guint end = MIN (ml + 12, sentence->last_token);

              from = ml;
              if (person == NULL)
                continue;
              /* Evidence from the speaker's mention (in this sentence) to a little after the cue. */
              for (guint t = mf; t > sentence->first_token; t--)
                {
                  const char *p = readout_compare_context_person_at (context, view, t - 1);
                  if (p && g_str_equal (p, person))
                    {
                      start = t - 1;
                      break;
                    }
                }
              /* A speaker named far before: start at the verb of the request instead. */
              if (mf - start > 10)
                {
                  start = mf;
                  for (guint t = mf; t > sentence->first_token && mf - t < 6; t--)
                    if (readout_token_is_speech_verb (readout_document_view_token (view, t - 1)))
                      {
                        start = t - 1;
                        break;
                      }
                }
              start = MAX (start, sentence->first_token);
              /* To the end of the clause: a semicolon, a dash or the sentence's end. */
              for (guint t = ml; t < end; t++)
                {
                  const ReadoutToken *prev = readout_document_view_token (view, t - 1);
                  const ReadoutToken *here = readout_document_view_token (view, t);
                  gboolean boundary = FALSE;

                  for (gsize i = prev->end; i < here->start; i++)
                    boundary |= view->text[i] == ';' || strncmp (view->text + i, "–", strlen ("–")) == 0 ||
                                strncmp (view->text + i, "—", strlen ("—")) == 0;
                  /* “…,” Rajnath posted: the quote's end is the cue's end. */
                  if (prev->quote && prev->quote != here->quote &&
                      (readout_token_is_speech_verb (here) ||
                       readout_compare_context_person_at (context, view, t)))
                    boundary = TRUE;
                  if (boundary)
                    {
                      end = t;
                      break;
                    }
                }
              cue = g_new0 (Cue, 1);
              cue->view = view;
              cue->first = start;
              cue->last = end;
              cue->person = person;
              cue->polarity = row[1] ? row[1] : "";
              g_ptr_array_add (cues, cue);

              if (g_str_equal (cue->polarity, "go") || g_str_equal (cue->polarity, "stop"))
                {
                  const char *side;
                  g_autofree char *key = NULL;
                  GPtrArray *group;
                  guint mention = mf;

                  /* The speaker named earlier in the same sentence beats the last name
                   * mentioned before it ("Minister X wrote: “The terminal stays shut”"). */
                  for (guint t = mf; t > sentence->first_token; t--)
                    {
                      const char *p = readout_compare_context_person_at (context, view, t - 1);
                      /* Names inside the quote are what is talked about, not who talks. */
                      if (p && readout_document_view_token (view, t - 1)->quote == 0)
                        {
                          person = cue->person = p;
                          mention = t - 1;
                          break;
                        }
                    }
                  side = government_of (context, person, view,
                                       MAX (sentence->first_token, mention > 6 ? mention - 6 : 0), mention);
                  if (is_negated (view, sentence, mf))
                    cue->polarity = g_str_equal (cue->polarity, "go") ? "stop" : "go";
                  if (side == NULL)
                    continue;
                  /* One matter: go and stop cues of one government in one article. */
                  key = g_strdup_printf ("%s\t%u", side, view->index);
                  group = g_hash_table_lookup (matters, key);
                  if (group == NULL)
                    {
                      char *owned = g_strdup (key);
                      group = g_ptr_array_new ();
                      g_hash_table_insert (matters, owned, group);
                      g_ptr_array_add (matter_keys, owned);
                    }
                  g_ptr_array_add (group, cue);
                }
              else if (g_str_equal (cue->polarity, "restraint") || g_str_equal (cue->polarity, "action"))
                {
                  const char *side = readout_compare_context_affiliation (context, person);
                  const char *to = addressee (context, view, start, end, side);
                  g_autofree char *key = NULL;
                  GPtrArray *group;

                  if (side == NULL || to == NULL)
                    continue;
                  key = g_strdup_printf ("%s\t%s", side, to);
                  group = g_hash_table_lookup (sides, key);
                  if (group == NULL)
                    {
                      char *owned = g_strdup (key);
                      group = g_ptr_array_new ();
                      g_hash_table_insert (sides, owned, group);
                      g_ptr_array_add (side_keys, owned);
                    }
                  g_ptr_array_add (group, cue);
                }
              else
                {
                  GPtrArray *group = g_hash_table_lookup (persons, person);
                  if (group == NULL)
                    {
                      group = g_ptr_array_new ();
                      g_hash_table_insert (persons, (gpointer)person, group);
                      g_ptr_array_add (person_keys, (gpointer)person);
                    }
                  g_ptr_array_add (group, cue);
                }
            }
        }
    }

  /* One side, one addressee, opposite signals from different persons. */
  for (guint i = 0; i < side_keys->len; i++)
    {
      const char *key = g_ptr_array_index (side_keys, i);
      GPtrArray *group = g_hash_table_lookup (sides, key);
      const char *restraint = top_person (group, "restraint", NULL);
      const char *action = top_person (group, "action", restraint);
      g_auto(GStrv) parts = g_strsplit (key, "\t", 2);
      g_autofree char *restraint_text = NULL;
      g_autofree char *action_text = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *side_name = NULL;
      g_autofree char *addressee_name = NULL;
      ReadoutContradiction *contradiction;

      if (restraint == NULL || action == NULL)
        continue;
      restraint_text = cue_excerpt (group, restraint, "restraint");
      action_text = cue_excerpt (group, action, "action");
      side_name = title_case (parts[0]);
      addressee_name = title_case (parts[1]);
      /* Translators: side (a country), addressee, person, words, person, words. */
      summary = g_strdup_printf (_("Officials of %s send %s opposite signals: %s asks for restraint (“%s”), while %s is reported backing action (“%s”)."),
                                 side_name, addressee_name,
                                 readout_compare_context_display_name (context, restraint), restraint_text,
                                 readout_compare_context_display_name (context, action), action_text);
      contradiction = readout_contradiction_new (READOUT_CONTRADICTION_STANCE, summary, 0.8);
      add_cue_evidence (context, contradiction, group, restraint, "restraint", 3, TRUE);
      add_cue_evidence (context, contradiction, group, action, "action", 3, TRUE);
      readout_compare_context_report (context, contradiction, 1.0);
    }

  /* One government, one article: one official says the matter goes ahead, another that it
   * stays stopped. The same person twice is no disagreement. The same two officials at odds
   * in several articles are one conflict: one finding, with each article's words. */
  for (guint i = 0; i < matter_keys->len; i++)
    {
      const char *key = g_ptr_array_index (matter_keys, i);
      GPtrArray *group = g_hash_table_lookup (matters, key);
      g_auto(GStrv) parts = g_strsplit (key, "\t", 2);
      const char *stop = top_person (group, "stop", NULL);
      const char *go = top_person (group, "go", stop);
      g_autofree char *conflict_key = NULL;
      ReadoutContradiction *conflict;

      if (go == NULL)
        {
          go = top_person (group, "go", NULL);
          stop = top_person (group, "stop", go);
        }
      if (go == NULL || stop == NULL)
        continue;
      conflict_key = g_strdup_printf ("%s\t%s\t%s", parts[0], stop, go);
      conflict = g_hash_table_lookup (conflicts, conflict_key);
      if (conflict == NULL)
        {
          g_autofree char *stop_text = cue_excerpt (group, stop, "stop");
          g_autofree char *go_text = cue_excerpt (group, go, "go");
          g_autofree char *summary = NULL;

          if (*parts[0] != '\0')
            {
              g_autofree char *side_name = title_case (parts[0]);
              /* Translators: side (a country), person, words, person, words. */
              summary = g_strdup_printf (_("Officials of %s send opposite signals: %s says it stays stopped (“%s”), while %s says it goes ahead (“%s”)."),
                                         side_name,
                                         readout_compare_context_display_name (context, stop), stop_text,
                                         readout_compare_context_display_name (context, go), go_text);
            }
          else
            {
              /* Translators: person, words, person, words. */
              summary = g_strdup_printf (_("Officials of one government send opposite signals: %s says it stays stopped (“%s”), while %s says it goes ahead (“%s”)."),
                                         readout_compare_context_display_name (context, stop), stop_text,
                                         readout_compare_context_display_name (context, go), go_text);
            }
          conflict = readout_contradiction_new (READOUT_CONTRADICTION_STANCE, summary, 0.7);
          g_hash_table_insert (conflicts, g_steal_pointer (&conflict_key), conflict);
          g_ptr_array_add (conflict_order, conflict);
        }
      add_cue_evidence (context, conflict, group, stop, "stop", 2, FALSE);
      add_cue_evidence (context, conflict, group, go, "go", 2, FALSE);
    }
  for (guint i = 0; i < conflict_order->len; i++)
    readout_compare_context_report (context, g_ptr_array_index (conflict_order, i), 0.9);

  /* One person, support in one document and neutrality in another. */
  for (guint i = 0; i < person_keys->len; i++)
    {
      const char *person = g_ptr_array_index (person_keys, i);
      GPtrArray *group = g_hash_table_lookup (persons, person);
      Cue *neutral = NULL, *support = NULL;
      g_autofree char *neutral_text = NULL;
      g_autofree char *support_text = NULL;
      g_autofree char *summary = NULL;
      ReadoutContradiction *contradiction;

      /* Linear: the first neutral cues of two documents, then a support cue elsewhere. */
      Cue *neutral_first = NULL, *neutral_other = NULL;

      for (guint a = 0; a < group->len; a++)
        {
          Cue *x = g_ptr_array_index (group, a);
          if (!g_str_equal (x->polarity, "neutral"))
            continue;
          if (neutral_first == NULL)
            neutral_first = x;
          else if (neutral_other == NULL && x->view != neutral_first->view)
            neutral_other = x;
        }
      for (guint b = 0; b < group->len && neutral_first && !support; b++)
        {
          Cue *y = g_ptr_array_index (group, b);
          if (!g_str_equal (y->polarity, "support"))
            continue;
          if (y->view != neutral_first->view)
            neutral = neutral_first, support = y;
          else if (neutral_other)
            neutral = neutral_other, support = y;
        }
      if (!support)
        continue;
      neutral_text = readout_compare_excerpt (neutral->view->text, readout_document_view_token (neutral->view, neutral->first)->start,
                                              readout_document_view_token (neutral->view, neutral->last - 1)->end, 100);
      support_text = readout_compare_excerpt (support->view->text, readout_document_view_token (support->view, support->first)->start,
                                              readout_document_view_token (support->view, support->last - 1)->end, 100);
      /* Translators: person, outlet, words, outlet, words. */
      summary = g_strdup_printf (_("Outlets describe %s’s stance differently: %s calls it neutral (“%s”), %s reports support (“%s”)."),
                                 readout_compare_context_display_name (context, person),
                                 readout_compare_outlet_name (neutral->view), neutral_text,
                                 readout_compare_outlet_name (support->view), support_text);
      contradiction = readout_contradiction_new (READOUT_CONTRADICTION_STANCE, summary, 0.55);
      add_cue_evidence (context, contradiction, group, person, "neutral", 2, TRUE);
      add_cue_evidence (context, contradiction, group, person, "support", 2, TRUE);
      readout_compare_context_report (context, contradiction, 0.8);
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

const ReadoutDetector readout_detector_stance = {
  "stance",
  stance_run,
};
