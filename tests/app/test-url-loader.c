/* test-url-loader.c: Open URL against a local SoupServer: an article, redirects, and clean
 * failures (404, timeout, non-HTML, too large, bad schemes, redirect loops).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "readout-url-loader.h"
#include "test-server.h"

static SoupServer *server;

typedef struct
{
  gboolean         done;
  ReadoutDocument *document;
  GError          *error;
} Result;

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Result *r = user_data;

  r->document = readout_url_loader_load_finish (READOUT_URL_LOADER (object), result, &r->error);
  r->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((Result *)data)->done;
}

/* Loads path from the test server (or uri when path is absolute) and waits for the end. */
static void
load (ReadoutUrlLoader *loader,
      const char       *path,
      Result           *r)
{
  g_autofree char *uri = strstr (path, "://") ? g_strdup (path) : test_server_uri (server, path);

  memset (r, 0, sizeof *r);
  readout_url_loader_load_async (loader, uri, NULL, on_loaded, r);
  g_assert_true (test_wait_until (is_done, r, 30000));
  g_assert_true ((r->document == NULL) != (r->error == NULL));
}

static void
result_clear (Result *r)
{
  g_clear_object (&r->document);
  g_clear_error (&r->error);
}

static void
test_article (void)
{
  g_autoptr(ReadoutUrlLoader) loader = readout_url_loader_new ();
  g_autofree char *uri = test_server_uri (server, "/article.html");
  Result r;

  load (loader, "/article.html", &r);
  g_assert_no_error (r.error);
  g_assert_cmpstr (readout_document_get_uri (r.document), ==, uri);
  g_assert_cmpstr (readout_document_get_title (r.document), ==, test_article_title);
  g_assert_nonnull (strstr (readout_document_get_text (r.document), "harbour master Tomas Lind"));
  /* The page's navigation is not part of the article. */
  g_assert_null (strstr (readout_document_get_text (r.document), "Home News"));
  result_clear (&r);

  load (loader, "/plain.txt", &r);
  g_assert_no_error (r.error);
  g_assert_nonnull (strstr (readout_document_get_text (r.document), "Tomas Lind"));
  result_clear (&r);
}

static void
test_redirect (void)
{
  g_autoptr(ReadoutUrlLoader) loader = readout_url_loader_new ();
  g_autofree char *final_uri = test_server_uri (server, "/article.html");
  Result r;

  load (loader, "/redirect", &r);
  g_assert_no_error (r.error);
  /* The document remembers where the article really is. */
  g_assert_cmpstr (readout_document_get_uri (r.document), ==, final_uri);
  result_clear (&r);

  load (loader, "/loop", &r);
  g_assert_error (r.error, READOUT_ERROR, READOUT_ERROR_NETWORK);
  g_assert_nonnull (strstr (r.error->message, "redirect"));
  result_clear (&r);

  load (loader, "/to-ftp", &r);
  g_assert_error (r.error, READOUT_ERROR, READOUT_ERROR_NETWORK);
  g_assert_nonnull (strstr (r.error->message, "ftp://"));
  result_clear (&r);
}

static void
test_not_found (void)
{
  g_autoptr(ReadoutUrlLoader) loader = readout_url_loader_new ();
  Result r;

  load (loader, "/missing", &r);
  g_assert_error (r.error, READOUT_ERROR, READOUT_ERROR_NETWORK);
  g_assert_cmpstr (r.error->message, ==, "The server answered 404 Not Found");
  result_clear (&r);
}

static void
test_not_html (void)
{
  g_autoptr(ReadoutUrlLoader) loader = readout_url_loader_new ();
  Result r;

  load (loader, "/image.png", &r);
  g_assert_error (r.error, READOUT_ERROR, READOUT_ERROR_NETWORK);
  g_assert_nonnull (strstr (r.error->message, "Not an article"));
  g_assert_nonnull (strstr (r.error->message, "image/png"));
  result_clear (&r);
}

static void
test_too_large (void)
{
  g_autoptr(ReadoutUrlLoader) loader = readout_url_loader_new ();
  Result r;

  g_assert_cmpuint (readout_url_loader_get_max_size (loader), ==, 10 * 1024 * 1024);
  readout_url_loader_set_max_size (loader, 16 * 1024);
  load (loader, "/big.html", &r);
  g_assert_error (r.error, READOUT_ERROR, READOUT_ERROR_NETWORK);
  g_assert_nonnull (strstr (r.error->message, "larger than"));
  result_clear (&r);
}

static void
test_timeout (void)
{
  g_autoptr(ReadoutUrlLoader) loader = readout_url_loader_new ();
  gint64 start;
  Result r;

  g_assert_cmpuint (readout_url_loader_get_timeout (loader), ==, 15);
  readout_url_loader_set_timeout (loader, 1);
  start = g_get_monotonic_time ();
  load (loader, "/silent", &r);
  g_assert_error (r.error, READOUT_ERROR, READOUT_ERROR_NETWORK);
  g_assert_nonnull (strstr (r.error->message, "did not answer"));
  /* One second of silence, not the default fifteen. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  result_clear (&r);
  test_server_release (server);
}

static void
test_bad_uris (void)
{
  g_autoptr(ReadoutUrlLoader) loader = readout_url_loader_new ();
  const char *refused[] = {
    "file:///etc/passwd", "ftp://example.org/a.html", "javascript:alert(1)", "", "not a url",
    "http://",
  };
  g_autoptr(GError) error = NULL;
  Result r;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (readout_url_loader_check_uri (refused[i], &error));
      g_assert_error (error, READOUT_ERROR, READOUT_ERROR_NETWORK);
      g_clear_error (&error);
    }
  g_assert_true (readout_url_loader_check_uri ("https://example.org/news/1.html", NULL));
  g_assert_true (readout_url_loader_check_uri ("HTTP://example.org/", NULL));

  load (loader, "file:///etc/passwd", &r);
  g_assert_error (r.error, READOUT_ERROR, READOUT_ERROR_NETWORK);
  g_assert_nonnull (strstr (r.error->message, "http://"));
  result_clear (&r);
}

static void
test_cancel (void)
{
  g_autoptr(ReadoutUrlLoader) loader = readout_url_loader_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *uri = test_server_uri (server, "/silent");
  Result r = { 0 };

  readout_url_loader_load_async (loader, uri, cancellable, on_loaded, &r);
  g_cancellable_cancel (cancellable);
  g_assert_true (test_wait_until (is_done, &r, 10000));
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  result_clear (&r);
  test_server_release (server);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  server = test_server_new ();

  g_test_add_func ("/url-loader/article", test_article);
  g_test_add_func ("/url-loader/redirect", test_redirect);
  g_test_add_func ("/url-loader/not-found", test_not_found);
  g_test_add_func ("/url-loader/not-html", test_not_html);
  g_test_add_func ("/url-loader/too-large", test_too_large);
  g_test_add_func ("/url-loader/timeout", test_timeout);
  g_test_add_func ("/url-loader/bad-uris", test_bad_uris);
  g_test_add_func ("/url-loader/cancel", test_cancel);

  status = g_test_run ();
  test_server_release (server);
  g_object_unref (server);
  return status;
}
