/* readout-report-findings.c: the key findings (contradictions, ranked, with an overview
 * table) and the corroborations, each with its evidence quoted and linked to the articles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-actor.h"
#include "readout-contradiction.h"
#include "readout-document.h"
#include "readout-evidence.h"
#include "readout-report-private.h"

#define QUOTE_INDENT 16.0

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
                             number, readout_report_review_label (review), escaped_summary);
  else
    title = g_strdup_printf ("%u. %s", number, escaped_summary);
  readout_report_paragraph (report, READOUT_REPORT_FONT_H3, title, 0, 3);

  if (review == READOUT_REVIEW_DISMISSED)
    review_text = g_strdup_printf ("<span foreground=\"#a02000\"><b>%s</b></span>", readout_report_review_label (review));
  else if (review == READOUT_REVIEW_CONFIRMED)
    review_text = g_strdup_printf ("<b>%s</b>", readout_report_review_label (review));
  else
    review_text = g_strdup (readout_report_review_label (review));
  /* Translators: the confidence of a finding, in percent */
  confidence = g_strdup_printf (_("confidence %.0f%%"), 100 * CLAMP (readout_contradiction_get_confidence (contradiction), 0, 1));
  meta = g_strdup_printf ("<span foreground=\"#333333\"><b>%s</b> · %s · %s%s%s</span>",
                          kind, confidence, review_text,
                          *names ? " · " : "", names);
  readout_report_paragraph (report, READOUT_REPORT_FONT_META, meta, 0, 4);

  if (note && *note)
    {
      g_autofree char *escaped = readout_report_escape (note);
      g_autofree char *markup = g_strdup_printf ("<b>%s</b> %s", _("Reviewer’s note:"), escaped);

      readout_report_paragraph (report, READOUT_REPORT_FONT_META, markup, 0, 4);
    }

  write_evidence (report, contradiction);
}

/* At most max_chars characters of text, cut at a word, with an ellipsis when cut. */
static char *
shorten (const char *text,
         glong       max_chars)
{
  g_autofree char *cut = NULL;
  char *space;

  if (g_utf8_strlen (text, -1) <= max_chars)
    return g_strdup (text);
  cut = g_utf8_substring (text, 0, max_chars);
  space = strrchr (cut, ' ');
  if (space && space - cut > max_chars / 2)
    *space = '\0';
  return g_strconcat (cut, "…", NULL);
}

/* One row a finding, linked to it: the list an editor reads first. */
static void
write_findings_overview (ReadoutReport *report)
{
  ReadoutReportWriter *w = report->writer;
  const char *headers[] = { "#", _("Kind"), _("Finding"), _("Confidence"), _("Review"), _("Page") };
  double widths[] = { 24, 72, 0, 82, 60, 40 };

  widths[2] = readout_report_writer_get_width (w) - widths[0] - widths[1] - widths[3] - widths[4] - widths[5];
  readout_report_writer_begin_table (w, G_N_ELEMENTS (widths), widths, headers);
  for (guint i = 0; i < report->findings->len; i++)
    {
      ReadoutContradiction *contradiction = report->findings->pdata[i];
      g_autofree char *dest = g_strdup_printf ("finding-%u", i + 1);
      guint page = readout_report_known_page (report, dest);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *kind = readout_report_escape (readout_contradiction_kind_to_label (readout_contradiction_get_kind (contradiction)));
      g_autofree char *short_summary = shorten (readout_contradiction_get_summary (contradiction)
                                                ? readout_contradiction_get_summary (contradiction) : "", 120);
      g_autofree char *summary = readout_report_escape (short_summary);
      g_autofree char *confidence = g_strdup_printf ("%.0f%%", 100 * CLAMP (readout_contradiction_get_confidence (contradiction), 0, 1));
      g_autofree char *review = readout_report_escape (readout_report_review_label (readout_contradiction_get_review (contradiction)));
      g_autofree char *page_text = page ? g_strdup_printf ("%u", page) : g_strdup ("");
      const char *cells[] = { number, kind, summary, confidence, review, page_text };

      readout_report_writer_table_row (w, cells, NULL, page ? dest : NULL);
    }
  readout_report_writer_end_table (w);
}

void
readout_report_write_findings (ReadoutReport *report)
{
  int outline = readout_report_section (report, "sec-findings", _("Key findings"));

  if (report->findings->len == 0)
    {
      readout_report_paragraph (report, READOUT_REPORT_FONT_BODY, _("No contradictions found."), 0, 6);
      readout_report_paragraph (report, READOUT_REPORT_FONT_META,
                 _("The articles do not disagree about who said what, as far as the analysis can tell."), 0, 6);
      return;
    }

  readout_report_paragraph (report, READOUT_REPORT_FONT_META,
             _("Places where the accounts disagree, the most certain first. Click a row to read the "
               "finding, a quote to see it in its article."), 0, 6);
  if (report->findings->len > 1)
    write_findings_overview (report);
  for (guint i = 0; i < report->findings->len; i++)
    {
      g_autofree char *dest = g_strdup_printf ("finding-%u", i + 1);

      write_finding (report, report->findings->pdata[i], dest, i + 1, outline);
    }
}

void
readout_report_write_corroborations (ReadoutReport *report)
{
  ReadoutReportWriter *w = report->writer;

  /* Corroborations follow the findings on the same page when there is room. */
  readout_report_writer_set_section (w, _("Corroborations"));
  readout_report_heading (report, READOUT_REPORT_FONT_H1, _("Corroborations"), 24, 60);
  readout_report_mark (report, "sec-corroborations", readout_report_writer_get_left (w),
                       readout_report_writer_get_y (w) - 20);
  readout_report_writer_add_outline (w, 0, _("Corroborations"), FALSE);

  if (report->corroborations->len == 0)
    {
      readout_report_paragraph (report, READOUT_REPORT_FONT_BODY, _("No corroborations found."), 0, 6);
      return;
    }
  readout_report_paragraph (report, READOUT_REPORT_FONT_META,
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
      readout_report_paragraph (report, READOUT_REPORT_FONT_H3, title, 0, 2);
      readout_report_paragraph (report, READOUT_REPORT_FONT_META, meta, 0, 4);
      write_evidence (report, corroboration);
    }
}

/* ---- Graph and actors --------------------------------------------------------------------- */
