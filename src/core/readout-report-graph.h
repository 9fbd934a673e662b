/* readout-report-graph.h: the actor graph drawn with Cairo as a vector figure, with a legend.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "readout-graph-layout.h"

G_BEGIN_DECLS

/* Draws the layout scaled by scale with its top-left corner at (x, y). */
void   readout_report_draw_graph         (cairo_t            *cr,
                                          PangoContext       *context,
                                          ReadoutGraphLayout *layout,
                                          double              x,
                                          double              y,
                                          double              scale);
/* The legend's height for a given width, and the legend itself: one swatch per affiliation
 * group in the graph, and the edge styles. */
double readout_report_graph_legend_height (PangoContext       *context,
                                           ReadoutGraphLayout *layout,
                                           double              width);
void   readout_report_draw_graph_legend  (cairo_t            *cr,
                                          PangoContext       *context,
                                          ReadoutGraphLayout *layout,
                                          double              x,
                                          double              y,
                                          double              width);

G_END_DECLS
