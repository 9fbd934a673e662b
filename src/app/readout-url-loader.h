/* readout-url-loader.h: downloads an article over http(s) with libsoup and loads it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "readout.h"

G_BEGIN_DECLS

#define READOUT_URL_LOADER_DEFAULT_TIMEOUT  15                 /* seconds */
#define READOUT_URL_LOADER_DEFAULT_MAX_SIZE (10 * 1024 * 1024) /* bytes */
#define READOUT_URL_LOADER_MAX_REDIRECTS    5

#define READOUT_TYPE_URL_LOADER (readout_url_loader_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutUrlLoader, readout_url_loader, READOUT, URL_LOADER, GObject)

ReadoutUrlLoader *readout_url_loader_new          (void);
/* Seconds without an answer before a download fails; also bounds the whole download to
 * four times that. */
guint             readout_url_loader_get_timeout  (ReadoutUrlLoader     *self);
void              readout_url_loader_set_timeout  (ReadoutUrlLoader     *self,
                                                   guint                 seconds);
/* Bodies larger than this are refused (reading stops there). */
gsize             readout_url_loader_get_max_size (ReadoutUrlLoader     *self);
void              readout_url_loader_set_max_size (ReadoutUrlLoader     *self,
                                                   gsize                 max_size);

/* Checks that uri is an absolute http or https address; the error says why not. */
gboolean          readout_url_loader_check_uri    (const char           *uri,
                                                   GError              **error);

/* Downloads uri (following at most READOUT_URL_LOADER_MAX_REDIRECTS redirects, http and
 * https only), checks the status and content type, and loads the body with the loaders in
 * a worker thread. Errors are READOUT_ERROR_NETWORK (or G_IO_ERROR_CANCELLED) with a
 * message for people, or the loader's errors. */
void              readout_url_loader_load_async   (ReadoutUrlLoader     *self,
                                                   const char           *uri,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
ReadoutDocument  *readout_url_loader_load_finish  (ReadoutUrlLoader     *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);

G_END_DECLS
