/* readout-linker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-attribution.h"
#include "readout-linker.h"
#include "readout-statement.h"

/* How many earlier statements of one speaker an attribution is compared with. */
#define MAX_CANDIDATES 64
#define LINK_THRESHOLD 0.6
#define SAME_DOCUMENT_THRESHOLD 0.9

/* One statement of a speaker, with the words of its first attribution: one allocation. */
typedef struct
{
  ReadoutStatement *statement;
  ReadoutDocument  *document; /* of the first attribution */
  guint             n_words;
  guint             words[]; /* distinct word ids */
} Entry;

/* A slot of the vocabulary's open-addressing table; id 0 marks an empty slot. */
typedef struct
{
  guint hash;
  guint id;
} Slot;

/* Where a vocabulary word lies in the arena. */
typedef struct
{
  guint offset;
  guint length;
} WordRef;

struct _ReadoutLinker
{
  /* ReadoutActor → GPtrArray of Entry, oldest first. Only the last MAX_CANDIDATES entries of a
   * speaker are ever compared, so older ones are dropped (see readout_linker_link()). */
  GHashTable *by_speaker;
  /* The vocabulary: every word seen → a dense id (from 1). Comparing id arrays is much cheaper
   * than hashing every word of every candidate again for each new attribution. A flat table
   * rather than a GHashTable: words are hashed as they are read and looked up without a
   * nul-terminated copy; the function words hold the first ids, so one lookup also tells
   * whether a word counts. */
  Slot       *slots;
  guint       n_slots; /* a power of two, at least twice the words */
  GArray     *words;   /* WordRef, by id - 1 */
  GString    *arena;   /* the words, one after the other */
  /* Scratch space reused across calls: lower-cased words and the ids of one attribution */
  char       *buffer;
  gsize       buffer_size;
  guint      *ids;
  guint       n_ids;
  gsize       ids_size;
  /* By word id, the last call that saw the word: drops repeated words at once, and marks the
   * words of the attribution being linked for the comparisons */
  GArray     *seen;
  guint       n_calls;
};

static const char *function_words[] = {
  "the", "and", "for", "with", "that", "this", "its", "his", "her", "their", "has", "had", "have",
  "was", "were", "are", "will", "would", "from", "into", "but", "not", "all", "any",
};

#define HASH_SEED 2166136261u

/* FNV-1a, one byte at a time as words are read */
static inline guint
hash_byte (guint  hash,
           guchar byte)
{
  return (hash ^ byte) * 16777619u;
}

static guint
hash_word (const char *word,
           gsize       length)
{
  guint hash = HASH_SEED;

  for (gsize i = 0; i < length; i++)
    hash = hash_byte (hash, (guchar)word[i]);
  return hash;
}

/* By byte: the lower-case letter or digit it adds to a word, 1 for the apostrophe (skipped
 * within a word), 0 for a word boundary or a byte of a UTF-8 sequence (from 0x80: decoded
 * apart). */
static const guchar word_chars[256] = {
  ['\''] = 1,
  ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
  ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
  ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
  ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
  ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
  ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
  ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
  ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
  ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
  ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

typedef void (*WordFunc) (const char *word,
                          gsize       length,
                          guint       hash,
                          gpointer    user_data);

/* Calls func for every word of text[0, length) (up to a nul byte) longer than two bytes:
 * lower-cased runs of letters and digits, apostrophes dropped; word is not nul-terminated and
 * hash is its hash_word(). *buffer (of *buffer_size bytes) is where the words are built. The
 * caller drops the function words. */
static void
foreach_word (const char *text,
              gsize       length,
              char      **buffer,
              gsize      *buffer_size,
              WordFunc    func,
              gpointer    user_data)
{
  const char *end = text + length;
  char *word;
  gsize n = 0;
  guint hash = HASH_SEED;

  /* Lower-casing a character at most doubles its bytes (in fact 2 → 3 at most) */
  if (*buffer_size < 2 * length + 8)
    {
      *buffer_size = 2 * length + 8;
      g_free (*buffer);
      *buffer = g_malloc (*buffer_size);
    }
  word = *buffer;

  for (const char *p = text; p < end; )
    {
      guchar b = (guchar)*p;
      guchar lower = word_chars[b];

      if (lower > 1)
        {
          /* A run of ASCII letters and digits: most of the bytes, in a tight loop */
          char *o = word + n;

          do
            {
              *o++ = (char)lower;
              hash = hash_byte (hash, lower);
              if (++p == end)
                break;
              lower = word_chars[(guchar)*p];
            }
          while (lower > 1);
          n = o - word;
          continue;
        }
      if (b == 0)
        break;
      if (b < 0x80)
        {
          p++;
          if (lower == 1)
            continue;
        }
      else
        {
          gunichar c = g_utf8_get_char (p);

          p = g_utf8_next_char (p);
          if (c == 0x2019)
            continue;
          if (g_unichar_isalnum (c))
            {
              gint k = g_unichar_to_utf8 (g_unichar_tolower (c), word + n);

              for (gint i = 0; i < k; i++)
                hash = hash_byte (hash, (guchar)word[n + i]);
              n += k;
              continue;
            }
        }
      if (n > 2)
        func (word, n, hash, user_data);
      n = 0;
      hash = HASH_SEED;
    }
  if (n > 2)
    func (word, n, hash, user_data);
}

static gboolean
is_function_word (const char *word,
                  gsize       length)
{
  /* function words are all short */
  for (guint k = 0; length <= 5 && k < G_N_ELEMENTS (function_words); k++)
    if (strncmp (word, function_words[k], length) == 0 && function_words[k][length] == '\0')
      return TRUE;
  return FALSE;
}

static void
add_word_to_set (const char *word,
                 gsize       length,
                 guint       hash,
                 gpointer    user_data)
{
  if (!is_function_word (word, length))
    g_hash_table_add (user_data, g_strndup (word, length));
}

GHashTable *
readout_linker_words (const char *text)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  char *buffer = NULL;
  gsize buffer_size = 0;

  foreach_word (text, strlen (text), &buffer, &buffer_size, add_word_to_set, words);
  g_free (buffer);
  return words;
}

static void
vocabulary_grow (ReadoutLinker *self)
{
  guint n_slots = self->n_slots * 2;
  Slot *slots = g_new0 (Slot, n_slots);

  for (guint i = 0; i < self->n_slots; i++)
    if (self->slots[i].id != 0)
      {
        guint k = self->slots[i].hash & (n_slots - 1);

        while (slots[k].id != 0)
          k = (k + 1) & (n_slots - 1);
        slots[k] = self->slots[i];
      }
  g_free (self->slots);
  self->slots = slots;
  self->n_slots = n_slots;
}

/* The id of word, added to the vocabulary when new. */
static guint
vocabulary_id (ReadoutLinker *self,
               const char    *word,
               gsize          length,
               guint          hash)
{
  guint mask = self->n_slots - 1;
  guint k = hash & mask;
  WordRef ref;

  for (; self->slots[k].id != 0; k = (k + 1) & mask)
    if (self->slots[k].hash == hash)
      {
        const WordRef *other = &g_array_index (self->words, WordRef, self->slots[k].id - 1);

        if (other->length == length && memcmp (self->arena->str + other->offset, word, length) == 0)
          return self->slots[k].id;
      }

  ref.offset = self->arena->len;
  ref.length = length;
  g_string_append_len (self->arena, word, length);
  g_array_append_val (self->words, ref);
  self->slots[k].hash = hash;
  self->slots[k].id = self->words->len;
  g_array_set_size (self->seen, self->words->len + 1);
  if (self->words->len * 2 > self->n_slots)
    vocabulary_grow (self);
  return self->words->len;
}

ReadoutLinker *
readout_linker_new (void)
{
  ReadoutLinker *self = g_new0 (ReadoutLinker, 1);

  self->by_speaker = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  self->n_slots = 1024;
  self->slots = g_new0 (Slot, self->n_slots);
  self->words = g_array_new (FALSE, FALSE, sizeof (WordRef));
  self->arena = g_string_sized_new (4096);
  self->seen = g_array_new (FALSE, TRUE, sizeof (guint));
  /* The function words get ids 1 to G_N_ELEMENTS (function_words) */
  for (guint k = 0; k < G_N_ELEMENTS (function_words); k++)
    vocabulary_id (self, function_words[k], strlen (function_words[k]),
                   hash_word (function_words[k], strlen (function_words[k])));
  return self;
}

void
readout_linker_free (ReadoutLinker *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_speaker);
  g_free (self->slots);
  g_array_unref (self->words);
  g_string_free (self->arena, TRUE);
  g_free (self->buffer);
  g_free (self->ids);
  g_array_unref (self->seen);
  g_free (self);
}

/* Appends the id of a content word to self->ids, unless this call saw it already. */
static void
add_word_id (const char *word,
             gsize       length,
             guint       hash,
             gpointer    user_data)
{
  ReadoutLinker *self = user_data;
  guint id = vocabulary_id (self, word, length, hash);
  guint *seen;

  if (id <= G_N_ELEMENTS (function_words))
    return;
  seen = &g_array_index (self->seen, guint, id);
  if (*seen == self->n_calls)
    return;
  *seen = self->n_calls;
  self->ids[self->n_ids++] = id;
}

/* The distinct content words of text (as readout_linker_words()) as ids in self->ids, each
 * marked with the number of this call in self->seen. */
static void
word_ids (ReadoutLinker *self,
          const char    *text,
          gsize          length)
{
  /* A word is at least two bytes of text (one that lower-cases to three) and a separator */
  if (self->ids_size < length / 3 + 2)
    {
      self->ids_size = length / 3 + 2;
      g_free (self->ids);
      self->ids = g_new (guint, self->ids_size);
    }
  self->n_ids = 0;
  self->n_calls++;
  foreach_word (text, length, &self->buffer, &self->buffer_size, add_word_id, self);
}

/* Share of the words of an entry that the attribution being linked has too, over the smaller
 * count: as readout_linker_overlap(), with the attribution's words marked in self->seen. Gives
 * up with 0 as soon as fewer than need words can be shared. */
static double
entry_overlap (ReadoutLinker *self,
               guint          n_words,
               const Entry   *entry,
               guint          need)
{
  const guint *seen = (const guint *)(gconstpointer)self->seen->data;
  guint shared = 0;
  guint misses = 0;
  guint max_misses;

  if (n_words == 0 || entry->n_words == 0 || need > entry->n_words)
    return 0;
  max_misses = entry->n_words - need;
  for (guint i = 0; i < entry->n_words; i++)
    {
      if (seen[entry->words[i]] == self->n_calls)
        shared++;
      else if (++misses > max_misses)
        return 0;
    }
  return (double)shared / MIN (n_words, entry->n_words);
}

double
readout_linker_overlap (GHashTable *a,
                        GHashTable *b)
{
  GHashTable *small = g_hash_table_size (a) <= g_hash_table_size (b) ? a : b;
  GHashTable *large = small == a ? b : a;
  GHashTableIter iter;
  gpointer key;
  guint shared = 0;

  if (g_hash_table_size (small) == 0)
    return 0;
  g_hash_table_iter_init (&iter, small);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_hash_table_contains (large, key))
      shared++;
  return (double)shared / g_hash_table_size (small);
}

ReadoutStatement *
readout_linker_link (ReadoutLinker      *self,
                     ReadoutActor       *speaker,
                     ReadoutAttribution *attribution,
                     GPtrArray          *statements,
                     gboolean           *created)
{
  GPtrArray *entries = g_hash_table_lookup (self->by_speaker, speaker);
  ReadoutDocument *document = readout_attribution_get_document (attribution);
  guint n_words;
  gsize length;
  const char *text = readout_attribution_peek_text (attribution, &length);
  Entry *best = NULL;
  double best_score = 0;
  Entry *entry;

  word_ids (self, text, length);
  n_words = self->n_ids;
  if (entries == NULL)
    {
      entries = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (self->by_speaker, speaker, entries);
    }

  for (guint i = entries->len > MAX_CANDIDATES ? entries->len - MAX_CANDIDATES : 0; i < entries->len; i++)
    {
      Entry *e = g_ptr_array_index (entries, i);
      guint other = e->n_words;
      guint need;
      double score;

      if (n_words < 2 || other < 2)
        continue;
      /* Sizes this far apart cannot cover each other (see below): skip the comparison */
      if (MIN (n_words, other) * 2 < MAX (n_words, other))
        continue;
      /* Fewer shared words than about LINK_THRESHOLD of the smaller count, or than half the
       * larger, cannot link (the bounds one below, clear of rounding): stop counting there */
      need = MAX ((guint)(LINK_THRESHOLD * MIN (n_words, other)), (guint)(0.5 * MAX (n_words, other)));
      score = entry_overlap (self, n_words, e, need > 0 ? need - 1 : 0);
      /* A short remark inside a longer one is not the same remark: both must be covered */
      if (score * MIN (n_words, other) < 0.5 * MAX (n_words, other))
        continue;
      /* Sizes far apart are a short remark inside a longer one, not the same remark */
      if (MIN (n_words, other) * 3 < MAX (n_words, other))
        score *= 0.5;
      if (e->document == document && score < SAME_DOCUMENT_THRESHOLD)
        continue;
      if (score >= LINK_THRESHOLD && score > best_score)
        {
          best = e;
          best_score = score;
        }
    }

  if (created)
    *created = best == NULL;
  if (best)
    {
      readout_statement_add_attribution (best->statement, attribution);
      return best->statement;
    }

  /* Entries before the last MAX_CANDIDATES are never compared again */
  if (entries->len >= 2 * MAX_CANDIDATES)
    g_ptr_array_remove_range (entries, 0, entries->len - MAX_CANDIDATES + 1);
  entry = g_malloc (sizeof (Entry) + n_words * sizeof (guint));
  entry->statement = readout_statement_new_with_attribution (speaker, attribution);
  entry->document = document;
  entry->n_words = n_words;
  memcpy (entry->words, self->ids, n_words * sizeof (guint));
  g_ptr_array_add (entries, entry);
  g_ptr_array_add (statements, entry->statement);
  return entry->statement;
}

ReadoutStatement *
readout_linker_add (ReadoutLinker      *self,
                    ReadoutActor       *speaker,
                    ReadoutAttribution *attribution,
                    GPtrArray          *statements)
{
  gboolean created;
  ReadoutStatement *statement = readout_linker_link (self, speaker, attribution, statements, &created);

  if (created)
    readout_statement_set_content (statement, readout_attribution_get_text (attribution));
  return statement;
}
