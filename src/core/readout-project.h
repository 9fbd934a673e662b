/* readout-project.h: a review saved as a .readout file (see docs/project-format.md).
 *
 * A project is the documents (their cleaned text and metadata, so that it opens when the
 * original files moved) and the user's decisions (ReadoutDecisions). The analysis is not
 * stored: it is recomputed on open and the decisions are applied to it by stable keys.
 *
 * Saving is atomic: a temporary file next to the target is written, flushed to disk and
 * renamed over it, so an interrupted save leaves the previous file as it was. A recovery copy
 * can be written to the user's state directory while there are unsaved changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "readout-decisions.h"
#include "readout-types.h"

G_BEGIN_DECLS

#define READOUT_PROJECT_FORMAT    "readout-project"
#define READOUT_PROJECT_VERSION   1
#define READOUT_PROJECT_SUFFIX    ".readout"
#define READOUT_PROJECT_MIME_TYPE "application/x-readout-project"
/* Projects hold whole articles; this bounds what a damaged or hostile file can make us read. */
#define READOUT_PROJECT_MAX_SIZE  (256 * 1024 * 1024)

#define READOUT_TYPE_PROJECT (readout_project_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutProject, readout_project, READOUT, PROJECT, GObject)

/* corpus: the corpus the project saves and loads into; NULL makes a new one. The project
 * attaches its ReadoutDecisions to it. */
ReadoutProject   *readout_project_new               (ReadoutCorpus   *corpus);
ReadoutCorpus    *readout_project_get_corpus        (ReadoutProject  *self);
ReadoutDecisions *readout_project_get_decisions     (ReadoutProject  *self);
/* The file it was last loaded from or saved to; NULL for a new project. */
GFile            *readout_project_get_file          (ReadoutProject  *self);
/* TRUE when documents or decisions changed since the last load or save. */
gboolean          readout_project_get_modified      (ReadoutProject  *self);
void              readout_project_set_modified      (ReadoutProject  *self,
                                                     gboolean         modified);
/* The file's name without the suffix, or "Unsaved Project" (translated). */
char             *readout_project_dup_title         (ReadoutProject  *self);

/* Replaces the corpus's documents and the decisions by the file's. The corpus is not
 * analyzed: call readout_corpus_analyze() (or _async), and the decisions follow.
 * On error nothing changed. Errors: READOUT_ERROR_FORMAT (not a project, damaged),
 * READOUT_ERROR_NEWER_VERSION, G_IO_ERROR. */
gboolean          readout_project_load              (ReadoutProject  *self,
                                                     GFile           *file,
                                                     GCancellable    *cancellable,
                                                     GError         **error);
gboolean          readout_project_load_data         (ReadoutProject  *self,
                                                     const char      *data,
                                                     gsize            length,
                                                     GError         **error);
/* The project as JSON text. */
char             *readout_project_serialize         (ReadoutProject  *self,
                                                     gsize           *length);
/* Saves atomically to file (NULL: the current file). On success the project is unmodified,
 * remembers the file and removes its recovery copy. */
gboolean          readout_project_save              (ReadoutProject  *self,
                                                     GFile           *file,
                                                     GCancellable    *cancellable,
                                                     GError         **error);

/* For one-shot analyses (readout-cli analyze/report PROJECT): adds the project's documents
 * to corpus and keeps its decisions attached to the corpus for the corpus's lifetime, so
 * that the next analysis applies them. Documents already in the corpus that use one of the
 * project's document ids get another id. */
gboolean          readout_project_load_into_corpus  (ReadoutCorpus   *corpus,
                                                     GFile           *file,
                                                     GCancellable    *cancellable,
                                                     GError         **error);

/* Upgrades a parsed project (or a readout-analysis/1 JSON file, taken as version 0) to
 * READOUT_PROJECT_VERSION, one version at a time. */
gboolean          readout_project_upgrade           (JsonObject      *root,
                                                     GError         **error);

/* Crash recovery: $XDG_STATE_HOME/readout/recovery/ holds one file per unsaved project. */
GFile            *readout_project_dup_recovery_dir  (void);
/* The recovery file of this project (made up on first use). */
GFile            *readout_project_get_recovery_file (ReadoutProject  *self);
gboolean          readout_project_write_recovery    (ReadoutProject  *self,
                                                     GError         **error);
/* Removes the recovery file, after a save or when the user discards the changes. */
void              readout_project_discard_recovery  (ReadoutProject  *self);
/* Recovery files left by sessions that ended without saving (not those of a Readout still
 * running), newest first. */
GPtrArray        *readout_project_list_recovery_files (void);
/* Loads a recovery file: the project gets back the file it belonged to, stays modified and
 * takes over the recovery file (removed on the next save or discard). */
gboolean          readout_project_restore_recovery  (ReadoutProject  *self,
                                                     GFile           *recovery,
                                                     GError         **error);
/* The project file a recovery file belonged to, or NULL (an unsaved project). */
GFile            *readout_project_dup_recovery_origin (GFile         *recovery);

/* Writes data to file so that file has either its old or its new content whatever happens:
 * a temporary file in the same folder, fsync, rename, fsync of the folder. */
gboolean          readout_file_replace_atomically   (GFile           *file,
                                                     const char      *data,
                                                     gsize            length,
                                                     GCancellable    *cancellable,
                                                     GError         **error);

/* For tests: make the next atomic writes fail at a step, after so many bytes were written. */
typedef enum
{
  READOUT_SAVE_FAULT_NONE,
  READOUT_SAVE_FAULT_CREATE,
  READOUT_SAVE_FAULT_WRITE,
  READOUT_SAVE_FAULT_SYNC,
  READOUT_SAVE_FAULT_RENAME,
} ReadoutSaveFault;

void              readout_file_set_save_fault       (ReadoutSaveFault fault,
                                                     gsize            after_bytes);

G_END_DECLS
