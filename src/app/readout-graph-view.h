/* readout-graph-view.h: the actor-relationship graph, drawn from a ReadoutGraphLayout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "readout.h"

G_BEGIN_DECLS

#define READOUT_TYPE_GRAPH_VIEW (readout_graph_view_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutGraphView, readout_graph_view, READOUT, GRAPH_VIEW, GtkWidget)

GtkWidget     *readout_graph_view_new                     (void);
ReadoutCorpus *readout_graph_view_get_corpus              (ReadoutGraphView     *self);
/* Lays the corpus out now and again after every ::analyzed. */
void           readout_graph_view_set_corpus              (ReadoutGraphView     *self,
                                                           ReadoutCorpus        *corpus);
void           readout_graph_view_set_selected_actor      (ReadoutGraphView     *self,
                                                           ReadoutActor         *actor);
ReadoutActor  *readout_graph_view_get_selected_actor      (ReadoutGraphView     *self);
/* Marks the contradiction's edges and actors; NULL clears. */
void           readout_graph_view_highlight_contradiction (ReadoutGraphView     *self,
                                                           ReadoutContradiction *contradiction);
void           readout_graph_view_zoom_in                 (ReadoutGraphView     *self);
void           readout_graph_view_zoom_out                (ReadoutGraphView     *self);
/* Fits the whole graph in the widget, and keeps it fitted when the widget resizes until the
 * user zooms or pans. */
void           readout_graph_view_zoom_fit                (ReadoutGraphView     *self);

G_END_DECLS
