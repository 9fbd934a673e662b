/* readout-util.h: small helpers shared by the core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* g_set_str() arrived in GLib 2.76; bookworm has 2.74. */
gboolean readout_set_str (char       **str_pointer,
                          const char  *new_str);

/* TRUE when every byte offset lies on a UTF-8 character boundary of text. */
gboolean readout_utf8_is_boundary (const char *text,
                                   gsize       length,
                                   gsize       offset);

G_END_DECLS
