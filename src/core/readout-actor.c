/* readout-actor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "readout-actor.h"
#include "readout-enums.h"
#include "readout-util.h"

struct _ReadoutActor
{
  GObject parent_instance;

  char             *id;
  char             *name;
  ReadoutActorKind  kind;
  ReadoutActor     *affiliation;
  GPtrArray        *aliases; /* NULL-terminated */
  GPtrArray        *roles;   /* NULL-terminated */
  guint             n_statements;
};

G_DEFINE_FINAL_TYPE (ReadoutActor, readout_actor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_AFFILIATION,
  PROP_ALIASES,
  PROP_ROLES,
  PROP_N_STATEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
readout_actor_finalize (GObject *object)
{
  ReadoutActor *self = (ReadoutActor *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->affiliation);
  g_clear_pointer (&self->aliases, g_ptr_array_unref);
  g_clear_pointer (&self->roles, g_ptr_array_unref);

  G_OBJECT_CLASS (readout_actor_parent_class)->finalize (object);
}

static void
readout_actor_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ReadoutActor *self = READOUT_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_AFFILIATION: g_value_set_object (value, self->affiliation); break;
    case PROP_ALIASES: g_value_set_boxed (value, self->aliases->pdata); break;
    case PROP_ROLES: g_value_set_boxed (value, self->roles->pdata); break;
    case PROP_N_STATEMENTS: g_value_set_uint (value, self->n_statements); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_actor_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ReadoutActor *self = READOUT_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID: readout_actor_set_id (self, g_value_get_string (value)); break;
    case PROP_NAME: readout_actor_set_name (self, g_value_get_string (value)); break;
    case PROP_KIND: readout_actor_set_kind (self, g_value_get_enum (value)); break;
    case PROP_AFFILIATION: readout_actor_set_affiliation (self, g_value_get_object (value)); break;
    case PROP_N_STATEMENTS: readout_actor_set_n_statements (self, g_value_get_uint (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_actor_class_init (ReadoutActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = readout_actor_finalize;
  object_class->get_property = readout_actor_get_property;
  object_class->set_property = readout_actor_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, "Canonical name", NULL, rw);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, READOUT_TYPE_ACTOR_KIND,
                                             READOUT_ACTOR_PERSON, rw);
  properties[PROP_AFFILIATION] = g_param_spec_object ("affiliation", NULL,
                                                      "The country or organization the actor belongs to",
                                                      READOUT_TYPE_ACTOR, rw);
  properties[PROP_ALIASES] = g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLES] = g_param_spec_boxed ("roles", NULL, "Titles and roles", G_TYPE_STRV,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_STATEMENTS] = g_param_spec_uint ("n-statements", NULL,
                                                     "How many statements the actor makes",
                                                     0, G_MAXUINT, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_actor_init (ReadoutActor *self)
{
  self->aliases = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  self->roles = g_ptr_array_new_null_terminated (2, g_free, TRUE);
}

ReadoutActor *
readout_actor_new (const char       *name,
                   ReadoutActorKind  kind)
{
  return g_object_new (READOUT_TYPE_ACTOR, "name", name, "kind", kind, NULL);
}

const char *
readout_actor_get_id (ReadoutActor *self)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (self), NULL);
  return self->id;
}

void
readout_actor_set_id (ReadoutActor *self,
                      const char   *id)
{
  g_return_if_fail (READOUT_IS_ACTOR (self));
  if (readout_set_str (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
readout_actor_get_name (ReadoutActor *self)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (self), NULL);
  return self->name;
}

void
readout_actor_set_name (ReadoutActor *self,
                        const char   *name)
{
  g_return_if_fail (READOUT_IS_ACTOR (self));
  if (readout_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

ReadoutActorKind
readout_actor_get_kind (ReadoutActor *self)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (self), READOUT_ACTOR_PERSON);
  return self->kind;
}

void
readout_actor_set_kind (ReadoutActor     *self,
                        ReadoutActorKind  kind)
{
  g_return_if_fail (READOUT_IS_ACTOR (self));
  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

ReadoutActor *
readout_actor_get_affiliation (ReadoutActor *self)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (self), NULL);
  return self->affiliation;
}

void
readout_actor_set_affiliation (ReadoutActor *self,
                               ReadoutActor *affiliation)
{
  g_return_if_fail (READOUT_IS_ACTOR (self));
  g_return_if_fail (affiliation == NULL || READOUT_IS_ACTOR (affiliation));

  /* An actor cannot belong to itself, directly or through a chain. */
  for (ReadoutActor *a = affiliation; a != NULL; a = a->affiliation)
    if (a == self)
      return;

  if (g_set_object (&self->affiliation, affiliation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFFILIATION]);
}

ReadoutActor *
readout_actor_get_root_affiliation (ReadoutActor *self)
{
  ReadoutActor *a;

  g_return_val_if_fail (READOUT_IS_ACTOR (self), NULL);

  for (a = self; a->affiliation != NULL; a = a->affiliation)
    ;
  return a;
}

const char * const *
readout_actor_get_aliases (ReadoutActor *self)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (self), NULL);
  return (const char * const *)self->aliases->pdata;
}

static gboolean
strv_contains_casefold (GPtrArray  *array,
                        const char *str)
{
  for (guint i = 0; i < array->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (array, i), str) == 0)
      return TRUE;
  return FALSE;
}

gboolean
readout_actor_has_alias (ReadoutActor *self,
                         const char   *alias)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);

  return (self->name && g_ascii_strcasecmp (self->name, alias) == 0) ||
         strv_contains_casefold (self->aliases, alias);
}

gboolean
readout_actor_add_alias (ReadoutActor *self,
                         const char   *alias)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);

  if (*alias == '\0' || readout_actor_has_alias (self, alias))
    return FALSE;
  g_ptr_array_add (self->aliases, g_strdup (alias));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
  return TRUE;
}

gboolean
readout_actor_remove_alias (ReadoutActor *self,
                            const char   *alias)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);

  for (guint i = 0; i < self->aliases->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (self->aliases, i), alias) == 0)
      {
        g_ptr_array_remove_index (self->aliases, i);
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
        return TRUE;
      }
  return FALSE;
}

const char * const *
readout_actor_get_roles (ReadoutActor *self)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (self), NULL);
  return (const char * const *)self->roles->pdata;
}

gboolean
readout_actor_add_role (ReadoutActor *self,
                        const char   *role)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (role != NULL, FALSE);

  if (*role == '\0' || strv_contains_casefold (self->roles, role))
    return FALSE;
  g_ptr_array_add (self->roles, g_strdup (role));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLES]);
  return TRUE;
}

guint
readout_actor_get_n_statements (ReadoutActor *self)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (self), 0);
  return self->n_statements;
}

void
readout_actor_set_n_statements (ReadoutActor *self,
                                guint         n_statements)
{
  g_return_if_fail (READOUT_IS_ACTOR (self));
  if (self->n_statements != n_statements)
    {
      self->n_statements = n_statements;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STATEMENTS]);
    }
}

const char *
readout_actor_kind_to_string (ReadoutActorKind kind)
{
  GEnumClass *klass = g_type_class_ref (READOUT_TYPE_ACTOR_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  g_type_class_unref (klass);
  return value ? value->value_nick : "person";
}

ReadoutActorKind
readout_actor_kind_from_string (const char *str)
{
  GEnumClass *klass = g_type_class_ref (READOUT_TYPE_ACTOR_KIND);
  GEnumValue *value = str ? g_enum_get_value_by_nick (klass, str) : NULL;
  ReadoutActorKind kind = value ? (ReadoutActorKind)value->value : READOUT_ACTOR_PERSON;

  g_type_class_unref (klass);
  return kind;
}
