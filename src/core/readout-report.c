/* readout-report.c: the annotated PDF report.
 *
 * Order of the contents: cover (title, date, sources, counts, contents:
 * readout-report-cover.c), key findings and corroborations (readout-report-findings.c), the
 * actor graph and the table of actors (readout-report-actors.c), and every article annotated
 * (readout-report-articles.c). Pages, text flow and tables are the writer's job
 * (readout-report-writer.c), the graph figure readout-report-graph.c's. This file holds what
 * the sections share, the two passes and the atomic write.
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

void
readout_report_heading (ReadoutReport *report,
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
  readout_report_heading (report, READOUT_REPORT_FONT_H1, title, 0, 0);
  readout_report_writer_skip (w, 6);
  return id;
}

void
readout_report_paragraph (ReadoutReport *report,
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

const char *
readout_report_review_label (ReadoutReviewState state)
{
  switch (state)
    {
    case READOUT_REVIEW_CONFIRMED: return _("Confirmed");
    case READOUT_REVIEW_DISMISSED: return _("Dismissed");
    case READOUT_REVIEW_UNREVIEWED:
    default: return _("Not reviewed");
    }
}


/* ---- Cover ------------------------------------------------------------------------------ */

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

  readout_report_write_cover (report);
  readout_report_write_findings (report);
  readout_report_write_corroborations (report);
  readout_report_write_graph (report);
  readout_report_write_actors (report);
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
