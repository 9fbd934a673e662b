/* readout-mentions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-mentions.h"

/* A set of non-zero word keys (see word_key()) with open addressing: one flat array instead
 * of a GHashTable, since every word of the document is added once. */
typedef struct
{
  guint32 *slots; /* 0 = empty */
  guint32  mask;
} WordSet;

static void
word_set_init (WordSet *set,
               guint    max_keys)
{
  guint size = 16;

  /* at most half full, so probes stay short and always end */
  while (size < 2 * (gsize)max_keys + 1)
    size *= 2;
  set->slots = g_new0 (guint32, size);
  set->mask = size - 1;
}

static void
word_set_clear (WordSet *set)
{
  g_clear_pointer (&set->slots, g_free);
}

static void
word_set_add (WordSet *set,
              guint32  key)
{
  guint32 k = (key * 2654435761u) & set->mask;

  while (set->slots[k] != 0 && set->slots[k] != key)
    k = (k + 1) & set->mask;
  set->slots[k] = key;
}

static gboolean
word_set_contains (const WordSet *set,
                   guint32        key)
{
  guint32 k = (key * 2654435761u) & set->mask;

  while (set->slots[k] != 0)
    {
      if (set->slots[k] == key)
        return TRUE;
      k = (k + 1) & set->mask;
    }
  return FALSE;
}

typedef struct
{
  const ReadoutSegmentation *seg;
  ReadoutEngineLexicon      *lexicon;
  WordSet                    lower_words; /* words seen in lower case in the document */
  WordSet                    inner_capitals; /* capitalized words seen inside sentences */
  ReadoutMentions           *out;
  gint                      *covering;
  guint                      n_tokens;
} Finder;

static const ReadoutToken *
tok (Finder *f,
     guint   i)
{
  return readout_segmentation_token (f->seg, i);
}

static gboolean
is_word (Finder *f,
         guint   i)
{
  return i < f->n_tokens && tok (f, i)->kind == READOUT_TOKEN_WORD;
}

static gboolean
is_capitalized (Finder *f,
                guint   i)
{
  return is_word (f, i) && (tok (f, i)->flags & READOUT_TOKEN_CAPITALIZED);
}

static gboolean
punct_is (Finder     *f,
          guint       i,
          const char *s)
{
  return i < f->n_tokens && tok (f, i)->kind == READOUT_TOKEN_PUNCT &&
         strncmp (f->seg->text + tok (f, i)->start, s, strlen (s)) == 0;
}

static ReadoutWordClass
word_class (Finder *f,
            guint   i)
{
  return readout_segmentation_word_class (f->seg, i);
}

/* The longest phrase from i (at most max words, within the sentence) found by lookup. */
typedef gconstpointer (*LookupFunc) (ReadoutEngineLexicon *lexicon, const char *phrase);

static gconstpointer
longest (Finder             *f,
         guint               i,
         ReadoutPhraseTable  table,
         LookupFunc          lookup,
         guint              *n_words)
{
  guint max = readout_engine_lexicon_table_max_words (f->lexicon, table);
  gboolean lower = table != READOUT_PHRASES_COUNTRIES;
  const ReadoutToken *t;
  guint sentence;
  guint run;
  char buffer[256];

  if (max == 0 || !is_word (f, i))
    return NULL;
  /* Most words start no phrase of the table: no need to build any */
  t = tok (f, i);
  if (!readout_segmentation_may_start (f->seg, i, table) ||
      (!lower && !readout_engine_lexicon_starts_phrase (f->lexicon, table, f->seg->text + t->start,
                                                        t->base_end - t->start)))
    return NULL;
  sentence = tok (f, i)->sentence;
  /* A phrase is a run of words within the sentence, broken after a possessive: find the run
   * once rather than checking every word again for each length */
  run = 1;
  while (run < max && is_word (f, i + run) && tok (f, i + run)->sentence == sentence &&
         !(tok (f, i + run - 1)->flags & READOUT_TOKEN_POSSESSIVE))
    run++;
  for (guint n = run; n >= 1; n--)
    {
      gconstpointer found;

      if (!readout_segmentation_phrase (f->seg, i, i + n, lower, buffer, sizeof buffer))
        continue;
      found = lookup (f->lexicon, buffer);
      if (found)
        {
          *n_words = n;
          return found;
        }
    }
  return NULL;
}

static const ReadoutCountry *
country_at (Finder *f,
            guint   i,
            guint  *n)
{
  const ReadoutCountry *c;

  if (!is_capitalized (f, i))
    return NULL;
  c = longest (f, i, READOUT_PHRASES_COUNTRIES, (LookupFunc)readout_engine_lexicon_lookup_country, n);
  /* A lone "US" inside an all-capitals heading could be the pronoun */
  return c;
}

static const ReadoutOrganization *
organization_at (Finder *f,
                 guint   i,
                 guint  *n)
{
  const ReadoutOrganization *org = longest (f, i, READOUT_PHRASES_ORGANIZATIONS,
                                            (LookupFunc)readout_engine_lexicon_lookup_organization, n);

  if (org == NULL || org->head || org->canonical == NULL)
    return NULL;
  /* Short names ("un", "who", "ap") only when written in capitals */
  if (*n == 1 && tok (f, i)->base_end - tok (f, i)->start <= 4 && !(tok (f, i)->flags & READOUT_TOKEN_ALL_CAPS) &&
      f->seg->text[tok (f, i)->start + 1] != '.' &&
      !(tok (f, i)->base_end - tok (f, i)->start == 1 && (tok (f, i)->flags & READOUT_TOKEN_CAPITALIZED)))
    return NULL;
  return org;
}

static const ReadoutTitle *
title_at (Finder *f,
          guint   i,
          guint  *n)
{
  const ReadoutTitle *title = longest (f, i, READOUT_PHRASES_TITLES, (LookupFunc)readout_engine_lexicon_lookup_title, n);

  /* "Mr." is two tokens: the word and its period */
  if (title && punct_is (f, i + *n, ".") && tok (f, i + *n)->start == tok (f, i + *n - 1)->end)
    (*n)++;
  return title;
}

static gboolean
is_org_head (Finder *f,
             guint   i,
             ReadoutActorKind *kind)
{
  char buffer[64];
  const ReadoutOrganization *org;

  if (!is_word (f, i) || !readout_segmentation_may_start (f->seg, i, READOUT_PHRASES_ORGANIZATIONS) ||
      !readout_segmentation_phrase (f->seg, i, i + 1, TRUE, buffer, sizeof buffer))
    return FALSE;
  org = readout_engine_lexicon_lookup_organization (f->lexicon, buffer);
  if (org == NULL || !org->head)
    return FALSE;
  if (kind)
    *kind = org->kind;
  return TRUE;
}

static gboolean
is_name_particle (Finder *f,
                  guint   i)
{
  static const char *particles[] = { "bin", "al", "de", "da", "van", "von", "der", "la", "le", "du", "dos", "e" };

  for (guint k = 0; k < G_N_ELEMENTS (particles); k++)
    if (readout_segmentation_token_is (f->seg, i, particles[k]))
      return !(tok (f, i)->flags & READOUT_TOKEN_CAPITALIZED);
  return FALSE;
}

static gboolean starts_clause (Finder *f, guint i);
static guint32 word_key (Finder *f, guint i);

static gboolean
is_adverb_or_auxiliary (ReadoutEngineLexicon *lexicon,
                        const char           *lower_word)
{
  ReadoutWordClass klass = readout_engine_lexicon_word_class (lexicon, lower_word);

  return klass == READOUT_WORD_ADVERB || klass == READOUT_WORD_AUXILIARY;
}

/* "Rubio said", "Rubio also urged": a verb of speech or contact follows. */
static gboolean
followed_by_cue (Finder *f,
                 guint   i)
{
  char buffer[64];
  guint j = i + 1;

  while (j < f->n_tokens && is_word (f, j) && j < i + 3 &&
         readout_segmentation_phrase (f->seg, j, j + 1, TRUE, buffer, sizeof buffer) &&
         is_adverb_or_auxiliary (f->lexicon, buffer))
    j++;
  if (!is_word (f, j) || !readout_segmentation_phrase (f->seg, j, j + 1, TRUE, buffer, sizeof buffer))
    return FALSE;
  return readout_engine_lexicon_lookup_cue (f->lexicon, buffer) != NULL;
}

/* "the union said", not "a press briefing": a cue in a finite form follows. */
static gboolean
followed_by_finite_cue (Finder *f,
                        guint   i)
{
  const ReadoutToken *t = i + 1 < f->n_tokens ? tok (f, i + 1) : NULL;

  if (!followed_by_cue (f, i) || t == NULL)
    return FALSE;
  return !(t->base_end - t->start > 4 && strncmp (f->seg->text + t->base_end - 3, "ing", 3) == 0);
}

/* A capitalized word that may be part of a name. */
static gboolean
is_name_word (Finder *f,
              guint   i,
              gboolean first)
{
  const ReadoutToken *t;
  ReadoutWordClass klass;

  if (!is_capitalized (f, i))
    return FALSE;
  t = tok (f, i);
  if (t->flags & READOUT_TOKEN_DATELINE)
    return FALSE;
  klass = word_class (f, i);
  if (klass == READOUT_WORD_MONTH || klass == READOUT_WORD_WEEKDAY)
    return FALSE;
  if (klass != READOUT_WORD_NONE && first)
    {
      /* "The Resistance Front" keeps its article only inside a sentence */
      if (klass == READOUT_WORD_FUNCTION && readout_segmentation_token_is (f->seg, i, "the") &&
          !(t->flags & READOUT_TOKEN_SENTENCE_START) && is_capitalized (f, i + 1))
        return TRUE;
      return FALSE;
    }
  if (klass == READOUT_WORD_PERSON || klass == READOUT_WORD_SELF || klass == READOUT_WORD_GROUP ||
      klass == READOUT_WORD_THING || klass == READOUT_WORD_AUXILIARY)
    return FALSE;
  if (first && starts_clause (f, i))
    {
      guint32 key = word_key (f, i);
      if (word_set_contains (&f->lower_words, key) ||
          /* a lone capitalized word opening a sentence is a name only if seen inside one */
          (!is_name_word (f, i + 1, FALSE) && !word_set_contains (&f->inner_capitals, key) &&
           !followed_by_cue (f, i)))
        return FALSE;
    }
  return TRUE;
}

static char *
text_of (Finder *f,
         guint   first,
         guint   last)
{
  const char *p = f->seg->text + tok (f, first)->start;
  const char *end = f->seg->text + tok (f, last - 1)->base_end;
  GString *out = g_string_new (NULL);

  for (; p < end; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out->len && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static ReadoutMention *
add_mention (Finder             *f,
             guint               first,
             guint               last,
             ReadoutMentionKind  kind)
{
  ReadoutMention m = { 0, };
  guint index = f->out->mentions->len;

  m.first = first;
  m.last = last;
  m.name_first = first;
  m.kind = kind;
  m.entity = -1;
  g_array_append_val (f->out->mentions, m);
  f->out->ending_at[last - 1] = index;
  f->out->starting_at[first] = index;
  for (guint i = first; i < last; i++)
    f->covering[i] = index;
  return &g_array_index (f->out->mentions, ReadoutMention, index);
}

/* Scans a run of name words from i; returns its end (i when there is none). */
static guint
scan_name (Finder *f,
           guint   i)
{
  guint j = i;
  guint sentence;

  if (!is_name_word (f, i, TRUE))
    return i;
  sentence = tok (f, i)->sentence;
  j = i + 1;
  while (j < f->n_tokens && tok (f, j)->sentence == sentence)
    {
      if (tok (f, j - 1)->flags & READOUT_TOKEN_POSSESSIVE)
        {
          /* "the Varno Dockers' Union": a plural possessive inside an organization's name */
          const ReadoutToken *p = tok (f, j - 1);
          const char *text = f->seg->text;
          gboolean plural = p->base_end > p->start && text[p->base_end - 1] == 's' && p->end > p->base_end &&
                            (text[p->base_end] == '\'' || (guchar)text[p->base_end] == 0xe2);
          if (!(plural && p->end - p->base_end <= 3 && is_name_word (f, j, FALSE) && is_org_head (f, j, NULL)))
            break;
        }
      if (tok (f, j)->start > tok (f, j - 1)->end + 1)
        {
          /* a line break or double space between words still joins them */
        }
      if (is_name_word (f, j, FALSE))
        j++;
      else if (is_name_particle (f, j) && is_name_word (f, j + 1, FALSE))
        j += 2;
      else if ((readout_segmentation_token_is (f->seg, j, "of") || readout_segmentation_token_is (f->seg, j, "for")) &&
               !(tok (f, j)->flags & READOUT_TOKEN_CAPITALIZED) &&
               (is_org_head (f, j - 1, NULL) ||
                (readout_segmentation_token_is (f->seg, j + 1, "the") && is_name_word (f, j + 2, FALSE)) ||
                is_name_word (f, j + 1, FALSE)) &&
               (is_org_head (f, j - 1, NULL) || is_org_head (f, i, NULL)))
        {
          j++;
          if (readout_segmentation_token_is (f->seg, j, "the"))
            j++;
        }
      else if (tok (f, j)->kind == READOUT_TOKEN_PUNCT && f->seg->text[tok (f, j)->start] == '.' &&
               tok (f, j)->start == tok (f, j - 1)->end && tok (f, j - 1)->end - tok (f, j - 1)->start == 1 &&
               is_name_word (f, j + 1, FALSE) && tok (f, j + 1)->sentence == sentence)
        j++;   /* the period of an initial: "S. Jaishankar" */
      else
        break;
    }
  /* A trailing "of"/"the" is not part of the name */
  while (j > i + 1 && !is_capitalized (f, j - 1) && tok (f, j - 1)->kind != READOUT_TOKEN_PUNCT)
    j--;
  return j;
}

/* Country or organization: an affiliation named in the organizations table may be either. */
static ReadoutActorKind
kind_of_affiliation (Finder     *f,
                     const char *name)
{
  const ReadoutCountry *country = readout_engine_lexicon_lookup_country (f->lexicon, name);

  if (country && country->form == READOUT_COUNTRY_NAME)
    return READOUT_ACTOR_COUNTRY;
  return READOUT_ACTOR_ORGANIZATION;
}

static void
set_affiliation (ReadoutMention   *m,
                 const char       *name,
                 ReadoutActorKind  kind,
                 const char       *of)
{
  g_free (m->affiliation);
  m->affiliation = g_strdup (name);
  m->affiliation_kind = kind;
  g_free (m->affiliation_of);
  m->affiliation_of = g_strdup (of);
}

static guint parse_titled (Finder *f, guint i);

/* Classifies and adds a capitalized run [i, j); returns the mention or NULL. */
static ReadoutMention *
add_name_run (Finder *f,
              guint   i,
              guint   j)
{
  guint n = 0;
  const ReadoutOrganization *org;
  const ReadoutCountry *country;
  ReadoutActorKind head_kind = READOUT_ACTOR_ORGANIZATION;
  gboolean has_head = FALSE;
  guint start = i;
  ReadoutMention *m;

  if (readout_segmentation_token_is (f->seg, i, "the") && j > i + 1)
    start = i + 1;
  /* "Norlandic-owned Coral Chemicals": the owner's adjective is no part of the name */
  if (j > start + 1)
    {
      const ReadoutToken *t = tok (f, start);
      const char *text = f->seg->text;
      static const char *suffixes[] = { "-owned", "-based", "-run", "-led", "-backed", "-registered", "-flagged" };
      for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
        {
          gsize n_suffix = strlen (suffixes[k]);
          if (t->base_end - t->start > n_suffix &&
              g_ascii_strncasecmp (text + t->base_end - n_suffix, suffixes[k], n_suffix) == 0)
            {
              start++;
              i = start;
              break;
            }
        }
    }

  org = organization_at (f, start, &n);
  if (org && start + n == j)
    {
      m = add_mention (f, i, j, READOUT_MENTION_ORGANIZATION);
      m->actor_kind = org->kind;
      m->name = g_strdup (org->canonical);
      if (org->affiliation)
        set_affiliation (m, org->affiliation, kind_of_affiliation (f, org->affiliation), NULL);
      return m;
    }
  country = country_at (f, start, &n);
  if (country && start + n == j && country->form != READOUT_COUNTRY_DEMONYM)
    {
      m = add_mention (f, i, j, READOUT_MENTION_COUNTRY);
      m->actor_kind = READOUT_ACTOR_COUNTRY;
      m->name = g_strdup (country->country);
      return m;
    }
  for (guint k = start; k < j; k++)
    if (is_org_head (f, k, &head_kind))
      has_head = TRUE;
  if (has_head)
    {
      guint last_head = start;
      for (guint k = start; k < j; k++)
        if (is_org_head (f, k, NULL))
          last_head = k;
      /* "UN General Assembly Philemon Yang": an organization, then a person's name */
      if (j >= last_head + 3 && is_name_word (f, last_head + 1, FALSE))
        {
          ReadoutMention *org_mention = add_name_run (f, i, last_head + 1);
          g_autofree char *org_name = org_mention ? g_strdup (org_mention->name) : NULL;
          ReadoutActorKind org_kind = org_mention ? org_mention->actor_kind : READOUT_ACTOR_ORGANIZATION;
          guint end;

          /* "Senate Majority Leader Chuck Schumer": a title may follow the organization */
          end = parse_titled (f, last_head + 1);
          if (end > last_head + 1 && f->out->ending_at[end - 1] >= 0)
            {
              m = &g_array_index (f->out->mentions, ReadoutMention, f->out->ending_at[end - 1]);
              if (org_name && m->affiliation == NULL)
                set_affiliation (m, org_name, org_kind, NULL);
              return m;
            }
          m = add_mention (f, last_head + 1, j, READOUT_MENTION_NAME);
          m->actor_kind = READOUT_ACTOR_PERSON;
          m->name = text_of (f, last_head + 1, j);
          if (org_name)
            set_affiliation (m, org_name, org_kind, NULL);
          return m;
        }
      if (i > 0 && start == i && readout_segmentation_token_is (f->seg, i - 1, "the") &&
          (tok (f, i - 1)->flags & READOUT_TOKEN_CAPITALIZED) && f->covering[i - 1] < 0)
        i--;  /* "The Resistance Front" opening a sentence */
      m = add_mention (f, i, j, READOUT_MENTION_ORGANIZATION);
      m->actor_kind = head_kind;
      m->name = text_of (f, i, j);
      if (country && country->form != READOUT_COUNTRY_DEMONYM)
        set_affiliation (m, country->country, READOUT_ACTOR_COUNTRY, NULL);
      else if (country)
        set_affiliation (m, country->country, READOUT_ACTOR_COUNTRY, NULL);
      return m;
    }
  if (j == start + 1 && (tok (f, start)->flags & READOUT_TOKEN_ALL_CAPS) &&
      tok (f, start)->base_end - tok (f, start)->start <= 6)
    {
      /* An unknown acronym: an organization more often than a person */
      m = add_mention (f, i, j, READOUT_MENTION_ORGANIZATION);
      m->actor_kind = READOUT_ACTOR_ORGANIZATION;
      m->name = text_of (f, start, j);
      return m;
    }
  if (country)
    return NULL; /* "Indian" alone, or a country followed by other words */
  /* A single capital letter ("posted on X") names no one */
  if (j == start + 1 && tok (f, start)->base_end - tok (f, start)->start == 1)
    return NULL;
  /* "Transport Minister Eva Strand": a title inside the run starts the titled name */
  for (guint k = start + 1; k + 1 < j; k++)
    if (title_at (f, k, &n) && k + n < j && is_name_word (f, k + n, FALSE))
      {
        guint end = parse_titled (f, k);
        if (end > k && f->out->ending_at[end - 1] >= 0)
          return &g_array_index (f->out->mentions, ReadoutMention, f->out->ending_at[end - 1]);
        break;
      }
  m = add_mention (f, start, j, READOUT_MENTION_NAME);
  m->actor_kind = READOUT_ACTOR_PERSON;
  m->name = text_of (f, start, j);
  return m;
}

/* Skips "(ISI)" after an organization. */
static guint
skip_acronym (Finder *f,
              guint   j)
{
  if (punct_is (f, j, "(") && is_word (f, j + 1) && (tok (f, j + 1)->flags & READOUT_TOKEN_ALL_CAPS) &&
      punct_is (f, j + 2, ")"))
    return j + 3;
  return j;
}

/* "the foreign minister level": a title used before a noun names no one. */
static gboolean
title_modifies_noun (Finder *f,
                     guint   j)
{
  char buffer[64];

  if (!is_word (f, j) || is_capitalized (f, j) || word_class (f, j) != READOUT_WORD_NONE ||
      !readout_segmentation_phrase (f->seg, j, j + 1, TRUE, buffer, sizeof buffer))
    return FALSE;
  return readout_engine_lexicon_lookup_cue (f->lexicon, buffer) == NULL;
}

/* Tries "[det] [country|org]* title* [to COUNTRY,] Name" from i; returns the end or i. */
static guint
parse_titled (Finder *f,
              guint   i)
{
  guint j = i;
  guint n = 0;
  gboolean determiner = FALSE;
  const char *aff = NULL, *aff_of = NULL;
  ReadoutActorKind aff_kind = READOUT_ACTOR_COUNTRY;
  guint modifiers_end;
  GString *role = NULL;
  const char *role_head = NULL;
  gboolean person_title = FALSE;
  gboolean capital_title = FALSE;
  guint name_end;
  ReadoutMention *m;
  guint document_noun = 0;
  const char *possessor = NULL;
  g_autofree char *possessor_name = NULL;

  if (readout_segmentation_token_is (f->seg, j, "the") || readout_segmentation_token_is (f->seg, j, "a") ||
      readout_segmentation_token_is (f->seg, j, "an") || readout_segmentation_token_is (f->seg, j, "its") ||
      readout_segmentation_token_is (f->seg, j, "his") || readout_segmentation_token_is (f->seg, j, "her") ||
      readout_segmentation_token_is (f->seg, j, "their"))
    {
      determiner = TRUE;
      j++;
    }

  for (;;)
    {
      const ReadoutCountry *country = country_at (f, j, &n);
      const ReadoutOrganization *org;

      if (country)
        {
          aff = country->country;
          aff_kind = READOUT_ACTOR_COUNTRY;
          aff_of = NULL;
          j += n;
          if (tok (f, j - 1)->flags & READOUT_TOKEN_POSSESSIVE)
            break;
          continue;
        }
      org = organization_at (f, j, &n);
      if (org)
        {
          if (aff && aff_kind == READOUT_ACTOR_COUNTRY)
            aff_of = aff;
          else
            aff_of = org->affiliation;
          aff = org->canonical;
          aff_kind = org->kind;
          j = skip_acronym (f, j + n);
          continue;
        }
      break;
    }
  modifiers_end = j;

  /* "the Pakistan foreign ministry", "India’s external affairs ministry" */
  if (aff && aff_kind == READOUT_ACTOR_COUNTRY && j > i)
    {
      for (guint k = j; k < j + 3 && is_word (f, k) && !is_capitalized (f, k); k++)
        {
          ReadoutActorKind head_kind;
          if (is_org_head (f, k, &head_kind))
            {
              g_autofree char *words = text_of (f, j, k + 1);
              m = add_mention (f, i, k + 1, READOUT_MENTION_ORGANIZATION);
              m->actor_kind = head_kind;
              if (readout_segmentation_token_is (f->seg, k, "government") ||
                  readout_segmentation_token_is (f->seg, k, "administration"))
                {
                  m->kind = READOUT_MENTION_COUNTRY;
                  m->actor_kind = READOUT_ACTOR_COUNTRY;
                  m->name = g_strdup (aff);
                }
              else
                {
                  m->name = g_strdup_printf ("%s %s", aff, words);
                  set_affiliation (m, aff, READOUT_ACTOR_COUNTRY, NULL);
                }
              return k + 1;
            }
          if (title_at (f, k, &n) || word_class (f, k) != READOUT_WORD_NONE)
            break;
        }
    }

  /* "the ministry said", "the company said": an organization named before */
  if (determiner && j == i + 1 && is_word (f, j) && !is_capitalized (f, j) && is_org_head (f, j, NULL) &&
      !is_name_word (f, j + 1, FALSE) && !(is_word (f, j + 1) && is_org_head (f, j + 1, NULL)) &&
      (readout_segmentation_token_is (f->seg, i, "the") || readout_segmentation_token_is (f->seg, i, "its") ||
       followed_by_finite_cue (f, j)))
    {
      m = add_mention (f, i, j + 1, READOUT_MENTION_ORGANIZATION);
      m->actor_kind = READOUT_ACTOR_ORGANIZATION;
      m->name = NULL;  /* the resolver finds which */
      m->role = text_of (f, j, j + 1);
      m->affiliation = text_of (f, j, j + 1);
      return j + 1;
    }
  /* "the environment ministry said", "his ministry said": a common-noun organization that
   * speaks, with a word or two of lower-case modifiers */
  if (determiner && j == i + 1)
    for (guint k = j; k < j + 3 && is_word (f, k) && (!is_capitalized (f, k) || k == j) &&
         word_class (f, k) == READOUT_WORD_NONE && !title_at (f, k, &n); k++)
      {
        ReadoutActorKind head_kind;
        const ReadoutTitle *spokes;

        /* "a government spokesperson said", "a company spokesman said": an unnamed
         * spokesperson speaks for the organization */
        if (!is_capitalized (f, k) && is_org_head (f, k, &head_kind) && (spokes = title_at (f, k + 1, &n)) &&
            spokes->head && g_str_has_prefix (spokes->head, "spokes") && followed_by_finite_cue (f, k + n))
          {
            m = add_mention (f, i, k + 1 + n, READOUT_MENTION_ORGANIZATION);
            m->actor_kind = head_kind;
            m->name = NULL;
            m->role = text_of (f, k, k + 1);
            m->affiliation = text_of (f, j, k + 1);
            return k + 1 + n;
          }
        /* "the Norlandic embassy in Varno said": a capitalized modifier and a place after */
        if (k > j && !is_capitalized (f, k) && is_org_head (f, k, &head_kind) && !followed_by_cue (f, k) &&
            readout_segmentation_token_is (f->seg, k + 1, "in") && is_name_word (f, k + 2, FALSE) &&
            followed_by_finite_cue (f, scan_name (f, k + 2) - 1))
          {
            m = add_mention (f, i, k + 1, READOUT_MENTION_ORGANIZATION);
            m->actor_kind = head_kind;
            m->name = NULL;
            m->role = text_of (f, k, k + 1);
            m->affiliation = text_of (f, j, k + 1);
            return k + 1;
          }
        if (k > j && !is_capitalized (f, k) && is_org_head (f, k, &head_kind) && followed_by_finite_cue (f, k))
          {
            m = add_mention (f, i, k + 1, READOUT_MENTION_ORGANIZATION);
            m->actor_kind = head_kind;
            m->name = NULL;
            m->role = text_of (f, k, k + 1);
            /* the phrase that names the actor when no organization named before fits;
             * "his own ministry" is the ministry */
            m->affiliation = text_of (f, readout_segmentation_token_is (f->seg, j, "own") ? j + 1 : j, k + 1);
            return k + 1;
          }
      }

  /* "Rajnath’s post", "the US readout", "its official readout" */
  if (word_class (f, j) == READOUT_WORD_DOCUMENT && (determiner || j > i) && !is_capitalized (f, j))
    document_noun = j;
  else if ((determiner || j > i) && is_word (f, j) && !is_capitalized (f, j) && word_class (f, j) == READOUT_WORD_NONE &&
           !title_at (f, j, &n))
    for (guint k = j + 1; k < j + 3 && is_word (f, k) && !is_capitalized (f, k); k++)
      {
        if (word_class (f, k) == READOUT_WORD_DOCUMENT)
          {
            document_noun = k;
            break;
          }
        if (word_class (f, k) != READOUT_WORD_NONE || title_at (f, k, &n))
          break;
      }
  else if (j == i && is_capitalized (f, j) && word_class (f, j + 1) == READOUT_WORD_DOCUMENT &&
           (tok (f, j)->flags & READOUT_TOKEN_POSSESSIVE))
    {
      possessor = "yes";
      possessor_name = text_of (f, j, j + 1);
      document_noun = j + 1;
    }
  if (document_noun)
    {
      m = add_mention (f, i, document_noun + 1, READOUT_MENTION_DOCUMENT);
      m->actor_kind = READOUT_ACTOR_ORGANIZATION;
      if (possessor)
        set_affiliation (m, possessor_name, READOUT_ACTOR_PERSON, NULL);
      else if (aff)
        set_affiliation (m, aff, aff_kind, aff_of);
      else
        {
          /* "the readout from the US state department", "a statement by Pakistan" */
          guint k = document_noun + 1;
          const ReadoutOrganization *org;
          const ReadoutCountry *country;

          if (readout_segmentation_token_is (f->seg, k, "from") || readout_segmentation_token_is (f->seg, k, "by") ||
              readout_segmentation_token_is (f->seg, k, "of"))
            {
              k++;
              if (readout_segmentation_token_is (f->seg, k, "the"))
                k++;
              if ((country = country_at (f, k, &n)) && country->form != READOUT_COUNTRY_DEMONYM)
                {
                  guint after = k + n;
                  if ((org = organization_at (f, after, &n)))
                    set_affiliation (m, org->canonical, org->kind, country->country);
                  else
                    set_affiliation (m, country->country, READOUT_ACTOR_COUNTRY, NULL);
                }
              else if ((org = organization_at (f, k, &n)))
                set_affiliation (m, org->canonical, org->kind, org->affiliation);
            }
        }
      return document_noun + 1;
    }

  for (;;)
    {
      const ReadoutTitle *title = title_at (f, j, &n);

      if (title == NULL)
        break;
      if (role == NULL)
        role = g_string_new (NULL);
      else
        g_string_append (role, "; ");
      g_string_append (role, title->title);
      if (title->head)
        role_head = title->head;
      person_title |= title->person;
      capital_title |= is_capitalized (f, j);
      j += n;
      j = skip_acronym (f, j);
      /* "Ambassador to the United States," */
      if ((readout_segmentation_token_is (f->seg, j, "to") || readout_segmentation_token_is (f->seg, j, "of") ||
           readout_segmentation_token_is (f->seg, j, "for")) && !is_capitalized (f, j))
        {
          guint k = j + 1;
          const ReadoutCountry *country;

          if (readout_segmentation_token_is (f->seg, k, "the"))
            k++;
          /* "the spokesman for Secretary-General X": titles in a chain */
          if (title_at (f, k, &n) && !readout_segmentation_token_is (f->seg, j, "to"))
            {
              j = k;
              continue;
            }
          country = country_at (f, k, &n);
          if (country && country->form != READOUT_COUNTRY_DEMONYM)
            {
              if (aff == NULL || readout_segmentation_token_is (f->seg, j, "of"))
                {
                  aff = country->country;
                  aff_kind = READOUT_ACTOR_COUNTRY;
                }
              j = k + n;
              if (punct_is (f, j, ",") && is_name_word (f, j + 1, FALSE))
                j++;
            }
          else if (country == NULL && readout_segmentation_token_is (f->seg, j, "of") && is_name_word (f, k, FALSE))
            {
              /* "The mayor of Varno, Rita Holm,": a place not known as a country, then the
               * holder's name in apposition */
              guint place_end = scan_name (f, k);
              if (place_end > k && punct_is (f, place_end, ",") && is_name_word (f, place_end + 1, FALSE) &&
                  scan_name (f, place_end + 1) >= place_end + 3)
                j = place_end + 1;
            }
        }
    }

  if (role == NULL)
    {
      /* "Israel’s Foreign Ministry": the organization of that country */
      if (aff && aff_kind == READOUT_ACTOR_COUNTRY && modifiers_end > i &&
          (tok (f, modifiers_end - 1)->flags & READOUT_TOKEN_POSSESSIVE))
        {
          guint run_end = scan_name (f, modifiers_end);
          ReadoutActorKind head_kind = READOUT_ACTOR_ORGANIZATION;
          gboolean has_head = FALSE;

          for (guint k = modifiers_end; k < run_end; k++)
            has_head |= is_org_head (f, k, &head_kind);
          if (has_head)
            {
              g_autofree char *words = text_of (f, modifiers_end, run_end);
              m = add_mention (f, i, run_end, READOUT_MENTION_ORGANIZATION);
              m->actor_kind = head_kind;
              m->name = g_strdup_printf ("%s %s", aff, words);
              set_affiliation (m, aff, READOUT_ACTOR_COUNTRY, NULL);
              return run_end;
            }
        }
      if (aff && modifiers_end > i)
        {
          /* A country or organization alone, or "the Indian government" */
          ReadoutActorKind kind = aff_kind;
          const char *name = aff;
          guint end = modifiers_end;

          if (aff_kind == READOUT_ACTOR_COUNTRY && is_word (f, end) &&
              (readout_segmentation_token_is (f->seg, end, "government") ||
               readout_segmentation_token_is (f->seg, end, "side") ||
               readout_segmentation_token_is (f->seg, end, "administration")))
            end++;
          else
            {
              guint k = determiner ? i + 1 : i;
              const ReadoutCountry *country = country_at (f, k, &n);
              if (country && country->form == READOUT_COUNTRY_DEMONYM && aff_of == NULL && kind == READOUT_ACTOR_COUNTRY)
                return i; /* "Indian analysts" */
              /* A capitalized phrase goes on past the country: "India Today" */
              if (is_name_word (f, end, FALSE) && !(tok (f, end - 1)->flags & READOUT_TOKEN_POSSESSIVE) &&
                  !title_at (f, end, &n))
                return i;
            }
          m = add_mention (f, i, end, kind == READOUT_ACTOR_COUNTRY ? READOUT_MENTION_COUNTRY : READOUT_MENTION_ORGANIZATION);
          m->actor_kind = kind;
          m->name = g_strdup (name);
          if (aff_of)
            set_affiliation (m, aff_of, kind_of_affiliation (f, aff_of), NULL);
          return end;
        }
      return i;
    }

  /* "Raksha Mantri @rajnath Singh": the handle names the person */
  if (j < f->n_tokens && tok (f, j)->kind == READOUT_TOKEN_HANDLE)
    {
      g_string_free (role, TRUE);
      return j;
    }
  name_end = scan_name (f, j);
  if (name_end > j)
    {
      /* A handle after the title: "Raksha Mantri @rajnath Singh" is left to the handle rule */
      m = add_mention (f, i, name_end, READOUT_MENTION_NAME);
      m->name_first = j;
      m->actor_kind = READOUT_ACTOR_PERSON;
      m->name = text_of (f, j, name_end);
    }
  else if (person_title && (determiner || capital_title || modifiers_end > i) &&
           !(j < f->n_tokens && tok (f, j)->kind == READOUT_TOKEN_HANDLE) &&
           !title_modifies_noun (f, j))
    {
      g_autofree char *title = text_of (f, determiner ? i + 1 : i, j);

      m = add_mention (f, i, j, READOUT_MENTION_TITLE);
      m->actor_kind = READOUT_ACTOR_PERSON;
      /* Shown as the actor's name when no one holding the title was named: "Mayor" */
      m->name = g_strdup_printf ("%c%s", g_ascii_toupper (title[0]), title + 1);
    }
  else
    {
      g_string_free (role, TRUE);
      return i;
    }
  m->role = g_string_free (role, FALSE);
  m->role_head = role_head;
  if (aff)
    set_affiliation (m, aff, aff_kind, aff_of);
  return m->last;
}

static gboolean
starts_clause (Finder *f,
               guint   i)
{
  return (tok (f, i)->flags & READOUT_TOKEN_SENTENCE_START) ||
         (i > 0 && tok (f, i - 1)->kind == READOUT_TOKEN_QUOTE_OPEN);
}

/* A hash of a word's lower-case base: the document's word sets keep these, not copies of
 * the words (a collision only makes a word look seen). */
static guint32
word_key (Finder *f,
          guint   i)
{
  const ReadoutToken *t = tok (f, i);
  guint32 h = 2166136261u;

  for (guint k = t->start; k < t->base_end; k++)
    h = (h ^ (guchar)f->seg->lower[k]) * 16777619u;
  return h | 1;
}

static void
collect_lower_words (Finder *f)
{
  for (guint i = 0; i < f->n_tokens; i++)
    {
      if (!is_word (f, i))
        continue;
      if (!(tok (f, i)->flags & READOUT_TOKEN_CAPITALIZED))
        word_set_add (&f->lower_words, word_key (f, i));
      else if (!starts_clause (f, i))
        word_set_add (&f->inner_capitals, word_key (f, i));
    }
}

ReadoutMentions *
readout_mentions_find (const ReadoutSegmentation *seg,
                       ReadoutEngineLexicon      *lexicon)
{
  ReadoutMentions *out = g_new0 (ReadoutMentions, 1);
  Finder f = { seg, lexicon, { NULL, 0 }, { NULL, 0 }, out, NULL, seg->tokens->len };
  guint i = 0;

  word_set_init (&f.lower_words, f.n_tokens);
  word_set_init (&f.inner_capitals, f.n_tokens);
  out->mentions = g_array_new (FALSE, FALSE, sizeof (ReadoutMention));
  out->ending_at = g_new (gint, f.n_tokens + 1);
  out->starting_at = g_new (gint, f.n_tokens + 1);
  f.covering = g_new (gint, f.n_tokens + 1);
  for (guint k = 0; k <= f.n_tokens; k++)
    out->ending_at[k] = out->starting_at[k] = f.covering[k] = -1;

  collect_lower_words (&f);

  while (i < f.n_tokens)
    {
      const ReadoutToken *t = tok (&f, i);
      ReadoutWordClass klass;
      guint end;

      if (t->flags & READOUT_TOKEN_DATELINE)
        {
          i++;
          continue;
        }
      if (t->kind == READOUT_TOKEN_HANDLE)
        {
          ReadoutMention *m = add_mention (&f, i, i + 1, READOUT_MENTION_HANDLE);
          m->actor_kind = READOUT_ACTOR_PERSON;
          m->name = g_strndup (seg->text + t->start + 1, t->base_end - t->start - 1);
          i++;
          continue;
        }
      if (t->kind != READOUT_TOKEN_WORD)
        {
          i++;
          continue;
        }
      klass = word_class (&f, i);
      /* "hospital officials said", "Varno fishermen say": people named by what they do and a
       * word that places them, speaking as a group */
      if (klass == READOUT_WORD_NONE && i + 1 < f.n_tokens && is_word (&f, i + 1) && !is_capitalized (&f, i + 1) &&
          !(t->flags & READOUT_TOKEN_POSSESSIVE) && !country_at (&f, i, &end) &&
          (is_capitalized (&f, i) ? is_name_word (&f, i, TRUE) && (i == 0 || !is_name_word (&f, i - 1, FALSE))
                                  : !title_at (&f, i, &end)) &&
          followed_by_finite_cue (&f, i + 1))
        {
          static const char *groups[] = { "officials", "fishermen", "residents", "workers", "doctors", "witnesses",
                                          "activists", "dockworkers", "farmers", "villagers", "nurses", "teachers" };
          gboolean group = FALSE;
          for (guint k = 0; k < G_N_ELEMENTS (groups); k++)
            group |= readout_segmentation_token_is (seg, i + 1, groups[k]);
          if (group && !(i > 0 && is_word (&f, i - 1) && !readout_segmentation_token_is (seg, i - 1, "the") &&
                         word_class (&f, i - 1) == READOUT_WORD_NONE))
            {
              ReadoutMention *m = add_mention (&f, i, i + 2, READOUT_MENTION_ORGANIZATION);
              m->actor_kind = READOUT_ACTOR_GROUP;
              m->name = text_of (&f, i, i + 2);
              i += 2;
              continue;
            }
        }
      /* "his ministry said", "her office said": the organization, not the pronoun */
      if ((klass == READOUT_WORD_PERSON || klass == READOUT_WORD_THING || klass == READOUT_WORD_GROUP) &&
          (readout_segmentation_token_is (seg, i, "his") || readout_segmentation_token_is (seg, i, "her") ||
           readout_segmentation_token_is (seg, i, "its") || readout_segmentation_token_is (seg, i, "their")) &&
          is_word (&f, i + 1) && !is_capitalized (&f, i + 1) &&
          ((is_org_head (&f, i + 1, NULL) && followed_by_finite_cue (&f, i + 1)) ||
           (is_org_head (&f, i + 2, NULL) && followed_by_finite_cue (&f, i + 2)) ||
           (is_org_head (&f, i + 3, NULL) && followed_by_finite_cue (&f, i + 3))))
        {
          end = parse_titled (&f, i);
          if (end > i)
            {
              i = end;
              continue;
            }
        }
      if (klass == READOUT_WORD_PERSON || klass == READOUT_WORD_GROUP || klass == READOUT_WORD_THING ||
          klass == READOUT_WORD_SELF)
        {
          /* "US" is the country, "us" the pronoun */
          if (!((t->flags & READOUT_TOKEN_ALL_CAPS) && country_at (&f, i, &end)))
            {
              ReadoutMention *m = add_mention (&f, i, i + 1, READOUT_MENTION_PRONOUN);
              m->pronoun = klass;
              m->plural = klass == READOUT_WORD_GROUP;
              i++;
              continue;
            }
        }
      end = parse_titled (&f, i);
      if (end > i)
        {
          i = end;
          continue;
        }
      end = scan_name (&f, i);
      if (end > i && (tok (&f, end - 1)->flags & READOUT_TOKEN_POSSESSIVE))
        {
          /* "Varno’s port authority said": a place's organization named by common nouns */
          guint head = 0;
          for (guint k = end; k < end + 3 && is_word (&f, k) && !is_capitalized (&f, k) &&
               word_class (&f, k) == READOUT_WORD_NONE; k++)
            if (is_org_head (&f, k, NULL) && followed_by_finite_cue (&f, k))
              {
                head = k;
                break;
              }
          if (head > 0)
            {
              g_autofree char *place = text_of (&f, i, end);
              g_autofree char *words = text_of (&f, end, head + 1);
              ReadoutMention *m = add_mention (&f, i, head + 1, READOUT_MENTION_ORGANIZATION);
              is_org_head (&f, head, &m->actor_kind);
              m->name = g_strdup_printf ("%s %s", place, words);
              i = head + 1;
              continue;
            }
        }
      if (end > i)
        {
          ReadoutMention *m = add_name_run (&f, i, end);
          if (m && m->kind == READOUT_MENTION_ORGANIZATION)
            end = skip_acronym (&f, end);
          i = end;
          continue;
        }
      i++;
    }

  word_set_clear (&f.lower_words);
  word_set_clear (&f.inner_capitals);
  out->covering = f.covering;
  return out;
}

void
readout_mentions_free (ReadoutMentions *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->mentions->len; i++)
    {
      ReadoutMention *m = &g_array_index (self->mentions, ReadoutMention, i);
      g_free (m->name);
      g_free (m->role);
      g_free (m->affiliation);
      g_free (m->affiliation_of);
    }
  g_array_unref (self->mentions);
  g_free (self->ending_at);
  g_free (self->starting_at);
  g_free (self->covering);
  g_free (self);
}

ReadoutMention *
readout_mentions_at (ReadoutMentions *self,
                     guint            i)
{
  gint index = self->covering[i];

  return index < 0 ? NULL : &g_array_index (self->mentions, ReadoutMention, index);
}
