/* readout-reader.h: the source reader, one article at a time with its statements highlighted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "readout.h"

G_BEGIN_DECLS

#define READOUT_TYPE_READER (readout_reader_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutReader, readout_reader, READOUT, READER, GtkWidget)

GtkWidget       *readout_reader_new              (void);
ReadoutCorpus   *readout_reader_get_corpus       (ReadoutReader        *self);
void             readout_reader_set_corpus       (ReadoutReader        *self,
                                                  ReadoutCorpus        *corpus);
/* Shows the document (NULL: none). */
void             readout_reader_set_document     (ReadoutReader        *self,
                                                  ReadoutDocument      *document);
ReadoutDocument *readout_reader_get_document     (ReadoutReader        *self);
/* Switches to a document that reports the statement when the current one does not, scrolls
 * to it and marks it selected. NULL clears the selection. */
void             readout_reader_select_statement (ReadoutReader        *self,
                                                  ReadoutStatement     *statement);
ReadoutStatement *readout_reader_get_selected_statement (ReadoutReader  *self);
/* Switches to the document of evidence[index], marks all evidence of the contradiction in it
 * and scrolls to evidence[index]. NULL clears the evidence marks. */
void             readout_reader_show_evidence    (ReadoutReader        *self,
                                                  ReadoutContradiction *contradiction,
                                                  guint                 index);
/* The user's text selection as byte offsets into the document text; FALSE when none. */
gboolean         readout_reader_get_selection    (ReadoutReader        *self,
                                                  gsize                *start,
                                                  gsize                *end);

G_END_DECLS
