/* readout-graph-view-private.h: for tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-graph-view.h"

G_BEGIN_DECLS

/* The layout drawn, or NULL when there is nothing to draw. */
ReadoutGraphLayout *readout_graph_view_get_layout      (ReadoutGraphView *self);
/* Pixels per layout point. */
double              readout_graph_view_get_scale       (ReadoutGraphView *self);
/* The actor that has the keyboard focus inside the graph, or NULL. */
ReadoutActor       *readout_graph_view_get_focus_actor (ReadoutGraphView *self);

/* Moves the keyboard focus to the nearest node in an arrow direction, as the arrow keys do. */
gboolean            readout_graph_view_move_focus      (ReadoutGraphView *self,
                                                        GtkDirectionType  direction);

G_END_DECLS
