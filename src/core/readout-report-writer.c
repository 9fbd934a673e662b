/* readout-report-writer.c: pages, running headers and text flow for the PDF report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "readout-report-writer.h"

#define MARGIN_TOP     64.0
#define MARGIN_BOTTOM  60.0
#define MARGIN_INSIDE  78.0  /* wide enough for the statement markers of the articles */
#define MARGIN_OUTSIDE 60.0
#define HEADER_BASELINE 38.0
#define FOOTER_OFFSET  34.0
#define CELL_PADDING   4.0
#define SWATCH_SIZE    8.0

struct _ReadoutReportWriter
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  PangoContext    *context;
  double           page_width;
  double           page_height;
  double           y;
  guint            page;
  guint            total_pages;
  gboolean         page_open;
  gboolean         plain_page;
  char            *running_title;
  char            *section;
  char            *page_section; /* the section when the page began */

  /* The table being written. */
  guint            n_columns;
  double          *column_widths;
  char           **header_markup;
};

static const double ink[3] = { 0.1, 0.1, 0.12 };
static const double rule_grey[3] = { 0.6, 0.6, 0.62 };

ReadoutReportWriter *
readout_report_writer_new (cairo_surface_t *surface,
                           double           page_width,
                           double           page_height,
                           const char      *running_title,
                           guint            total_pages)
{
  ReadoutReportWriter *self = g_new0 (ReadoutReportWriter, 1);
  cairo_font_options_t *options;

  self->surface = cairo_surface_reference (surface);
  self->cr = cairo_create (surface);
  self->page_width = page_width;
  self->page_height = page_height;
  self->total_pages = total_pages;
  self->running_title = g_strdup (running_title);

  /* Metrics must not be hinted to a device grid: the PDF is scaled when viewed or printed. */
  self->context = pango_cairo_create_context (self->cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (self->context, pango_language_get_default ());

  return self;
}

void
readout_report_writer_free (ReadoutReportWriter *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->context);
  g_clear_pointer (&self->cr, cairo_destroy);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  g_free (self->running_title);
  g_free (self->section);
  g_free (self->page_section);
  g_free (self->column_widths);
  g_strfreev (self->header_markup);
  g_free (self);
}

cairo_t *
readout_report_writer_get_cairo (ReadoutReportWriter *self)
{
  return self->cr;
}

guint
readout_report_writer_get_page (ReadoutReportWriter *self)
{
  return MAX (self->page, 1);
}

double
readout_report_writer_get_left (ReadoutReportWriter *self)
{
  return MARGIN_INSIDE;
}

double
readout_report_writer_get_width (ReadoutReportWriter *self)
{
  return self->page_width - MARGIN_INSIDE - MARGIN_OUTSIDE;
}

double
readout_report_writer_get_y (ReadoutReportWriter *self)
{
  return self->page_open ? self->y : MARGIN_TOP;
}

double
readout_report_writer_get_body_height (ReadoutReportWriter *self)
{
  return self->page_height - MARGIN_TOP - MARGIN_BOTTOM;
}

double
readout_report_writer_get_remaining (ReadoutReportWriter *self)
{
  return self->page_height - MARGIN_BOTTOM - readout_report_writer_get_y (self);
}

static void
set_source (cairo_t      *cr,
            const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

PangoLayout *
readout_report_writer_create_layout (ReadoutReportWriter *self,
                                     const char          *font,
                                     double               width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  /* Words longer than a line (URLs, long names) are broken, with a hyphen where Pango
   * finds one appropriate (insert-hyphens is on by default since Pango 1.44). */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

PangoLayout *
readout_report_writer_create_markup (ReadoutReportWriter *self,
                                     const char          *font,
                                     double               width,
                                     const char          *markup)
{
  PangoLayout *layout = readout_report_writer_create_layout (self, font, width);

  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* Header and footer of a page: the report title and the section, the page number. */
static void
draw_page_furniture (ReadoutReportWriter *self)
{
  cairo_t *cr = self->cr;
  double left = MARGIN_INSIDE;
  double width = readout_report_writer_get_width (self);
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) section = NULL;
  g_autoptr(PangoLayout) number = NULL;
  g_autofree char *page_text = NULL;
  int w, h;

  cairo_save (cr);
  set_source (cr, rule_grey);

  title = readout_report_writer_create_layout (self, READOUT_REPORT_FONT_NOTE, width * 0.55);
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (title, self->running_title ? self->running_title : "", -1);
  cairo_move_to (cr, left, HEADER_BASELINE - pango_layout_get_baseline (title) / (double)PANGO_SCALE);
  pango_cairo_show_layout (cr, title);

  if (self->page_section)
    {
      section = readout_report_writer_create_layout (self, READOUT_REPORT_FONT_NOTE, width * 0.43);
      pango_layout_set_ellipsize (section, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (section, PANGO_ALIGN_RIGHT);
      pango_layout_set_text (section, self->page_section, -1);
      cairo_move_to (cr, left + width * 0.57,
                     HEADER_BASELINE - pango_layout_get_baseline (section) / (double)PANGO_SCALE);
      pango_cairo_show_layout (cr, section);
    }

  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, left, HEADER_BASELINE + 5);
  cairo_line_to (cr, left + width, HEADER_BASELINE + 5);
  cairo_stroke (cr);

  if (self->total_pages > 0)
    /* Translators: the page number in the report's footer */
    page_text = g_strdup_printf (_("Page %u of %u"), self->page, self->total_pages);
  else
    page_text = g_strdup_printf (_("Page %u"), self->page);
  number = readout_report_writer_create_layout (self, READOUT_REPORT_FONT_NOTE, width);
  pango_layout_set_alignment (number, PANGO_ALIGN_CENTER);
  pango_layout_set_text (number, page_text, -1);
  pango_layout_get_size (number, &w, &h);
  cairo_move_to (cr, left, self->page_height - FOOTER_OFFSET);
  pango_cairo_show_layout (cr, number);

  cairo_restore (cr);
}

static void
open_page (ReadoutReportWriter *self)
{
  if (self->page_open)
    return;
  self->page++;
  self->page_open = TRUE;
  self->plain_page = FALSE;
  self->y = MARGIN_TOP;
  g_free (self->page_section);
  self->page_section = g_strdup (self->section);
}

/* The furniture is drawn when the page is closed, so that set_plain_page() and a section
 * set on an empty page still apply. */
static void
close_page (ReadoutReportWriter *self)
{
  if (!self->page_open)
    return;
  if (!self->plain_page)
    draw_page_furniture (self);
  cairo_show_page (self->cr);
  self->page_open = FALSE;
}

void
readout_report_writer_finish (ReadoutReportWriter *self)
{
  close_page (self);
}

void
readout_report_writer_set_section (ReadoutReportWriter *self,
                                   const char          *section)
{
  g_free (self->section);
  self->section = g_strdup (section);
  /* A page with nothing on it yet belongs to the new section. */
  if (self->page_open && self->y <= MARGIN_TOP + 0.5)
    {
      g_free (self->page_section);
      self->page_section = g_strdup (section);
    }
}

void
readout_report_writer_set_plain_page (ReadoutReportWriter *self)
{
  open_page (self);
  self->plain_page = TRUE;
}

void
readout_report_writer_new_page (ReadoutReportWriter *self)
{
  close_page (self);
  open_page (self);
}

void
readout_report_writer_ensure_space (ReadoutReportWriter *self,
                                    double               height)
{
  open_page (self);
  /* At the top of a page there is nothing to gain from a new one. */
  if (self->y + height > self->page_height - MARGIN_BOTTOM && self->y > MARGIN_TOP + 0.5)
    readout_report_writer_new_page (self);
}

void
readout_report_writer_skip (ReadoutReportWriter *self,
                            double               height)
{
  open_page (self);
  self->y = MIN (self->y + height, self->page_height - MARGIN_BOTTOM);
}

void
readout_report_writer_flow (ReadoutReportWriter   *self,
                            PangoLayout           *layout,
                            double                 x,
                            const char            *link_dest,
                            ReadoutReportLineFunc  line_func,
                            gpointer               user_data)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  g_autofree char *link = link_dest ? g_strdup_printf ("dest='%s'", link_dest) : NULL;

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double top, height, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      baseline = (pango_layout_iter_get_baseline (iter) - logical.y) / (double)PANGO_SCALE;
      height = logical.height / (double)PANGO_SCALE;

      readout_report_writer_ensure_space (self, height);
      top = self->y;

      if (link)
        cairo_tag_begin (self->cr, CAIRO_TAG_LINK, link);
      cairo_move_to (self->cr, MARGIN_INSIDE + x + logical.x / (double)PANGO_SCALE, top + baseline);
      pango_cairo_show_layout_line (self->cr, line);
      if (link)
        cairo_tag_end (self->cr, CAIRO_TAG_LINK);

      if (line_func)
        line_func (self, line->start_index, line->start_index + line->length, top, height, user_data);
      self->y = top + height;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

void
readout_report_writer_block (ReadoutReportWriter *self,
                             PangoLayout         *layout,
                             double               x,
                             const char          *link_dest)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  if (height / (double)PANGO_SCALE <= readout_report_writer_get_body_height (self))
    readout_report_writer_ensure_space (self, height / (double)PANGO_SCALE);
  readout_report_writer_flow (self, layout, x, link_dest, NULL, NULL);
}

void
readout_report_writer_add_dest (ReadoutReportWriter *self,
                                const char          *name,
                                double               x,
                                double               y)
{
  g_autofree char *attributes = NULL;
  char xs[G_ASCII_DTOSTR_BUF_SIZE], ys[G_ASCII_DTOSTR_BUF_SIZE];

  open_page (self);
  attributes = g_strdup_printf ("name='%s' x=%s y=%s", name,
                                g_ascii_formatd (xs, sizeof xs, "%.1f", x),
                                g_ascii_formatd (ys, sizeof ys, "%.1f", MAX (y - 6, 0)));
  cairo_tag_begin (self->cr, CAIRO_TAG_DEST, attributes);
  cairo_tag_end (self->cr, CAIRO_TAG_DEST);
}

int
readout_report_writer_add_outline (ReadoutReportWriter *self,
                                   int                  parent,
                                   const char          *title,
                                   gboolean             open)
{
  g_autofree char *link = NULL;
  char ys[G_ASCII_DTOSTR_BUF_SIZE];

  open_page (self);
  if (cairo_surface_get_type (self->surface) != CAIRO_SURFACE_TYPE_PDF)
    return 0;
  link = g_strdup_printf ("page=%u pos=[%s %s]", self->page,
                          g_ascii_formatd (ys, sizeof ys, "%.1f", MARGIN_INSIDE),
                          g_ascii_formatd (ys, sizeof ys, "%.1f", MAX (self->y - 12, 0)));
  return cairo_pdf_surface_add_outline (self->surface, parent, title, link,
                                        open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
}

/* ---- Tables ----------------------------------------------------------------------------- */

static double
row_height (ReadoutReportWriter *self,
            PangoLayout        **cells)
{
  double height = 0;

  for (guint i = 0; i < self->n_columns; i++)
    {
      int h;

      pango_layout_get_size (cells[i], NULL, &h);
      height = MAX (height, h / (double)PANGO_SCALE);
    }
  return height + 2 * CELL_PADDING;
}

static PangoLayout **
create_cells (ReadoutReportWriter *self,
              const char * const  *markup,
              gboolean             header,
              const double        *swatch)
{
  PangoLayout **cells = g_new0 (PangoLayout *, self->n_columns);

  for (guint i = 0; i < self->n_columns; i++)
    {
      double width = self->column_widths[i] - 2 * CELL_PADDING;
      g_autofree char *bold = NULL;

      if (i == 0 && swatch)
        width -= SWATCH_SIZE + CELL_PADDING;
      if (header)
        bold = g_strdup_printf ("<b>%s</b>", markup[i] ? markup[i] : "");
      cells[i] = readout_report_writer_create_markup (self, READOUT_REPORT_FONT_TABLE, MAX (width, 10),
                                                      header ? bold : (markup[i] ? markup[i] : ""));
    }
  return cells;
}

static void
free_cells (ReadoutReportWriter  *self,
            PangoLayout         **cells)
{
  for (guint i = 0; i < self->n_columns; i++)
    g_object_unref (cells[i]);
  g_free (cells);
}

static void
draw_row (ReadoutReportWriter  *self,
          PangoLayout         **cells,
          gboolean              header,
          const double         *swatch)
{
  cairo_t *cr = self->cr;
  double height = row_height (self, cells);
  double x = MARGIN_INSIDE;
  double total = 0;

  for (guint i = 0; i < self->n_columns; i++)
    total += self->column_widths[i];

  cairo_save (cr);
  if (header)
    {
      cairo_set_source_rgb (cr, 0.9, 0.9, 0.92);
      cairo_rectangle (cr, x, self->y, total, height);
      cairo_fill (cr);
    }
  for (guint i = 0; i < self->n_columns; i++)
    {
      double cell_x = x + CELL_PADDING;

      if (i == 0 && swatch)
        {
          cairo_set_source_rgb (cr, swatch[0], swatch[1], swatch[2]);
          cairo_new_path (cr);
          cairo_arc (cr, cell_x + SWATCH_SIZE / 2, self->y + CELL_PADDING + 6, SWATCH_SIZE / 2, 0, 2 * G_PI);
          cairo_fill_preserve (cr);
          set_source (cr, ink);
          cairo_set_line_width (cr, 0.4);
          cairo_stroke (cr);
          cell_x += SWATCH_SIZE + CELL_PADDING;
        }
      set_source (cr, ink);
      cairo_move_to (cr, cell_x, self->y + CELL_PADDING);
      pango_cairo_show_layout (cr, cells[i]);
      x += self->column_widths[i];
    }
  set_source (cr, rule_grey);
  cairo_set_line_width (cr, header ? 0.8 : 0.3);
  cairo_move_to (cr, MARGIN_INSIDE, self->y + height);
  cairo_line_to (cr, MARGIN_INSIDE + total, self->y + height);
  cairo_stroke (cr);
  cairo_restore (cr);

  self->y += height;
}

static void
draw_header_row (ReadoutReportWriter *self)
{
  PangoLayout **cells = create_cells (self, (const char * const *)self->header_markup, TRUE, NULL);

  draw_row (self, cells, TRUE, NULL);
  free_cells (self, cells);
}

void
readout_report_writer_begin_table (ReadoutReportWriter *self,
                                   guint                n_columns,
                                   const double        *widths,
                                   const char * const  *header_markup)
{
  PangoLayout **cells;

  g_free (self->column_widths);
  g_strfreev (self->header_markup);
  self->n_columns = n_columns;
  self->column_widths = g_memdup2 (widths, n_columns * sizeof (double));
  self->header_markup = g_new0 (char *, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    self->header_markup[i] = g_strdup (header_markup[i]);

  /* The header with room for a first row, so that it is never alone at a page's foot. */
  cells = create_cells (self, header_markup, TRUE, NULL);
  readout_report_writer_ensure_space (self, 3 * row_height (self, cells));
  free_cells (self, cells);
  draw_header_row (self);
}

void
readout_report_writer_table_row (ReadoutReportWriter *self,
                                 const char * const  *cell_markup,
                                 const double        *swatch,
                                 const char          *link_dest)
{
  PangoLayout **cells = create_cells (self, cell_markup, FALSE, swatch);
  double height = row_height (self, cells);
  g_autofree char *link = link_dest ? g_strdup_printf ("dest='%s'", link_dest) : NULL;

  open_page (self);
  if (self->y + height > self->page_height - MARGIN_BOTTOM)
    {
      readout_report_writer_new_page (self);
      draw_header_row (self);
    }
  if (link)
    cairo_tag_begin (self->cr, CAIRO_TAG_LINK, link);
  draw_row (self, cells, FALSE, swatch);
  if (link)
    cairo_tag_end (self->cr, CAIRO_TAG_LINK);
  free_cells (self, cells);
}

void
readout_report_writer_end_table (ReadoutReportWriter *self)
{
  self->n_columns = 0;
  g_clear_pointer (&self->column_widths, g_free);
  g_clear_pointer (&self->header_markup, g_strfreev);
  readout_report_writer_skip (self, 10);
}
