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
  GHashTable       *words;
  ReadoutDocument  *document; /* of the first attribution */
} Entry;

struct _ReadoutLinker
{
  GHashTable *by_speaker; /* ReadoutActor → GPtrArray of Entry */
};

static void
entry_free (gpointer data)
{
  Entry *e = data;

  g_hash_table_unref (e->words);
  g_free (e);
}

ReadoutLinker *
readout_linker_new (void)
{
  ReadoutLinker *self = g_new0 (ReadoutLinker, 1);

  self->by_speaker = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  return self;
}

void
readout_linker_free (ReadoutLinker *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_speaker);
  g_free (self);
}

static const char *function_words[] = {
  "the", "and", "for", "with", "that", "this", "its", "his", "her", "their", "has", "had", "have",
  "was", "were", "are", "will", "would", "from", "into", "but", "not", "all", "any",
};

GHashTable *
readout_linker_words (const char *text)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *word = g_string_new (NULL);

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && c != 0)
        {
          if (g_ascii_isalnum (c))
            {
              g_string_append_c (word, g_ascii_tolower (c));
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
          for (guint k = 0; word->len <= 5 && k < G_N_ELEMENTS (function_words); k++)
            if (g_str_equal (word->str, function_words[k]))
              skip = TRUE;
          if (!skip)
            g_hash_table_add (words, g_strdup (word->str));
        }
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
  return words;
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
  GHashTable *words = readout_linker_words (readout_attribution_get_text (attribution));
  ReadoutDocument *document = readout_attribution_get_document (attribution);
  guint n_words = g_hash_table_size (words);
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
      guint other = g_hash_table_size (e->words);
      double score;

      if (n_words < 2 || other < 2)
        continue;
      /* Sizes this far apart cannot cover each other (see below): skip the comparison */
      if (MIN (n_words, other) * 2 < MAX (n_words, other))
        continue;
      score = readout_linker_overlap (words, e->words);
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
      g_hash_table_unref (words);
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
