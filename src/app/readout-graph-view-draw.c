/* readout-graph-view-draw.c: how the actor graph is drawn: edges and nodes with Cairo, labels
 * and the legend with Pango, emphasis for hover, selection and a highlighted contradiction.
 * The widget's state and interaction are in readout-graph-view.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "readout-graph-view-internal.h"
#include "readout-palette.h"

/* Colours */

gboolean
readout_graph_view_is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
get_foreground (ReadoutGraphView *self,
                GdkRGBA          *color)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (GTK_WIDGET (self), color);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), color);
#endif
}

static void
get_background (GdkRGBA *color)
{
  /* libadwaita's view background, which the "view" style class gives this widget. */
  gdk_rgba_parse (color, readout_graph_view_is_dark () ? "#1e1e1e" : "#ffffff");
}

static void
get_accent (GdkRGBA *color)
{
  gdk_rgba_parse (color, readout_graph_view_is_dark () ? "#78aeed" : "#1c71d8");
}

static void
get_contradiction_color (GdkRGBA *color)
{
  gdk_rgba_parse (color, readout_graph_view_is_dark () ? "#ff7b63" : "#e01b24");
}

/* Emphasis: what hover, a highlighted contradiction or the selection bring forward */

gboolean
readout_graph_view_contradiction_has_actor (ReadoutContradiction *contradiction,
                                            ReadoutActor         *actor)
{
  GListModel *actors = readout_contradiction_get_actors (contradiction);
  guint n = g_list_model_get_n_items (actors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutActor) item = g_list_model_get_item (actors, i);

      if (item == actor)
        return TRUE;
    }
  return FALSE;
}

static int
emphasis_node (ReadoutGraphView *self)
{
  if (self->hover_node >= 0)
    return self->hover_node;
  return readout_graph_view_node_of_actor (self, self->selected);
}

static gboolean
edge_emphasized (ReadoutGraphView *self,
                 EdgeGeometry     *geometry,
                 guint             index)
{
  int node = emphasis_node (self);

  if (self->hover_edge >= 0)
    return (guint)self->hover_edge == index;
  if (self->hover_node < 0 && self->highlighted != NULL)
    return geometry->edge->contradiction == self->highlighted;
  return node >= 0 && (geometry->source == (guint)node || geometry->target == (guint)node);
}

static gboolean
node_emphasized (ReadoutGraphView *self,
                 guint             index)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;
  int node = emphasis_node (self);

  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  if (self->hover_edge >= 0)
    {
      EdgeGeometry *geometry = &g_array_index (self->edges, EdgeGeometry, self->hover_edge);

      return geometry->source == index || geometry->target == index;
    }
  if (self->hover_node < 0 && self->highlighted != NULL)
    return readout_graph_view_contradiction_has_actor (self->highlighted, nodes[index].actor);
  if (node < 0)
    return TRUE;
  if ((guint)node == index)
    return TRUE;
  for (guint i = 0; i < self->edges->len; i++)
    {
      EdgeGeometry *geometry = &g_array_index (self->edges, EdgeGeometry, i);

      if ((geometry->source == (guint)node && geometry->target == index) ||
          (geometry->target == (guint)node && geometry->source == index))
        return TRUE;
    }
  return FALSE;
}

static gboolean
emphasis_active (ReadoutGraphView *self)
{
  return self->hover_node >= 0 || self->hover_edge >= 0 || self->highlighted != NULL ||
         readout_graph_view_node_of_actor (self, self->selected) >= 0;
}

/* Drawing */

static PangoLayout *
create_label_layout (ReadoutGraphView *self,
                     const char       *text,
                     double            pixel_size,
                     gboolean          bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoContext *context = pango_layout_get_context (layout);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (pango_context_get_font_description (context));

  pango_font_description_set_absolute_size (font, pixel_size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  return layout;
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             double         x,
             double         y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
append_rounded_box (GtkSnapshot   *snapshot,
                    double         x,
                    double         y,
                    double         width,
                    double         height,
                    double         radius,
                    const GdkRGBA *color)
{
  GskRoundedRect box;

  gsk_rounded_rect_init_from_rect (&box, &GRAPHENE_RECT_INIT (x, y, width, height), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &box);
  gtk_snapshot_append_color (snapshot, color, &box.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
trace_edge (ReadoutGraphView *self,
            cairo_t          *cr,
            EdgeGeometry     *geometry)
{
  const double *p = geometry->points;

  cairo_move_to (cr, readout_graph_view_to_widget_x (self, p[0]), readout_graph_view_to_widget_y (self, p[1]));
  for (guint i = 1; i + 2 < geometry->n_points; i += 3)
    cairo_curve_to (cr,
                    readout_graph_view_to_widget_x (self, p[2 * i]), readout_graph_view_to_widget_y (self, p[2 * i + 1]),
                    readout_graph_view_to_widget_x (self, p[2 * i + 2]), readout_graph_view_to_widget_y (self, p[2 * i + 3]),
                    readout_graph_view_to_widget_x (self, p[2 * i + 4]), readout_graph_view_to_widget_y (self, p[2 * i + 5]));
}

static void
draw_arrowhead (ReadoutGraphView *self,
                cairo_t          *cr,
                EdgeGeometry     *geometry,
                double            size)
{
  guint last = geometry->n_points - 1;
  double tip_x = readout_graph_view_to_widget_x (self, geometry->points[2 * last]);
  double tip_y = readout_graph_view_to_widget_y (self, geometry->points[2 * last + 1]);
  double from_x = tip_x, from_y = tip_y, dx, dy, length;

  /* The direction in which the curve arrives: from the nearest point that is not the tip. */
  for (guint i = geometry->samples->len; i > 0; i--)
    {
      graphene_point_t *point = &g_array_index (geometry->samples, graphene_point_t, i - 1);

      from_x = readout_graph_view_to_widget_x (self, point->x);
      from_y = readout_graph_view_to_widget_y (self, point->y);
      if (hypot (tip_x - from_x, tip_y - from_y) >= size)
        break;
    }
  dx = tip_x - from_x;
  dy = tip_y - from_y;
  length = hypot (dx, dy);
  if (length < 1e-6)
    return;
  dx /= length;
  dy /= length;
  cairo_move_to (cr, tip_x, tip_y);
  cairo_line_to (cr, tip_x - dx * size - dy * size * 0.45, tip_y - dy * size + dx * size * 0.45);
  cairo_line_to (cr, tip_x - dx * size + dy * size * 0.45, tip_y - dy * size - dx * size * 0.45);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_edges (ReadoutGraphView *self,
            cairo_t          *cr)
{
  GdkRGBA foreground, contradiction, accent;
  gboolean emphasis = emphasis_active (self);
  double line = CLAMP (1.4 * sqrt (self->scale), 1.0, 3.0);
  double arrow = CLAMP (9.0 * sqrt (self->scale), 6.0, 14.0);

  get_foreground (self, &foreground);
  get_contradiction_color (&contradiction);
  get_accent (&accent);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* Plain edges first, then the emphasized ones over them. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->edges->len; i++)
      {
        EdgeGeometry *geometry = &g_array_index (self->edges, EdgeGeometry, i);
        gboolean strong = emphasis && edge_emphasized (self, geometry, i);
        gboolean is_contradiction = geometry->edge->contradiction != NULL;
        GdkRGBA color = is_contradiction ? contradiction : foreground;
        double alpha;

        if ((guint)strong != pass)
          continue;
        if (is_contradiction)
          alpha = !emphasis || strong ? 0.9 : 0.25;
        else
          alpha = strong ? 0.85 : (emphasis ? 0.12 : 0.4);
        if (strong && !is_contradiction && self->hover_edge == (int)i)
          color = accent, alpha = 1.0;

        cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * alpha);
        cairo_set_line_width (cr, strong ? line * 1.6 : line);
        if (is_contradiction)
          {
            double dashes[] = { 6.0 * line, 4.0 * line };

            cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
          }
        else
          cairo_set_dash (cr, NULL, 0, 0);
        trace_edge (self, cr, geometry);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);

        if (!is_contradiction && geometry->source != geometry->target)
          draw_arrowhead (self, cr, geometry, strong ? arrow * 1.15 : arrow);
      }
}

/* The focus ring shows after keyboard navigation, or when the window shows focus. */
static gboolean
focus_visible (ReadoutGraphView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    return FALSE;
  return self->keyboard_focus || !GTK_IS_WINDOW (root) || gtk_window_get_focus_visible (GTK_WINDOW (root));
}

static void
draw_nodes (ReadoutGraphView *self,
            cairo_t          *cr)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;
  GdkRGBA foreground, accent, contradiction;
  gboolean emphasis = emphasis_active (self);
  int selected = readout_graph_view_node_of_actor (self, self->selected);

  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  get_foreground (self, &foreground);
  get_accent (&accent);
  get_contradiction_color (&contradiction);

  for (guint i = 0; i < n_nodes; i++)
    {
      const ReadoutGraphNode *node = &nodes[i];
      double x = readout_graph_view_to_widget_x (self, node->x), y = readout_graph_view_to_widget_y (self, node->y);
      double radius = MAX (node->width / 2 * self->scale, 2.0);
      double alpha = !emphasis || node_emphasized (self, i) ? 1.0 : 0.4;

      cairo_new_path (cr);
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, node->rgb[0], node->rgb[1], node->rgb[2], alpha);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, foreground.red, foreground.green, foreground.blue, 0.35 * alpha);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);

      if (self->highlighted != NULL && readout_graph_view_contradiction_has_actor (self->highlighted, node->actor))
        {
          cairo_arc (cr, x, y, radius + 3.5, 0, 2 * G_PI);
          cairo_set_source_rgba (cr, contradiction.red, contradiction.green, contradiction.blue, 0.9);
          cairo_set_line_width (cr, 2.5);
          cairo_stroke (cr);
        }
      if ((int)i == selected)
        {
          cairo_arc (cr, x, y, radius + 3.5, 0, 2 * G_PI);
          cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1.0);
          cairo_set_line_width (cr, 3.0);
          cairo_stroke (cr);
        }
      else if ((int)i == self->hover_node)
        {
          cairo_arc (cr, x, y, radius + 2.5, 0, 2 * G_PI);
          cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.6);
          cairo_set_line_width (cr, 2.0);
          cairo_stroke (cr);
        }
      if ((int)i == self->focus_node && focus_visible (self))
        {
          double dashes[] = { 3.0, 3.0 };

          cairo_arc (cr, x, y, radius + 7.0, 0, 2 * G_PI);
          cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1.0);
          cairo_set_line_width (cr, 2.0);
          cairo_set_dash (cr, dashes, 2, 0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
    }
}

static void
draw_node_labels (ReadoutGraphView *self,
                  GtkSnapshot      *snapshot)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;
  GdkRGBA foreground;
  double pixel_size = LABEL_SIZE * self->scale;
  gboolean emphasis = emphasis_active (self);
  int selected = readout_graph_view_node_of_actor (self, self->selected);

  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  get_foreground (self, &foreground);

  for (guint i = 0; i < n_nodes; i++)
    {
      const ReadoutGraphNode *node = &nodes[i];
      gboolean important = (int)i == self->hover_node || (int)i == selected ||
                           ((int)i == self->focus_node && focus_visible (self)) ||
                           (self->highlighted != NULL && readout_graph_view_contradiction_has_actor (self->highlighted, node->actor));
      g_autoptr(PangoLayout) layout = NULL;
      GdkRGBA color = foreground;
      double size = pixel_size;
      int width, height;

      /* Tiny labels are noise: zoomed out, the nodes that matter now and the most talkative
       * actors keep a small readable label, the others none. */
      if (size < 8.0)
        {
          if (!important && !g_hash_table_contains (self->prominent, GUINT_TO_POINTER (i + 1)))
            continue;
          size = 8.0;
        }
      layout = create_label_layout (self, readout_actor_get_name (node->actor), size, important);
      pango_layout_set_width (layout, (int)(MAX (LABEL_WIDTH / LABEL_SIZE * size, 40) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (layout, -2);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_get_pixel_size (layout, &width, &height);
      if (emphasis && !node_emphasized (self, i))
        color.alpha *= 0.35;
      append_text (snapshot, layout,
                   readout_graph_view_to_widget_x (self, node->x) - pango_layout_get_width (layout) / PANGO_SCALE / 2.0,
                   readout_graph_view_to_widget_y (self, node->y) + node->height / 2 * self->scale + 3, &color);
    }
}

char *
readout_graph_view_edge_label (const ReadoutGraphEdge *edge)
{
  if (edge->label == NULL)
    return NULL;
  /* Relation types are lexicon words such as "spoke_with". */
  return g_strdelimit (g_strdup (edge->label), "_", ' ');
}

static void
draw_edge_labels (ReadoutGraphView *self,
                  GtkSnapshot      *snapshot)
{
  GdkRGBA foreground, background, contradiction;
  double size = CLAMP (9.0 * sqrt (self->scale), 8.0, 13.0);

  if (!(self->hover_node >= 0 || self->hover_edge >= 0 || self->highlighted != NULL))
    return;
  get_foreground (self, &foreground);
  get_background (&background);
  get_contradiction_color (&contradiction);
  background.alpha = 0.88;

  for (guint i = 0; i < self->edges->len; i++)
    {
      EdgeGeometry *geometry = &g_array_index (self->edges, EdgeGeometry, i);
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      int width, height;
      double x, y;

      if (!edge_emphasized (self, geometry, i))
        continue;
      text = readout_graph_view_edge_label (geometry->edge);
      if (text == NULL || *text == '\0')
        continue;
      layout = create_label_layout (self, text, size, FALSE);
      pango_layout_get_pixel_size (layout, &width, &height);
      x = readout_graph_view_to_widget_x (self, geometry->label_x) - width / 2.0;
      y = readout_graph_view_to_widget_y (self, geometry->label_y) - height / 2.0;
      append_rounded_box (snapshot, x - 4, y - 1, width + 8, height + 2, 4, &background);
      append_text (snapshot, layout, x, y,
                   geometry->edge->contradiction ? &contradiction : &foreground);
    }
}

/* Puts the legend in the corner where it hides the fewest nodes: bottom left, top left or
 * top right (the bottom right is where applications put zoom buttons). */
static gboolean
place_legend (ReadoutGraphView *self,
              double            width,
              double            height,
              double           *x,
              double           *y)
{
  double widget_width = gtk_widget_get_width (GTK_WIDGET (self));
  double widget_height = gtk_widget_get_height (GTK_WIDGET (self));
  const double margin = 12;
  double corners[3][2] = {
    { margin, widget_height - height - margin },
    { margin, margin },
    { widget_width - width - margin, margin },
  };
  const ReadoutGraphNode *nodes;
  guint n_nodes, best_hidden = G_MAXUINT;

  *x = corners[0][0];
  *y = corners[0][1];
  if (widget_height < height + 2 * margin || widget_width < width + 2 * margin)
    return FALSE;

  nodes = readout_graph_view_get_nodes (self, &n_nodes);
  for (guint c = 0; c < G_N_ELEMENTS (corners); c++)
    {
      graphene_rect_t box;
      guint hidden = 0;

      graphene_rect_init (&box, corners[c][0], corners[c][1], width, height);
      graphene_rect_inset (&box, -8, -8);
      for (guint i = 0; i < n_nodes; i++)
        if (graphene_rect_contains_point (&box, &GRAPHENE_POINT_INIT (readout_graph_view_to_widget_x (self, nodes[i].x),
                                                                      readout_graph_view_to_widget_y (self, nodes[i].y))))
          hidden++;
      if (hidden < best_hidden)
        {
          best_hidden = hidden;
          *x = corners[c][0];
          *y = corners[c][1];
        }
    }
  return TRUE;
}

static void
draw_legend (ReadoutGraphView *self,
             GtkSnapshot      *snapshot)
{
  GdkRGBA foreground, background, contradiction, border;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double row = 18, swatch = 10, padding = 8, width = 0, height, x, y;
  guint n_groups = MIN (self->legend->len, MAX_LEGEND_GROUPS);
  cairo_t *cr;

  if (self->layout == NULL)
    return;

  get_foreground (self, &foreground);
  get_background (&background);
  get_contradiction_color (&contradiction);
  background.alpha = 0.92;
  border = foreground;
  border.alpha = 0.15;

  for (guint i = 0; i < n_groups; i++)
    g_ptr_array_add (texts, g_strdup (readout_actor_get_name (g_array_index (self->legend, LegendGroup, i).root)));
  if (self->legend->len > n_groups)
    g_ptr_array_add (texts, g_strdup_printf (ngettext ("%u more group", "%u more groups",
                                                       self->legend->len - n_groups),
                                             self->legend->len - n_groups));
  g_ptr_array_add (texts, g_strdup (_("Relation")));
  g_ptr_array_add (texts, g_strdup (_("Contradiction")));

  for (guint i = 0; i < texts->len; i++)
    {
      PangoLayout *layout = create_label_layout (self, g_ptr_array_index (texts, i), 11.0, FALSE);
      int text_width;

      pango_layout_set_width (layout, 160 * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layout, &text_width, NULL);
      width = MAX (width, text_width);
      g_ptr_array_add (layouts, layout);
    }
  width += 2 * padding + 26;
  height = texts->len * row + 2 * padding;
  if (!place_legend (self, width, height, &x, &y))
    return;

  append_rounded_box (snapshot, x - 1, y - 1, width + 2, height + 2, 9, &border);
  append_rounded_box (snapshot, x, y, width, height, 8, &background);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, y, width, height));
  for (guint i = 0; i < texts->len; i++)
    {
      double cy = y + padding + i * row + row / 2;
      double cx = x + padding + 8;

      if (i < n_groups)
        {
          double rgb[3];

          readout_palette_affiliation_rgb (g_array_index (self->legend, LegendGroup, i).root, rgb);
          cairo_arc (cr, cx, cy, swatch / 2, 0, 2 * G_PI);
          cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
          cairo_fill (cr);
        }
      else if (i == texts->len - 2)
        {
          cairo_set_source_rgba (cr, foreground.red, foreground.green, foreground.blue, 0.7);
          cairo_set_line_width (cr, 1.5);
          cairo_move_to (cr, cx - 8, cy);
          cairo_line_to (cr, cx + 3, cy);
          cairo_stroke (cr);
          cairo_move_to (cr, cx + 8, cy);
          cairo_line_to (cr, cx + 2, cy - 3.5);
          cairo_line_to (cr, cx + 2, cy + 3.5);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
      else if (i == texts->len - 1)
        {
          double dashes[] = { 4.0, 3.0 };

          cairo_set_source_rgba (cr, contradiction.red, contradiction.green, contradiction.blue, 0.9);
          cairo_set_line_width (cr, 2.0);
          cairo_set_dash (cr, dashes, 2, 0);
          cairo_move_to (cr, cx - 8, cy);
          cairo_line_to (cr, cx + 8, cy);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
    }
  cairo_destroy (cr);

  for (guint i = 0; i < layouts->len; i++)
    {
      PangoLayout *layout = g_ptr_array_index (layouts, i);
      int text_height;
      GdkRGBA color = foreground;

      if (i == n_groups && self->legend->len > n_groups)
        color.alpha *= 0.6;
      pango_layout_get_pixel_size (layout, NULL, &text_height);
      append_text (snapshot, layout, x + padding + 22, y + padding + i * row + (row - text_height) / 2, &color);
    }
}

static void
draw_message (ReadoutGraphView *self,
              GtkSnapshot      *snapshot,
              const char       *message)
{
  g_autoptr(PangoLayout) layout = create_label_layout (self, message, 14.0, FALSE);
  GdkRGBA color;
  int width, height;
  double available = gtk_widget_get_width (GTK_WIDGET (self)) - 48;

  get_foreground (self, &color);
  color.alpha *= 0.55;
  pango_layout_set_width (layout, (int)(MAX (available, 50) * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, &width, &height);
  append_text (snapshot, layout, 24, (gtk_widget_get_height (GTK_WIDGET (self)) - height) / 2.0, &color);
}

void
readout_graph_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  ReadoutGraphView *self = READOUT_GRAPH_VIEW (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  guint n_nodes;
  cairo_t *cr;

  readout_graph_view_ensure_layout (self);
  readout_graph_view_get_nodes (self, &n_nodes);
  if (self->error_message != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The actor graph could not be drawn: %s"),
                                                  self->error_message);

      draw_message (self, snapshot, message);
      return;
    }
  if (n_nodes == 0)
    {
      draw_message (self, snapshot, self->corpus == NULL ? _("No articles open")
                                                         : _("No actors found yet"));
      return;
    }

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_edges (self, cr);
  draw_nodes (self, cr);
  cairo_destroy (cr);
  draw_node_labels (self, snapshot);
  draw_edge_labels (self, snapshot);
  draw_legend (self, snapshot);
  gtk_snapshot_pop (snapshot);
}
