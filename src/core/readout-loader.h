/* readout-loader.h: reading article files into ReadoutDocuments.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "readout-types.h"

G_BEGIN_DECLS

/* Reads a file (plain text or HTML, sniffed from its content), converts it to UTF-8, cleans it
 * and fills the metadata. Errors are in the READOUT_ERROR and G_IO_ERROR domains, with
 * messages a user can act on. */
ReadoutDocument *readout_loader_load_file  (GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error);
/* The same for bytes already in memory (a download). uri may be NULL; content_type is a hint
 * ("text/html") and may be NULL. */
ReadoutDocument *readout_loader_load_bytes (GBytes        *bytes,
                                            const char    *uri,
                                            const char    *content_type,
                                            GError       **error);
/* Converts raw bytes to UTF-8: UTF-8 (with or without BOM), UTF-16 with a BOM, else
 * Windows-1252. Refuses binary data. */
char            *readout_loader_to_utf8    (const char    *data,
                                            gsize          length,
                                            GError       **error);

G_END_DECLS
