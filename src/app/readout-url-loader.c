/* readout-url-loader.c: downloads an article over http(s) with libsoup and loads it.
 *
 * Redirects are followed by hand (SOUP_MESSAGE_NO_REDIRECT) so that their number is capped
 * and every hop is checked to stay on http or https.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>

#include "readout-url-loader.h"

#define READ_CHUNK_SIZE (64 * 1024)

struct _ReadoutUrlLoader
{
  GObject      parent_instance;

  SoupSession *session;
  guint        timeout;
  gsize        max_size;
};

G_DEFINE_FINAL_TYPE (ReadoutUrlLoader, readout_url_loader, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TIMEOUT,
  PROP_MAX_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  GUri         *uri;            /* the current hop */
  SoupMessage  *message;
  GInputStream *stream;
  GByteArray   *body;
  char         *content_type;
  guint         n_redirects;
  guint         timeout;
  gsize         max_size;
  /* Cancelled by the caller's cancellable or by the deadline. */
  GCancellable *operation;
  gulong        cancelled_id;
  GCancellable *caller;
  guint         deadline_id;
  gboolean      timed_out;
} Download;

static void
download_free (gpointer data)
{
  Download *download = data;

  if (download->deadline_id != 0)
    g_source_remove (download->deadline_id);
  if (download->caller != NULL && download->cancelled_id != 0)
    g_cancellable_disconnect (download->caller, download->cancelled_id);
  g_clear_object (&download->caller);
  g_clear_object (&download->operation);
  g_clear_pointer (&download->uri, g_uri_unref);
  g_clear_object (&download->message);
  g_clear_object (&download->stream);
  g_clear_pointer (&download->body, g_byte_array_unref);
  g_clear_pointer (&download->content_type, g_free);
  g_free (download);
}

static void
readout_url_loader_finalize (GObject *object)
{
  ReadoutUrlLoader *self = (ReadoutUrlLoader *)object;

  g_clear_object (&self->session);

  G_OBJECT_CLASS (readout_url_loader_parent_class)->finalize (object);
}

static void
readout_url_loader_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ReadoutUrlLoader *self = READOUT_URL_LOADER (object);

  switch (prop_id)
    {
    case PROP_TIMEOUT: g_value_set_uint (value, self->timeout); break;
    case PROP_MAX_SIZE: g_value_set_uint64 (value, self->max_size); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_url_loader_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ReadoutUrlLoader *self = READOUT_URL_LOADER (object);

  switch (prop_id)
    {
    case PROP_TIMEOUT: readout_url_loader_set_timeout (self, g_value_get_uint (value)); break;
    case PROP_MAX_SIZE: readout_url_loader_set_max_size (self, g_value_get_uint64 (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_url_loader_class_init (ReadoutUrlLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = readout_url_loader_finalize;
  object_class->get_property = readout_url_loader_get_property;
  object_class->set_property = readout_url_loader_set_property;

  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, "Seconds to wait for an answer",
                       1, 600, READOUT_URL_LOADER_DEFAULT_TIMEOUT, rw);
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, "Largest body accepted, in bytes",
                         1, G_MAXUINT32, READOUT_URL_LOADER_DEFAULT_MAX_SIZE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_url_loader_init (ReadoutUrlLoader *self)
{
  self->timeout = READOUT_URL_LOADER_DEFAULT_TIMEOUT;
  self->max_size = READOUT_URL_LOADER_DEFAULT_MAX_SIZE;
  self->session = soup_session_new_with_options ("timeout", self->timeout,
                                                 "user-agent", "Readout/" PACKAGE_VERSION " ",
                                                 NULL);
}

ReadoutUrlLoader *
readout_url_loader_new (void)
{
  return g_object_new (READOUT_TYPE_URL_LOADER, NULL);
}

guint
readout_url_loader_get_timeout (ReadoutUrlLoader *self)
{
  g_return_val_if_fail (READOUT_IS_URL_LOADER (self), 0);
  return self->timeout;
}

void
readout_url_loader_set_timeout (ReadoutUrlLoader *self,
                                guint             seconds)
{
  g_return_if_fail (READOUT_IS_URL_LOADER (self));
  g_return_if_fail (seconds > 0);

  if (self->timeout == seconds)
    return;
  self->timeout = seconds;
  g_object_set (self->session, "timeout", seconds, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

gsize
readout_url_loader_get_max_size (ReadoutUrlLoader *self)
{
  g_return_val_if_fail (READOUT_IS_URL_LOADER (self), 0);
  return self->max_size;
}

void
readout_url_loader_set_max_size (ReadoutUrlLoader *self,
                                 gsize             max_size)
{
  g_return_if_fail (READOUT_IS_URL_LOADER (self));
  g_return_if_fail (max_size > 0);

  if (self->max_size == max_size)
    return;
  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

static gboolean
is_web_scheme (const char *scheme)
{
  return scheme != NULL &&
         (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

gboolean
readout_url_loader_check_uri (const char  *uri,
                              GError     **error)
{
  g_autoptr(GUri) parsed = NULL;

  if (uri == NULL || *uri == '\0')
    {
      g_set_error_literal (error, READOUT_ERROR, READOUT_ERROR_NETWORK,
                           _("Enter a web address starting with http:// or https://"));
      return FALSE;
    }

  parsed = g_uri_parse (uri, SOUP_HTTP_URI_FLAGS, NULL);
  if (parsed == NULL)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_NETWORK,
                   _("“%s” is not a valid web address"), uri);
      return FALSE;
    }
  if (!is_web_scheme (g_uri_get_scheme (parsed)))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_NETWORK,
                   _("Only web addresses starting with http:// or https:// can be opened, not “%s:”"),
                   g_uri_get_scheme (parsed));
      return FALSE;
    }
  if (g_uri_get_host (parsed) == NULL || *g_uri_get_host (parsed) == '\0')
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_NETWORK,
                   _("“%s” has no server name"), uri);
      return FALSE;
    }
  return TRUE;
}

/* Articles come as HTML or plain text; a missing type is left to the loader's sniffing. */
static gboolean
is_article_content_type (const char *content_type)
{
  return content_type == NULL ||
         g_ascii_strcasecmp (content_type, "text/html") == 0 ||
         g_ascii_strcasecmp (content_type, "application/xhtml+xml") == 0 ||
         g_ascii_strcasecmp (content_type, "text/plain") == 0;
}

static void
return_error (GTask  *task,
              GError *error)
{
  Download *download = g_task_get_task_data (task);

  if (download->timed_out ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      g_autofree char *host = g_strdup (g_uri_get_host (download->uri));

      g_error_free (error);
      g_task_return_new_error (task, READOUT_ERROR, READOUT_ERROR_NETWORK,
                               ngettext ("%s did not answer within %u second",
                                         "%s did not answer within %u seconds",
                                         download->timeout),
                               host, download->timeout);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      error->domain == READOUT_ERROR)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_new_error (task, READOUT_ERROR, READOUT_ERROR_NETWORK,
                           _("Could not download from %s: %s"),
                           g_uri_get_host (download->uri), error->message);
  g_error_free (error);
}

static void
load_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Download *download = task_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *uri = NULL;
  ReadoutDocument *document;
  GError *error = NULL;

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&download->body));
  uri = g_uri_to_string (download->uri);
  document = readout_loader_load_bytes (bytes, uri, download->content_type, &error);
  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

static void read_next_chunk (GTask *task);

static void
on_chunk_read (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Download *download = g_task_get_task_data (task);
  g_autoptr(GBytes) chunk = NULL;
  GError *error = NULL;

  chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  if (chunk == NULL)
    {
      return_error (task, error);
      return;
    }

  if (g_bytes_get_size (chunk) == 0)
    {
      /* The whole body is here: stop the deadline and parse it off the main thread. */
      g_clear_handle_id (&download->deadline_id, g_source_remove);
      g_input_stream_close_async (download->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
      g_task_run_in_thread (task, load_worker);
      return;
    }

  if (download->body->len + g_bytes_get_size (chunk) > download->max_size)
    {
      g_autofree char *limit = g_format_size (download->max_size);

      g_task_return_new_error (task, READOUT_ERROR, READOUT_ERROR_NETWORK,
                               _("The page is larger than %s, too large for an article"),
                               limit);
      return;
    }

  g_byte_array_append (download->body, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
  read_next_chunk (g_steal_pointer (&task));
}

static void
read_next_chunk (GTask *task)
{
  Download *download = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (download->stream, READ_CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   download->operation, on_chunk_read, task);
}

static void send_current (GTask *task);

static gboolean
follow_redirect (GTask *task)
{
  Download *download = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (download->message);
  const char *location = soup_message_headers_get_one (headers, "Location");
  g_autoptr(GUri) next = NULL;
  g_autoptr(GError) error = NULL;

  if (location == NULL)
    return FALSE;

  if (++download->n_redirects > READOUT_URL_LOADER_MAX_REDIRECTS)
    {
      g_task_return_new_error (task, READOUT_ERROR, READOUT_ERROR_NETWORK,
                               _("Too many redirects (more than %d)"),
                               READOUT_URL_LOADER_MAX_REDIRECTS);
      return TRUE;
    }

  next = g_uri_parse_relative (download->uri, location, SOUP_HTTP_URI_FLAGS, &error);
  if (next == NULL || !is_web_scheme (g_uri_get_scheme (next)))
    {
      g_task_return_new_error (task, READOUT_ERROR, READOUT_ERROR_NETWORK,
                               _("The server redirected to an address that cannot be opened: %s"),
                               location);
      return TRUE;
    }

  g_input_stream_close_async (download->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  g_clear_object (&download->stream);
  g_clear_object (&download->message);
  g_uri_unref (download->uri);
  download->uri = g_steal_pointer (&next);
  send_current (g_object_ref (task));
  return TRUE;
}

static void
on_sent (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Download *download = g_task_get_task_data (task);
  SoupMessageHeaders *headers;
  const char *content_type;
  goffset content_length;
  guint status;
  GError *error = NULL;

  download->stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (download->stream == NULL)
    {
      return_error (task, error);
      return;
    }

  status = soup_message_get_status (download->message);
  if (SOUP_STATUS_IS_REDIRECTION (status) && follow_redirect (task))
    return;

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      const char *reason = soup_message_get_reason_phrase (download->message);

      if (reason == NULL || *reason == '\0')
        reason = soup_status_get_phrase (status);
      g_task_return_new_error (task, READOUT_ERROR, READOUT_ERROR_NETWORK,
                               _("The server answered %u %s"), status,
                               reason != NULL ? reason : "");
      return;
    }

  headers = soup_message_get_response_headers (download->message);
  content_type = soup_message_headers_get_content_type (headers, NULL);
  if (!is_article_content_type (content_type))
    {
      g_task_return_new_error (task, READOUT_ERROR, READOUT_ERROR_NETWORK,
                               _("Not an article: the server sent %s"), content_type);
      return;
    }
  download->content_type = g_strdup (content_type);

  content_length = soup_message_headers_get_content_length (headers);
  if (content_length > 0 && (guint64)content_length > download->max_size)
    {
      g_autofree char *limit = g_format_size (download->max_size);

      g_task_return_new_error (task, READOUT_ERROR, READOUT_ERROR_NETWORK,
                               _("The page is larger than %s, too large for an article"),
                               limit);
      return;
    }

  download->body = g_byte_array_new ();
  read_next_chunk (g_steal_pointer (&task));
}

static void
send_current (GTask *task)
{
  ReadoutUrlLoader *self = g_task_get_source_object (task);
  Download *download = g_task_get_task_data (task);
  SoupMessageHeaders *headers;

  download->message = soup_message_new_from_uri (SOUP_METHOD_GET, download->uri);
  soup_message_add_flags (download->message, SOUP_MESSAGE_NO_REDIRECT);
  headers = soup_message_get_request_headers (download->message);
  soup_message_headers_replace (headers, "Accept",
                                "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1");
  soup_session_send_async (self->session, download->message, G_PRIORITY_DEFAULT,
                           download->operation, on_sent, task);
}

static gboolean
on_deadline (gpointer user_data)
{
  Download *download = user_data;

  download->deadline_id = 0;
  download->timed_out = TRUE;
  g_cancellable_cancel (download->operation);
  return G_SOURCE_REMOVE;
}

static void
on_caller_cancelled (GCancellable *caller,
                     gpointer      user_data)
{
  GCancellable *operation = user_data;

  g_cancellable_cancel (operation);
}

void
readout_url_loader_load_async (ReadoutUrlLoader    *self,
                               const char          *uri,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  Download *download;

  g_return_if_fail (READOUT_IS_URL_LOADER (self));
  g_return_if_fail (uri != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, readout_url_loader_load_async);

  if (!readout_url_loader_check_uri (uri, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  download = g_new0 (Download, 1);
  download->uri = g_uri_parse (uri, SOUP_HTTP_URI_FLAGS, NULL);
  download->timeout = self->timeout;
  download->max_size = self->max_size;
  download->operation = g_cancellable_new ();
  if (cancellable != NULL)
    {
      download->caller = g_object_ref (cancellable);
      /* The operation cancellable outlives the task data's disconnect, so no ref is needed. */
      download->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled),
                                                      download->operation, NULL);
    }
  /* The session's timeout covers each wait; this bounds a server that trickles bytes. */
  download->deadline_id = g_timeout_add_seconds (self->timeout * 4, on_deadline, download);
  g_task_set_task_data (task, download, download_free);

  send_current (g_steal_pointer (&task));
}

ReadoutDocument *
readout_url_loader_load_finish (ReadoutUrlLoader  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (READOUT_IS_URL_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
