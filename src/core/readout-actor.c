/* readout-actor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-actor.h"
#include "readout-enums.h"
#include "readout-util.h"

struct _ReadoutActor
{
  GObject parent_instance;

  char             *id;
  char             *name;
  ReadoutActorKind  kind;
  guint             n_statements;
  ReadoutActor     *affiliation;
  /* The aliases, then the roles, each list NULL-terminated, and the bytes of every string, in
   * one allocation (see names_block_new()); NULL when the actor has neither. */
  char            **names;
  guint             n_aliases;
  guint             n_roles;
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
  g_clear_pointer (&self->names, g_free);

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
    case PROP_ALIASES: g_value_set_boxed (value, readout_actor_get_aliases (self)); break;
    case PROP_ROLES: g_value_set_boxed (value, readout_actor_get_roles (self)); break;
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
}

/* ---- aliases and roles ----
 *
 * An actor has a few aliases and roles, set when the engine makes it and rarely changed after
 * (user corrections): rather than two GPtrArrays and a copy of each string (five allocations and
 * more for one actor, thousands of actors per analysis), one block holds both lists and their
 * strings, rebuilt whole on a change. */

/* A block of the aliases, a NULL, the roles, a NULL, then the strings' bytes; NULL when both
 * lists are empty. */
static char **
names_block_new (const char * const *aliases,
                 guint               n_aliases,
                 const char * const *roles,
                 guint               n_roles)
{
  gsize n_pointers = n_aliases + 1 + n_roles + 1;
  gsize size = n_pointers * sizeof (char *);
  char **block;
  char *bytes;
  guint k = 0;

  if (n_aliases + n_roles == 0)
    return NULL;
  for (guint i = 0; i < n_aliases; i++)
    size += strlen (aliases[i]) + 1;
  for (guint i = 0; i < n_roles; i++)
    size += strlen (roles[i]) + 1;
  block = g_malloc (size);
  bytes = (char *)(block + n_pointers);
  for (guint list = 0; list < 2; list++)
    {
      const char * const *strs = list == 0 ? aliases : roles;
      guint n = list == 0 ? n_aliases : n_roles;

      for (guint i = 0; i < n; i++)
        {
          gsize len = strlen (strs[i]) + 1;

          block[k++] = memcpy (bytes, strs[i], len);
          bytes += len;
        }
      block[k++] = NULL;
    }
  return block;
}

static const char * const empty_list[] = { NULL };

/* Replaces the block with one of these lists (which may point into the old block). */
static void
set_names (ReadoutActor       *self,
           const char * const *aliases,
           guint               n_aliases,
           const char * const *roles,
           guint               n_roles)
{
  char **block = names_block_new (aliases, n_aliases, roles, n_roles);

  g_free (self->names);
  self->names = block;
  self->n_aliases = n_aliases;
  self->n_roles = n_roles;
}

/* A copy of the actor's two lists of pointers (not of the strings), each with room for one more:
 * what add_alias() and friends edit and hand to set_names(). */
typedef struct
{
  const char **aliases;
  const char **roles;
} NameLists;

static NameLists
name_lists_copy (ReadoutActor *self)
{
  NameLists lists = { g_new (const char *, self->n_aliases + 1 + self->n_roles + 1), NULL };

  lists.roles = lists.aliases + self->n_aliases + 1;
  if (self->names)
    memcpy (lists.aliases, self->names, (self->n_aliases + 1 + self->n_roles + 1) * sizeof (char *));
  return lists;
}

ReadoutActor *
readout_actor_new (const char       *name,
                   ReadoutActorKind  kind)
{
  return readout_actor_new_full (name, kind, NULL, 0, NULL, 0);
}

ReadoutActor *
readout_actor_new_full (const char         *name,
                        ReadoutActorKind    kind,
                        const char * const *aliases,
                        guint               n_aliases,
                        const char * const *roles,
                        guint               n_roles)
{
  /* The fields are set here rather than through construct properties: g_object_new() with
   * properties costs thousands of instructions an actor (GValues, a notify queue), and the
   * engine makes thousands of actors. Nobody can watch an actor still being made. */
  ReadoutActor *self = g_object_new (READOUT_TYPE_ACTOR, NULL);

  self->name = g_strdup (name);
  self->kind = kind;
  set_names (self, aliases, n_aliases, roles, n_roles);
  return self;
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
  return self->names ? (const char * const *)self->names : empty_list;
}

static gboolean
strv_contains_casefold (const char * const *strv,
                        const char         *str)
{
  for (; *strv; strv++)
    if (g_ascii_strcasecmp (*strv, str) == 0)
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
         strv_contains_casefold (readout_actor_get_aliases (self), alias);
}

gboolean
readout_actor_add_alias (ReadoutActor *self,
                         const char   *alias)
{
  NameLists lists;

  g_return_val_if_fail (READOUT_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);

  if (*alias == '\0' || readout_actor_has_alias (self, alias))
    return FALSE;
  lists = name_lists_copy (self);
  lists.aliases[self->n_aliases] = alias;
  set_names (self, lists.aliases, self->n_aliases + 1, lists.roles, self->n_roles);
  g_free (lists.aliases);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
  return TRUE;
}

gboolean
readout_actor_remove_alias (ReadoutActor *self,
                            const char   *alias)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);

  for (guint i = 0; i < self->n_aliases; i++)
    if (g_ascii_strcasecmp (self->names[i], alias) == 0)
      {
        NameLists lists = name_lists_copy (self);

        memmove (lists.aliases + i, lists.aliases + i + 1, (self->n_aliases - i - 1) * sizeof (char *));
        set_names (self, lists.aliases, self->n_aliases - 1, lists.roles, self->n_roles);
        g_free (lists.aliases);
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
        return TRUE;
      }
  return FALSE;
}

const char * const *
readout_actor_get_roles (ReadoutActor *self)
{
  g_return_val_if_fail (READOUT_IS_ACTOR (self), NULL);
  return self->names ? (const char * const *)self->names + self->n_aliases + 1 : empty_list;
}

gboolean
readout_actor_add_role (ReadoutActor *self,
                        const char   *role)
{
  NameLists lists;

  g_return_val_if_fail (READOUT_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (role != NULL, FALSE);

  if (*role == '\0' || strv_contains_casefold (readout_actor_get_roles (self), role))
    return FALSE;
  lists = name_lists_copy (self);
  lists.roles[self->n_roles] = role;
  set_names (self, lists.aliases, self->n_aliases, lists.roles, self->n_roles + 1);
  g_free (lists.aliases);
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
