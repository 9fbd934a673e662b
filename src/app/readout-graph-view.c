/* readout-graph-view.c: the actor-relationship graph.
 *
 * The positions come from ReadoutGraphLayout (Graphviz, in the core library, in points); this
 * widget only draws them, scaled and panned: widget = offset + scale × layout. Nodes are circles
 * sized by how much the actor says, relations are directed Bézier edges, contradictions dashed
 * edges. Hovering a node brings it and its edges forward and shows the relation types.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "readout-graph-view-private.h"
#include "readout-graph-view-internal.h"
#include "readout-palette.h"

G_DEFINE_FINAL_TYPE (ReadoutGraphView, readout_graph_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_SELECTED_ACTOR,
  N_PROPS
};

enum {
  ACTOR_ACTIVATED,
  ACTIVATE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void edge_geometry_clear (gpointer data);

/* Geometry */

double
readout_graph_view_to_widget_x (ReadoutGraphView *self,
                                double            x)
{
  return self->offset_x + x * self->scale;
}

double
readout_graph_view_to_widget_y (ReadoutGraphView *self,
                                double            y)
{
  return self->offset_y + y * self->scale;
}

const ReadoutGraphNode *
readout_graph_view_get_nodes (ReadoutGraphView *self,
                              guint            *n_nodes)
{
  if (self->layout == NULL)
    {
      *n_nodes = 0;
      return NULL;
    }
  return readout_graph_layout_get_nodes (self->layout, n_nodes);
}

int
readout_graph_view_node_of_actor (ReadoutGraphView *self,
                                  ReadoutActor     *actor)
{
  gpointer value;

  if (actor == NULL || self->node_index == NULL)
    return -1;
  value = g_hash_table_lookup (self->node_index, actor);
  return value ? (int)GPOINTER_TO_UINT (value) - 1 : -1;
}

/* Moves an end of the curve onto the node's circle, and its control point with it so that the
 * tangent stays (the layout ends edges at the node's box, which includes its label). */
static void
snap_end (double                 *end,
          double                 *control,
          const ReadoutGraphNode *node)
{
  double dx = end[0] - node->x, dy = end[1] - node->y;
  double distance = hypot (dx, dy);
  double radius = node->width / 2 + NODE_GAP;
  double shift_x, shift_y;

  if (distance < 1e-6)
    return;
  shift_x = node->x + dx / distance * radius - end[0];
  shift_y = node->y + dy / distance * radius - end[1];
  end[0] += shift_x;
  end[1] += shift_y;
  control[0] += shift_x;
  control[1] += shift_y;
}

/* A circle around the node as four cubic Bézier segments; rings of one node nest outwards. */
static void
ring_geometry (EdgeGeometry           *geometry,
               const ReadoutGraphNode *node,
               guint                   ring)
{
  double radius = node->width / 2 + 5 + 4 * ring;
  double k = 0.5523 * radius;
  double x = node->x, y = node->y;
  const double points[] = {
    x + radius, y,
    x + radius, y + k,  x + k, y + radius,  x, y + radius,
    x - k, y + radius,  x - radius, y + k,  x - radius, y,
    x - radius, y - k,  x - k, y - radius,  x, y - radius,
    x + k, y - radius,  x + radius, y - k,  x + radius, y,
  };

  geometry->n_points = G_N_ELEMENTS (points) / 2;
  geometry->points = g_memdup2 (points, sizeof points);
  geometry->label_x = x + radius * 0.8;
  geometry->label_y = y - radius * 0.8 - 6;
}

static void
sample_curve (EdgeGeometry *geometry)
{
  const double *p = geometry->points;

  geometry->samples = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  for (guint i = 0; i + 3 < geometry->n_points; i += 3)
    {
      const double *q = p + 2 * i;

      for (guint s = (i == 0 ? 0 : 1); s <= SAMPLES_PER_SEGMENT; s++)
        {
          double t = (double)s / SAMPLES_PER_SEGMENT, u = 1 - t;
          graphene_point_t point;

          point.x = u * u * u * q[0] + 3 * u * u * t * q[2] + 3 * u * t * t * q[4] + t * t * t * q[6];
          point.y = u * u * u * q[1] + 3 * u * u * t * q[3] + 3 * u * t * t * q[5] + t * t * t * q[7];
          g_array_append_val (geometry->samples, point);
        }
    }
}

static int
compare_reading_order (gconstpointer a,
                       gconstpointer b,
                       gpointer      data)
{
  const ReadoutGraphNode *nodes = data;
  const ReadoutGraphNode *x = &nodes[*(const guint *)a], *y = &nodes[*(const guint *)b];
  /* Rows of 60 points, left to right inside a row. */
  int row_x = (int)floor (x->y / 60.0), row_y = (int)floor (y->y / 60.0);

  if (row_x != row_y)
    return row_x < row_y ? -1 : 1;
  return x->x < y->x ? -1 : (x->x > y->x ? 1 : 0);
}

static int
compare_legend (gconstpointer a,
                gconstpointer b)
{
  const LegendGroup *x = a, *y = b;

  if (x->n_nodes != y->n_nodes)
    return x->n_nodes > y->n_nodes ? -1 : 1;
  return g_utf8_collate (readout_actor_get_name (x->root), readout_actor_get_name (y->root));
}

static void
build_legend (ReadoutGraphView *self)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;

  g_array_set_size (self->legend, 0);
  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    {
      ReadoutActor *actor = nodes[i].actor;
      ReadoutActor *root = readout_actor_get_root_affiliation (actor);
      guint j;

      /* A person of no affiliation has a colour of their own, not a group's. */
      if (root == actor && readout_actor_get_kind (actor) == READOUT_ACTOR_PERSON)
        continue;
      for (j = 0; j < self->legend->len; j++)
        if (g_array_index (self->legend, LegendGroup, j).root == root)
          break;
      if (j == self->legend->len)
        {
          LegendGroup group = { root, 0 };

          g_array_append_val (self->legend, group);
        }
      g_array_index (self->legend, LegendGroup, j).n_nodes++;
    }
  g_array_sort (self->legend, compare_legend);
}

static int
compare_by_statements (gconstpointer a,
                       gconstpointer b,
                       gpointer      data)
{
  const ReadoutGraphNode *nodes = data;
  guint x = readout_actor_get_n_statements (nodes[*(const guint *)a].actor);
  guint y = readout_actor_get_n_statements (nodes[*(const guint *)b].actor);

  return x > y ? -1 : (x < y ? 1 : 0);
}

static void
find_prominent (ReadoutGraphView *self)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));

  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_by_statements, (gpointer)nodes);
  for (guint i = 0; i < MIN (order->len, MAX_SMALL_LABELS); i++)
    g_hash_table_add (self->prominent, GUINT_TO_POINTER (g_array_index (order, guint, i) + 1));
}

static void
update_accessible_description (ReadoutGraphView *self)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes, n_edges = self->edges->len;
  g_autofree char *description = NULL;

  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  if (self->focus_node >= 0 && (guint)self->focus_node < n_nodes)
    {
      ReadoutActor *actor = nodes[self->focus_node].actor;
      guint n = readout_actor_get_n_statements (actor);

      description = g_strdup_printf (ngettext ("%s, %u statement", "%s, %u statements", n),
                                     readout_actor_get_name (actor), n);
    }
  else
    {
      g_autofree char *actors = g_strdup_printf (ngettext ("%u actor", "%u actors", n_nodes), n_nodes);
      g_autofree char *links = g_strdup_printf (ngettext ("%u link", "%u links", n_edges), n_edges);

      /* TRANSLATORS: "5 actors, 7 links" */
      description = g_strdup_printf (_("%s, %s"), actors, links);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
clear_layout (ReadoutGraphView *self)
{
  g_clear_object (&self->layout);
  g_clear_pointer (&self->error_message, g_free);
  g_array_set_size (self->edges, 0);
  g_hash_table_remove_all (self->node_index);
  g_array_set_size (self->focus_order, 0);
  g_array_set_size (self->legend, 0);
  g_hash_table_remove_all (self->prominent);
  self->hover_node = self->hover_edge = self->focus_node = -1;
}

static void
zoom_fit_internal (ReadoutGraphView *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double layout_width = 0, layout_height = 0;

  if (self->layout != NULL)
    readout_graph_layout_get_size (self->layout, &layout_width, &layout_height);
  if (layout_width <= 0 || layout_height <= 0 || width <= 0 || height <= 0)
    {
      self->scale = 1.0;
      self->offset_x = self->offset_y = 0;
      return;
    }
  /* Small graphs are not blown up past twice their size. */
  self->scale = MIN ((width - 2 * FIT_PADDING) / layout_width,
                     (height - 2 * FIT_PADDING) / layout_height);
  self->scale = CLAMP (self->scale, MIN_SCALE, 2.0);
  self->offset_x = (width - layout_width * self->scale) / 2;
  self->offset_y = (height - layout_height * self->scale) / 2;
}

static ReadoutActor *
find_same_actor (ReadoutGraphView *self,
                 ReadoutActor     *old)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;

  /* A new analysis makes new actor objects: keep the one of the same name. */
  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    if (nodes[i].actor == old ||
        g_strcmp0 (readout_actor_get_name (nodes[i].actor), readout_actor_get_name (old)) == 0)
      return nodes[i].actor;
  return NULL;
}

static void
relayout (ReadoutGraphView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutActor) old_selected = self->selected ? g_object_ref (self->selected) : NULL;
  g_autoptr(GHashTable) n_rings = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  const ReadoutGraphNode *nodes;
  const ReadoutGraphEdge *edges;
  guint n_nodes, n_edges;
  ReadoutActor *selected = NULL;

  clear_layout (self);
  if (self->corpus != NULL)
    {
      self->layout = readout_graph_layout_new (self->corpus, MAX_NODES, &error);
      if (self->layout == NULL)
        self->error_message = g_strdup (error->message);
    }

  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    {
      g_hash_table_insert (self->node_index, nodes[i].actor, GUINT_TO_POINTER (i + 1));
      g_array_append_val (self->focus_order, i);
    }
  g_array_sort_with_data (self->focus_order, compare_reading_order, (gpointer)nodes);

  edges = self->layout ? readout_graph_layout_get_edges (self->layout, &n_edges) : NULL;
  for (guint i = 0; edges != NULL && i < n_edges; i++)
    {
      const ReadoutGraphEdge *edge = &edges[i];
      int source = readout_graph_view_node_of_actor (self, edge->source);
      int target = readout_graph_view_node_of_actor (self, edge->target);
      EdgeGeometry geometry = { 0 };

      if (source < 0 || target < 0)
        continue;
      geometry.edge = edge;
      geometry.source = source;
      geometry.target = target;
      geometry.label_x = edge->label_x;
      geometry.label_y = edge->label_y;

      /* Two accounts of one actor's words that conflict: a dashed ring around the actor reads
       * better than Graphviz's loop. */
      if (source == target && edge->contradiction != NULL)
        {
          guint *rings = g_hash_table_lookup (n_rings, GINT_TO_POINTER (source + 1));

          ring_geometry (&geometry, &nodes[source], rings ? *rings : 0);
          if (rings == NULL)
            {
              rings = g_new0 (guint, 1);
              g_hash_table_insert (n_rings, GINT_TO_POINTER (source + 1), rings);
            }
          (*rings)++;
          sample_curve (&geometry);
          g_array_append_val (self->edges, geometry);
          continue;
        }
      if (edge->n_points < 4 || edge->points == NULL)
        continue;
      geometry.n_points = edge->n_points;
      geometry.points = g_memdup2 (edge->points, sizeof (double) * 2 * edge->n_points);

      /* Make the curve run from the source to the target, whatever order Graphviz kept. */
      if (hypot (geometry.points[0] - nodes[target].x, geometry.points[1] - nodes[target].y) <
          hypot (geometry.points[0] - nodes[source].x, geometry.points[1] - nodes[source].y))
        {
          for (guint a = 0, b = geometry.n_points - 1; a < b; a++, b--)
            {
              double x = geometry.points[2 * a], y = geometry.points[2 * a + 1];

              geometry.points[2 * a] = geometry.points[2 * b];
              geometry.points[2 * a + 1] = geometry.points[2 * b + 1];
              geometry.points[2 * b] = x;
              geometry.points[2 * b + 1] = y;
            }
        }
      if (source != target)
        {
          guint last = geometry.n_points - 1;

          snap_end (&geometry.points[0], &geometry.points[2], &nodes[source]);
          snap_end (&geometry.points[2 * last], &geometry.points[2 * (last - 1)], &nodes[target]);
        }
      sample_curve (&geometry);
      g_array_append_val (self->edges, geometry);
    }

  build_legend (self);
  find_prominent (self);

  if (old_selected != NULL)
    selected = find_same_actor (self, old_selected);
  if (selected != self->selected)
    {
      g_set_object (&self->selected, selected);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ACTOR]);
    }

  self->fitted = TRUE;
  zoom_fit_internal (self);
  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Graphviz takes a noticeable time on large graphs: lay out only when the graph is shown
 * or asked about, not on every analysis while another view is in front. */
void
readout_graph_view_ensure_layout (ReadoutGraphView *self)
{
  if (!self->layout_dirty)
    return;
  self->layout_dirty = FALSE;
  g_clear_handle_id (&self->layout_idle, g_source_remove);
  relayout (self);
}

static gboolean
layout_idle_cb (gpointer data)
{
  ReadoutGraphView *self = data;

  self->layout_idle = 0;
  readout_graph_view_ensure_layout (self);
  return G_SOURCE_REMOVE;
}

static void
invalidate_layout (ReadoutGraphView *self)
{
  self->layout_dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->layout_idle == 0)
    self->layout_idle = g_idle_add (layout_idle_cb, self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Hit tests, in widget coordinates */

static gboolean
label_box (ReadoutGraphView       *self,
           const ReadoutGraphNode *node,
           graphene_rect_t        *box)
{
  double width = MIN (LABEL_WIDTH, g_utf8_strlen (readout_actor_get_name (node->actor), -1) * LABEL_SIZE * 0.6);

  graphene_rect_init (box,
                      readout_graph_view_to_widget_x (self, node->x - width / 2),
                      readout_graph_view_to_widget_y (self, node->y + node->height / 2),
                      width * self->scale,
                      2.8 * LABEL_SIZE * self->scale);
  return TRUE;
}

static int
node_at (ReadoutGraphView *self,
         double            x,
         double            y)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;

  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  /* The last drawn is on top. */
  for (guint i = n_nodes; i > 0; i--)
    {
      const ReadoutGraphNode *node = &nodes[i - 1];
      double radius = node->width / 2 * self->scale + HIT_SLOP;
      graphene_rect_t box;

      if (hypot (x - readout_graph_view_to_widget_x (self, node->x), y - readout_graph_view_to_widget_y (self, node->y)) <= radius)
        return i - 1;
      label_box (self, node, &box);
      if (graphene_rect_contains_point (&box, &GRAPHENE_POINT_INIT (x, y)))
        return i - 1;
    }
  return -1;
}

static double
distance_to_segment (double px, double py,
                     double ax, double ay,
                     double bx, double by)
{
  double dx = bx - ax, dy = by - ay;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / length2 : 0;

  t = CLAMP (t, 0, 1);
  return hypot (px - (ax + t * dx), py - (ay + t * dy));
}

static int
edge_at (ReadoutGraphView *self,
         double            x,
         double            y)
{
  double best = HIT_SLOP;
  int found = -1;

  for (guint i = 0; i < self->edges->len; i++)
    {
      EdgeGeometry *geometry = &g_array_index (self->edges, EdgeGeometry, i);

      for (guint s = 1; s < geometry->samples->len; s++)
        {
          graphene_point_t *a = &g_array_index (geometry->samples, graphene_point_t, s - 1);
          graphene_point_t *b = &g_array_index (geometry->samples, graphene_point_t, s);
          double distance = distance_to_segment (x, y,
                                                 readout_graph_view_to_widget_x (self, a->x), readout_graph_view_to_widget_y (self, a->y),
                                                 readout_graph_view_to_widget_x (self, b->x), readout_graph_view_to_widget_y (self, b->y));

          if (distance <= best)
            {
              best = distance;
              found = i;
            }
        }
    }
  return found;
}

static void
readout_graph_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  ReadoutGraphView *self = READOUT_GRAPH_VIEW (widget);

  if (self->fitted)
    zoom_fit_internal (self);
}

static void
readout_graph_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  *minimum = 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 360;
}

/* Zoom and pan */

static void
zoom_at (ReadoutGraphView *self,
         double            factor,
         double            x,
         double            y)
{
  double scale = CLAMP (self->scale * factor, MIN_SCALE, MAX_SCALE);

  if (scale == self->scale)
    return;
  self->offset_x = x - (x - self->offset_x) * scale / self->scale;
  self->offset_y = y - (y - self->offset_y) * scale / self->scale;
  self->scale = scale;
  self->fitted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_centered (ReadoutGraphView *self,
               double            factor)
{
  zoom_at (self, factor, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
           gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

/* Pans so that the node is inside the widget, for keyboard navigation. */
static void
reveal_node (ReadoutGraphView *self,
             int               index)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;
  double x, y, margin, width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  if (index < 0 || (guint)index >= n_nodes || width <= 0 || height <= 0)
    return;
  x = readout_graph_view_to_widget_x (self, nodes[index].x);
  y = readout_graph_view_to_widget_y (self, nodes[index].y);
  margin = nodes[index].width * self->scale + 16;
  if (x >= margin && x <= width - margin && y >= margin && y <= height - margin)
    return;
  self->offset_x += width / 2 - x;
  self->offset_y += height / 2 - y;
  self->fitted = FALSE;
}

/* Keyboard navigation between nodes happens in this widget, so the window may not learn that
 * the keyboard is in use: remember it ourselves, for the focus ring. */
static void
show_focus (ReadoutGraphView *self)
{
  if (!self->keyboard_focus)
    {
      self->keyboard_focus = TRUE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
set_focus_node (ReadoutGraphView *self,
                int               index)
{
  if (self->focus_node == index)
    return;
  self->focus_node = index;
  reveal_node (self, index);
  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_hover (ReadoutGraphView *self,
           int               node,
           int               edge)
{
  if (self->hover_node == node && self->hover_edge == edge)
    return;
  self->hover_node = node;
  self->hover_edge = edge;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), node >= 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
activate_node (ReadoutGraphView *self,
               int               index)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;

  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  if (index < 0 || (guint)index >= n_nodes)
    return;
  readout_graph_view_set_selected_actor (self, nodes[index].actor);
  g_signal_emit (self, signals[ACTOR_ACTIVATED], 0, nodes[index].actor);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           ReadoutGraphView         *self)
{
  int node;

  self->pointer_x = x;
  self->pointer_y = y;
  if (self->dragging)
    return;
  node = node_at (self, x, y);
  set_hover (self, node, node >= 0 ? -1 : edge_at (self, x, y));
}

static void
on_leave (GtkEventControllerMotion *controller,
          ReadoutGraphView         *self)
{
  set_hover (self, -1, -1);
}

static void
on_click_released (GtkGestureClick  *gesture,
                   int               n_press,
                   double            x,
                   double            y,
                   ReadoutGraphView *self)
{
  int node;

  if (self->dragging)
    return;
  node = node_at (self, x, y);
  if (node >= 0)
    {
      set_focus_node (self, node);
      activate_node (self, node);
    }
  else
    readout_graph_view_set_selected_actor (self, NULL);
}

static void
on_click_pressed (GtkGestureClick  *gesture,
                  int               n_press,
                  double            x,
                  double            y,
                  ReadoutGraphView *self)
{
  self->keyboard_focus = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_drag_begin (GtkGestureDrag   *gesture,
               double            x,
               double            y,
               ReadoutGraphView *self)
{
  self->drag_offset_x = self->offset_x;
  self->drag_offset_y = self->offset_y;
  self->dragging = FALSE;
}

static void
on_drag_update (GtkGestureDrag   *gesture,
                double            dx,
                double            dy,
                ReadoutGraphView *self)
{
  /* A few pixels of jitter are still a click. */
  if (!self->dragging && hypot (dx, dy) < 4)
    return;
  if (!self->dragging)
    {
      self->dragging = TRUE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }
  self->offset_x = self->drag_offset_x + dx;
  self->offset_y = self->drag_offset_y + dy;
  self->fitted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
clear_dragging (gpointer data)
{
  ReadoutGraphView *self = data;

  self->dragging = FALSE;
  return G_SOURCE_REMOVE;
}

static void
on_drag_end (GtkGestureDrag   *gesture,
             double            dx,
             double            dy,
             ReadoutGraphView *self)
{
  if (!self->dragging)
    return;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  /* The click gesture's release comes after this: let it see that this was a drag. */
  g_idle_add_full (G_PRIORITY_DEFAULT, clear_dragging, g_object_ref (self), g_object_unref);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           ReadoutGraphView         *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean pixels = FALSE;

#if GTK_CHECK_VERSION (4, 8, 0)
  pixels = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE;
#endif

  if (state & GDK_CONTROL_MASK)
    {
      zoom_at (self, exp (-dy * (pixels ? 0.01 : 0.15)), self->pointer_x, self->pointer_y);
      return TRUE;
    }
  self->offset_x -= dx * (pixels ? 1.0 : 40.0);
  self->offset_y -= dy * (pixels ? 1.0 : 40.0);
  self->fitted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
on_zoom_begin (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               ReadoutGraphView *self)
{
  self->zoom_start_scale = self->scale;
}

static void
on_zoom_scale_changed (GtkGestureZoom   *gesture,
                       double            scale,
                       ReadoutGraphView *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  zoom_at (self, self->zoom_start_scale * scale / self->scale, x, y);
}

/* Keyboard */

static int
focus_position (ReadoutGraphView *self)
{
  for (guint i = 0; i < self->focus_order->len; i++)
    if ((int)g_array_index (self->focus_order, guint, i) == self->focus_node)
      return i;
  return -1;
}

/* The nearest node in a direction, favouring nodes straight ahead. */
static int
node_in_direction (ReadoutGraphView *self,
                   double            dir_x,
                   double            dir_y)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;
  double best = G_MAXDOUBLE;
  int found = -1;

  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  if (self->focus_node < 0)
    return n_nodes > 0 ? (int)g_array_index (self->focus_order, guint, 0) : -1;
  for (guint i = 0; i < n_nodes; i++)
    {
      double dx = nodes[i].x - nodes[self->focus_node].x;
      double dy = nodes[i].y - nodes[self->focus_node].y;
      double along = dx * dir_x + dy * dir_y;
      double across = fabs (dx * dir_y - dy * dir_x);
      double cost;

      if ((int)i == self->focus_node || along <= 0.5 || across > 2 * along)
        continue;
      cost = along + 2 * across;
      if (cost < best)
        {
          best = cost;
          found = i;
        }
    }
  return found;
}

gboolean
readout_graph_view_move_focus (ReadoutGraphView *self,
                               GtkDirectionType  direction)
{
  int next;

  g_return_val_if_fail (READOUT_IS_GRAPH_VIEW (self), FALSE);

  readout_graph_view_ensure_layout (self);
  switch (direction)
    {
    case GTK_DIR_LEFT: next = node_in_direction (self, -1, 0); break;
    case GTK_DIR_RIGHT: next = node_in_direction (self, 1, 0); break;
    case GTK_DIR_UP: next = node_in_direction (self, 0, -1); break;
    case GTK_DIR_DOWN: next = node_in_direction (self, 0, 1); break;
    case GTK_DIR_TAB_FORWARD:
    case GTK_DIR_TAB_BACKWARD:
    default:
      return FALSE;
    }
  /* An arrow with no node that way leaves the focus where it is. */
  if (next >= 0)
    set_focus_node (self, next);
  show_focus (self);
  return TRUE;
}

static void
readout_graph_view_activate (ReadoutGraphView *self)
{
  activate_node (self, self->focus_node);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                ReadoutGraphView      *self)
{
  int next = -2;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      readout_graph_view_zoom_in (self);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      readout_graph_view_zoom_out (self);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      readout_graph_view_zoom_fit (self);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return readout_graph_view_move_focus (self, GTK_DIR_LEFT);
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return readout_graph_view_move_focus (self, GTK_DIR_RIGHT);
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return readout_graph_view_move_focus (self, GTK_DIR_UP);
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return readout_graph_view_move_focus (self, GTK_DIR_DOWN);
    case GDK_KEY_Home:
      next = self->focus_order->len ? (int)g_array_index (self->focus_order, guint, 0) : -1;
      break;
    case GDK_KEY_End:
      next = self->focus_order->len ? (int)g_array_index (self->focus_order, guint, self->focus_order->len - 1) : -1;
      break;
    case GDK_KEY_Escape:
      if (self->selected == NULL)
        return FALSE;
      readout_graph_view_set_selected_actor (self, NULL);
      return TRUE;
    default:
      return FALSE;
    }

  if (next >= 0)
    set_focus_node (self, next);
  return TRUE;
}

static gboolean
readout_graph_view_focus (GtkWidget        *widget,
                          GtkDirectionType  direction)
{
  ReadoutGraphView *self = READOUT_GRAPH_VIEW (widget);
  guint n;
  int position;

  readout_graph_view_ensure_layout (self);
  n = self->focus_order->len;

  if (n == 0)
    {
      if (gtk_widget_has_focus (widget))
        return FALSE;
      return gtk_widget_grab_focus (widget);
    }

  /* Tab walks the nodes in reading order, then leaves the graph. */
  position = gtk_widget_has_focus (widget) ? focus_position (self) : -1;
  if (direction == GTK_DIR_TAB_FORWARD)
    {
      if (position + 1 >= (int)n)
        return FALSE;
      position = position < 0 ? 0 : position + 1;
    }
  else if (direction == GTK_DIR_TAB_BACKWARD)
    {
      if (gtk_widget_has_focus (widget) && position <= 0)
        return FALSE;
      position = position < 0 ? (int)n - 1 : position - 1;
    }
  else
    {
      if (gtk_widget_has_focus (widget))
        return FALSE;
      position = MAX (position, 0);
    }

  set_focus_node (self, g_array_index (self->focus_order, guint, position));
  if (!gtk_widget_has_focus (widget))
    gtk_widget_grab_focus (widget);
  show_focus (self);
  return TRUE;
}

static gboolean
readout_graph_view_grab_focus (GtkWidget *widget)
{
  ReadoutGraphView *self = READOUT_GRAPH_VIEW (widget);

  if (self->focus_node < 0 && self->focus_order->len > 0)
    {
      int selected = readout_graph_view_node_of_actor (self, self->selected);

      set_focus_node (self, selected >= 0 ? selected : (int)g_array_index (self->focus_order, guint, 0));
    }
  return GTK_WIDGET_CLASS (readout_graph_view_parent_class)->grab_focus (widget);
}

static void
on_focus_changed (GtkEventControllerFocus *controller,
                  ReadoutGraphView        *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Tooltips */

static char *
node_tooltip (const ReadoutGraphNode *node)
{
  ReadoutActor *actor = node->actor;
  ReadoutActor *affiliation = readout_actor_get_affiliation (actor);
  const char * const *roles = readout_actor_get_roles (actor);
  guint n = readout_actor_get_n_statements (actor);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = g_markup_escape_text (readout_actor_get_name (actor), -1);
  g_autofree char *statements = g_strdup_printf (ngettext ("%u statement", "%u statements", n), n);

  g_string_append_printf (text, "<b>%s</b>", name);
  if (roles != NULL && roles[0] != NULL)
    {
      g_autofree char *role = g_markup_escape_text (roles[0], -1);

      g_string_append_printf (text, "\n%s", role);
    }
  if (affiliation != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (readout_actor_get_name (affiliation), -1);

      g_string_append_printf (text, "\n%s", escaped);
    }
  g_string_append_printf (text, "\n%s", statements);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
edge_tooltip (const ReadoutGraphEdge *edge)
{
  g_autofree char *source = g_markup_escape_text (readout_actor_get_name (edge->source), -1);
  g_autofree char *target = g_markup_escape_text (readout_actor_get_name (edge->target), -1);
  g_autofree char *label = readout_graph_view_edge_label (edge);
  g_autofree char *escaped_label = label ? g_markup_escape_text (label, -1) : NULL;

  if (edge->contradiction != NULL)
    {
      const char *summary = readout_contradiction_get_summary (edge->contradiction);
      g_autofree char *escaped = g_markup_escape_text (summary ? summary : "", -1);
      const char *kind = readout_contradiction_kind_to_label (readout_contradiction_get_kind (edge->contradiction));

      /* A contradiction between two accounts of one actor's words links the actor to itself. */
      if (edge->source == edge->target)
        return g_strdup_printf ("<b>%s</b> — %s\n%s", kind, source, escaped);
      return g_strdup_printf ("<b>%s</b> — %s ↔ %s\n%s", kind, source, target, escaped);
    }
  return g_strdup_printf ("%s → %s\n<b>%s</b>", source, target, escaped_label ? escaped_label : "");
}

static gboolean
on_query_tooltip (GtkWidget        *widget,
                  int               x,
                  int               y,
                  gboolean          keyboard_mode,
                  GtkTooltip       *tooltip,
                  ReadoutGraphView *self)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;
  g_autofree char *markup = NULL;
  GtkWidget *label;
  int node, edge = -1;

  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  node = keyboard_mode ? self->focus_node : node_at (self, x, y);
  if (node < 0 && !keyboard_mode)
    edge = edge_at (self, x, y);

  if (node >= 0 && (guint)node < n_nodes)
    {
      double radius = nodes[node].width / 2 * self->scale;

      markup = node_tooltip (&nodes[node]);
      gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                                  (int)(readout_graph_view_to_widget_x (self, nodes[node].x) - radius),
                                  (int)(readout_graph_view_to_widget_y (self, nodes[node].y) - radius),
                                  (int)(2 * radius), (int)(2 * radius) });
    }
  else if (edge >= 0)
    {
      markup = edge_tooltip (g_array_index (self->edges, EdgeGeometry, edge).edge);
      gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { x - 4, y - 4, 8, 8 });
    }
  if (markup == NULL)
    return FALSE;
  /* A label of our own, so that long contradiction summaries wrap. */
  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 56);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_tooltip_set_custom (tooltip, label);
  return TRUE;
}

/* GObject */

static void
on_corpus_analyzed (ReadoutCorpus    *corpus,
                    ReadoutGraphView *self)
{
  /* The analysis made new actors: keep the selection on the new one of the same name now,
   * not only when the graph is laid out again. */
  if (self->selected != NULL)
    {
      GListModel *actors = readout_corpus_get_actors (corpus);
      guint n = g_list_model_get_n_items (actors);
      g_autoptr(ReadoutActor) same = NULL;

      for (guint i = 0; i < n && same == NULL; i++)
        {
          g_autoptr(ReadoutActor) actor = g_list_model_get_item (actors, i);

          if (actor == self->selected ||
              g_strcmp0 (readout_actor_get_name (actor), readout_actor_get_name (self->selected)) == 0)
            same = g_steal_pointer (&actor);
        }
      if (same != self->selected)
        {
          g_set_object (&self->selected, same);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ACTOR]);
        }
    }
  g_clear_object (&self->highlighted);
  invalidate_layout (self);
}

static void
readout_graph_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (readout_graph_view_parent_class)->map (widget);
  readout_graph_view_ensure_layout (READOUT_GRAPH_VIEW (widget));
}

static void
on_dark_changed (AdwStyleManager  *manager,
                 GParamSpec       *pspec,
                 ReadoutGraphView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
readout_graph_view_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (readout_graph_view_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
edge_geometry_clear (gpointer data)
{
  EdgeGeometry *geometry = data;

  g_clear_pointer (&geometry->points, g_free);
  g_clear_pointer (&geometry->samples, g_array_unref);
}

static void
readout_graph_view_dispose (GObject *object)
{
  ReadoutGraphView *self = (ReadoutGraphView *)object;

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  if (self->corpus != NULL)
    g_signal_handlers_disconnect_by_data (self->corpus, self);
  g_clear_object (&self->corpus);
  g_clear_handle_id (&self->layout_idle, g_source_remove);
  self->layout_dirty = FALSE;
  clear_layout (self);
  g_clear_object (&self->selected);
  g_clear_object (&self->highlighted);

  G_OBJECT_CLASS (readout_graph_view_parent_class)->dispose (object);
}

static void
readout_graph_view_finalize (GObject *object)
{
  ReadoutGraphView *self = (ReadoutGraphView *)object;

  g_array_unref (self->edges);
  g_hash_table_unref (self->node_index);
  g_array_unref (self->focus_order);
  g_array_unref (self->legend);
  g_hash_table_unref (self->prominent);

  G_OBJECT_CLASS (readout_graph_view_parent_class)->finalize (object);
}

static void
readout_graph_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ReadoutGraphView *self = READOUT_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_SELECTED_ACTOR:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_graph_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ReadoutGraphView *self = READOUT_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      readout_graph_view_set_corpus (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_ACTOR:
      readout_graph_view_set_selected_actor (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_graph_view_class_init (ReadoutGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_graph_view_dispose;
  object_class->finalize = readout_graph_view_finalize;
  object_class->get_property = readout_graph_view_get_property;
  object_class->set_property = readout_graph_view_set_property;

  widget_class->snapshot = readout_graph_view_snapshot;
  widget_class->map = readout_graph_view_map;
  widget_class->measure = readout_graph_view_measure;
  widget_class->size_allocate = readout_graph_view_size_allocate;
  widget_class->focus = readout_graph_view_focus;
  widget_class->grab_focus = readout_graph_view_grab_focus;
  widget_class->css_changed = readout_graph_view_css_changed;

  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL,
                         READOUT_TYPE_CORPUS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ACTOR] =
    g_param_spec_object ("selected-actor", NULL, NULL,
                         READOUT_TYPE_ACTOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ReadoutGraphView::actor-activated:
   * @actor: the actor clicked, or chosen with Enter
   */
  signals[ACTOR_ACTIVATED] =
    g_signal_new ("actor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, READOUT_TYPE_ACTOR);

  /**
   * ReadoutGraphView::activate:
   *
   * Activates the node with the keyboard focus (Enter, Space), as a click does.
   */
  signals[ACTIVATE] =
    g_signal_new_class_handler ("activate", G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (readout_graph_view_activate),
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_ISO_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Space, 0, "activate", NULL);

  gtk_widget_class_set_css_name (widget_class, "actorgraph");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
readout_graph_view_init (ReadoutGraphView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *gesture;

  self->edges = g_array_new (FALSE, TRUE, sizeof (EdgeGeometry));
  g_array_set_clear_func (self->edges, edge_geometry_clear);
  self->node_index = g_hash_table_new (NULL, NULL);
  self->focus_order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->legend = g_array_new (FALSE, FALSE, sizeof (LegendGroup));
  self->prominent = g_hash_table_new (NULL, NULL);
  self->hover_node = self->hover_edge = self->focus_node = -1;
  self->scale = 1.0;
  self->fitted = TRUE;

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_focus_on_click (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_add_css_class (widget, "view");
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), self);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (widget, controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_click_pressed), self);
  g_signal_connect (gesture, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (on_zoom_scale_changed), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_focus_changed), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_changed), self);
  gtk_widget_add_controller (widget, controller);

  g_signal_connect (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (on_dark_changed), self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Actor graph"),
                                  -1);
  update_accessible_description (self);
}

GtkWidget *
readout_graph_view_new (void)
{
  return g_object_new (READOUT_TYPE_GRAPH_VIEW, NULL);
}

ReadoutCorpus *
readout_graph_view_get_corpus (ReadoutGraphView *self)
{
  g_return_val_if_fail (READOUT_IS_GRAPH_VIEW (self), NULL);

  return self->corpus;
}

void
readout_graph_view_set_corpus (ReadoutGraphView *self,
                               ReadoutCorpus    *corpus)
{
  g_return_if_fail (READOUT_IS_GRAPH_VIEW (self));
  g_return_if_fail (corpus == NULL || READOUT_IS_CORPUS (corpus));

  if (self->corpus == corpus)
    return;
  if (self->corpus != NULL)
    g_signal_handlers_disconnect_by_data (self->corpus, self);
  g_set_object (&self->corpus, corpus);
  if (corpus != NULL)
    g_signal_connect (corpus, "analyzed", G_CALLBACK (on_corpus_analyzed), self);
  g_clear_object (&self->highlighted);
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

void
readout_graph_view_set_selected_actor (ReadoutGraphView *self,
                                       ReadoutActor     *actor)
{
  int node;

  g_return_if_fail (READOUT_IS_GRAPH_VIEW (self));
  g_return_if_fail (actor == NULL || READOUT_IS_ACTOR (actor));

  if (!g_set_object (&self->selected, actor))
    return;
  node = readout_graph_view_node_of_actor (self, actor);
  if (node >= 0)
    {
      self->focus_node = node;
      reveal_node (self, node);
      update_accessible_description (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ACTOR]);
}

ReadoutActor *
readout_graph_view_get_selected_actor (ReadoutGraphView *self)
{
  g_return_val_if_fail (READOUT_IS_GRAPH_VIEW (self), NULL);

  return self->selected;
}

void
readout_graph_view_highlight_contradiction (ReadoutGraphView     *self,
                                            ReadoutContradiction *contradiction)
{
  g_return_if_fail (READOUT_IS_GRAPH_VIEW (self));
  g_return_if_fail (contradiction == NULL || READOUT_IS_CONTRADICTION (contradiction));

  if (!g_set_object (&self->highlighted, contradiction))
    return;

  /* Bring the first of its actors into view. */
  if (contradiction != NULL)
    {
      const ReadoutGraphNode *nodes;
      guint n_nodes;

      nodes = readout_graph_view_get_nodes (self, &n_nodes);
      for (guint i = 0; i < n_nodes; i++)
        if (readout_graph_view_contradiction_has_actor (contradiction, nodes[i].actor))
          {
            reveal_node (self, i);
            break;
          }
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
readout_graph_view_zoom_in (ReadoutGraphView *self)
{
  g_return_if_fail (READOUT_IS_GRAPH_VIEW (self));

  zoom_centered (self, ZOOM_STEP);
}

void
readout_graph_view_zoom_out (ReadoutGraphView *self)
{
  g_return_if_fail (READOUT_IS_GRAPH_VIEW (self));

  zoom_centered (self, 1.0 / ZOOM_STEP);
}

void
readout_graph_view_zoom_fit (ReadoutGraphView *self)
{
  g_return_if_fail (READOUT_IS_GRAPH_VIEW (self));

  readout_graph_view_ensure_layout (self);
  self->fitted = TRUE;
  zoom_fit_internal (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

ReadoutGraphLayout *
readout_graph_view_get_layout (ReadoutGraphView *self)
{
  g_return_val_if_fail (READOUT_IS_GRAPH_VIEW (self), NULL);

  readout_graph_view_ensure_layout (self);
  return self->layout;
}

double
readout_graph_view_get_scale (ReadoutGraphView *self)
{
  g_return_val_if_fail (READOUT_IS_GRAPH_VIEW (self), 1.0);

  return self->scale;
}

ReadoutActor *
readout_graph_view_get_focus_actor (ReadoutGraphView *self)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;

  g_return_val_if_fail (READOUT_IS_GRAPH_VIEW (self), NULL);

  readout_graph_view_ensure_layout (self);
  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  if (self->focus_node < 0 || (guint)self->focus_node >= n_nodes)
    return NULL;
  return nodes[self->focus_node].actor;
}
