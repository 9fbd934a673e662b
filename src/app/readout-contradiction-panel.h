/* readout-contradiction-panel.h: the ranked contradictions with filters, and the
 * corroborations, for the window's sidebar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "readout.h"

G_BEGIN_DECLS

#define READOUT_TYPE_CONTRADICTION_PANEL (readout_contradiction_panel_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutContradictionPanel, readout_contradiction_panel, READOUT, CONTRADICTION_PANEL, GtkWidget)

void                  readout_contradiction_panel_set_corpus   (ReadoutContradictionPanel *self,
                                                                ReadoutCorpus             *corpus);
/* Shows only the contradictions that involve actor; NULL shows all. */
ReadoutActor         *readout_contradiction_panel_get_actor    (ReadoutContradictionPanel *self);
void                  readout_contradiction_panel_set_actor    (ReadoutContradictionPanel *self,
                                                                ReadoutActor              *actor);
ReadoutContradiction *readout_contradiction_panel_get_selected (ReadoutContradictionPanel *self);
void                  readout_contradiction_panel_set_selected (ReadoutContradictionPanel *self,
                                                                ReadoutContradiction      *contradiction);
/* The contradictions shown, ranked and filtered (without corroborations). */
GListModel           *readout_contradiction_panel_get_shown    (ReadoutContradictionPanel *self);
/* Whether a contradiction passes the kind, review and actor filters. */
gboolean              readout_contradiction_panel_shows        (ReadoutContradictionPanel *self,
                                                                ReadoutContradiction      *contradiction);

G_END_DECLS
