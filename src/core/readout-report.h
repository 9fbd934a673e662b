/* readout-report.h: the annotated PDF report (Cairo PDF surface + Pango), shared by the app's
 * Export action and `readout-cli report`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "readout-types.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_PAPER_A4,
  READOUT_PAPER_LETTER,
} ReadoutPaper;

typedef struct
{
  const char   *title;             /* NULL: "Readout report" */
  const char   *author;            /* NULL: the user's real name */
  ReadoutPaper  paper;
  gboolean      include_dismissed; /* FALSE: dismissed contradictions are left out */
} ReadoutReportOptions;

void     readout_report_options_init (ReadoutReportOptions *options);

/* Writes the report of the corpus's current analysis (with the review decisions and notes)
 * to path, atomically (a temporary file renamed over the target). */
gboolean readout_report_write_pdf    (ReadoutCorpus               *corpus,
                                      const ReadoutReportOptions  *options,
                                      const char                  *path,
                                      GCancellable                *cancellable,
                                      GError                     **error);

G_END_DECLS
