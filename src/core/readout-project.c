/* readout-project.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "readout-corpus.h"
#include "readout-decisions.h"
#include "readout-document.h"
#include "readout-json.h"
#include "readout-project-json.h"
#include "readout-project.h"
#include "readout-util.h"

struct _ReadoutProject
{
  GObject           parent_instance;

  ReadoutCorpus    *corpus;
  ReadoutDecisions *decisions;
  GFile            *file;
  GFile            *recovery_file;
  guint             loading;
  gboolean          modified;
};

G_DEFINE_FINAL_TYPE (ReadoutProject, readout_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_DECISIONS,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
readout_project_dispose (GObject *object)
{
  ReadoutProject *self = (ReadoutProject *)object;

  if (self->corpus)
    g_signal_handlers_disconnect_by_data (readout_corpus_get_documents (self->corpus), self);
  if (self->decisions)
    {
      g_signal_handlers_disconnect_by_data (self->decisions, self);
      readout_decisions_set_corpus (self->decisions, NULL);
    }
  g_clear_object (&self->decisions);
  g_clear_object (&self->corpus);
  g_clear_object (&self->file);
  g_clear_object (&self->recovery_file);

  G_OBJECT_CLASS (readout_project_parent_class)->dispose (object);
}

static void
readout_project_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ReadoutProject *self = READOUT_PROJECT (object);

  switch (prop_id)
    {
    case PROP_CORPUS: g_value_set_object (value, self->corpus); break;
    case PROP_DECISIONS: g_value_set_object (value, self->decisions); break;
    case PROP_FILE: g_value_set_object (value, self->file); break;
    case PROP_MODIFIED: g_value_set_boolean (value, self->modified); break;
    case PROP_TITLE: g_value_take_string (value, readout_project_dup_title (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_project_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ReadoutProject *self = READOUT_PROJECT (object);

  switch (prop_id)
    {
    case PROP_CORPUS: self->corpus = g_value_dup_object (value); break;
    case PROP_MODIFIED: readout_project_set_modified (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_decisions_changed (ReadoutDecisions *decisions,
                      ReadoutProject   *self)
{
  if (!self->loading)
    readout_project_set_modified (self, TRUE);
}

static void
on_documents_changed (GListModel     *documents,
                      guint           position,
                      guint           removed,
                      guint           added,
                      ReadoutProject *self)
{
  if (!self->loading)
    readout_project_set_modified (self, TRUE);
}

static void
readout_project_constructed (GObject *object)
{
  ReadoutProject *self = (ReadoutProject *)object;

  G_OBJECT_CLASS (readout_project_parent_class)->constructed (object);

  if (self->corpus == NULL)
    self->corpus = readout_corpus_new ();
  self->decisions = readout_decisions_new ();
  readout_decisions_set_corpus (self->decisions, self->corpus);
  g_signal_connect (self->decisions, "changed", G_CALLBACK (on_decisions_changed), self);
  g_signal_connect (readout_corpus_get_documents (self->corpus), "items-changed",
                    G_CALLBACK (on_documents_changed), self);
}

static void
readout_project_class_init (ReadoutProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = readout_project_dispose;
  object_class->constructed = readout_project_constructed;
  object_class->get_property = readout_project_get_property;
  object_class->set_property = readout_project_set_property;

  properties[PROP_CORPUS] = g_param_spec_object ("corpus", NULL, NULL, READOUT_TYPE_CORPUS,
                                                 G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                 G_PARAM_STATIC_STRINGS);
  properties[PROP_DECISIONS] = g_param_spec_object ("decisions", NULL, NULL, READOUT_TYPE_DECISIONS, ro);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, ro);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, "Has unsaved changes", FALSE,
                                                    G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                    G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_project_init (ReadoutProject *self)
{
}

ReadoutProject *
readout_project_new (ReadoutCorpus *corpus)
{
  g_return_val_if_fail (corpus == NULL || READOUT_IS_CORPUS (corpus), NULL);
  return g_object_new (READOUT_TYPE_PROJECT, "corpus", corpus, NULL);
}

ReadoutCorpus *
readout_project_get_corpus (ReadoutProject *self)
{
  g_return_val_if_fail (READOUT_IS_PROJECT (self), NULL);
  return self->corpus;
}

ReadoutDecisions *
readout_project_get_decisions (ReadoutProject *self)
{
  g_return_val_if_fail (READOUT_IS_PROJECT (self), NULL);
  return self->decisions;
}

GFile *
readout_project_get_file (ReadoutProject *self)
{
  g_return_val_if_fail (READOUT_IS_PROJECT (self), NULL);
  return self->file;
}

static void
set_file (ReadoutProject *self,
          GFile          *file)
{
  if (self->file == file || (self->file && file && g_file_equal (self->file, file)))
    return;
  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gboolean
readout_project_get_modified (ReadoutProject *self)
{
  g_return_val_if_fail (READOUT_IS_PROJECT (self), FALSE);
  return self->modified;
}

void
readout_project_set_modified (ReadoutProject *self,
                              gboolean        modified)
{
  g_return_if_fail (READOUT_IS_PROJECT (self));

  modified = !!modified;
  if (self->modified == modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

char *
readout_project_dup_title (ReadoutProject *self)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (READOUT_IS_PROJECT (self), NULL);

  if (self->file == NULL)
    return g_strdup (_("Unsaved Project"));
  basename = g_file_get_basename (self->file);
  if (basename && g_str_has_suffix (basename, READOUT_PROJECT_SUFFIX) &&
      strlen (basename) > strlen (READOUT_PROJECT_SUFFIX))
    basename[strlen (basename) - strlen (READOUT_PROJECT_SUFFIX)] = '\0';
  return g_steal_pointer (&basename);
}

/* ------------------------------------------------------------------------------------------
 * Writing
 * ------------------------------------------------------------------------------------------ */

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_document (JsonBuilder     *builder,
              ReadoutDocument *document)
{
  const ReadoutSpan *paragraphs;
  guint n_paragraphs;

  paragraphs = readout_document_get_paragraphs (document, &n_paragraphs);
  json_builder_begin_object (builder);
  add_string (builder, "id", readout_document_get_id (document));
  add_string (builder, "path", readout_document_get_path (document));
  add_string (builder, "uri", readout_document_get_uri (document));
  add_string (builder, "title", readout_document_get_title (document));
  add_string (builder, "outlet", readout_document_get_outlet (document));
  add_string (builder, "byline", readout_document_get_byline (document));
  add_string (builder, "published", readout_document_get_published (document));
  add_string (builder, "text", readout_document_get_text (document));
  json_builder_set_member_name (builder, "paragraphs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_paragraphs; i++)
    {
      json_builder_begin_array (builder);
      json_builder_add_int_value (builder, (gint64)paragraphs[i].start);
      json_builder_add_int_value (builder, (gint64)paragraphs[i].end);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static char *
serialize (ReadoutProject *self,
           gboolean        recovery,
           gsize          *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved = g_date_time_format_iso8601 (now);
  GListModel *documents = readout_corpus_get_documents (self->corpus);
  guint n = g_list_model_get_n_items (documents);

  json_builder_begin_object (builder);
  add_string (builder, "format", READOUT_PROJECT_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, READOUT_PROJECT_VERSION);
  add_string (builder, "generator", "Readout " PACKAGE_VERSION);
  add_string (builder, "saved", saved);
  if (recovery)
    {
      g_autofree char *uri = self->file ? g_file_get_uri (self->file) : NULL;

      json_builder_set_member_name (builder, "recovery");
      json_builder_begin_object (builder);
      add_string (builder, "file", uri);
      json_builder_end_object (builder);
    }
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutDocument) document = g_list_model_get_item (documents, i);
      add_document (builder, document);
    }
  json_builder_end_array (builder);
  readout_decisions_serialize (self->decisions, builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  return json_generator_to_data (generator, length);
}

char *
readout_project_serialize (ReadoutProject *self,
                           gsize          *length)
{
  g_return_val_if_fail (READOUT_IS_PROJECT (self), NULL);
  return serialize (self, FALSE, length);
}

static ReadoutSaveFault save_fault;
static gsize save_fault_after;

void
readout_file_set_save_fault (ReadoutSaveFault fault,
                             gsize            after_bytes)
{
  save_fault = fault;
  save_fault_after = after_bytes;
}

static gboolean
fail_errno (GError     **error,
            int          errsv,
            const char  *format,
            const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv), format, display, g_strerror (errsv));
  return FALSE;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           const char  *path,
           GError     **error)
{
  gsize written = 0;

  while (written < length)
    {
      gsize chunk = MIN (length - written, 64 * 1024);
      gssize res;

      if (save_fault == READOUT_SAVE_FAULT_WRITE)
        {
          if (written >= save_fault_after)
            return fail_errno (error, ENOSPC, _("Could not write “%s”: %s"), path);
          chunk = MIN (chunk, save_fault_after - written);
        }
      res = write (fd, data + written, chunk);
      if (res < 0)
        {
          int errsv = errno;

          if (errsv == EINTR)
            continue;
          return fail_errno (error, errsv, _("Could not write “%s”: %s"), path);
        }
      written += res;
    }
  if (save_fault == READOUT_SAVE_FAULT_WRITE)
    return fail_errno (error, ENOSPC, _("Could not write “%s”: %s"), path);
  return TRUE;
}

/* The rename is only durable once the folder's entry is on disk too. Best effort: some file
 * systems refuse to open or sync folders, and the data itself is already safe. */
static void
sync_folder (const char *folder)
{
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      (void)fsync (fd);
      close (fd);
    }
}

gboolean
readout_file_replace_atomically (GFile         *file,
                                 const char    *data,
                                 gsize          length,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *tmp_path = NULL;
  struct stat original;
  gboolean had_original;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  path = g_file_get_path (file);
  if (path == NULL)
    /* Not a local file (a GVfs location): GIO's replace writes a temporary file there. */
    return g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                    NULL, cancellable, error);

  /* Save through a symbolic link into the file it points to, not over the link. */
  resolved = realpath (path, NULL);
  if (resolved == NULL)
    resolved = g_strdup (path);
  had_original = g_stat (resolved, &original) == 0;
  if (had_original && !S_ISREG (original.st_mode))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("“%s” is not a regular file"), display);
      return FALSE;
    }

  folder = g_path_get_dirname (resolved);
  basename = g_path_get_basename (resolved);
  tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", folder, basename);

  if (save_fault == READOUT_SAVE_FAULT_CREATE)
    return fail_errno (error, EACCES, _("Could not create a temporary file next to “%s”: %s"), path);
  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return fail_errno (error, errno, _("Could not create a temporary file next to “%s”: %s"), path);
  /* Keep the permissions of the file being replaced. */
  if (had_original)
    (void)fchmod (fd, original.st_mode & 07777);
  else
    {
      mode_t mask = umask (0);

      umask (mask);
      (void)fchmod (fd, 0666 & ~mask);
    }

  if (!write_all (fd, data, length, path, error))
    goto failed;
  if (save_fault == READOUT_SAVE_FAULT_SYNC || fsync (fd) != 0)
    {
      fail_errno (error, save_fault == READOUT_SAVE_FAULT_SYNC ? EIO : errno,
                  _("Could not write “%s”: %s"), path);
      goto failed;
    }
  if (close (fd) != 0)
    {
      fd = -1;
      fail_errno (error, errno, _("Could not write “%s”: %s"), path);
      goto failed;
    }
  fd = -1;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto failed;
  if (save_fault == READOUT_SAVE_FAULT_RENAME || g_rename (tmp_path, resolved) != 0)
    {
      fail_errno (error, save_fault == READOUT_SAVE_FAULT_RENAME ? EXDEV : errno,
                  _("Could not replace “%s”: %s"), path);
      goto failed;
    }
  sync_folder (folder);
  return TRUE;

failed:
  if (fd >= 0)
    close (fd);
  g_unlink (tmp_path);
  return FALSE;
}

static void
forget_recovery (ReadoutProject *self)
{
  if (self->recovery_file != NULL)
    {
      g_file_delete (self->recovery_file, NULL, NULL);
      g_clear_object (&self->recovery_file);
    }
}

gboolean
readout_project_save (ReadoutProject  *self,
                      GFile           *file,
                      GCancellable    *cancellable,
                      GError         **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (READOUT_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);

  if (file == NULL)
    file = self->file;
  if (file == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                           _("The project has no file yet; choose one with “Save As…”"));
      return FALSE;
    }

  data = serialize (self, FALSE, &length);
  if (!readout_file_replace_atomically (file, data, length, cancellable, error))
    return FALSE;

  set_file (self, file);
  readout_project_set_modified (self, FALSE);
  forget_recovery (self);
  return TRUE;
}

/* ------------------------------------------------------------------------------------------
 * Reading and upgrading
 * ------------------------------------------------------------------------------------------ */

/* Version 0: the readout-analysis/1 JSON that `readout-cli analyze` writes. It has the
 * documents' texts and the review of each contradiction, so it opens as a project; the
 * reviews find their contradictions again by kind and evidence. */
static gboolean
upgrade_from_analysis (JsonObject  *root,
                       GError     **error)
{
  JsonArray *documents, *contradictions;
  g_autoptr(JsonArray) reviews = json_array_new ();

  if (!readout_project_json_array (root, "documents", NULL, FALSE, &documents, error) ||
      !readout_project_json_array (root, "contradictions", NULL, TRUE, &contradictions, error))
    return FALSE;

  /* The analysis format keeps a URL in "path" for downloaded articles. */
  for (guint i = 0; i < json_array_get_length (documents); i++)
    {
      g_autofree char *where = g_strdup_printf ("documents[%u]", i);
      JsonObject *document;
      const char *path;

      if (!readout_project_json_object (json_array_get_element (documents, i), where, &document, error) ||
          !readout_project_json_string (document, "path", where, TRUE, &path, error))
        return FALSE;
      if (path && strstr (path, "://") != NULL)
        {
          json_object_set_string_member (document, "uri", path);
          json_object_set_null_member (document, "path");
        }
    }

  for (guint i = 0; contradictions && i < json_array_get_length (contradictions); i++)
    {
      g_autofree char *where = g_strdup_printf ("contradictions[%u]", i);
      g_autofree char *key = g_strdup_printf ("analysis:%u", i);
      JsonObject *contradiction, *review;
      JsonArray *evidence;
      const char *kind, *state, *note;
      g_autoptr(JsonArray) pairs = json_array_new ();

      if (!readout_project_json_object (json_array_get_element (contradictions, i), where, &contradiction, error) ||
          !readout_project_json_string (contradiction, "kind", where, FALSE, &kind, error) ||
          !readout_project_json_string (contradiction, "review", where, TRUE, &state, error) ||
          !readout_project_json_string (contradiction, "note", where, TRUE, &note, error) ||
          !readout_project_json_array (contradiction, "evidence", where, TRUE, &evidence, error))
        return FALSE;
      if ((state == NULL || g_strcmp0 (state, "unreviewed") == 0) && (note == NULL || *note == '\0'))
        continue;

      for (guint j = 0; evidence && j < json_array_get_length (evidence); j++)
        {
          g_autofree char *item_where = g_strdup_printf ("%s.evidence[%u]", where, j);
          JsonObject *item, *pair;
          const char *document, *text;

          if (!readout_project_json_object (json_array_get_element (evidence, j), item_where, &item, error) ||
              !readout_project_json_string (item, "document", item_where, FALSE, &document, error) ||
              !readout_project_json_string (item, "text", item_where, FALSE, &text, error))
            return FALSE;
          pair = json_object_new ();
          json_object_set_string_member (pair, "document", document);
          json_object_set_string_member (pair, "text", text);
          json_array_add_object_element (pairs, pair);
        }

      review = json_object_new ();
      json_object_set_string_member (review, "key", key);
      json_object_set_string_member (review, "kind", kind);
      json_object_set_array_member (review, "evidence", g_steal_pointer (&pairs));
      json_object_set_string_member (review, "review", state ? state : "unreviewed");
      if (note)
        json_object_set_string_member (review, "note", note);
      else
        json_object_set_null_member (review, "note");
      json_array_add_object_element (reviews, review);
    }

  json_object_set_array_member (root, "reviews", g_steal_pointer (&reviews));
  json_object_set_array_member (root, "corrections", json_array_new ());
  json_object_remove_member (root, "actors");
  json_object_remove_member (root, "statements");
  json_object_remove_member (root, "relations");
  json_object_remove_member (root, "contradictions");
  json_object_remove_member (root, "corroborations");
  json_object_set_string_member (root, "format", READOUT_PROJECT_FORMAT);
  json_object_set_int_member (root, "version", 1);
  return TRUE;
}

typedef gboolean (*UpgradeFunc) (JsonObject *root, GError **error);

/* upgrades[v] turns version v into version v + 1. A change of the format adds a step here
 * and bumps READOUT_PROJECT_VERSION; old files then open through every step in turn. */
static const UpgradeFunc upgrades[READOUT_PROJECT_VERSION] = {
  upgrade_from_analysis,
};

gboolean
readout_project_upgrade (JsonObject  *root,
                         GError     **error)
{
  const char *format;
  guint64 version;

  g_return_val_if_fail (root != NULL, FALSE);

  if (!readout_project_json_string (root, "format", NULL, TRUE, &format, error))
    return FALSE;
  if (g_strcmp0 (format, READOUT_JSON_FORMAT) == 0)
    version = 0;
  else if (g_strcmp0 (format, READOUT_PROJECT_FORMAT) == 0)
    {
      JsonNode *node = json_object_get_member (root, "version");

      if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
          json_node_get_int (node) < 1)
        {
          g_set_error_literal (error, READOUT_ERROR, READOUT_ERROR_FORMAT,
                               _("The project file is damaged: it has no valid version number"));
          return FALSE;
        }
      version = (guint64)json_node_get_int (node);
    }
  else
    {
      g_set_error_literal (error, READOUT_ERROR, READOUT_ERROR_FORMAT,
                           _("This is not a Readout project file"));
      return FALSE;
    }

  if (version > READOUT_PROJECT_VERSION)
    {
      /* The number is formatted first: a format macro inside _() cannot be translated. */
      g_autofree char *found = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64)version);

      g_set_error (error, READOUT_ERROR, READOUT_ERROR_NEWER_VERSION,
                   _("This project was saved by a newer version of Readout (project format %s; "
                     "this version reads up to %d). Update Readout to open it."),
                   found, READOUT_PROJECT_VERSION);
      return FALSE;
    }
  for (; version < READOUT_PROJECT_VERSION; version++)
    if (!upgrades[version] (root, error))
      return FALSE;
  return TRUE;
}

static ReadoutDocument *
document_from_json (JsonNode    *node,
                    guint        index,
                    GHashTable  *ids,
                    GError     **error)
{
  g_autofree char *where = g_strdup_printf ("documents[%u]", index);
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (ReadoutSpan));
  static const char * const metadata[] = { "path", "uri", "title", "outlet", "byline", "published" };
  JsonObject *object;
  JsonArray *paragraphs;
  const char *id, *text;
  gsize length;

  if (!readout_project_json_object (node, where, &object, error) ||
      !readout_project_json_string (object, "id", where, FALSE, &id, error) ||
      !readout_project_json_string (object, "text", where, FALSE, &text, error) ||
      !readout_project_json_array (object, "paragraphs", where, TRUE, &paragraphs, error))
    return NULL;
  if (*id == '\0' || g_hash_table_contains (ids, id))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_FORMAT,
                   _("The project file is damaged: %s.id “%s” is empty or used twice"), where, id);
      return NULL;
    }
  g_hash_table_add (ids, g_strdup (id));

  for (guint i = 0; i < G_N_ELEMENTS (metadata); i++)
    {
      const char *value;

      if (!readout_project_json_string (object, metadata[i], where, TRUE, &value, error))
        return NULL;
      g_object_set (document, metadata[i], value, NULL);
    }
  readout_document_set_id (document, id);

  if (paragraphs == NULL)
    {
      readout_document_set_text (document, text);
      return g_steal_pointer (&document);
    }

  length = strlen (text);
  for (guint i = 0; i < json_array_get_length (paragraphs); i++)
    {
      JsonNode *pair = json_array_get_element (paragraphs, i);
      JsonArray *bounds = JSON_NODE_HOLDS_ARRAY (pair) ? json_node_get_array (pair) : NULL;
      ReadoutSpan span;
      JsonNode *start, *end;

      start = bounds && json_array_get_length (bounds) == 2 ? json_array_get_element (bounds, 0) : NULL;
      end = bounds && json_array_get_length (bounds) == 2 ? json_array_get_element (bounds, 1) : NULL;
      if (start == NULL || end == NULL ||
          !JSON_NODE_HOLDS_VALUE (start) || json_node_get_value_type (start) != G_TYPE_INT64 ||
          !JSON_NODE_HOLDS_VALUE (end) || json_node_get_value_type (end) != G_TYPE_INT64 ||
          json_node_get_int (start) < 0 || json_node_get_int (end) < json_node_get_int (start) ||
          (guint64)json_node_get_int (end) > length ||
          !readout_utf8_is_boundary (text, length, json_node_get_int (start)) ||
          !readout_utf8_is_boundary (text, length, json_node_get_int (end)))
        {
          g_set_error (error, READOUT_ERROR, READOUT_ERROR_FORMAT,
                       _("The project file is damaged: %s.paragraphs[%u] is not a span of the text"),
                       where, i);
          return NULL;
        }
      span.start = json_node_get_int (start);
      span.end = json_node_get_int (end);
      g_array_append_val (spans, span);
    }
  readout_document_set_content (document, text, (ReadoutSpan *)(gpointer)spans->data, spans->len);
  return g_steal_pointer (&document);
}

/* Parses and checks everything before touching the corpus, so a bad file changes nothing. */
static gboolean
load_data (ReadoutProject  *self,
           const char      *data,
           gsize            length,
           GFile          **recovery_origin,
           GError         **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(ReadoutDecisions) decisions = readout_decisions_new ();
  JsonObject *root;
  JsonArray *array;
  JsonNode *recovery;

  if (length > READOUT_PROJECT_MAX_SIZE)
    {
      g_set_error_literal (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE,
                           _("The project file is too large"));
      return FALSE;
    }
  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error_literal (error, READOUT_ERROR, READOUT_ERROR_FORMAT,
                           _("The project file is damaged: it is not UTF-8 text"));
      return FALSE;
    }
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_FORMAT,
                   _("The project file is damaged or incomplete: %s"), parse_error->message);
      return FALSE;
    }
  if (!readout_project_json_object (json_parser_get_root (parser), _("the file"), &root, error) ||
      !readout_project_upgrade (root, error) ||
      !readout_project_json_array (root, "documents", NULL, FALSE, &array, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      ReadoutDocument *document = document_from_json (json_array_get_element (array, i), i, ids, error);

      if (document == NULL)
        return FALSE;
      g_ptr_array_add (documents, document);
    }
  if (recovery_origin != NULL)
    {
      JsonObject *info;
      const char *uri = NULL;

      recovery = json_object_get_member (root, "recovery");
      if (recovery && readout_project_json_object (recovery, "recovery", &info, NULL))
        readout_project_json_string (info, "file", "recovery", TRUE, &uri, NULL);
      *recovery_origin = uri ? g_file_new_for_uri (uri) : NULL;
    }

  /* Reading the decisions is all or nothing, so they are the last thing that can fail. */
  if (!readout_decisions_deserialize (self ? self->decisions : decisions, root, error))
    {
      if (recovery_origin)
        g_clear_object (recovery_origin);
      return FALSE;
    }
  if (self == NULL)
    return TRUE;

  self->loading++;
  readout_corpus_clear (self->corpus);
  for (guint i = 0; i < documents->len; i++)
    readout_corpus_add_document (self->corpus, g_ptr_array_index (documents, i));
  self->loading--;
  return TRUE;
}

gboolean
readout_project_load_data (ReadoutProject  *self,
                           const char      *data,
                           gsize            length,
                           GError         **error)
{
  g_return_val_if_fail (READOUT_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (!load_data (self, data ? data : "", length, NULL, error))
    return FALSE;
  readout_project_set_modified (self, FALSE);
  return TRUE;
}

static char *
read_file (GFile         *file,
           gsize         *length,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  char *data = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > READOUT_PROJECT_MAX_SIZE)
    {
      g_set_error_literal (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE,
                           _("The project file is too large"));
      return NULL;
    }
  if (!g_file_load_contents (file, cancellable, &data, length, NULL, error))
    return NULL;
  return data;
}

gboolean
readout_project_load (ReadoutProject  *self,
                      GFile           *file,
                      GCancellable    *cancellable,
                      GError         **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (READOUT_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = read_file (file, &length, cancellable, error);
  if (data == NULL || !load_data (self, data, length, NULL, error))
    return FALSE;

  /* The recovery copy of what was open before belongs to that work, which is now replaced. */
  forget_recovery (self);
  set_file (self, file);
  readout_project_set_modified (self, FALSE);
  return TRUE;
}

gboolean
readout_project_load_into_corpus (ReadoutCorpus  *corpus,
                                  GFile          *file,
                                  GCancellable   *cancellable,
                                  GError        **error)
{
  static guint n_loaded;
  g_autoptr(ReadoutProject) project = readout_project_new (NULL);
  g_autoptr(ReadoutDecisions) decisions = NULL;
  g_autofree char *data_key = NULL;
  GListModel *documents;
  guint n;

  g_return_val_if_fail (READOUT_IS_CORPUS (corpus), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!readout_project_load (project, file, cancellable, error))
    return FALSE;

  /* The decisions are keyed by the project's document ids: those win. A document of another
   * project cannot give up its id without losing its own decisions. */
  documents = readout_corpus_get_documents (project->corpus);
  n = g_list_model_get_n_items (documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutDocument) document = g_list_model_get_item (documents, i);
      ReadoutDocument *taken = readout_corpus_find_document (corpus, readout_document_get_id (document));
      char id[32];

      if (taken == NULL)
        continue;
      if (g_object_get_data (G_OBJECT (taken), "readout-project-document") != NULL)
        {
          g_autofree char *name = g_file_get_parse_name (file);

          g_set_error (error, READOUT_ERROR, READOUT_ERROR_FAILED,
                       _("“%s” cannot be analyzed together with another project"), name);
          return FALSE;
        }
      for (guint k = 1; ; k++)
        {
          g_snprintf (id, sizeof id, "d%u", k);
          if (readout_corpus_find_document (corpus, id) == NULL &&
              readout_corpus_find_document (project->corpus, id) == NULL)
            break;
        }
      readout_document_set_id (taken, id);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutDocument) document = g_list_model_get_item (documents, i);

      g_object_set_data (G_OBJECT (document), "readout-project-document", GINT_TO_POINTER (TRUE));
      readout_corpus_add_document (corpus, document);
    }

  /* Disposing the project detaches its decisions; attach them to the corpus for good. */
  decisions = g_object_ref (project->decisions);
  g_clear_object (&project);
  readout_decisions_set_corpus (decisions, corpus);
  data_key = g_strdup_printf ("readout-project-decisions-%u", n_loaded++);
  g_object_set_data_full (G_OBJECT (corpus), data_key, g_steal_pointer (&decisions), g_object_unref);
  return TRUE;
}

/* ------------------------------------------------------------------------------------------
 * Recovery
 * ------------------------------------------------------------------------------------------ */

GFile *
readout_project_dup_recovery_dir (void)
{
  g_autofree char *path = g_build_filename (g_get_user_state_dir (), "readout", "recovery", NULL);

  return g_file_new_for_path (path);
}

GFile *
readout_project_get_recovery_file (ReadoutProject *self)
{
  g_return_val_if_fail (READOUT_IS_PROJECT (self), NULL);

  if (self->recovery_file == NULL)
    {
      g_autoptr(GFile) folder = readout_project_dup_recovery_dir ();
      g_autofree char *uuid = g_uuid_string_random ();
      /* The process id tells the recovery copies of a Readout still running (another
       * instance without a session bus) from those a session left behind. */
      g_autofree char *name = g_strdup_printf ("%d-%s%s", (int)getpid (), uuid, READOUT_PROJECT_SUFFIX);

      self->recovery_file = g_file_get_child (folder, name);
    }
  return self->recovery_file;
}

gboolean
readout_project_write_recovery (ReadoutProject  *self,
                                GError         **error)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  GFile *file;
  gsize length;

  g_return_val_if_fail (READOUT_IS_PROJECT (self), FALSE);

  file = readout_project_get_recovery_file (self);
  folder = g_file_get_parent (file);
  if (!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  data = serialize (self, TRUE, &length);
  return readout_file_replace_atomically (file, data, length, NULL, error);
}

void
readout_project_discard_recovery (ReadoutProject *self)
{
  g_return_if_fail (READOUT_IS_PROJECT (self));
  forget_recovery (self);
}

/* TRUE when the recovery file name starts with the id of a live process running this very
 * program: its work is not lost, that Readout is still editing it. */
static gboolean
owned_by_running_readout (const char *name)
{
  g_autofree char *exe_path = NULL;
  g_autofree char *self_exe = NULL;
  g_autofree char *exe = NULL;
  char *end = NULL;
  gint64 pid = g_ascii_strtoll (name, &end, 10);

  if (end == name || *end != '-' || pid <= 0 || pid == getpid ())
    return FALSE;
  exe_path = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/exe", pid);
  exe = g_file_read_link (exe_path, NULL);
  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  return exe != NULL && self_exe != NULL && g_str_equal (exe, self_exe);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GFileInfo *info_a = g_object_get_data (*(GObject * const *)a, "readout-info");
  GFileInfo *info_b = g_object_get_data (*(GObject * const *)b, "readout-info");
  guint64 time_a = g_file_info_get_attribute_uint64 (info_a, G_FILE_ATTRIBUTE_TIME_MODIFIED);
  guint64 time_b = g_file_info_get_attribute_uint64 (info_b, G_FILE_ATTRIBUTE_TIME_MODIFIED);

  return time_a < time_b ? 1 : time_a > time_b ? -1 : 0;
}

GPtrArray *
readout_project_list_recovery_files (void)
{
  g_autoptr(GFile) folder = readout_project_dup_recovery_dir ();
  g_autoptr(GFileEnumerator) enumerator = NULL;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;

  enumerator = g_file_enumerate_children (folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                          G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (enumerator == NULL)
    return files;
  while ((info = g_file_enumerator_next_file (enumerator, NULL, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);

      /* Temporary files of an interrupted write start with a dot. */
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
          name[0] != '.' && g_str_has_suffix (name, READOUT_PROJECT_SUFFIX) &&
          !owned_by_running_readout (name))
        {
          GFile *file = g_file_get_child (folder, name);

          g_object_set_data_full (G_OBJECT (file), "readout-info", g_object_ref (info), g_object_unref);
          g_ptr_array_add (files, file);
        }
      g_object_unref (info);
    }
  g_ptr_array_sort (files, compare_newest_first);
  for (guint i = 0; i < files->len; i++)
    g_object_set_data (g_ptr_array_index (files, i), "readout-info", NULL);
  return files;
}

GFile *
readout_project_dup_recovery_origin (GFile *recovery)
{
  g_autofree char *data = NULL;
  GFile *origin = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (recovery), NULL);

  data = read_file (recovery, &length, NULL, NULL);
  if (data == NULL || !load_data (NULL, data, length, &origin, NULL))
    return NULL;
  return origin;
}

gboolean
readout_project_restore_recovery (ReadoutProject  *self,
                                  GFile           *recovery,
                                  GError         **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GFile) origin = NULL;
  gsize length;

  g_return_val_if_fail (READOUT_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (recovery), FALSE);

  data = read_file (recovery, &length, NULL, error);
  if (data == NULL || !load_data (self, data, length, &origin, error))
    return FALSE;

  if (self->recovery_file == NULL || !g_file_equal (self->recovery_file, recovery))
    {
      forget_recovery (self);
      self->recovery_file = g_object_ref (recovery);
    }
  set_file (self, origin);
  readout_project_set_modified (self, TRUE);
  return TRUE;
}
