/* readout-detector-retraction.c: a claim reported plainly by one document and said to be
 * retracted, denied or unsupported by another.
 *
 * A sentence with a dispute phrase (disputes.tsv) yields the claim (the content words of the
 * clause before the phrase, else after it) and the actor who made it (the names in the
 * sentence). Sentences of the other documents that repeat the claim's leading words and name
 * one of those actors, with no dispute phrase of their own, report it without the
 * qualification. Sentences are indexed by stem, so only sentences sharing the claim's words
 * are looked at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "readout-detector.h"

#define CLAIM_WORDS 4 /* one more than the claim words kept */

typedef struct
{
  ReadoutDocumentView *view;
  guint                sentence;
  guint                cue_first;
  guint                cue_last;
  guint                claim_first; /* tokens */
  guint                claim_last;
  const char          *kind;
  GPtrArray           *stems;  /* the claim's leading content stems */
  GPtrArray           *names;  /* the norms of the names in the sentence */
  gboolean             previous; /* the claim is the sentence before ("that statement…") */
} Dispute;

static void
dispute_free (gpointer data)
{
  Dispute *dispute = data;

  g_ptr_array_unref (dispute->stems);
  g_ptr_array_unref (dispute->names);
  g_free (dispute);
}

static gboolean
is_adverb (ReadoutCompareContext *context,
           const ReadoutToken    *token)
{
  const char * const *row = readout_lexicon_lookup (readout_compare_context_get_lexicon (context), "stopwords", token->norm);

  return row && row[1] && !g_str_equal (row[1], "document");
}

static gboolean
claim_word (ReadoutCompareContext *context,
            const ReadoutToken    *token)
{
  return (token->flags & READOUT_TOKEN_CONTENT) && !(token->flags & READOUT_TOKEN_CAPITAL) &&
         !(token->flags & READOUT_TOKEN_NUMBER) && !is_adverb (context, token) &&
         !readout_token_is_speech_verb (token) && strlen (token->norm) > 2;
}

static const char * const opening_pronouns[] = { "he", "she", "it", "they", "his", "her", "its", "their", NULL };

static Dispute *
read_dispute (ReadoutCompareContext *context,
              ReadoutDocumentView   *view,
              guint                  s)
{
  const ReadoutSentence *sentence = readout_document_view_sentence (view, s);
  const char * const *row = NULL;
  guint cf, cl;
  Dispute *dispute;
  guint before = 0;
  const char *position;

  if (!readout_document_view_find_phrase (view, context, sentence->first_token, sentence->last_token,
                                          "disputes", &row, &cf, &cl))
    return NULL;
  dispute = g_new0 (Dispute, 1);
  dispute->view = view;
  dispute->sentence = s;
  dispute->cue_first = cf;
  dispute->cue_last = cl;
  dispute->kind = row[1] ? row[1] : "retraction";
  dispute->stems = g_ptr_array_new ();
  dispute->names = g_ptr_array_new ();

  for (guint t = sentence->first_token; t < sentence->last_token; t++)
    {
      const ReadoutToken *token = readout_document_view_token (view, t);
      if ((token->flags & READOUT_TOKEN_CAPITAL) && (token->flags & READOUT_TOKEN_CONTENT) &&
          strlen (token->norm) >= 3 && !is_adverb (context, token))
        g_ptr_array_add (dispute->names, (gpointer)token->norm);
    }

  /* "Her inspectors … found no evidence of …": the one meant is named in the sentence before. */
  if (s > 0 && g_strv_contains (opening_pronouns, readout_document_view_token (view, sentence->first_token)->norm))
    {
      const ReadoutSentence *prev = readout_document_view_sentence (view, s - 1);

      for (guint t = prev->first_token; t < prev->last_token; t++)
        {
          const ReadoutToken *token = readout_document_view_token (view, t);
          if ((token->flags & READOUT_TOKEN_CAPITAL) && (token->flags & READOUT_TOKEN_CONTENT) &&
              strlen (token->norm) >= 3 && !is_adverb (context, token))
            g_ptr_array_add (dispute->names, (gpointer)token->norm);
        }
    }
  /* Who denies is not who claimed: "X dismissed a claim by Y that …" is looked for under Y. */
  if (g_str_equal (dispute->kind, "denial"))
    {
      g_autoptr(GPtrArray) after = g_ptr_array_new ();

      for (guint t = cl; t < sentence->last_token; t++)
        {
          const ReadoutToken *token = readout_document_view_token (view, t);
          if ((token->flags & READOUT_TOKEN_CAPITAL) && (token->flags & READOUT_TOKEN_CONTENT) &&
              strlen (token->norm) >= 3 && !is_adverb (context, token))
            g_ptr_array_add (after, (gpointer)token->norm);
        }
      if (after->len)
        {
          g_ptr_array_set_size (dispute->names, 0);
          for (guint i = 0; i < after->len; i++)
            g_ptr_array_add (dispute->names, g_ptr_array_index (after, i));
        }
    }
  position = row[2] ? row[2] : "start";
  (void)before;
  if (g_str_equal (position, "previous"))
    {
      /* "It later said that statement was based on incomplete information", "the minister
       * has not set any date": the claim is what the sentence before reports, most often at
       * its end; its actor may be named there only. */
      const ReadoutSentence *prev;
      guint n = 0, t;

      if (s == 0)
        {
          dispute_free (dispute);
          return NULL;
        }
      prev = readout_document_view_sentence (view, s - 1);
      dispute->previous = TRUE;
      dispute->claim_last = prev->last_token;
      /* Tight evidence: the end of a long sentence, where its claim is. */
      dispute->claim_first = MAX (prev->first_token, prev->last_token > 40 ? prev->last_token - 40 : 0);
      for (t = prev->first_token; t < prev->last_token; t++)
        {
          const ReadoutToken *token = readout_document_view_token (view, t);
          if ((token->flags & READOUT_TOKEN_CAPITAL) && (token->flags & READOUT_TOKEN_CONTENT) &&
              strlen (token->norm) >= 3 && !is_adverb (context, token))
            g_ptr_array_add (dispute->names, (gpointer)token->norm);
        }
      for (t = prev->last_token; t > prev->first_token && n < CLAIM_WORDS - 1; t--)
        if (claim_word (context, readout_document_view_token (view, t - 1)))
          n++;
      for (; t < prev->last_token; t++)
        {
          const ReadoutToken *token = readout_document_view_token (view, t);
          if (claim_word (context, token))
            g_ptr_array_add (dispute->stems, (gpointer)token->stem);
        }
    }
  else if (g_str_equal (position, "after"))
    {
      dispute->claim_first = cl;
      dispute->claim_last = sentence->last_token;
      /* "dismissed a claim by the residents' group X that …": the claim is after "that",
       * not the words that describe who made it. */
      for (guint t = cl; t < MIN (cl + 12, sentence->last_token); t++)
        if (g_str_equal (readout_document_view_token (view, t)->norm, "that"))
          {
            dispute->claim_first = t + 1;
            break;
          }
    }
  else if (g_str_equal (position, "near"))
    {
      /* The last words before the phrase: "backed India’s right to self-defence – a claim…". */
      guint t = cf, n = 0;
      while (t > sentence->first_token && n < CLAIM_WORDS - 1)
        {
          const ReadoutToken *token = readout_document_view_token (view, --t);
          if (claim_word (context, token))
            n++;
        }
      dispute->claim_first = t;
      dispute->claim_last = cf;
    }
  else
    {
      /* The verb phrase that opens the clause of the phrase ("…, initially claimed
       * responsibility … but later retracted"), after its subject. */
      guint t = cf;
      while (t > sentence->first_token)
        {
          const ReadoutToken *prev = readout_document_view_token (view, t - 1);
          const ReadoutToken *here = readout_document_view_token (view, t);
          gboolean boundary = FALSE;

          for (gsize i = prev->end; i < here->start; i++)
            if (strchr (",;()", view->text[i]))
              boundary = TRUE;
          if (boundary && t < cf)
            break;
          t--;
        }
      while (t < cf && !claim_word (context, readout_document_view_token (view, t)))
        t++;
      dispute->claim_first = t;
      dispute->claim_last = cf;
    }
  for (guint t = dispute->claim_first; !dispute->previous && t < dispute->claim_last && dispute->stems->len < CLAIM_WORDS - 1; t++)
    {
      const ReadoutToken *token = readout_document_view_token (view, t);
      if (claim_word (context, token))
        g_ptr_array_add (dispute->stems, (gpointer)token->stem);
    }
  /* A claim taken back in the next sentence needs no name: it is reported in the document
   * itself; elsewhere it is only looked for under a name. */
  if (dispute->stems->len < 2 || (dispute->names->len == 0 && !dispute->previous))
    {
      dispute_free (dispute);
      return NULL;
    }
  return dispute;
}

static guint
count_stems (ReadoutDocumentView *view,
             guint                s,
             GPtrArray           *stems)
{
  const ReadoutSentence *sentence = readout_document_view_sentence (view, s);
  guint n = 0;

  for (guint i = 0; i < stems->len; i++)
    for (guint t = sentence->first_token; t < sentence->last_token; t++)
      if (readout_document_view_token (view, t)->stem == g_ptr_array_index (stems, i)) /* interned */
        {
          n++;
          break;
        }
  return n;
}

/* The actor named in the sentence or, for a sentence that goes on about someone named just
 * before ("He told …"), in the sentence before. */
static gboolean
names_actor (ReadoutDocumentView *view,
             guint                s,
             GPtrArray           *names)
{
  const ReadoutSentence *sentence = readout_document_view_sentence (view, s);
  const ReadoutSentence *prev = s > 0 ? readout_document_view_sentence (view, s - 1) : NULL;
  const ReadoutToken *opening = readout_document_view_token (view, sentence->first_token);
  guint from = sentence->first_token;

  if (prev && g_strv_contains (opening_pronouns, opening->norm))
    from = prev->first_token;
  for (guint t = from; t < sentence->last_token; t++)
    {
      const ReadoutToken *token = readout_document_view_token (view, t);
      if ((token->flags & READOUT_TOKEN_CAPITAL) && g_ptr_array_find_with_equal_func (names, token->norm, g_str_equal, NULL))
        return TRUE;
    }
  return FALSE;
}

/* Two persons in the sentence: the words are relayed, not presented as the speaker's own. */
static guint
count_persons (ReadoutCompareContext *context,
               ReadoutDocumentView   *view,
               const ReadoutSentence *sentence)
{
  const char *first = NULL;
  guint n = 0;

  for (guint t = sentence->first_token; t < sentence->last_token; t++)
    {
      const char *person = readout_compare_context_person_at (context, view, t);
      if (person && (first == NULL || !g_str_equal (first, person)))
        {
          if (first == NULL)
            first = person;
          n++;
        }
    }
  return n;
}

/* The plain report: from the sentence start to the end of the claim's words. */
static ReadoutEvidence *
claim_evidence (ReadoutDocumentView *view,
                guint                s,
                GPtrArray           *stems)
{
  const ReadoutSentence *sentence = readout_document_view_sentence (view, s);
  guint last = sentence->first_token;

  for (guint t = sentence->first_token; t < sentence->last_token; t++)
    for (guint i = 0; i < stems->len; i++)
      if (readout_document_view_token (view, t)->stem == g_ptr_array_index (stems, i)) /* interned */
        last = t + 1;
  /* …and on to the end of its clause ("right to defend itself"). */
  while (last < sentence->last_token)
    {
      const ReadoutToken *prev = readout_document_view_token (view, last - 1);
      const ReadoutToken *here = readout_document_view_token (view, last);
      gboolean boundary = FALSE;

      for (gsize i = prev->end; i < here->start; i++)
        boundary |= strchr (",;:()", view->text[i]) != NULL;
      if (boundary)
        break;
      last++;
    }
  return readout_evidence_new_tokens (view, sentence->first_token, last);
}

static gboolean
retraction_run (ReadoutCompareContext  *context,
                GCancellable           *cancellable,
                GError                **error)
{
  g_autoptr(GPtrArray) disputes = g_ptr_array_new_with_free_func (dispute_free);
  g_autoptr(GHashTable) by_stem = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) claims = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_views = readout_compare_context_get_n_views (context);

  for (guint v = 0; v < n_views; v++)
    {
      ReadoutDocumentView *view = readout_compare_context_get_view (context, v);
      for (guint s = 0; s < view->sentences->len; s++)
        {
          Dispute *dispute = read_dispute (context, view, s);
          g_autofree char *claim_key = NULL;

          if (dispute)
            {
              /* The same qualification repeated by many documents is checked once. */
              GString *key = g_string_new (dispute->kind);
              for (guint k = 0; k < dispute->stems->len; k++)
                g_string_append_printf (key, " %s", (const char *)g_ptr_array_index (dispute->stems, k));
              claim_key = g_string_free (key, FALSE);
              if (g_hash_table_contains (claims, claim_key))
                {
                  dispute_free (dispute);
                  continue;
                }
              g_hash_table_add (claims, g_steal_pointer (&claim_key));
            }
          if (dispute)
            {
              /* Indexed under each of its words: the report elsewhere may not repeat the
               * first ("denied a claim that the smelter…"). */
              for (guint k = 0; k < dispute->stems->len; k++)
                {
                  const char *stem = g_ptr_array_index (dispute->stems, k);
                  GPtrArray *list = g_hash_table_lookup (by_stem, stem);

                  if (list == NULL)
                    {
                      list = g_ptr_array_new ();
                      g_hash_table_insert (by_stem, (gpointer)stem, list);
                    }
                  if (list->len == 0 || g_ptr_array_index (list, list->len - 1) != dispute)
                    g_ptr_array_add (list, dispute);
                }
              g_ptr_array_add (disputes, dispute);
            }
        }
    }
  if (disputes->len == 0)
    return !g_cancellable_set_error_if_cancelled (cancellable, error);

  /* A claim taken back in the sentence after the one that reports it: a retraction within
   * the document; reports of the same claim elsewhere join it below. */
  for (guint i = 0; i < disputes->len; i++)
    {
      Dispute *dispute = g_ptr_array_index (disputes, i);
      g_autoptr(ReadoutEvidence) claim = NULL;
      g_autoptr(ReadoutEvidence) qualified = NULL;
      g_autofree char *claim_text = NULL;
      g_autofree char *qualified_text = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *key = NULL;
      const ReadoutSentence *sentence;
      ReadoutContradiction *contradiction;

      if (!dispute->previous || !g_str_equal (dispute->kind, "retraction"))
        continue;
      sentence = readout_document_view_sentence (dispute->view, dispute->sentence);
      claim = readout_evidence_new_tokens (dispute->view, dispute->claim_first, dispute->claim_last);
      {
        /* The words that take it back, up to the end of their clause: the rest of the
         * sentence may well say something else that is not in doubt. */
        guint end = dispute->cue_last;

        while (end < MIN (sentence->last_token, dispute->cue_last + 6))
          {
            const ReadoutToken *prev = readout_document_view_token (dispute->view, end - 1);
            const ReadoutToken *here = readout_document_view_token (dispute->view, end);
            gboolean boundary = FALSE;

            for (gsize c = prev->end; c < here->start; c++)
              boundary |= strchr (",;:()", dispute->view->text[c]) != NULL;
            if (boundary || g_str_equal (here->norm, "and") || g_str_equal (here->norm, "but"))
              break;
            end++;
          }
        qualified = readout_evidence_new_tokens (dispute->view, sentence->first_token, end);
      }
      if (claim == NULL || qualified == NULL)
        continue;
      claim_text = readout_compare_excerpt (dispute->view->text, readout_evidence_get_start (claim),
                                            readout_evidence_get_end (claim), 140);
      qualified_text = readout_compare_excerpt (dispute->view->text, readout_evidence_get_start (qualified),
                                                readout_evidence_get_end (qualified), 140);
      /* Translators: outlet, the claim as first reported, the words that take it back. */
      summary = g_strdup_printf (_("%s reports “%s”, then that it was taken back or denied: “%s”."),
                                 readout_compare_outlet_name (dispute->view), claim_text, qualified_text);
      contradiction = readout_contradiction_new (READOUT_CONTRADICTION_RETRACTION, summary, 0.6);
      readout_contradiction_add_evidence (contradiction, claim);
      readout_contradiction_add_evidence (contradiction, qualified);
      readout_compare_context_add_statements_in (context, contradiction, dispute->view,
                                                 readout_evidence_get_start (claim),
                                                 readout_evidence_get_end (qualified));
      key = g_strdup_printf ("dispute %p", (gpointer)dispute);
      g_hash_table_insert (reported, g_steal_pointer (&key), contradiction);
      readout_compare_context_report (context, contradiction, 0.75);
    }

  for (guint v = 0; v < n_views; v++)
    {
      ReadoutDocumentView *view = readout_compare_context_get_view (context, v);

      for (guint s = 0; s < view->sentences->len; s++)
        {
          const ReadoutSentence *sentence = readout_document_view_sentence (view, s);
          g_autoptr(GHashTable) tried = g_hash_table_new (NULL, NULL);
          int own_dispute = -1; /* unknown yet */

          for (guint t = sentence->first_token; t < sentence->last_token; t++)
            {
              GPtrArray *list = g_hash_table_lookup (by_stem, readout_document_view_token (view, t)->stem);

              for (guint i = 0; list && i < list->len; i++)
                {
                  Dispute *dispute = g_ptr_array_index (list, i);
                  g_autoptr(ReadoutEvidence) plain = NULL;
                  g_autoptr(ReadoutEvidence) qualified = NULL;
                  g_autofree char *key = NULL;
                  g_autofree char *plain_text = NULL;
                  g_autofree char *summary = NULL;
                  ReadoutContradiction *contradiction;
                  gboolean attribution;

                  if (g_hash_table_contains (tried, dispute))
                    continue;
                  g_hash_table_add (tried, dispute);
                  if (dispute->view == view)
                    continue;
                  if (count_stems (view, s, dispute->stems) < 2)
                    continue;
                  /* A sentence that is itself a dispute contests nothing; asked once per
                   * sentence, not once per candidate. */
                  if (own_dispute < 0)
                    {
                      Dispute *own = read_dispute (context, view, s);
                      own_dispute = own != NULL;
                      g_clear_pointer (&own, dispute_free);
                    }
                  if (own_dispute)
                    continue;
                  attribution = g_str_equal (dispute->kind, "attribution");
                  /* A claim put in someone's mouth is only contested where it is presented as
                   * their own words; a retracted claim wherever its author is named. */
                  if (!attribution && !names_actor (view, s, dispute->names))
                    continue;
                  if (attribution && (!readout_compare_context_is_reported (context, view, sentence->first_token, sentence->last_token) ||
                                      count_persons (context, view, sentence) != 1))
                    continue;

                  plain = claim_evidence (view, s, dispute->stems);
                  if (dispute->previous && plain)
                    {
                      g_autofree char *own_key = g_strdup_printf ("dispute %p", (gpointer)dispute);
                      ReadoutContradiction *own = g_hash_table_lookup (reported, own_key);

                      if (own)
                        {
                          readout_contradiction_add_evidence (own, plain);
                          continue;
                        }
                    }
                  qualified = readout_evidence_new_tokens (dispute->view,
                                                           attribution || g_str_equal (dispute->kind, "denial") ? dispute->cue_first : dispute->claim_first,
                                                           readout_document_view_sentence (dispute->view, dispute->sentence)->last_token);
                  if (plain == NULL || qualified == NULL)
                    continue;
                  key = g_strdup_printf ("%s %u %u", dispute->kind, view->index, s);
                  contradiction = g_hash_table_lookup (reported, key);
                  if (contradiction)
                    {
                      readout_contradiction_add_evidence (contradiction, qualified);
                      continue;
                    }
                  plain_text = readout_compare_excerpt (view->text, readout_evidence_get_start (plain),
                                                        readout_evidence_get_end (plain), 140);
                  {
                    g_autofree char *qualified_text = readout_compare_excerpt (dispute->view->text,
                                                                               readout_evidence_get_start (qualified),
                                                                               readout_evidence_get_end (qualified), 140);
                    if (attribution)
                      /* Translators: outlet, its words; other outlet, its qualification. */
                      summary = g_strdup_printf (_("%s reports “%s” as the speaker’s own words, but %s says: “%s”."),
                                                 readout_compare_outlet_name (view), plain_text,
                                                 readout_compare_outlet_name (dispute->view), qualified_text);
                    else if (g_str_equal (dispute->kind, "denial"))
                      summary = g_strdup_printf (_("%s reports “%s” without qualification, but %s reports a denial: “%s”."),
                                                 readout_compare_outlet_name (view), plain_text,
                                                 readout_compare_outlet_name (dispute->view), qualified_text);
                    else
                      summary = g_strdup_printf (_("%s reports “%s” without qualification, but %s says the claim was taken back or denied: “%s”."),
                                                 readout_compare_outlet_name (view), plain_text,
                                                 readout_compare_outlet_name (dispute->view), qualified_text);
                  }
                  contradiction = readout_contradiction_new (attribution ? READOUT_CONTRADICTION_ATTRIBUTION :
                                                             g_str_equal (dispute->kind, "denial") ? READOUT_CONTRADICTION_OTHER
                                                                                                  : READOUT_CONTRADICTION_RETRACTION,
                                                             summary, attribution ? 0.6 : 0.7);
                  readout_contradiction_add_evidence (contradiction, plain);
                  readout_contradiction_add_evidence (contradiction, qualified);
                  readout_compare_context_add_statements_in (context, contradiction, view,
                                                             readout_evidence_get_start (plain),
                                                             readout_evidence_get_end (plain));
                  g_hash_table_insert (reported, g_steal_pointer (&key), contradiction);
                  readout_compare_context_report (context, contradiction, attribution ? 0.85 : 0.8);
                }
            }
        }
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

const ReadoutDetector readout_detector_retraction = {
  "retraction",
  retraction_run,
};
