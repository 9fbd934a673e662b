/* readout-widget-util.h: small helpers shared by the app's widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* For the dispose of a composite widget whose template puts its content straight into a plain
 * GtkWidget: gtk_widget_dispose_template() releases only the bound children, and a plain
 * GtkWidget does not drop the others by itself. */
void readout_widget_unparent_children (GtkWidget *widget);

G_END_DECLS
