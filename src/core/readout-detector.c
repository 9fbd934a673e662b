/* readout-detector.c: the shared context of the detectors: documents cut into sentences,
 * tokens and quotes; name mentions resolved to persons; passage alignments; the findings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "readout-detector.h"
#include "readout-util.h"

typedef struct
{
  char      *key;          /* surname, lower case */
  char      *display;      /* the longest name seen */
  GHashTable *countries;   /* country key → votes */
  char      *affiliation;  /* the winning country key, or NULL */
  ReadoutActor *actor;     /* the engine's actor, or NULL */
  gboolean   actor_looked_up;
  GPtrArray *roles;        /* sorted role-word sets ("defence secretary") */
  guint      index;        /* in the context's persons */
} Person;

typedef struct
{
  ReadoutContradiction *contradiction;
  double                importance;
  guint                 order;
} Finding;

struct _ReadoutCompareContext
{
  GPtrArray             *documents;
  ReadoutLexicon        *lexicon;
  ReadoutAnalysisResult *result;
  GPtrArray             *views;        /* ReadoutDocumentView */
  GHashTable            *view_by_doc;  /* ReadoutDocument → view */
  GArray               **person_at;    /* per view: token → person index + 1 */
  GArray               **actor_types;  /* per view: token → 0, 1 (country) or 2 (person) */
  GPtrArray             *persons;      /* Person */
  GHashTable            *person_by_key; /* key or first name → Person */
  GPtrArray             *aliases;      /* the first-name keys of person_by_key */
  GHashTable            *countries;    /* alias (lower case) → country key */
  GHashTable            *role_words;   /* words of the titles table: "secretary", "defence" */
  GHashTable            *speech_verbs; /* inflected forms of the cues: "said", "wrote" */
  GHashTable            *function_words; /* stopwords that carry no content */
  GPtrArray             *alignments;   /* ReadoutAlignment, or NULL until first use */
  GHashTable            *phrase_tables; /* table name → PhraseTable */
  GHashTable            *contact_words; /* forms of the contact cues: "spoke", "called" */
  GHashTable            *reports;      /* ReadoutDocument → GArray of Report, on first use */
  GArray                *findings;     /* Finding */
  /* The tokens' words, interned: a corpus has some thousands of distinct words but hundreds
   * of thousands of tokens, and two small heap strings per token were most of the memory of
   * the comparison. */
  GStringChunk          *words;
  GHashTable            *stem_of;      /* interned norm → interned stem */
  GString               *scratch;      /* for normalizing a word */
  GArray                *token_scratch; /* ReadoutToken, while a view is made */
  GHashTable            *role_owners;  /* role set → Person or NULL (first_with_roles()) */
};

struct _ReadoutEvidenceSet
{
  GHashTable *by_document; /* ReadoutDocument → GArray of ReadoutSpan */
};

static void phrase_table_free (gpointer data);
static void evidence_set_append (ReadoutEvidenceSet *set,
                                 ReadoutEvidence    *evidence);
static gboolean evidence_set_overlaps (ReadoutEvidenceSet *set,
                                       ReadoutEvidence    *evidence);

/* ---- Words ---- */

/* Abbreviations after which a period does not end a sentence. A closed set of English
 * spelling conventions, so it lives here rather than in a user-editable table. */
static const char * const abbreviations[] = {
  "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "st", "jr", "sr", "prof", "gov", "sen",
  "rep", "vs", "no", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
  "inc", "ltd", "co", "corp", "maj", "capt", "adm", "rev", "hon", "etc", NULL
};

static gboolean
is_open_quote (gunichar c)
{
  return c == 0x201C || c == 0x201E || c == 0x00AB;
}

static gboolean
is_close_quote (gunichar c)
{
  return c == 0x201D || c == 0x00BB;
}

char *
readout_compare_stem (const char *word)
{
  static const char * const suffixes[] = {
    "ations", "ation", "ings", "ing", "ions", "ion", "ness", "ments", "ment", "edly", "ed",
    "ies", "es", "ly", "s", NULL
  };
  gsize len;
  gsize cut;
  const char *hyphen = strrchr (word, '-');

  /* "self-defence" meets "defend", "de-escalate" meets "escalation". */
  if (hyphen && strlen (hyphen + 1) >= 4)
    word = hyphen + 1;
  len = strlen (word);
  cut = len;
  if (len <= 3 || word[0] == '#')
    return g_strdup (word);
  for (guint i = 0; suffixes[i]; i++)
    {
      gsize slen = strlen (suffixes[i]);
      if (len > slen + 2 && g_str_has_suffix (word, suffixes[i]))
        {
          cut = len - slen;
          break;
        }
    }
  /* Five bytes are enough to tell the words of one news story apart and let
   * "defence"/"defend" or "investigate"/"investigation" meet. */
  return g_strndup (word, MIN (cut, 5));
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

/* The token's normalized form, interned in the context. */
static const char *
normalize_word (ReadoutCompareContext *self,
                const char            *start,
                gsize                  len,
                gboolean              *possessive)
{
  GString *out = self->scratch;
  const char *p = start;
  const char *end = start + len;

  g_string_truncate (out, 0);
  *possessive = FALSE;
  while (p < end)
    {
      gunichar c = (guchar)*p < 0x80 ? (gunichar)(guchar)*p : g_utf8_get_char (p);

      if (c == 0x2019 || c == 0x2018)
        c = '\'';
      if (c == '.' || c == ',')
        {
          /* "U.S." → "us", "1,000" → "1000"; a decimal point stays. */
          if (c == '.' && p > start && g_ascii_isdigit (p[-1]) && p + 1 < end && g_ascii_isdigit (p[1]))
            g_string_append_c (out, '.');
        }
      else if (c < 0x80)
        g_string_append_c (out, g_ascii_tolower ((char)c));
      else
        g_string_append_unichar (out, g_unichar_tolower (c));
      p = g_utf8_next_char (p);
    }
  if (out->len > 2 && g_str_has_suffix (out->str, "'s"))
    {
      g_string_truncate (out, out->len - 2);
      *possessive = TRUE;
    }
  else if (out->len > 1 && out->str[out->len - 1] == '\'')
    g_string_truncate (out, out->len - 1);
  return g_string_chunk_insert_const (self->words, out->str);
}

/* The stem of an interned norm, interned, computed once per distinct word. */
static const char *
stem_of (ReadoutCompareContext *self,
         const char            *norm)
{
  const char *stem = g_hash_table_lookup (self->stem_of, norm);

  if (stem == NULL)
    {
      g_autofree char *made = readout_compare_stem (norm);
      stem = g_string_chunk_insert_const (self->words, made);
      g_hash_table_insert (self->stem_of, (gpointer)norm, (gpointer)stem);
    }
  return stem;
}

/* The stem of a number: "#" and its value. */
static const char *
number_stem (ReadoutCompareContext *self,
             double                 value)
{
  char buffer[64];

  g_snprintf (buffer, sizeof buffer, "#%g", value);
  return g_string_chunk_insert_const (self->words, buffer);
}

static double
parse_number (const char *norm)
{
  char *end = NULL;
  double value;

  if (!g_ascii_isdigit (norm[0]))
    return -1;
  value = g_ascii_strtod (norm, &end);
  if (end == NULL || *end != '\0')
    return -1;
  return value;
}

/* ---- Views ---- */

static void
view_free (gpointer data)
{
  ReadoutDocumentView *view = data;

  g_free (view->tokens);
  g_array_unref (view->sentences);
  g_array_unref (view->quotes);
  g_clear_pointer (&view->content, g_array_unref);
  g_free (view->short_name);
  g_clear_pointer (&view->published, g_date_time_unref);
  g_free (view);
}

static gboolean
is_abbreviation (const char *text,
                 gsize       word_start,
                 gsize       dot)
{
  g_autofree char *word = g_ascii_strdown (text + word_start, dot - word_start);

  /* An initial ("S. Jaishankar") or a dotted acronym ("U.S."); not a figure ("on March 6."). */
  if (g_utf8_strlen (word, -1) == 1 && g_unichar_isupper (g_utf8_get_char (text + word_start)))
    return TRUE;
  if (dot - word_start >= 2 && text[dot - 2] == '.')
    return TRUE;
  for (guint i = 0; abbreviations[i]; i++)
    if (g_str_equal (word, abbreviations[i]))
      return TRUE;
  return FALSE;
}

/* Splits one paragraph into sentences. */
static void
split_sentences (ReadoutDocumentView *view,
                 gsize                pstart,
                 gsize                pend,
                 guint                paragraph)
{
  const char *text = view->text;
  gsize sstart = pstart;
  gsize i = pstart;
  gsize word_start = pstart;

  while (i < pend)
    {
      gunichar c = g_utf8_get_char (text + i);
      gsize next = g_utf8_next_char (text + i) - text;

      if (!is_word_char (c) && c != '.')
        word_start = next;
      if (c == '.' || c == '!' || c == '?')
        {
          gsize after = next;
          gboolean boundary = FALSE;

          while (after < pend)
            {
              gunichar d = g_utf8_get_char (text + after);
              if (is_close_quote (d) || d == '"' || d == 0x2019 || d == ')' || d == ']')
                after = g_utf8_next_char (text + after) - text;
              else
                break;
            }
          if (after >= pend)
            boundary = TRUE;
          else if (g_unichar_isspace (g_utf8_get_char (text + after)))
            {
              gsize look = after;
              gunichar d;

              while (look < pend && g_unichar_isspace (g_utf8_get_char (text + look)))
                look = g_utf8_next_char (text + look) - text;
              d = look < pend ? g_utf8_get_char (text + look) : 0;
              boundary = look >= pend || g_unichar_isupper (d) || is_open_quote (d) || d == '"' ||
                         g_unichar_isdigit (d);
              if (boundary && c == '.' && word_start < i && is_abbreviation (text, word_start, i))
                boundary = FALSE;
            }
          if (boundary)
            {
              ReadoutSentence sentence = { sstart, after, 0, 0, paragraph };
              g_array_append_val (view->sentences, sentence);
              while (after < pend && g_unichar_isspace (g_utf8_get_char (text + after)))
                after = g_utf8_next_char (text + after) - text;
              sstart = after;
              i = after;
              word_start = after;
              continue;
            }
        }
      i = next;
    }
  if (sstart < pend)
    {
      ReadoutSentence sentence = { sstart, pend, 0, 0, paragraph };
      g_array_append_val (view->sentences, sentence);
    }
}

static gboolean
is_function_word (ReadoutCompareContext *self,
                  const char            *surface,
                  gsize                  len,
                  const char            *norm)
{
  const char *apostrophe;
  gboolean all_caps = len >= 2;

  /* "US" is a country, "us" a pronoun. */
  for (gsize i = 0; i < len; i++)
    if (g_ascii_islower (surface[i]))
      all_caps = FALSE;
  if (all_caps)
    return FALSE;
  if (g_hash_table_contains (self->function_words, norm))
    return TRUE;
  /* "they've", "I'm": a contraction of a function word. */
  apostrophe = strchr (norm, '\'');
  if (apostrophe)
    {
      g_autofree char *head = g_strndup (norm, apostrophe - norm);
      return g_hash_table_contains (self->function_words, head) || g_str_equal (head, "i");
    }
  return FALSE;
}

static void
tokenize_sentence (ReadoutCompareContext *self,
                   ReadoutDocumentView   *view,
                   guint                  s,
                   guint                 *quote_state,
                   gboolean              *straight_open,
                   gsize                 *quote_start,
                   gboolean              *in_bracket)
{
  ReadoutSentence *sentence = &g_array_index (view->sentences, ReadoutSentence, s);
  const char *text = view->text;
  gsize i = sentence->start;
  gboolean first = TRUE;

  /* the view's tokens are collected in the context's scratch array */
  sentence->first_token = self->token_scratch->len;
  while (i < sentence->end)
    {
      gunichar c = g_utf8_get_char (text + i);
      gsize next = g_utf8_next_char (text + i) - text;

      if (is_open_quote (c) || (c == '"' && !*straight_open))
        {
          if (c == '"')
            *straight_open = TRUE;
          *quote_state = view->quotes->len + 1;
          *quote_start = next;
          {
            ReadoutSpan span = { next, next };
            g_array_append_val (view->quotes, span);
          }
          i = next;
          continue;
        }
      if (is_close_quote (c) || (c == '"' && *straight_open))
        {
          /* Outlets mix straight and typographic marks ("been doing…”): any closing mark
           * closes the quote. */
          *straight_open = FALSE;
          if (*quote_state)
            g_array_index (view->quotes, ReadoutSpan, *quote_state - 1).end = i;
          *quote_state = 0;
          i = next;
          continue;
        }
      if (c == '[')
        *in_bracket = TRUE;
      else if (c == ']')
        *in_bracket = FALSE;
      if (is_word_char (c))
        {
          gsize end = next;
          ReadoutToken token = { 0, };
          gboolean possessive;

          while (end < sentence->end)
            {
              gunichar d = g_utf8_get_char (text + end);
              gsize dnext = g_utf8_next_char (text + end) - text;
              gunichar after = dnext < sentence->end ? g_utf8_get_char (text + dnext) : 0;
              gunichar before = g_utf8_get_char (g_utf8_prev_char (text + end));

              if (is_word_char (d))
                end = dnext;
              else if ((d == '-' || d == '\'' || d == 0x2019) && is_word_char (after) && is_word_char (before))
                end = dnext;
              else if ((d == ',' || d == '.') && g_unichar_isdigit (before) && g_unichar_isdigit (after))
                end = dnext;
              else if (d == '.' && g_unichar_isupper (before) && g_unichar_isupper (after) &&
                       (end - 1 == i || text[end - 2] == '.'))
                {
                  /* U.S. */
                  end = dnext;
                  if (dnext + 1 < sentence->end && g_unichar_isupper (after) && text[dnext + 1] == '.')
                    end = dnext + 2;
                }
              else
                break;
            }
          token.start = i;
          token.end = end;
          token.norm = normalize_word (self, text + i, end - i, &possessive);
          token.sentence = s;
          token.quote = *quote_state;
          token.flags = READOUT_TOKEN_WORD;
          if (g_unichar_isupper (c))
            token.flags |= READOUT_TOKEN_CAPITAL;
          if (first)
            token.flags |= READOUT_TOKEN_SENT_START;
          if (*quote_state)
            token.flags |= READOUT_TOKEN_IN_QUOTE;
          if (*in_bracket)
            token.flags |= READOUT_TOKEN_EDITORIAL;
          token.value = parse_number (token.norm);
          if (token.value < 0)
            {
              const char * const *row = readout_lexicon_lookup (self->lexicon, "number-words", token.norm);
              token.value = 0;
              if (row && row[1])
                {
                  token.value = g_ascii_strtod (row[1], NULL);
                  token.flags |= READOUT_TOKEN_NUMBER;
                }
            }
          else
            token.flags |= READOUT_TOKEN_NUMBER;
          if (g_hash_table_contains (self->speech_verbs, token.norm))
            token.flags |= READOUT_TOKEN_SPEECH_VERB;
          if (!is_function_word (self, text + i, end - i, token.norm) || (token.flags & READOUT_TOKEN_NUMBER))
            token.flags |= READOUT_TOKEN_CONTENT;
          if (token.flags & READOUT_TOKEN_NUMBER)
            token.stem = number_stem (self, token.value);
          else
            token.stem = stem_of (self, token.norm);
          g_array_append_val (self->token_scratch, token);
          first = FALSE;
          i = end;
          continue;
        }
      i = next;
    }
  sentence->last_token = self->token_scratch->len;
}

/* "a thousand", "26 thousand", "1.5 million": the multiplier folds into the number before. */
static void
fold_multipliers (ReadoutCompareContext *self,
                  ReadoutDocumentView   *view)
{
  for (guint t = 1; t < view->n_tokens; t++)
    {
      ReadoutToken *token = &view->tokens[t];
      ReadoutToken *prev = &view->tokens[t - 1];
      gboolean multiplier = (token->flags & READOUT_TOKEN_NUMBER) && token->value >= 100 &&
                            g_ascii_isalpha (token->norm[0]);

      if (!multiplier || prev->sentence != token->sentence)
        continue;
      if ((prev->flags & READOUT_TOKEN_NUMBER) && prev->value > 0 && prev->value < token->value)
        {
          prev->value *= token->value;
          prev->stem = number_stem (self, prev->value);
          token->flags &= ~READOUT_TOKEN_CONTENT;
        }
    }
}

static ReadoutDocumentView *
view_new (ReadoutCompareContext *self,
          ReadoutDocument       *document,
          guint                  index)
{
  ReadoutDocumentView *view = g_new0 (ReadoutDocumentView, 1);
  const ReadoutSpan *paragraphs;
  guint n_paragraphs;
  guint quote_state = 0;
  gboolean straight_open = FALSE;
  gsize quote_start = 0;
  gboolean in_bracket = FALSE;

  view->document = document;
  view->index = index;
  view->text = readout_document_get_text (document);
  if (view->text == NULL)
    view->text = "";
  /* Tokens are collected in the context's scratch array and copied to one of the exact size
   * at the end: arrays grown by doubling would hold up to twice the memory. */
  g_array_set_size (self->token_scratch, 0);
  view->sentences = g_array_new (FALSE, TRUE, sizeof (ReadoutSentence));
  view->quotes = g_array_new (FALSE, TRUE, sizeof (ReadoutSpan));
  view->published = readout_document_dup_published_date (document);

  paragraphs = readout_document_get_paragraphs (document, &n_paragraphs);
  for (guint p = 0; p < n_paragraphs; p++)
    {
      guint first = view->sentences->len;

      split_sentences (view, paragraphs[p].start, paragraphs[p].end, p);
      /* Quotation marks do not run across paragraphs (an unclosed one is closed here). */
      for (guint s = first; s < view->sentences->len; s++)
        tokenize_sentence (self, view, s, &quote_state, &straight_open, &quote_start, &in_bracket);
      if (quote_state)
        g_array_index (view->quotes, ReadoutSpan, quote_state - 1).end = paragraphs[p].end;
      quote_state = 0;
      straight_open = FALSE;
      in_bracket = FALSE;
    }
  view->n_tokens = self->token_scratch->len;
  view->tokens = g_memdup2 (self->token_scratch->data, view->n_tokens * sizeof (ReadoutToken));
  fold_multipliers (self, view);
  return view;
}

/* ---- Persons ---- */

static void
person_free (gpointer data)
{
  Person *person = data;

  g_free (person->key);
  g_free (person->display);
  g_free (person->affiliation);
  g_hash_table_unref (person->countries);
  g_ptr_array_unref (person->roles);
  g_free (person);
}

static gboolean
is_role (ReadoutCompareContext *self,
         const ReadoutToken    *token)
{
  return g_hash_table_contains (self->role_words, token->norm);
}

/* The country key of the token ("us", "india") or NULL; two-word names ("new delhi",
 * "united states") are tried with the next token. */
static const char *
country_at (ReadoutCompareContext *self,
            ReadoutDocumentView   *view,
            guint                  t,
            guint                 *n_tokens)
{
  const ReadoutToken *token = readout_document_view_token (view, t);
  const char *key;

  *n_tokens = 1;
  if (t + 1 < view->n_tokens)
    {
      const ReadoutToken *next = readout_document_view_token (view, t + 1);
      g_autofree char *pair = g_strconcat (token->norm, " ", next->norm, NULL);

      key = g_hash_table_lookup (self->countries, pair);
      if (key)
        {
          *n_tokens = 2;
          return key;
        }
    }
  /* "US" and "U.S." are written in capitals; "us" the pronoun is not a country. */
  if (!(token->flags & READOUT_TOKEN_CAPITAL))
    return NULL;
  return g_hash_table_lookup (self->countries, token->norm);
}

static gboolean
gap_has_break (ReadoutDocumentView *view,
               guint                a,
               guint                b)
{
  const ReadoutToken *ta = readout_document_view_token (view, a);
  const ReadoutToken *tb = readout_document_view_token (view, b);

  if (ta->sentence != tb->sentence)
    return TRUE;
  for (gsize i = ta->end; i < tb->start; i++)
    if (strchr (",;:()\"", view->text[i]) || (guchar)view->text[i] >= 0x80)
      return TRUE;
  return FALSE;
}

static gboolean
is_name_token (ReadoutCompareContext *self,
               ReadoutDocumentView   *view,
               guint                  t)
{
  const ReadoutToken *token = readout_document_view_token (view, t);
  guint n;

  if (!(token->flags & READOUT_TOKEN_CAPITAL) || (token->flags & READOUT_TOKEN_NUMBER))
    return FALSE;
  if (readout_lexicon_contains (self->lexicon, "stopwords", token->norm) || is_role (self, token))
    return FALSE;
  if (country_at (self, view, t, &n))
    return FALSE;
  return TRUE;
}

static Person *
person_ensure (ReadoutCompareContext *self,
               const char            *key,
               const char            *display)
{
  Person *person = g_hash_table_lookup (self->person_by_key, key);

  if (person == NULL)
    {
      person = g_new0 (Person, 1);
      person->key = g_strdup (key);
      person->display = g_strdup (display);
      person->countries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      person->roles = g_ptr_array_new_with_free_func (g_free);
      person->index = self->persons->len;
      g_ptr_array_add (self->persons, person);
      g_hash_table_insert (self->person_by_key, person->key, person);
    }
  else if (display && strlen (display) > strlen (person->display))
    readout_set_str (&person->display, display);
  return person;
}

static int
compare_cstr (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The role words [first, last) as a sorted, space-separated set: "defence secretary". */
static char *
role_set (ReadoutCompareContext *self,
          ReadoutDocumentView   *view,
          guint                  first,
          guint                  last)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (guint t = first; t < last; t++)
    {
      const ReadoutToken *token = readout_document_view_token (view, t);
      if (is_role (self, token))
        g_ptr_array_add (words, (gpointer)token->norm);
    }
  g_ptr_array_sort (words, compare_cstr);
  for (guint i = 0; i < words->len; i++)
    {
      if (i == 0 || strcmp (g_ptr_array_index (words, i), g_ptr_array_index (words, i - 1)) != 0)
        {
          if (out->len)
            g_string_append_c (out, ' ');
          g_string_append (out, g_ptr_array_index (words, i));
        }
    }
  return g_string_free (out, out->len == 0);
}

/* The noun phrase before a name: role words, country words, "of", "the". Returns its first
 * token; *country gets the country named in it. */
static guint
title_before (ReadoutCompareContext *self,
              ReadoutDocumentView   *view,
              guint                  name_first,
              const char           **country)
{
  guint first = name_first;
  guint limit = name_first > 7 ? name_first - 7 : 0;

  *country = NULL;
  while (first > limit)
    {
      guint t = first - 1;
      const ReadoutToken *token = readout_document_view_token (view, t);
      guint n;
      const char *c;

      if (gap_has_break (view, t, first))
        break;
      if (t > 0 && (c = country_at (self, view, t - 1, &n)) && n == 2)
        {
          *country = c;
          first = t - 1;
          continue;
        }
      if ((c = country_at (self, view, t, &n)))
        {
          if (*country == NULL)
            *country = c;
          first = t;
          continue;
        }
      if (is_role (self, token) || g_str_equal (token->norm, "of") || g_str_equal (token->norm, "the"))
        {
          first = t;
          continue;
        }
      break;
    }
  return first;
}

static void
person_vote (Person     *person,
             const char *country)
{
  if (country)
    g_hash_table_insert (person->countries, g_strdup (country),
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (person->countries, country)) + 1));
}

/* "Tammy Bruce said": the verb right after the name, nothing between. */
static gboolean
speech_follows (ReadoutCompareContext *self,
                ReadoutDocumentView   *view,
                guint                  t)
{
  const ReadoutToken *token;

  if (t == 0 || t >= view->n_tokens || gap_has_break (view, t - 1, t))
    return FALSE;
  token = readout_document_view_token (view, t);
  return !(token->flags & READOUT_TOKEN_CAPITAL) && g_hash_table_contains (self->speech_verbs, token->norm);
}

/* First pass: full names ("Pete Hegseth") introduced by a title or followed by a speech verb. */
static void
collect_persons (ReadoutCompareContext *self,
                 ReadoutDocumentView   *view)
{
  guint t = 0;

  while (t < view->n_tokens)
    {
      guint end = t;
      guint title;
      const char *country;
      gboolean titled, speaking;

      while (end < view->n_tokens && is_name_token (self, view, end) &&
             (end == t || !gap_has_break (view, end - 1, end)))
        end++;
      if (end == t)
        {
          t++;
          continue;
        }
      title = title_before (self, view, t, &country);
      {
        g_autofree char *roles = title < t ? role_set (self, view, title, t) : NULL;
        titled = roles != NULL;
      }
      speaking = speech_follows (self, view, end);
      if (end - t >= 2 && end - t <= 4 && (titled || speaking) &&
          strlen (readout_document_view_token (view, end - 1)->norm) > 2)
        {
          const ReadoutToken *last = readout_document_view_token (view, end - 1);
          g_autofree char *display = g_strndup (view->text + readout_document_view_token (view, t)->start,
                                                last->end - readout_document_view_token (view, t)->start);
          /* "Pete Hegseth’s" → "Pete Hegseth" */
          if (g_str_has_suffix (display, "’s"))
            display[strlen (display) - strlen ("’s")] = '\0';
          else if (g_str_has_suffix (display, "'s"))
            display[strlen (display) - 2] = '\0';
          Person *person = person_ensure (self, last->norm, display);
          char *roles = titled ? role_set (self, view, title, t) : NULL;

          person_vote (person, country);
          if (roles)
            g_ptr_array_add (person->roles, roles);
        }
      t = end;
    }
}

static Person *
person_for_token (ReadoutCompareContext *self,
                  const ReadoutToken    *token)
{
  if (!(token->flags & READOUT_TOKEN_CAPITAL))
    return NULL;
  return g_hash_table_lookup (self->person_by_key, token->norm);
}

static gboolean
roles_match (Person     *person,
             const char *roles)
{
  for (guint r = 0; r < person->roles->len; r++)
    {
      const char *have = g_ptr_array_index (person->roles, r);
      gboolean all = TRUE;

      /* every space-separated word of roles is a word of have */
      for (const char *w = roles; *w && all; )
        {
          gsize len = strcspn (w, " ");
          gboolean found = FALSE;

          for (const char *h = have; *h && !found; )
            {
              gsize hlen = strcspn (h, " ");
              found = hlen == len && memcmp (h, w, len) == 0;
              h += hlen;
              while (*h == ' ')
                h++;
            }
          all = found;
          w += len;
          while (*w == ' ')
            w++;
        }
      if (all)
        return TRUE;
    }
  return FALSE;
}

/* The first person of the corpus with the roles, remembered per role set: the persons are
 * all known when mentions are resolved, and asking every one of them for every "the
 * secretary" of every article made this step grow with the square of the corpus. */
static Person *
first_with_roles (ReadoutCompareContext *self,
                  const char            *roles)
{
  Person *person = NULL;

  if (g_hash_table_lookup_extended (self->role_owners, roles, NULL, (gpointer *)&person))
    return person;
  for (guint p = 0; p < self->persons->len && person == NULL; p++)
    if (roles_match (g_ptr_array_index (self->persons, p), roles))
      person = g_ptr_array_index (self->persons, p);
  g_hash_table_insert (self->role_owners, g_strdup (roles), person);
  return person;
}

/* Second pass: every token that refers to a person: names, surnames, titles without a name
 * ("the US defence secretary") and he/she, resolved to the last person mentioned. */
static void
resolve_mentions (ReadoutCompareContext *self,
                  ReadoutDocumentView   *view)
{
  GArray *at = g_array_sized_new (FALSE, TRUE, sizeof (guint), view->n_tokens);
  Person *last_person = NULL;
  g_autoptr(GPtrArray) recent = g_ptr_array_new ();

  g_array_set_size (at, view->n_tokens);
  for (guint t = 0; t < view->n_tokens; t++)
    {
      const ReadoutToken *token = readout_document_view_token (view, t);
      Person *person = person_for_token (self, token);

      if (person)
        {
          const char *country;
          guint title = title_before (self, view, t, &country);

          /* "Pete Hegseth": the name's last word carries the mention. */
          if (t + 1 < view->n_tokens && person_for_token (self, readout_document_view_token (view, t + 1)) &&
              !gap_has_break (view, t, t + 1))
            continue;
          if (title < t)
            person_vote (person, country);
        }
      else if (g_str_equal (token->norm, "he") || g_str_equal (token->norm, "she") ||
               g_str_equal (token->norm, "his") || g_str_equal (token->norm, "her"))
        person = last_person;
      else if (is_role (self, token) && (t + 1 >= view->n_tokens ||
                                         !is_role (self, readout_document_view_token (view, t + 1)) ||
                                         gap_has_break (view, t, t + 1)))
        {
          /* The end of a title; is a name next? */
          gboolean named = t + 1 < view->n_tokens && !gap_has_break (view, t, t + 1) &&
                           is_name_token (self, view, t + 1);
          if (!named)
            {
              const char *country;
              guint title = title_before (self, view, t + 1, &country);
              g_autofree char *roles = role_set (self, view, title, t + 1);

              if (roles && title > 0 &&
                  g_str_equal (readout_document_view_token (view, title)->norm, "the"))
                {
                  for (guint r = recent->len; r > 0 && person == NULL; r--)
                    if (roles_match (g_ptr_array_index (recent, r - 1), roles))
                      person = g_ptr_array_index (recent, r - 1);
                  if (person == NULL)
                    person = first_with_roles (self, roles);
                }
            }
        }
      if (person == NULL)
        continue;
      g_array_index (at, guint, t) = person->index + 1;
      last_person = person;
      g_ptr_array_remove (recent, person);
      g_ptr_array_add (recent, person);
    }
  self->person_at[view->index] = at;
}

static void
decide_affiliations (ReadoutCompareContext *self)
{
  for (guint i = 0; i < self->persons->len; i++)
    {
      Person *person = g_ptr_array_index (self->persons, i);
      GHashTableIter iter;
      gpointer key, value;
      guint best = 0;

      if (person->actor)
        {
          ReadoutActor *root = readout_actor_get_root_affiliation (person->actor);
          if (root && root != person->actor)
            {
              g_autofree char *name = g_utf8_strdown (readout_actor_get_name (root), -1);
              const char *country = g_hash_table_lookup (self->countries, name);
              person_vote (person, country ? country : name);
              person_vote (person, country ? country : name);
            }
        }
      g_hash_table_iter_init (&iter, person->countries);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (GPOINTER_TO_UINT (value) > best)
          {
            best = GPOINTER_TO_UINT (value);
            readout_set_str (&person->affiliation, key);
          }
    }
}

static void
link_engine_actors (ReadoutCompareContext *self)
{
  for (guint i = 0; i < self->result->actors->len; i++)
    {
      ReadoutActor *actor = g_ptr_array_index (self->result->actors, i);
      const char *name = readout_actor_get_name (actor);
      const char *space;
      g_autofree char *key = NULL;
      Person *person;

      if (readout_actor_get_kind (actor) != READOUT_ACTOR_PERSON || name == NULL)
        continue;
      space = strrchr (name, ' ');
      if (space == NULL)
        continue;
      key = g_utf8_strdown (space + 1, -1);
      if (strlen (key) <= 2)
        continue;
      person = person_ensure (self, key, name);
      if (person->actor == NULL)
        person->actor = actor;
    }
}

/* First names ("Rajnath posted") are accepted for a person when no other person has them. */
static void
add_first_names (ReadoutCompareContext *self)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) owner = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < self->persons->len; i++)
    {
      Person *person = g_ptr_array_index (self->persons, i);
      const char *space = strchr (person->display, ' ');
      g_autofree char *first = NULL;

      if (space == NULL)
        continue;
      first = g_utf8_strdown (person->display, space - person->display);
      if (strlen (first) <= 2 || strchr (first, '.'))
        continue;
      g_hash_table_insert (counts, g_strdup (first),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, first)) + 1));
      g_hash_table_insert (owner, g_strdup (first), person);
    }
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, owner);
    while (g_hash_table_iter_next (&iter, &key, &value))
      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) == 1 &&
          !g_hash_table_contains (self->person_by_key, key))
        {
          char *alias = g_strdup (key);

          g_ptr_array_add (self->aliases, alias);
          g_hash_table_insert (self->person_by_key, alias, value);
        }
  }
}

/* ---- Context ---- */

ReadoutCompareContext *
readout_compare_context_new (GPtrArray             *documents,
                             ReadoutLexicon        *lexicon,
                             ReadoutAnalysisResult *result)
{
  ReadoutCompareContext *self = g_new0 (ReadoutCompareContext, 1);
  GPtrArray *rows;

  self->documents = g_ptr_array_ref (documents);
  self->lexicon = g_object_ref (lexicon);
  self->result = result;
  self->views = g_ptr_array_new_with_free_func (view_free);
  self->view_by_doc = g_hash_table_new (NULL, NULL);
  self->persons = g_ptr_array_new_with_free_func (person_free);
  self->person_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->aliases = g_ptr_array_new_with_free_func (g_free);
  self->phrase_tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, phrase_table_free);
  self->contact_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->countries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->findings = g_array_new (FALSE, FALSE, sizeof (Finding));
  self->words = g_string_chunk_new (64 * 1024);
  self->stem_of = g_hash_table_new (NULL, NULL);
  self->scratch = g_string_sized_new (64);
  self->token_scratch = g_array_new (FALSE, TRUE, sizeof (ReadoutToken));
  self->role_owners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->role_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->speech_verbs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->function_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* countries: name, abbreviations, demonyms, metonyms; "|"-separated, "-" for none. */
  rows = readout_lexicon_get_rows (lexicon, "countries");
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      g_autofree char *key = g_utf8_strdown (row[0], -1);

      for (guint c = 0; row[c] && c < 4; c++)
        {
          g_auto(GStrv) values = g_strsplit (row[c], "|", -1);
          for (guint v = 0; values[v]; v++)
            {
              g_autofree char *folded = g_utf8_strdown (values[v], -1);
              char *dot;

              /* Tokens drop the dots of "U.S.". */
              while ((dot = strchr (folded, '.')))
                memmove (dot, dot + 1, strlen (dot));
              if (*folded && !g_str_equal (folded, "-") && !g_hash_table_contains (self->countries, folded))
                g_hash_table_insert (self->countries, g_steal_pointer (&folded), g_strdup (key));
            }
        }
    }
  rows = readout_lexicon_get_rows (lexicon, "titles");
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      g_auto(GStrv) words = g_strsplit_set (row[0], " -", -1);

      /* Forms of address and group words are no roles that identify a person. */
      if (row[1] && g_str_equal (row[1], "no"))
        continue;
      for (guint w = 0; words[w]; w++)
        if (strlen (words[w]) > 2 && !g_str_equal (words[w], "the") && !strchr (words[w], '.'))
          g_hash_table_add (self->role_words, g_strdup (words[w]));
    }
  rows = readout_lexicon_get_rows (lexicon, "cues");
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      g_auto(GStrv) forms = g_strsplit (row[1] ? row[1] : row[0], "|", -1);

      if (row[1] && row[2] && (g_str_equal (row[2], "spoke_with") || g_str_equal (row[2], "called") ||
                               g_str_equal (row[2], "met")))
        {
          g_auto(GStrv) contact_forms = g_strsplit (row[1], "|", -1);
          for (guint f = 0; contact_forms[f]; f++)
            g_hash_table_add (self->contact_words, g_strdup (contact_forms[f]));
        }
      /* Contacts ("called", "met") are not reports of words. */
      if (strchr (row[0], ' ') || (row[1] && row[2] &&
                                   (g_str_equal (row[2], "spoke_with") || g_str_equal (row[2], "called") ||
                                    g_str_equal (row[2], "met") || g_str_equal (row[2], "called_by") ||
                                    g_str_equal (row[2], "appointed") || g_str_equal (row[2], "briefed") ||
                                    g_str_equal (row[2], "thanked"))))
        continue;
      for (guint f = 0; forms[f]; f++)
        g_hash_table_add (self->speech_verbs, g_strdup (forms[f]));
    }
  rows = readout_lexicon_get_rows (lexicon, "stopwords");
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      const char *klass = row[1] ? row[1] : "function";

      if (g_str_equal (klass, "function") || g_str_equal (klass, "auxiliary") ||
          g_str_equal (klass, "person") || g_str_equal (klass, "group") ||
          g_str_equal (klass, "self") || g_str_equal (klass, "thing"))
        g_hash_table_add (self->function_words, g_utf8_strdown (row[0], -1));
    }

  for (guint i = 0; i < documents->len; i++)
    {
      ReadoutDocumentView *view = view_new (self, g_ptr_array_index (documents, i), i);
      g_ptr_array_add (self->views, view);
      g_hash_table_insert (self->view_by_doc, view->document, view);
    }
  g_clear_pointer (&self->token_scratch, g_array_unref);

  self->person_at = g_new0 (GArray *, documents->len + 1);
  self->actor_types = g_new0 (GArray *, documents->len + 1);
  for (guint i = 0; i < documents->len; i++)
    {
      ReadoutDocumentView *view = g_ptr_array_index (self->views, i);
      GArray *content = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint t = 0; t < view->n_tokens; t++)
        {
          const ReadoutToken *token = readout_document_view_token (view, t);
          if ((token->flags & READOUT_TOKEN_CONTENT) && !(token->flags & READOUT_TOKEN_EDITORIAL))
            g_array_append_val (content, t);
        }
      view->content = content;
    }

  link_engine_actors (self);
  for (guint i = 0; i < self->views->len; i++)
    collect_persons (self, g_ptr_array_index (self->views, i));
  add_first_names (self);
  for (guint i = 0; i < self->views->len; i++)
    resolve_mentions (self, g_ptr_array_index (self->views, i));
  decide_affiliations (self);
  return self;
}

static void
alignment_free (gpointer data)
{
  ReadoutAlignment *alignment = data;

  g_array_unref (alignment->ops);
  g_free (alignment);
}

void
readout_compare_context_free (ReadoutCompareContext *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->views->len; i++)
    {
      g_clear_pointer (&self->person_at[i], g_array_unref);
      g_clear_pointer (&self->actor_types[i], g_array_unref);
    }
  g_free (self->actor_types);
  g_free (self->person_at);
  for (guint i = 0; i < self->findings->len; i++)
    g_object_unref (g_array_index (self->findings, Finding, i).contradiction);
  g_array_unref (self->findings);
  g_clear_pointer (&self->alignments, g_ptr_array_unref);
  g_hash_table_unref (self->person_by_key);
  g_ptr_array_unref (self->aliases);
  g_ptr_array_unref (self->persons);
  g_hash_table_unref (self->countries);
  g_hash_table_unref (self->role_words);
  g_hash_table_unref (self->speech_verbs);
  g_hash_table_unref (self->function_words);
  g_hash_table_unref (self->phrase_tables);
  g_hash_table_unref (self->contact_words);
  g_clear_pointer (&self->reports, g_hash_table_unref);
  g_hash_table_unref (self->view_by_doc);
  g_ptr_array_unref (self->views);
  /* after the views: their tokens point into it */
  g_hash_table_unref (self->stem_of);
  g_string_chunk_free (self->words);
  g_string_free (self->scratch, TRUE);
  g_clear_pointer (&self->token_scratch, g_array_unref);
  g_hash_table_unref (self->role_owners);
  g_object_unref (self->lexicon);
  g_ptr_array_unref (self->documents);
  g_free (self);
}

guint
readout_compare_context_get_n_views (ReadoutCompareContext *self)
{
  return self->views->len;
}

ReadoutDocumentView *
readout_compare_context_get_view (ReadoutCompareContext *self,
                                  guint                  index)
{
  return g_ptr_array_index (self->views, index);
}

ReadoutDocumentView *
readout_compare_context_find_view (ReadoutCompareContext *self,
                                   ReadoutDocument       *document)
{
  return g_hash_table_lookup (self->view_by_doc, document);
}

ReadoutLexicon *
readout_compare_context_get_lexicon (ReadoutCompareContext *self)
{
  return self->lexicon;
}

ReadoutAnalysisResult *
readout_compare_context_get_result (ReadoutCompareContext *self)
{
  return self->result;
}

gboolean
readout_compare_context_in_table (ReadoutCompareContext *self,
                                  const char            *table,
                                  const char            *word)
{
  return readout_lexicon_contains (self->lexicon, table, word);
}

guint
readout_document_view_n_content (ReadoutDocumentView *view)
{
  return view->content->len;
}

const ReadoutToken *
readout_document_view_token (ReadoutDocumentView *view,
                             guint                index)
{
  return &view->tokens[index];
}

const ReadoutSentence *
readout_document_view_sentence (ReadoutDocumentView *view,
                                guint                index)
{
  return &g_array_index (view->sentences, ReadoutSentence, index);
}

guint
readout_document_view_sentence_at (ReadoutDocumentView *view,
                                   gsize                offset)
{
  guint lo = 0, hi = view->sentences->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const ReadoutSentence *s = readout_document_view_sentence (view, mid);

      if (offset < s->start)
        hi = mid;
      else if (offset >= s->end)
        lo = mid + 1;
      else
        return mid;
    }
  return G_MAXUINT;
}

guint
readout_document_view_token_at (ReadoutDocumentView *view,
                                gsize                offset)
{
  guint lo = 0, hi = view->n_tokens;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (readout_document_view_token (view, mid)->start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

typedef struct
{
  char              **words; /* folded; a last character '*' matches any ending */
  guint               n;
  const char * const *row;
} Phrase;

typedef struct
{
  GHashTable *by_first; /* first word → GPtrArray of Phrase, longest first */
  GPtrArray  *wild;     /* phrases whose first word ends in '*' */
} PhraseTable;

static void
phrase_free (gpointer data)
{
  Phrase *phrase = data;

  g_strfreev (phrase->words);
  g_free (phrase);
}

static void
phrase_table_free (gpointer data)
{
  PhraseTable *table = data;

  g_hash_table_unref (table->by_first);
  g_ptr_array_unref (table->wild);
  g_free (table);
}

static int
compare_phrase_length (gconstpointer a,
                       gconstpointer b)
{
  const Phrase *x = *(Phrase * const *)a, *y = *(Phrase * const *)b;

  return (int)y->n - (int)x->n;
}

/* The table's phrases indexed by their first word, built once per analysis: matching is a
 * hash lookup per token, not a walk over the table. */
static PhraseTable *
phrase_table (ReadoutCompareContext *self,
              const char            *name)
{
  PhraseTable *table = g_hash_table_lookup (self->phrase_tables, name);
  GPtrArray *rows;
  GHashTableIter iter;
  gpointer value;

  if (table)
    return table;
  table = g_new0 (PhraseTable, 1);
  table->by_first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
  table->wild = g_ptr_array_new_with_free_func (phrase_free);
  rows = readout_lexicon_get_rows (self->lexicon, name);
  for (guint r = 0; r < rows->len; r++)
    {
      const char * const *row = g_ptr_array_index (rows, r);
      g_autofree char *folded = g_ascii_strdown (row[0], -1);
      Phrase *phrase = g_new0 (Phrase, 1);
      gsize first_len;

      phrase->words = g_strsplit (folded, " ", -1);
      phrase->n = g_strv_length (phrase->words);
      phrase->row = row;
      if (phrase->n == 0)
        {
          phrase_free (phrase);
          continue;
        }
      first_len = strlen (phrase->words[0]);
      if (first_len > 1 && phrase->words[0][first_len - 1] == '*')
        g_ptr_array_add (table->wild, phrase);
      else
        {
          GPtrArray *list = g_hash_table_lookup (table->by_first, phrase->words[0]);
          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func (phrase_free);
              g_hash_table_insert (table->by_first, g_strdup (phrase->words[0]), list);
            }
          g_ptr_array_add (list, phrase);
        }
    }
  g_hash_table_iter_init (&iter, table->by_first);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_sort (value, compare_phrase_length);
  g_hash_table_insert (self->phrase_tables, g_strdup (name), table);
  return table;
}

static gboolean
phrase_matches (ReadoutDocumentView *view,
                const Phrase        *phrase,
                guint                t,
                guint                last_token)
{
  if (t + phrase->n > last_token)
    return FALSE;
  for (guint w = 0; w < phrase->n; w++)
    {
      const char *norm = readout_document_view_token (view, t + w)->norm;
      const char *word = phrase->words[w];
      gsize len = strlen (word);

      if (len > 1 && word[len - 1] == '*')
        {
          if (strncmp (norm, word, len - 1) != 0)
            return FALSE;
        }
      else if (!g_str_equal (norm, word))
        return FALSE;
    }
  return TRUE;
}

gboolean
readout_document_view_find_phrase (ReadoutDocumentView   *view,
                                   ReadoutCompareContext *context,
                                   guint                  first_token,
                                   guint                  last_token,
                                   const char            *table_name,
                                   const char * const   **row_out,
                                   guint                 *match_first,
                                   guint                 *match_last)
{
  PhraseTable *table = phrase_table (context, table_name);

  last_token = MIN (last_token, view->n_tokens);
  for (guint t = first_token; t < last_token; t++)
    {
      GPtrArray *list = g_hash_table_lookup (table->by_first, readout_document_view_token (view, t)->norm);
      const Phrase *found = NULL;

      for (guint i = 0; list && i < list->len && !found; i++)
        if (phrase_matches (view, g_ptr_array_index (list, i), t, last_token))
          found = g_ptr_array_index (list, i);
      for (guint i = 0; i < table->wild->len && !found; i++)
        if (phrase_matches (view, g_ptr_array_index (table->wild, i), t, last_token))
          found = g_ptr_array_index (table->wild, i);
      if (found)
        {
          if (row_out)
            *row_out = found->row;
          if (match_first)
            *match_first = t;
          if (match_last)
            *match_last = t + found->n;
          return TRUE;
        }
    }
  return FALSE;
}

/* ---- Evidence and text ---- */

static gboolean
is_trim_char (gunichar c)
{
  return g_unichar_isspace (c) || c == ',' || c == ';' || c == ':' || c == '.' || c == '-' ||
         c == 0x2013 || c == 0x2014 || c == '(' || c == ')';
}

ReadoutEvidence *
readout_evidence_new_trimmed (ReadoutDocumentView *view,
                              gsize                start,
                              gsize                end)
{
  const char *text = view->text;

  while (start < end && is_trim_char (g_utf8_get_char (text + start)))
    start = g_utf8_next_char (text + start) - text;
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (text + end);
      if (!is_trim_char (g_utf8_get_char (prev)))
        break;
      end = prev - text;
    }
  if (end <= start)
    return NULL;
  return readout_evidence_new (view->document, start, end);
}

/* Words a clause does not end on. */
static const char * const dangling[] = { "and", "or", "but", "that", "which", "to", "of", "the", "a", "an", NULL };

ReadoutEvidence *
readout_evidence_new_tokens (ReadoutDocumentView *view,
                             guint                first,
                             guint                last)
{
  gsize start, end;
  int balance = 0;

  if (last <= first || last > view->n_tokens)
    return NULL;
  while (last > first + 1 && g_strv_contains (dangling, readout_document_view_token (view, last - 1)->norm))
    last--;
  start = readout_document_view_token (view, first)->start;
  end = readout_document_view_token (view, last - 1)->end;
  /* Keep quotation marks paired: “right to self-defence” rather than “right to self-defence. */
  for (const char *p = view->text + start; p < view->text + end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (is_open_quote (c))
        balance++;
      else if (is_close_quote (c))
        balance--;
    }
  if (balance > 0 && end < strlen (view->text) && is_close_quote (g_utf8_get_char (view->text + end)))
    end = g_utf8_next_char (view->text + end) - view->text;
  else if (balance < 0 && start > 0 && is_open_quote (g_utf8_get_char (g_utf8_prev_char (view->text + start))))
    start = g_utf8_prev_char (view->text + start) - view->text;
  return readout_evidence_new_trimmed (view, start, end);
}

char *
readout_compare_excerpt (const char *text,
                         gsize       start,
                         gsize       end,
                         guint       max_chars)
{
  GString *out = g_string_new (NULL);
  const char *p = text + start;
  guint n = 0;
  gboolean space = FALSE;

  while (p < text + end && *p)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = out->len > 0;
      else
        {
          if (space)
            {
              g_string_append_c (out, ' ');
              n++;
            }
          space = FALSE;
          if (n >= max_chars)
            {
              g_string_append (out, "…");
              break;
            }
          g_string_append_unichar (out, c);
          n++;
        }
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

const char *
readout_compare_outlet_name (ReadoutDocumentView *view)
{
  /* A summary names documents by outlet; a long title is cut to stay one sentence. */
  if (view->short_name == NULL)
    {
      const char *name = readout_document_get_display_name (view->document);
      if (name && g_utf8_strlen (name, -1) > 48)
        view->short_name = readout_compare_excerpt (name, 0, strlen (name), 45);
      else
        view->short_name = g_strdup (name ? name : "");
    }
  return view->short_name;
}

/* ---- Persons, public ---- */

static Person *
person_at (ReadoutCompareContext *self,
           ReadoutDocumentView   *view,
           guint                  t)
{
  guint index = g_array_index (self->person_at[view->index], guint, t);

  return index ? g_ptr_array_index (self->persons, index - 1) : NULL;
}

const char *
readout_compare_context_person_before (ReadoutCompareContext *self,
                                       ReadoutDocumentView   *view,
                                       guint                  token)
{
  if (token > view->n_tokens)
    return NULL;
  for (guint t = token; t > 0; t--)
    {
      Person *person = person_at (self, view, t - 1);
      if (person)
        return person->key;
      if (token - t > 40)
        break;
    }
  return NULL;
}

static Person *
person_lookup (ReadoutCompareContext *self,
               const char            *key)
{
  return key ? g_hash_table_lookup (self->person_by_key, key) : NULL;
}

const char *
readout_compare_context_affiliation (ReadoutCompareContext *self,
                                     const char            *person_key)
{
  Person *person = person_lookup (self, person_key);

  return person ? person->affiliation : NULL;
}

const char *
readout_compare_context_display_name (ReadoutCompareContext *self,
                                      const char            *person_key)
{
  Person *person = person_lookup (self, person_key);

  return person ? person->display : person_key;
}

ReadoutActor *
readout_compare_context_find_actor (ReadoutCompareContext *self,
                                    const char            *person_key)
{
  Person *person = person_lookup (self, person_key);

  if (person == NULL)
    return NULL;
  if (person->actor == NULL && !person->actor_looked_up)
    {
      person->actor_looked_up = TRUE;
      /* The engine may name the actor by its surname only. */
      for (guint i = 0; i < self->result->actors->len; i++)
        {
          ReadoutActor *actor = g_ptr_array_index (self->result->actors, i);
          if (g_ascii_strcasecmp (readout_actor_get_name (actor), person->key) == 0 ||
              readout_actor_has_alias (actor, person->display))
            {
              person->actor = actor;
              break;
            }
        }
    }
  return person->actor;
}

typedef struct
{
  ReadoutStatement *statement;
  gsize             start;
  gsize             end;
} Report;

/* The engine's attributions by document, built once: a finding looks only at its document's. */
static GArray *
reports_of (ReadoutCompareContext *self,
            ReadoutDocument       *document)
{
  if (self->reports == NULL)
    {
      self->reports = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
      for (guint i = 0; i < self->result->statements->len; i++)
        {
          ReadoutStatement *statement = g_ptr_array_index (self->result->statements, i);
          guint n = readout_statement_get_n_attributions (statement);

          /* Not through the GListModel: asking for it would build one per statement. */
          for (guint a = 0; a < n; a++)
            {
              ReadoutAttribution *attribution = readout_statement_get_attribution (statement, a);
              ReadoutDocument *doc = readout_attribution_get_document (attribution);
              GArray *list = g_hash_table_lookup (self->reports, doc);
              Report report = { statement, readout_attribution_get_start (attribution),
                                readout_attribution_get_end (attribution) };

              if (list == NULL)
                {
                  list = g_array_new (FALSE, FALSE, sizeof (Report));
                  g_hash_table_insert (self->reports, doc, list);
                }
              g_array_append_val (list, report);
            }
        }
    }
  return g_hash_table_lookup (self->reports, document);
}

void
readout_compare_context_add_statements_in (ReadoutCompareContext *self,
                                           ReadoutContradiction  *contradiction,
                                           ReadoutDocumentView   *view,
                                           gsize                  start,
                                           gsize                  end)
{
  GArray *list = reports_of (self, view->document);

  for (guint i = 0; list && i < list->len; i++)
    {
      const Report *report = &g_array_index (list, Report, i);

      if (report->start < end && report->end > start)
        {
          ReadoutActor *speaker = readout_statement_get_speaker (report->statement);
          /* The contradiction keeps each statement once. */
          readout_contradiction_add_statement (contradiction, report->statement);
          if (speaker)
            readout_contradiction_add_actor (contradiction, speaker);
        }
    }
}

void
readout_compare_context_add_evidence (ReadoutCompareContext *self,
                                      ReadoutContradiction  *contradiction,
                                      ReadoutDocumentView   *view,
                                      ReadoutEvidence       *evidence)
{
  readout_contradiction_add_evidence (contradiction, evidence);
  readout_compare_context_add_statements_in (self, contradiction, view,
                                             readout_evidence_get_start (evidence),
                                             readout_evidence_get_end (evidence));
}

/* ---- Findings ---- */

void
readout_compare_context_report (ReadoutCompareContext *self,
                                ReadoutContradiction  *contradiction,
                                double                 importance)
{
  Finding finding = { contradiction, CLAMP (importance, 0.0, 1.0), self->findings->len };

  if (g_list_model_get_n_items (readout_contradiction_get_evidence (contradiction)) == 0)
    {
      g_object_unref (contradiction);
      return;
    }
  g_array_append_val (self->findings, finding);
}

static gboolean
evidence_overlaps (ReadoutEvidence *a,
                   ReadoutEvidence *b)
{
  return readout_evidence_get_document (a) == readout_evidence_get_document (b) &&
         readout_evidence_get_start (a) < readout_evidence_get_end (b) &&
         readout_evidence_get_start (b) < readout_evidence_get_end (a);
}

/* The finding's evidence as a set, built once (findings are compared many times). */
static ReadoutEvidenceSet *
finding_set (GHashTable           *sets,
             ReadoutContradiction *contradiction)
{
  ReadoutEvidenceSet *set = g_hash_table_lookup (sets, contradiction);

  if (set == NULL)
    {
      GListModel *evidence = readout_contradiction_get_evidence (contradiction);

      set = readout_evidence_set_new ();
      for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
        {
          g_autoptr(ReadoutEvidence) e = g_list_model_get_item (evidence, i);
          evidence_set_append (set, e);
        }
      g_hash_table_insert (sets, contradiction, set);
    }
  return set;
}

/* How many pieces of evidence of a overlap evidence of b. Both sides come from the cached
 * sets: a finding that absorbed many repeats has a long evidence list, and walking it through
 * GListModel for every comparison was most of the cost of merging. */
static guint
n_overlapping (GHashTable           *sets,
               ReadoutContradiction *a,
               ReadoutContradiction *b)
{
  ReadoutEvidenceSet *set_a = finding_set (sets, a);
  ReadoutEvidenceSet *set_b = finding_set (sets, b);
  GHashTableIter iter;
  gpointer document, value;
  guint n = 0;

  g_hash_table_iter_init (&iter, set_a->by_document);
  while (g_hash_table_iter_next (&iter, &document, &value))
    {
      GArray *spans_a = value;
      GArray *spans_b = g_hash_table_lookup (set_b->by_document, document);

      for (guint i = 0; spans_b && i < spans_a->len; i++)
        {
          const ReadoutSpan *x = &g_array_index (spans_a, ReadoutSpan, i);

          for (guint j = 0; j < spans_b->len; j++)
            {
              const ReadoutSpan *y = &g_array_index (spans_b, ReadoutSpan, j);
              if (y->start < x->end && x->start < y->end)
                {
                  n++;
                  break;
                }
            }
        }
    }
  return n;
}

/* TRUE when every piece of evidence of a overlaps one of b. */
static gboolean
evidence_covered (GHashTable           *sets,
                  ReadoutContradiction *a,
                  ReadoutContradiction *b)
{
  return n_overlapping (sets, a, b) == g_list_model_get_n_items (readout_contradiction_get_evidence (a));
}

static void
merge_into (ReadoutContradiction *keep,
            ReadoutContradiction *drop)
{
  GListModel *evidence = readout_contradiction_get_evidence (drop);
  GListModel *statements = readout_contradiction_get_statements (drop);
  GListModel *actors = readout_contradiction_get_actors (drop);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(ReadoutEvidence) x = g_list_model_get_item (evidence, i);
      GListModel *mine = readout_contradiction_get_evidence (keep);
      gboolean found = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (mine) && !found; j++)
        {
          g_autoptr(ReadoutEvidence) y = g_list_model_get_item (mine, j);
          found = evidence_overlaps (x, y);
        }
      if (!found)
        readout_contradiction_add_evidence (keep, x);
    }
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);
      readout_contradiction_add_statement (keep, s);
    }
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(ReadoutActor) a = g_list_model_get_item (actors, i);
      readout_contradiction_add_actor (keep, a);
    }
}

static double
finding_score (const Finding *finding)
{
  return readout_contradiction_get_confidence (finding->contradiction) * finding->importance;
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  const Finding *fa = a;
  const Finding *fb = b;
  double sa = finding_score (fa), sb = finding_score (fb);

  if (sa != sb)
    return sa > sb ? -1 : 1;
  return fa->order < fb->order ? -1 : fa->order > fb->order;
}

#define MAX_MERGE_CANDIDATES 16

/* The documents a finding's evidence lies in. */
static void
finding_documents (ReadoutContradiction *contradiction,
                   GPtrArray            *out)
{
  GListModel *evidence = readout_contradiction_get_evidence (contradiction);

  g_ptr_array_set_size (out, 0);
  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(ReadoutEvidence) e = g_list_model_get_item (evidence, i);
      ReadoutDocument *document = readout_evidence_get_document (e);
      if (!g_ptr_array_find (out, document, NULL))
        g_ptr_array_add (out, document);
    }
}

static void
index_finding (GHashTable           *by_document,
               GPtrArray            *documents,
               guint                 index)
{
  for (guint d = 0; d < documents->len; d++)
    {
      GArray *list = g_hash_table_lookup (by_document, g_ptr_array_index (documents, d));
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (by_document, g_ptr_array_index (documents, d), list);
        }
      g_array_append_val (list, index);
    }
}

void
readout_compare_context_finish (ReadoutCompareContext *self,
                                GPtrArray             *contradictions,
                                GPtrArray             *corroborations)
{
  g_autoptr(GHashTable) by_document = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
  g_autoptr(ReadoutEvidenceSet) disputed = readout_evidence_set_new ();
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GHashTable) sets = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)readout_evidence_set_free);

  g_array_sort (self->findings, compare_findings);

  /* One conflict, one entry: a finding whose evidence lies inside a better-ranked finding of
   * the same kind (or holds all of its evidence) is folded into it. Only findings that share
   * a document are compared, through an index by document. */
  for (guint i = 0; i < self->findings->len; i++)
    {
      Finding *finding = &g_array_index (self->findings, Finding, i);
      gboolean merged = FALSE;
      g_autoptr(GHashTable) tried = g_hash_table_new (NULL, NULL);

      finding_documents (finding->contradiction, documents);
      for (guint d = 0; d < documents->len && !merged; d++)
        {
          GArray *list = g_hash_table_lookup (by_document, g_ptr_array_index (documents, d));

          /* The best-ranked few of a document are enough to catch a repeat and keep this
           * linear when one document takes part in many findings. */
          for (guint k = 0; list && k < list->len && k < MAX_MERGE_CANDIDATES && !merged; k++)
            {
              Finding *better = &g_array_index (self->findings, Finding, g_array_index (list, guint, k));

              /* A finding met again through another shared document is not compared twice. */
              if (!g_hash_table_add (tried, better))
                continue;
              if (better->contradiction == NULL ||
                  readout_contradiction_get_kind (better->contradiction) !=
                  readout_contradiction_get_kind (finding->contradiction))
                continue;
              if (evidence_covered (sets, finding->contradiction, better->contradiction) ||
                  evidence_covered (sets, better->contradiction, finding->contradiction))
                {
                  merge_into (better->contradiction, finding->contradiction);
                  g_hash_table_remove (sets, better->contradiction);
                  g_hash_table_remove (sets, finding->contradiction);
                  g_clear_object (&finding->contradiction);
                  merged = TRUE;
                }
            }
        }
      if (!merged)
        index_finding (by_document, documents, i);
    }

  /* What is contested is not solid: words whose attribution or retraction is disputed are no
   * corroboration, however many outlets repeat them. All disputed evidence goes in one set,
   * so that each corroboration is checked once against it rather than against every disputed
   * finding of its documents. */
  for (guint i = 0; i < self->findings->len; i++)
    {
      Finding *finding = &g_array_index (self->findings, Finding, i);
      ReadoutContradictionKind kind;
      GListModel *evidence;

      if (finding->contradiction == NULL)
        continue;
      kind = readout_contradiction_get_kind (finding->contradiction);
      if (kind != READOUT_CONTRADICTION_ATTRIBUTION && kind != READOUT_CONTRADICTION_RETRACTION)
        continue;
      evidence = readout_contradiction_get_evidence (finding->contradiction);
      for (guint k = 0; k < g_list_model_get_n_items (evidence); k++)
        {
          g_autoptr(ReadoutEvidence) e = g_list_model_get_item (evidence, k);
          evidence_set_append (disputed, e);
        }
    }
  for (guint i = 0; i < self->findings->len; i++)
    {
      Finding *finding = &g_array_index (self->findings, Finding, i);
      GListModel *evidence;
      gboolean contested = FALSE;

      if (finding->contradiction == NULL || !readout_contradiction_is_corroboration (finding->contradiction))
        continue;
      evidence = readout_contradiction_get_evidence (finding->contradiction);
      for (guint k = 0; k < g_list_model_get_n_items (evidence) && !contested; k++)
        {
          g_autoptr(ReadoutEvidence) e = g_list_model_get_item (evidence, k);
          contested = evidence_set_overlaps (disputed, e);
        }
      if (contested)
        g_clear_object (&finding->contradiction);
    }

  for (guint i = 0; i < self->findings->len; i++)
    {
      Finding *finding = &g_array_index (self->findings, Finding, i);

      if (finding->contradiction == NULL)
        continue;
      if (readout_contradiction_is_corroboration (finding->contradiction))
        g_ptr_array_add (corroborations, g_steal_pointer (&finding->contradiction));
      else
        g_ptr_array_add (contradictions, g_steal_pointer (&finding->contradiction));
    }
  g_array_set_size (self->findings, 0);
}

/* ---- Alignments ---- */

guint
readout_document_view_content (ReadoutDocumentView *view,
                               guint                position)
{
  return g_array_index (view->content, guint, position);
}

/* Passages that repeat across documents are found through shingles: runs of three content
 * stems. Only documents that share a shingle are compared, and only around the shared runs,
 * so the work grows with the amount of repeated text, not with the square of the corpus. */

#define SHINGLE 3
/* Up to this many places of one run are all compared with each other; a run repeated more
 * often (a quote every outlet carries) links each place to the next few only, which keeps
 * the work linear and still joins all of them into one group. */
#define ALL_PAIRS_PLACES 24
#define CHAIN_NEIGHBOURS 3
/* A run shared by more places than this is boilerplate ("said in a statement"), not a passage. */
#define MAX_SHINGLE_PLACES 1024
#define MAX_PASSAGE 200
#define EXTEND 8

typedef struct
{
  guint view;
  guint position;
} Place;

typedef struct
{
  guint hash;
  Place place;
} Shingle;

static int
compare_shingles (gconstpointer a,
                  gconstpointer b)
{
  const Shingle *x = a, *y = b;

  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  if (x->place.view != y->place.view)
    return x->place.view < y->place.view ? -1 : 1;
  return x->place.position < y->place.position ? -1 : x->place.position > y->place.position;
}

typedef struct
{
  guint a_first, a_last; /* last = position of the last seed */
  guint b_first, b_last;
  guint n_seeds;
} Region;

static guint64
pair_key (guint a,
          guint b)
{
  return ((guint64)a << 32) | b;
}

/* g_int64_hash() folds the two halves with XOR: the keys of document pairs (a << 32 | b)
 * would crowd into a few hundred buckets. Multiply instead (Fibonacci hashing). */
static guint
pair_key_hash (gconstpointer key)
{
  return (guint)((*(const guint64 *)key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32);
}

static guint
shingle_hash (ReadoutDocumentView *view,
              guint                position)
{
  guint hash = 5381;

  for (guint k = 0; k < SHINGLE; k++)
    {
      const ReadoutToken *token = readout_document_view_token (view, readout_document_view_content (view, position + k));
      hash = hash * 33 + g_str_hash (token->stem);
    }
  return hash;
}

static gboolean
shingle_equal (ReadoutDocumentView *a,
               guint                pa,
               ReadoutDocumentView *b,
               guint                pb)
{
  for (guint k = 0; k < SHINGLE; k++)
    {
      const ReadoutToken *ta = readout_document_view_token (a, readout_document_view_content (a, pa + k));
      const ReadoutToken *tb = readout_document_view_token (b, readout_document_view_content (b, pb + k));
      if (!g_str_equal (ta->stem, tb->stem))
        return FALSE;
    }
  return TRUE;
}


static guint
content_paragraph (ReadoutDocumentView *view,
                   guint                position)
{
  const ReadoutToken *token = readout_document_view_token (view, readout_document_view_content (view, position));

  return readout_document_view_sentence (view, token->sentence)->paragraph;
}

static guint
content_quote (ReadoutDocumentView *view,
               guint                position)
{
  return readout_document_view_token (view, readout_document_view_content (view, position))->quote;
}

static guint
op_width (const ReadoutDiffOp *op)
{
  return MAX (op->a_last - op->a_first, op->b_last - op->b_first);
}

/* A country or a person: "India" and "Pakistan" (or two persons) hold the same place in two
 * parallel messages. Other capitalized words must match as words. */
static int
compute_actor_type (ReadoutCompareContext *self,
                    ReadoutDocumentView   *view,
                    guint                  t)
{
  const ReadoutToken *token = readout_document_view_token (view, t);
  guint n;

  if (!(token->flags & READOUT_TOKEN_CAPITAL) || (token->flags & READOUT_TOKEN_NUMBER))
    return 0;
  if (country_at (self, view, t, &n) != NULL)
    return 1;
  return person_at (self, view, t) != NULL ? 2 : 0;
}

/* Computed once per token: the alignment asks for every cell of its table. */
static int
actor_type (ReadoutCompareContext *self,
            ReadoutDocumentView   *view,
            guint                  t)
{
  GArray *types = self->actor_types[view->index];

  if (types == NULL)
    {
      types = g_array_sized_new (FALSE, TRUE, sizeof (guint8), view->n_tokens);
      g_array_set_size (types, view->n_tokens);
      for (guint u = 0; u < view->n_tokens; u++)
        g_array_index (types, guint8, u) = compute_actor_type (self, view, u);
      self->actor_types[view->index] = types;
    }
  return g_array_index (types, guint8, t);
}

/* What decides whether two content words match: the stem (interned, so equal stems are the
 * same pointer) and the actor type. Gathered once per passage, since the alignment table
 * compares every word of one passage with every word of the other. */
typedef struct
{
  const char *stem;
  int         actor;
} MatchKey;

static MatchKey *
match_keys (ReadoutCompareContext *self,
            ReadoutDocumentView   *view,
            guint                  first,
            guint                  n)
{
  MatchKey *keys = g_new (MatchKey, n);

  for (guint k = 0; k < n; k++)
    {
      guint t = readout_document_view_content (view, first + k);
      keys[k].stem = readout_document_view_token (view, t)->stem;
      keys[k].actor = actor_type (self, view, t);
    }
  return keys;
}

static inline gboolean
keys_match (const MatchKey *x,
            const MatchKey *y)
{
  return x->stem == y->stem || (x->actor != 0 && x->actor == y->actor);
}

/* Longest common subsequence of the content stems, turned into diff operations. */
static ReadoutAlignment *
align_region (ReadoutCompareContext *self,
              ReadoutDocumentView *a,
              ReadoutDocumentView *b,
              const Region        *region)
{
  guint a0 = region->a_first, a1 = MIN (region->a_last + SHINGLE, a->content->len);
  guint b0 = region->b_first, b1 = MIN (region->b_last + SHINGLE, b->content->len);
  guint pa = content_paragraph (a, region->a_first), pb = content_paragraph (b, region->b_first);
  guint n, m;

  /* Words next to the shared runs may still match (names, a changed word between runs); look
   * a little further on both sides, inside the paragraph. */
  for (guint k = 0; k < EXTEND && a0 > 0 && content_paragraph (a, a0 - 1) == pa &&
       (content_quote (a, a0) == 0 || content_quote (a, a0 - 1) == content_quote (a, a0)); k++)
    a0--;
  for (guint k = 0; k < EXTEND && b0 > 0 && content_paragraph (b, b0 - 1) == pb &&
       (content_quote (b, b0) == 0 || content_quote (b, b0 - 1) == content_quote (b, b0)); k++)
    b0--;
  pa = content_paragraph (a, a1 - 1);
  pb = content_paragraph (b, b1 - 1);
  /* …and not out of a quote or into one: the words around a quote are the outlet's. */
  for (guint k = 0; k < EXTEND && a1 < a->content->len && content_paragraph (a, a1) == pa &&
       (content_quote (a, a1 - 1) == 0 || content_quote (a, a1) == content_quote (a, a1 - 1)); k++)
    a1++;
  for (guint k = 0; k < EXTEND && b1 < b->content->len && content_paragraph (b, b1) == pb &&
       (content_quote (b, b1 - 1) == 0 || content_quote (b, b1) == content_quote (b, b1 - 1)); k++)
    b1++;
  /* A passage is one paragraph: cut where the last seed's paragraph ends. */
  while (a1 > a0 + 1 && content_paragraph (a, a1 - 1) != content_paragraph (a, MIN (region->a_last, a1 - 1)))
    a1--;
  while (b1 > b0 + 1 && content_paragraph (b, b1 - 1) != content_paragraph (b, MIN (region->b_last, b1 - 1)))
    b1--;
  n = a1 - a0;
  m = b1 - b0;
  g_autofree guint16 *table = NULL;
  g_autofree MatchKey *keys_a = NULL;
  g_autofree MatchKey *keys_b = NULL;
  ReadoutAlignment *alignment;
  guint i, j;
  GArray *ops;

  if (n == 0 || m == 0 || n > MAX_PASSAGE || m > MAX_PASSAGE)
    return NULL;
  table = g_new0 (guint16, (n + 1) * (m + 1));
  keys_a = match_keys (self, a, a0, n);
  keys_b = match_keys (self, b, b0, m);
#define L(x, y) table[(x) * (m + 1) + (y)]
  for (i = n; i-- > 0;)
    for (j = m; j-- > 0;)
      {
        if (keys_match (&keys_a[i], &keys_b[j]))
          L (i, j) = L (i + 1, j + 1) + 1;
        else
          L (i, j) = MAX (L (i + 1, j), L (i, j + 1));
      }

  ops = g_array_new (FALSE, FALSE, sizeof (ReadoutDiffOp));
  i = 0;
  j = 0;
  while (i < n || j < m)
    {
      ReadoutDiffOp op = { READOUT_DIFF_EQUAL, a0 + i, a0 + i, b0 + j, b0 + j };

      if (i < n && j < m && keys_match (&keys_a[i], &keys_b[j]))
        {
          while (i < n && j < m && keys_match (&keys_a[i], &keys_b[j]))
            {
              i++;
              j++;
            }
        }
      else
        {
          while ((i < n || j < m) &&
                 !(i < n && j < m && keys_match (&keys_a[i], &keys_b[j])))
            {
              if (j >= m || (i < n && L (i + 1, j) >= L (i, j + 1)))
                i++;
              else
                j++;
            }
          op.kind = (op.a_first < a0 + i && op.b_first < b0 + j) ? READOUT_DIFF_SUBSTITUTE :
                    (op.a_first < a0 + i) ? READOUT_DIFF_ONLY_A : READOUT_DIFF_ONLY_B;
        }
      op.a_last = a0 + i;
      op.b_last = b0 + j;
      g_array_append_val (ops, op);
    }
#undef L

  /* Unmatched words at either end are outside the shared passage, and so is a single word
   * that matched by chance beyond them. */
  for (;;)
    {
      const ReadoutDiffOp *first_op, *last_op;

      while (ops->len && g_array_index (ops, ReadoutDiffOp, 0).kind != READOUT_DIFF_EQUAL)
        g_array_remove_index (ops, 0);
      while (ops->len && g_array_index (ops, ReadoutDiffOp, ops->len - 1).kind != READOUT_DIFF_EQUAL)
        g_array_remove_index (ops, ops->len - 1);
      if (ops->len < 3)
        break;
      first_op = &g_array_index (ops, ReadoutDiffOp, 0);
      last_op = &g_array_index (ops, ReadoutDiffOp, ops->len - 1);
      if (first_op->a_last - first_op->a_first == 1 && op_width (first_op + 1) >= 2)
        g_array_remove_index (ops, 0);
      else if (last_op->a_last - last_op->a_first == 1 && op_width (last_op - 1) >= 2)
        g_array_remove_index (ops, ops->len - 1);
      else
        break;
    }
  if (ops->len == 0)
    {
      g_array_unref (ops);
      return NULL;
    }

  alignment = g_new0 (ReadoutAlignment, 1);
  alignment->a = a;
  alignment->b = b;
  alignment->ops = ops;
  alignment->a_first = g_array_index (ops, ReadoutDiffOp, 0).a_first;
  alignment->b_first = g_array_index (ops, ReadoutDiffOp, 0).b_first;
  alignment->a_last = g_array_index (ops, ReadoutDiffOp, ops->len - 1).a_last;
  alignment->b_last = g_array_index (ops, ReadoutDiffOp, ops->len - 1).b_last;
  for (guint k = 0; k < ops->len; k++)
    {
      const ReadoutDiffOp *op = &g_array_index (ops, ReadoutDiffOp, k);
      if (op->kind == READOUT_DIFF_EQUAL)
        alignment->n_equal += op->a_last - op->a_first;
    }
  return alignment;
}

typedef struct
{
  guint pa;
  guint pb;
} Seed;

static int
compare_seeds (gconstpointer a,
               gconstpointer b)
{
  const Seed *sa = a, *sb = b;

  if (sa->pa != sb->pa)
    return sa->pa < sb->pa ? -1 : 1;
  return sa->pb < sb->pb ? -1 : sa->pb > sb->pb;
}

/* Chains the seeds of two documents into regions: runs that advance together in both. */
static void
align_pair (ReadoutCompareContext *self,
            ReadoutDocumentView   *a,
            ReadoutDocumentView   *b,
            GArray                *seeds)
{
  g_autoptr(GArray) regions = g_array_new (FALSE, FALSE, sizeof (Region));

  g_array_sort (seeds, compare_seeds);
  for (guint s = 0; s < seeds->len; s++)
    {
      const Seed *seed = &g_array_index (seeds, Seed, s);
      gboolean placed = FALSE;

      for (guint r = regions->len; r > 0 && !placed; r--)
        {
          Region *region = &g_array_index (regions, Region, r - 1);
          int diagonal = (int)seed->pb - (int)seed->pa;
          int last_diagonal = (int)region->b_last - (int)region->a_last;

          if (seed->pa >= region->a_last && seed->pa - region->a_last <= 8 &&
              seed->pb >= region->b_last && ABS (diagonal - last_diagonal) <= 8 &&
              content_paragraph (a, seed->pa) == content_paragraph (a, region->a_last) &&
              content_paragraph (b, seed->pb) == content_paragraph (b, region->b_last))
            {
              region->a_last = seed->pa;
              region->b_last = seed->pb;
              region->n_seeds++;
              placed = TRUE;
            }
          else if (seed->pa > region->a_last + 8)
            break;
        }
      if (!placed)
        {
          Region region = { seed->pa, seed->pa, seed->pb, seed->pb, 1 };
          g_array_append_val (regions, region);
        }
    }

  for (guint r = 0; r < regions->len; r++)
    {
      const Region *region = &g_array_index (regions, Region, r);
      ReadoutAlignment *alignment;

      /* Two shingles at least: four content words in a row, or more with a gap. */
      if (region->n_seeds < 2)
        continue;
      /* A passage does not align with itself. */
      if (a == b && region->b_first <= region->a_last + SHINGLE)
        continue;
      alignment = align_region (self, a, b, region);
      if (alignment && alignment->n_equal >= 4)
        g_ptr_array_add (self->alignments, alignment);
      else if (alignment)
        alignment_free (alignment);
    }
}

static int
compare_alignments (gconstpointer a,
                    gconstpointer b)
{
  const ReadoutAlignment *x = *(ReadoutAlignment * const *)a;
  const ReadoutAlignment *y = *(ReadoutAlignment * const *)b;

  if (x->a->index != y->a->index)
    return x->a->index < y->a->index ? -1 : 1;
  if (x->b->index != y->b->index)
    return x->b->index < y->b->index ? -1 : 1;
  if (x->a_first != y->a_first)
    return x->a_first < y->a_first ? -1 : 1;
  return x->b_first < y->b_first ? -1 : x->b_first > y->b_first;
}

GPtrArray *
readout_compare_context_get_alignments (ReadoutCompareContext *self)
{
  g_autoptr(GArray) shingles = NULL;
  g_autoptr(GHashTable) pairs = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (self->alignments)
    return self->alignments;
  self->alignments = g_ptr_array_new_with_free_func (alignment_free);

  /* Every shingle's place, sorted by hash: the places of one hash are then a run, in
   * document and position order. One flat array instead of a hash table of small arrays
   * keeps this step from being the peak of the comparison's memory. */
  shingles = g_array_new (FALSE, FALSE, sizeof (Shingle));
  for (guint v = 0; v < self->views->len; v++)
    {
      ReadoutDocumentView *view = g_ptr_array_index (self->views, v);

      for (guint p = 0; p + SHINGLE <= view->content->len; p++)
        {
          Shingle shingle = { shingle_hash (view, p), { v, p } };
          g_array_append_val (shingles, shingle);
        }
    }
  g_array_sort (shingles, compare_shingles);

  pairs = g_hash_table_new_full (pair_key_hash, g_int64_equal, g_free, (GDestroyNotify)g_array_unref);
  for (guint run = 0, run_end; run < shingles->len; run = run_end)
    {
      const Shingle *places = &g_array_index (shingles, Shingle, run);
      guint n_places;
      guint reach;

      for (run_end = run + 1; run_end < shingles->len; run_end++)
        if (g_array_index (shingles, Shingle, run_end).hash != places->hash)
          break;
      n_places = run_end - run;
      reach = n_places <= ALL_PAIRS_PLACES ? n_places : CHAIN_NEIGHBOURS;

      if (n_places < 2 || n_places > MAX_SHINGLE_PLACES)
        continue;
      for (guint i = 0; i < n_places; i++)
        for (guint j = i + 1; j < n_places && j <= i + reach; j++)
          {
            const Place *x = &places[i].place;
            const Place *y = &places[j].place;
            ReadoutDocumentView *vx = g_ptr_array_index (self->views, x->view);
            ReadoutDocumentView *vy = g_ptr_array_index (self->views, y->view);
            guint64 k;
            GArray *seeds;
            Seed seed;

            if (!shingle_equal (vx, x->position, vy, y->position))
              continue;
            if (x->view == y->view && (y->position < x->position + SHINGLE))
              continue;
            k = pair_key (x->view, y->view);
            seeds = g_hash_table_lookup (pairs, &k);
            if (seeds == NULL)
              {
                seeds = g_array_new (FALSE, FALSE, sizeof (Seed));
                g_hash_table_insert (pairs, g_memdup2 (&k, sizeof k), seeds);
              }
            seed.pa = x->position;
            seed.pb = y->position;
            g_array_append_val (seeds, seed);
          }
    }
  g_clear_pointer (&shingles, g_array_unref);

  g_hash_table_iter_init (&iter, pairs);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint64 k = *(guint64 *)key;
      align_pair (self, g_ptr_array_index (self->views, k >> 32),
                  g_ptr_array_index (self->views, k & 0xffffffff), value);
    }
  /* Hash order is not stable; findings must be. */
  g_ptr_array_sort (self->alignments, compare_alignments);
  return self->alignments;
}

ReadoutEvidence *
readout_alignment_evidence (ReadoutAlignment *alignment,
                            gboolean          side_b)
{
  ReadoutDocumentView *view = side_b ? alignment->b : alignment->a;
  guint first = side_b ? alignment->b_first : alignment->a_first;
  guint last = side_b ? alignment->b_last : alignment->a_last;

  guint t0 = readout_document_view_content (view, first);
  guint t1 = readout_document_view_content (view, last - 1) + 1;
  guint quote = readout_document_view_token (view, t0)->quote;

  /* A passage that starts in a quote ends with it ("…South Asia,” she added"). */
  if (quote)
    while (t1 > t0 + 1 && readout_document_view_token (view, t1 - 1)->quote != quote)
      t1--;
  return readout_evidence_new_tokens (view, t0, t1);
}

void
readout_alignment_count_variants (ReadoutAlignment *alignment,
                                  guint            *n_entities,
                                  guint            *n_numbers)
{
  *n_entities = 0;
  *n_numbers = 0;
  for (guint k = 0; k < alignment->ops->len; k++)
    {
      const ReadoutDiffOp *op = &g_array_index (alignment->ops, ReadoutDiffOp, k);

      if (op->kind != READOUT_DIFF_EQUAL)
        continue;
      for (guint i = 0; i < op->a_last - op->a_first; i++)
        {
          const ReadoutToken *ta = readout_document_view_token (alignment->a, readout_document_view_content (alignment->a, op->a_first + i));
          const ReadoutToken *tb = readout_document_view_token (alignment->b, readout_document_view_content (alignment->b, op->b_first + i));

          if (!g_str_equal (ta->stem, tb->stem))
            (*n_entities)++;
          else if ((ta->flags & READOUT_TOKEN_NUMBER) && !g_str_equal (ta->norm, tb->norm))
            (*n_numbers)++;
        }
    }
}

gboolean
readout_compare_context_is_reported (ReadoutCompareContext *self,
                                     ReadoutDocumentView   *view,
                                     guint                  first,
                                     guint                  last)
{
  const ReadoutToken *token;

  if (first >= last || last > view->n_tokens)
    return FALSE;
  token = readout_document_view_token (view, first);
  if (token->flags & READOUT_TOKEN_IN_QUOTE)
    return TRUE;
  for (guint s = token->sentence; s <= readout_document_view_token (view, last - 1)->sentence; s++)
    {
      const ReadoutSentence *sentence = readout_document_view_sentence (view, s);
      for (guint t = sentence->first_token; t < sentence->last_token; t++)
        if (g_hash_table_contains (self->speech_verbs, readout_document_view_token (view, t)->norm))
          return TRUE;
    }
  return FALSE;
}

const char *
readout_compare_context_country (ReadoutCompareContext *self,
                                 ReadoutDocumentView   *view,
                                 guint                  token,
                                 guint                 *n_tokens)
{
  return country_at (self, view, token, n_tokens);
}

gboolean
readout_compare_context_is_speech_verb (ReadoutCompareContext *self,
                                        const char            *norm)
{
  return g_hash_table_contains (self->speech_verbs, norm);
}

const char *
readout_compare_context_person_at (ReadoutCompareContext *self,
                                   ReadoutDocumentView   *view,
                                   guint                  token)
{
  Person *person;

  if (token >= view->n_tokens)
    return NULL;
  person = person_at (self, view, token);
  return person ? person->key : NULL;
}

gboolean
readout_compare_context_is_role_word (ReadoutCompareContext *self,
                                      const char            *norm)
{
  return g_hash_table_contains (self->role_words, norm);
}

gboolean
readout_compare_context_is_contact_word (ReadoutCompareContext *self,
                                         const char            *norm)
{
  return g_hash_table_contains (self->contact_words, norm);
}

/* ---- Evidence sets ---- */

ReadoutEvidenceSet *
readout_evidence_set_new (void)
{
  ReadoutEvidenceSet *set = g_new0 (ReadoutEvidenceSet, 1);

  set->by_document = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
  return set;
}

void
readout_evidence_set_free (ReadoutEvidenceSet *set)
{
  if (set == NULL)
    return;
  g_hash_table_unref (set->by_document);
  g_free (set);
}

/* The spans of a document in the set; made when create, else NULL when it has none. */
static GArray *
spans_of (ReadoutEvidenceSet *set,
          ReadoutDocument    *document,
          gboolean            create)
{
  GArray *spans = g_hash_table_lookup (set->by_document, document);

  if (spans == NULL && create)
    {
      spans = g_array_new (FALSE, FALSE, sizeof (ReadoutSpan));
      g_hash_table_insert (set->by_document, document, spans);
    }
  return spans;
}

static gboolean
spans_overlap (GArray *spans,
               gsize   start,
               gsize   end)
{
  for (guint i = 0; spans && i < spans->len; i++)
    {
      const ReadoutSpan *other = &g_array_index (spans, ReadoutSpan, i);
      if (other->start < end && start < other->end)
        return TRUE;
    }
  return FALSE;
}

gboolean
readout_evidence_set_add (ReadoutEvidenceSet   *set,
                          ReadoutContradiction *contradiction,
                          ReadoutEvidence      *evidence)
{
  GArray *spans = spans_of (set, readout_evidence_get_document (evidence), TRUE);
  ReadoutSpan span = { readout_evidence_get_start (evidence), readout_evidence_get_end (evidence) };

  if (spans_overlap (spans, span.start, span.end))
    return FALSE;
  g_array_append_val (spans, span);
  if (contradiction)
    readout_contradiction_add_evidence (contradiction, evidence);
  return TRUE;
}

static gboolean
evidence_set_overlaps (ReadoutEvidenceSet *set,
                       ReadoutEvidence    *evidence)
{
  return spans_overlap (spans_of (set, readout_evidence_get_document (evidence), FALSE),
                        readout_evidence_get_start (evidence), readout_evidence_get_end (evidence));
}

/* Adds the span even when it overlaps one already there. */
static void
evidence_set_append (ReadoutEvidenceSet *set,
                     ReadoutEvidence    *evidence)
{
  GArray *spans = spans_of (set, readout_evidence_get_document (evidence), TRUE);
  ReadoutSpan span = { readout_evidence_get_start (evidence), readout_evidence_get_end (evidence) };

  g_array_append_val (spans, span);
}

guint
readout_evidence_set_n_in_document (ReadoutEvidenceSet *set,
                                    ReadoutDocument    *document)
{
  GArray *spans = g_hash_table_lookup (set->by_document, document);

  return spans ? spans->len : 0;
}
