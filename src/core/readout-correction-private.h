/* readout-correction-private.h: applying corrections to a corpus, with a log to undo them.
 *
 * Used by ReadoutDecisions only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-correction.h"

G_BEGIN_DECLS

/* A log of what applying corrections changed on the live objects (GArray of changes). */
GArray   *readout_change_log_new               (void);
/* Undoes the logged changes, last first, and empties the log. */
void      readout_change_log_revert            (GArray             *log);

/* Applies the correction to the corpus's current analysis, logging each change. */
gboolean  readout_correction_apply             (ReadoutCorrection  *correction,
                                                ReadoutCorpus      *corpus,
                                                GArray             *log,
                                                GError            **error);
/* Sets every actor's statement count from the corpus's statements. */
void      readout_correction_recount_statements (ReadoutCorpus     *corpus);

G_END_DECLS
