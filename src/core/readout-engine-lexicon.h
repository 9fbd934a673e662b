/* readout-engine-lexicon.h: the lexicon tables of the attribution engine as lookup structures.
 *
 * Built once per ReadoutLexicon and cached on it; immutable afterwards, so the per-document
 * stages read it from several threads without locking.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "readout-lexicon.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_FRAME_THAT  = 1 << 0,
  READOUT_FRAME_QUOTE = 1 << 1,
  READOUT_FRAME_OBJ   = 1 << 2,
  READOUT_FRAME_OBJTO = 1 << 3,
  READOUT_FRAME_TO    = 1 << 4,
  READOUT_FRAME_TELL  = 1 << 5,
  READOUT_FRAME_AFTER = 1 << 6,
  READOUT_FRAME_REL   = 1 << 7,
  READOUT_FRAME_LEAD  = 1 << 8,
} ReadoutCueFrame;

typedef struct
{
  const char *lemma;
  const char *relation; /* NULL for "-" */
  guint       frames;   /* ReadoutCueFrame */
  guint       n_words;
  gboolean    participle; /* the "-ing" form */
} ReadoutCue;

typedef enum
{
  READOUT_WORD_NONE,
  READOUT_WORD_FUNCTION,
  READOUT_WORD_ADVERB,
  READOUT_WORD_AUXILIARY,
  READOUT_WORD_PERSON,   /* he, she, his… */
  READOUT_WORD_GROUP,    /* they, them */
  READOUT_WORD_THING,    /* it */
  READOUT_WORD_SELF,     /* I, we */
  READOUT_WORD_MONTH,
  READOUT_WORD_WEEKDAY,
  READOUT_WORD_DOCUMENT, /* statement, readout */
} ReadoutWordClass;

typedef struct
{
  const char *title;
  const char *head;        /* NULL for "-" */
  const char *affiliation; /* "country", "organization", "un" or NULL */
  gboolean    person;
  guint       n_words;
} ReadoutTitle;

typedef struct
{
  const char       *canonical;   /* NULL for head words */
  const char       *affiliation; /* NULL when none */
  ReadoutActorKind  kind;
  gboolean          head;
  guint             n_words;
} ReadoutOrganization;

typedef enum
{
  READOUT_COUNTRY_NAME,
  READOUT_COUNTRY_ABBREVIATION,
  READOUT_COUNTRY_DEMONYM,
  READOUT_COUNTRY_METONYM,
} ReadoutCountryForm;

typedef struct
{
  const char         *country;
  ReadoutCountryForm  form;
  guint               n_words;
} ReadoutCountry;

typedef enum
{
  READOUT_PHRASES_CUES,
  READOUT_PHRASES_TITLES,
  READOUT_PHRASES_ORGANIZATIONS,
  READOUT_PHRASES_COUNTRIES,
  READOUT_PHRASES_N,
} ReadoutPhraseTable;

typedef struct _ReadoutEngineLexicon ReadoutEngineLexicon;

/* The tables of lexicon, built on first use and kept with the lexicon. Never NULL. */
ReadoutEngineLexicon      *readout_engine_lexicon_get              (ReadoutLexicon       *lexicon);

/* Phrase lookups take the words of a phrase joined by single spaces. Cues, titles and
 * organizations are compared case-insensitively (pass the phrase in lower case); countries
 * exactly as written. */
const ReadoutCue          *readout_engine_lexicon_lookup_cue       (ReadoutEngineLexicon *self,
                                                                    const char           *phrase);
const ReadoutTitle        *readout_engine_lexicon_lookup_title     (ReadoutEngineLexicon *self,
                                                                    const char           *phrase);
const ReadoutOrganization *readout_engine_lexicon_lookup_organization (ReadoutEngineLexicon *self,
                                                                    const char           *phrase);
const ReadoutCountry      *readout_engine_lexicon_lookup_country   (ReadoutEngineLexicon *self,
                                                                    const char           *phrase);
ReadoutWordClass           readout_engine_lexicon_word_class       (ReadoutEngineLexicon *self,
                                                                    const char           *lower_word);
gboolean                   readout_engine_lexicon_is_abbreviation  (ReadoutEngineLexicon *self,
                                                                    const char           *word);
/* The relation a stance noun gives ("solidarity" → "supported"), or NULL. */
const char                *readout_engine_lexicon_lookup_stance    (ReadoutEngineLexicon *self,
                                                                    const char           *lower_word);
/* The longest phrase, in words, of all tables, bounding the phrase matchers. */
guint                      readout_engine_lexicon_max_words        (ReadoutEngineLexicon *self);
/* The longest phrase of one table, and whether a phrase of it starts with word (as the table
 * compares it: lower case, or as written for countries). A quick test before building phrases. */
guint                      readout_engine_lexicon_table_max_words  (ReadoutEngineLexicon *self,
                                                                    ReadoutPhraseTable    table);
/* Everything the lexicon knows about one lower-case word, in one lookup: its ReadoutWordClass
 * in the low byte, and bit (8 + table) set when a phrase of that table starts with the word
 * (for countries, compared without case; check the exact form afterwards). */
guint                      readout_engine_lexicon_word_info        (ReadoutEngineLexicon *self,
                                                                    const char           *lower_word,
                                                                    gsize                 length);
/* Two more bits of the word info: set when the lower-case word is a stance noun, or the
 * lower-case form of an abbreviation. A quick test before readout_engine_lexicon_lookup_stance()
 * and readout_engine_lexicon_is_abbreviation(): without the bit, the word is neither (the
 * abbreviations compare with case, so with it the lookup still decides). */
#define READOUT_WORD_INFO_STANCE       (1u << 16)
#define READOUT_WORD_INFO_ABBREVIATION (1u << 17)
gboolean                   readout_engine_lexicon_starts_phrase    (ReadoutEngineLexicon *self,
                                                                    ReadoutPhraseTable    table,
                                                                    const char           *word,
                                                                    gsize                 length);

/* Phrase lookups for matchers that build a phrase word by word: the caller keeps the hash of
 * the bytes so far (readout_engine_lexicon_phrase_hash() from READOUT_PHRASE_HASH_INIT, the
 * same hash as g_str_hash()), so trying one more word hashes only that word, and no string is
 * terminated or copied for the lookup. */
#define READOUT_PHRASE_HASH_INIT 5381u

static inline guint
readout_engine_lexicon_phrase_hash (guint       hash,
                                    const char *bytes,
                                    gsize       length)
{
  for (gsize k = 0; k < length; k++)
    hash = (hash << 5) + hash + (guchar)bytes[k];
  return hash;
}

/* The entry of table for the phrase (length bytes, not NUL-terminated; hash as above): a
 * ReadoutCue, ReadoutTitle, ReadoutOrganization or ReadoutCountry as the table holds, or NULL.
 * Compared as the string lookups above compare. *longer, when given, tells whether some longer
 * phrase of the table starts with these words (so trying one more word may still match). */
gconstpointer              readout_engine_lexicon_lookup_hashed    (ReadoutEngineLexicon *self,
                                                                    ReadoutPhraseTable    table,
                                                                    guint                 hash,
                                                                    const char           *phrase,
                                                                    gsize                 length,
                                                                    gboolean             *longer);

/* The word info table of readout_engine_lexicon_word_info() itself, for the segmenter, which
 * looks up every word of every document and so does it inline. A flat open-addressing array,
 * at most half full: a word of up to 8 bytes is one 64-bit key (readout_word_key()), hashed by
 * one multiplication and compared as an integer, with no copy of the word, no strcmp(). */
typedef struct
{
  guint64     key;    /* readout_word_key () of the word */
  const char *word;   /* NULL: empty slot */
  guint32     length;
  guint32     info;
} ReadoutWordInfoSlot;

typedef struct
{
  ReadoutWordInfoSlot *slots;
  guint32              mask;
} ReadoutWordInfoIndex;

const ReadoutWordInfoIndex *readout_engine_lexicon_word_index (ReadoutEngineLexicon *self);

/* The bytes of a word (length > 0) in one integer: all of them for up to 8 bytes (two
 * overlapping loads cover 4 to 8, three single bytes cover 1 to 3), the first 8 of a longer
 * word. So equal keys and lengths mean equal words when they are 8 bytes or shorter. */
static inline guint64
readout_word_key (const char *word,
                  gsize       length)
{
  guint32 head, tail;
  guint64 key;

  if (length >= 8)
    {
      memcpy (&key, word, 8);
      return key;
    }
  if (length >= 4)
    {
      memcpy (&head, word, 4);
      memcpy (&tail, word + length - 4, 4);
      return (guint64)head << 32 | tail;
    }
  return (guint64)(guchar)word[0] << 16 | (guint64)(guchar)word[length / 2] << 8 | (guchar)word[length - 1];
}

/* The slot of a word (length > 0): its own, or the empty one where it would go. Calls nothing,
 * not even memcmp(), to stay cheap inline. */
static inline ReadoutWordInfoSlot *
readout_word_info_slot (const ReadoutWordInfoIndex *index,
                        const char                 *word,
                        gsize                       length)
{
  guint64 key = readout_word_key (word, length);
  guint64 hash = key ^ length;
  guint32 k;

  if (length > 8)
    {
      guint64 last;

      memcpy (&last, word + length - 8, 8);
      hash ^= last * G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
    }
  hash *= G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
  for (k = (guint32)(hash >> 32) & index->mask; ; k = (k + 1) & index->mask)
    {
      ReadoutWordInfoSlot *slot = &index->slots[k];

      /* an empty slot has length 0, so matches no word */
      if (slot->key == key && slot->length == length)
        {
          /* the key held the first 8 bytes: compare the rest */
          gsize i = 8;

          while (i < length && slot->word[i] == word[i])
            i++;
          if (i >= length)
            return slot;
        }
      else if (slot->word == NULL)
        return slot;
    }
}

/* readout_engine_lexicon_word_info() on the index */
static inline guint
readout_word_info_lookup (const ReadoutWordInfoIndex *index,
                          const char                 *lower_word,
                          gsize                       length)
{
  /* longer words were never looked up */
  if (length == 0 || length >= 64)
    return 0;
  return readout_word_info_slot (index, lower_word, length)->info;
}

G_END_DECLS
