/* readout-window-project.h: projects, autosave, undo/redo and user corrections for a window.
 *
 * Kept apart from readout-window.c so that the window only shows the model while this unit
 * owns saving and the user's decisions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-window.h"

G_BEGIN_DECLS

/* Seconds between a change and the recovery copy written for it (debounced). */
#define READOUT_AUTOSAVE_DELAY 3

/* Called once at the end of the window's init: installs the project actions (win.save,
 * win.save-as, win.open-project, win.undo, win.redo, win.correct-speaker,
 * win.remove-statement, win.add-statement, win.rename-actor, win.merge-actors) and connects
 * to close-request. */
void            readout_window_project_init            (ReadoutWindow *window);

/* The window's project and undo history. */
ReadoutProject *readout_window_project_get_project     (ReadoutWindow *window);
ReadoutHistory *readout_window_project_get_history     (ReadoutWindow *window);

/* TRUE for a .readout file: open it with readout_window_project_open(), not as an article. */
gboolean        readout_window_project_is_project_file (GFile         *file);
/* Opens a project in this window, or in a new window when this one already has articles. */
void            readout_window_project_open            (ReadoutWindow *window,
                                                        GFile         *file);

G_END_DECLS
