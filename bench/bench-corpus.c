/* bench-corpus.c: a large synthetic article set made by varying a small real corpus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "bench-corpus.h"

#include <readout-engine.h>

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

struct _BenchCorpus
{
  GPtrArray *originals;  /* ReadoutDocument */
  GPtrArray *names;      /* char*, sorted: the words of people's names to shuffle */
  GPtrArray *vocabulary; /* char*, sorted: other words to shuffle between events */
  guint      event_size; /* 0: every document on its own; else documents per event */
};

static gboolean
has_suffix_ci (const char *name,
               const char *suffix)
{
  gsize n = strlen (name), s = strlen (suffix);

  return n >= s && g_ascii_strcasecmp (name + n - s, suffix) == 0;
}

/* Calls func for each word (a maximal run of letters and digits) of text. */
typedef void (*WordFunc) (const char *text,
                          const char *start,
                          const char *end,
                          gpointer    user_data);

static void
foreach_word (const char *text,
              WordFunc    func,
              gpointer    user_data)
{
  const char *p = text;

  while (*p)
    {
      const char *start;

      if (!g_unichar_isalnum (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      start = p;
      while (*p && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      func (text, start, p, user_data);
    }
}

typedef struct
{
  GHashTable *capitalized; /* word → TRUE: capitalized in the middle of a sentence */
  GHashTable *lowercase;   /* casefolded word → TRUE: seen in lower case */
} NameScan;

/* Whether the word at start follows the start of a sentence, paragraph or quotation. */
static gboolean
starts_sentence (const char *text,
                 const char *start)
{
  const char *p = start;

  while (p > text)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (c == ' ' || c == '\t' || c == 0xA0)
        continue;
      if (c < 0x80)
        return strchr (".!?:;\"'\n([", (int) c) != NULL;
      /* Opening curly quotes and dashes start a quotation or an aside. */
      return c == 0x201C || c == 0x2018 || c == 0x2014 || c == 0x2013;
    }
  return TRUE;
}

/* Day and month names are capitalized but are dates, not names: they stay as they are so that
 * the date detectors see the same kind of text. */
static gboolean
is_calendar_word (const char *word)
{
  static const char * const calendar[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", NULL
  };

  return g_strv_contains (calendar, word);
}

static void
scan_word (const char *text,
           const char *start,
           const char *end,
           gpointer    user_data)
{
  NameScan *scan = user_data;
  gunichar first = g_utf8_get_char (start);
  g_autofree char *word = g_strndup (start, end - start);

  if (g_unichar_isupper (first))
    {
      g_autofree char *rest = g_utf8_strdown (g_utf8_next_char (word), -1);

      /* A capitalized word of three letters or more, not an acronym, inside a sentence. */
      if (g_utf8_strlen (word, -1) >= 3 &&
          g_strcmp0 (rest, g_utf8_next_char (word)) == 0 &&
          !is_calendar_word (word) &&
          !starts_sentence (text, start))
        g_hash_table_add (scan->capitalized, g_steal_pointer (&word));
    }
  else if (g_unichar_islower (first))
    {
      g_hash_table_add (scan->lowercase, g_utf8_casefold (word, -1));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Fallback when the engine finds few people: words capitalized inside sentences and never
 * written in lower case (so titles such as "Secretary", also written "secretary", stay). */
static GPtrArray *
guess_names (GPtrArray *documents)
{
  NameScan scan = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < documents->len; i++)
    foreach_word (readout_document_get_text (g_ptr_array_index (documents, i)), scan_word, &scan);

  g_hash_table_iter_init (&iter, scan.capitalized);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *folded = g_utf8_casefold (key, -1);

      if (!g_hash_table_contains (scan.lowercase, folded))
        g_ptr_array_add (names, g_strdup (key));
    }
  g_ptr_array_sort (names, compare_strings);

  g_hash_table_unref (scan.capitalized);
  g_hash_table_unref (scan.lowercase);
  return names;
}

static void
add_name_words (GHashTable *words,
                const char *name)
{
  g_auto(GStrv) parts = NULL;

  if (name == NULL)
    return;
  parts = g_strsplit (name, " ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = parts[i];
      gunichar first = g_utf8_get_char (part);
      gboolean all_letters = TRUE;

      for (const char *p = part; *p; p = g_utf8_next_char (p))
        all_letters = all_letters && g_unichar_isalpha (g_utf8_get_char (p));
      if (all_letters && g_unichar_isupper (first) && g_utf8_strlen (part, -1) >= 3 &&
          !is_calendar_word (part))
        g_hash_table_add (words, g_strdup (part));
    }
}

/* The words of the people's names the engine itself finds in the originals ("Marco", "Rubio"),
 * so that variants swap people and keep titles, countries and organizations; the guess above
 * when the engine finds fewer than four such words. */
static GPtrArray *
find_names (GPtrArray *documents)
{
  g_autoptr(ReadoutAnalysisResult) result = readout_analysis_result_new ();
  g_autoptr(GHashTable) words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *names;
  GHashTableIter iter;
  gpointer key;

  if (readout_engine_run (documents, readout_lexicon_get_default (), result, NULL, NULL, NULL, NULL))
    for (guint i = 0; i < result->actors->len; i++)
      {
        ReadoutActor *actor = g_ptr_array_index (result->actors, i);

        if (readout_actor_get_kind (actor) == READOUT_ACTOR_PERSON)
          add_name_words (words, readout_actor_get_name (actor));
      }
  if (g_hash_table_size (words) < 4)
    return guess_names (documents);

  names = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (names, g_strdup (key));
  g_ptr_array_sort (names, compare_strings);
  return names;
}

static void
add_lexicon_words (GHashTable *words,
                   const char *line)
{
  g_autofree char *folded = g_utf8_casefold (line, -1);
  const char *p = folded;

  /* Every run of letters in the table, whatever its column. */
  while (*p)
    {
      const char *start = p;

      while (*p && g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        g_hash_table_add (words, g_strndup (start, p - start));
      else
        p = g_utf8_next_char (p);
    }
}

/* Words of the lexicon tables in lexicon_dir (cues, titles, stance phrases, number words,
 * stopwords, …): the words the analysis keys on, which must stay as they are. */
static GHashTable *
read_lexicon_words (const char *lexicon_dir)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDir) dir = g_dir_open (lexicon_dir, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;

      if (!has_suffix_ci (name, ".tsv"))
        continue;
      path = g_build_filename (lexicon_dir, name, NULL);
      if (!g_file_get_contents (path, &contents, NULL, NULL))
        continue;
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        if (lines[i][0] != '#')
          add_lexicon_words (words, lines[i]);
    }
  return words;
}

typedef struct
{
  GHashTable *keep;  /* casefolded words to leave alone */
  GHashTable *found; /* words to shuffle */
} VocabularyScan;

static void
scan_vocabulary_word (const char *text,
                      const char *start,
                      const char *end,
                      gpointer    user_data)
{
  VocabularyScan *scan = user_data;
  g_autofree char *word = g_strndup (start, end - start);
  gboolean lower = TRUE;

  for (const char *p = word; *p && lower; p = g_utf8_next_char (p))
    lower = g_unichar_islower (g_utf8_get_char (p));
  if (lower && g_utf8_strlen (word, -1) >= 4 && !g_hash_table_contains (scan->keep, word))
    g_hash_table_add (scan->found, g_steal_pointer (&word));
}

/* Lower-case words of four letters or more that no lexicon table mentions: shuffled between
 * events so that articles of different events do not share their wording. */
static GPtrArray *
find_vocabulary (GPtrArray  *documents,
                 const char *lexicon_dir)
{
  VocabularyScan scan = {
    read_lexicon_words (lexicon_dir),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };
  GPtrArray *vocabulary = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < documents->len; i++)
    foreach_word (readout_document_get_text (g_ptr_array_index (documents, i)),
                  scan_vocabulary_word, &scan);
  g_hash_table_iter_init (&iter, scan.found);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (vocabulary, g_strdup (key));
  g_ptr_array_sort (vocabulary, compare_strings);
  g_hash_table_unref (scan.keep);
  g_hash_table_unref (scan.found);
  return vocabulary;
}

BenchCorpus *
bench_corpus_load (const char  *dir,
                   GError     **error)
{
  g_autoptr(GDir) gdir = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  BenchCorpus *self;
  const char *name;

  gdir = g_dir_open (dir, 0, error);
  if (gdir == NULL)
    return NULL;
  while ((name = g_dir_read_name (gdir)) != NULL)
    if (has_suffix_ci (name, ".txt") || has_suffix_ci (name, ".html") || has_suffix_ci (name, ".htm"))
      g_ptr_array_add (files, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (files, compare_strings);
  if (files->len == 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s: no .txt or .html articles", dir);
      return NULL;
    }

  self = g_new0 (BenchCorpus, 1);
  self->originals = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (files, i));
      ReadoutDocument *document = readout_loader_load_file (file, NULL, error);

      if (document == NULL)
        {
          bench_corpus_free (self);
          return NULL;
        }
      g_ptr_array_add (self->originals, document);
    }
  self->names = find_names (self->originals);
  self->vocabulary = find_vocabulary (self->originals, BENCH_LEXICON_DIR);
  self->event_size = self->originals->len;
  return self;
}

void
bench_corpus_set_event_size (BenchCorpus *self,
                             guint        event_size)
{
  self->event_size = event_size;
}

void
bench_corpus_free (BenchCorpus *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->originals);
  g_ptr_array_unref (self->names);
  g_ptr_array_unref (self->vocabulary);
  g_free (self);
}

guint
bench_corpus_get_n_base (BenchCorpus *self)
{
  return self->originals->len;
}

typedef struct
{
  GHashTable *mapping; /* name → name */
  char        digits[10];
  GString    *out;
  const char *copied_to;
} Variant;

static void
vary_word (const char *text,
           const char *start,
           const char *end,
           gpointer    user_data)
{
  Variant *variant = user_data;
  g_autofree char *word = g_strndup (start, end - start);
  const char *replacement;

  g_string_append_len (variant->out, variant->copied_to, start - variant->copied_to);
  variant->copied_to = end;

  replacement = g_hash_table_lookup (variant->mapping, word);
  if (replacement != NULL)
    {
      g_string_append (variant->out, replacement);
      return;
    }
  for (const char *p = word; *p; p++)
    g_string_append_c (variant->out,
                       g_ascii_isdigit (*p) ? variant->digits[*p - '0'] : *p);
}

static char *
vary_text (Variant    *variant,
           const char *text)
{
  if (text == NULL)
    return NULL;
  variant->out = g_string_sized_new (strlen (text) + 64);
  variant->copied_to = text;
  foreach_word (text, vary_word, variant);
  g_string_append (variant->out, variant->copied_to);
  return g_string_free (variant->out, FALSE);
}

static ReadoutDocument *
make_variant (BenchCorpus *self,
              guint        index)
{
  ReadoutDocument *original = g_ptr_array_index (self->originals, index % self->originals->len);
  /* In events, the articles of one event share one renaming, as the originals share their
   * people; each event also gets its own wording. */
  guint seed = self->event_size ? index / self->event_size : index;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed * 2654435761u + 1);
  g_autoptr(GPtrArray) shuffled = g_ptr_array_sized_new (self->names->len); /* borrows the names */
  g_autoptr(GPtrArray) words = g_ptr_array_sized_new (self->vocabulary->len);
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  Variant variant = { 0 };
  ReadoutDocument *document;

  /* Fisher–Yates shuffles of the names and of the ten digits. */
  for (guint i = 0; i < self->names->len; i++)
    g_ptr_array_add (shuffled, self->names->pdata[i]);
  for (guint i = shuffled->len; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      gpointer tmp = shuffled->pdata[i - 1];

      shuffled->pdata[i - 1] = shuffled->pdata[j];
      shuffled->pdata[j] = tmp;
    }
  for (guint i = 0; i < 10; i++)
    variant.digits[i] = '0' + i;
  for (guint i = 9; i > 0; i--)
    {
      guint j = g_rand_int_range (rand, 0, i + 1);
      char tmp = variant.digits[i];

      variant.digits[i] = variant.digits[j];
      variant.digits[j] = tmp;
    }
  variant.mapping = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->names->len; i++)
    g_hash_table_insert (variant.mapping, self->names->pdata[i], shuffled->pdata[i]);
  if (self->event_size)
    {
      for (guint i = 0; i < self->vocabulary->len; i++)
        g_ptr_array_add (words, self->vocabulary->pdata[i]);
      for (guint i = words->len; i > 1; i--)
        {
          guint j = g_rand_int_range (rand, 0, i);
          gpointer tmp = words->pdata[i - 1];

          words->pdata[i - 1] = words->pdata[j];
          words->pdata[j] = tmp;
        }
      for (guint i = 0; i < self->vocabulary->len; i++)
        g_hash_table_insert (variant.mapping, self->vocabulary->pdata[i], words->pdata[i]);
    }

  text = vary_text (&variant, readout_document_get_text (original));
  title = vary_text (&variant, readout_document_get_title (original));
  g_hash_table_unref (variant.mapping);

  document = readout_document_new ();
  base = g_path_get_basename (readout_document_get_path (original) ?
                              readout_document_get_path (original) : "article");
  path = g_strdup_printf ("synthetic/%06u-%s", index, base);
  readout_document_set_path (document, path);
  readout_document_set_title (document, title);
  readout_document_set_outlet (document, readout_document_get_outlet (original));
  readout_document_set_byline (document, readout_document_get_byline (original));
  readout_document_set_published (document, readout_document_get_published (original));
  readout_document_set_text (document, text);
  return document;
}

static ReadoutDocument *
copy_original (BenchCorpus *self,
               guint        index)
{
  ReadoutDocument *original = g_ptr_array_index (self->originals, index);
  ReadoutDocument *document = readout_document_new ();

  readout_document_set_path (document, readout_document_get_path (original));
  readout_document_set_title (document, readout_document_get_title (original));
  readout_document_set_outlet (document, readout_document_get_outlet (original));
  readout_document_set_byline (document, readout_document_get_byline (original));
  readout_document_set_published (document, readout_document_get_published (original));
  readout_document_set_text (document, readout_document_get_text (original));
  return document;
}

static ReadoutDocument *
make_document (BenchCorpus *self,
               guint        index)
{
  ReadoutDocument *document;
  char id[32];

  if (index < self->originals->len && (self->event_size == 0 || index < self->event_size))
    document = copy_original (self, index);
  else
    document = make_variant (self, index);
  g_snprintf (id, sizeof id, "d%u", index + 1);
  readout_document_set_id (document, id);
  return document;
}

GPtrArray *
bench_corpus_generate (BenchCorpus *self,
                       guint        n_documents,
                       gsize       *n_bytes)
{
  GPtrArray *documents = g_ptr_array_new_full (n_documents, g_object_unref);
  gsize bytes = 0;

  for (guint i = 0; i < n_documents; i++)
    {
      ReadoutDocument *document = make_document (self, i);

      bytes += readout_document_get_length (document);
      g_ptr_array_add (documents, document);
    }
  if (n_bytes)
    *n_bytes = bytes;
  return documents;
}

GPtrArray *
bench_corpus_generate_bytes (BenchCorpus *self,
                             gsize        n_bytes,
                             gsize       *out_bytes)
{
  GPtrArray *documents = g_ptr_array_new_with_free_func (g_object_unref);
  gsize bytes = 0;

  for (guint i = 0; bytes < n_bytes; i++)
    {
      ReadoutDocument *document = make_document (self, i);

      bytes += readout_document_get_length (document);
      g_ptr_array_add (documents, document);
    }
  if (out_bytes)
    *out_bytes = bytes;
  return documents;
}

double
bench_cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

double
bench_wall_seconds (void)
{
  return g_get_monotonic_time () / 1e6;
}

long
bench_peak_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

long
bench_current_rss_kib (void)
{
  long pages_total = 0, pages_resident = 0;
  FILE *statm = fopen ("/proc/self/statm", "r");

  if (statm == NULL)
    return 0;
  if (fscanf (statm, "%ld %ld", &pages_total, &pages_resident) != 2)
    pages_resident = 0;
  fclose (statm);
  return pages_resident * (sysconf (_SC_PAGESIZE) / 1024);
}
