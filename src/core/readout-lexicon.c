/* readout-lexicon.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-lexicon.h"
#include "readout-lexicon-resources.h"

#define RESOURCE_PREFIX "/io/github/readout/lexicon"

typedef struct
{
  GPtrArray  *rows;  /* GStrv */
  GHashTable *index; /* folded first column → GStrv (first row wins) */
} Table;

struct _ReadoutLexicon
{
  GObject     parent_instance;
  GHashTable *tables; /* name → Table */
  GPtrArray  *empty;
};

G_DEFINE_FINAL_TYPE (ReadoutLexicon, readout_lexicon, G_TYPE_OBJECT)

static void
table_free (gpointer data)
{
  Table *table = data;

  g_ptr_array_unref (table->rows);
  g_hash_table_unref (table->index);
  g_free (table);
}

static void
readout_lexicon_finalize (GObject *object)
{
  ReadoutLexicon *self = (ReadoutLexicon *)object;

  g_clear_pointer (&self->tables, g_hash_table_unref);
  g_clear_pointer (&self->empty, g_ptr_array_unref);

  G_OBJECT_CLASS (readout_lexicon_parent_class)->finalize (object);
}

static void
readout_lexicon_class_init (ReadoutLexiconClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = readout_lexicon_finalize;
}

static void
readout_lexicon_init (ReadoutLexicon *self)
{
  self->tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, table_free);
  self->empty = g_ptr_array_new ();
}

static Table *
ensure_table (ReadoutLexicon *self,
              const char     *name)
{
  Table *table = g_hash_table_lookup (self->tables, name);

  if (table == NULL)
    {
      table = g_new0 (Table, 1);
      table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
      table->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (self->tables, g_strdup (name), table);
    }
  return table;
}

static void
parse_table (ReadoutLexicon *self,
             const char     *name,
             const char     *data,
             gsize           length)
{
  Table *table = ensure_table (self, name);
  g_autofree char *copy = g_strndup (data, length);
  g_auto(GStrv) lines = NULL;

  if (!g_utf8_validate (copy, -1, NULL))
    {
      g_warning ("Lexicon table %s is not UTF-8; skipped", name);
      return;
    }

  lines = g_strsplit (copy, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strchomp (lines[i]);
      GStrv columns;

      if (*line == '\0' || *line == '#')
        continue;
      columns = g_strsplit (line, "\t", -1);
      for (guint c = 0; columns[c] != NULL; c++)
        g_strstrip (columns[c]);
      if (columns[0][0] == '\0')
        {
          g_strfreev (columns);
          continue;
        }
      g_ptr_array_add (table->rows, columns);
      {
        g_autofree char *key = g_ascii_strdown (columns[0], -1);
        if (!g_hash_table_contains (table->index, key))
          g_hash_table_insert (table->index, g_steal_pointer (&key), columns);
      }
    }
}

static void
load_resources (ReadoutLexicon *self)
{
  static gsize registered;

  /* Registered by hand: the constructor of an automatic registration would be dropped by the
   * linker when the static core library is linked into a program. */
  if (g_once_init_enter (&registered))
    {
      readout_lexicon_register_resource ();
      g_once_init_leave (&registered, 1);
    }

  g_auto(GStrv) names = g_resources_enumerate_children (RESOURCE_PREFIX, 0, NULL);

  for (guint i = 0; names && names[i]; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_PREFIX "/", names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autofree char *name = NULL;
      gsize length;
      const char *data;

      if (bytes == NULL || !g_str_has_suffix (names[i], ".tsv"))
        continue;
      name = g_strndup (names[i], strlen (names[i]) - 4);
      data = g_bytes_get_data (bytes, &length);
      parse_table (self, name, data, length);
    }
}

static void
load_directory (ReadoutLexicon *self,
                const char     *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *entry;

  if (dir == NULL)
    return;

  while ((entry = g_dir_read_name (dir)))
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *name = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      if (!g_str_has_suffix (entry, ".tsv"))
        continue;
      path = g_build_filename (dir_path, entry, NULL);
      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          g_warning ("Cannot read lexicon %s: %s", path, error->message);
          continue;
        }
      name = g_strndup (entry, strlen (entry) - 4);
      parse_table (self, name, contents, length);
    }
}

ReadoutLexicon *
readout_lexicon_new (const char * const *extra_dirs)
{
  ReadoutLexicon *self = g_object_new (READOUT_TYPE_LEXICON, NULL);

  load_resources (self);
  for (guint i = 0; extra_dirs && extra_dirs[i]; i++)
    load_directory (self, extra_dirs[i]);
  return self;
}

ReadoutLexicon *
readout_lexicon_get_default (void)
{
  static ReadoutLexicon *lexicon;
  static gsize initialized;

  /* g_once_init_enter_pointer() is newer than bookworm's GLib. */
  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
      const char *env = g_getenv ("READOUT_LEXICON_PATH");

      g_ptr_array_add (dirs, g_build_filename (g_get_user_data_dir (), "readout", "lexicon", NULL));
      if (env != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);
          for (guint i = 0; parts[i]; i++)
            if (*parts[i])
              g_ptr_array_add (dirs, g_strdup (parts[i]));
        }
      g_ptr_array_add (dirs, NULL);
      lexicon = readout_lexicon_new ((const char * const *)dirs->pdata);
      g_once_init_leave (&initialized, 1);
    }
  return lexicon;
}

GPtrArray *
readout_lexicon_get_rows (ReadoutLexicon *self,
                          const char     *table_name)
{
  Table *table;

  g_return_val_if_fail (READOUT_IS_LEXICON (self), NULL);

  table = g_hash_table_lookup (self->tables, table_name);
  return table ? table->rows : self->empty;
}

const char * const *
readout_lexicon_lookup (ReadoutLexicon *self,
                        const char     *table_name,
                        const char     *key)
{
  g_autofree char *folded = NULL;
  Table *table;

  g_return_val_if_fail (READOUT_IS_LEXICON (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  table = g_hash_table_lookup (self->tables, table_name);
  if (table == NULL)
    return NULL;
  /* Keys are stored in lower case and most callers pass lower case already (the detectors
   * look up every token's normalized form): fold a copy only when there is a capital. */
  for (const char *p = key; *p; p++)
    if (g_ascii_isupper (*p))
      {
        folded = g_ascii_strdown (key, -1);
        key = folded;
        break;
      }
  return g_hash_table_lookup (table->index, key);
}

gboolean
readout_lexicon_contains (ReadoutLexicon *self,
                          const char     *table_name,
                          const char     *key)
{
  return readout_lexicon_lookup (self, table_name, key) != NULL;
}
