/* test-server.h: a local web server (SoupServer on 127.0.0.1) and main-loop helpers for the
 * app tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* Paths served:
 *   /article.html  an HTML news article (text/html)
 *   /plain.txt     the same as plain text
 *   /missing       404 Not Found
 *   /image.png     a PNG image (image/png)
 *   /big.html      an HTML page of 64 KiB
 *   /redirect      302 to /article.html
 *   /loop          302 to itself
 *   /to-ftp        302 to an ftp:// address
 *   /silent        accepts the request and never answers */
SoupServer *test_server_new           (void);
/* "http://127.0.0.1:PORT/path" */
char       *test_server_uri           (SoupServer  *server,
                                       const char  *path);
/* Unpauses the requests left hanging by /silent, so the server can be freed. */
void        test_server_release       (SoupServer  *server);

/* Iterates the default main context until condition (data) is TRUE or timeout_ms passes;
 * returns whether the condition became TRUE. */
gboolean    test_wait_until           (gboolean   (*condition) (gpointer data),
                                       gpointer     data,
                                       guint        timeout_ms);

extern const char test_article_title[];

G_END_DECLS
