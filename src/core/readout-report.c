/* readout-report.c: the annotated PDF report.
 *
 * Order of the contents: cover (title, date, sources, counts, contents), key findings
 * (contradictions), corroborations, the actor graph, the table of actors, and every article
 * annotated (readout-report-articles.c). Pages, text flow and tables are the writer's job
 * (readout-report-writer.c), the graph figure readout-report-graph.c's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <unistd.h>

#include "readout-actor.h"
#include "readout-contradiction.h"
#include "readout-corpus.h"
#include "readout-document.h"
#include "readout-evidence.h"
#include "readout-palette.h"
#include "readout-report-graph.h"
#include "readout-report-private.h"
#include "readout-statement.h"

/* Points: ISO 216 A4 and US Letter. */
#define A4_WIDTH      595.276
#define A4_HEIGHT     841.890
#define LETTER_WIDTH  612.0
#define LETTER_HEIGHT 792.0
#define QUOTE_INDENT  16.0
/* Small graphs are not blown up beyond this: nodes and labels would look childish. */
#define MAX_GRAPH_SCALE 1.1

void
readout_report_options_init (ReadoutReportOptions *options)
{
  g_return_if_fail (options != NULL);

  options->title = NULL;
  options->author = NULL;
  options->paper = READOUT_PAPER_A4;
  options->include_dismissed = FALSE;
}

/* ---- Shared helpers --------------------------------------------------------------------- */

char *
readout_report_escape (const char *text)
{
  return g_markup_escape_text (text ? text : "", -1);
}

guint
readout_report_known_page (ReadoutReport *report,
                           const char    *dest)
{
  if (report->known_pages == NULL || dest == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (report->known_pages, dest));
}

void
readout_report_mark (ReadoutReport *report,
                     const char    *dest,
                     double         x,
                     double         y)
{
  if (g_hash_table_contains (report->pages, dest))
    return;
  readout_report_writer_add_dest (report->writer, dest, x, y);
  g_hash_table_insert (report->pages, g_strdup (dest),
                       GUINT_TO_POINTER (readout_report_writer_get_page (report->writer)));
}

char *
readout_report_evidence_dest (ReadoutReport   *report,
                              ReadoutDocument *document,
                              gsize            start)
{
  guint number = GPOINTER_TO_UINT (g_hash_table_lookup (report->document_numbers, document));

  return g_strdup_printf ("ev-%u-%" G_GSIZE_FORMAT, number, start);
}

char *
readout_report_finding_dest (ReadoutReport        *report,
                             ReadoutContradiction *contradiction)
{
  guint index;

  if (!g_ptr_array_find (report->findings, contradiction, &index))
    return NULL;
  return g_strdup_printf ("finding-%u", index + 1);
}

static void
heading (ReadoutReport *report,
         const char    *font,
         const char    *text,
         double         space_before,
         double         keep_with_next)
{
  ReadoutReportWriter *w = report->writer;
  g_autoptr(PangoLayout) layout =
    readout_report_writer_create_layout (w, font, readout_report_writer_get_width (w));
  int height;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, NULL, &height);
  /* A heading is never left alone at the foot of a page. */
  readout_report_writer_ensure_space (w, space_before + height / (double)PANGO_SCALE + keep_with_next);
  if (readout_report_writer_get_remaining (w) < readout_report_writer_get_body_height (w) - 1)
    readout_report_writer_skip (w, space_before);
  cairo_set_source_rgb (readout_report_writer_get_cairo (w), 0.1, 0.1, 0.12);
  readout_report_writer_flow (w, layout, 0, NULL, NULL, NULL);
  readout_report_writer_skip (w, 4);
}

int
readout_report_section (ReadoutReport *report,
                        const char    *dest,
                        const char    *title)
{
  ReadoutReportWriter *w = report->writer;
  int id;

  readout_report_writer_set_section (w, title);
  readout_report_writer_new_page (w);
  readout_report_mark (report, dest, readout_report_writer_get_left (w), readout_report_writer_get_y (w));
  id = readout_report_writer_add_outline (w, 0, title, FALSE);
  heading (report, READOUT_REPORT_FONT_H1, title, 0, 0);
  readout_report_writer_skip (w, 6);
  return id;
}

static void
paragraph (ReadoutReport *report,
           const char    *font,
           const char    *markup,
           double         indent,
           double         space_after)
{
  ReadoutReportWriter *w = report->writer;
  g_autoptr(PangoLayout) layout =
    readout_report_writer_create_markup (w, font, readout_report_writer_get_width (w) - indent, markup);

  cairo_set_source_rgb (readout_report_writer_get_cairo (w), 0.1, 0.1, 0.12);
  readout_report_writer_flow (w, layout, indent, NULL, NULL, NULL);
  readout_report_writer_skip (w, space_after);
}

static const char *
review_label (ReadoutReviewState state)
{
  switch (state)
    {
    case READOUT_REVIEW_CONFIRMED: return _("Confirmed");
    case READOUT_REVIEW_DISMISSED: return _("Dismissed");
    case READOUT_REVIEW_UNREVIEWED:
    default: return _("Not reviewed");
    }
}

static char *
format_date (ReadoutDocument *document)
{
  g_autoptr(GDateTime) date = readout_document_dup_published_date (document);

  if (date)
    return g_date_time_format (date, "%-d %B %Y");
  return g_strdup (readout_document_get_published (document));
}

/* ---- Cover ------------------------------------------------------------------------------ */

typedef struct
{
  const char *dest;
  const char *title;
  gboolean    indent;
} ContentsEntry;

static void
contents_line (ReadoutReport      *report,
               const ContentsEntry *entry)
{
  ReadoutReportWriter *w = report->writer;
  double width = readout_report_writer_get_width (w);
  double indent = entry->indent ? 14 : 0;
  guint page = readout_report_known_page (report, entry->dest);
  g_autofree char *page_text = page ? g_strdup_printf ("%u", page) : g_strdup ("");
  g_autoptr(PangoLayout) title =
    readout_report_writer_create_layout (w, entry->indent ? READOUT_REPORT_FONT_META : READOUT_REPORT_FONT_BODY,
                                         width - indent - 40);
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
  readout_report_writer_flow (w, title, indent, entry->dest, NULL, NULL);
  readout_report_writer_skip (w, 3);
}

/* The sections; the articles are listed with their pages in the sources table above. */
static void
write_contents (ReadoutReport *report)
{
  ContentsEntry sections[] = {
    { "sec-findings", _("Key findings"), FALSE },
    { "sec-corroborations", _("Corroborations"), FALSE },
    { "sec-graph", _("Actor relationships"), FALSE },
    { "sec-actors", _("Actors"), FALSE },
    { "sec-articles", _("Articles"), FALSE },
  };

  heading (report, READOUT_REPORT_FONT_H2, _("Contents"), 16, 40);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    contents_line (report, &sections[i]);
}

static void
write_cover (ReadoutReport *report)
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
  const double widths[] = { 20, 96, 0, 76, 38 };
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
  paragraph (report, READOUT_REPORT_FONT_META,
             _("<span foreground=\"#555555\">Readout · annotated report</span>"), 0, 8);
  markup = g_strdup_printf ("%s", title);
  paragraph (report, READOUT_REPORT_FONT_TITLE, markup, 0, 10);
  g_clear_pointer (&markup, g_free);

  /* Translators: on the report's cover; %s is the date and time of the export */
  markup = g_strdup_printf (_("Exported on %s"), date);
  paragraph (report, READOUT_REPORT_FONT_BODY, markup, 0, 6);
  g_clear_pointer (&markup, g_free);

  documents_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents", n_documents), n_documents);
  statements_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement", "%u statements", n_statements), n_statements);
  actors_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u actor", "%u actors", n_actors), n_actors);
  contradictions_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u contradiction", "%u contradictions", n_contradictions),
                                         n_contradictions);
  counts = g_strdup_printf ("<b>%s · %s · %s · %s</b>", documents_text, statements_text, actors_text, contradictions_text);
  paragraph (report, READOUT_REPORT_FONT_BODY, counts, 0, 2);
  if (n_dismissed > 0 && !report->options->include_dismissed)
    {
      markup = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u contradiction dismissed in review is left out.",
                                             "%u contradictions dismissed in review are left out.", n_dismissed),
                                n_dismissed);
      paragraph (report, READOUT_REPORT_FONT_META, markup, 0, 2);
      g_clear_pointer (&markup, g_free);
    }

  paragraph (report, READOUT_REPORT_FONT_META,
             _("Readout finds who said what to whom in each article, as reported by whom, and where the "
               "accounts disagree. Every finding below quotes its evidence and links to the place where it "
               "stands in the annotated articles at the end of this report. The analysis is automatic: "
               "check the evidence before you rely on a finding."), 0, 10);

  heading (report, READOUT_REPORT_FONT_H2, _("Sources"), 10, 40);
  if (n_documents == 0)
    paragraph (report, READOUT_REPORT_FONT_BODY, _("No articles were analysed."), 0, 6);
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
          g_autofree char *doc_title = readout_report_escape (readout_document_get_title (document)
                                                              ? readout_document_get_title (document)
                                                              : readout_document_get_display_name (document));
          g_autofree char *published = format_date (document);
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
static void
quote_rule (ReadoutReportWriter *w,
            int                  start,
            int                  end,
            double               top,
            double               height,
            gpointer             user_data)
{
  const double *rgb = user_data;
  cairo_t *cr = readout_report_writer_get_cairo (w);

  cairo_save (cr);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_rectangle (cr, readout_report_writer_get_left (w) + QUOTE_INDENT - 8, top, 2.2, height);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
write_evidence (ReadoutReport        *report,
                ReadoutContradiction *contradiction)
{
  ReadoutReportWriter *w = report->writer;
  GListModel *evidence = readout_contradiction_get_evidence (contradiction);
  cairo_t *cr = readout_report_writer_get_cairo (w);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(ReadoutEvidence) item = g_list_model_get_item (evidence, i);
      ReadoutDocument *document = readout_evidence_get_document (item);
      g_autofree char *dest = readout_report_evidence_dest (report, document, readout_evidence_get_start (item));
      guint article = document ? GPOINTER_TO_UINT (g_hash_table_lookup (report->document_numbers, document)) : 0;
      g_autofree char *outlet = readout_report_escape (document ? readout_document_get_display_name (document) : _("Unknown source"));
      /* Known from the first pass; evidence that found no place in an article gets no link. */
      guint page = readout_report_known_page (report, dest);
      g_autofree char *where = NULL;
      g_autofree char *source_line = NULL;
      g_autofree char *quote = NULL;
      g_autoptr(PangoLayout) source_layout = NULL;
      g_autoptr(PangoLayout) quote_layout = NULL;
      g_autofree char *text = g_strstrip (g_strdup (readout_evidence_get_text (item)));
      double width = readout_report_writer_get_width (w) - QUOTE_INDENT;
      int source_height;
      const double rule[3] = { 0.55, 0.55, 0.58 };

      if (page > 0)
        /* Translators: where a quoted piece of evidence stands in the report's articles */
        where = g_strdup_printf (_("article %u, page %u"), article, page);
      else
        where = g_strdup_printf (_("article %u"), article);
      source_line = g_strdup_printf ("<b>%s</b> <span foreground=\"#555555\">— %s ›</span>", outlet, where);
      quote = g_strdup_printf ("“%s”", text);

      source_layout = readout_report_writer_create_markup (w, READOUT_REPORT_FONT_META, width, source_line);
      quote_layout = readout_report_writer_create_layout (w, READOUT_REPORT_FONT_QUOTE, width);
      pango_layout_set_text (quote_layout, quote, -1);
      pango_layout_get_size (source_layout, NULL, &source_height);

      /* The source line with at least two lines of its quote. */
      readout_report_writer_ensure_space (w, source_height / (double)PANGO_SCALE + 26);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.12);
      readout_report_writer_flow (w, source_layout, QUOTE_INDENT, page > 0 ? dest : NULL, NULL, NULL);
      readout_report_writer_skip (w, 1);
      cairo_set_source_rgb (cr, 0.15, 0.15, 0.18);
      readout_report_writer_flow (w, quote_layout, QUOTE_INDENT, page > 0 ? dest : NULL, quote_rule, (gpointer)rule);
      readout_report_writer_skip (w, 6);
    }
}

static char *
actor_names (ReadoutContradiction *contradiction)
{
  GListModel *actors = readout_contradiction_get_actors (contradiction);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(ReadoutActor) actor = g_list_model_get_item (actors, i);
      g_autofree char *name = readout_report_escape (readout_actor_get_name (actor));

      if (names->len)
        g_string_append (names, ", ");
      g_string_append (names, name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
write_finding (ReadoutReport        *report,
               ReadoutContradiction *contradiction,
               const char           *dest,
               guint                 number,
               int                   outline_parent)
{
  ReadoutReportWriter *w = report->writer;
  ReadoutReviewState review = readout_contradiction_get_review (contradiction);
  const char *summary = readout_contradiction_get_summary (contradiction);
  const char *note = readout_contradiction_get_note (contradiction);
  g_autofree char *escaped_summary = readout_report_escape (summary);
  g_autofree char *kind = readout_report_escape (readout_contradiction_kind_to_label (readout_contradiction_get_kind (contradiction)));
  g_autofree char *names = actor_names (contradiction);
  g_autofree char *title = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *review_text = NULL;
  g_autofree char *confidence = NULL;

  if (summary == NULL || *summary == '\0')
    summary = readout_contradiction_kind_to_label (readout_contradiction_get_kind (contradiction));

  readout_report_writer_ensure_space (w, 90);
  readout_report_writer_skip (w, 8);
  readout_report_mark (report, dest, readout_report_writer_get_left (w), readout_report_writer_get_y (w));
  outline = g_strdup_printf ("%u. %s", number, summary);
  readout_report_writer_add_outline (w, outline_parent, outline, FALSE);

  /* A dismissed finding (shown only on request) is greyed and says so in its title. */
  if (review == READOUT_REVIEW_DISMISSED)
    title = g_strdup_printf ("<span foreground=\"#777777\">%u. <span foreground=\"#a02000\">[%s]</span> %s</span>",
                             number, review_label (review), escaped_summary);
  else
    title = g_strdup_printf ("%u. %s", number, escaped_summary);
  paragraph (report, READOUT_REPORT_FONT_H3, title, 0, 3);

  if (review == READOUT_REVIEW_DISMISSED)
    review_text = g_strdup_printf ("<span foreground=\"#a02000\"><b>%s</b></span>", review_label (review));
  else if (review == READOUT_REVIEW_CONFIRMED)
    review_text = g_strdup_printf ("<b>%s</b>", review_label (review));
  else
    review_text = g_strdup (review_label (review));
  /* Translators: the confidence of a finding, in percent */
  confidence = g_strdup_printf (_("confidence %.0f%%"), 100 * CLAMP (readout_contradiction_get_confidence (contradiction), 0, 1));
  meta = g_strdup_printf ("<span foreground=\"#333333\"><b>%s</b> · %s · %s%s%s</span>",
                          kind, confidence, review_text,
                          *names ? " · " : "", names);
  paragraph (report, READOUT_REPORT_FONT_META, meta, 0, 4);

  if (note && *note)
    {
      g_autofree char *escaped = readout_report_escape (note);
      g_autofree char *markup = g_strdup_printf ("<b>%s</b> %s", _("Reviewer’s note:"), escaped);

      paragraph (report, READOUT_REPORT_FONT_META, markup, 0, 4);
    }

  write_evidence (report, contradiction);
}

static void
write_findings (ReadoutReport *report)
{
  int outline = readout_report_section (report, "sec-findings", _("Key findings"));

  if (report->findings->len == 0)
    {
      paragraph (report, READOUT_REPORT_FONT_BODY, _("No contradictions found."), 0, 6);
      paragraph (report, READOUT_REPORT_FONT_META,
                 _("The articles do not disagree about who said what, as far as the analysis can tell."), 0, 6);
      return;
    }

  paragraph (report, READOUT_REPORT_FONT_META,
             _("Places where the accounts disagree, the most certain first. Click a quote to see it in "
               "its article."), 0, 4);
  for (guint i = 0; i < report->findings->len; i++)
    {
      g_autofree char *dest = g_strdup_printf ("finding-%u", i + 1);

      write_finding (report, report->findings->pdata[i], dest, i + 1, outline);
    }
}

static void
write_corroborations (ReadoutReport *report)
{
  ReadoutReportWriter *w = report->writer;

  /* Corroborations follow the findings on the same page when there is room. */
  readout_report_writer_set_section (w, _("Corroborations"));
  heading (report, READOUT_REPORT_FONT_H1, _("Corroborations"), 24, 60);
  readout_report_mark (report, "sec-corroborations", readout_report_writer_get_left (w),
                       readout_report_writer_get_y (w) - 20);
  readout_report_writer_add_outline (w, 0, _("Corroborations"), FALSE);

  if (report->corroborations->len == 0)
    {
      paragraph (report, READOUT_REPORT_FONT_BODY, _("No corroborations found."), 0, 6);
      return;
    }
  paragraph (report, READOUT_REPORT_FONT_META,
             _("Statements that several outlets report alike."), 0, 4);
  for (guint i = 0; i < report->corroborations->len; i++)
    {
      ReadoutContradiction *corroboration = report->corroborations->pdata[i];
      const char *summary = readout_contradiction_get_summary (corroboration);
      g_autofree char *escaped = readout_report_escape (summary && *summary ? summary : _("Corroboration"));
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, escaped);
      g_autofree char *meta = g_strdup_printf (_("confidence %.0f%%"),
                                               100 * CLAMP (readout_contradiction_get_confidence (corroboration), 0, 1));

      readout_report_writer_ensure_space (w, 60);
      readout_report_writer_skip (w, 6);
      paragraph (report, READOUT_REPORT_FONT_H3, title, 0, 2);
      paragraph (report, READOUT_REPORT_FONT_META, meta, 0, 4);
      write_evidence (report, corroboration);
    }
}

/* ---- Graph and actors --------------------------------------------------------------------- */

static void
write_graph (ReadoutReport *report)
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
      paragraph (report, READOUT_REPORT_FONT_BODY, _("No actors found."), 0, 6);
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

static void
write_actors (ReadoutReport *report)
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
      paragraph (report, READOUT_REPORT_FONT_BODY, _("No actors found."), 0, 6);
      return;
    }
  for (guint i = 0; i < n_nodes; i++)
    g_ptr_array_add (actors, nodes[i].actor);
  g_ptr_array_sort (actors, compare_actors);

  paragraph (report, READOUT_REPORT_FONT_META,
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

static void
collect_findings (ReadoutReport *report)
{
  GListModel *contradictions = readout_corpus_get_contradictions (report->corpus);
  GListModel *corroborations = readout_corpus_get_corroborations (report->corpus);
  GListModel *documents = readout_corpus_get_documents (report->corpus);

  for (guint i = 0; i < g_list_model_get_n_items (contradictions); i++)
    {
      g_autoptr(ReadoutContradiction) contradiction = g_list_model_get_item (contradictions, i);
      GListModel *statements = readout_contradiction_get_statements (contradiction);

      if (readout_contradiction_get_review (contradiction) == READOUT_REVIEW_DISMISSED &&
          !report->options->include_dismissed)
        continue;
      g_ptr_array_add (report->findings, g_object_ref (contradiction));

      for (guint j = 0; j < g_list_model_get_n_items (statements); j++)
        {
          g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, j);
          GPtrArray *list = g_hash_table_lookup (report->statement_findings, statement);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (report->statement_findings, statement, list);
            }
          g_ptr_array_add (list, contradiction);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (corroborations); i++)
    g_ptr_array_add (report->corroborations, g_list_model_get_item (corroborations, i));

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(ReadoutDocument) document = g_list_model_get_item (documents, i);

      g_hash_table_insert (report->document_numbers, document, GUINT_TO_POINTER (i + 1));
    }
}

static cairo_status_t
discard_output (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

typedef struct
{
  int fd;
  int error; /* errno of the first failed write */
} FileOutput;

static cairo_status_t
write_output (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  FileOutput *output = closure;

  while (length > 0 && output->error == 0)
    {
      ssize_t written = write (output->fd, data, length);

      if (written < 0)
        {
          if (errno != EINTR)
            output->error = errno;
          continue;
        }
      data += written;
      length -= written;
    }
  return output->error == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static void
set_metadata (cairo_surface_t            *surface,
              const ReadoutReportOptions *options,
              const char                 *title)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *creator = g_strdup_printf ("Readout %s", PACKAGE_VERSION);
  const char *author = options->author;

  if (author == NULL)
    {
      author = g_get_real_name ();
      if (author == NULL || *author == '\0' || g_strcmp0 (author, "Unknown") == 0)
        author = g_get_user_name ();
    }

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  _("Statements, actors and contradictions across news articles"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, created);
}

/* One pass over the whole report onto surface; returns the number of pages. */
static gboolean
render (ReadoutReport    *report,
        cairo_surface_t  *surface,
        double            page_width,
        double            page_height,
        guint             total_pages,
        guint            *n_pages,
        GError          **error)
{
  g_autoptr(GHashTable) pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cairo_status_t status;

  report->pages = pages;
  report->writer = readout_report_writer_new (surface, page_width, page_height, report->title, total_pages);

  write_cover (report);
  write_findings (report);
  write_corroborations (report);
  write_graph (report);
  write_actors (report);
  if (!g_cancellable_is_cancelled (report->cancellable))
    readout_report_write_articles (report);

  readout_report_writer_finish (report->writer);
  *n_pages = readout_report_writer_get_page (report->writer);
  status = cairo_status (readout_report_writer_get_cairo (report->writer));
  g_clear_pointer (&report->writer, readout_report_writer_free);
  report->pages = NULL;

  if (g_cancellable_set_error_if_cancelled (report->cancellable, error))
    return FALSE;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_FAILED,
                   _("Could not draw the report: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  /* The second pass looks up pages of the first. */
  g_clear_pointer (&report->known_pages, g_hash_table_unref);
  report->known_pages = g_hash_table_ref (pages);
  return TRUE;
}

static char *
temporary_path_for (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);

  return g_build_filename (dir, name, NULL);
}

static gboolean
write_to_temporary (ReadoutReport  *report,
                    const char     *temporary,
                    int             fd,
                    double          page_width,
                    double          page_height,
                    guint           total_pages,
                    GError        **error)
{
  FileOutput output = { fd, 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  guint n_pages;
  gboolean ok;

  surface = cairo_pdf_surface_create_for_stream (write_output, &output, page_width, page_height);
  set_metadata (surface, report->options, report->title);
  ok = render (report, surface, page_width, page_height, total_pages, &n_pages, error);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!ok)
    return FALSE;

  if (output.error == 0 && fsync (fd) != 0)
    output.error = errno;
  if (output.error != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (output.error),
                   _("Could not write “%s”: %s"), temporary, g_strerror (output.error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_FAILED,
                   _("Could not write the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
readout_report_write_pdf (ReadoutCorpus               *corpus,
                          const ReadoutReportOptions  *options,
                          const char                  *path,
                          GCancellable                *cancellable,
                          GError                     **error)
{
  ReadoutReportOptions defaults;
  ReadoutReport report = { 0 };
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) corroborations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) statement_findings =
    g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GHashTable) document_numbers = g_hash_table_new (NULL, NULL);
  g_autoptr(ReadoutGraphLayout) graph = NULL;
  g_autofree char *temporary = NULL;
  cairo_surface_t *probe;
  double page_width, page_height;
  guint n_pages = 0;
  gboolean ok;
  int fd;

  g_return_val_if_fail (READOUT_IS_CORPUS (corpus), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    {
      readout_report_options_init (&defaults);
      options = &defaults;
    }
  if (options->paper == READOUT_PAPER_LETTER)
    {
      page_width = LETTER_WIDTH;
      page_height = LETTER_HEIGHT;
    }
  else
    {
      page_width = A4_WIDTH;
      page_height = A4_HEIGHT;
    }

  graph = readout_graph_layout_new (corpus, 0, error);
  if (graph == NULL)
    return FALSE;

  report.corpus = corpus;
  report.options = options;
  report.graph = graph;
  report.title = options->title && *options->title ? options->title : _("Readout report");
  report.cancellable = cancellable;
  report.findings = findings;
  report.corroborations = corroborations;
  report.statement_findings = statement_findings;
  report.document_numbers = document_numbers;
  collect_findings (&report);

  /* First pass: where everything lands, to a PDF surface that writes nowhere. */
  probe = cairo_pdf_surface_create_for_stream (discard_output, NULL, page_width, page_height);
  ok = render (&report, probe, page_width, page_height, 0, &n_pages, error);
  cairo_surface_destroy (probe);
  if (!ok)
    {
      g_clear_pointer (&report.known_pages, g_hash_table_unref);
      return FALSE;
    }

  /* Second pass, into a temporary file next to the target that replaces it at the end. */
  temporary = temporary_path_for (path);
  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *dir = g_path_get_dirname (path);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write to the folder “%s”: %s"), dir, g_strerror (saved_errno));
      g_clear_pointer (&report.known_pages, g_hash_table_unref);
      return FALSE;
    }

  ok = write_to_temporary (&report, temporary, fd, page_width, page_height, n_pages, error);
  g_clear_pointer (&report.known_pages, g_hash_table_unref);
  if (close (fd) != 0 && ok)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), path, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (ok && g_rename (temporary, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save “%s”: %s"), path, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (temporary);
  return ok;
}
