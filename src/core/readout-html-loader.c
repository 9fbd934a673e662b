/* readout-html-loader.c
 *
 * A saved news page: metadata from <meta> tags, JSON-LD and the markup, and the article body
 * found the way Mozilla's Readability finds it. Page chrome that cannot be the article
 * (scripts, navigation, share bars, comments, related links) is removed first; then every
 * paragraph scores its ancestors by its length and commas, the container with the best score
 * (less its share of link text) is the article, together with siblings that score nearly as
 * well; lists and boxes inside it that are mostly links are removed; what is left is turned
 * into paragraphs and passed through the same boilerplate filter as plain text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>

#include "readout-boilerplate.h"
#include "readout-document.h"
#include "readout-html-loader.h"
#include "readout-lexicon.h"
#include "readout-loader.h"
#include "readout-metadata.h"

/* Paragraphs shorter than this do not vote for their container. */
#define MIN_PARAGRAPH_CHARS 25

gboolean
readout_html_loader_sniff (const char *data,
                           gsize       length)
{
  g_autofree char *head = g_ascii_strdown (data, MIN (length, 1024));

  return strstr (head, "<!doctype html") != NULL || strstr (head, "<html") != NULL ||
         strstr (head, "<head") != NULL || strstr (head, "<body") != NULL;
}

/* ---- Encoding ---------------------------------------------------------------------------- */

/* The charset a page declares in its first bytes: <meta charset="…"> or
 * <meta http-equiv="Content-Type" content="text/html; charset=…">. */
static char *
sniff_charset (const char *data,
               gsize       length)
{
  g_autofree char *head = g_ascii_strdown (data, MIN (length, 4096));
  const char *p = head;

  while ((p = strstr (p, "charset")) != NULL)
    {
      const char *start;
      gsize n;

      p += strlen ("charset");
      while (*p == ' ' || *p == '\t')
        p++;
      if (*p != '=')
        continue;
      p++;
      while (*p == ' ' || *p == '"' || *p == '\'')
        p++;
      start = p;
      n = strspn (start, "abcdefghijklmnopqrstuvwxyz0123456789-_.:");
      if (n > 0 && n < 40)
        return g_strndup (start, n);
    }
  return NULL;
}

/* Browsers read pages labelled Latin-1 or ASCII as Windows-1252; so do we. */
static const char *
charset_for_iconv (const char *label)
{
  static const char *as_1252[] = { "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1",
                                   "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252",
                                   "iso_8859-1", "cp819", "ibm819" };

  for (guint i = 0; i < G_N_ELEMENTS (as_1252); i++)
    if (g_ascii_strcasecmp (label, as_1252[i]) == 0)
      return "WINDOWS-1252";
  return label;
}

static char *
html_to_utf8 (const char  *data,
              gsize        length,
              gsize       *out_length,
              GError     **error)
{
  g_autofree char *declared = NULL;
  char *utf8 = NULL;

  if ((length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0) ||
      (length >= 2 && ((guchar)data[0] == 0xFF || (guchar)data[0] == 0xFE)))
    {
      /* A byte-order mark settles it. */
      utf8 = readout_loader_to_utf8 (data, length, error);
      if (utf8 != NULL)
        *out_length = strlen (utf8);
      return utf8;
    }

  /* Bytes that are valid UTF-8 are UTF-8, whatever the page says: pages saved by a browser
   * are often re-encoded without their declaration being updated. */
  if (g_utf8_validate_len (data, length, NULL))
    {
      *out_length = length;
      return g_strndup (data, length);
    }

  declared = sniff_charset (data, length);
  if (declared != NULL && g_ascii_strcasecmp (declared, "utf-8") != 0 &&
      g_ascii_strcasecmp (declared, "utf8") != 0)
    {
      gsize written = 0;

      utf8 = g_convert (data, length, "UTF-8", charset_for_iconv (declared), NULL, &written, NULL);
      if (utf8 != NULL)
        {
          *out_length = written;
          return utf8;
        }
    }

  if (declared != NULL && (g_ascii_strcasecmp (declared, "utf-8") == 0 ||
                           g_ascii_strcasecmp (declared, "utf8") == 0))
    {
      /* Declared UTF-8 with a few broken bytes: keep the rest. */
      utf8 = g_utf8_make_valid (data, length);
      *out_length = strlen (utf8);
      return utf8;
    }

  utf8 = readout_loader_to_utf8 (data, length, error);
  if (utf8 != NULL)
    *out_length = strlen (utf8);
  return utf8;
}

/* ---- Tree helpers ------------------------------------------------------------------------- */

static gboolean
is_tag (xmlNode    *node,
        const char *name)
{
  /* libxml2's HTML parser gives element names in lower case. */
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL &&
         strcmp ((const char *)node->name, name) == 0;
}

static gboolean
tag_in (xmlNode            *node,
        const char * const *names)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return FALSE;
  for (guint i = 0; names[i]; i++)
    if (strcmp ((const char *)node->name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static char *
get_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value;
  char *copy;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;
  value = xmlGetProp (node, BAD_CAST name);
  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *)value);
  xmlFree (value);
  return copy;
}

static const char * const block_tags[] = {
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
  "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
  "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
  "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "summary",
  NULL
};

/* Appends text with every run of white space turned into one space and invisible
 * characters (zero-width space, soft hyphen, BOM) dropped. */
static void
append_collapsed (GString    *out,
                  const char *text)
{
  const char *p = text;

  while (p != NULL && *p)
    {
      gunichar c;

      if ((guchar)*p < 0x80)
        {
          if (g_ascii_isspace (*p))
            {
              if (out->len > 0 && out->str[out->len - 1] != ' ')
                g_string_append_c (out, ' ');
            }
          else
            g_string_append_c (out, *p);
          p++;
          continue;
        }
      c = g_utf8_get_char (p);
      p = g_utf8_next_char (p);
      if (c == 0x200B || c == 0x200C || c == 0xFEFF || c == 0xAD)
        continue;
      if (g_unichar_isspace (c) || c == 0xA0)
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_unichar (out, c);
    }
}

/* Appends the text of node to out with whitespace collapsed to single spaces. */
static void
append_text (xmlNode *node,
             GString *out,
             gsize   *link_chars,
             gboolean in_link)
{
  for (xmlNode *n = node; n; n = n->next)
    {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        {
          gsize before = out->len;

          append_collapsed (out, (const char *)n->content);
          if (in_link && link_chars)
            *link_chars += out->len - before;
        }
      else if (n->type == XML_ELEMENT_NODE)
        {
          if (is_tag (n, "script") || is_tag (n, "style") || is_tag (n, "template"))
            continue;
          if (is_tag (n, "br") && out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          append_text (n->children, out, link_chars, in_link || is_tag (n, "a"));
          if (tag_in (n, block_tags) && out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
    }
}

static char *
node_text (xmlNode *node)
{
  GString *out = g_string_new (NULL);

  if (node->type == XML_ELEMENT_NODE)
    append_text (node->children, out, NULL, FALSE);
  else
    append_text (node, out, NULL, FALSE);
  return g_strstrip (g_string_free (out, FALSE));
}

/* ---- Metadata ---------------------------------------------------------------------------- */

typedef struct
{
  GHashTable *meta;        /* lower-case name/property/itemprop → content (first wins) */
  char       *canonical;
  char       *saved_from;
  char       *html_title;
  char       *h1;
  GPtrArray  *h1s;         /* texts of the first <h1>s, outside headers and navigation */
  char       *rel_author;
  char       *byline_element;
  char       *time_datetime;
  /* From JSON-LD */
  char       *ld_headline;
  char       *ld_date;
  char       *ld_author;
  char       *ld_publisher;
  char       *ld_site;
  char       *ld_body;
  /* The outlet a copyright notice names ("© 2026 The Daily Example"), usually in the footer */
  char       *copyright;
} PageMetadata;

static void
page_metadata_clear (PageMetadata *page)
{
  g_clear_pointer (&page->meta, g_hash_table_unref);
  g_clear_pointer (&page->canonical, g_free);
  g_clear_pointer (&page->saved_from, g_free);
  g_clear_pointer (&page->html_title, g_free);
  g_clear_pointer (&page->h1, g_free);
  g_clear_pointer (&page->h1s, g_ptr_array_unref);
  g_clear_pointer (&page->rel_author, g_free);
  g_clear_pointer (&page->byline_element, g_free);
  g_clear_pointer (&page->time_datetime, g_free);
  g_clear_pointer (&page->ld_headline, g_free);
  g_clear_pointer (&page->ld_date, g_free);
  g_clear_pointer (&page->ld_author, g_free);
  g_clear_pointer (&page->ld_publisher, g_free);
  g_clear_pointer (&page->copyright, g_free);
  g_clear_pointer (&page->ld_site, g_free);
  g_clear_pointer (&page->ld_body, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PageMetadata, page_metadata_clear)

static const char *
meta_get (PageMetadata *page,
          const char   *name)
{
  const char *value = g_hash_table_lookup (page->meta, name);

  return value != NULL && *value != '\0' ? value : NULL;
}

static const char * const article_types[] = {
  "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
  "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
  "LiveBlogPosting", "Report", "SatiricalArticle", "TechArticle", "ScholarlyArticle", NULL
};

static gboolean
ld_is_article (JsonObject *object)
{
  JsonNode *type = json_object_get_member (object, "@type");

  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    return g_strv_contains (article_types, json_node_get_string (type));
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING &&
              g_strv_contains (article_types, json_node_get_string (element)))
            return TRUE;
        }
    }
  return FALSE;
}

static const char *
ld_string (JsonObject *object,
           const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

/* The name of a person or organization given as a string, an object or an @id reference. */
static char *
ld_name (JsonNode   *node,
         GHashTable *ids)
{
  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *name = ld_string (object, "name");
      const char *id = ld_string (object, "@id");

      if (name == NULL && id != NULL && (object = g_hash_table_lookup (ids, id)) != NULL)
        name = ld_string (object, "name");
      return g_strdup (name);
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < json_array_get_length (array) && i < 8; i++)
        {
          char *name = ld_name (json_array_get_element (array, i), ids);

          if (name != NULL && *name != '\0')
            g_ptr_array_add (names, name);
          else
            g_free (name);
        }
      if (names->len == 0)
        return NULL;
      if (names->len == 1)
        return g_strdup (g_ptr_array_index (names, 0));
      {
        GString *joined = g_string_new (NULL);

        for (guint i = 0; i < names->len; i++)
          {
            if (i > 0)
              g_string_append (joined, i + 1 == names->len ? " and " : ", ");
            g_string_append (joined, g_ptr_array_index (names, i));
          }
        return g_string_free (joined, FALSE);
      }
    }
  return NULL;
}

static void
ld_collect (JsonNode   *node,
            GPtrArray  *objects,
            GHashTable *ids,
            guint       depth)
{
  if (node == NULL || depth > 6)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        ld_collect (json_array_get_element (array, i), objects, ids, depth + 1);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *id = ld_string (object, "@id");

      if (id != NULL)
        g_hash_table_insert (ids, (gpointer)id, object);
      g_ptr_array_add (objects, object);
      if (json_object_has_member (object, "@graph"))
        ld_collect (json_object_get_member (object, "@graph"), objects, ids, depth + 1);
      if (json_object_has_member (object, "mainEntity"))
        ld_collect (json_object_get_member (object, "mainEntity"), objects, ids, depth + 1);
    }
}

static void
read_json_ld (const char   *json,
              PageMetadata *page)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) objects = g_ptr_array_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (page->ld_headline != NULL || !json_parser_load_from_data (parser, json, -1, NULL))
    return;
  ld_collect (json_parser_get_root (parser), objects, ids, 0);
  for (guint i = 0; i < objects->len && page->ld_site == NULL; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);

      if (g_strcmp0 (ld_string (object, "@type"), "WebSite") == 0 && ld_string (object, "name"))
        page->ld_site = g_strdup (ld_string (object, "name"));
    }
  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);

      if (!ld_is_article (object))
        continue;
      page->ld_headline = g_strdup (ld_string (object, "headline") ? ld_string (object, "headline")
                                                                    : ld_string (object, "name"));
      page->ld_date = g_strdup (ld_string (object, "datePublished") ? ld_string (object, "datePublished")
                                                                     : ld_string (object, "dateCreated"));
      page->ld_author = ld_name (json_object_get_member (object, "author"), ids);
      page->ld_publisher = ld_name (json_object_get_member (object, "publisher"), ids);
      page->ld_body = g_strdup (ld_string (object, "articleBody"));
      return;
    }
}

static gboolean
class_mentions (xmlNode    *node,
                const char *word)
{
  g_autofree char *klass = get_attr (node, "class");
  g_autofree char *id = get_attr (node, "id");
  g_autofree char *itemprop = get_attr (node, "itemprop");
  g_autofree char *rel = get_attr (node, "rel");
  g_autofree char *joined = g_strjoin (" ", klass ? klass : "", id ? id : "",
                                       itemprop ? itemprop : "", rel ? rel : "", NULL);
  g_autofree char *all = g_ascii_strdown (joined, -1);

  return strstr (all, word) != NULL;
}

/* Inside the page's own header, navigation or footer (a logo set in an <h1>). */
static gboolean
in_site_chrome (xmlNode *node)
{
  for (xmlNode *a = node->parent; a != NULL && a->type == XML_ELEMENT_NODE; a = a->parent)
    {
      if (is_tag (a, "article") || is_tag (a, "main"))
        return FALSE;
      if (is_tag (a, "header") || is_tag (a, "nav") || is_tag (a, "footer") || is_tag (a, "aside"))
        return TRUE;
    }
  return FALSE;
}

/* The headline among the <h1>s: the one the <title> repeats, else the first. */
static void
choose_h1 (PageMetadata *page)
{
  g_autofree char *title_key = page->html_title ? readout_boilerplate_normalize (page->html_title, -1) : NULL;

  for (guint i = 0; i < page->h1s->len && title_key != NULL; i++)
    {
      g_autofree char *key = readout_boilerplate_normalize (g_ptr_array_index (page->h1s, i), -1);

      if (*key != '\0' && strstr (title_key, key) != NULL)
        {
          page->h1 = g_strdup (g_ptr_array_index (page->h1s, i));
          return;
        }
    }
  for (guint i = 0; i < page->h1s->len; i++)
    if (*(const char *)g_ptr_array_index (page->h1s, i) != '\0')
      {
        page->h1 = g_strdup (g_ptr_array_index (page->h1s, i));
        return;
      }
}

/* A small block whose text opens with "©" or "Copyright": a site's notice, where the page
 * names its outlet. */
static gboolean
starts_with_copyright (xmlNode *node)
{
  static const char * const tags[] = { "p", "small", "span", "li", "div", "footer", NULL };
  xmlNode *first = node->children;
  const char *text;
  gboolean small = FALSE;

  for (guint i = 0; tags[i] && !small; i++)
    small = is_tag (node, tags[i]);
  if (!small || first == NULL || first->type != XML_TEXT_NODE || first->content == NULL)
    return FALSE;
  text = (const char *)first->content;
  while (g_ascii_isspace (*text))
    text++;
  return g_str_has_prefix (text, "©") || g_ascii_strncasecmp (text, "copyright", 9) == 0 ||
         g_ascii_strncasecmp (text, "(c) ", 4) == 0;
}

static void
read_metadata (xmlNode      *node,
               PageMetadata *page)
{
  for (xmlNode *n = node; n; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;

      if (is_tag (n, "meta"))
        {
          g_autofree char *content = get_attr (n, "content");
          const char *keys[] = { "property", "name", "itemprop", "http-equiv" };

          if (content == NULL)
            {
              g_autofree char *datetime = get_attr (n, "datetime");
              content = g_steal_pointer (&datetime);
            }
          for (guint k = 0; content && k < G_N_ELEMENTS (keys); k++)
            {
              g_autofree char *key = get_attr (n, keys[k]);

              if (key != NULL)
                {
                  g_autofree char *lower = g_ascii_strdown (g_strstrip (key), -1);

                  if (!g_hash_table_contains (page->meta, lower))
                    g_hash_table_insert (page->meta, g_steal_pointer (&lower),
                                         g_strstrip (g_strdup (content)));
                }
            }
          continue;
        }
      if (is_tag (n, "link"))
        {
          g_autofree char *rel = get_attr (n, "rel");

          if (rel != NULL && g_ascii_strcasecmp (rel, "canonical") == 0 && page->canonical == NULL)
            page->canonical = get_attr (n, "href");
          continue;
        }
      if (is_tag (n, "title") && page->html_title == NULL)
        {
          page->html_title = node_text (n);
          continue;
        }
      if (is_tag (n, "script"))
        {
          g_autofree char *type = get_attr (n, "type");

          if (type != NULL && g_ascii_strcasecmp (type, "application/ld+json") == 0)
            {
              xmlChar *json = xmlNodeGetContent (n);

              if (json != NULL)
                read_json_ld ((const char *)json, page);
              xmlFree (json);
            }
          continue;
        }
      if (is_tag (n, "h1") && page->h1s->len < 8 && !in_site_chrome (n))
        g_ptr_array_add (page->h1s, node_text (n));
      else if (is_tag (n, "time") && page->time_datetime == NULL)
        {
          g_autofree char *datetime = get_attr (n, "datetime");
          g_autofree char *itemprop = get_attr (n, "itemprop");

          /* A <time> in a comment or a related-article list dates something else. */
          if (datetime != NULL && (itemprop == NULL || strstr (itemprop, "dateModified") == NULL))
            page->time_datetime = g_steal_pointer (&datetime);
        }
      else if (page->copyright == NULL && starts_with_copyright (n))
        {
          g_autofree char *text = node_text (n);

          if (strlen (text) < 200)
            page->copyright = readout_metadata_outlet_from_line (readout_lexicon_get_default (),
                                                                 text, strlen (text));
        }
      else if (is_tag (n, "a") && page->rel_author == NULL)
        {
          g_autofree char *rel = get_attr (n, "rel");

          if (rel != NULL && g_ascii_strcasecmp (rel, "author") == 0)
            page->rel_author = node_text (n);
        }
      else if (page->byline_element == NULL &&
               (class_mentions (n, "byline") || class_mentions (n, "author-name") ||
                class_mentions (n, "itemprop author")))
        {
          g_autofree char *text = node_text (n);

          if (*text != '\0' && strlen (text) < 100)
            page->byline_element = g_steal_pointer (&text);
        }

      read_metadata (n->children, page);
    }
}

/* "Headline | Site", "Headline - Site Name": the headline, when the part after the separator
 * names the site or is short. */
static char *
strip_site_suffix (const char  *title,
                   const char  *site,
                   gboolean     lenient,
                   char       **suffix_out)
{
  static const char *separators[] = { " | ", " - ", " – ", " — ", " :: ", " · ", " » " };
  g_autofree char *folded_site = site ? readout_boilerplate_normalize (site, -1) : NULL;
  const char *cut = NULL;
  gboolean pipe = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      const char *p = title, *hit = NULL;

      while ((p = strstr (p, separators[i])) != NULL)
        {
          hit = p;
          p += strlen (separators[i]);
        }
      if (hit != NULL && (cut == NULL || hit > cut))
        {
          cut = hit;
          pipe = i == 0 || i >= 4;
        }
    }
  if (cut != NULL)
    {
      g_autofree char *suffix = readout_boilerplate_normalize (strchr (cut + 1, ' ') + 1, -1);
      guint suffix_words = readout_boilerplate_count_words (suffix, strlen (suffix));
      guint head_words = readout_boilerplate_count_words (title, cut - title);

      if (head_words >= 3 &&
          ((folded_site != NULL && *folded_site != '\0' &&
            (strstr (suffix, folded_site) != NULL || strstr (folded_site, suffix) != NULL)) ||
           (pipe && suffix_words <= 4) ||
           (lenient && suffix_words <= 5 && g_ascii_isupper (strchr (cut + 1, ' ')[1]))))
        {
          if (suffix_out != NULL)
            *suffix_out = g_strstrip (g_strdup (strchr (cut + 1, ' ') + 1));
          return g_strstrip (g_strndup (title, cut - title));
        }
    }
  return g_strstrip (g_strdup (title));
}

/* ---- Cleaning ---------------------------------------------------------------------------- */

static const char * const removed_tags[] = {
  "script", "style", "noscript", "iframe", "nav", "aside", "footer", "header", "svg", "button",
  "input", "select", "textarea", "option", "label", "template", "object", "embed", "canvas",
  "video", "audio", "picture", "img", "figure", "figcaption", "link", "meta", "head", "title",
  "map", "math", "dialog", "menu", NULL
};

static const char * const removed_roles[] = {
  "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu",
  "menubar", "search", "toolbar", NULL
};

/* Class and id words that mark page chrome; matched as whole words of the class and id
 * ("share-bar", "related_links", "cookieBanner" are split at '-', '_' and case changes). */
static const char * const chrome_words[] = {
  "share", "sharing", "sharebar", "social", "comment", "comments", "disqus", "cookie", "cookies",
  "consent", "gdpr", "newsletter", "subscribe", "subscription", "paywall", "promo", "promotion",
  "outbrain", "taboola", "related", "recommended", "recommendations", "trending", "sidebar",
  "breadcrumb", "breadcrumbs", "pagination", "pager", "popup", "modal", "advert",
  "advertisement", "ad", "ads", "adslot", "adunit", "dfp", "sponsor", "sponsored", "banner",
  "footer", "nav", "navbar", "navigation", "menu", "masthead", "toolbar", "widget", "tags",
  "tag", "topics", "signup", "follow", "bio", "skip",
  "sr", "caption", "credit", "byline", "dateline", "timestamp", "readmore",
  "rail", "toc", "login", "register", "mostread", "mostpopular", "outbrain", "zergnet", NULL
};

/* Class and id text that marks the article's container. */
static const char * const article_hints[] = {
  "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "hentry", NULL
};

/* Splits class and id into lower-case words at punctuation and at case changes
 * ("shareBar related_links" gives share, bar, related, links). Classes that a CMS derives
 * from the article's metadata ("tag-comment", "category-social") say nothing about the box. */
static GPtrArray *
class_words (xmlNode *node)
{
  static const char *derived[] = { "tag-", "category-", "post-", "type-", "format-", "status-",
                                   "section-", "topic-", NULL };
  g_autofree char *klass = get_attr (node, "class");
  g_autofree char *id = get_attr (node, "id");
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *sources[] = { klass, id };

  for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
    {
      g_auto(GStrv) tokens = NULL;

      if (sources[s] == NULL)
        continue;
      tokens = g_strsplit_set (sources[s], " \t\n\r", -1);
      for (guint t = 0; tokens[t]; t++)
        {
          GString *word = g_string_new (NULL);
          gboolean skip = FALSE;

          for (guint d = 0; derived[d] && !skip; d++)
            skip = g_ascii_strncasecmp (tokens[t], derived[d], strlen (derived[d])) == 0;
          for (const char *p = tokens[t]; !skip; p++)
            {
              gboolean boundary = *p == '\0' || !g_ascii_isalnum (*p) ||
                                  (g_ascii_isupper (*p) && word->len > 0 &&
                                   g_ascii_islower (word->str[word->len - 1]));

              if (boundary && word->len > 0)
                {
                  g_ptr_array_add (words, g_ascii_strdown (word->str, -1));
                  g_string_truncate (word, 0);
                }
              if (*p == '\0')
                break;
              if (g_ascii_isalnum (*p))
                g_string_append_c (word, *p);
            }
          g_string_free (word, TRUE);
        }
    }
  return words;
}

static gboolean
words_hit (GPtrArray          *words,
           const char * const *list)
{
  for (guint i = 0; i < words->len; i++)
    if (g_strv_contains (list, g_ptr_array_index (words, i)))
      return TRUE;
  return FALSE;
}

static gboolean
hints_hit (const char         *value,
           const char * const *hints)
{
  g_autofree char *lower = value ? g_ascii_strdown (value, -1) : NULL;

  if (lower == NULL)
    return FALSE;
  for (guint i = 0; hints[i]; i++)
    if (strstr (lower, hints[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Readability's class weight: -25 for chrome and +25 for article hints, for the class and
 * the id each. */
static double
class_weight (xmlNode *node)
{
  g_autoptr(GPtrArray) words = class_words (node);
  g_autofree char *klass = get_attr (node, "class");
  g_autofree char *id = get_attr (node, "id");
  g_autofree char *itemprop = get_attr (node, "itemprop");
  double weight = 0;

  if (words_hit (words, chrome_words))
    weight -= 25;
  if (hints_hit (klass, article_hints))
    weight += 25;
  if (hints_hit (id, article_hints))
    weight += 25;
  if (itemprop != NULL && strstr (itemprop, "articleBody") != NULL)
    weight += 50;
  return weight;
}

static gboolean
is_hidden (xmlNode *node)
{
  g_autofree char *hidden = get_attr (node, "hidden");
  g_autofree char *aria = get_attr (node, "aria-hidden");
  g_autofree char *style = get_attr (node, "style");
  g_autofree char *role = get_attr (node, "role");

  if (hidden != NULL || (aria != NULL && g_ascii_strcasecmp (aria, "true") == 0))
    return TRUE;
  if (style != NULL)
    {
      g_autofree char *compact = g_ascii_strdown (style, -1);
      char *w = compact;

      for (char *r = compact; *r; r++)
        if (!g_ascii_isspace (*r))
          *w++ = *r;
      *w = '\0';
      if (strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL)
        return TRUE;
    }
  if (role != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (role, -1);
      return g_strv_contains (removed_roles, lower);
    }
  return FALSE;
}

static gsize
text_length (xmlNode *node)
{
  g_autofree char *text = node_text (node);
  return strlen (text);
}

static void
remove_node (xmlNode *node)
{
  xmlUnlinkNode (node);
  xmlFreeNode (node);
}

static gboolean
has_descendant (xmlNode    *node,
                const char *name)
{
  for (xmlNode *c = node->children; c; c = c->next)
    if (is_tag (c, name) || (c->type == XML_ELEMENT_NODE && has_descendant (c, name)))
      return TRUE;
  return FALSE;
}

/* Removes what cannot be the article. page_chars: the length of the page's text; a box that
 * holds a large part of it is not chrome, whatever its class says. */
static void
remove_chrome (xmlNode *parent,
               gsize    page_chars)
{
  xmlNode *n = parent->children;

  while (n != NULL)
    {
      xmlNode *next = n->next;

      if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE)
        {
          remove_node (n);
        }
      else if (n->type == XML_ELEMENT_NODE)
        {
          g_autoptr(GPtrArray) words = NULL;

          /* A figure holding an embedded post or quotation keeps it (not its caption). */
          if (is_tag (n, "figure") && has_descendant (n, "blockquote") && !is_hidden (n))
            {
              remove_chrome (n, page_chars);
              n = next;
              continue;
            }
          if (tag_in (n, removed_tags) || is_hidden (n))
            {
              remove_node (n);
              n = next;
              continue;
            }
          words = class_words (n);
          if (words_hit (words, chrome_words) && text_length (n) * 10 < page_chars * 4)
            {
              remove_node (n);
              n = next;
              continue;
            }
          remove_chrome (n, page_chars);
        }
      n = next;
    }
}

/* ---- Scoring ----------------------------------------------------------------------------- */

typedef struct
{
  GHashTable *scores; /* xmlNode* → double* */
  GPtrArray  *order;  /* the scored nodes in the order they were first scored */
} Scorer;

static double *
score_of (Scorer  *scorer,
          xmlNode *node)
{
  return g_hash_table_lookup (scorer->scores, node);
}

static double *
ensure_score (Scorer  *scorer,
              xmlNode *node)
{
  double *score = score_of (scorer, node);

  if (score == NULL)
    {
      static const char * const plus5[] = { "div", "article", "main", NULL };
      static const char * const plus3[] = { "pre", "td", "blockquote", "section", NULL };
      static const char * const minus3[] = { "address", "ol", "ul", "dl", "dd", "dt", "li", "form", NULL };
      static const char * const minus5[] = { "h1", "h2", "h3", "h4", "h5", "h6", "th", NULL };

      score = g_new0 (double, 1);
      if (tag_in (node, plus5))
        *score = 5;
      else if (tag_in (node, plus3))
        *score = 3;
      else if (tag_in (node, minus3))
        *score = -3;
      else if (tag_in (node, minus5))
        *score = -5;
      *score += class_weight (node);
      g_hash_table_insert (scorer->scores, node, score);
      g_ptr_array_add (scorer->order, node);
    }
  return score;
}

static gboolean
has_block_child (xmlNode *node)
{
  for (xmlNode *c = node->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && (tag_in (c, block_tags) && !is_tag (c, "br")))
      return TRUE;
  return FALSE;
}

static double
link_density (xmlNode *node)
{
  GString *out = g_string_new (NULL);
  gsize links = 0;
  double density;

  append_text (node->children, out, &links, FALSE);
  density = out->len ? (double)links / out->len : 0;
  g_string_free (out, TRUE);
  return density;
}

static guint
count_commas (const char *text)
{
  guint commas = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == ',' || c == 0xFF0C || c == 0x3001 || c == 0x060C)
        commas++;
    }
  return commas;
}

static void
score_paragraphs (Scorer  *scorer,
                  xmlNode *node)
{
  static const char * const scored[] = { "p", "pre", "td", NULL };

  for (xmlNode *n = node; n; n = n->next)
    {
      gboolean paragraph;

      if (n->type != XML_ELEMENT_NODE)
        continue;
      paragraph = tag_in (n, scored) ||
                  ((is_tag (n, "div") || is_tag (n, "section") || is_tag (n, "blockquote")) &&
                   !has_block_child (n));
      if (paragraph)
        {
          g_autofree char *text = node_text (n);
          gsize length = strlen (text);
          double score;
          guint level = 0;

          if (length >= MIN_PARAGRAPH_CHARS)
            {
              score = 1 + count_commas (text) + MIN (length / 100, 3);
              for (xmlNode *a = n->parent; a && a->type == XML_ELEMENT_NODE && level < 5;
                   a = a->parent, level++)
                {
                  double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;

                  *ensure_score (scorer, a) += score / divider;
                }
            }
          if (is_tag (n, "p") || is_tag (n, "pre"))
            continue;
        }
      score_paragraphs (scorer, n->children);
    }
}

static xmlNode *
top_candidate (Scorer  *scorer,
               xmlNode *body)
{
  xmlNode *top = NULL;
  double top_score = 0;

  /* In document order, so that a tie goes to the same node every time. */
  for (guint i = 0; i < scorer->order->len; i++)
    {
      xmlNode *node = g_ptr_array_index (scorer->order, i);
      double *score = score_of (scorer, node);

      *score *= 1 - link_density (node);
      if (top == NULL || *score > top_score)
        {
          top = node;
          top_score = *score;
        }
    }
  if (top == NULL)
    return body;

  /* A parent that scores better once all its paragraphs count holds more of the article. */
  {
    double last = top_score;
    xmlNode *parent = top->parent;

    while (parent != NULL && parent != body && parent->type == XML_ELEMENT_NODE)
      {
        double *score = score_of (scorer, parent);

        if (score != NULL)
          {
            if (*score < last / 3)
              break;
            if (*score > last)
              {
                top = parent;
                break;
              }
            last = *score;
          }
        parent = parent->parent;
      }
  }
  /* An only child says nothing its parent does not. */
  while (top->parent != NULL && top->parent != body && top->parent->type == XML_ELEMENT_NODE)
    {
      guint elements = 0;

      for (xmlNode *c = top->parent->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
          elements++;
      if (elements != 1)
        break;
      top = top->parent;
    }
  return top;
}

/* The top candidate and the siblings that look like more of the same article. */
static GPtrArray *
gather_article (Scorer  *scorer,
                xmlNode *top,
                xmlNode *body)
{
  GPtrArray *nodes = g_ptr_array_new ();
  double *top_score = score_of (scorer, top);
  double threshold;
  g_autofree char *top_class = get_attr (top, "class");

  if (top == body || top->parent == NULL || top_score == NULL)
    {
      g_ptr_array_add (nodes, top);
      return nodes;
    }
  threshold = MAX (10, *top_score * 0.2);
  for (xmlNode *s = top->parent->children; s; s = s->next)
    {
      double *score;
      double bonus = 0;

      if (s == top)
        {
          g_ptr_array_add (nodes, s);
          continue;
        }
      if (s->type != XML_ELEMENT_NODE)
        continue;
      {
        g_autofree char *klass = get_attr (s, "class");
        if (klass != NULL && top_class != NULL && *klass && strcmp (klass, top_class) == 0)
          bonus = *top_score * 0.2;
      }
      score = score_of (scorer, s);
      if (score != NULL && *score + bonus >= threshold)
        g_ptr_array_add (nodes, s);
      else if (is_tag (s, "p"))
        {
          g_autofree char *text = node_text (s);
          gsize length = strlen (text);
          double density = link_density (s);

          if ((length > 80 && density < 0.25) ||
              (length > 0 && length <= 80 && density == 0 &&
               (g_str_has_suffix (text, ".") || strstr (text, ". ") != NULL)))
            g_ptr_array_add (nodes, s);
        }
    }
  return nodes;
}

/* Readability's conditional cleaning: boxes and lists inside the article that are mostly
 * links, or that the class marks as chrome, with little prose in them. */
static void
clean_conditionally (Scorer  *scorer,
                     xmlNode *parent)
{
  static const char * const boxes[] = { "div", "section", "ul", "ol", "table", "form", "dl", NULL };
  xmlNode *n = parent->children;

  while (n != NULL)
    {
      xmlNode *next = n->next;

      if (n->type == XML_ELEMENT_NODE && tag_in (n, boxes))
        {
          g_autofree char *text = node_text (n);
          gsize length = strlen (text);
          double weight = class_weight (n);
          double *score = score_of (scorer, n);
          double density = link_density (n);
          gboolean list = is_tag (n, "ul") || is_tag (n, "ol") || is_tag (n, "dl");
          gboolean drop = FALSE;

          /* Marked as chrome and without the votes of paragraphs to save it. */
          if (weight + (score ? *score : 0) < 0)
            drop = TRUE;
          else if (count_commas (text) < 10)
            {
              if (length == 0)
                drop = TRUE;
              else if (density > 0.5)
                drop = TRUE;
              /* A short box of links: "More on this", a list of stories. A paragraph of prose
               * with links in it is longer, or less linked. */
              else if (weight < 25 && !list && density > 0.25 && length < 300)
                drop = TRUE;
            }
          if (drop)
            {
              remove_node (n);
              n = next;
              continue;
            }
        }
      if (n->type == XML_ELEMENT_NODE)
        clean_conditionally (scorer, n);
      n = next;
    }
}

/* ---- Paragraphs -------------------------------------------------------------------------- */

typedef struct
{
  GString *text;      /* all paragraphs, each followed by '\0' */
  GArray  *starts;    /* gsize offsets into text */
  GArray  *flags;
  GArray  *links;     /* link characters per paragraph */
  GString *current;
  gsize    current_links;
  guint    current_flags;
} Collector;

static void
flush (Collector *c)
{
  char *s = c->current->str;
  gsize length = c->current->len;

  while (length > 0 && s[length - 1] == ' ')
    length--;
  while (length > 0 && *s == ' ')
    {
      s++;
      length--;
    }
  if (length > 0)
    {
      gsize start = c->text->len;

      g_string_append_len (c->text, s, length);
      g_string_append_c (c->text, '\0');
      g_array_append_val (c->starts, start);
      g_array_append_val (c->flags, c->current_flags);
      g_array_append_val (c->links, c->current_links);
    }
  g_string_truncate (c->current, 0);
  c->current_links = 0;
  c->current_flags = 0;
}

static void
collect (Collector *c,
         xmlNode   *node,
         gboolean   in_link)
{
  static const char * const headings[] = { "h1", "h2", "h3", "h4", "h5", "h6", NULL };

  for (xmlNode *n = node; n; n = n->next)
    {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        {
          gsize before = c->current->len;

          append_collapsed (c->current, (const char *)n->content);
          if (in_link)
            c->current_links += c->current->len - before;
          continue;
        }
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (is_tag (n, "br"))
        {
          flush (c);
          continue;
        }
      /* The headline has its own field, whatever words it differs by from og:title. */
      if (is_tag (n, "h1"))
        {
          flush (c);
          continue;
        }
      if (tag_in (n, block_tags))
        {
          guint flags = 0;

          flush (c);
          if (tag_in (n, headings))
            flags |= READOUT_PARAGRAPH_HEADING;
          if (is_tag (n, "blockquote"))
            flags |= READOUT_PARAGRAPH_QUOTE;
          if (is_tag (n, "li"))
            flags |= READOUT_PARAGRAPH_LIST;
          c->current_flags = flags;
          collect (c, n->children, in_link);
          c->current_flags |= flags;
          flush (c);
          continue;
        }
      collect (c, n->children, in_link || is_tag (n, "a"));
    }
}

/* ---- Loading ----------------------------------------------------------------------------- */

static char *
first_of (const char *a,
          const char *b,
          const char *c,
          const char *d)
{
  const char *values[] = { a, b, c, d };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      char *tidy = readout_metadata_tidy (values[i]);

      if (tidy != NULL)
        return tidy;
    }
  return NULL;
}

static char *
pick_title (PageMetadata *page,
            const char   *site)
{
  g_autofree char *title = first_of (meta_get (page, "og:title"), meta_get (page, "twitter:title"),
                                     page->ld_headline, NULL);

  if (title == NULL && page->h1 != NULL && *page->h1 != '\0')
    title = g_strdup (page->h1);
  if (title == NULL && page->html_title != NULL && *page->html_title != '\0')
    title = g_strdup (page->html_title);
  if (title == NULL)
    return NULL;
  {
    g_autofree char *stripped = strip_site_suffix (title, site, FALSE, NULL);

    /* The <h1> is often the headline without the decoration of <title>. */
    if (page->h1 != NULL && *page->h1 != '\0' && g_str_has_prefix (stripped, page->h1))
      return g_strdup (page->h1);
    return g_steal_pointer (&stripped);
  }
}

/* Browsers mark a saved page with its address: <!-- saved from url=(0042)https://… --> */
static char *
saved_from_url (const char *html,
                gsize       length)
{
  g_autofree char *head = g_strndup (html, MIN (length, 4096));
  const char *p = strstr (head, "saved from url=(");

  if (p == NULL)
    return NULL;
  p = strchr (p, ')');
  if (p == NULL)
    return NULL;
  p++;
  return g_strndup (p, strcspn (p, " \t\r\n>"));
}

static char *
pick_outlet (PageMetadata *page,
             const char   *uri)
{
  ReadoutLexicon *lexicon = readout_lexicon_get_default ();
  const char *addresses[] = { page->canonical, meta_get (page, "og:url"), page->saved_from, uri };
  char *outlet = first_of (meta_get (page, "og:site_name"), meta_get (page, "application-name"),
                           page->ld_site, page->ld_publisher);

  if (outlet != NULL)
    return outlet;
  for (guint i = 0; i < G_N_ELEMENTS (addresses); i++)
    if ((outlet = readout_metadata_outlet_for_host (lexicon, addresses[i])) != NULL)
      return outlet;
  /* "Headline - The Daily Example": the site's name from the <title>. */
  if (page->html_title != NULL)
    {
      g_autofree char *suffix = NULL;
      g_autofree char *head = strip_site_suffix (page->html_title, NULL, TRUE, &suffix);
      gboolean name_like = suffix != NULL && g_ascii_isupper (suffix[0]) &&
                           readout_boilerplate_count_words (suffix, strlen (suffix)) <= 5;

      if (name_like)
        return g_steal_pointer (&suffix);
    }
  if (page->copyright != NULL)
    return g_strdup (page->copyright);
  for (guint i = 0; i < G_N_ELEMENTS (addresses); i++)
    if ((outlet = readout_metadata_host_of_url (addresses[i])) != NULL)
      return outlet;
  return NULL;
}

static char *
pick_byline (PageMetadata *page)
{
  const char *candidates[] = {
    page->ld_author, meta_get (page, "author"), meta_get (page, "article:author"),
    meta_get (page, "byl"), meta_get (page, "byline"), meta_get (page, "sailthru.author"),
    meta_get (page, "parsely-author"), meta_get (page, "dc.creator"), meta_get (page, "twitter:creator"),
    page->rel_author, page->byline_element,
  };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      char *byline = readout_metadata_clean_byline (candidates[i]);

      if (byline != NULL && byline[0] != '@')
        return byline;
      g_free (byline);
    }
  return NULL;
}

static char *
pick_date (PageMetadata *page)
{
  const char *candidates[] = {
    meta_get (page, "article:published_time"), page->ld_date, meta_get (page, "datepublished"),
    meta_get (page, "og:published_time"), meta_get (page, "pubdate"), meta_get (page, "publishdate"),
    meta_get (page, "publish-date"), meta_get (page, "publication_date"), meta_get (page, "date"),
    meta_get (page, "dc.date.issued"), meta_get (page, "dc.date"), meta_get (page, "dcterms.date"),
    meta_get (page, "dcterms.created"), meta_get (page, "sailthru.date"),
    meta_get (page, "parsely-pub-date"), meta_get (page, "article.published"),
    meta_get (page, "cxenseparse:recs:publishtime"), page->time_datetime,
  };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      char *date = readout_metadata_normalize_date (candidates[i]);

      if (date != NULL)
        return date;
    }
  return NULL;
}

static void
init_libxml (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

/* Paragraphs of the article body of doc, or of the JSON-LD articleBody. */
static void
extract_body (htmlDocPtr    doc,
              PageMetadata *page,
              Collector    *collector)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *body = NULL;
  Scorer scorer = { g_hash_table_new_full (NULL, NULL, NULL, g_free), g_ptr_array_new () };
  g_autoptr(GPtrArray) article = NULL;
  xmlNode *top;

  for (xmlNode *n = root ? root->children : NULL; n && body == NULL; n = n->next)
    if (is_tag (n, "body"))
      body = n;
  if (body == NULL)
    body = root;
  if (body == NULL)
    {
      g_hash_table_unref (scorer.scores);
      g_ptr_array_unref (scorer.order);
      return;
    }

  remove_chrome (body, text_length (body));
  score_paragraphs (&scorer, body->children);
  top = top_candidate (&scorer, body);
  article = gather_article (&scorer, top, body);
  for (guint i = 0; i < article->len; i++)
    {
      xmlNode *node = g_ptr_array_index (article, i);

      if (node->type == XML_ELEMENT_NODE && node != body)
        {
          /* Judge the boxes inside, not the container itself. */
          clean_conditionally (&scorer, node);
        }
      else if (node == body)
        clean_conditionally (&scorer, node);
      if (node->type == XML_ELEMENT_NODE)
        {
          flush (collector);
          collect (collector, node->children, is_tag (node, "a"));
          flush (collector);
        }
    }
  g_hash_table_unref (scorer.scores);
  g_ptr_array_unref (scorer.order);
}

ReadoutDocument *
readout_html_loader_load (const char  *html,
                          gsize        length,
                          const char  *uri,
                          GError     **error)
{
  ReadoutBoilerplate *boilerplate = readout_boilerplate_get_default ();
  g_autoptr(ReadoutDocument) document = NULL;
  g_auto(PageMetadata) page = { 0, };
  g_auto(ReadoutTextMetadata) from_text = { 0, };
  g_autoptr(GArray) paragraphs = g_array_new (FALSE, TRUE, sizeof (ReadoutParagraph));
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (ReadoutSpan));
  g_autofree char *utf8 = NULL;
  g_autofree char *title = NULL;
  g_autofree char *outlet = NULL;
  g_autofree char *byline = NULL;
  g_autofree char *published = NULL;
  g_autofree char *text = NULL;
  Collector collector = { 0, };
  gsize utf8_length = 0;
  guint first_kept = 0;
  htmlDocPtr doc;

  g_return_val_if_fail (html != NULL, NULL);

  utf8 = html_to_utf8 (html, length, &utf8_length, error);
  if (utf8 == NULL)
    return NULL;
  if (utf8_length > G_MAXINT)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE, _("The page is too large"));
      return NULL;
    }

  init_libxml ();
  doc = htmlReadMemory (utf8, (int)utf8_length, uri, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_PARSE, _("The HTML cannot be read"));
      return NULL;
    }

  page.meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  page.saved_from = saved_from_url (utf8, utf8_length);
  page.h1s = g_ptr_array_new_with_free_func (g_free);
  read_metadata (xmlDocGetRootElement (doc), &page);
  choose_h1 (&page);
  outlet = pick_outlet (&page, uri);
  title = pick_title (&page, outlet);
  byline = pick_byline (&page);
  published = pick_date (&page);

  collector.text = g_string_new (NULL);
  collector.starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  collector.flags = g_array_new (FALSE, FALSE, sizeof (guint));
  collector.links = g_array_new (FALSE, FALSE, sizeof (gsize));
  collector.current = g_string_new (NULL);
  extract_body (doc, &page, &collector);
  xmlFreeDoc (doc);

  /* No container held the article (a page built by scripts): its JSON-LD may. */
  if (collector.starts->len == 0 && page.ld_body != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (page.ld_body, "\n", -1);

      for (guint i = 0; lines[i]; i++)
        {
          g_string_append (collector.current, lines[i]);
          flush (&collector);
        }
    }

  for (guint i = 0; i < collector.starts->len; i++)
    {
      gsize start = g_array_index (collector.starts, gsize, i);
      ReadoutParagraph p = { collector.text->str + start, strlen (collector.text->str + start),
                             g_array_index (collector.flags, guint, i), FALSE };
      gsize links = g_array_index (collector.links, gsize, i);

      /* A line that is all link ("Also read: …", a tag, a headline elsewhere) is navigation. */
      if (links * 10 >= p.length * 8 && readout_boilerplate_count_words (p.text, p.length) < 25)
        continue;
      g_array_append_val (paragraphs, p);
    }

  readout_boilerplate_filter (boilerplate, (ReadoutParagraph *)(gpointer)paragraphs->data,
                              paragraphs->len, title, 0);
  for (first_kept = 0; first_kept < paragraphs->len; first_kept++)
    if (g_array_index (paragraphs, ReadoutParagraph, first_kept).keep)
      break;
  readout_metadata_infer_from_text (readout_lexicon_get_default (),
                                    (ReadoutParagraph *)(gpointer)paragraphs->data,
                                    paragraphs->len, first_kept, &from_text);
  text = readout_boilerplate_join ((ReadoutParagraph *)(gpointer)paragraphs->data,
                                   paragraphs->len, spans);

  g_string_free (collector.text, TRUE);
  g_array_unref (collector.starts);
  g_array_unref (collector.flags);
  g_array_unref (collector.links);
  g_string_free (collector.current, TRUE);

  if (spans->len == 0)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_NO_CONTENT,
                   _("No article text was found in the page"));
      return NULL;
    }

  document = readout_document_new ();
  readout_document_set_uri (document, uri);
  readout_document_set_title (document, title);
  readout_document_set_outlet (document, outlet ? outlet : from_text.outlet);
  readout_document_set_byline (document, byline ? byline : from_text.byline);
  readout_document_set_published (document, published ? published : from_text.published);
  readout_document_set_content (document, text, (const ReadoutSpan *)(gpointer)spans->data, spans->len);
  return g_steal_pointer (&document);
}
