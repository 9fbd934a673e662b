/* readout-html-loader.h: HTML articles: metadata and the main body (readability-style).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-types.h"

G_BEGIN_DECLS

/* html: the page as UTF-8 (or with its own charset declaration). */
ReadoutDocument *readout_html_loader_load (const char  *html,
                                           gsize        length,
                                           const char  *uri,
                                           GError     **error);

/* TRUE when the data looks like HTML rather than plain text. */
gboolean         readout_html_loader_sniff (const char *data,
                                            gsize       length);

G_END_DECLS
