/* readout-report-writer.h: pages, running headers and text flow for the PDF report.
 *
 * The writer keeps a cursor on the current page and breaks pages line by line, so that no text
 * runs over the bottom margin however long a paragraph is. It knows nothing about the analysis.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct _ReadoutReportWriter ReadoutReportWriter;

/* Font descriptions used throughout the report; DejaVu ships with Debian (fonts-dejavu-core). */
#define READOUT_REPORT_FONT_TITLE   "DejaVu Sans Bold 22"
#define READOUT_REPORT_FONT_H1      "DejaVu Sans Bold 16"
#define READOUT_REPORT_FONT_H2      "DejaVu Sans Bold 12"
#define READOUT_REPORT_FONT_H3      "DejaVu Sans Bold 10.5"
#define READOUT_REPORT_FONT_BODY    "DejaVu Serif 10"
#define READOUT_REPORT_FONT_QUOTE   "DejaVu Serif Italic 9.5"
#define READOUT_REPORT_FONT_META    "DejaVu Sans 8.5"
#define READOUT_REPORT_FONT_NOTE    "DejaVu Sans 7.5"
#define READOUT_REPORT_FONT_TABLE   "DejaVu Sans 8.5"

/* Called for every line flowed, after it is drawn at its final place. start/end: the line's
 * byte range in the layout's text; top/height: its box on the current page. */
typedef void (*ReadoutReportLineFunc) (ReadoutReportWriter *writer,
                                       int                  start,
                                       int                  end,
                                       double               top,
                                       double               height,
                                       gpointer             user_data);

ReadoutReportWriter *readout_report_writer_new          (cairo_surface_t     *surface,
                                                         double               page_width,
                                                         double               page_height,
                                                         const char          *running_title,
                                                         guint                total_pages);
void                 readout_report_writer_free         (ReadoutReportWriter *self);
/* Ends the last page. */
void                 readout_report_writer_finish       (ReadoutReportWriter *self);

cairo_t             *readout_report_writer_get_cairo    (ReadoutReportWriter *self);
guint                readout_report_writer_get_page     (ReadoutReportWriter *self);
double               readout_report_writer_get_left     (ReadoutReportWriter *self);
double               readout_report_writer_get_width    (ReadoutReportWriter *self);
double               readout_report_writer_get_y        (ReadoutReportWriter *self);
/* Space left on the current page, in points. */
double               readout_report_writer_get_remaining (ReadoutReportWriter *self);
/* The height of a page's text area. */
double               readout_report_writer_get_body_height (ReadoutReportWriter *self);

/* The running header's right part, from the next page on (and on this one if still empty). */
void                 readout_report_writer_set_section  (ReadoutReportWriter *self,
                                                         const char          *section);
/* Leaves running header and page number off the current page (the cover). */
void                 readout_report_writer_set_plain_page (ReadoutReportWriter *self);
void                 readout_report_writer_new_page     (ReadoutReportWriter *self);
/* Starts a new page unless height fits on the current one. Opens the page if needed. */
void                 readout_report_writer_ensure_space (ReadoutReportWriter *self,
                                                         double               height);
/* Moves the cursor down; at most to the bottom of the page. */
void                 readout_report_writer_skip         (ReadoutReportWriter *self,
                                                         double               height);

/* A layout for this writer's context, wrapping at width (points) with words broken and
 * hyphenated when they do not fit. */
PangoLayout         *readout_report_writer_create_layout (ReadoutReportWriter *self,
                                                          const char          *font,
                                                          double               width);
PangoLayout         *readout_report_writer_create_markup (ReadoutReportWriter *self,
                                                          const char          *font,
                                                          double               width,
                                                          const char          *markup);
/* Draws the layout at x (from the left margin), breaking pages between lines. With link_dest,
 * every line links to that named destination. */
void                 readout_report_writer_flow         (ReadoutReportWriter   *self,
                                                         PangoLayout           *layout,
                                                         double                 x,
                                                         const char            *link_dest,
                                                         ReadoutReportLineFunc  line_func,
                                                         gpointer               user_data);
/* Like flow, but keeps the layout on one page when it fits on one. */
void                 readout_report_writer_block        (ReadoutReportWriter *self,
                                                         PangoLayout         *layout,
                                                         double               x,
                                                         const char          *link_dest);
/* A named destination at the given point of the current page. */
void                 readout_report_writer_add_dest     (ReadoutReportWriter *self,
                                                         const char          *name,
                                                         double               x,
                                                         double               y);
/* An outline (bookmark) entry pointing at the cursor; returns its id for children.
 * parent 0 is the top level. */
int                  readout_report_writer_add_outline  (ReadoutReportWriter *self,
                                                         int                  parent,
                                                         const char          *title,
                                                         gboolean             open);

/* Tables: columns of fixed widths (summing to at most the text width); rows never split,
 * and the header row is repeated on each new page. */
void                 readout_report_writer_begin_table  (ReadoutReportWriter  *self,
                                                         guint                 n_columns,
                                                         const double         *widths,
                                                         const char * const   *header_markup);
/* swatch: an optional colour drawn as a dot before the first cell; link_dest: an optional
 * named destination the whole row links to. */
void                 readout_report_writer_table_row    (ReadoutReportWriter  *self,
                                                         const char * const   *cell_markup,
                                                         const double         *swatch,
                                                         const char           *link_dest);
void                 readout_report_writer_end_table    (ReadoutReportWriter  *self);

G_END_DECLS
