/* readout-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-document.h"
#include "readout-html-loader.h"
#include "readout-loader.h"
#include "readout-text-loader.h"

static gboolean
looks_binary (const char *data,
              gsize       length)
{
  gsize n = MIN (length, 8192);
  gsize controls = 0;

  for (gsize i = 0; i < n; i++)
    {
      guchar c = data[i];

      if (c == 0)
        return TRUE;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        controls++;
    }
  return n > 0 && controls * 20 > n;
}

/* Windows-1252's characters for 0x80..0x9F; 0 where it has none. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
  0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
  0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static gunichar
cp1252_char (guchar byte)
{
  if (byte < 0x80 || byte >= 0xA0)
    return byte;
  return cp1252_high[byte - 0x80] ? cp1252_high[byte - 0x80] : 0xFFFD;
}

/* TRUE when the bytes hold at least one valid multi-byte UTF-8 sequence: text that is UTF-8
 * with a few stray bytes, rather than text in a single-byte encoding. */
static gboolean
has_utf8_sequences (const char *data,
                    gsize       length)
{
  const char *p = data, *end = data + length;

  while (p < end)
    {
      const char *bad = NULL;

      if (g_utf8_validate_len (p, end - p, &bad))
        bad = end;
      for (const char *q = p; q < bad; q++)
        if ((guchar)*q >= 0x80)
          return TRUE;
      if (bad >= end)
        break;
      p = bad + 1;
    }
  return FALSE;
}

/* UTF-8 where the bytes are valid UTF-8, Windows-1252 for each byte that is not: a file
 * that was edited in two encodings keeps both parts readable. */
static char *
decode_mixed (const char *data,
              gsize       length)
{
  GString *out = g_string_sized_new (length + 16);
  const char *p = data, *end = data + length;

  while (p < end)
    {
      const char *bad = NULL;

      if (g_utf8_validate_len (p, end - p, &bad))
        bad = end;
      g_string_append_len (out, p, bad - p);
      if (bad >= end)
        break;
      if (*bad == '\0')
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_unichar (out, cp1252_char (*bad));
      p = bad + 1;
    }
  return g_string_free (out, FALSE);
}

char *
readout_loader_to_utf8 (const char  *data,
                        gsize        length,
                        GError     **error)
{
  const char *charset = NULL;
  char *utf8;

  if (length >= 2 && ((guchar)data[0] == 0xFF && (guchar)data[1] == 0xFE))
    charset = "UTF-16LE";
  else if (length >= 2 && ((guchar)data[0] == 0xFE && (guchar)data[1] == 0xFF))
    charset = "UTF-16BE";

  if (charset != NULL)
    {
      utf8 = g_convert (data + 2, length - 2, "UTF-8", charset, NULL, NULL, NULL);
      if (utf8 == NULL)
        g_set_error (error, READOUT_ERROR, READOUT_ERROR_ENCODING,
                     _("The text is marked as %s but cannot be read as such"), charset);
      return utf8;
    }

  if (looks_binary (data, length))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_BINARY,
                   _("This is not a text or HTML file"));
      return NULL;
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (g_utf8_validate_len (data, length, NULL))
    return g_strndup (data, length);
  if (has_utf8_sequences (data, length))
    return decode_mixed (data, length);

  /* Not UTF-8: articles saved by older tools are Windows-1252 (a superset of Latin-1 in
   * the printable range), which decodes any byte sequence. */
  utf8 = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  if (utf8 == NULL)
    utf8 = decode_mixed (data, length);
  if (utf8 == NULL)
    g_set_error (error, READOUT_ERROR, READOUT_ERROR_ENCODING,
                 _("The text is neither UTF-8 nor Windows-1252"));
  return utf8;
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

ReadoutDocument *
readout_loader_load_bytes (GBytes      *bytes,
                           const char  *uri,
                           const char  *content_type,
                           GError     **error)
{
  g_autofree char *utf8 = NULL;
  const char *data;
  gsize length;
  gboolean html;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length == 0 || is_blank (data, length))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_EMPTY, _("The file is empty"));
      return NULL;
    }
  if (length > READOUT_MAX_FILE_SIZE)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB, too large for an article"),
                   READOUT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  /* UTF-16 is decoded first: its bytes cannot be sniffed as they are. */
  if (length >= 2 && (((guchar)data[0] == 0xFF && (guchar)data[1] == 0xFE) ||
                      ((guchar)data[0] == 0xFE && (guchar)data[1] == 0xFF)))
    {
      utf8 = readout_loader_to_utf8 (data, length, error);
      if (utf8 == NULL)
        return NULL;
      if (readout_html_loader_sniff (utf8, strlen (utf8)))
        return readout_html_loader_load (utf8, strlen (utf8), uri, error);
      return readout_text_loader_load (utf8, uri, error);
    }

  html = (content_type != NULL && (strstr (content_type, "html") != NULL ||
                                   strstr (content_type, "xml") != NULL)) ||
         readout_html_loader_sniff (data, length);

  /* The HTML loader follows the page's own charset declaration. */
  if (html && !looks_binary (data, length))
    return readout_html_loader_load (data, length, uri, error);

  utf8 = readout_loader_to_utf8 (data, length, error);
  if (utf8 == NULL)
    return NULL;
  return readout_text_loader_load (utf8, uri, error);
}

ReadoutDocument *
readout_loader_load_file (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *path = NULL;
  ReadoutDocument *document;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("This is a folder, not an article"));
      return NULL;
    }
  if (g_file_info_get_size (info) > READOUT_MAX_FILE_SIZE)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB, too large for an article"),
                   READOUT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;

  uri = g_file_get_uri (file);
  document = readout_loader_load_bytes (bytes, uri,
                                        g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE),
                                        error);
  if (document == NULL)
    return NULL;

  path = g_file_get_path (file);
  readout_document_set_path (document, path);
  if (readout_document_get_uri (document) == NULL)
    readout_document_set_uri (document, uri);
  return document;
}
