/* readout-graph-view-internal.h: what the graph view's files share (the widget's state and
 * helpers). Not for other units: they use readout-graph-view.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "readout-graph-layout.h"
#include "readout-graph-view.h"

G_BEGIN_DECLS

/* More nodes than this make an unreadable picture; the layout keeps the most active actors. */
#define MAX_NODES        80
#define MIN_SCALE        0.05
#define MAX_SCALE        8.0
#define ZOOM_STEP        1.25
#define FIT_PADDING      24.0
#define LABEL_SIZE       10.0   /* points, as the layout assumed */
#define LABEL_WIDTH      154.0  /* points: the layout's 28 characters */
#define NODE_GAP         2.0    /* points between a node and its edges' ends */
#define HIT_SLOP         5.0    /* pixels */
#define SAMPLES_PER_SEGMENT 12
#define MAX_LEGEND_GROUPS 7
/* When zoomed out, only this many of the most talkative actors keep a label. */
#define MAX_SMALL_LABELS 12

typedef struct
{
  const ReadoutGraphEdge *edge;
  guint                   source; /* node indices */
  guint                   target;
  double                 *points; /* the layout's points with the ends moved onto the circles */
  guint                   n_points;
  double                  label_x;
  double                  label_y;
  GArray                 *samples; /* graphene_point_t along the curve, for hit tests */
} EdgeGeometry;

typedef struct
{
  ReadoutActor *root;
  guint         n_nodes;
} LegendGroup;

struct _ReadoutGraphView
{
  GtkWidget             parent_instance;

  ReadoutCorpus        *corpus;
  ReadoutGraphLayout   *layout;
  gboolean              layout_dirty; /* the corpus changed; laid out when next needed */
  guint                 layout_idle;
  char                 *error_message;
  GArray               *edges;        /* EdgeGeometry */
  GHashTable           *node_index;   /* ReadoutActor → index + 1 */
  GArray               *focus_order;  /* guint node indices in reading order */
  GArray               *legend;       /* LegendGroup */
  GHashTable           *prominent;    /* node indices + 1 of the most talkative actors */

  ReadoutActor         *selected;
  ReadoutContradiction *highlighted;
  int                   hover_node;
  int                   hover_edge;
  int                   focus_node;

  double                scale;
  double                offset_x;
  double                offset_y;
  gboolean              fitted;       /* keep fitting on resize until the user zooms or pans */

  double                pointer_x;
  double                pointer_y;
  double                drag_offset_x;
  double                drag_offset_y;
  gboolean              dragging;
  gboolean              keyboard_focus; /* the focus moved by keyboard since the last click */
  double                zoom_start_scale;
};

/* readout-graph-view.c */
double                  readout_graph_view_to_widget_x    (ReadoutGraphView *self,
                                                           double            x);
double                  readout_graph_view_to_widget_y    (ReadoutGraphView *self,
                                                           double            y);
const ReadoutGraphNode *readout_graph_view_get_nodes      (ReadoutGraphView *self,
                                                           guint            *n_nodes);
int                     readout_graph_view_node_of_actor  (ReadoutGraphView *self,
                                                           ReadoutActor     *actor);
void                    readout_graph_view_ensure_layout  (ReadoutGraphView *self);
gboolean                readout_graph_view_is_dark        (void);

/* readout-graph-view-draw.c */
void                    readout_graph_view_snapshot       (GtkWidget        *widget,
                                                           GtkSnapshot      *snapshot);
gboolean                readout_graph_view_contradiction_has_actor (ReadoutContradiction *contradiction,
                                                                    ReadoutActor         *actor);
char                   *readout_graph_view_edge_label     (const ReadoutGraphEdge *edge);

G_END_DECLS
