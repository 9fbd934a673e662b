/* readout-report-graph.c: the actor graph drawn with Cairo as a vector figure, with a legend.
 *
 * Relations are thin grey arrows, contradictions thick dashed vermillion lines: the dash keeps
 * them apart from relations when the report is printed in grey.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "readout-actor.h"
#include "readout-palette.h"
#include "readout-report-graph.h"

#define NODE_FONT   "DejaVu Sans 7.5"
#define EDGE_FONT   "DejaVu Sans 6"
#define LEGEND_FONT "DejaVu Sans 7.5"
#define LABEL_WIDTH 120.0  /* as the layout reserves: 28 characters of 8 points */
#define LEGEND_ITEM_WIDTH 150.0
#define LEGEND_ROW 13.0
/* The legend names the largest groups; the table of actors has everyone's colour. */
#define MAX_LEGEND_GROUPS 18

static const double relation_rgb[3] = { 0.42, 0.42, 0.45 };
static const double contradiction_rgb[3] = { 0.80, 0.22, 0.05 };
static const double contradiction_dash[] = { 5.0, 2.5 };

static PangoLayout *
small_layout (PangoContext *context,
              const char   *font,
              double        width,
              const char   *text)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
edge_path (cairo_t                *cr,
           const ReadoutGraphEdge *edge)
{
  cairo_move_to (cr, edge->points[0], edge->points[1]);
  for (guint i = 1; i + 2 < edge->n_points; i += 3)
    cairo_curve_to (cr,
                    edge->points[2 * i], edge->points[2 * i + 1],
                    edge->points[2 * i + 2], edge->points[2 * i + 3],
                    edge->points[2 * i + 4], edge->points[2 * i + 5]);
}

static void
arrow_head (cairo_t                *cr,
            const ReadoutGraphEdge *edge)
{
  const double *end = edge->points + 2 * (edge->n_points - 1);
  double dx = 0, dy = 0, length, size = 5.5;

  /* The direction at the end: from the last control point that differs from the end. */
  for (int i = (int)edge->n_points - 2; i >= 0; i--)
    {
      dx = end[0] - edge->points[2 * i];
      dy = end[1] - edge->points[2 * i + 1];
      if (hypot (dx, dy) > 0.5)
        break;
    }
  length = hypot (dx, dy);
  if (length < 0.5)
    return;
  dx /= length;
  dy /= length;

  cairo_move_to (cr, end[0], end[1]);
  cairo_line_to (cr, end[0] - size * dx + size * 0.45 * dy, end[1] - size * dy - size * 0.45 * dx);
  cairo_line_to (cr, end[0] - size * dx - size * 0.45 * dy, end[1] - size * dy + size * 0.45 * dx);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
edge_label (cairo_t                *cr,
            PangoContext           *context,
            const ReadoutGraphEdge *edge,
            const double            rgb[3])
{
  g_autofree char *text = g_strdelimit (g_strdup (edge->label), "_", ' ');
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle ink, logical;

  if (text[0] == '\0')
    return;
  layout = small_layout (context, EDGE_FONT, 0, text);
  pango_layout_get_pixel_extents (layout, &ink, &logical);

  /* A light halo so that the label stays readable over other edges. */
  cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
  cairo_rectangle (cr, edge->label_x - logical.width / 2.0 - 1.5, edge->label_y - logical.height / 2.0,
                   logical.width + 3, logical.height);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, rgb[0] * 0.8, rgb[1] * 0.8, rgb[2] * 0.8);
  cairo_move_to (cr, edge->label_x - logical.width / 2.0, edge->label_y - logical.height / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_node (cairo_t                *cr,
           PangoContext           *context,
           const ReadoutGraphNode *node)
{
  g_autoptr(PangoLayout) label = small_layout (context, NODE_FONT, MAX (node->width, LABEL_WIDTH),
                                               readout_actor_get_name (node->actor));
  int label_width;

  cairo_new_path (cr);
  cairo_arc (cr, node->x, node->y, node->width / 2, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, node->rgb[0], node->rgb[1], node->rgb[2]);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, node->rgb[0] * 0.45, node->rgb[1] * 0.45, node->rgb[2] * 0.45);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);

  pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (label, &label_width, NULL);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.12);
  cairo_move_to (cr, node->x - MAX (node->width, LABEL_WIDTH) / 2, node->y + node->height / 2 + 2);
  pango_cairo_show_layout (cr, label);
}

void
readout_report_draw_graph (cairo_t            *cr,
                           PangoContext       *context,
                           ReadoutGraphLayout *layout,
                           double              x,
                           double              y,
                           double              scale)
{
  const ReadoutGraphNode *nodes;
  const ReadoutGraphEdge *edges;
  guint n_nodes, n_edges;

  nodes = readout_graph_layout_get_nodes (layout, &n_nodes);
  edges = readout_graph_layout_get_edges (layout, &n_edges);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  pango_cairo_update_context (cr, context);

  /* Relations under contradictions, edges under nodes, labels on top. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_edges; i++)
      {
        const ReadoutGraphEdge *edge = &edges[i];
        gboolean is_contradiction = edge->contradiction != NULL;
        const double *rgb = is_contradiction ? contradiction_rgb : relation_rgb;

        if ((pass == 1) != is_contradiction || edge->n_points < 4)
          continue;
        cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
        /* Merged edges are drawn heavier, within reason. */
        cairo_set_line_width (cr, (is_contradiction ? 1.4 : 0.7) + 0.35 * MIN (edge->weight - 1, 4));
        cairo_set_dash (cr, contradiction_dash, is_contradiction ? 2 : 0, 0);
        edge_path (cr, edge);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);
        if (!is_contradiction)
          arrow_head (cr, edge);
      }

  for (guint i = 0; i < n_nodes; i++)
    draw_node (cr, context, &nodes[i]);

  for (guint i = 0; i < n_edges; i++)
    if (edges[i].n_points >= 4)
      edge_label (cr, context, &edges[i],
                  edges[i].contradiction ? contradiction_rgb : relation_rgb);

  cairo_restore (cr);
  pango_cairo_update_context (cr, context);
}

/* ---- Legend ----------------------------------------------------------------------------- */

typedef struct
{
  ReadoutActor *root;
  guint         n_statements;
} Group;

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *ga = a, *gb = b;

  if (ga->n_statements != gb->n_statements)
    return ga->n_statements > gb->n_statements ? -1 : 1;
  return g_utf8_collate (readout_actor_get_name (ga->root), readout_actor_get_name (gb->root));
}

/* The affiliation groups of the graph's nodes, the most talkative first. */
static GArray *
collect_groups (ReadoutGraphLayout *layout)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;
  GArray *groups = g_array_new (FALSE, TRUE, sizeof (Group));

  nodes = readout_graph_layout_get_nodes (layout, &n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    {
      ReadoutActor *root = readout_actor_get_root_affiliation (nodes[i].actor);
      guint j;

      /* By name: an analysis may hold two actors of one name, they look alike anyway. */
      for (j = 0; j < groups->len; j++)
        if (g_utf8_collate (readout_actor_get_name (g_array_index (groups, Group, j).root),
                            readout_actor_get_name (root)) == 0)
          break;
      if (j == groups->len)
        {
          Group group = { root, 0 };
          g_array_append_val (groups, group);
        }
      g_array_index (groups, Group, j).n_statements += readout_actor_get_n_statements (nodes[i].actor);
    }
  g_array_sort (groups, compare_groups);
  return groups;
}

static guint
shown_groups (GArray *groups)
{
  return MIN (groups->len, MAX_LEGEND_GROUPS);
}

static guint
legend_columns (double width)
{
  return MAX (1, (guint)(width / LEGEND_ITEM_WIDTH));
}

double
readout_report_graph_legend_height (PangoContext       *context,
                                    ReadoutGraphLayout *layout,
                                    double              width)
{
  g_autoptr(GArray) groups = collect_groups (layout);
  guint columns = legend_columns (width);
  guint rows = (shown_groups (groups) + columns - 1) / columns;

  /* A title row, the groups (and a line for the others), a gap, two edge styles and the
   * size note. */
  return LEGEND_ROW * (1 + rows + (groups->len > MAX_LEGEND_GROUPS)) + 6 + LEGEND_ROW * 3;
}

static void
legend_text (cairo_t      *cr,
             PangoContext *context,
             double        x,
             double        y,
             double        width,
             const char   *text,
             gboolean      bold)
{
  g_autoptr(PangoLayout) layout = small_layout (context, bold ? "DejaVu Sans Bold 7.5" : LEGEND_FONT, 0, text);

  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.12);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

void
readout_report_draw_graph_legend (cairo_t            *cr,
                                  PangoContext       *context,
                                  ReadoutGraphLayout *layout,
                                  double              x,
                                  double              y,
                                  double              width)
{
  g_autoptr(GArray) groups = collect_groups (layout);
  guint columns = legend_columns (width);
  double column_width = width / columns;
  guint rows = (shown_groups (groups) + columns - 1) / columns;
  double sample_y;

  cairo_save (cr);
  legend_text (cr, context, x, y, width, _("Colours: affiliation (people are lighter or darker shades of their group)"), TRUE);
  y += LEGEND_ROW;

  for (guint i = 0; i < shown_groups (groups); i++)
    {
      Group *group = &g_array_index (groups, Group, i);
      double cx = x + (i % columns) * column_width;
      double cy = y + (i / columns) * LEGEND_ROW;
      double rgb[3];

      readout_palette_affiliation_rgb (group->root, rgb);
      cairo_new_path (cr);
      cairo_arc (cr, cx + 4.5, cy + 5.5, 4, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, rgb[0] * 0.45, rgb[1] * 0.45, rgb[2] * 0.45);
      cairo_set_line_width (cr, 0.6);
      cairo_stroke (cr);
      legend_text (cr, context, cx + 12, cy, column_width - 16,
                   readout_actor_get_name (group->root), FALSE);
    }
  y += rows * LEGEND_ROW;
  if (groups->len > MAX_LEGEND_GROUPS)
    {
      guint others = groups->len - MAX_LEGEND_GROUPS;
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "and %u more group; the table of actors shows every colour",
                                      "and %u more groups; the table of actors shows every colour", others),
                         others);

      legend_text (cr, context, x, y, width, text, FALSE);
      y += LEGEND_ROW;
    }
  y += 6;

  /* The edge styles. */
  sample_y = y + 5.5;
  cairo_set_source_rgb (cr, relation_rgb[0], relation_rgb[1], relation_rgb[2]);
  cairo_set_line_width (cr, 0.8);
  cairo_move_to (cr, x, sample_y);
  cairo_line_to (cr, x + 22, sample_y);
  cairo_stroke (cr);
  cairo_move_to (cr, x + 26, sample_y);
  cairo_line_to (cr, x + 20, sample_y - 2.5);
  cairo_line_to (cr, x + 20, sample_y + 2.5);
  cairo_close_path (cr);
  cairo_fill (cr);
  legend_text (cr, context, x + 32, y, width - 32,
               _("Relation from one actor to another, labelled with its type"), FALSE);
  y += LEGEND_ROW;

  sample_y = y + 5.5;
  cairo_set_source_rgb (cr, contradiction_rgb[0], contradiction_rgb[1], contradiction_rgb[2]);
  cairo_set_line_width (cr, 1.6);
  cairo_set_dash (cr, contradiction_dash, 2, 0);
  cairo_move_to (cr, x, sample_y);
  cairo_line_to (cr, x + 26, sample_y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  legend_text (cr, context, x + 32, y, width - 32,
               _("Contradiction: the accounts of these actors’ words disagree (labelled with its kind)"), FALSE);
  y += LEGEND_ROW;

  legend_text (cr, context, x, y, width,
               _("Node area grows with the number of statements an actor makes."), FALSE);
  cairo_restore (cr);
}
