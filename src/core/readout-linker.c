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

typedef struct
{
  ReadoutStatement *statement;
  GArray           *words;    /* sorted, distinct guint word ids */
  ReadoutDocument  *document; /* of the first attribution */
} Entry;

struct _ReadoutLinker
{
  GHashTable *by_speaker; /* ReadoutActor → GPtrArray of Entry */
  /* Every content word seen → its id (+1). Comparing sorted id arrays is much cheaper than
   * hashing every word of every candidate again for each new attribution. */
  GHashTable *vocabulary;
};

static void
entry_free (gpointer data)
{
  Entry *e = data;

  g_array_unref (e->words);
  g_free (e);
}

ReadoutLinker *
readout_linker_new (void)
{
  ReadoutLinker *self = g_new0 (ReadoutLinker, 1);

  self->by_speaker = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  self->vocabulary = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
readout_linker_free (ReadoutLinker *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_speaker);
  g_hash_table_unref (self->vocabulary);
  g_free (self);
}

static const char *function_words[] = {
  "the", "and", "for", "with", "that", "this", "its", "his", "her", "their", "has", "had", "have",
  "was", "were", "are", "will", "would", "from", "into", "but", "not", "all", "any",
};

typedef void (*WordFunc) (const char *word,
                          gpointer    user_data);

/* Calls func for every content word of text: lower-cased runs of letters and digits (apostrophes
 * dropped), longer than two bytes and not a function word. */
static void
foreach_content_word (const char *text,
                      WordFunc    func,
                      gpointer    user_data)
{
  GString *word = g_string_sized_new (32);

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar)*p < 0x80 ? (gunichar)(guchar)*p : g_utf8_get_char (p);

      if (c < 0x80 && c != 0)
        {
          if (g_ascii_isalnum (c))
            {
              g_string_append_c (word, (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
              continue;
            }
          if (c == '\'')
            continue;
        }
      else if (c != 0 && (g_unichar_isalnum (c) || c == 0x2019))
        {
          if (c != 0x2019)
            g_string_append_unichar (word, g_unichar_tolower (c));
          continue;
        }
      if (word->len > 2)
        {
          gboolean skip = FALSE;
          /* function words are all short */
          for (guint k = 0; word->len <= 5 && k < G_N_ELEMENTS (function_words) && !skip; k++)
            skip = word->str[0] == function_words[k][0] && g_str_equal (word->str, function_words[k]);
          if (!skip)
            func (word->str, user_data);
        }
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
}

static void
add_word_to_set (const char *word,
                 gpointer    user_data)
{
  g_hash_table_add (user_data, g_strdup (word));
}

GHashTable *
readout_linker_words (const char *text)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  foreach_content_word (text, add_word_to_set, words);
  return words;
}

typedef struct
{
  GHashTable *vocabulary;
  GArray     *ids;
} IdCollector;

static void
add_word_id (const char *word,
             gpointer    user_data)
{
  IdCollector *collector = user_data;
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (collector->vocabulary, word));

  if (id == 0)
    {
      id = g_hash_table_size (collector->vocabulary) + 1;
      g_hash_table_insert (collector->vocabulary, g_strdup (word), GUINT_TO_POINTER (id));
    }
  g_array_append_val (collector->ids, id);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  guint x = *(const guint *)a;
  guint y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

/* The distinct content words of text (as readout_linker_words()), as a sorted array of ids. */
static GArray *
word_ids (ReadoutLinker *self,
          const char    *text)
{
  IdCollector collector = { self->vocabulary, g_array_new (FALSE, FALSE, sizeof (guint)) };
  guint *ids;
  guint n = 0;

  foreach_content_word (text, add_word_id, &collector);
  if (collector.ids->len == 0)
    return collector.ids;
  g_array_sort (collector.ids, compare_ids);
  ids = (guint *)(gpointer)collector.ids->data;
  for (guint i = 1; i < collector.ids->len; i++)
    if (ids[i] != ids[n])
      ids[++n] = ids[i];
  g_array_set_size (collector.ids, n + 1);
  return collector.ids;
}

/* Same as readout_linker_overlap() for sorted distinct id arrays. */
static double
ids_overlap (GArray *a,
             GArray *b)
{
  const guint *x = (const guint *)(gconstpointer)a->data;
  const guint *y = (const guint *)(gconstpointer)b->data;
  guint i = 0, j = 0, shared = 0;

  if (a->len == 0 || b->len == 0)
    return 0;
  while (i < a->len && j < b->len)
    {
      if (x[i] < y[j])
        i++;
      else if (x[i] > y[j])
        j++;
      else
        {
          shared++;
          i++;
          j++;
        }
    }
  return (double)shared / MIN (a->len, b->len);
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
readout_linker_add (ReadoutLinker      *self,
                    ReadoutActor       *speaker,
                    ReadoutAttribution *attribution,
                    GPtrArray          *statements)
{
  GPtrArray *entries = g_hash_table_lookup (self->by_speaker, speaker);
  GArray *words = word_ids (self, readout_attribution_get_text (attribution));
  ReadoutDocument *document = readout_attribution_get_document (attribution);
  guint n_words = words->len;
  Entry *best = NULL;
  double best_score = 0;
  Entry *entry;

  if (entries == NULL)
    {
      entries = g_ptr_array_new_with_free_func (entry_free);
      g_hash_table_insert (self->by_speaker, speaker, entries);
    }

  for (guint i = entries->len > MAX_CANDIDATES ? entries->len - MAX_CANDIDATES : 0; i < entries->len; i++)
    {
      Entry *e = g_ptr_array_index (entries, i);
      guint other = e->words->len;
      double score;

      if (n_words < 2 || other < 2)
        continue;
      /* Sizes this far apart cannot cover each other (see below): skip the comparison */
      if (MIN (n_words, other) * 2 < MAX (n_words, other))
        continue;
      score = ids_overlap (words, e->words);
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

  if (best)
    {
      readout_statement_add_attribution (best->statement, attribution);
      g_array_unref (words);
      return best->statement;
    }

  entry = g_new0 (Entry, 1);
  entry->statement = readout_statement_new (speaker);
  entry->words = words;
  entry->document = document;
  readout_statement_add_attribution (entry->statement, attribution);
  readout_statement_set_content (entry->statement, readout_attribution_get_text (attribution));
  g_ptr_array_add (entries, entry);
  g_ptr_array_add (statements, entry->statement);
  return entry->statement;
}
