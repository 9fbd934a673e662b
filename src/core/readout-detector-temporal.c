/* readout-detector-temporal.c: different dates for one event.
 *
 * Dates are read as absolute ("April 22", "22 April"), weekdays ("on Thursday", resolved to the
 * last such day up to the article's publication date) and relative words (relative-dates.tsv:
 * "yesterday", "last week"), resolved against the date of the statement they are in ("On April
 * 26, Trump said … “it was a bad one yesterday”") or else the publication date.
 *
 * Two checks, each on groups from a hash table:
 * - an event (events.tsv) dated in the documents (the most common date next to its words)
 *   against a speaker's relative reference to it;
 * - one contact between two persons ("X spoke to Y", "X called Y") dated differently by two
 *   documents. Dates more than two days apart, or two dates in one document, are two
 *   contacts, not a discrepancy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "readout-detector.h"

/* English month and weekday names: a closed set, so no table. */
static const char * const months[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", NULL
};
static const char * const weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
};

typedef struct
{
  ReadoutDocumentView *view;
  guint                first; /* tokens of the expression */
  guint                last;
  guint                sentence;
  int                  day;   /* days since an epoch (GDate Julian), or 0 when unresolved */
  int                  tolerance;
  guint                date_first; /* for an event's date: the date's own tokens */
  guint                date_last;
} DateMention;

static int
name_index (const char * const *names,
            const char         *word)
{
  for (int i = 0; names[i]; i++)
    if (g_str_equal (names[i], word))
      return i;
  return -1;
}

static int
year_of (ReadoutDocumentView *view)
{
  return view->published ? g_date_time_get_year (view->published) : 2001;
}

static int
julian (int year,
        int month,
        int day)
{
  if (!g_date_valid_dmy (day, month, year))
    return 0;
  {
    GDate *date = g_date_new_dmy (day, month, year);
    int j = g_date_get_julian (date);
    g_date_free (date);
    return j;
  }
}

static int
published_julian (ReadoutDocumentView *view)
{
  if (view->published == NULL)
    return 0;
  return julian (g_date_time_get_year (view->published), g_date_time_get_month (view->published),
                 g_date_time_get_day_of_month (view->published));
}

/* An absolute date at token t: "April 22" or "22 April". */
static gboolean
absolute_at (ReadoutDocumentView *view,
             guint                t,
             DateMention         *out)
{
  const ReadoutToken *token = readout_document_view_token (view, t);
  int month = name_index (months, token->norm);

  if (month < 0)
    return FALSE;
  for (int d = -1; d <= 1; d += 2)
    {
      int u = (int)t + d;
      const ReadoutToken *number;

      if (u < 0 || (guint)u >= view->n_tokens)
        continue;
      number = readout_document_view_token (view, u);
      if (number->sentence != token->sentence || !g_ascii_isdigit (number->norm[0]) ||
          number->value < 1 || number->value > 31 || strchr (number->norm, '.'))
        continue;
      out->view = view;
      out->first = MIN (t, (guint)u);
      out->last = MAX (t, (guint)u) + 1;
      out->sentence = token->sentence;
      out->day = julian (year_of (view), month + 1, (int)number->value);
      out->tolerance = 0;
      return out->day != 0;
    }
  return FALSE;
}

/* A weekday or relative word at t, resolved against anchor (a Julian day) when given. */
static gboolean
relative_at (ReadoutCompareContext *context,
             ReadoutDocumentView   *view,
             guint                  t,
             int                    anchor,
             DateMention           *out)
{
  const ReadoutToken *token = readout_document_view_token (view, t);
  int weekday = name_index (weekdays, token->norm);
  const char * const *row = NULL;
  guint mf, ml;

  out->view = view;
  out->sentence = token->sentence;
  out->tolerance = 0;
  if (weekday >= 0)
    {
      out->first = t;
      out->last = t + 1;
      out->day = 0;
      if (anchor)
        {
          GDate *date = g_date_new_julian (anchor);
          int today = g_date_get_weekday (date) - 1; /* GDate: Monday = 1 */
          int back = (today - weekday + 7) % 7;
          g_date_free (date);
          out->day = anchor - back;
        }
      return TRUE;
    }
  if (readout_document_view_find_phrase (view, context, t, t + 3, "relative-dates", &row, &mf, &ml) && mf == t)
    {
      out->first = mf;
      out->last = ml;
      out->day = anchor ? anchor + atoi (row[1]) : 0;
      out->tolerance = row[2] ? atoi (row[2]) : 0;
      return TRUE;
    }
  return FALSE;
}

static char *
mention_text (DateMention *mention,
              guint        first,
              guint        last)
{
  const ReadoutToken *a = readout_document_view_token (mention->view, first);
  const ReadoutToken *b = readout_document_view_token (mention->view, last - 1);

  return readout_compare_excerpt (mention->view->text, a->start, b->end, 90);
}

static char *
format_day (int j)
{
  GDate *date = g_date_new_julian (j);
  char buffer[64];

  /* Translators: a strftime format for a day and month. */
  g_date_strftime (buffer, sizeof buffer, _("%B %-d"), date);
  g_date_free (date);
  return g_strdup (buffer);
}

/* The speaker of the sentence: the person next to a speech verb. */
static const char *
sentence_speaker (ReadoutCompareContext *context,
                  ReadoutDocumentView   *view,
                  const ReadoutSentence *sentence)
{
  for (guint t = sentence->first_token; t < sentence->last_token; t++)
    if (readout_token_is_speech_verb (readout_document_view_token (view, t)))
      {
        if (t > sentence->first_token && readout_compare_context_person_at (context, view, t - 1))
          return readout_compare_context_person_at (context, view, t - 1);
        if (readout_compare_context_person_at (context, view, t + 1))
          return readout_compare_context_person_at (context, view, t + 1);
        for (guint u = t; u > sentence->first_token && t - u < 8; u--)
          if (readout_compare_context_person_at (context, view, u - 1))
            return readout_compare_context_person_at (context, view, u - 1);
      }
  return NULL;
}

/* Who is quoted: the speaker of the sentence where the quote ends ("…,” Trump said"), else
 * of the one where it starts. */
static const char *
quote_speaker (ReadoutCompareContext *context,
               ReadoutDocumentView   *view,
               guint                  quote)
{
  ReadoutSpan span = g_array_index (view->quotes, ReadoutSpan, quote - 1);
  guint s_end = readout_document_view_sentence_at (view, span.end > 0 ? span.end - 1 : 0);
  guint s_start = readout_document_view_sentence_at (view, span.start);
  const char *speaker = NULL;

  if (s_end != G_MAXUINT)
    speaker = sentence_speaker (context, view, readout_document_view_sentence (view, s_end));
  if (speaker == NULL && s_start != G_MAXUINT)
    speaker = sentence_speaker (context, view, readout_document_view_sentence (view, s_start));
  return speaker;
}

/* Does the sentence name an event of a class, or count its victims? */
static const char *
event_class (ReadoutCompareContext *context,
             ReadoutDocumentView   *view,
             const ReadoutSentence *sentence,
             guint                 *event_first,
             guint                 *event_last)
{
  const char * const *row = NULL;
  guint mf, ml;

  if (readout_document_view_find_phrase (view, context, sentence->first_token, sentence->last_token,
                                         "events", &row, &mf, &ml))
    {
      if (event_first)
        *event_first = mf;
      if (event_last)
        *event_last = ml;
      return row[1];
    }
  return NULL;
}

static gboolean
counts_victims (ReadoutCompareContext *context,
                ReadoutDocumentView   *view,
                guint                  first,
                guint                  last)
{
  ReadoutLexicon *lexicon = readout_compare_context_get_lexicon (context);

  for (guint t = first; t + 1 < last; t++)
    {
      const ReadoutToken *token = readout_document_view_token (view, t);
      if ((token->flags & READOUT_TOKEN_NUMBER) && (token->flags & READOUT_TOKEN_CONTENT) &&
          readout_lexicon_contains (lexicon, "quantities", readout_document_view_token (view, t + 1)->norm))
        return TRUE;
    }
  return FALSE;
}

/* The dates given next to an event's words, by event class (DateMention arrays); returns the
 * class dated most often, or NULL. */
static const char *
collect_event_days (ReadoutCompareContext *context,
                    GHashTable            *event_days)
{
  const char *main_class = NULL;
  guint main_count = 0;
  guint n_views = readout_compare_context_get_n_views (context);

  for (guint v = 0; v < n_views; v++)
    {
      ReadoutDocumentView *view = readout_compare_context_get_view (context, v);
      for (guint s = 0; s < view->sentences->len; s++)
        {
          const ReadoutSentence *sentence = readout_document_view_sentence (view, s);
          guint event_first = 0, event_last = 0;
          const char *klass = event_class (context, view, sentence, &event_first, &event_last);
          DateMention mention, best;
          guint best_distance = G_MAXUINT;
          GArray *days;

          if (klass == NULL)
            continue;
          /* The date next to the event's words ("the April 22 attack", "On April 22,
           * terrorists opened fire"), not a dateline earlier in the sentence. */
          for (guint t = sentence->first_token; t < sentence->last_token; t++)
            if (absolute_at (view, t, &mention))
              {
                guint distance = mention.first < event_first ? event_first - mention.first : mention.first - event_first;
                if (distance < best_distance)
                  {
                    best_distance = distance;
                    best = mention;
                  }
              }
          if (best_distance > 8)
            continue;
          best.date_first = best.first;
          best.date_last = best.last;
          best.first = MIN (best.first, event_first);
          best.last = MAX (best.last, event_last);
          days = g_hash_table_lookup (event_days, klass);
          if (days == NULL)
            {
              days = g_array_new (FALSE, FALSE, sizeof (DateMention));
              g_hash_table_insert (event_days, (gpointer)klass, days);
            }
          g_array_append_val (days, best);
          if (days->len > main_count)
            {
              main_count = days->len;
              main_class = klass;
            }
        }
    }
  return main_class;
}

static void
check_event_references (ReadoutCompareContext *context)
{
  g_autoptr(GHashTable) event_days = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_array_unref);
  const char *main_class = collect_event_days (context, event_days);
  guint n_views = readout_compare_context_get_n_views (context);

  if (main_class == NULL)
    return;

  for (guint v = 0; v < n_views; v++)
    {
      ReadoutDocumentView *view = readout_compare_context_get_view (context, v);
      g_autoptr(GHashTable) speech_day = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) speech_mention = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

      for (guint s = 0; s < view->sentences->len; s++)
        {
          const ReadoutSentence *sentence = readout_document_view_sentence (view, s);
          const char *speaker = sentence_speaker (context, view, sentence);
          DateMention dated;

          /* "On April 26, Trump said…": the day the speaker spoke. */
          for (guint t = sentence->first_token; speaker && t < MIN (sentence->first_token + 4, sentence->last_token); t++)
            if (absolute_at (view, t, &dated))
              {
                DateMention *copy = g_memdup2 (&dated, sizeof dated);
                copy->first = sentence->first_token;
                for (guint u = t; u < sentence->last_token; u++)
                  if (readout_token_is_speech_verb (readout_document_view_token (view, u)))
                    {
                      copy->last = u + 1;
                      break;
                    }
                g_hash_table_insert (speech_day, (gpointer)speaker, GINT_TO_POINTER (dated.day));
                g_hash_table_insert (speech_mention, (gpointer)speaker, copy);
                break;
              }

          for (guint t = sentence->first_token; t < sentence->last_token; t++)
            {
              const ReadoutToken *token = readout_document_view_token (view, t);
              const char *quoted_by = token->quote ? quote_speaker (context, view, token->quote) : NULL;
              int anchor = quoted_by ? GPOINTER_TO_INT (g_hash_table_lookup (speech_day, quoted_by)) : 0;
              DateMention relative;
              GArray *days = g_hash_table_lookup (event_days, main_class);
              g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
              DateMention *event = NULL;
              guint best = 0;
              DateMention *spoken;
              guint quote_first = sentence->first_token, quote_last = sentence->last_token;

              if (!token->quote || anchor == 0 || !relative_at (context, view, t, anchor, &relative) ||
                  name_index (weekdays, token->norm) >= 0)
                continue;
              /* What the quote is about: an event word or a count of victims in it. */
              while (quote_first > 0 && readout_document_view_token (view, quote_first - 1)->quote == token->quote)
                quote_first--;
              while (quote_last < view->n_tokens && readout_document_view_token (view, quote_last)->quote == token->quote)
                quote_last++;
              if (!counts_victims (context, view, quote_first, quote_last) &&
                  event_class (context, view, sentence, NULL, NULL) == NULL)
                continue;
              for (guint i = 0; i < days->len; i++)
                {
                  DateMention *d = &g_array_index (days, DateMention, i);
                  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (d->day))) + 1;
                  g_hash_table_insert (counts, GINT_TO_POINTER (d->day), GUINT_TO_POINTER (n));
                  if (n > best || (n == best && d->view == view && event->view != view))
                    {
                      best = n;
                      event = d;
                    }
                }
              if (event == NULL || ABS (relative.day - event->day) <= relative.tolerance)
                continue;
              spoken = g_hash_table_lookup (speech_mention, quoted_by);
              {
                g_autofree char *said_text = mention_text (spoken, spoken->first, spoken->last);
                g_autofree char *event_text = mention_text (event, event->first, event->last);
                g_autofree char *resolved = format_day (relative.day);
                g_autofree char *event_day = format_day (event->day);
                g_autofree char *summary = NULL;
                g_autoptr(ReadoutEvidence) e1 = readout_evidence_new_tokens (view, spoken->first, spoken->last);
                g_autoptr(ReadoutEvidence) e2 = NULL;
                g_autoptr(ReadoutEvidence) e3 = readout_evidence_new_tokens (event->view, event->first, event->last);
                ReadoutContradiction *contradiction;
                guint clause_first = t, clause_last = relative.last;

                /* The clause of the relative word, inside its quote. */
                while (clause_first > quote_first && clause_first > sentence->first_token &&
                       t - clause_first < 8)
                  clause_first--;
                e2 = readout_evidence_new_tokens (view, clause_first, clause_last);
                g_autofree char *spoken_day = format_day (spoken->day);
                /* Translators: speaker, day of speaking, the words dating it, the event's kind
                 * ("attack"), the relative word, the day it means, the event's day, its words. */
                summary = g_strdup_printf (_("%s, speaking on %s (“%s”), dates the %s “%s” (%s), but it is dated %s (“%s”)."),
                                           readout_compare_context_display_name (context, quoted_by), spoken_day, said_text,
                                           main_class, token->norm, resolved, event_day, event_text);
                contradiction = readout_contradiction_new (READOUT_CONTRADICTION_DATE, summary, 0.55);
                if (e1)
                  readout_contradiction_add_evidence (contradiction, e1);
                if (e2)
                  readout_contradiction_add_evidence (contradiction, e2);
                if (e3)
                  readout_contradiction_add_evidence (contradiction, e3);
                if (readout_compare_context_find_actor (context, quoted_by))
                  readout_contradiction_add_actor (contradiction, readout_compare_context_find_actor (context, quoted_by));
                readout_compare_context_report (context, contradiction, 0.6);
              }
            }
        }
    }
}

typedef struct
{
  DateMention date;
  char       *pair;
} Contact;

static void
contact_clear (gpointer data)
{
  g_free (((Contact *)data)->pair);
}

static void
check_contacts (ReadoutCompareContext *context)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();

  for (guint v = 0; v < readout_compare_context_get_n_views (context); v++)
    {
      ReadoutDocumentView *view = readout_compare_context_get_view (context, v);
      int published = published_julian (view);

      for (guint s = 0; s < view->sentences->len; s++)
        {
          const ReadoutSentence *sentence = readout_document_view_sentence (view, s);
          const char *p1 = NULL, *p2 = NULL;
          gboolean contact = FALSE;
          DateMention date = { 0, };
          gboolean dated = FALSE;

          for (guint t = sentence->first_token; t < sentence->last_token; t++)
            {
              const char *person = readout_compare_context_person_at (context, view, t);
              const ReadoutToken *token = readout_document_view_token (view, t);

              if (token->quote)
                continue;
              if (person && p1 == NULL)
                p1 = person;
              else if (person && p2 == NULL && !g_str_equal (person, p1))
                p2 = person;
              contact |= readout_compare_context_is_contact_word (context, token->norm);
              if (!dated && (absolute_at (view, t, &date) ||
                             (relative_at (context, view, t, published, &date) && date.day != 0)))
                dated = TRUE;
            }
          if (!contact || !p1 || !p2 || !dated)
            continue;
          {
            Contact c = { date, g_strcmp0 (p1, p2) < 0 ? g_strdup_printf ("%s\t%s", p1, p2) : g_strdup_printf ("%s\t%s", p2, p1) };
            GArray *group = g_hash_table_lookup (groups, c.pair);

            if (group == NULL)
              {
                char *owned = g_strdup (c.pair);
                group = g_array_new (FALSE, FALSE, sizeof (Contact));
                g_array_set_clear_func (group, contact_clear);
                g_hash_table_insert (groups, owned, group);
                g_ptr_array_add (keys, owned);
              }
            g_array_append_val (group, c);
          }
        }
    }

  for (guint k = 0; k < keys->len; k++)
    {
      GArray *group = g_hash_table_lookup (groups, g_ptr_array_index (keys, k));
      gboolean done = FALSE;
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_autoptr(GHashTable) by_day = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
      g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (int));

      /* (document, day) once each, and the documents of each day: dates are few, documents
       * many, so the work stays linear in the documents. */
      for (guint i = 0; i < group->len; i++)
        {
          Contact *c = &g_array_index (group, Contact, i);
          gint64 key = ((gint64)c->date.view->index << 32) | (guint32)c->date.day;
          GPtrArray *list;

          if (g_hash_table_contains (seen, &key))
            continue;
          g_hash_table_add (seen, g_memdup2 (&key, sizeof key));
          list = g_hash_table_lookup (by_day, GINT_TO_POINTER (c->date.day));
          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (by_day, GINT_TO_POINTER (c->date.day), list);
              g_array_append_val (days, c->date.day);
            }
          g_ptr_array_add (list, c);
        }

      for (guint i = 0; i < days->len && !done; i++)
        for (int gap = 1; gap <= 2 && !done; gap++)
          {
            int d1 = g_array_index (days, int, i);
            GPtrArray *first_list = g_hash_table_lookup (by_day, GINT_TO_POINTER (d1));
            GPtrArray *second_list = g_hash_table_lookup (by_day, GINT_TO_POINTER (d1 + gap));
            Contact *a = NULL, *b = NULL;

            if (second_list == NULL)
              continue;
            /* A document that gives both dates tells of two contacts: take documents that
             * give one of them only. */
            for (guint m = 0; m < first_list->len && !a; m++)
              {
                Contact *c = g_ptr_array_index (first_list, m);
                gint64 key = ((gint64)c->date.view->index << 32) | (guint32)(d1 + gap);
                if (!g_hash_table_contains (seen, &key))
                  a = c;
              }
            for (guint m = 0; m < second_list->len && a && !b; m++)
              {
                Contact *c = g_ptr_array_index (second_list, m);
                gint64 key = ((gint64)c->date.view->index << 32) | (guint32)d1;
                if (!g_hash_table_contains (seen, &key) && c->date.view != a->date.view)
                  b = c;
              }
            if (a == NULL || b == NULL)
              continue;
            {
              g_auto(GStrv) pair = g_strsplit (a->pair, "\t", 2);
              g_autofree char *ta = mention_text (&a->date, a->date.first, a->date.last);
              g_autofree char *tb = mention_text (&b->date, b->date.first, b->date.last);
              g_autofree char *da = format_day (a->date.day);
              g_autofree char *db = format_day (b->date.day);
              g_autofree char *summary = NULL;
              g_autoptr(ReadoutEvidence) ea = readout_evidence_new_tokens (a->date.view, a->date.first, a->date.last);
              g_autoptr(ReadoutEvidence) eb = readout_evidence_new_tokens (b->date.view, b->date.first, b->date.last);
              ReadoutContradiction *contradiction;

              /* Translators: two persons; outlet, date words, date; outlet, date words, date. */
              summary = g_strdup_printf (_("The contact between %s and %s is dated differently: %s says “%s” (%s), %s says “%s” (%s)."),
                                         readout_compare_context_display_name (context, pair[0]),
                                         readout_compare_context_display_name (context, pair[1]),
                                         readout_compare_outlet_name (a->date.view), ta, da,
                                         readout_compare_outlet_name (b->date.view), tb, db);
              contradiction = readout_contradiction_new (READOUT_CONTRADICTION_DATE, summary, 0.45);
              if (ea)
                readout_contradiction_add_evidence (contradiction, ea);
              if (eb)
                readout_contradiction_add_evidence (contradiction, eb);
              readout_compare_context_report (context, contradiction, 0.6);
              done = TRUE;
            }
          }
    }
}

/* The event class named nearest to token t in its sentence (up to ten words either side):
 * "a leak … that began on Monday", "Tuesday night's leak". */
static const char *
event_near (ReadoutCompareContext *context,
            ReadoutDocumentView   *view,
            guint                  t,
            guint                 *event_first,
            guint                 *event_last)
{
  const ReadoutSentence *sentence = readout_document_view_sentence (view, readout_document_view_token (view, t)->sentence);
  guint from = MAX (sentence->first_token, t >= 10 ? t - 10 : 0);
  guint to = MIN (sentence->last_token, t + 11);
  const char *best = NULL;
  guint best_distance = G_MAXUINT;

  while (from < to)
    {
      const char * const *row = NULL;
      guint mf, ml, distance;

      if (!readout_document_view_find_phrase (view, context, from, to, "events", &row, &mf, &ml))
        break;
      distance = mf > t ? mf - t : t - mf;
      if (distance < best_distance && row[1])
        {
          best = row[1];
          best_distance = distance;
          *event_first = mf;
          *event_last = ml;
        }
      from = ml;
    }
  return best;
}

static const char * const weekday_names[] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday")
};

/* "began on Monday night, 10 March" when 10 March of that year was a Tuesday: the weekday and
 * the date of one mention cannot both be right. Other documents that give the event the
 * date's true weekday join the finding; mentions are found through a hash table keyed by
 * event class and weekday. */
static void
check_weekday_dates (ReadoutCompareContext *context)
{
  g_autoptr(GHashTable) by_event_day = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
  g_autoptr(GArray) mismatches = g_array_new (FALSE, FALSE, sizeof (DateMention));
  g_autoptr(GPtrArray) classes = g_ptr_array_new ();
  g_autoptr(GArray) true_days = g_array_new (FALSE, FALSE, sizeof (int));
  guint n_views = readout_compare_context_get_n_views (context);

  for (guint v = 0; v < n_views; v++)
    {
      ReadoutDocumentView *view = readout_compare_context_get_view (context, v);

      for (guint t = 0; t < view->n_tokens; t++)
        {
          const ReadoutToken *token = readout_document_view_token (view, t);
          int weekday = name_index (weekdays, token->norm);
          const char *event;
          guint ef = 0, el = 0;

          if (weekday < 0)
            continue;
          event = event_near (context, view, t, &ef, &el);
          if (event == NULL)
            continue;
          {
            g_autofree char *key = g_strdup_printf ("%s %d", event, weekday);
            GArray *list = g_hash_table_lookup (by_event_day, key);
            DateMention mention = { view, MIN (t, ef), MAX (t + 1, el), token->sentence, 0, 0 };

            if (list == NULL)
              {
                list = g_array_new (FALSE, FALSE, sizeof (DateMention));
                g_hash_table_insert (by_event_day, g_steal_pointer (&key), list);
              }
            g_array_append_val (list, mention);
          }
          /* A date right after the weekday ("Monday night, 10 March", "Tuesday, March 10"),
           * in a year the document gives. */
          if (view->published == NULL)
            continue;
          for (guint u = t + 1; u < MIN (t + 5, view->n_tokens); u++)
            {
              DateMention date;
              GDate *gdate;
              int actual;

              if (readout_document_view_token (view, u)->sentence != token->sentence)
                break;
              if (!absolute_at (view, u, &date) || date.first <= t)
                continue;
              gdate = g_date_new_julian (date.day);
              actual = g_date_get_weekday (gdate) - 1;
              g_date_free (gdate);
              if (actual != weekday)
                {
                  DateMention mismatch = { view, MIN (t, ef), MAX (date.last, el), token->sentence, date.day, 0 };

                  g_array_append_val (mismatches, mismatch);
                  g_ptr_array_add (classes, (gpointer)event);
                  g_array_append_val (true_days, actual);
                }
              break;
            }
        }
    }

  for (guint i = 0; i < mismatches->len; i++)
    {
      DateMention *mismatch = &g_array_index (mismatches, DateMention, i);
      int actual = g_array_index (true_days, int, i);
      g_autofree char *key = g_strdup_printf ("%s %d", (const char *)g_ptr_array_index (classes, i), actual);
      GArray *others = g_hash_table_lookup (by_event_day, key);
      g_autoptr(GHashTable) views = g_hash_table_new (NULL, NULL);
      g_autoptr(ReadoutEvidence) evidence = readout_evidence_new_tokens (mismatch->view, mismatch->first, mismatch->last);
      g_autofree char *text = mention_text (mismatch, mismatch->first, mismatch->last);
      g_autofree char *day = format_day (mismatch->day);
      g_autofree char *summary = NULL;
      ReadoutContradiction *contradiction;
      guint n_others = 0;

      if (evidence == NULL)
        continue;
      /* Translators: outlet, its words, the date, the weekday that date really was. */
      summary = g_strdup_printf (_("%s says “%s”, but %s of that year was a %s."),
                                 readout_compare_outlet_name (mismatch->view), text, day,
                                 _(weekday_names[actual]));
      contradiction = readout_contradiction_new (READOUT_CONTRADICTION_DATE, summary, 0.5);
      readout_contradiction_add_evidence (contradiction, evidence);
      g_hash_table_add (views, mismatch->view);
      for (guint k = 0; others && k < others->len; k++)
        {
          DateMention *other = &g_array_index (others, DateMention, k);
          g_autoptr(ReadoutEvidence) e = NULL;

          if (g_hash_table_contains (views, other->view))
            continue;
          g_hash_table_add (views, other->view);
          if ((e = readout_evidence_new_tokens (other->view, other->first, other->last)))
            {
              readout_contradiction_add_evidence (contradiction, e);
              n_others++;
            }
        }
      if (n_others)
        readout_contradiction_set_confidence (contradiction, 0.7);
      readout_compare_context_add_statements_in (context, contradiction, mismatch->view,
                                                 readout_evidence_get_start (evidence),
                                                 readout_evidence_get_end (evidence));
      readout_compare_context_report (context, contradiction, n_others ? 0.7 : 0.5);
    }
}

/* Documents that each give an event one date, and dates a day to three apart: one event
 * dated differently ("the May 1 attack" / "the attack on May 3"). Dates further apart are
 * taken for other events of the class (an earlier attack), and a document that gives two
 * dates for the class speaks of several events, so it takes no side. */
#define MAX_MISDATING_DAYS 3

/* Only a date bound to the event's words: right before them ("the May 1 attack") or after
 * them in the same clause ("the attack on the depot on May 3"). In "On April 25, the council
 * condemned the attack" the date is the council's. */
static gboolean
date_bound_to_event (const DateMention *m)
{
  ReadoutDocumentView *view = m->view;
  guint from, to;

  if (m->date_last <= m->first + 2 && m->date_first == m->first)
    return m->last - m->date_last <= 3; /* "the May 1 attack", "May 1's air strike" */
  if (m->date_first < m->first + 1 || m->date_first - m->first > 8)
    return FALSE;
  from = readout_document_view_token (view, m->first)->end;
  to = readout_document_view_token (view, m->date_first)->start;
  for (gsize i = from; i < to; i++)
    if (strchr (",;:()", view->text[i]))
      return FALSE;
  return TRUE;
}

static void
check_event_dates (ReadoutCompareContext *context)
{
  g_autoptr(GHashTable) event_days = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  collect_event_days (context, event_days);
  g_hash_table_iter_init (&iter, event_days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *klass = key;
      GArray *mentions = value;
      /* Per document: its one date (the first mention of it), or none when it gives two. */
      g_autoptr(GHashTable) by_view = g_hash_table_new (NULL, NULL);
      g_autoptr(GPtrArray) sides = g_ptr_array_new ();
      DateMention *a = NULL, *b = NULL;

      for (guint i = 0; i < mentions->len; i++)
        {
          DateMention *m = &g_array_index (mentions, DateMention, i);
          gpointer seen;

          if (m->day == 0 || !date_bound_to_event (m))
            continue;
          if (!g_hash_table_lookup_extended (by_view, m->view, NULL, &seen))
            g_hash_table_insert (by_view, m->view, m);
          else if (seen != NULL && ((DateMention *)seen)->day != m->day)
            g_hash_table_insert (by_view, m->view, NULL);
        }
      /* In document order, so that the finding does not depend on hash order. */
      for (guint i = 0; i < mentions->len; i++)
        {
          DateMention *m = &g_array_index (mentions, DateMention, i);
          if (g_hash_table_lookup (by_view, m->view) == m)
            g_ptr_array_add (sides, m);
        }
      for (guint i = 0; i < sides->len && b == NULL; i++)
        for (guint j = i + 1; j < sides->len && b == NULL; j++)
          {
            DateMention *x = g_ptr_array_index (sides, i);
            DateMention *y = g_ptr_array_index (sides, j);
            int apart = ABS (x->day - y->day);

            if (apart >= 1 && apart <= MAX_MISDATING_DAYS)
              {
                a = x;
                b = y;
              }
          }
      if (b == NULL)
        continue;
      {
        g_autofree char *ta = mention_text (a, a->first, a->last);
        g_autofree char *tb = mention_text (b, b->first, b->last);
        g_autofree char *da = format_day (a->day);
        g_autofree char *db = format_day (b->day);
        g_autofree char *summary = NULL;
        g_autoptr(ReadoutEvidence) ea = readout_evidence_new_tokens (a->view, a->first, a->last);
        g_autoptr(ReadoutEvidence) eb = readout_evidence_new_tokens (b->view, b->first, b->last);
        ReadoutContradiction *contradiction;

        /* Translators: the event's kind ("attack"), then for each of two documents: its name,
         * its words and the day they give. */
        summary = g_strdup_printf (_("The %s is dated differently: %s says “%s” (%s), %s says “%s” (%s)."),
                                   klass, readout_compare_outlet_name (a->view), ta, da,
                                   readout_compare_outlet_name (b->view), tb, db);
        contradiction = readout_contradiction_new (READOUT_CONTRADICTION_DATE, summary, 0.5);
        if (ea)
          readout_compare_context_add_evidence (context, contradiction, a->view, ea);
        if (eb)
          readout_compare_context_add_evidence (context, contradiction, b->view, eb);
        readout_compare_context_report (context, contradiction, 0.6);
      }
    }
}

static gboolean
temporal_run (ReadoutCompareContext  *context,
              GCancellable           *cancellable,
              GError                **error)
{
  check_event_references (context);
  check_event_dates (context);
  check_contacts (context);
  check_weekday_dates (context);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

const ReadoutDetector readout_detector_temporal = {
  "temporal",
  temporal_run,
};
