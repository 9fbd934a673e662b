/* readout-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "readout-document.h"
#include "readout-util.h"

struct _ReadoutDocument
{
  GObject parent_instance;

  char   *id;
  char   *path;
  char   *uri;
  char   *title;
  char   *outlet;
  char   *byline;
  char   *published;
  char   *text;
  gsize   length;
  /* exactly n_paragraphs spans (a GArray would round its size up to a power of two, and
   * documents hold them for as long as they are open) */
  ReadoutSpan *paragraphs;
  guint        n_paragraphs;
  char   *display_name;
};

G_DEFINE_FINAL_TYPE (ReadoutDocument, readout_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PATH,
  PROP_URI,
  PROP_TITLE,
  PROP_OUTLET,
  PROP_BYLINE,
  PROP_PUBLISHED,
  PROP_TEXT,
  PROP_DISPLAY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
readout_document_finalize (GObject *object)
{
  ReadoutDocument *self = (ReadoutDocument *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->uri, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->outlet, g_free);
  g_clear_pointer (&self->byline, g_free);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->paragraphs, g_free);
  g_clear_pointer (&self->display_name, g_free);

  G_OBJECT_CLASS (readout_document_parent_class)->finalize (object);
}

static void
readout_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ReadoutDocument *self = READOUT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_PATH: g_value_set_string (value, self->path); break;
    case PROP_URI: g_value_set_string (value, self->uri); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_OUTLET: g_value_set_string (value, self->outlet); break;
    case PROP_BYLINE: g_value_set_string (value, self->byline); break;
    case PROP_PUBLISHED: g_value_set_string (value, self->published); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_DISPLAY_NAME: g_value_set_string (value, readout_document_get_display_name (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_document_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ReadoutDocument *self = READOUT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID: readout_document_set_id (self, g_value_get_string (value)); break;
    case PROP_PATH: readout_document_set_path (self, g_value_get_string (value)); break;
    case PROP_URI: readout_document_set_uri (self, g_value_get_string (value)); break;
    case PROP_TITLE: readout_document_set_title (self, g_value_get_string (value)); break;
    case PROP_OUTLET: readout_document_set_outlet (self, g_value_get_string (value)); break;
    case PROP_BYLINE: readout_document_set_byline (self, g_value_get_string (value)); break;
    case PROP_PUBLISHED: readout_document_set_published (self, g_value_get_string (value)); break;
    case PROP_TEXT: readout_document_set_text (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_document_class_init (ReadoutDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = readout_document_finalize;
  object_class->get_property = readout_document_get_property;
  object_class->set_property = readout_document_set_property;

#define STR_PROP(ID, name, blurb) \
  properties[ID] = g_param_spec_string (name, NULL, blurb, NULL, \
                                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  STR_PROP (PROP_ID, "id", "Identifier, stable within one analysis");
  STR_PROP (PROP_PATH, "path", "Local path of the source file");
  STR_PROP (PROP_URI, "uri", "URI the article was loaded from");
  STR_PROP (PROP_TITLE, "title", "Headline");
  STR_PROP (PROP_OUTLET, "outlet", "Publication that published the article");
  STR_PROP (PROP_BYLINE, "byline", "Author(s)");
  STR_PROP (PROP_PUBLISHED, "published", "Publication date, ISO 8601");
  STR_PROP (PROP_TEXT, "text", "Cleaned article body");
#undef STR_PROP
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, "Short label for lists", NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_document_init (ReadoutDocument *self)
{
  self->text = g_strdup ("");
}

ReadoutDocument *
readout_document_new (void)
{
  return g_object_new (READOUT_TYPE_DOCUMENT, NULL);
}

static void
set_string (ReadoutDocument *self,
            char           **field,
            const char      *value,
            guint            prop_id)
{
  if (readout_set_str (field, value))
    {
      g_clear_pointer (&self->display_name, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
      if (prop_id == PROP_TITLE || prop_id == PROP_OUTLET || prop_id == PROP_PATH || prop_id == PROP_URI)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
    }
}

#define ACCESSORS(field, PROP)                                                            \
  const char *readout_document_get_##field (ReadoutDocument *self)                        \
  {                                                                                       \
    g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);                              \
    return self->field;                                                                   \
  }                                                                                       \
  void readout_document_set_##field (ReadoutDocument *self, const char *value)            \
  {                                                                                       \
    g_return_if_fail (READOUT_IS_DOCUMENT (self));                                        \
    set_string (self, &self->field, value, PROP);                                         \
  }

ACCESSORS (id, PROP_ID)
ACCESSORS (path, PROP_PATH)
ACCESSORS (uri, PROP_URI)
ACCESSORS (title, PROP_TITLE)
ACCESSORS (outlet, PROP_OUTLET)
ACCESSORS (byline, PROP_BYLINE)
ACCESSORS (published, PROP_PUBLISHED)
#undef ACCESSORS

GDateTime *
readout_document_dup_published_date (ReadoutDocument *self)
{
  g_autoptr(GTimeZone) utc = NULL;
  int y, m, d;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);

  if (self->published == NULL)
    return NULL;
  if (sscanf (self->published, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return NULL;
  if (!g_date_valid_dmy (d, m, y))
    return NULL;
  utc = g_time_zone_new_utc ();
  return g_date_time_new (utc, y, m, d, 0, 0, 0);
}

const char *
readout_document_get_text (ReadoutDocument *self)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);
  return self->text;
}

gsize
readout_document_get_length (ReadoutDocument *self)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), 0);
  return self->length;
}

void
readout_document_set_content (ReadoutDocument   *self,
                              const char        *text,
                              const ReadoutSpan *paragraphs,
                              guint              n_paragraphs)
{
  g_return_if_fail (READOUT_IS_DOCUMENT (self));
  g_return_if_fail (text != NULL);
  g_return_if_fail (n_paragraphs == 0 || paragraphs != NULL);

  {
    char *copy = g_strdup (text); /* text may be this document's own */

    g_free (self->text);
    self->text = copy;
  }
  self->length = strlen (self->text);
  /* paragraphs may be this document's own: copy before freeing */
  {
    ReadoutSpan *spans = g_new (ReadoutSpan, MAX (n_paragraphs, 1));

    for (guint i = 0; i < n_paragraphs; i++)
      {
        spans[i] = paragraphs[i];
        spans[i].end = MIN (spans[i].end, self->length);
        spans[i].start = MIN (spans[i].start, spans[i].end);
      }
    g_free (self->paragraphs);
    self->paragraphs = spans;
    self->n_paragraphs = n_paragraphs;
  }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

void
readout_document_set_text (ReadoutDocument *self,
                           const char      *text)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (ReadoutSpan));
  const char *p;

  g_return_if_fail (READOUT_IS_DOCUMENT (self));

  if (text == NULL)
    text = "";

  p = text;
  while (*p)
    {
      const char *nl = strchr (p, '\n');
      const char *end = nl ? nl : p + strlen (p);
      const char *s = p, *e = end;

      while (s < e && g_ascii_isspace (*s))
        s++;
      while (e > s && g_ascii_isspace (e[-1]))
        e--;
      if (e > s)
        {
          ReadoutSpan span = { s - text, e - text };
          g_array_append_val (spans, span);
        }
      p = nl ? nl + 1 : end;
    }

  readout_document_set_content (self, text, (ReadoutSpan *)(gpointer)spans->data, spans->len);
}

const ReadoutSpan *
readout_document_get_paragraphs (ReadoutDocument *self,
                                 guint           *n_paragraphs)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (n_paragraphs != NULL, NULL);

  *n_paragraphs = self->n_paragraphs;
  return self->paragraphs;
}

char *
readout_document_dup_slice (ReadoutDocument *self,
                            gsize            start,
                            gsize            end)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);

  end = MIN (end, self->length);
  start = MIN (start, end);
  return g_strndup (self->text + start, end - start);
}

const char *
readout_document_get_display_name (ReadoutDocument *self)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);

  if (self->display_name == NULL)
    {
      if (self->outlet && *self->outlet)
        self->display_name = g_strdup (self->outlet);
      else if (self->title && *self->title)
        self->display_name = g_strdup (self->title);
      else if (self->path)
        self->display_name = g_path_get_basename (self->path);
      else if (self->uri)
        self->display_name = g_strdup (self->uri);
      else
        self->display_name = g_strdup ("");
    }
  return self->display_name;
}

char *
readout_document_dup_display_date (ReadoutDocument *self,
                                   gboolean         abbreviated)
{
  g_autoptr(GDateTime) date = NULL;
  guint month, day;
  char tail;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);

  if (self->published == NULL)
    return NULL;

  date = readout_document_dup_published_date (self);
  if (date != NULL)
    /* TRANSLATORS: a publication date, see g_date_time_format() */
    return g_date_time_format (date, abbreviated ? _("%-d %b %Y") : _("%-d %B %Y"));

  /* ISO 8601 for a date without a year, which the loaders give when the text names none. */
  if (sscanf (self->published, "--%2u-%2u%c", &month, &day, &tail) == 2 &&
      month >= 1 && month <= 12 && day >= 1 && day <= 31)
    {
      /* A leap year, so that 29 February exists. */
      g_autoptr(GDateTime) some_year = g_date_time_new_utc (2000, month, day, 0, 0, 0);

      if (some_year != NULL)
        /* TRANSLATORS: a publication date without a year, see g_date_time_format() */
        return g_date_time_format (some_year, abbreviated ? _("%-d %b") : _("%-d %B"));
    }
  return NULL;
}

char *
readout_document_dup_display_title (ReadoutDocument *self)
{
  const guint max_words = 10;
  const char *p, *end;
  guint words = 0;
  GString *title;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);

  if (self->title != NULL && *self->title != '\0')
    return g_strdup (self->title);

  /* The opening words of the first paragraph stand in for a headline the page did not have. */
  p = self->text;
  while (*p && g_ascii_isspace (*p))
    p++;
  end = p;
  while (*end && *end != '\n' && words < max_words)
    {
      while (*end && *end != '\n' && !g_ascii_isspace (*end))
        end++;
      words++;
      if (words < max_words)
        while (*end == ' ' || *end == '\t')
          end++;
    }
  if (end > p)
    {
      title = g_string_new_len (p, end - p);
      while (title->len > 0 && (g_ascii_isspace (title->str[title->len - 1]) ||
                                strchr (",;:.", title->str[title->len - 1]) != NULL))
        g_string_truncate (title, title->len - 1);
      if (*end && *end != '\n')
        g_string_append (title, "…");
      return g_string_free (title, FALSE);
    }
  if (self->path != NULL)
    return g_path_get_basename (self->path);
  return g_strdup (self->uri ? self->uri : _("Untitled article"));
}
