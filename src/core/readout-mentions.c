/* readout-mentions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-mentions.h"

/* The mentions with the strings they hold (names, roles, affiliations): those are cut from a
 * few large blocks freed all at once with the mentions, rather than each malloc'd and freed on
 * its own. A document has thousands of them, and each malloc and free cost more than the copy.
 * Nothing else frees or replaces a mention's strings (readout-mentions.h). */
typedef struct
{
  ReadoutMentions  pub;
  GPtrArray       *blocks; /* char[]: the strings */
  char            *next;   /* free bytes of the last block filled */
  gsize            left;
} Mentions;

/* Big enough for the strings of most documents in a block or two */
#define STRING_BLOCK_SIZE 4096

static char *
strings_alloc (Mentions *self,
               gsize     size)
{
  char *s;

  if (size > self->left)
    {
      /* A string too long for a block gets one of its own, leaving the current block be */
      if (size > STRING_BLOCK_SIZE / 4)
        {
          s = g_malloc (size);
          g_ptr_array_add (self->blocks, s);
          return s;
        }
      self->next = g_malloc (STRING_BLOCK_SIZE);
      self->left = STRING_BLOCK_SIZE;
      g_ptr_array_add (self->blocks, self->next);
    }
  s = self->next;
  self->next += size;
  self->left -= size;
  return s;
}

/* a + b + c, or NULL when a is NULL; b and c may be NULL */
static char *
strings_concat (Mentions   *self,
                const char *a,
                const char *b,
                const char *c)
{
  gsize na, nb, nc;
  char *s;

  if (a == NULL)
    return NULL;
  na = strlen (a);
  nb = b ? strlen (b) : 0;
  nc = c ? strlen (c) : 0;
  s = strings_alloc (self, na + nb + nc + 1);
  memcpy (s, a, na);
  memcpy (s + na, b, nb);
  memcpy (s + na + nb, c, nc);
  s[na + nb + nc] = '\0';
  return s;
}

static inline char *
strings_dup (Mentions   *self,
             const char *s)
{
  gsize size;

  if (s == NULL)
    return NULL;
  size = strlen (s) + 1;
  return memcpy (strings_alloc (self, size), s, size);
}

/* Where else a word opening a clause is seen in the document (see is_name_word()) */
typedef enum
{
  SEEN_LOWER  = 1 << 0, /* in lower case */
  SEEN_INSIDE = 1 << 1, /* capitalized inside a sentence */
} WordSeen;

/* The words opening a clause, by word key (see word_key()), with where else each is seen: a
 * flat open-addressing table rather than a GHashTable, with only the words asked about, not
 * every word of the document. */
typedef struct
{
  guint32 *keys;  /* 0 = empty */
  guint8  *seen;  /* WordSeen, per slot */
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
  set->keys = g_new0 (guint32, size);
  set->seen = g_new0 (guint8, size);
  set->mask = size - 1;
}

static void
word_set_clear (WordSet *set)
{
  g_clear_pointer (&set->keys, g_free);
  g_clear_pointer (&set->seen, g_free);
}

/* The slot of key, or the empty slot where it would go. */
static guint32
word_set_slot (const WordSet *set,
               guint32        key)
{
  guint32 k = (key * 2654435761u) & set->mask;

  while (set->keys[k] != 0 && set->keys[k] != key)
    k = (k + 1) & set->mask;
  return k;
}

static void
word_set_add (WordSet *set,
              guint32  key)
{
  set->keys[word_set_slot (set, key)] = key;
}

/* Notes where a word is seen, when it is one of the set. */
static void
word_set_mark (WordSet  *set,
               guint32   key,
               WordSeen  seen)
{
  guint32 k = word_set_slot (set, key);

  if (set->keys[k] == key)
    set->seen[k] |= seen;
}

static WordSeen
word_set_seen (const WordSet *set,
               guint32        key)
{
  return set->seen[word_set_slot (set, key)];
}

/* The longest phrase of a table that starts at a token: the rules ask about the same token
 * many times (a title here, an organization there), so each is looked up once and kept, in
 * two arrays so that only the small one needs clearing. Per token, the tables matched from
 * it: titles, organizations, countries. */
#define FIRST_MATCHED_TABLE READOUT_PHRASES_TITLES
#define N_MATCHED_TABLES    3
G_STATIC_ASSERT (READOUT_PHRASES_COUNTRIES - FIRST_MATCHED_TABLE + 1 == N_MATCHED_TABLES);

/* One-word lookups skip longer words, as they always have (a longer word did not fit the
 * buffer it was copied into); no table holds such a word anyway */
#define MAX_WORD_BYTES 62

typedef struct
{
  const ReadoutSegmentation *seg;
  const ReadoutToken        *tokens;      /* seg's tokens, one indirection less */
  const guint               *info;        /* seg's word info: read for nearly every token, so
                                           * held here rather than behind seg and its arrays */
  const char                *text;        /* seg's text and lower-case text, likewise */
  const char                *lower;
  ReadoutEngineLexicon      *lexicon;
  WordSet                    clause_words; /* capitalized words opening a clause */
  Mentions                  *out;
  /* out->pub.mentions->data: the array is sized ahead and grown by doubling, and its length
   * set once at the end (as the segmenter does with its tokens); growing it by one per
   * mention, with g_array_set_size(), cost more than the mention */
  ReadoutMention            *mentions;
  guint                      n_mentions;
  guint                      mentions_capacity;
  gint                      *covering;
  guint                      n_tokens;
  gconstpointer             *match_found; /* per token and table: the entry, or NULL */
  guint8                    *match_words; /* per token and table: 0 before the lookup, else
                                           * 1 + the words of the entry */
} Finder;

static const ReadoutToken *
tok (Finder *f,
     guint   i)
{
  return &f->tokens[i];
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
         strncmp (f->text + tok (f, i)->start, s, strlen (s)) == 0;
}

/* readout_segmentation_word_class() and readout_segmentation_may_start() on the arrays held
 * here (n_tokens is the segmentation's number of tokens) */
static inline ReadoutWordClass
word_class (Finder *f,
            guint   i)
{
  return i < f->n_tokens ? (ReadoutWordClass)(f->info[i] & 0xff) : READOUT_WORD_NONE;
}

static inline gboolean
may_start (Finder             *f,
           guint               i,
           ReadoutPhraseTable  table)
{
  return i < f->n_tokens && (f->info[i] & (1u << (8 + table))) != 0;
}

/* The entry of table for the single word i in lower case, or NULL. */
static inline gconstpointer
lookup_word (Finder             *f,
             guint               i,
             ReadoutPhraseTable  table)
{
  const ReadoutToken *t;
  const char *word;
  gsize length;

  /* Most words start no phrase of the table: the segmenter's bits say so without a lookup */
  if (!may_start (f, i, table))
    return NULL;
  t = tok (f, i);
  word = f->lower + t->start;
  length = t->base_end - t->start;
  if (length > MAX_WORD_BYTES)
    return NULL;
  return readout_engine_lexicon_lookup_hashed (f->lexicon, table,
                                               readout_engine_lexicon_phrase_hash (READOUT_PHRASE_HASH_INIT, word, length),
                                               word, length, NULL);
}

/* The longest phrase of table from word i: at most the table's longest phrase, within the
 * sentence, broken after a possessive; the words are joined by single spaces, in lower case
 * except for countries, which are compared as written. */
G_NO_INLINE static gconstpointer
find_longest (Finder             *f,
              guint               i,
              ReadoutPhraseTable  table,
              guint              *n_words)
{
  guint max = readout_engine_lexicon_table_max_words (f->lexicon, table);
  const char *source = table == READOUT_PHRASES_COUNTRIES ? f->text : f->lower;
  guint sentence = tok (f, i)->sentence;
  gconstpointer found = NULL;
  guint hash = READOUT_PHRASE_HASH_INIT;
  gsize length = 0;
  char buffer[256];
  /* The phrase so far: in source itself for as long as its words are one space apart there
   * (most phrases), else copied into buffer */
  const char *phrase = NULL;

  /* One word more at a time, hashing only that word, for as long as a phrase of the table
   * starts with the words so far */
  for (guint n = 1; n <= max; n++)
    {
      const ReadoutToken *t;
      gsize word_length;
      gconstpointer entry;
      gboolean longer;

      if (n > 1 && !(is_word (f, i + n - 1) && tok (f, i + n - 1)->sentence == sentence &&
                     !(tok (f, i + n - 2)->flags & READOUT_TOKEN_POSSESSIVE)))
        break;
      t = tok (f, i + n - 1);
      word_length = t->base_end - t->start;
      if (length + word_length + 2 > sizeof buffer)
        break;
      if (n == 1)
        phrase = source + t->start;
      else if (phrase != buffer && phrase + length + 1 == source + t->start && source[t->start - 1] == ' ')
        length++;  /* the space and the word follow in source */
      else
        {
          if (phrase != buffer)
            {
              memcpy (buffer, phrase, length);
              phrase = buffer;
            }
          buffer[length++] = ' ';
          memcpy (buffer + length, source + t->start, word_length);
        }
      if (n > 1)
        hash = readout_engine_lexicon_phrase_hash (hash, " ", 1);
      hash = readout_engine_lexicon_phrase_hash (hash, source + t->start, word_length);
      length += word_length;
      entry = readout_engine_lexicon_lookup_hashed (f->lexicon, table, hash, phrase, length, &longer);
      if (entry)
        {
          found = entry;
          *n_words = n;
        }
      if (!longer)
        break;
    }
  return found;
}

/* find_longest(), each token and table looked up once; always inline, as the rules ask about
 * words that start no phrase far more often than about those that do. */
G_ALWAYS_INLINE static inline gconstpointer
longest (Finder             *f,
         guint               i,
         ReadoutPhraseTable  table,
         guint              *n_words)
{
  gsize k = (gsize)i * N_MATCHED_TABLES + (table - FIRST_MATCHED_TABLE);

  /* Most words start no phrase of the table (for countries the bit compares without case; a
   * word written otherwise matches nothing in find_longest()) */
  if (!is_word (f, i) || !may_start (f, i, table))
    return NULL;
  if (f->match_words[k] == 0)
    {
      guint n = 0;

      f->match_found[k] = find_longest (f, i, table, &n);
      f->match_words[k] = 1 + n;
    }
  if (f->match_found[k])
    *n_words = f->match_words[k] - 1;
  return f->match_found[k];
}

static inline const ReadoutCountry *
country_at (Finder *f,
            guint   i,
            guint  *n)
{
  const ReadoutCountry *c;

  if (!is_capitalized (f, i))
    return NULL;
  c = longest (f, i, READOUT_PHRASES_COUNTRIES, n);
  /* A lone "US" inside an all-capitals heading could be the pronoun */
  return c;
}

static inline const ReadoutOrganization *
organization_at (Finder *f,
                 guint   i,
                 guint  *n)
{
  const ReadoutOrganization *org = longest (f, i, READOUT_PHRASES_ORGANIZATIONS, n);

  if (org == NULL || org->head || org->canonical == NULL)
    return NULL;
  /* Short names ("un", "who", "ap") only when written in capitals */
  if (*n == 1 && tok (f, i)->base_end - tok (f, i)->start <= 4 && !(tok (f, i)->flags & READOUT_TOKEN_ALL_CAPS) &&
      f->text[tok (f, i)->start + 1] != '.' &&
      !(tok (f, i)->base_end - tok (f, i)->start == 1 && (tok (f, i)->flags & READOUT_TOKEN_CAPITALIZED)))
    return NULL;
  return org;
}

G_ALWAYS_INLINE static inline const ReadoutTitle *
title_at (Finder *f,
          guint   i,
          guint  *n)
{
  const ReadoutTitle *title = longest (f, i, READOUT_PHRASES_TITLES, n);

  /* "Mr." is two tokens: the word and its period */
  if (title && punct_is (f, i + *n, ".") && tok (f, i + *n)->start == tok (f, i + *n - 1)->end)
    (*n)++;
  return title;
}

static inline gboolean
is_org_head (Finder *f,
             guint   i,
             ReadoutActorKind *kind)
{
  const ReadoutOrganization *org;

  if (!is_word (f, i))
    return FALSE;
  org = lookup_word (f, i, READOUT_PHRASES_ORGANIZATIONS);
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

  /* none is longer than three letters: most words are none of them at the first look */
  if (!is_word (f, i) || tok (f, i)->end - tok (f, i)->start > 3)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (particles); k++)
    if (readout_segmentation_token_is (f->seg, i, particles[k]))
      return !(tok (f, i)->flags & READOUT_TOKEN_CAPITALIZED);
  return FALSE;
}

/* The gender a personal pronoun shows: he, him, his, himself; she, her, hers, herself. */
static ReadoutGender
pronoun_gender (const ReadoutSegmentation *seg,
                guint                      i)
{
  static const char *male[] = { "he", "him", "his", "himself" };
  static const char *female[] = { "she", "her", "hers", "herself" };

  for (guint k = 0; k < G_N_ELEMENTS (male); k++)
    if (readout_segmentation_token_is (seg, i, male[k]))
      return READOUT_GENDER_MALE;
  for (guint k = 0; k < G_N_ELEMENTS (female); k++)
    if (readout_segmentation_token_is (seg, i, female[k]))
      return READOUT_GENDER_FEMALE;
  return READOUT_GENDER_UNKNOWN;
}

static gboolean starts_clause (Finder *f, guint i);
static guint32 word_key (Finder *f, guint i);

static gboolean
is_adverb_or_auxiliary (Finder *f,
                        guint   i)
{
  ReadoutWordClass klass = word_class (f, i);

  return (klass == READOUT_WORD_ADVERB || klass == READOUT_WORD_AUXILIARY) &&
         tok (f, i)->base_end - tok (f, i)->start <= MAX_WORD_BYTES;
}

/* "Rubio said", "Rubio also urged": a verb of speech or contact follows. */
static inline gboolean
followed_by_cue (Finder *f,
                 guint   i)
{
  guint j = i + 1;

  while (j < f->n_tokens && is_word (f, j) && j < i + 3 && is_adverb_or_auxiliary (f, j))
    j++;
  if (!is_word (f, j))
    return FALSE;
  return lookup_word (f, j, READOUT_PHRASES_CUES) != NULL;
}

/* "the union said", not "a press briefing": a cue in a finite form follows. */
static inline gboolean
followed_by_finite_cue (Finder *f,
                        guint   i)
{
  const ReadoutToken *t = i + 1 < f->n_tokens ? tok (f, i + 1) : NULL;

  if (!followed_by_cue (f, i) || t == NULL)
    return FALSE;
  return !(t->base_end - t->start > 4 && strncmp (f->text + t->base_end - 3, "ing", 3) == 0);
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
      WordSeen seen = word_set_seen (&f->clause_words, word_key (f, i));
      if ((seen & SEEN_LOWER) ||
          /* a lone capitalized word opening a sentence is a name only if seen inside one */
          (!is_name_word (f, i + 1, FALSE) && !(seen & SEEN_INSIDE) && !followed_by_cue (f, i)))
        return FALSE;
    }
  return TRUE;
}

static char *
text_of (Finder *f,
         guint   first,
         guint   last)
{
  const char *p = f->text + tok (f, first)->start;
  const char *end = f->text + tok (f, last - 1)->base_end;
  char *out = strings_alloc (f->out, end > p ? end - p + 1 : 1);
  gsize n = 0;

  /* The text as written, every run of white space made one space */
  for (; p < end; p++)
    {
      if (!g_ascii_isspace (*p))
        out[n++] = *p;
      else if (n > 0 && out[n - 1] != ' ')
        out[n++] = ' ';
    }
  out[n] = '\0';
  return out;
}

static ReadoutMention *
add_mention (Finder             *f,
             guint               first,
             guint               last,
             ReadoutMentionKind  kind)
{
  guint index = f->n_mentions;
  ReadoutMention *m;

  if (G_UNLIKELY (index == f->mentions_capacity))
    {
      f->mentions_capacity *= 2;
      g_array_set_size (f->out->pub.mentions, f->mentions_capacity);
      f->mentions = (ReadoutMention *)(gpointer)f->out->pub.mentions->data;
    }
  f->n_mentions++;
  m = &f->mentions[index];
  /* the other fields cleared */
  *m = (ReadoutMention) { .first = first, .last = last, .name_first = first, .kind = kind, .entity = -1 };
  f->out->pub.ending_at[last - 1] = index;
  f->out->pub.starting_at[first] = index;
  for (guint i = first; i < last; i++)
    f->covering[i] = index;
  return m;
}

/* Scans a run of name words from i; returns its end (i when there is none). */
static guint
scan_name (Finder *f,
           guint   i)
{
  guint j = i;
  guint sentence;

  /* is_capitalized() first: the common case, a word in lower case, without a call */
  if (!is_capitalized (f, i) || !is_name_word (f, i, TRUE))
    return i;
  sentence = tok (f, i)->sentence;
  j = i + 1;
  while (j < f->n_tokens && tok (f, j)->sentence == sentence)
    {
      if (tok (f, j - 1)->flags & READOUT_TOKEN_POSSESSIVE)
        {
          /* "the Varno Dockers' Union": a plural possessive inside an organization's name */
          const ReadoutToken *p = tok (f, j - 1);
          const char *text = f->text;
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
      else if (tok (f, j)->kind == READOUT_TOKEN_PUNCT && f->text[tok (f, j)->start] == '.' &&
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
set_affiliation (Finder           *f,
                 ReadoutMention   *m,
                 const char       *name,
                 ReadoutActorKind  kind,
                 const char       *of)
{
  m->affiliation = strings_dup (f->out, name);
  m->affiliation_kind = kind;
  m->affiliation_of = strings_dup (f->out, of);
}

static inline guint parse_titled (Finder *f, guint i);

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
      const char *text = f->text;
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
      m->name = strings_dup (f->out, org->canonical);
      if (org->affiliation)
        set_affiliation (f, m, org->affiliation, kind_of_affiliation (f, org->affiliation), NULL);
      return m;
    }
  country = country_at (f, start, &n);
  if (country && start + n == j && country->form != READOUT_COUNTRY_DEMONYM)
    {
      m = add_mention (f, i, j, READOUT_MENTION_COUNTRY);
      m->actor_kind = READOUT_ACTOR_COUNTRY;
      m->name = strings_dup (f->out, country->country);
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
          /* the name, not org_mention: more mentions may move the array, not the string */
          const char *org_name = org_mention ? org_mention->name : NULL;
          ReadoutActorKind org_kind = org_mention ? org_mention->actor_kind : READOUT_ACTOR_ORGANIZATION;
          guint end;

          /* "Senate Majority Leader Chuck Schumer": a title may follow the organization */
          end = parse_titled (f, last_head + 1);
          if (end > last_head + 1 && f->out->pub.ending_at[end - 1] >= 0)
            {
              m = &f->mentions[f->out->pub.ending_at[end - 1]];
              if (org_name && m->affiliation == NULL)
                set_affiliation (f, m, org_name, org_kind, NULL);
              return m;
            }
          m = add_mention (f, last_head + 1, j, READOUT_MENTION_NAME);
          m->actor_kind = READOUT_ACTOR_PERSON;
          m->name = text_of (f, last_head + 1, j);
          if (org_name)
            set_affiliation (f, m, org_name, org_kind, NULL);
          return m;
        }
      if (i > 0 && start == i && readout_segmentation_token_is (f->seg, i - 1, "the") &&
          (tok (f, i - 1)->flags & READOUT_TOKEN_CAPITALIZED) && f->covering[i - 1] < 0)
        i--;  /* "The Resistance Front" opening a sentence */
      m = add_mention (f, i, j, READOUT_MENTION_ORGANIZATION);
      m->actor_kind = head_kind;
      m->name = text_of (f, i, j);
      if (country && country->form != READOUT_COUNTRY_DEMONYM)
        set_affiliation (f, m, country->country, READOUT_ACTOR_COUNTRY, NULL);
      else if (country)
        set_affiliation (f, m, country->country, READOUT_ACTOR_COUNTRY, NULL);
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
        if (end > k && f->out->pub.ending_at[end - 1] >= 0)
          return &f->mentions[f->out->pub.ending_at[end - 1]];
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
  if (!is_word (f, j) || is_capitalized (f, j) || word_class (f, j) != READOUT_WORD_NONE ||
      tok (f, j)->base_end - tok (f, j)->start > MAX_WORD_BYTES)
    return FALSE;
  return lookup_word (f, j, READOUT_PHRASES_CUES) == NULL;
}

/* "the", "a", "an", "its", "his", "her", "their" */
static inline gboolean
is_determiner (Finder *f,
               guint   i)
{
  const char *word;

  if (!is_word (f, i))
    return FALSE;
  word = f->lower + tok (f, i)->start;
  switch (tok (f, i)->end - tok (f, i)->start)
    {
    case 1:
      return word[0] == 'a';
    case 2:
      return memcmp (word, "an", 2) == 0;
    case 3:
      return memcmp (word, "the", 3) == 0 || memcmp (word, "its", 3) == 0 || memcmp (word, "his", 3) == 0 ||
             memcmp (word, "her", 3) == 0;
    case 5:
      return memcmp (word, "their", 5) == 0;
    default:
      return FALSE;
    }
}

/* Tries "[det] [country|org]* title* [to COUNTRY,] Name" from i; returns the end or i. Not
 * inlined into parse_titled(), whose quick test would otherwise pay for this large frame. */
G_NO_INLINE static guint
parse_titled_from (Finder *f,
                   guint   i)
{
  guint j = i;
  guint n = 0;
  gboolean determiner = FALSE;
  const char *aff = NULL, *aff_of = NULL;
  ReadoutActorKind aff_kind = READOUT_ACTOR_COUNTRY;
  guint modifiers_end;
  char *role = NULL;  /* the titles, "; " between them */
  const char *role_head = NULL;
  gboolean person_title = FALSE;
  gboolean capital_title = FALSE;
  guint name_end;
  ReadoutMention *m;
  guint document_noun = 0;
  const char *possessor = NULL;
  const char *possessor_name = NULL;

  if (is_determiner (f, j))
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
              const char *words = text_of (f, j, k + 1);
              m = add_mention (f, i, k + 1, READOUT_MENTION_ORGANIZATION);
              m->actor_kind = head_kind;
              if (readout_segmentation_token_is (f->seg, k, "government") ||
                  readout_segmentation_token_is (f->seg, k, "administration"))
                {
                  m->kind = READOUT_MENTION_COUNTRY;
                  m->actor_kind = READOUT_ACTOR_COUNTRY;
                  m->name = strings_dup (f->out, aff);
                }
              else
                {
                  m->name = strings_concat (f->out, aff, " ", words);
                  set_affiliation (f, m, aff, READOUT_ACTOR_COUNTRY, NULL);
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
        set_affiliation (f, m, possessor_name, READOUT_ACTOR_PERSON, NULL);
      else if (aff)
        set_affiliation (f, m, aff, aff_kind, aff_of);
      else if (document_noun > i && document_noun > j && is_org_head (f, document_noun - 1, NULL) &&
               !is_capitalized (f, document_noun - 1))
        {
          /* "a ministry readout", "the company statement": the organization of that noun named
           * before (the resolver finds which) */
          m->role = text_of (f, document_noun - 1, document_noun);
        }
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
                    set_affiliation (f, m, org->canonical, org->kind, country->country);
                  else
                    set_affiliation (f, m, country->country, READOUT_ACTOR_COUNTRY, NULL);
                }
              else if ((org = organization_at (f, k, &n)))
                set_affiliation (f, m, org->canonical, org->kind, org->affiliation);
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
        role = strings_dup (f->out, title->title);
      else
        role = strings_concat (f->out, role, "; ", title->title);
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
              const char *words = text_of (f, modifiers_end, run_end);
              m = add_mention (f, i, run_end, READOUT_MENTION_ORGANIZATION);
              m->actor_kind = head_kind;
              m->name = strings_concat (f->out, aff, " ", words);
              set_affiliation (f, m, aff, READOUT_ACTOR_COUNTRY, NULL);
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
          m->name = strings_dup (f->out, name);
          if (aff_of)
            set_affiliation (f, m, aff_of, kind_of_affiliation (f, aff_of), NULL);
          return end;
        }
      return i;
    }

  /* "Raksha Mantri @rajnath Singh": the handle names the person */
  if (j < f->n_tokens && tok (f, j)->kind == READOUT_TOKEN_HANDLE)
    return j;
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
      m = add_mention (f, i, j, READOUT_MENTION_TITLE);
      m->actor_kind = READOUT_ACTOR_PERSON;
      /* Shown as the actor's name when no one holding the title was named: "Mayor" */
      m->name = text_of (f, determiner ? i + 1 : i, j);
      m->name[0] = g_ascii_toupper (m->name[0]);
    }
  else
    return i;
  m->role = role;
  m->role_head = role_head;
  if (aff)
    set_affiliation (f, m, aff, aff_kind, aff_of);
  return m->last;
}

/* The word info bits of the tables whose phrases parse_titled_from() looks for */
#define TITLED_STARTS (1u << (8 + READOUT_PHRASES_COUNTRIES) | 1u << (8 + READOUT_PHRASES_ORGANIZATIONS) | \
                       1u << (8 + READOUT_PHRASES_TITLES))

/* Whether anything parse_titled_from() looks for after a determiner at i may follow: all it
 * finds there starts with a country, an organization, a title or a document noun within the
 * next three words (a determiner is never more than the first word of what it finds). After
 * most determiners ("the meeting", "a long time") none does. */
static inline gboolean
may_follow_determiner (Finder *f,
                       guint   i)
{
  for (guint k = i + 1; k <= i + 3 && k < f->n_tokens; k++)
    if ((f->info[k] & TITLED_STARTS) || (f->info[k] & 0xff) == READOUT_WORD_DOCUMENT)
      return TRUE;
  return FALSE;
}

/* parse_titled_from(), but most words start nothing it looks for, a test done here rather
 * than in a call: no country, organization or title, no "Rajnath’s post", and no determiner
 * with one of those after it. */
static inline guint
parse_titled (Finder *f,
              guint   i)
{
  const guint8 possessive_name = READOUT_TOKEN_CAPITALIZED | READOUT_TOKEN_POSSESSIVE;

  if (i >= f->n_tokens)
    return i;
  /* a country, organization or title may start at i (the three tables' bits at once) */
  if (!(f->info[i] & TITLED_STARTS) &&
      !(tok (f, i)->kind == READOUT_TOKEN_WORD && (tok (f, i)->flags & possessive_name) == possessive_name) &&
      !(is_determiner (f, i) && may_follow_determiner (f, i)))
    return i;
  return parse_titled_from (f, i);
}

static gboolean
starts_clause (Finder *f,
               guint   i)
{
  return (tok (f, i)->flags & READOUT_TOKEN_SENTENCE_START) ||
         (i > 0 && tok (f, i - 1)->kind == READOUT_TOKEN_QUOTE_OPEN);
}

/* A hash of a word's lower-case base: clause_words keeps these, not copies of the words (a
 * collision only makes a word look seen). */
static guint32
word_key (Finder *f,
          guint   i)
{
  const ReadoutToken *t = tok (f, i);
  guint32 h = 2166136261u;

  for (guint k = t->start; k < t->base_end; k++)
    h = (h ^ (guchar)f->lower[k]) * 16777619u;
  return h | 1;
}

/* "officials", "fishermen": people named by what they do. */
static gboolean
is_group_noun (Finder *f,
               guint   i)
{
  static const char *groups[] = { "officials", "fishermen", "residents", "workers", "doctors", "witnesses",
                                  "activists", "dockworkers", "farmers", "villagers", "nurses", "teachers" };
  guint length = tok (f, i)->end - tok (f, i)->start;
  const guchar first = (guchar)f->lower[tok (f, i)->start];
  const char last = f->lower[tok (f, i)->end - 1];
  /* the first letters of the words above */
  const guint32 first_letters = 1u << ('a' - 'a') | 1u << ('d' - 'a') | 1u << ('f' - 'a') | 1u << ('n' - 'a') |
                                1u << ('o' - 'a') | 1u << ('r' - 'a') | 1u << ('t' - 'a') | 1u << ('v' - 'a') |
                                1u << ('w' - 'a');

  /* from six to eleven letters, ending in "s" or "n", starting with one of their first
   * letters: most words are none of them at the first look */
  if (length < 6 || length > 11 || (last != 's' && last != 'n') || (guchar)(first - 'a') >= 26 ||
      !(first_letters & (1u << (first - 'a'))))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (groups); k++)
    if (readout_segmentation_token_is (f->seg, i, groups[k]))
      return TRUE;
  return FALSE;
}

/* A bit for a word's first letter and length, in a 1024-bit filter: words with different bits
 * differ, so the bits of the clause words rule out most other words without hashing them. */
static inline guint
word_filter_bit (const char         *lower,
                 const ReadoutToken *t)
{
  return ((guchar)lower[t->start] & 31) << 5 | ((t->base_end - t->start) & 31);
}

/* Fills clause_words: the capitalized words opening a clause, and where else they are seen.
 * is_name_word() asks only about words the lexicon does not know (it decides the others
 * without the set), and a word's class follows from its lower-case form: words of a class are
 * neither asked about nor looked for. */
static void
collect_clause_words (Finder *f)
{
  /* Both loops run over every token: what they read is held in locals, which the compiler
   * would otherwise read through f again after each store */
  const ReadoutToken *tokens = f->tokens;
  const guint *info = f->info;
  const char *lower = f->lower;
  const guint n_tokens = f->n_tokens;
  const GArray *sentences = f->seg->sentences;
  const GArray *quotes = f->seg->quotes;
  guint64 filter[1024 / 64] = { 0, };
  g_autofree guint *clause_words = g_new (guint, sentences->len + quotes->len);
  guint n_clause_words = 0;

  /* The tokens opening a clause (see starts_clause()) are the first of each sentence and the
   * first after each opening quote mark (the segmenter makes a quotation of each): only
   * those are visited, not every token */
  for (guint k = 0; k < sentences->len + quotes->len; k++)
    {
      guint i;

      if (k < sentences->len)
        i = g_array_index (sentences, ReadoutSentence, k).first;
      else
        {
          i = g_array_index (quotes, ReadoutQuote, k - sentences->len).open + 1;
          /* a sentence start already visited */
          if (i >= n_tokens || (tokens[i].flags & READOUT_TOKEN_SENTENCE_START))
            continue;
        }
      if (tokens[i].kind == READOUT_TOKEN_WORD && (tokens[i].flags & READOUT_TOKEN_CAPITALIZED) &&
          (info[i] & 0xff) == READOUT_WORD_NONE)
        {
          guint bit = word_filter_bit (lower, &tokens[i]);

          filter[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
          clause_words[n_clause_words++] = i;
        }
    }
  word_set_init (&f->clause_words, n_clause_words);
  for (guint k = 0; k < n_clause_words; k++)
    word_set_add (&f->clause_words, word_key (f, clause_words[k]));
  if (n_clause_words == 0)
    return;

  for (guint i = 0; i < n_tokens; i++)
    {
      const ReadoutToken *t = &tokens[i];
      guint bit;
      WordSeen seen;

      if (t->kind != READOUT_TOKEN_WORD || (info[i] & 0xff) != READOUT_WORD_NONE)
        continue;
      if (!(t->flags & READOUT_TOKEN_CAPITALIZED))
        seen = SEEN_LOWER;
      else if (!starts_clause (f, i))
        seen = SEEN_INSIDE;
      else
        continue;
      bit = word_filter_bit (lower, t);
      if (filter[bit / 64] & (G_GUINT64_CONSTANT (1) << (bit % 64)))
        word_set_mark (&f->clause_words, word_key (f, i), seen);
    }
}

ReadoutMentions *
readout_mentions_find (const ReadoutSegmentation *seg,
                       ReadoutEngineLexicon      *lexicon)
{
  Mentions *self = g_new0 (Mentions, 1);
  ReadoutMentions *out = &self->pub;
  Finder f = {
    .seg = seg,
    .tokens = (const ReadoutToken *)seg->tokens->data,
    .info = seg->info,
    .text = seg->text,
    .lower = seg->lower,
    .lexicon = lexicon,
    .out = self,
    .n_tokens = seg->tokens->len,
    /* about one mention in seven tokens of news text, room for one in five: usually no
     * growing at all */
    .mentions_capacity = seg->tokens->len / 5 + 16,
  };
  guint i = 0;

  self->blocks = g_ptr_array_new_with_free_func (g_free);
  /* elements are cleared one by one as they are added (add_mention()) */
  out->mentions = g_array_sized_new (FALSE, FALSE, sizeof (ReadoutMention), f.mentions_capacity);
  g_array_set_size (out->mentions, f.mentions_capacity);
  f.mentions = (ReadoutMention *)(gpointer)out->mentions->data;
  out->ending_at = g_new (gint, f.n_tokens + 1);
  out->starting_at = g_new (gint, f.n_tokens + 1);
  f.covering = g_new (gint, f.n_tokens + 1);
  for (guint k = 0; k <= f.n_tokens; k++)
    out->ending_at[k] = out->starting_at[k] = f.covering[k] = -1;
  f.match_found = g_new (gconstpointer, (gsize)f.n_tokens * N_MATCHED_TABLES);
  f.match_words = g_new0 (guint8, (gsize)f.n_tokens * N_MATCHED_TABLES);

  collect_clause_words (&f);

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
          gsize length = t->base_end - t->start - 1;

          m->actor_kind = READOUT_ACTOR_PERSON;
          m->name = strings_alloc (f.out, length + 1);
          memcpy (m->name, seg->text + t->start + 1, length);
          m->name[length] = '\0';
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
       * word that places them, speaking as a group (the group noun first: its first look,
       * at the length and the first and last letters, rules out the most) */
      if (klass == READOUT_WORD_NONE && i + 1 < f.n_tokens && is_word (&f, i + 1) && !is_capitalized (&f, i + 1) &&
          !(t->flags & READOUT_TOKEN_POSSESSIVE) && is_group_noun (&f, i + 1) && followed_by_finite_cue (&f, i + 1) &&
          !country_at (&f, i, &end) &&
          (is_capitalized (&f, i) ? is_name_word (&f, i, TRUE) && (i == 0 || !is_name_word (&f, i - 1, FALSE))
                                  : !title_at (&f, i, &end)) &&
          !(i > 0 && is_word (&f, i - 1) && !readout_segmentation_token_is (seg, i - 1, "the") &&
            word_class (&f, i - 1) == READOUT_WORD_NONE))
        {
          ReadoutMention *m = add_mention (&f, i, i + 2, READOUT_MENTION_ORGANIZATION);
          m->actor_kind = READOUT_ACTOR_GROUP;
          m->name = text_of (&f, i, i + 2);
          i += 2;
          continue;
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
              if (klass == READOUT_WORD_PERSON)
                m->gender = pronoun_gender (seg, i);
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
      /* a name starts with a capital: most words need no call to see that they start none */
      end = is_capitalized (&f, i) ? scan_name (&f, i) : i;
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
              const char *place = text_of (&f, i, end);
              const char *words = text_of (&f, end, head + 1);
              ReadoutMention *m = add_mention (&f, i, head + 1, READOUT_MENTION_ORGANIZATION);
              is_org_head (&f, head, &m->actor_kind);
              m->name = strings_concat (f.out, place, " ", words);
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

  word_set_clear (&f.clause_words);
  g_free (f.match_found);
  g_free (f.match_words);
  out->covering = f.covering;
  g_array_set_size (out->mentions, f.n_mentions);
  return out;
}

void
readout_mentions_free (ReadoutMentions *self)
{
  if (self == NULL)
    return;
  /* the mentions' strings */
  g_ptr_array_unref (((Mentions *)self)->blocks);
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
