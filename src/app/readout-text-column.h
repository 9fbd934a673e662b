/* readout-text-column.h: a GtkColumnView column of one-line labels, for the statements and
 * actors lists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Returns the cell's text for item (newly allocated). */
typedef char *(*ReadoutCellTextFunc) (gpointer item);

typedef enum
{
  READOUT_TEXT_COLUMN_EXPAND  = 1 << 0, /* takes the remaining width */
  READOUT_TEXT_COLUMN_NUMERIC = 1 << 1, /* right-aligned, tabular digits */
  READOUT_TEXT_COLUMN_DIM     = 1 << 2, /* secondary information */
  READOUT_TEXT_COLUMN_TOOLTIP = 1 << 3, /* the full text as a tooltip, for long cells */
} ReadoutTextColumnFlags;

/* sorter: (transfer full) (nullable). */
GtkColumnViewColumn *readout_text_column_new (const char             *title,
                                              ReadoutCellTextFunc     text_func,
                                              GtkSorter              *sorter,
                                              int                     fixed_width,
                                              ReadoutTextColumnFlags  flags);

/* The item of the row at (x, y) in list (a GtkColumnView of text columns), or NULL. */
gpointer             readout_text_column_pick_item  (GtkWidget  *list,
                                                     double      x,
                                                     double      y);
/* Pops popover (a child of an ancestor of list) up at (x, y) in list's coordinates. */
void                 readout_text_column_popup_menu (GtkPopover *popover,
                                                     GtkWidget  *list,
                                                     double      x,
                                                     double      y);

/* Selects the row of item in selection (none when item is NULL or filtered out) and scrolls
 * list to it when it is shown. Returns the position, or GTK_INVALID_LIST_POSITION. */
guint                readout_text_column_select_item (GtkColumnView      *list,
                                                      GtkSingleSelection *selection,
                                                      gpointer            item);

G_END_DECLS
