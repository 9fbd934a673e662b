/* readout-text-loader.h: plain-text articles as saved from a browser.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-types.h"

G_BEGIN_DECLS

/* text: valid UTF-8. Drops page boilerplate and repeated paragraphs, infers title, outlet,
 * byline and date from the text. */
ReadoutDocument *readout_text_loader_load (const char  *text,
                                           const char  *uri,
                                           GError     **error);

G_END_DECLS
