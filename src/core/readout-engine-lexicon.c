/* readout-engine-lexicon.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-engine-lexicon.h"

#define CACHE_KEY "readout-engine-lexicon"

/* The phrase tables once more, for readout_engine_lexicon_lookup_hashed(): a flat open-
 * addressing array keyed by a hash the caller extends word by word, which a GHashTable cannot
 * take. It also holds every word prefix of a phrase (value NULL) so a matcher trying longer
 * and longer phrases knows when to stop. */
typedef struct
{
  guint32        hash;
  guint32        length;
  const char    *phrase; /* NULL: empty slot */
  gconstpointer  value;  /* NULL for a prefix that is no phrase itself */
  gboolean       longer; /* a longer phrase starts with this one and a space */
} PhraseSlot;

typedef struct
{
  PhraseSlot *slots;
  guint32     mask;
} PhraseIndex;

static PhraseSlot *
phrase_index_slot (const PhraseIndex *index,
                   guint32            hash,
                   const char        *phrase,
                   gsize              length)
{
  guint32 k = (hash ^ (hash >> 13)) & index->mask;

  while (index->slots[k].phrase != NULL &&
         !(index->slots[k].hash == hash && index->slots[k].length == length &&
           memcmp (index->slots[k].phrase, phrase, length) == 0))
    k = (k + 1) & index->mask;
  return &index->slots[k];
}

static void
phrase_index_init (PhraseIndex *index,
                   GHashTable  *table)
{
  GHashTableIter iter;
  gpointer key, value;
  guint size = 16;
  guint n_entries = 0;

  /* every space of a phrase makes one more prefix entry */
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      n_entries++;
      for (const char *p = key; *p; p++)
        n_entries += *p == ' ';
    }
  /* at most half full, so probes stay short and always end */
  while (size < 2 * (gsize)n_entries + 1)
    size *= 2;
  index->slots = g_new0 (PhraseSlot, size);
  index->mask = size - 1;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *phrase = key;
      gsize length = strlen (phrase);

      for (gsize end = 0; end <= length; end++)
        {
          guint32 hash;
          PhraseSlot *slot;

          if (end < length && phrase[end] != ' ')
            continue;
          hash = readout_engine_lexicon_phrase_hash (READOUT_PHRASE_HASH_INIT, phrase, end);
          slot = phrase_index_slot (index, hash, phrase, end);
          slot->hash = hash;
          slot->length = end;
          slot->phrase = phrase;
          if (end == length)
            slot->value = value;
          else
            slot->longer = TRUE;
        }
    }
}

struct _ReadoutEngineLexicon
{
  GStringChunk *strings;
  GHashTable   *cues;          /* lower-case form → ReadoutCue */
  GHashTable   *titles;        /* lower-case title → ReadoutTitle */
  GHashTable   *organizations; /* lower-case phrase → ReadoutOrganization */
  GHashTable   *countries;     /* phrase as written → ReadoutCountry */
  GHashTable   *words;         /* lower-case word → ReadoutWordClass */
  GHashTable   *abbreviations; /* word → itself */
  GHashTable   *stances;       /* lower-case noun → relation */
  guint         max_words;
  guint         table_max[READOUT_PHRASES_N];
  GHashTable   *first_words[READOUT_PHRASES_N]; /* first word of a phrase → itself */
  PhraseIndex   phrase_index[READOUT_PHRASES_N]; /* the phrase tables by hash, with prefixes */
  ReadoutWordInfoIndex word_info; /* lower-case word → class | starts << 8 */
};

static GMutex cache_lock;

static guint
count_words (const char *phrase)
{
  guint n = 1;

  for (const char *p = phrase; *p; p++)
    if (*p == ' ')
      n++;
  return n;
}

static const char *
column (const char * const *row,
        guint               i)
{
  for (guint k = 0; k < i; k++)
    if (row[k] == NULL)
      return NULL;
  if (row[i] == NULL || g_str_equal (row[i], "-") || row[i][0] == '\0')
    return NULL;
  return row[i];
}

static const char *
intern_lower (ReadoutEngineLexicon *self,
              const char           *s)
{
  g_autofree char *lower = g_ascii_strdown (s, -1);

  return g_string_chunk_insert_const (self->strings, lower);
}

static guint
parse_frames (const char *spec)
{
  static const struct { const char *name; guint frame; } names[] = {
    { "that", READOUT_FRAME_THAT }, { "quote", READOUT_FRAME_QUOTE },
    { "obj", READOUT_FRAME_OBJ }, { "objto", READOUT_FRAME_OBJTO },
    { "to", READOUT_FRAME_TO }, { "tell", READOUT_FRAME_TELL },
    { "after", READOUT_FRAME_AFTER }, { "rel", READOUT_FRAME_REL },
    { "lead", READOUT_FRAME_LEAD },
  };
  g_auto(GStrv) parts = NULL;
  guint frames = 0;

  if (spec == NULL)
    return 0;
  parts = g_strsplit (spec, ",", -1);
  for (guint i = 0; parts[i]; i++)
    for (guint k = 0; k < G_N_ELEMENTS (names); k++)
      if (g_str_equal (g_strstrip (parts[i]), names[k].name))
        frames |= names[k].frame;
  return frames;
}

static void
note_phrase (ReadoutEngineLexicon *self,
             ReadoutPhraseTable    table,
             const char           *phrase)
{
  const char *space = strchr (phrase, ' ');
  char *first = space ? g_strndup (phrase, space - phrase) : g_strdup (phrase);
  guint n = count_words (phrase);

  self->max_words = MAX (self->max_words, n);
  self->table_max[table] = MAX (self->table_max[table], n);
  if (!g_hash_table_add (self->first_words[table], first))
    return;
}

static void
load_cues (ReadoutEngineLexicon *self,
           ReadoutLexicon       *lexicon)
{
  GPtrArray *rows = readout_lexicon_get_rows (lexicon, "cues");

  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      const char *forms = column (row, 1);
      g_auto(GStrv) parts = g_strsplit (forms ? forms : row[0], "|", -1);

      for (guint k = 0; parts[k]; k++)
        {
          const char *form = intern_lower (self, g_strstrip (parts[k]));
          const char *first_space = strchr (form, ' ');
          gsize first_len = first_space ? (gsize)(first_space - form) : strlen (form);
          ReadoutCue *cue;

          if (*form == '\0' || g_hash_table_contains (self->cues, form))
            continue;
          cue = g_new0 (ReadoutCue, 1);
          cue->lemma = intern_lower (self, row[0]);
          cue->relation = column (row, 2) ? g_string_chunk_insert_const (self->strings, column (row, 2)) : NULL;
          cue->frames = parse_frames (column (row, 3));
          cue->n_words = count_words (form);
          cue->participle = first_len > 4 && strncmp (form + first_len - 3, "ing", 3) == 0;
          note_phrase (self, READOUT_PHRASES_CUES, form);
          g_hash_table_insert (self->cues, (char *)form, cue);
        }
    }
}

static void
load_titles (ReadoutEngineLexicon *self,
             ReadoutLexicon       *lexicon)
{
  GPtrArray *rows = readout_lexicon_get_rows (lexicon, "titles");

  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      ReadoutTitle *title = g_new0 (ReadoutTitle, 1);

      title->title = intern_lower (self, row[0]);
      title->person = g_strcmp0 (column (row, 1), "yes") == 0;
      title->affiliation = column (row, 2) ? intern_lower (self, column (row, 2)) : NULL;
      title->head = column (row, 3) ? intern_lower (self, column (row, 3)) : NULL;
      title->n_words = count_words (title->title);
      note_phrase (self, READOUT_PHRASES_TITLES, title->title);
      g_hash_table_replace (self->titles, (char *)title->title, title);
    }
}

static void
load_organizations (ReadoutEngineLexicon *self,
                    ReadoutLexicon       *lexicon)
{
  GPtrArray *rows = readout_lexicon_get_rows (lexicon, "organizations");

  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      ReadoutOrganization *org = g_new0 (ReadoutOrganization, 1);
      const char *phrase = intern_lower (self, row[0]);
      const char *canonical = column (row, 2);
      const char *affiliation = column (row, 3);

      org->head = g_strcmp0 (column (row, 1), "head") == 0;
      org->canonical = canonical ? g_string_chunk_insert_const (self->strings, canonical) : NULL;
      org->affiliation = affiliation ? g_string_chunk_insert_const (self->strings, affiliation) : NULL;
      org->kind = g_strcmp0 (column (row, 4), "group") == 0 ? READOUT_ACTOR_GROUP : READOUT_ACTOR_ORGANIZATION;
      org->n_words = count_words (phrase);
      note_phrase (self, READOUT_PHRASES_ORGANIZATIONS, phrase);
      g_hash_table_replace (self->organizations, (char *)phrase, org);
    }
}

static void
add_country_forms (ReadoutEngineLexicon *self,
                   const char           *country,
                   const char           *forms,
                   ReadoutCountryForm    form)
{
  g_auto(GStrv) parts = NULL;

  if (forms == NULL)
    return;
  parts = g_strsplit (forms, "|", -1);
  for (guint k = 0; parts[k]; k++)
    {
      const char *phrase = g_string_chunk_insert_const (self->strings, g_strstrip (parts[k]));
      ReadoutCountry *entry;

      if (*phrase == '\0')
        continue;
      /* The first meaning wins: "US" is the abbreviation before it is the adjective. */
      if (g_hash_table_contains (self->countries, phrase))
        continue;
      entry = g_new0 (ReadoutCountry, 1);
      entry->country = country;
      entry->form = form;
      entry->n_words = count_words (phrase);
      note_phrase (self, READOUT_PHRASES_COUNTRIES, phrase);
      g_hash_table_insert (self->countries, (char *)phrase, entry);
    }
}

static void
load_countries (ReadoutEngineLexicon *self,
                ReadoutLexicon       *lexicon)
{
  GPtrArray *rows = readout_lexicon_get_rows (lexicon, "countries");

  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      const char *country = g_string_chunk_insert_const (self->strings, row[0]);

      add_country_forms (self, country, row[0], READOUT_COUNTRY_NAME);
      add_country_forms (self, country, column (row, 1), READOUT_COUNTRY_ABBREVIATION);
      add_country_forms (self, country, column (row, 2), READOUT_COUNTRY_DEMONYM);
      add_country_forms (self, country, column (row, 3), READOUT_COUNTRY_METONYM);
    }
}

static void
load_words (ReadoutEngineLexicon *self,
            ReadoutLexicon       *lexicon)
{
  static const struct { const char *name; ReadoutWordClass klass; } classes[] = {
    { "function", READOUT_WORD_FUNCTION }, { "adverb", READOUT_WORD_ADVERB },
    { "auxiliary", READOUT_WORD_AUXILIARY }, { "person", READOUT_WORD_PERSON },
    { "group", READOUT_WORD_GROUP }, { "thing", READOUT_WORD_THING },
    { "self", READOUT_WORD_SELF }, { "month", READOUT_WORD_MONTH },
    { "weekday", READOUT_WORD_WEEKDAY }, { "document", READOUT_WORD_DOCUMENT },
  };
  GPtrArray *rows = readout_lexicon_get_rows (lexicon, "stopwords");

  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      const char *klass = column (row, 1);

      for (guint k = 0; klass && k < G_N_ELEMENTS (classes); k++)
        if (g_str_equal (klass, classes[k].name))
          g_hash_table_replace (self->words, (char *)intern_lower (self, row[0]),
                                GUINT_TO_POINTER (classes[k].klass));
    }

  rows = readout_lexicon_get_rows (lexicon, "stance-nouns");
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      if (column (row, 1))
        g_hash_table_replace (self->stances, (char *)intern_lower (self, row[0]),
                              (char *)g_string_chunk_insert_const (self->strings, column (row, 1)));
    }

  rows = readout_lexicon_get_rows (lexicon, "abbreviations");
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      const char *word = g_string_chunk_insert_const (self->strings, row[0]);

      g_hash_table_add (self->abbreviations, (char *)word);
    }
}

/* Adds bits to the word info of the lower-case form of word */
static void
add_word_info (ReadoutEngineLexicon *self,
               const char           *word,
               guint                 bits)
{
  char lower[64];
  gsize length = strlen (word);
  ReadoutWordInfoSlot *slot;

  /* longer words are never looked up (see readout_word_info_lookup()) */
  if (length == 0 || length >= sizeof lower)
    return;
  for (gsize i = 0; i < length; i++)
    lower[i] = g_ascii_tolower (word[i]);
  slot = readout_word_info_slot (&self->word_info, lower, length);
  if (slot->word == NULL)
    {
      slot->key = readout_word_key (lower, length);
      slot->word = g_string_chunk_insert_len (self->strings, lower, length);
      slot->length = length;
    }
  slot->info |= bits;
}

/* The stance and abbreviation bits stay clear of the tables' bits */
G_STATIC_ASSERT (8 + READOUT_PHRASES_N <= 16);

static void
build_word_info (ReadoutEngineLexicon *self)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n_words = g_hash_table_size (self->words);
  guint size = 16;

  for (guint t = 0; t < READOUT_PHRASES_N; t++)
    n_words += g_hash_table_size (self->first_words[t]);
  n_words += g_hash_table_size (self->stances) + g_hash_table_size (self->abbreviations);
  /* at most half full, so probes stay short and always end at an empty slot */
  while (size < 2 * n_words + 1)
    size *= 2;
  self->word_info.slots = g_new0 (ReadoutWordInfoSlot, size);
  self->word_info.mask = size - 1;

  g_hash_table_iter_init (&iter, self->words);
  while (g_hash_table_iter_next (&iter, &key, &value))
    add_word_info (self, key, GPOINTER_TO_UINT (value));
  for (guint t = 0; t < READOUT_PHRASES_N; t++)
    {
      g_hash_table_iter_init (&iter, self->first_words[t]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        add_word_info (self, key, 1u << (8 + t));
    }
  g_hash_table_iter_init (&iter, self->stances);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    add_word_info (self, key, READOUT_WORD_INFO_STANCE);
  g_hash_table_iter_init (&iter, self->abbreviations);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    add_word_info (self, key, READOUT_WORD_INFO_ABBREVIATION);
}

static void
readout_engine_lexicon_free (gpointer data)
{
  ReadoutEngineLexicon *self = data;

  g_hash_table_unref (self->cues);
  g_hash_table_unref (self->titles);
  g_hash_table_unref (self->organizations);
  g_hash_table_unref (self->countries);
  g_hash_table_unref (self->words);
  g_hash_table_unref (self->abbreviations);
  g_hash_table_unref (self->stances);
  for (guint i = 0; i < READOUT_PHRASES_N; i++)
    g_hash_table_unref (self->first_words[i]);
  for (guint i = 0; i < READOUT_PHRASES_N; i++)
    g_free (self->phrase_index[i].slots);
  g_free (self->word_info.slots);
  g_string_chunk_free (self->strings);
  g_free (self);
}

static ReadoutEngineLexicon *
readout_engine_lexicon_new (ReadoutLexicon *lexicon)
{
  ReadoutEngineLexicon *self = g_new0 (ReadoutEngineLexicon, 1);

  self->strings = g_string_chunk_new (4096);
  self->cues = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->titles = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->organizations = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->countries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->words = g_hash_table_new (g_str_hash, g_str_equal);
  self->abbreviations = g_hash_table_new (g_str_hash, g_str_equal);
  self->stances = g_hash_table_new (g_str_hash, g_str_equal);
  self->max_words = 1;
  for (guint i = 0; i < READOUT_PHRASES_N; i++)
    self->first_words[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  load_cues (self, lexicon);
  load_titles (self, lexicon);
  load_organizations (self, lexicon);
  load_countries (self, lexicon);
  phrase_index_init (&self->phrase_index[READOUT_PHRASES_CUES], self->cues);
  phrase_index_init (&self->phrase_index[READOUT_PHRASES_TITLES], self->titles);
  phrase_index_init (&self->phrase_index[READOUT_PHRASES_ORGANIZATIONS], self->organizations);
  phrase_index_init (&self->phrase_index[READOUT_PHRASES_COUNTRIES], self->countries);
  load_words (self, lexicon);
  build_word_info (self);
  return self;
}

ReadoutEngineLexicon *
readout_engine_lexicon_get (ReadoutLexicon *lexicon)
{
  ReadoutEngineLexicon *self;

  g_return_val_if_fail (READOUT_IS_LEXICON (lexicon), NULL);

  g_mutex_lock (&cache_lock);
  self = g_object_get_data (G_OBJECT (lexicon), CACHE_KEY);
  if (self == NULL)
    {
      self = readout_engine_lexicon_new (lexicon);
      g_object_set_data_full (G_OBJECT (lexicon), CACHE_KEY, self, readout_engine_lexicon_free);
    }
  g_mutex_unlock (&cache_lock);
  return self;
}

const ReadoutCue *
readout_engine_lexicon_lookup_cue (ReadoutEngineLexicon *self,
                                   const char           *phrase)
{
  return g_hash_table_lookup (self->cues, phrase);
}

const ReadoutTitle *
readout_engine_lexicon_lookup_title (ReadoutEngineLexicon *self,
                                     const char           *phrase)
{
  return g_hash_table_lookup (self->titles, phrase);
}

const ReadoutOrganization *
readout_engine_lexicon_lookup_organization (ReadoutEngineLexicon *self,
                                            const char           *phrase)
{
  return g_hash_table_lookup (self->organizations, phrase);
}

const ReadoutCountry *
readout_engine_lexicon_lookup_country (ReadoutEngineLexicon *self,
                                       const char           *phrase)
{
  return g_hash_table_lookup (self->countries, phrase);
}

ReadoutWordClass
readout_engine_lexicon_word_class (ReadoutEngineLexicon *self,
                                   const char           *lower_word)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->words, lower_word));
}

gboolean
readout_engine_lexicon_is_abbreviation (ReadoutEngineLexicon *self,
                                        const char           *word)
{
  return g_hash_table_contains (self->abbreviations, word);
}

guint
readout_engine_lexicon_max_words (ReadoutEngineLexicon *self)
{
  return MIN (self->max_words, 8);
}

guint
readout_engine_lexicon_table_max_words (ReadoutEngineLexicon *self,
                                        ReadoutPhraseTable    table)
{
  return MIN (self->table_max[table], 8);
}

gconstpointer
readout_engine_lexicon_lookup_hashed (ReadoutEngineLexicon *self,
                                      ReadoutPhraseTable    table,
                                      guint                 hash,
                                      const char           *phrase,
                                      gsize                 length,
                                      gboolean             *longer)
{
  const PhraseSlot *slot = phrase_index_slot (&self->phrase_index[table], hash, phrase, length);

  if (longer)
    *longer = slot->longer;
  return slot->value;
}

gboolean
readout_engine_lexicon_starts_phrase (ReadoutEngineLexicon *self,
                                      ReadoutPhraseTable    table,
                                      const char           *word,
                                      gsize                 length)
{
  char buffer[64];

  if (length == 0 || length >= sizeof buffer)
    return FALSE;
  memcpy (buffer, word, length);
  buffer[length] = '\0';
  return g_hash_table_contains (self->first_words[table], buffer);
}

guint
readout_engine_lexicon_word_info (ReadoutEngineLexicon *self,
                                  const char           *lower_word,
                                  gsize                 length)
{
  return readout_word_info_lookup (&self->word_info, lower_word, length);
}

const ReadoutWordInfoIndex *
readout_engine_lexicon_word_index (ReadoutEngineLexicon *self)
{
  return &self->word_info;
}

const char *
readout_engine_lexicon_lookup_stance (ReadoutEngineLexicon *self,
                                      const char           *lower_word)
{
  return g_hash_table_lookup (self->stances, lower_word);
}
