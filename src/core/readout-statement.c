/* readout-statement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "readout-actor.h"
#include "readout-attribution.h"
#include "readout-statement.h"
#include "readout-util.h"

struct _ReadoutStatement
{
  GObject parent_instance;

  char         *id;
  ReadoutActor *speaker;
  char         *content;
  GListStore   *addressees;
  GListStore   *attributions;
  /* Membership and per-document counts, so that adding the thousandth report of a remark does
   * not scan the thousand before it. */
  GHashTable   *attribution_set; /* ReadoutAttribution* */
  GHashTable   *document_counts; /* ReadoutDocument* → count */
};

G_DEFINE_FINAL_TYPE (ReadoutStatement, readout_statement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SPEAKER,
  PROP_CONTENT,
  PROP_ADDRESSEES,
  PROP_ATTRIBUTIONS,
  PROP_CUE,
  PROP_N_DOCUMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
readout_statement_finalize (GObject *object)
{
  ReadoutStatement *self = (ReadoutStatement *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_object (&self->speaker);
  g_clear_pointer (&self->content, g_free);
  g_clear_object (&self->addressees);
  g_clear_object (&self->attributions);
  g_clear_pointer (&self->attribution_set, g_hash_table_unref);
  g_clear_pointer (&self->document_counts, g_hash_table_unref);

  G_OBJECT_CLASS (readout_statement_parent_class)->finalize (object);
}

static void
readout_statement_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ReadoutStatement *self = READOUT_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_SPEAKER: g_value_set_object (value, self->speaker); break;
    case PROP_CONTENT: g_value_set_string (value, self->content); break;
    case PROP_ADDRESSEES: g_value_set_object (value, self->addressees); break;
    case PROP_ATTRIBUTIONS: g_value_set_object (value, self->attributions); break;
    case PROP_CUE: g_value_set_string (value, readout_statement_get_cue (self)); break;
    case PROP_N_DOCUMENTS: g_value_set_uint (value, readout_statement_get_n_documents (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_statement_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ReadoutStatement *self = READOUT_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_ID: readout_statement_set_id (self, g_value_get_string (value)); break;
    case PROP_SPEAKER: readout_statement_set_speaker (self, g_value_get_object (value)); break;
    case PROP_CONTENT: readout_statement_set_content (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_statement_class_init (ReadoutStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = readout_statement_finalize;
  object_class->get_property = readout_statement_get_property;
  object_class->set_property = readout_statement_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, rw);
  properties[PROP_SPEAKER] = g_param_spec_object ("speaker", NULL, NULL, READOUT_TYPE_ACTOR, rw);
  properties[PROP_CONTENT] = g_param_spec_string ("content", NULL, "Normalized claim", NULL, rw);
  properties[PROP_ADDRESSEES] = g_param_spec_object ("addressees", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_ATTRIBUTIONS] = g_param_spec_object ("attributions", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_CUE] = g_param_spec_string ("cue", NULL, NULL, NULL, ro);
  properties[PROP_N_DOCUMENTS] = g_param_spec_uint ("n-documents", NULL,
                                                    "How many documents report the statement",
                                                    0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_statement_init (ReadoutStatement *self)
{
  self->addressees = g_list_store_new (READOUT_TYPE_ACTOR);
  self->attributions = g_list_store_new (READOUT_TYPE_ATTRIBUTION);
  self->attribution_set = g_hash_table_new (NULL, NULL);
  self->document_counts = g_hash_table_new (NULL, NULL);
}

ReadoutStatement *
readout_statement_new (ReadoutActor *speaker)
{
  return g_object_new (READOUT_TYPE_STATEMENT, "speaker", speaker, NULL);
}

const char *
readout_statement_get_id (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);
  return self->id;
}

void
readout_statement_set_id (ReadoutStatement *self,
                          const char       *id)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));
  if (readout_set_str (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

ReadoutActor *
readout_statement_get_speaker (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);
  return self->speaker;
}

void
readout_statement_set_speaker (ReadoutStatement *self,
                               ReadoutActor     *speaker)
{
  guint n;

  g_return_if_fail (READOUT_IS_STATEMENT (self));

  if (!g_set_object (&self->speaker, speaker))
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->attributions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutAttribution) attribution = g_list_model_get_item (G_LIST_MODEL (self->attributions), i);
      readout_attribution_set_speaker (attribution, speaker);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKER]);
}

const char *
readout_statement_get_content (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);
  return self->content;
}

void
readout_statement_set_content (ReadoutStatement *self,
                               const char       *content)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));
  if (readout_set_str (&self->content, content))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}

GListModel *
readout_statement_get_addressees (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);
  return G_LIST_MODEL (self->addressees);
}

void
readout_statement_add_addressee (ReadoutStatement *self,
                                 ReadoutActor     *addressee)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));
  g_return_if_fail (READOUT_IS_ACTOR (addressee));

  if (!g_list_store_find (self->addressees, addressee, NULL))
    g_list_store_append (self->addressees, addressee);
}

static void
document_count_add (ReadoutStatement *self,
                    ReadoutDocument  *document,
                    int               delta)
{
  int count = GPOINTER_TO_INT (g_hash_table_lookup (self->document_counts, document)) + delta;

  if (count > 0)
    g_hash_table_insert (self->document_counts, document, GINT_TO_POINTER (count));
  else
    g_hash_table_remove (self->document_counts, document);
}

GListModel *
readout_statement_get_attributions (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);
  return G_LIST_MODEL (self->attributions);
}

void
readout_statement_add_attribution (ReadoutStatement   *self,
                                   ReadoutAttribution *attribution)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));
  g_return_if_fail (READOUT_IS_ATTRIBUTION (attribution));

  if (g_hash_table_contains (self->attribution_set, attribution))
    return;

  g_hash_table_add (self->attribution_set, attribution);
  document_count_add (self, readout_attribution_get_document (attribution), 1);
  readout_attribution_set_statement (attribution, self);
  if (self->speaker != NULL && readout_attribution_get_speaker (attribution) == NULL)
    readout_attribution_set_speaker (attribution, self->speaker);
  g_list_store_append (self->attributions, attribution);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DOCUMENTS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUE]);
}

void
readout_statement_remove_attribution (ReadoutStatement   *self,
                                      ReadoutAttribution *attribution)
{
  guint position;

  g_return_if_fail (READOUT_IS_STATEMENT (self));
  g_return_if_fail (READOUT_IS_ATTRIBUTION (attribution));

  if (g_hash_table_contains (self->attribution_set, attribution) &&
      g_list_store_find (self->attributions, attribution, &position))
    {
      g_hash_table_remove (self->attribution_set, attribution);
      document_count_add (self, readout_attribution_get_document (attribution), -1);
      readout_attribution_set_statement (attribution, NULL);
      g_list_store_remove (self->attributions, position);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DOCUMENTS]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUE]);
    }
}

const char *
readout_statement_get_cue (ReadoutStatement *self)
{
  g_autoptr(ReadoutAttribution) first = NULL;

  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  first = g_list_model_get_item (G_LIST_MODEL (self->attributions), 0);
  /* The store keeps its own reference, so the string outlives ours. */
  return first ? readout_attribution_get_cue (first) : NULL;
}

guint
readout_statement_get_n_documents (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), 0);
  return g_hash_table_size (self->document_counts);
}
