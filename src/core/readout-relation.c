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

/* The statements or the documents of a relation: a plain array until someone asks for the list
 * model, then the GListStore alone (user corrections edit it directly). The engine makes
 * hundreds of relations, and a GListStore costs far more than an array. */
typedef struct
{
  GPtrArray  *items; /* owned references, while there is no store */
  GListStore *store;
} MemberList;

struct _ReadoutRelation
{
  GObject parent_instance;

  char         *id;
  ReadoutActor *source;
  ReadoutActor *target;
  char         *relation_type;
  MemberList    statements;
  MemberList    documents;
  /* Statements and documents already added, for constant-time checks once the lists are long
   * (made then: most relations rest on a few) */
  GHashTable   *members;
};

/* Past this many statements and documents, membership goes through members. */
#define MEMBERS_THRESHOLD 16

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
member_list_clear (MemberList *list)
{
  g_clear_pointer (&list->items, g_ptr_array_unref);
  g_clear_object (&list->store);
}

static GListModel *
member_list_model (MemberList *list,
                   GType       item_type)
{
  if (list->store == NULL)
    {
      list->store = g_list_store_new (item_type);
      if (list->items != NULL)
        g_list_store_splice (list->store, 0, 0, list->items->pdata, list->items->len);
      g_clear_pointer (&list->items, g_ptr_array_unref);
    }
  return G_LIST_MODEL (list->store);
}

static guint
member_list_length (MemberList *list)
{
  if (list->store != NULL)
    return g_list_model_get_n_items (G_LIST_MODEL (list->store));
  return list->items ? list->items->len : 0;
}

static gboolean
member_list_contains (MemberList *list,
                      gpointer    item)
{
  if (list->store != NULL)
    return g_list_store_find (list->store, item, NULL);
  return list->items != NULL && g_ptr_array_find (list->items, item, NULL);
}

static void
member_list_append (MemberList *list,
                    gpointer    item)
{
  if (list->store != NULL)
    g_list_store_append (list->store, item);
  else
    {
      if (list->items == NULL)
        list->items = g_ptr_array_new_full (1, g_object_unref);
      g_ptr_array_add (list->items, g_object_ref (item));
    }
}

static void
member_list_add_to_set (MemberList *list,
                        GHashTable *set)
{
  guint n = member_list_length (list);

  for (guint i = 0; i < n; i++)
    {
      if (list->store != NULL)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (list->store), i);
          g_hash_table_add (set, item);
        }
      else
        g_hash_table_add (set, g_ptr_array_index (list->items, i));
    }
}

static void
readout_relation_finalize (GObject *object)
{
  ReadoutRelation *self = (ReadoutRelation *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_object (&self->source);
  g_clear_object (&self->target);
  g_clear_pointer (&self->relation_type, g_free);
  member_list_clear (&self->statements);
  member_list_clear (&self->documents);
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
    case PROP_STATEMENTS: g_value_set_object (value, readout_relation_get_statements (self)); break;
    case PROP_DOCUMENTS: g_value_set_object (value, readout_relation_get_documents (self)); break;
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
}

ReadoutRelation *
readout_relation_new (ReadoutActor *source,
                      ReadoutActor *target,
                      const char   *relation_type)
{
  ReadoutRelation *self;

  g_return_val_if_fail (READOUT_IS_ACTOR (source), NULL);
  g_return_val_if_fail (READOUT_IS_ACTOR (target), NULL);
  g_return_val_if_fail (relation_type != NULL, NULL);

  /* Fields set directly: named properties would run the GParamSpec machinery */
  self = g_object_new (READOUT_TYPE_RELATION, NULL);
  self->source = g_object_ref (source);
  self->target = g_object_ref (target);
  self->relation_type = g_strdup (relation_type);
  return self;
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
  return member_list_model (&self->statements, READOUT_TYPE_STATEMENT);
}

/* Appends item to list unless there already. */
static void
add_member (ReadoutRelation *self,
            MemberList      *list,
            gpointer         item)
{
  if (self->members == NULL)
    {
      if (member_list_length (&self->statements) + member_list_length (&self->documents) < MEMBERS_THRESHOLD)
        {
          if (!member_list_contains (list, item))
            member_list_append (list, item);
          return;
        }
      self->members = g_hash_table_new (NULL, NULL);
      member_list_add_to_set (&self->statements, self->members);
      member_list_add_to_set (&self->documents, self->members);
    }

  /* The set answers "new?" at once; a hit is checked against the list, which user corrections
   * edit directly. */
  if (g_hash_table_add (self->members, item) || !member_list_contains (list, item))
    member_list_append (list, item);
}

void
readout_relation_add_statement (ReadoutRelation  *self,
                                ReadoutStatement *statement)
{
  g_return_if_fail (READOUT_IS_RELATION (self));
  g_return_if_fail (READOUT_IS_STATEMENT (statement));

  add_member (self, &self->statements, statement);
}

GListModel *
readout_relation_get_documents (ReadoutRelation *self)
{
  g_return_val_if_fail (READOUT_IS_RELATION (self), NULL);
  return member_list_model (&self->documents, READOUT_TYPE_DOCUMENT);
}

void
readout_relation_add_document (ReadoutRelation *self,
                               ReadoutDocument *document)
{
  g_return_if_fail (READOUT_IS_RELATION (self));
  g_return_if_fail (READOUT_IS_DOCUMENT (document));

  add_member (self, &self->documents, document);
}
