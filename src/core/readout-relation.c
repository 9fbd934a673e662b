/* readout-relation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "readout-actor.h"
#include "readout-document.h"
#include "readout-relation.h"
#include "readout-statement.h"
#include "readout-util.h"

struct _ReadoutRelation
{
  GObject parent_instance;

  char         *id;
  ReadoutActor *source;
  ReadoutActor *target;
  char         *relation_type;
  GListStore   *statements;
  GListStore   *documents;
  GHashTable   *members; /* statements and documents already added, for constant-time checks */
};

G_DEFINE_FINAL_TYPE (ReadoutRelation, readout_relation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SOURCE,
  PROP_TARGET,
  PROP_RELATION_TYPE,
  PROP_STATEMENTS,
  PROP_DOCUMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
readout_relation_finalize (GObject *object)
{
  ReadoutRelation *self = (ReadoutRelation *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_object (&self->source);
  g_clear_object (&self->target);
  g_clear_pointer (&self->relation_type, g_free);
  g_clear_object (&self->statements);
  g_clear_object (&self->documents);
  g_clear_pointer (&self->members, g_hash_table_unref);

  G_OBJECT_CLASS (readout_relation_parent_class)->finalize (object);
}

static void
readout_relation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ReadoutRelation *self = READOUT_RELATION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_SOURCE: g_value_set_object (value, self->source); break;
    case PROP_TARGET: g_value_set_object (value, self->target); break;
    case PROP_RELATION_TYPE: g_value_set_string (value, self->relation_type); break;
    case PROP_STATEMENTS: g_value_set_object (value, self->statements); break;
    case PROP_DOCUMENTS: g_value_set_object (value, self->documents); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_relation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ReadoutRelation *self = READOUT_RELATION (object);

  switch (prop_id)
    {
    case PROP_ID: readout_relation_set_id (self, g_value_get_string (value)); break;
    case PROP_SOURCE: readout_relation_set_source (self, g_value_get_object (value)); break;
    case PROP_TARGET: readout_relation_set_target (self, g_value_get_object (value)); break;
    case PROP_RELATION_TYPE: self->relation_type = g_value_dup_string (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_relation_class_init (ReadoutRelationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = readout_relation_finalize;
  object_class->get_property = readout_relation_get_property;
  object_class->set_property = readout_relation_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, rw);
  properties[PROP_SOURCE] = g_param_spec_object ("source", NULL, NULL, READOUT_TYPE_ACTOR, rw);
  properties[PROP_TARGET] = g_param_spec_object ("target", NULL, NULL, READOUT_TYPE_ACTOR, rw);
  properties[PROP_RELATION_TYPE] = g_param_spec_string ("relation-type", NULL, NULL, NULL,
                                                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                        G_PARAM_STATIC_STRINGS);
  properties[PROP_STATEMENTS] = g_param_spec_object ("statements", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_DOCUMENTS] = g_param_spec_object ("documents", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_relation_init (ReadoutRelation *self)
{
  self->statements = g_list_store_new (READOUT_TYPE_STATEMENT);
  self->documents = g_list_store_new (READOUT_TYPE_DOCUMENT);
  self->members = g_hash_table_new (NULL, NULL);
}

ReadoutRelation *
readout_relation_new (ReadoutActor *source,
                      ReadoutActor *target,
                      const char   *relation_type)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (source), NULL);
  g_return_val_if_fail (READOUT_IS_ACTOR (target), NULL);
  g_return_val_if_fail (relation_type != NULL, NULL);

  return g_object_new (READOUT_TYPE_RELATION,
                       "source", source,
                       "target", target,
                       "relation-type", relation_type,
                       NULL);
}

const char *
readout_relation_get_id (ReadoutRelation *self)
{
  g_return_val_if_fail (READOUT_IS_RELATION (self), NULL);
  return self->id;
}

void
readout_relation_set_id (ReadoutRelation *self,
                         const char      *id)
{
  g_return_if_fail (READOUT_IS_RELATION (self));
  if (readout_set_str (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

ReadoutActor *
readout_relation_get_source (ReadoutRelation *self)
{
  g_return_val_if_fail (READOUT_IS_RELATION (self), NULL);
  return self->source;
}

void
readout_relation_set_source (ReadoutRelation *self,
                             ReadoutActor    *source)
{
  g_return_if_fail (READOUT_IS_RELATION (self));
  if (g_set_object (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

ReadoutActor *
readout_relation_get_target (ReadoutRelation *self)
{
  g_return_val_if_fail (READOUT_IS_RELATION (self), NULL);
  return self->target;
}

void
readout_relation_set_target (ReadoutRelation *self,
                             ReadoutActor    *target)
{
  g_return_if_fail (READOUT_IS_RELATION (self));
  if (g_set_object (&self->target, target))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

const char *
readout_relation_get_relation_type (ReadoutRelation *self)
{
  g_return_val_if_fail (READOUT_IS_RELATION (self), NULL);
  return self->relation_type;
}

GListModel *
readout_relation_get_statements (ReadoutRelation *self)
{
  g_return_val_if_fail (READOUT_IS_RELATION (self), NULL);
  return G_LIST_MODEL (self->statements);
}

void
readout_relation_add_statement (ReadoutRelation  *self,
                                ReadoutStatement *statement)
{
  g_return_if_fail (READOUT_IS_RELATION (self));
  g_return_if_fail (READOUT_IS_STATEMENT (statement));

  /* The set answers "new?" at once; a hit is checked against the list, which user corrections
   * edit directly. */
  if (g_hash_table_add (self->members, statement) || !g_list_store_find (self->statements, statement, NULL))
    g_list_store_append (self->statements, statement);
}

GListModel *
readout_relation_get_documents (ReadoutRelation *self)
{
  g_return_val_if_fail (READOUT_IS_RELATION (self), NULL);
  return G_LIST_MODEL (self->documents);
}

void
readout_relation_add_document (ReadoutRelation *self,
                               ReadoutDocument *document)
{
  g_return_if_fail (READOUT_IS_RELATION (self));
  g_return_if_fail (READOUT_IS_DOCUMENT (document));

  /* The set answers "new?" at once; a hit is checked against the list, which user corrections
   * edit directly. */
  if (g_hash_table_add (self->members, document) || !g_list_store_find (self->documents, document, NULL))
    g_list_store_append (self->documents, document);
}
