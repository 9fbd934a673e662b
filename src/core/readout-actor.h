/* readout-actor.h: a person, organization, country or group that speaks or is spoken to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-types.h"

G_BEGIN_DECLS

#define READOUT_TYPE_ACTOR (readout_actor_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutActor, readout_actor, READOUT, ACTOR, GObject)

ReadoutActor      *readout_actor_new              (const char       *name,
                                                   ReadoutActorKind  kind);
/* An actor with these aliases and roles, taken as they are: distinct, none empty, no alias the
 * name (what readout_actor_add_alias() and readout_actor_add_role() would have kept). */
ReadoutActor      *readout_actor_new_full         (const char         *name,
                                                   ReadoutActorKind    kind,
                                                   const char * const *aliases,
                                                   guint               n_aliases,
                                                   const char * const *roles,
                                                   guint               n_roles);
const char        *readout_actor_get_id           (ReadoutActor     *self);
void               readout_actor_set_id           (ReadoutActor     *self,
                                                   const char       *id);
const char        *readout_actor_get_name         (ReadoutActor     *self);
void               readout_actor_set_name         (ReadoutActor     *self,
                                                   const char       *name);
ReadoutActorKind   readout_actor_get_kind         (ReadoutActor     *self);
void               readout_actor_set_kind         (ReadoutActor     *self,
                                                   ReadoutActorKind  kind);
ReadoutActor      *readout_actor_get_affiliation  (ReadoutActor     *self);
void               readout_actor_set_affiliation  (ReadoutActor     *self,
                                                   ReadoutActor     *affiliation);
/* NULL-terminated, owned by the actor. */
const char * const *readout_actor_get_aliases     (ReadoutActor     *self);
/* Returns FALSE when the alias (compared case-insensitively) was already there or is the name. */
gboolean           readout_actor_add_alias        (ReadoutActor     *self,
                                                   const char       *alias);
gboolean           readout_actor_has_alias        (ReadoutActor     *self,
                                                   const char       *alias);
/* Undoes readout_actor_add_alias() (user corrections); FALSE when it was not an alias. */
gboolean           readout_actor_remove_alias     (ReadoutActor     *self,
                                                   const char       *alias);
const char * const *readout_actor_get_roles       (ReadoutActor     *self);
gboolean           readout_actor_add_role         (ReadoutActor     *self,
                                                   const char       *role);
guint              readout_actor_get_n_statements (ReadoutActor     *self);
void               readout_actor_set_n_statements (ReadoutActor     *self,
                                                   guint             n_statements);
/* The actor at the top of the affiliation chain (a person → ministry → country). */
ReadoutActor      *readout_actor_get_root_affiliation (ReadoutActor *self);

const char        *readout_actor_kind_to_string   (ReadoutActorKind kind);
ReadoutActorKind   readout_actor_kind_from_string (const char      *str);

G_END_DECLS
