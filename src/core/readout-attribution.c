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

struct _ReadoutAttribution
{
  GObject parent_instance;

  ReadoutDocument        *document;
  gsize                   start;
  gsize                   end;
  char                   *text;     /* copied from the document on first get_text() */
  ReadoutAttributionKind  kind;
  char                   *cue;
  /* The cue is the document's text in cue_span, copied on first get_cue() (the engine makes
   * thousands of attributions whose cue nobody may ask for). */
  gboolean                cue_from_span;
  ReadoutSpan             cue_span;
  ReadoutSpan             speaker_span;
  ReadoutActor           *speaker;
  ReadoutActor           *reported_by;
  /* Not a reference: the statement holds this attribution and clears the pointer when it lets
   * go of it (readout_statement_remove_attribution(), its finalization). A GWeakRef would cost
   * a global lock and a weak-ref list on every statement. */
  ReadoutStatement       *statement;
};

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
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->cue, g_free);
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
  self->end = MIN (end, readout_document_get_length (document));
  self->start = MIN (start, self->end);
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
  if (start == self->start && end == self->end && self->text != NULL)
    return;

  self->start = start;
  self->end = end;
  g_clear_pointer (&self->text, g_free);
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_START]);
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_END]);
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_TEXT]);
}

const char *
readout_attribution_get_text (ReadoutAttribution *self)
{
  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), NULL);

  if (self->text == NULL)
    self->text = readout_document_dup_slice (self->document, self->start, self->end);
  return self->text;
}

const char *
readout_attribution_peek_text (ReadoutAttribution *self,
                               gsize              *length)
{
  const char *text;

  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), NULL);
  g_return_val_if_fail (length != NULL, NULL);

  if (self->text != NULL)
    {
      *length = strlen (self->text);
      return self->text;
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
      self->cue = readout_document_dup_slice (self->document, self->cue_span.start, self->cue_span.end);
      self->cue_from_span = FALSE;
    }
  return self->cue;
}

void
readout_attribution_set_cue (ReadoutAttribution *self,
                             const char         *cue)
{
  g_return_if_fail (READOUT_IS_ATTRIBUTION (self));

  /* Compare with the cue as it reads now, even when not copied yet */
  readout_attribution_get_cue (self);
  if (readout_set_str (&self->cue, cue))
    g_object_notify_by_pspec ((GObject *)self, properties[PROP_CUE]);
}

void
readout_attribution_set_cue_from_span (ReadoutAttribution *self,
                                       gsize               start,
                                       gsize               end)
{
  g_return_if_fail (READOUT_IS_ATTRIBUTION (self));

  g_clear_pointer (&self->cue, g_free);
  self->cue_span.start = start;
  self->cue_span.end = MAX (start, end);
  self->cue_from_span = TRUE;
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_CUE]);
}

ReadoutSpan
readout_attribution_get_cue_span (ReadoutAttribution *self)
{
  static const ReadoutSpan none = { 0, 0 };

  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), none);
  return self->cue_span;
}

void
readout_attribution_set_cue_span (ReadoutAttribution *self,
                                  gsize               start,
                                  gsize               end)
{
  g_return_if_fail (READOUT_IS_ATTRIBUTION (self));
  /* The cue stays what it was: copy it before its span moves */
  readout_attribution_get_cue (self);
  self->cue_span.start = start;
  self->cue_span.end = MAX (start, end);
}

ReadoutSpan
readout_attribution_get_speaker_span (ReadoutAttribution *self)
{
  static const ReadoutSpan none = { 0, 0 };

  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (self), none);
  return self->speaker_span;
}

void
readout_attribution_set_speaker_span (ReadoutAttribution *self,
                                      gsize               start,
                                      gsize               end)
{
  g_return_if_fail (READOUT_IS_ATTRIBUTION (self));
  self->speaker_span.start = start;
  self->speaker_span.end = MAX (start, end);
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
