/* readout-report-cover.c: the report's cover: title, date, sources with their pages, counts
 * and the contents.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-contradiction.h"
#include "readout-corpus.h"
#include "readout-document.h"
#include "readout-report-private.h"


typedef struct
{
  const char *dest;
  const char *title;
} ContentsEntry;

/* A section's title and page, both linked to it. */
static void
contents_line (ReadoutReport       *report,
               const ContentsEntry *entry)
{
  ReadoutReportWriter *w = report->writer;
  double width = readout_report_writer_get_width (w);
  guint page = readout_report_known_page (report, entry->dest);
  g_autofree char *page_text = page ? g_strdup_printf ("%u", page) : g_strdup ("");
  g_autoptr(PangoLayout) title =
    readout_report_writer_create_layout (w, READOUT_REPORT_FONT_BODY, width - 40);
  g_autoptr(PangoLayout) number =
    readout_report_writer_create_layout (w, READOUT_REPORT_FONT_META, 40);
  g_autofree char *link = g_strdup_printf ("dest='%s'", entry->dest);
  cairo_t *cr = readout_report_writer_get_cairo (w);
  double top;
  int height;

  pango_layout_set_text (title, entry->title, -1);
  pango_layout_set_text (number, page_text, -1);
  pango_layout_set_alignment (number, PANGO_ALIGN_RIGHT);
  pango_layout_get_size (title, NULL, &height);
  readout_report_writer_ensure_space (w, height / (double)PANGO_SCALE + 3);
  top = readout_report_writer_get_y (w);

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.12);
  cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
  cairo_move_to (cr, readout_report_writer_get_left (w) + width - 40, top);
  pango_cairo_show_layout (cr, number);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
  readout_report_writer_flow (w, title, 0, entry->dest, NULL, NULL);
  readout_report_writer_skip (w, 3);
}

/* The sections; the articles are listed with their pages in the sources table above. */
static void
write_contents (ReadoutReport *report)
{
  ContentsEntry sections[] = {
    { "sec-findings", _("Key findings") },
    { "sec-corroborations", _("Corroborations") },
    { "sec-graph", _("Actor relationships") },
    { "sec-actors", _("Actors") },
    { "sec-articles", _("Articles") },
  };

  readout_report_heading (report, READOUT_REPORT_FONT_H2, _("Contents"), 16, 40);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    contents_line (report, &sections[i]);
}

void
readout_report_write_cover (ReadoutReport *report)
{
  ReadoutReportWriter *w = report->writer;
  GListModel *documents = readout_corpus_get_documents (report->corpus);
  guint n_documents = g_list_model_get_n_items (documents);
  guint n_statements = g_list_model_get_n_items (readout_corpus_get_statements (report->corpus));
  guint n_actors, n_dismissed = 0;
  guint n_contradictions = g_list_model_get_n_items (readout_corpus_get_contradictions (report->corpus));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%-d %B %Y, %H:%M");
  g_autofree char *title = readout_report_escape (report->title);
  g_autofree char *markup = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *documents_text = NULL, *statements_text = NULL, *actors_text = NULL, *contradictions_text = NULL;
  const double widths[] = { 24, 96, 0, 76, 40 };
  double table_widths[5];

  readout_graph_layout_get_nodes (report->graph, &n_actors);
  for (guint i = 0; i < n_contradictions; i++)
    {
      g_autoptr(ReadoutContradiction) c = g_list_model_get_item (readout_corpus_get_contradictions (report->corpus), i);

      if (readout_contradiction_get_review (c) == READOUT_REVIEW_DISMISSED)
        n_dismissed++;
    }

  readout_report_writer_set_plain_page (w);
  readout_report_mark (report, "cover", readout_report_writer_get_left (w), readout_report_writer_get_y (w));
  readout_report_writer_add_outline (w, 0, _("Overview"), FALSE);
  readout_report_writer_skip (w, 6);
  readout_report_paragraph (report, READOUT_REPORT_FONT_META,
             _("<span foreground=\"#555555\">Readout · annotated report</span>"), 0, 8);
  markup = g_strdup_printf ("%s", title);
  readout_report_paragraph (report, READOUT_REPORT_FONT_TITLE, markup, 0, 10);
  g_clear_pointer (&markup, g_free);

  /* Translators: on the report's cover; %s is the date and time of the export */
  markup = g_strdup_printf (_("Exported on %s"), date);
  readout_report_paragraph (report, READOUT_REPORT_FONT_BODY, markup, 0, 6);
  g_clear_pointer (&markup, g_free);

  documents_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents", n_documents), n_documents);
  statements_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement", "%u statements", n_statements), n_statements);
  actors_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u actor", "%u actors", n_actors), n_actors);
  contradictions_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u contradiction", "%u contradictions", n_contradictions),
                                         n_contradictions);
  counts = g_strdup_printf ("<b>%s · %s · %s · %s</b>", documents_text, statements_text, actors_text, contradictions_text);
  readout_report_paragraph (report, READOUT_REPORT_FONT_BODY, counts, 0, 2);
  if (n_dismissed > 0 && !report->options->include_dismissed)
    {
      markup = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u contradiction dismissed in review is left out.",
                                             "%u contradictions dismissed in review are left out.", n_dismissed),
                                n_dismissed);
      readout_report_paragraph (report, READOUT_REPORT_FONT_META, markup, 0, 2);
      g_clear_pointer (&markup, g_free);
    }

  readout_report_paragraph (report, READOUT_REPORT_FONT_META,
             _("Readout finds who said what to whom in each article, as reported by whom, and where the "
               "accounts disagree. Every finding below quotes its evidence and links to the place where it "
               "stands in the annotated articles at the end of this report. The analysis is automatic: "
               "check the evidence before you rely on a finding."), 0, 10);

  readout_report_heading (report, READOUT_REPORT_FONT_H2, _("Sources"), 10, 40);
  if (n_documents == 0)
    readout_report_paragraph (report, READOUT_REPORT_FONT_BODY, _("No articles were analysed."), 0, 6);
  else
    {
      const char *headers[] = { "#", _("Outlet"), _("Title"), _("Published"), _("Page") };

      /* The table doubles as the contents of the articles section: rows link to them. */
      memcpy (table_widths, widths, sizeof widths);
      table_widths[2] = readout_report_writer_get_width (w) - widths[0] - widths[1] - widths[3] - widths[4];
      readout_report_writer_begin_table (w, 5, table_widths, headers);
      for (guint i = 0; i < n_documents; i++)
        {
          g_autoptr(ReadoutDocument) document = g_list_model_get_item (documents, i);
          g_autofree char *number = g_strdup_printf ("%u", i + 1);
          g_autofree char *dest = g_strdup_printf ("doc-%u", i + 1);
          guint page = readout_report_known_page (report, dest);
          g_autofree char *page_text = page ? g_strdup_printf ("%u", page) : g_strdup ("");
          g_autofree char *outlet = readout_report_escape (readout_document_get_outlet (document));
          g_autofree char *display_title = readout_document_dup_display_title (document);
          g_autofree char *doc_title = readout_report_escape (display_title);
          g_autofree char *published = readout_document_dup_display_date (document, FALSE);
          g_autofree char *published_escaped = readout_report_escape (published ? published : _("unknown"));
          const char *cells[] = { number, *outlet ? outlet : "—", doc_title, published_escaped, page_text };

          readout_report_writer_table_row (w, cells, NULL, dest);
        }
      readout_report_writer_end_table (w);
    }

  write_contents (report);
}

/* ---- Findings ---------------------------------------------------------------------------- */

/* A vertical rule beside every line of a quote, page breaks or not. */
