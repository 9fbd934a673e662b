/* readout-evidence.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "readout-document.h"
#include "readout-evidence.h"

struct _ReadoutEvidence
{
  GObject parent_instance;

  ReadoutDocument *document;
  gsize            start;
  gsize            end;
  char            *text;
};

G_DEFINE_FINAL_TYPE (ReadoutEvidence, readout_evidence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_START,
  PROP_END,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
readout_evidence_finalize (GObject *object)
{
  ReadoutEvidence *self = (ReadoutEvidence *)object;

  g_clear_object (&self->document);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (readout_evidence_parent_class)->finalize (object);
}

static void
readout_evidence_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ReadoutEvidence *self = READOUT_EVIDENCE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: g_value_set_object (value, self->document); break;
    case PROP_START: g_value_set_uint64 (value, self->start); break;
    case PROP_END: g_value_set_uint64 (value, self->end); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_evidence_class_init (ReadoutEvidenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = readout_evidence_finalize;
  object_class->get_property = readout_evidence_get_property;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, READOUT_TYPE_DOCUMENT, ro);
  properties[PROP_START] = g_param_spec_uint64 ("start", NULL, NULL, 0, G_MAXUINT64, 0, ro);
  properties[PROP_END] = g_param_spec_uint64 ("end", NULL, NULL, 0, G_MAXUINT64, 0, ro);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_evidence_init (ReadoutEvidence *self)
{
}

ReadoutEvidence *
readout_evidence_new (ReadoutDocument *document,
                      gsize            start,
                      gsize            end)
{
  ReadoutEvidence *self;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (document), NULL);

  self = g_object_new (READOUT_TYPE_EVIDENCE, NULL);
  self->document = g_object_ref (document);
  self->end = MIN (end, readout_document_get_length (document));
  self->start = MIN (start, self->end);
  self->text = readout_document_dup_slice (document, self->start, self->end);
  return self;
}

ReadoutDocument *
readout_evidence_get_document (ReadoutEvidence *self)
{
  g_return_val_if_fail (READOUT_IS_EVIDENCE (self), NULL);
  return self->document;
}

gsize
readout_evidence_get_start (ReadoutEvidence *self)
{
  g_return_val_if_fail (READOUT_IS_EVIDENCE (self), 0);
  return self->start;
}

gsize
readout_evidence_get_end (ReadoutEvidence *self)
{
  g_return_val_if_fail (READOUT_IS_EVIDENCE (self), 0);
  return self->end;
}

const char *
readout_evidence_get_text (ReadoutEvidence *self)
{
  g_return_val_if_fail (READOUT_IS_EVIDENCE (self), NULL);
  return self->text;
}
