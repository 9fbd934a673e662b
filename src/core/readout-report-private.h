/* readout-report-private.h: the state shared by the report's sections.
 *
 * The report is drawn twice: the first pass learns the page of every section, finding and
 * piece of evidence, the second uses them for the contents, the "page N of M" footers and
 * the page references next to the evidence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "readout-graph-layout.h"
#include "readout-report.h"
#include "readout-report-writer.h"

G_BEGIN_DECLS

typedef struct
{
  ReadoutCorpus               *corpus;
  const ReadoutReportOptions  *options;
  ReadoutReportWriter         *writer;
  ReadoutGraphLayout          *graph;
  const char                  *title;
  GCancellable                *cancellable;

  GHashTable *known_pages;     /* destination name → page, from the first pass; may be NULL */
  GHashTable *pages;           /* destination name → page, of this pass */
  GPtrArray  *findings;        /* ReadoutContradiction shown as key findings, in rank order */
  GPtrArray  *corroborations;  /* ReadoutContradiction of the corroboration kind */
  GHashTable *statement_findings; /* ReadoutStatement → GPtrArray of ReadoutContradiction */
  GHashTable *document_numbers;   /* ReadoutDocument → index + 1 */
  int         outline_articles;   /* the "Articles" outline entry */
} ReadoutReport;

/* The page on which a destination stood in the first pass, or 0. */
guint  readout_report_known_page    (ReadoutReport   *report,
                                     const char      *dest);
/* Adds a destination at the cursor and remembers its page. */
void   readout_report_mark          (ReadoutReport   *report,
                                     const char      *dest,
                                     double           x,
                                     double           y);
/* "ev-D-S": the destination of a piece of evidence in the annotated articles. */
char  *readout_report_evidence_dest (ReadoutReport   *report,
                                     ReadoutDocument *document,
                                     gsize            start);
/* "finding-N" for the Nth key finding (1-based), or NULL when it is not shown. */
char  *readout_report_finding_dest  (ReadoutReport        *report,
                                     ReadoutContradiction *contradiction);
/* A section heading (H1) on a new page with an outline entry; returns the entry's id. */
int    readout_report_section       (ReadoutReport   *report,
                                     const char      *dest,
                                     const char      *title);
/* Markup-escaped text, or an empty string for NULL. */
char  *readout_report_escape        (const char      *text);

/* A heading kept with keep_with_next points of what follows. */
void   readout_report_heading       (ReadoutReport   *report,
                                     const char      *font,
                                     const char      *text,
                                     double           space_before,
                                     double           keep_with_next);
/* A paragraph of Pango markup, flowed across pages. */
void   readout_report_paragraph     (ReadoutReport   *report,
                                     const char      *font,
                                     const char      *markup,
                                     double           indent,
                                     double           space_after);
const char *readout_report_review_label (ReadoutReviewState state);

/* The sections, in their order. */
void   readout_report_write_cover          (ReadoutReport *report);
void   readout_report_write_findings       (ReadoutReport *report);
void   readout_report_write_corroborations (ReadoutReport *report);
void   readout_report_write_graph          (ReadoutReport *report);
void   readout_report_write_actors         (ReadoutReport *report);
void   readout_report_write_articles       (ReadoutReport *report);

G_END_DECLS
