/* readout-relations.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "readout-relation.h"
#include "readout-relations.h"

struct _ReadoutRelationSet
{
  GHashTable *index;     /* "source\ttarget\ttype" by pointer → ReadoutRelation */
  GPtrArray  *relations; /* ReadoutRelation, owned */
};

ReadoutRelationSet *
readout_relation_set_new (void)
{
  ReadoutRelationSet *self = g_new0 (ReadoutRelationSet, 1);

  self->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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
  g_autofree char *key = NULL;
  ReadoutRelation *relation;

  if (source == NULL || target == NULL || source == target || type == NULL)
    return;
  key = g_strdup_printf ("%p\t%p\t%s", (gpointer)source, (gpointer)target, type);
  relation = g_hash_table_lookup (self->index, key);
  if (relation == NULL)
    {
      relation = readout_relation_new (source, target, type);
      g_ptr_array_add (self->relations, relation);
      g_hash_table_insert (self->index, g_steal_pointer (&key), relation);
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
