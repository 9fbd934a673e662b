/* test-server.c: a local web server and main-loop helpers for the app tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-server.h"

const char test_article_title[] = "Harbour Authority Disputes Ministry Account of Ferry Delay";

static const char article_html[] =
  "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
  "<title>Harbour Authority Disputes Ministry Account of Ferry Delay</title>"
  "<meta property=\"og:site_name\" content=\"The Example Herald\">"
  "<meta property=\"article:published_time\" content=\"2024-03-02T09:00:00Z\">"
  "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
  "<article><h1>Harbour Authority Disputes Ministry Account of Ferry Delay</h1>"
  "<p class=\"byline\">By Jane Example</p>"
  "<p>The harbour authority on Friday rejected the transport ministry's explanation for the "
  "six-hour delay of the morning ferry, saying the vessel had been cleared to sail on time.</p>"
  "<p>\"Our inspectors signed off on the ship at 6 a.m. and nothing changed after that,\" "
  "harbour master Tomas Lind told reporters at the quay.</p>"
  "<p>Transport minister Ana Ruiz said on Thursday that the delay was caused by a failed "
  "safety inspection and that passengers had never been at risk.</p>"
  "<p>Lind said the ministry had not contacted the authority before making its statement, "
  "and called for an independent review of the timetable.</p>"
  "<p>The ferry operator declined to comment, citing the ongoing review.</p>"
  "</article><footer>Copyright The Example Herald</footer></body></html>";

static const char article_text[] =
  "Harbour Authority Disputes Ministry Account of Ferry Delay\n\n"
  "The harbour authority on Friday rejected the transport ministry's explanation for the "
  "six-hour delay of the morning ferry.\n\n"
  "\"Our inspectors signed off on the ship at 6 a.m.,\" harbour master Tomas Lind told reporters.\n";

/* The first bytes of a PNG file (signature and IHDR), enough to be binary. */
static const guint8 png_bytes[] = {
  0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 'I', 'H', 'D', 'R',
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15,
  0xc4, 0x89, 0x00, 0x00, 0x00, 0x00, 'I', 'E', 'N', 'D', 0xae, 0x42, 0x60, 0x82,
};

static GPtrArray *silent_messages;

static void
redirect (SoupServerMessage *msg,
          const char        *location)
{
  soup_server_message_set_status (msg, SOUP_STATUS_FOUND, NULL);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Location", location);
}

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  if (g_str_equal (path, "/article.html"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                        article_html, strlen (article_html));
    }
  else if (g_str_equal (path, "/plain.txt"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/plain; charset=utf-8", SOUP_MEMORY_STATIC,
                                        article_text, strlen (article_text));
    }
  else if (g_str_equal (path, "/image.png"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_STATIC,
                                        (const char *)png_bytes, sizeof png_bytes);
    }
  else if (g_str_equal (path, "/big.html"))
    {
      GString *big = g_string_new ("<html><body><article>");

      while (big->len < 64 * 1024)
        g_string_append (big, "<p>Filler paragraph of a page that is far too long.</p>");
      g_string_append (big, "</article></body></html>");
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_TAKE, big->str, big->len);
      g_string_free (big, FALSE);
    }
  else if (g_str_equal (path, "/redirect"))
    redirect (msg, "/article.html");
  else if (g_str_equal (path, "/loop"))
    redirect (msg, "/loop");
  else if (g_str_equal (path, "/to-ftp"))
    redirect (msg, "ftp://127.0.0.1/article.html");
  else if (g_str_equal (path, "/silent"))
    {
      soup_server_message_pause (msg);
      g_ptr_array_add (silent_messages, g_object_ref (msg));
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

SoupServer *
test_server_new (void)
{
  g_autoptr(GError) error = NULL;
  SoupServer *server = soup_server_new (NULL, NULL);

  if (silent_messages == NULL)
    silent_messages = g_ptr_array_new_with_free_func (g_object_unref);
  soup_server_add_handler (server, NULL, handle, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  return server;
}

char *
test_server_uri (SoupServer *server,
                 const char *path)
{
  GSList *uris = soup_server_get_uris (server);
  g_autoptr(GUri) uri = NULL;
  char *result;

  g_assert_nonnull (uris);
  uri = g_uri_parse_relative (uris->data, path, G_URI_FLAGS_NONE, NULL);
  result = g_uri_to_string (uri);
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);
  return result;
}

void
test_server_release (SoupServer *server)
{
  for (guint i = 0; silent_messages != NULL && i < silent_messages->len; i++)
    {
      SoupServerMessage *msg = g_ptr_array_index (silent_messages, i);

      soup_server_message_set_status (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
      soup_server_message_unpause (msg);
    }
  if (silent_messages != NULL)
    g_ptr_array_set_size (silent_messages, 0);
}

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

gboolean
test_wait_until (gboolean (*condition) (gpointer data),
                 gpointer   data,
                 guint      timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64)timeout_ms * 1000;
  guint ticker = g_timeout_add (20, wake_up, NULL);
  gboolean met;

  while (!(met = condition (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (ticker);
  return met;
}
