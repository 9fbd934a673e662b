/* readout-html-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>

#include "readout-document.h"
#include "readout-html-loader.h"

gboolean
readout_html_loader_sniff (const char *data,
                           gsize       length)
{
  g_autofree char *head = g_ascii_strdown (data, MIN (length, 1024));

  return strstr (head, "<!doctype html") != NULL || strstr (head, "<html") != NULL ||
         strstr (head, "<head") != NULL || strstr (head, "<body") != NULL;
}

static void
collect_paragraphs (xmlNode *node,
                    GString *body)
{
  for (xmlNode *n = node; n; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrcasecmp (n->name, BAD_CAST "script") == 0 || xmlStrcasecmp (n->name, BAD_CAST "style") == 0)
        continue;
      if (xmlStrcasecmp (n->name, BAD_CAST "p") == 0)
        {
          g_autofree char *text = (char *)xmlNodeGetContent (n);
          char *stripped = g_strstrip (text);

          if (*stripped)
            {
              if (body->len)
                g_string_append_c (body, '\n');
              g_string_append (body, stripped);
            }
          continue;
        }
      collect_paragraphs (n->children, body);
    }
}

ReadoutDocument *
readout_html_loader_load (const char  *html,
                          gsize        length,
                          const char  *uri,
                          GError     **error)
{
  g_autoptr(ReadoutDocument) document = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  htmlDocPtr doc;
  xmlNode *root;

  doc = htmlReadMemory (html, (int)length, uri, NULL,
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_NOBLANKS);
  if (doc == NULL || (root = xmlDocGetRootElement (doc)) == NULL)
    {
      if (doc)
        xmlFreeDoc (doc);
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_PARSE, _("The HTML cannot be read"));
      return NULL;
    }

  collect_paragraphs (root, body);
  document = readout_document_new ();
  readout_document_set_uri (document, uri);
  for (xmlNode *n = root->children; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE && xmlStrcasecmp (n->name, BAD_CAST "head") == 0)
      for (xmlNode *h = n->children; h; h = h->next)
        if (h->type == XML_ELEMENT_NODE && xmlStrcasecmp (h->name, BAD_CAST "title") == 0)
          {
            g_autofree char *title = (char *)xmlNodeGetContent (h);
            readout_document_set_title (document, g_strstrip (title));
          }
  xmlFreeDoc (doc);

  if (body->len == 0 || !g_utf8_validate (body->str, body->len, NULL))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_NO_CONTENT, _("No article text was found in the page"));
      return NULL;
    }
  readout_document_set_text (document, body->str);
  return g_steal_pointer (&document);
}
