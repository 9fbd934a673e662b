/* readout-text-column.c: a GtkColumnView column of one-line labels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "readout-text-column.h"

typedef struct
{
  ReadoutCellTextFunc    text_func;
  ReadoutTextColumnFlags flags;
} ColumnData;

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            ColumnData               *data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), (data->flags & READOUT_TEXT_COLUMN_NUMERIC) ? 1.0 : 0.0);
  if (data->flags & READOUT_TEXT_COLUMN_NUMERIC)
    gtk_widget_add_css_class (label, "numeric");
  if (data->flags & READOUT_TEXT_COLUMN_DIM)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           ColumnData               *data)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = data->text_func (gtk_list_item_get_item (list_item));
  g_autofree char *one_line = g_strdup (text ? text : "");

  /* Cells are one line high: newlines in a quote would cut it off. */
  g_strdelimit (one_line, "\r\n\t", ' ');
  /* For context menus: which row the pointer is on (see readout_text_column_pick_item). */
  g_object_set_data (G_OBJECT (label), "readout-item", gtk_list_item_get_item (list_item));
  gtk_label_set_label (GTK_LABEL (label), one_line);
  if (data->flags & READOUT_TEXT_COLUMN_TOOLTIP)
    gtk_widget_set_tooltip_text (label, *one_line ? one_line : NULL);
}

GtkColumnViewColumn *
readout_text_column_new (const char             *title,
                         ReadoutCellTextFunc     text_func,
                         GtkSorter              *sorter,
                         int                     fixed_width,
                         ReadoutTextColumnFlags  flags)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  ColumnData *data = g_new0 (ColumnData, 1);

  data->text_func = text_func;
  data->flags = flags;
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), data);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), data);
  g_object_set_data_full (G_OBJECT (factory), "readout-column-data", data, g_free);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, (flags & READOUT_TEXT_COLUMN_EXPAND) != 0);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  if (sorter != NULL)
    {
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
    }
  return column;
}

gpointer
readout_text_column_pick_item (GtkWidget *list,
                               double     x,
                               double     y)
{
  for (GtkWidget *widget = gtk_widget_pick (list, x, y, GTK_PICK_DEFAULT);
       widget != NULL && widget != list;
       widget = gtk_widget_get_parent (widget))
    {
      gpointer item = g_object_get_data (G_OBJECT (widget), "readout-item");
      if (item != NULL)
        return item;
    }
  return NULL;
}

void
readout_text_column_popup_menu (GtkPopover *popover,
                                GtkWidget  *list,
                                double      x,
                                double      y)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (popover));
  double px = x, py = y;

  gtk_widget_translate_coordinates (list, parent, x, y, &px, &py);
  gtk_popover_set_pointing_to (popover, &(GdkRectangle) { (int)px, (int)py, 1, 1 });
  gtk_popover_popup (popover);
}

guint
readout_text_column_select_item (GtkColumnView      *list,
                                 GtkSingleSelection *selection,
                                 gpointer            item)
{
  GListModel *model = G_LIST_MODEL (selection);
  guint position = GTK_INVALID_LIST_POSITION;
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; item != NULL && i < n; i++)
    {
      g_autoptr(GObject) candidate = g_list_model_get_item (model, i);

      if ((gpointer)candidate == item)
        {
          position = i;
          break;
        }
    }

  gtk_single_selection_set_selected (selection, position);
  if (position != GTK_INVALID_LIST_POSITION && gtk_widget_get_mapped (GTK_WIDGET (list)))
    gtk_widget_activate_action (GTK_WIDGET (list), "list.scroll-to-item", "u", position);
  return position;
}
