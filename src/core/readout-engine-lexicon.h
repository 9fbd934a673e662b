/* readout-engine-lexicon.h: the lexicon tables of the attribution engine as lookup structures.
 *
 * Built once per ReadoutLexicon and cached on it; immutable afterwards, so the per-document
 * stages read it from several threads without locking.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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
gboolean                   readout_engine_lexicon_starts_phrase    (ReadoutEngineLexicon *self,
                                                                    ReadoutPhraseTable    table,
                                                                    const char           *word,
                                                                    gsize                 length);

G_END_DECLS
