/* readout-relations.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-relation.h"
#include "readout-relations.h"

/* A relation's identity; type points to the relation's own copy, except in lookups. */
typedef struct
{
  ReadoutActor *source;
  ReadoutActor *target;
  const char   *type;
} RelationKey;

struct _ReadoutRelationSet
{
  GHashTable *index;     /* RelationKey → ReadoutRelation */
  GPtrArray  *relations; /* ReadoutRelation, owned */
};

static guint
relation_key_hash (gconstpointer data)
{
  const RelationKey *key = data;

  return (g_direct_hash (key->source) * 31 + g_direct_hash (key->target)) * 31 + g_str_hash (key->type);
}

static gboolean
relation_key_equal (gconstpointer a,
                    gconstpointer b)
{
  const RelationKey *x = a;
  const RelationKey *y = b;

  return x->source == y->source && x->target == y->target && strcmp (x->type, y->type) == 0;
}

ReadoutRelationSet *
readout_relation_set_new (void)
{
  ReadoutRelationSet *self = g_new0 (ReadoutRelationSet, 1);

  self->index = g_hash_table_new_full (relation_key_hash, relation_key_equal, g_free, NULL);
  self->relations = g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

void
readout_relation_set_free (ReadoutRelationSet *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->index);
  g_ptr_array_unref (self->relations);
  g_free (self);
}

void
readout_relation_set_add (ReadoutRelationSet *self,
                          ReadoutActor       *source,
                          ReadoutActor       *target,
                          const char         *type,
                          ReadoutStatement   *statement,
                          ReadoutDocument    *document)
{
  RelationKey lookup = { source, target, type };
  ReadoutRelation *relation;

  if (source == NULL || target == NULL || source == target || type == NULL)
    return;
  relation = g_hash_table_lookup (self->index, &lookup);
  if (relation == NULL)
    {
      RelationKey *key = g_new (RelationKey, 1);

      relation = readout_relation_new (source, target, type);
      *key = (RelationKey) { source, target, readout_relation_get_relation_type (relation) };
      g_ptr_array_add (self->relations, relation);
      g_hash_table_insert (self->index, key, relation);
    }
  if (statement)
    readout_relation_add_statement (relation, statement);
  if (document)
    readout_relation_add_document (relation, document);
}

void
readout_relation_set_collect (ReadoutRelationSet *self,
                              GPtrArray          *relations)
{
  for (guint i = 0; i < self->relations->len; i++)
    g_ptr_array_add (relations, g_object_ref (g_ptr_array_index (self->relations, i)));
}
