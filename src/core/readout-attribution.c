/* readout-attribution.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-actor.h"
#include "readout-attribution.h"
#include "readout-document.h"
#include "readout-enums.h"
#include "readout-statement.h"
#include "readout-util.h"

/* Copies of the document's text, made only when asked for (or a cue set explicitly). */
typedef struct
{
  char *text; /* the content, copied on first get_text() */
  char *cue;
} Copies;

/* The engine makes thousands of attributions, all kept with the result: offsets in 32 bits
 * (documents are far smaller, see READOUT_MAX_FILE_SIZE; the API keeps gsize), the rarely made
 * copies behind one pointer. */
struct _ReadoutAttribution
{
  GObject parent_instance;

  ReadoutDocument        *document;
  ReadoutActor           *speaker;
  ReadoutActor           *reported_by;
  /* Not a reference: the statement holds this attribution and clears the pointer when it lets
   * go of it (readout_statement_remove_attribution(), its finalization). A GWeakRef would cost
   * a global lock and a weak-ref list on every statement. */
  ReadoutStatement       *statement;
  Copies                 *copies;   /* NULL until a copy is made */
  guint32                 start;
  guint32                 end;
  guint32                 cue_start;
  guint32                 cue_end;
  guint32                 speaker_start;
  guint32                 speaker_end;
  guint                   kind : 8; /* ReadoutAttributionKind */
  /* The cue is the document's text in the cue span, copied on first get_cue() (the engine
   * makes thousands of attributions whose cue nobody may ask for). */
  guint                   cue_from_span : 1;
};

/* An offset as stored: the documents' text is far below 4 GiB. */
static inline guint32
offset32 (gsize offset)
{
  return (guint32)MIN (offset, G_MAXUINT32);
}

static Copies *
ensure_copies (ReadoutAttribution *self)
{
  if (self->copies == NULL)
    self->copies = g_new0 (Copies, 1);
  return self->copies;
}

G_DEFINE_FINAL_TYPE (ReadoutAttribution, readout_attribution, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_START,
  PROP_END,
  PROP_TEXT,
  PROP_KIND,
  PROP_CUE,
  PROP_SPEAKER,
  PROP_REPORTED_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
readout_attribution_finalize (GObject *object)
{
  ReadoutAttribution *self = (ReadoutAttribution *)object;

  g_clear_object (&self->document);
  if (self->copies != NULL)
    {
      g_free (self->copies->text);
      g_free (self->copies->cue);
      g_free (self->copies);
    }
  g_clear_object (&self->speaker);
  g_clear_object (&self->reported_by);

  G_OBJECT_CLASS (readout_attribution_parent_class)->finalize (object);
}

static void
readout_attribution_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ReadoutAttribution *self = READOUT_ATTRIBUTION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: g_value_set_object (value, self->document); break;
    case PROP_START: g_value_set_uint64 (value, self->start); break;
    case PROP_END: g_value_set_uint64 (value, self->end); break;
    case PROP_TEXT: g_value_set_string (value, readout_attribution_get_text (self)); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_CUE: g_value_set_string (value, readout_attribution_get_cue (self)); break;
    case PROP_SPEAKER: g_value_set_object (value, self->speaker); break;
    case PROP_REPORTED_BY: g_value_set_object (value, self->reported_by); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_attribution_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ReadoutAttribution *self = READOUT_ATTRIBUTION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: g_set_object (&self->document, g_value_get_object (value)); break;
    case PROP_KIND: readout_attribution_set_kind (self, g_value_get_enum (value)); break;
    case PROP_CUE: readout_attribution_set_cue (self, g_value_get_string (value)); break;
    case PROP_SPEAKER: readout_attribution_set_speaker (self, g_value_get_object (value)); break;
    case PROP_REPORTED_BY: readout_attribution_set_reported_by (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_attribution_class_init (ReadoutAttributionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = readout_attribution_finalize;
  object_class->get_property = readout_attribution_get_property;
  object_class->set_property = readout_attribution_set_property;

  /* Not G_PARAM_CONSTRUCT_ONLY: a construct property is set (to NULL when not given) through a
   * GValue for each of the thousands of attributions readout_attribution_new() makes. */
  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, READOUT_TYPE_DOCUMENT,
                                                   G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_START] = g_param_spec_uint64 ("start", NULL, "Byte offset of the content",
                                                0, G_MAXUINT64, 0, ro);
  properties[PROP_END] = g_param_spec_uint64 ("end", NULL, "Byte offset after the content",
                                              0, G_MAXUINT64, 0, ro);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, "The content as written", NULL, ro);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, READOUT_TYPE_ATTRIBUTION_KIND,
                                             READOUT_ATTRIBUTION_DIRECT, rw);
  properties[PROP_CUE] = g_param_spec_string ("cue", NULL, "Cue verb or phrase", NULL, rw);
  properties[PROP_SPEAKER] = g_param_spec_object ("speaker", NULL, NULL, READOUT_TYPE_ACTOR, rw);
  properties[PROP_REPORTED_BY] = g_param_spec_object ("reported-by", NULL,
                                                      "Who relays the speaker's words",
                                                      READOUT_TYPE_ACTOR, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_attribution_init (ReadoutAttribution *self)
{
}

ReadoutAttribution *
readout_attribution_new (ReadoutDocument        *document,
                         gsize                   start,
                         gsize                   end,
                         ReadoutAttributionKind  kind)
{
  ReadoutAttribution *self;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (document), NULL);

  /* Fields set directly: named construct properties would run the GParamSpec machinery for
   * each of the thousands of attributions the engine makes. */
  self = g_object_new (READOUT_TYPE_ATTRIBUTION, NULL);
  self->document = g_object_ref (document);
  self->kind = kind;
  self->end = offset32 (MIN (end, readout_document_get_length (document)));
  self->start = offset32 (MIN (start, self->end));
  return self;
}

ReadoutAttribution *
readout_attribution_new_full (ReadoutDocument        *document,
                              gsize                   start,
                              gsize                   end,
                              ReadoutAttributionKind  kind,
                              gsize                   cue_start,
                              gsize                   cue_end,
                              gsize                   speaker_start,
                              gsize                   speaker_end,
                              ReadoutActor           *speaker,
                              ReadoutActor           *reported_by)
{
  ReadoutAttribution *self;

  g_return_val_if_fail (speaker == NULL || READOUT_IS_ACTOR (speaker), NULL);
  g_return_val_if_fail (reported_by == NULL || READOUT_IS_ACTOR (reported_by), NULL);

  /* Fields set directly, without the change notifications of the setters: nobody can be
   * listening to a new object */
  self = readout_attribution_new (document, start, end, kind);
  if (self == NULL)
    return NULL;
  self->cue_start = offset32 (cue_start);
  self->cue_end = offset32 (MAX (cue_start, cue_end));
  self->cue_from_span = TRUE;
  if (speaker_end > speaker_start)
    {
      self->speaker_start = offset32 (speaker_start);
      self->speaker_end = offset32 (speaker_end);
    }
  self->speaker = speaker ? g_object_ref (speaker) : NULL;
  self->reported_by = reported_by ? g_object_ref (reported_by) : NULL;
  return self;
}

ReadoutDocument *
readout_attribution_get_document (ReadoutAttribution *self)
{
  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), NULL);
  return self->document;
}

gsize
readout_attribution_get_start (ReadoutAttribution *self)
{
  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), 0);
  return self->start;
}

gsize
readout_attribution_get_end (ReadoutAttribution *self)
{
  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), 0);
  return self->end;
}

void
readout_attribution_set_span (ReadoutAttribution *self,
                              gsize               start,
                              gsize               end)
{
  gsize length;

  g_return_if_fail (READOUT_IS_ATTRIBUTION (self));

  length = readout_document_get_length (self->document);
  end = MIN (end, length);
  start = MIN (start, end);
  if (start == self->start && end == self->end && self->copies != NULL && self->copies->text != NULL)
    return;
  /* A statement's content made from this text stays what it was */
  if (self->statement != NULL)
    readout_statement_get_content (self->statement);

  self->start = offset32 (start);
  self->end = offset32 (end);
  if (self->copies != NULL)
    g_clear_pointer (&self->copies->text, g_free);
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_START]);
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_END]);
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_TEXT]);
}

const char *
readout_attribution_get_text (ReadoutAttribution *self)
{
  Copies *copies;

  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), NULL);

  copies = ensure_copies (self);
  if (copies->text == NULL)
    copies->text = readout_document_dup_slice (self->document, self->start, self->end);
  return copies->text;
}

const char *
readout_attribution_peek_text (ReadoutAttribution *self,
                               gsize              *length)
{
  const char *text;

  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), NULL);
  g_return_val_if_fail (length != NULL, NULL);

  if (self->copies != NULL && self->copies->text != NULL)
    {
      *length = strlen (self->copies->text);
      return self->copies->text;
    }
  text = readout_document_get_text (self->document);
  *length = text ? self->end - self->start : 0;
  return text ? text + self->start : "";
}

ReadoutAttributionKind
readout_attribution_get_kind (ReadoutAttribution *self)
{
  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), READOUT_ATTRIBUTION_DIRECT);
  return self->kind;
}

void
readout_attribution_set_kind (ReadoutAttribution     *self,
                              ReadoutAttributionKind  kind)
{
  g_return_if_fail (READOUT_IS_ATTRIBUTION (self));
  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec ((GObject *)self, properties[PROP_KIND]);
    }
}

const char *
readout_attribution_get_cue (ReadoutAttribution *self)
{
  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), NULL);

  if (self->cue_from_span)
    {
      ensure_copies (self)->cue = readout_document_dup_slice (self->document, self->cue_start, self->cue_end);
      self->cue_from_span = FALSE;
    }
  return self->copies != NULL ? self->copies->cue : NULL;
}

void
readout_attribution_set_cue (ReadoutAttribution *self,
                             const char         *cue)
{
  g_return_if_fail (READOUT_IS_ATTRIBUTION (self));

  /* Compare with the cue as it reads now, even when not copied yet */
  readout_attribution_get_cue (self);
  if (readout_set_str (&ensure_copies (self)->cue, cue))
    g_object_notify_by_pspec ((GObject *)self, properties[PROP_CUE]);
}

void
readout_attribution_set_cue_from_span (ReadoutAttribution *self,
                                       gsize               start,
                                       gsize               end)
{
  g_return_if_fail (READOUT_IS_ATTRIBUTION (self));

  if (self->copies != NULL)
    g_clear_pointer (&self->copies->cue, g_free);
  self->cue_start = offset32 (start);
  self->cue_end = offset32 (MAX (start, end));
  self->cue_from_span = TRUE;
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_CUE]);
}

ReadoutSpan
readout_attribution_get_cue_span (ReadoutAttribution *self)
{
  static const ReadoutSpan none = { 0, 0 };

  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), none);
  return (ReadoutSpan) { self->cue_start, self->cue_end };
}

void
readout_attribution_set_cue_span (ReadoutAttribution *self,
                                  gsize               start,
                                  gsize               end)
{
  g_return_if_fail (READOUT_IS_ATTRIBUTION (self));
  /* The cue stays what it was: copy it before its span moves */
  readout_attribution_get_cue (self);
  self->cue_start = offset32 (start);
  self->cue_end = offset32 (MAX (start, end));
}

ReadoutSpan
readout_attribution_get_speaker_span (ReadoutAttribution *self)
{
  static const ReadoutSpan none = { 0, 0 };

  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), none);
  return (ReadoutSpan) { self->speaker_start, self->speaker_end };
}

void
readout_attribution_set_speaker_span (ReadoutAttribution *self,
                                      gsize               start,
                                      gsize               end)
{
  g_return_if_fail (READOUT_IS_ATTRIBUTION (self));
  self->speaker_start = offset32 (start);
  self->speaker_end = offset32 (MAX (start, end));
}

ReadoutActor *
readout_attribution_get_speaker (ReadoutAttribution *self)
{
  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), NULL);
  return self->speaker;
}

void
readout_attribution_set_speaker (ReadoutAttribution *self,
                                 ReadoutActor       *speaker)
{
  g_return_if_fail (READOUT_IS_ATTRIBUTION (self));
  if (g_set_object (&self->speaker, speaker))
    g_object_notify_by_pspec ((GObject *)self, properties[PROP_SPEAKER]);
}

ReadoutActor *
readout_attribution_get_reported_by (ReadoutAttribution *self)
{
  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), NULL);
  return self->reported_by;
}

void
readout_attribution_set_reported_by (ReadoutAttribution *self,
                                     ReadoutActor       *reported_by)
{
  g_return_if_fail (READOUT_IS_ATTRIBUTION (self));
  if (g_set_object (&self->reported_by, reported_by))
    g_object_notify_by_pspec ((GObject *)self, properties[PROP_REPORTED_BY]);
}

ReadoutStatement *
readout_attribution_get_statement (ReadoutAttribution *self)
{
  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), NULL);
  return self->statement;
}

void
readout_attribution_set_statement (ReadoutAttribution *self,
                                   ReadoutStatement   *statement)
{
  g_return_if_fail (READOUT_IS_ATTRIBUTION (self));
  self->statement = statement;
}

const char *
readout_attribution_kind_to_string (ReadoutAttributionKind kind)
{
  GEnumClass *klass = g_type_class_ref (READOUT_TYPE_ATTRIBUTION_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  g_type_class_unref (klass);
  return value ? value->value_nick : "direct";
}

ReadoutAttributionKind
readout_attribution_kind_from_string (const char *str)
{
  GEnumClass *klass = g_type_class_ref (READOUT_TYPE_ATTRIBUTION_KIND);
  GEnumValue *value = str ? g_enum_get_value_by_nick (klass, str) : NULL;
  ReadoutAttributionKind kind = value ? (ReadoutAttributionKind)value->value : READOUT_ATTRIBUTION_DIRECT;

  g_type_class_unref (klass);
  return kind;
}
