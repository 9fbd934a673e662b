/* readout-text-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-document.h"
#include "readout-text-loader.h"

ReadoutDocument *
readout_text_loader_load (const char  *text,
                          const char  *uri,
                          GError     **error)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(GString) body = g_string_new (NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *title = NULL;

  for (guint i = 0; lines[i]; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '\0')
        continue;
      if (title == NULL)
        {
          title = g_strdup (line);
          continue;
        }
      if (body->len)
        g_string_append_c (body, '\n');
      g_string_append (body, line);
    }

  if (body->len == 0)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_NO_CONTENT, _("The file has no article text"));
      return NULL;
    }

  readout_document_set_uri (document, uri);
  readout_document_set_title (document, title);
  readout_document_set_text (document, body->str);
  return g_steal_pointer (&document);
}
