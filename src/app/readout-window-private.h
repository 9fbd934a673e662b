/* readout-window-private.h: the window's parts, for tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-actors-view.h"
#include "readout-contradiction-panel.h"
#include "readout-graph-view.h"
#include "readout-reader.h"
#include "readout-statements-view.h"
#include "readout-window.h"

G_BEGIN_DECLS

ReadoutContradictionPanel *readout_window_get_panel           (ReadoutWindow *self);
ReadoutStatementsView     *readout_window_get_statements_view (ReadoutWindow *self);
ReadoutActorsView         *readout_window_get_actors_view     (ReadoutWindow *self);
ReadoutGraphView          *readout_window_get_graph_view      (ReadoutWindow *self);
ReadoutReader             *readout_window_get_reader          (ReadoutWindow *self);
/* The documents list's rows. */
guint                      readout_window_get_n_document_rows (ReadoutWindow *self);
/* "welcome" or "content". */
const char                *readout_window_get_page            (ReadoutWindow *self);

G_END_DECLS
