/* readout-window-export.h: the window's Export Report… action (win.export, Ctrl+E).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-window.h"

G_BEGIN_DECLS

/* Installs win.export. */
void     readout_window_export_init     (ReadoutWindow *window);
/* TRUE while a report is being written (it reads the corpus in a worker thread). */
gboolean readout_window_export_running  (ReadoutWindow *window);
/* Implemented by the window: called when an export ends, to run a postponed analysis. */
void     readout_window_export_finished (ReadoutWindow *window);
/* Writes the report to file without asking (the action asks for the file first). */
void     readout_window_export_to_file  (ReadoutWindow *window,
                                         GFile         *file);

G_END_DECLS
