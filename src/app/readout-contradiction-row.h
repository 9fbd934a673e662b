/* readout-contradiction-row.h: one contradiction or corroboration in the panel: kind, summary,
 * confidence, review state, and when expanded its evidence, review buttons and note.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "readout.h"

G_BEGIN_DECLS

#define READOUT_TYPE_CONTRADICTION_ROW (readout_contradiction_row_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutContradictionRow, readout_contradiction_row, READOUT, CONTRADICTION_ROW, GtkListBoxRow)

GtkWidget            *readout_contradiction_row_new               (ReadoutContradiction    *contradiction);
ReadoutContradiction *readout_contradiction_row_get_contradiction (ReadoutContradictionRow *self);
gboolean              readout_contradiction_row_get_expanded      (ReadoutContradictionRow *self);
void                  readout_contradiction_row_set_expanded      (ReadoutContradictionRow *self,
                                                                   gboolean                 expanded);

/* The symbolic icon for a kind, from the Adwaita icon theme. */
const char           *readout_contradiction_kind_icon_name        (ReadoutContradictionKind kind);

G_END_DECLS
