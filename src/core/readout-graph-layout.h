/* readout-graph-layout.h: the actor-relationship graph laid out by Graphviz, shared by the
 * app's graph widget and the PDF report so both show the same picture.
 *
 * Coordinates are in points, origin top-left, y growing downwards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "readout-types.h"

G_BEGIN_DECLS

typedef struct
{
  ReadoutActor *actor;      /* borrowed from the layout */
  double        x, y;       /* centre */
  double        width, height;
  double        rgb[3];     /* fill colour, by affiliation */
} ReadoutGraphNode;

typedef struct
{
  ReadoutActor         *source;        /* borrowed */
  ReadoutActor         *target;        /* borrowed */
  ReadoutRelation      *relation;      /* borrowed; NULL for a contradiction edge */
  ReadoutContradiction *contradiction; /* borrowed; non-NULL for a contradiction edge */
  const char           *label;         /* relation type or contradiction kind label */
  double               *points;        /* cubic Bézier: x0,y0, then 3 points a segment */
  guint                 n_points;      /* number of (x,y) pairs, 1 + 3k */
  double                label_x, label_y;
  /* How many relations or contradictions the edge stands for: parallel ones between the same
   * two actors are merged, and relation/contradiction is the first (for contradictions, the
   * highest ranked). */
  guint                 weight;
} ReadoutGraphEdge;

#define READOUT_TYPE_GRAPH_LAYOUT (readout_graph_layout_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutGraphLayout, readout_graph_layout, READOUT, GRAPH_LAYOUT, GObject)

/* Lays out the corpus's actors (any thread; Graphviz calls are serialized, but the corpus must
 * not change or be read by another thread meanwhile: its GListStores are not thread-safe).
 * Lays out the corpus's actors (those in at least one relation, statement or contradiction),
 * relations and contradictions. max_nodes caps the graph to the most active actors (0: all). */
ReadoutGraphLayout     *readout_graph_layout_new        (ReadoutCorpus       *corpus,
                                                         guint                max_nodes,
                                                         GError             **error);
const ReadoutGraphNode *readout_graph_layout_get_nodes  (ReadoutGraphLayout  *self,
                                                         guint               *n_nodes);
const ReadoutGraphEdge *readout_graph_layout_get_edges  (ReadoutGraphLayout  *self,
                                                         guint               *n_edges);
void                    readout_graph_layout_get_size   (ReadoutGraphLayout  *self,
                                                         double              *width,
                                                         double              *height);
/* The node of an actor, or NULL. */
const ReadoutGraphNode *readout_graph_layout_find_node  (ReadoutGraphLayout  *self,
                                                         ReadoutActor        *actor);

G_END_DECLS
