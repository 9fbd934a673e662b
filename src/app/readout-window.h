/* readout-window.h: a Readout window: the articles, the analysis and the views over them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "readout.h"
#include "readout-url-loader.h"

G_BEGIN_DECLS

#define READOUT_TYPE_WINDOW (readout_window_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutWindow, readout_window, READOUT, WINDOW, AdwApplicationWindow)

ReadoutWindow        *readout_window_new                         (GtkApplication       *application);
ReadoutCorpus        *readout_window_get_corpus                  (ReadoutWindow        *self);
/* Loads the files in a worker thread, adds them in order and analyzes the whole set; a file
 * that cannot be read is reported in a toast and the others still open. */
void                  readout_window_open_files                  (ReadoutWindow        *self,
                                                                  GFile               **files,
                                                                  guint                 n_files);
/* Downloads an article (see ReadoutUrlLoader), adds it and analyzes. */
void                  readout_window_open_url                    (ReadoutWindow        *self,
                                                                  const char           *uri);
ReadoutUrlLoader     *readout_window_get_url_loader              (ReadoutWindow        *self);
/* The dialogs behind app.open and app.open-url. */
void                  readout_window_show_open_dialog            (ReadoutWindow        *self);
void                  readout_window_show_open_url_dialog        (ReadoutWindow        *self);
/* TRUE while files load or the analysis runs. */
gboolean              readout_window_get_busy                    (ReadoutWindow        *self);

ReadoutStatement     *readout_window_get_selected_statement      (ReadoutWindow        *self);
void                  readout_window_select_statement            (ReadoutWindow        *self,
                                                                  ReadoutStatement     *statement);
ReadoutActor         *readout_window_get_selected_actor          (ReadoutWindow        *self);
void                  readout_window_select_actor                (ReadoutWindow        *self,
                                                                  ReadoutActor         *actor);
ReadoutContradiction *readout_window_get_selected_contradiction  (ReadoutWindow        *self);
void                  readout_window_select_contradiction        (ReadoutWindow        *self,
                                                                  ReadoutContradiction *contradiction);
/* The document shown in the reader, or NULL. */
ReadoutDocument      *readout_window_get_shown_document          (ReadoutWindow        *self);
gboolean              readout_window_get_reader_selection        (ReadoutWindow        *self,
                                                                  ReadoutDocument     **document,
                                                                  gsize                *start,
                                                                  gsize                *end);
void                  readout_window_add_toast                   (ReadoutWindow        *self,
                                                                  AdwToast             *toast);
/* Shows "● title" when modified; NULL title restores the default title. */
void                  readout_window_set_project_title           (ReadoutWindow        *self,
                                                                  const char           *title,
                                                                  gboolean              modified);
/* Runs the analysis again (after corrections), in a worker thread. */
void                  readout_window_reanalyze                   (ReadoutWindow        *self);

G_END_DECLS
