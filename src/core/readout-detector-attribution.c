/* readout-detector-attribution.c: what one actor says another said, against that actor's own
 * words.
 *
 * A relayed statement is a sentence with two reporting verbs of two persons, one inside the
 * other ("Singh claimed that “Hegseth said that X”", "Hegseth said “X”, Rajnath posted"). The
 * relayed person's own words are quotes where they are the only speaker. Relays and own words
 * are grouped by person in a hash table; words of a relay that none of the person's own
 * statements contain ("right to defend itself") are the discrepancy.
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
  guint                first; /* content tokens */
  guint                last;
  const char          *speaker;
  const char          *relayer; /* NULL for own words */
} Words;

typedef struct
{
  guint       token;
  const char *person;
} Verb;

static const char *
speaker_of (ReadoutCompareContext *context,
            ReadoutDocumentView   *view,
            const ReadoutSentence *sentence,
            guint                  verb)
{
  ReadoutLexicon *lexicon = readout_compare_context_get_lexicon (context);

  /* "Hegseth said", "the US defence secretary posted", "he also wrote": the word before the
   * verb, adverbs aside, names the speaker ("the readout on the X conversation said" does not). */
  for (guint t = verb; t > sentence->first_token && verb - t < 4; t--)
    {
      const ReadoutToken *token = readout_document_view_token (view, t - 1);
      const char * const *row = readout_lexicon_lookup (lexicon, "stopwords", token->norm);
      const char *person = readout_compare_context_person_at (context, view, t - 1);

      if (person)
        return person;
      if (!(row && row[1] && g_str_equal (row[1], "adverb")))
        break;
    }
  /* "said Hegseth" */
  if (verb + 1 < sentence->last_token)
    return readout_compare_context_person_at (context, view, verb + 1);
  return NULL;
}

static gboolean
is_stem_in (GHashTable *stems,
            const char *stem)
{
  return g_hash_table_contains (stems, stem);
}

static gboolean
notable (const ReadoutToken *token)
{
  return (token->flags & READOUT_TOKEN_CONTENT) && !(token->flags & READOUT_TOKEN_CAPITAL) &&
         !(token->flags & READOUT_TOKEN_NUMBER) && strlen (token->norm) > 2;
}

/* No quote opens or closes between the two: the second report is inside the first. */
static gboolean
same_quote_between (ReadoutDocumentView *view,
                    guint                first,
                    guint                last)
{
  guint quote = readout_document_view_token (view, last)->quote;

  for (guint t = first; t < last; t++)
    if (readout_document_view_token (view, t)->quote != quote)
      return FALSE;
  return TRUE;
}

static void
scan_sentence (ReadoutCompareContext *context,
               ReadoutDocumentView   *view,
               guint                  s,
               GPtrArray             *relays,
               GPtrArray             *own)
{
  const ReadoutSentence *sentence = readout_document_view_sentence (view, s);
  Verb verbs[4];
  guint n = 0;

  for (guint t = sentence->first_token; t < sentence->last_token && n < G_N_ELEMENTS (verbs); t++)
    {
      const ReadoutToken *token = readout_document_view_token (view, t);
      const char *person;

      if (!readout_token_is_speech_verb (token))
        continue;
      /* "United States" is a name, not "states". */
      if ((token->flags & READOUT_TOKEN_CAPITAL) && !(token->flags & READOUT_TOKEN_SENT_START))
        continue;
      /* "called Singh to express his sympathies": an infinitive is no report. */
      if (t > sentence->first_token && g_str_equal (readout_document_view_token (view, t - 1)->norm, "to"))
        continue;
      person = speaker_of (context, view, sentence, t);
      if (person == NULL)
        continue;
      if (n > 0 && g_str_equal (verbs[n - 1].person, person))
        continue;
      verbs[n].token = t;
      verbs[n].person = person;
      n++;
    }
  if (n == 0)
    return;

  if (n >= 2)
    {
      const ReadoutToken *v0 = readout_document_view_token (view, verbs[0].token);
      const ReadoutToken *v1 = readout_document_view_token (view, verbs[1].token);
      guint inner, outer;
      Words *words;
      guint last = sentence->last_token;

      /* Only a report inside a report is a relay: "A claimed that “B said…”", "A said that B
       * said…", "B said “…”, A posted". Two reports side by side are not. */
      if (v1->quote && !v0->quote)
        inner = 1, outer = 0;
      else if (v0->quote && !v1->quote)
        inner = 0, outer = 1;
      else if (!v1->quote && verbs[1].token > 1 &&
               (readout_document_view_token (view, verbs[1].token - 1)->quote ||
                readout_document_view_token (view, verbs[1].token - 2)->quote) &&
               readout_document_view_token (view, verbs[0].token + 1)->quote)
        inner = 0, outer = 1;
      else if (verbs[0].token + 1 < verbs[1].token &&
               g_str_equal (readout_document_view_token (view, verbs[0].token + 1)->norm, "that") &&
               same_quote_between (view, verbs[0].token + 1, verbs[1].token))
        inner = 1, outer = 0;
      else
        return;
      if (outer > inner)
        last = verbs[outer].token;
      /* "Singh said a US cabinet member had backed…": no second name, no relay. */
      words = g_new0 (Words, 1);
      words->view = view;
      words->first = verbs[inner].token + 1;
      words->last = last;
      words->speaker = verbs[inner].person;
      words->relayer = verbs[outer].person;
      /* The relayed words run to the end of the quote they are in. */
      if (readout_document_view_token (view, words->first)->quote)
        {
          guint q = readout_document_view_token (view, words->first)->quote;
          guint t = words->first;
          while (t < last && readout_document_view_token (view, t)->quote == q)
            t++;
          words->last = t;
        }
      if (words->first < words->last && g_str_equal (readout_document_view_token (view, words->first)->norm, "that"))
        words->first++;
      if (words->last > words->first + 3)
        g_ptr_array_add (relays, words);
      else
        g_free (words);
      return;
    }

  /* One speaker and a quote: their own words, the whole quote (it may run over several
   * sentences: "“I offered my strong support. We stand with India…,” he wrote."). */
  {
    guint first = G_MAXUINT, last = 0;
    for (guint t = sentence->first_token; t < sentence->last_token; t++)
      if (readout_document_view_token (view, t)->quote)
        {
          first = MIN (first, t);
          last = t + 1;
        }
    if (first != G_MAXUINT)
      {
        guint quote = readout_document_view_token (view, first)->quote;
        while (first > 0 && readout_document_view_token (view, first - 1)->quote == quote)
          first--;
        quote = readout_document_view_token (view, last - 1)->quote;
        while (last < view->n_tokens && readout_document_view_token (view, last)->quote == quote)
          last++;
      }
    if (first != G_MAXUINT && last > first + 3)
      {
        Words *words = g_new0 (Words, 1);
        words->view = view;
        words->first = first;
        words->last = last;
        words->speaker = verbs[0].person;
        g_ptr_array_add (own, words);
      }
  }
}

static guint
shared_words (Words *relay,
              Words *own)
{
  g_autoptr(GHashTable) stems = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  for (guint t = own->first; t < own->last; t++)
    g_hash_table_add (stems, (gpointer)readout_document_view_token (own->view, t)->stem);
  for (guint t = relay->first; t < relay->last; t++)
    {
      const ReadoutToken *token = readout_document_view_token (relay->view, t);
      n += notable (token) && g_hash_table_contains (stems, token->stem);
    }
  return n;
}

static gboolean
attribution_run (ReadoutCompareContext  *context,
                 GCancellable           *cancellable,
                 GError                **error)
{
  g_autoptr(GPtrArray) relays = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) own_by_person = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) stems_by_person = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_hash_table_unref);

  for (guint v = 0; v < readout_compare_context_get_n_views (context); v++)
    {
      ReadoutDocumentView *view = readout_compare_context_get_view (context, v);
      for (guint s = 0; s < view->sentences->len; s++)
        scan_sentence (context, view, s, relays, own);
    }
  for (guint i = 0; i < own->len; i++)
    {
      Words *words = g_ptr_array_index (own, i);
      GPtrArray *list = g_hash_table_lookup (own_by_person, words->speaker);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (own_by_person, (gpointer)words->speaker, list);
        }
      g_ptr_array_add (list, words);
    }

  for (guint i = 0; i < relays->len; i++)
    {
      Words *relay = g_ptr_array_index (relays, i);
      GPtrArray *list = g_hash_table_lookup (own_by_person, relay->speaker);
      GHashTable *own_stems;
      g_autoptr(GString) missing = g_string_new (NULL);
      guint n_missing = 0, n_shared = 0;
      Words *closest = NULL;
      g_autofree char *key = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *relayed_text = NULL;
      g_autofree char *own_text = NULL;
      ReadoutContradiction *contradiction;
      g_autoptr(ReadoutEvidence) relay_evidence = NULL;

      if (list == NULL)
        continue;
      /* The person's own words as stems, gathered once per person. */
      own_stems = g_hash_table_lookup (stems_by_person, relay->speaker);
      if (own_stems == NULL)
        {
          own_stems = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint j = 0; j < list->len; j++)
            {
              Words *words = g_ptr_array_index (list, j);
              for (guint t = words->first; t < words->last; t++)
                g_hash_table_add (own_stems, (gpointer)readout_document_view_token (words->view, t)->stem);
            }
          g_hash_table_insert (stems_by_person, (gpointer)relay->speaker, own_stems);
        }
      /* To quote in the summary: the own words closest in matter to the relay (most words in
       * common), among the first few. */
      {
        guint best = 0;
        for (guint j = 0; j < list->len && j < 16; j++)
          {
            Words *words = g_ptr_array_index (list, j);
            guint shared = shared_words (relay, words) * 2 + (words->view == relay->view);
            if (closest == NULL || shared > best)
              {
                closest = words;
                best = shared;
              }
          }
      }
      for (guint t = relay->first; t < relay->last; t++)
        {
          const ReadoutToken *token = readout_document_view_token (relay->view, t);
          if (!notable (token))
            continue;
          if (is_stem_in (own_stems, token->stem))
            n_shared++;
          else
            {
              n_missing++;
              if (n_missing <= 5)
                {
                  if (missing->len)
                    g_string_append (missing, ", ");
                  g_string_append_len (missing, relay->view->text + token->start, token->end - token->start);
                }
            }
        }
      /* About the same matter (a word in common) and saying more: two words at least, and a
       * good part of what is relayed. */
      if (n_missing < 2 || n_shared < 1 || n_missing * 5 < (n_missing + n_shared) * 2)
        continue;
      /* A spokesperson relaying their own side's principal gives its readout; the
       * discrepancy that matters is one side's account of what the other side said. */
      {
        const char *side_a = readout_compare_context_affiliation (context, relay->relayer);
        const char *side_b = readout_compare_context_affiliation (context, relay->speaker);
        if (side_a && side_b && g_str_equal (side_a, side_b))
          continue;
      }

      relay_evidence = readout_evidence_new_tokens (relay->view, relay->first, relay->last);
      if (relay_evidence == NULL)
        continue;
      key = g_strdup_printf ("%s\t%s", relay->relayer, relay->speaker);
      contradiction = g_hash_table_lookup (reported, key);
      if (contradiction)
        {
          readout_contradiction_add_evidence (contradiction, relay_evidence);
          continue;
        }
      relayed_text = readout_compare_excerpt (relay->view->text, readout_evidence_get_start (relay_evidence),
                                              readout_evidence_get_end (relay_evidence), 110);
      own_text = readout_compare_excerpt (closest->view->text,
                                          readout_document_view_token (closest->view, closest->first)->start,
                                          readout_document_view_token (closest->view, closest->last - 1)->end, 110);
      /* Translators: relayer, speaker, relayed words, speaker, own words, the missing words. */
      summary = g_strdup_printf (_("%s says %s said “%s”; %s’s own words (“%s”) do not include %s."),
                                 readout_compare_context_display_name (context, relay->relayer),
                                 readout_compare_context_display_name (context, relay->speaker), relayed_text,
                                 readout_compare_context_display_name (context, relay->speaker), own_text,
                                 missing->str);
      contradiction = readout_contradiction_new (READOUT_CONTRADICTION_ATTRIBUTION, summary,
                                                 MIN (0.9, 0.6 + 0.05 * n_missing));
      readout_contradiction_add_evidence (contradiction, relay_evidence);
      for (guint j = 0; j < list->len && j < 2; j++)
        {
          Words *words = g_ptr_array_index (list, j);
          g_autoptr(ReadoutEvidence) evidence = readout_evidence_new_tokens (words->view, words->first, words->last);
          if (evidence)
            {
              readout_compare_context_add_evidence (context, contradiction, words->view, evidence);
            }
        }
      readout_compare_context_add_statements_in (context, contradiction, relay->view,
                                                 readout_evidence_get_start (relay_evidence),
                                                 readout_evidence_get_end (relay_evidence));
      if (readout_compare_context_find_actor (context, relay->relayer))
        readout_contradiction_add_actor (contradiction, readout_compare_context_find_actor (context, relay->relayer));
      if (readout_compare_context_find_actor (context, relay->speaker))
        readout_contradiction_add_actor (contradiction, readout_compare_context_find_actor (context, relay->speaker));
      g_hash_table_insert (reported, g_steal_pointer (&key), contradiction);
      readout_compare_context_report (context, contradiction, 1.0);
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

const ReadoutDetector readout_detector_attribution = {
  "attribution",
  attribution_run,
};
