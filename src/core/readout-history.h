/* readout-history.h: undo and redo of the user's review decisions and corrections.
 *
 * The history observes a ReadoutDecisions: every review change (whoever made it: a panel that
 * calls readout_contradiction_set_review(), or readout_decisions_set_review()) and every
 * correction added is recorded as a command. Undo and redo go back through ReadoutDecisions,
 * so the analysis objects, the project file and the views all follow. A new action clears
 * what could be redone. No GTK: the window binds its actions to the properties.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-decisions.h"

G_BEGIN_DECLS

#define READOUT_TYPE_HISTORY (readout_history_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutHistory, readout_history, READOUT, HISTORY, GObject)

ReadoutHistory   *readout_history_new            (ReadoutDecisions  *decisions);
ReadoutDecisions *readout_history_get_decisions  (ReadoutHistory    *self);
gboolean          readout_history_get_can_undo   (ReadoutHistory    *self);
gboolean          readout_history_get_can_redo   (ReadoutHistory    *self);
/* What undo or redo would do ("Confirm Contradiction", "Merge “A” into “B”"), translated;
 * NULL when there is nothing. */
const char       *readout_history_get_undo_label (ReadoutHistory    *self);
const char       *readout_history_get_redo_label (ReadoutHistory    *self);
/* FALSE with an error when the step could not be made (a correction that no longer applies
 * to a new analysis); the history then forgets the steps it can no longer make. */
gboolean          readout_history_undo           (ReadoutHistory    *self,
                                                  GError           **error);
gboolean          readout_history_redo           (ReadoutHistory    *self,
                                                  GError           **error);
/* Forgets everything, e.g. after another project was opened. */
void              readout_history_clear          (ReadoutHistory    *self);

G_END_DECLS
