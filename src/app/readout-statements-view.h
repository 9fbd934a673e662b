/* readout-statements-view.h: every statement of the corpus in a sortable, searchable table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "readout.h"

G_BEGIN_DECLS

#define READOUT_TYPE_STATEMENTS_VIEW (readout_statements_view_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutStatementsView, readout_statements_view, READOUT, STATEMENTS_VIEW, GtkWidget)

void              readout_statements_view_set_corpus   (ReadoutStatementsView *self,
                                                        ReadoutCorpus         *corpus);
/* Only the statements of actor (as speaker or addressee); NULL shows all. */
void              readout_statements_view_set_actor    (ReadoutStatementsView *self,
                                                        ReadoutActor          *actor);
ReadoutStatement *readout_statements_view_get_selected (ReadoutStatementsView *self);
void              readout_statements_view_set_selected (ReadoutStatementsView *self,
                                                        ReadoutStatement      *statement);
/* The rows shown, sorted and filtered. */
GListModel       *readout_statements_view_get_shown    (ReadoutStatementsView *self);
void              readout_statements_view_set_search   (ReadoutStatementsView *self,
                                                        const char            *text);

G_END_DECLS
