/* readout-report-actors.c: the actor graph as a figure with its legend, and the table of
 * actors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-actor.h"
#include "readout-palette.h"
#include "readout-report-graph.h"
#include "readout-report-private.h"

/* Small graphs are not blown up beyond this: nodes and labels would look childish. */
#define MAX_GRAPH_SCALE 1.1

void
readout_report_write_graph (ReadoutReport *report)
{
  ReadoutReportWriter *w = report->writer;
  cairo_t *cr = readout_report_writer_get_cairo (w);
  PangoContext *context;
  g_autoptr(PangoLayout) probe = NULL;
  double width = readout_report_writer_get_width (w);
  double graph_width, graph_height, legend_height, available, scale;
  guint n_nodes;

  readout_report_section (report, "sec-graph", _("Actor relationships"));
  readout_graph_layout_get_nodes (report->graph, &n_nodes);
  if (n_nodes == 0)
    {
      readout_report_paragraph (report, READOUT_REPORT_FONT_BODY, _("No actors found."), 0, 6);
      return;
    }

  probe = readout_report_writer_create_layout (w, READOUT_REPORT_FONT_META, width);
  context = pango_layout_get_context (probe);
  readout_graph_layout_get_size (report->graph, &graph_width, &graph_height);
  legend_height = readout_report_graph_legend_height (context, report->graph, width);

  /* The section starts on a page of its own: the figure takes what the heading and legend
   * leave, however small that makes it (it is vector graphics, readers can zoom). */
  available = readout_report_writer_get_remaining (w) - legend_height - 16;
  scale = MIN (width / MAX (graph_width, 1), available / MAX (graph_height, 1));
  scale = MIN (scale, MAX_GRAPH_SCALE);
  g_debug ("Actor graph of %.0f×%.0f pt drawn at %.2f", graph_width, graph_height, scale);

  readout_report_draw_graph (cr, context, report->graph,
                             readout_report_writer_get_left (w) + (width - graph_width * scale) / 2,
                             readout_report_writer_get_y (w), scale);
  readout_report_writer_skip (w, graph_height * scale + 12);
  readout_report_writer_ensure_space (w, legend_height);
  readout_report_draw_graph_legend (cr, context, report->graph, readout_report_writer_get_left (w),
                                    readout_report_writer_get_y (w), width);
  readout_report_writer_skip (w, legend_height);
}

static int
compare_actors (gconstpointer a,
                gconstpointer b)
{
  ReadoutActor *aa = *(ReadoutActor **)a;
  ReadoutActor *ab = *(ReadoutActor **)b;
  guint na = readout_actor_get_n_statements (aa), nb = readout_actor_get_n_statements (ab);

  if (na != nb)
    return na > nb ? -1 : 1;
  return g_utf8_collate (readout_actor_get_name (aa), readout_actor_get_name (ab));
}

static char *
affiliation_chain (ReadoutActor *actor)
{
  g_autoptr(GString) chain = g_string_new (NULL);
  guint depth = 0;

  for (ReadoutActor *a = readout_actor_get_affiliation (actor); a && depth < 8; a = readout_actor_get_affiliation (a), depth++)
    {
      g_autofree char *name = readout_report_escape (readout_actor_get_name (a));

      if (chain->len)
        g_string_append (chain, " › ");
      g_string_append (chain, name);
    }
  return g_string_free (g_steal_pointer (&chain), FALSE);
}

void
readout_report_write_actors (ReadoutReport *report)
{
  ReadoutReportWriter *w = report->writer;
  const ReadoutGraphNode *nodes;
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  const char *headers[] = { _("Name"), _("Kind and roles"), _("Affiliation"), _("Statements") };
  double widths[4];
  double width = readout_report_writer_get_width (w);
  guint n_nodes;

  readout_report_section (report, "sec-actors", _("Actors"));
  nodes = readout_graph_layout_get_nodes (report->graph, &n_nodes);
  if (n_nodes == 0)
    {
      readout_report_paragraph (report, READOUT_REPORT_FONT_BODY, _("No actors found."), 0, 6);
      return;
    }
  for (guint i = 0; i < n_nodes; i++)
    g_ptr_array_add (actors, nodes[i].actor);
  g_ptr_array_sort (actors, compare_actors);

  readout_report_paragraph (report, READOUT_REPORT_FONT_META,
             _("Everyone who speaks, is spoken to or takes part in a contradiction, the most quoted "
               "first. The dot shows the colour of the actor’s statements in the articles."), 0, 6);

  widths[3] = 84;
  widths[0] = (width - widths[3]) * 0.36;
  widths[1] = (width - widths[3]) * 0.32;
  widths[2] = width - widths[0] - widths[1] - widths[3];
  readout_report_writer_begin_table (w, 4, widths, headers);
  for (guint i = 0; i < actors->len; i++)
    {
      ReadoutActor *actor = actors->pdata[i];
      const char * const *roles = readout_actor_get_roles (actor);
      g_autofree char *name = readout_report_escape (readout_actor_get_name (actor));
      g_autofree char *bold_name = g_strdup_printf ("<b>%s</b>", name);
      g_autoptr(GString) kind = g_string_new (NULL);
      g_autofree char *affiliation = affiliation_chain (actor);
      g_autofree char *count = g_strdup_printf ("%u", readout_actor_get_n_statements (actor));
      const char *cells[4];
      double rgb[3];

      g_string_append (kind, readout_actor_kind_to_string (readout_actor_get_kind (actor)));
      for (guint r = 0; roles && roles[r]; r++)
        {
          g_autofree char *role = readout_report_escape (roles[r]);

          g_string_append_printf (kind, r == 0 ? "; %s" : ", %s", role);
        }
      cells[0] = bold_name;
      cells[1] = kind->str;
      cells[2] = *affiliation ? affiliation : "—";
      cells[3] = count;
      readout_palette_actor_rgb (actor, rgb);
      readout_report_writer_table_row (w, cells, rgb, NULL);
    }
  readout_report_writer_end_table (w);
}

/* ---- The two passes ----------------------------------------------------------------------- */
