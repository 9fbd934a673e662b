/* readout-engine.h: the attribution engine: statements, speakers, actors and relations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-pipeline.h"

G_BEGIN_DECLS

/* Fills result->actors, ->statements and ->relations from the documents. progress gets the
 * fraction of documents done. Returns FALSE only when cancelled. */
gboolean readout_engine_run (GPtrArray              *documents,
                             ReadoutLexicon         *lexicon,
                             ReadoutAnalysisResult  *result,
                             GCancellable           *cancellable,
                             ReadoutProgressFunc     progress,
                             gpointer                progress_data,
                             GError                **error);

G_END_DECLS
