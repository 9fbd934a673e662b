/* readout-pipeline.h: runs the analysis stages over a set of documents.
 *
 * The stages read the documents and add their own objects to a ReadoutAnalysisResult; nothing
 * flows back. The result is built off the main thread and handed to the corpus, which swaps it
 * into its list models on the main thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "readout-types.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *actors;         /* ReadoutActor */
  GPtrArray *statements;     /* ReadoutStatement */
  GPtrArray *relations;      /* ReadoutRelation */
  GPtrArray *contradictions; /* ReadoutContradiction, ranked */
  GPtrArray *corroborations; /* ReadoutContradiction of the corroboration kind */
} ReadoutAnalysisResult;

/* Called from the thread that runs the pipeline; fraction is 0..1. */
typedef void (*ReadoutProgressFunc) (double   fraction,
                                     gpointer user_data);

ReadoutAnalysisResult *readout_analysis_result_new  (void);
void                   readout_analysis_result_free (ReadoutAnalysisResult *result);

ReadoutAnalysisResult *readout_pipeline_run (GPtrArray           *documents,
                                             ReadoutLexicon      *lexicon,
                                             GCancellable        *cancellable,
                                             ReadoutProgressFunc  progress,
                                             gpointer             progress_data,
                                             GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutAnalysisResult, readout_analysis_result_free)

G_END_DECLS
