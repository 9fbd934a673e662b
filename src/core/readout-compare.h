/* readout-compare.h: the contradiction and corroboration detectors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-pipeline.h"

G_BEGIN_DECLS

/* Reads the documents and result->statements/actors/relations; fills result->contradictions
 * (ranked by confidence and importance) and result->corroborations. */
gboolean readout_compare_run (GPtrArray              *documents,
                              ReadoutLexicon         *lexicon,
                              ReadoutAnalysisResult  *result,
                              GCancellable           *cancellable,
                              GError                **error);

G_END_DECLS
