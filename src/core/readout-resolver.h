/* readout-resolver.h: which actor each mention stands for, in a document and across documents.
 *
 * In a document: a surname or first name goes to the full name seen before ("Rubio" → "Marco
 * Rubio"), a title alone to the most recent holder of that title ("the Secretary"), a handle to
 * the person whose name it spells ("@SecRubio"), a pronoun to the most recent compatible actor,
 * preferring the subjects of the sentences before it, across paragraph boundaries; "she" skips
 * a person the text shows to be a man and "he" one shown to be a woman (data/lexicon/
 * genders.tsv: honorifics, gendered titles, given names; or an earlier "he"/"she" that had
 * that person as its only candidate), a person with no such evidence fits both.
 * Across documents: the same person by full name, surname or first name ("Rajnath Singh" =
 * "Rajnath" = "Singh"), organizations by a spelling-tolerant key ("Lashkar-e-Taiba" =
 * "Lashkar-e-Tayyaba"), names compared without accents ("António" = "Antonio").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-mentions.h"

G_BEGIN_DECLS

/* Strings of an entity (its aliases or roles): pointers into the document's strings. The fields
 * are named like a GPtrArray's, so g_ptr_array_index() reads them too. */
typedef struct
{
  const char **pdata;
  guint        len;
} ReadoutEntityStrings;

/* An actor as one document knows it. */
typedef struct
{
  const char           *name;
  const char           *key;              /* the name's key: readout_resolver_name_key() (a skeleton
                                           * unless a person's) */
  ReadoutActorKind      kind;
  ReadoutActorKind      affiliation_kind;
  ReadoutEntityStrings *aliases;          /* as written; NULL when none */
  ReadoutEntityStrings *roles;            /* lower case; NULL when none */
  const char           *affiliation;      /* name of the country or organization, or NULL */
  const char           *affiliation_of;
  guint                 n_mentions;
  guint                 place_hits;       /* "in Pahalgam", "the Pahalgam attack": a place, not a person */
  guint                 person_hits;      /* with a title, or followed by a verb of speech */
  guint                 titled : 1;       /* seen with a title or as a known organization */
  guint                 weak : 1;         /* only a title or a guess: kept only when it speaks */
  guint                 gender : 2;       /* ReadoutGender a person is shown to have in the
                                           * document; unknown unless shown, never guessed */
} ReadoutEntity;

/* The entities of a document: one array of them, their strings in a few blocks and the lists of
 * aliases and roles in one block, rather than an allocation or three per entity (they are made
 * in a pool thread and freed in the main one). */
typedef struct
{
  GPtrArray            *entities; /* ReadoutEntity *, into items */
  ReadoutEntity        *items;
  ReadoutEntityStrings *lists;    /* the aliases and roles, then the pointers they hold */
  GPtrArray            *string_blocks; /* the bytes of the entities' names, keys, aliases, roles and
                                        * affiliations */
} ReadoutDocumentEntities;

/* Resolves every mention of the document (sets mention->entity and pronoun candidates). */
ReadoutDocumentEntities *readout_resolver_resolve_document (const ReadoutSegmentation *seg,
                                                            ReadoutMentions           *mentions);
void                     readout_document_entities_free    (ReadoutDocumentEntities   *self);
/* Whether a person-like entity is likely a person rather than a place used as a name. */
gboolean                 readout_entity_is_person          (ReadoutEntity             *entity);
/* Whether a pronoun may stand for the entity: "he", "him", "his" not for a person shown to be
 * a woman, "she", "her" not for one shown to be a man; every other pronoun and entity fits
 * (the plural and organization rules are the callers'). The pronoun's candidates already
 * hold only entities that fit. */
gboolean                 readout_resolver_pronoun_fits     (const ReadoutMention      *pronoun,
                                                            const ReadoutEntity       *entity);
/* The entity a mention stands for, skipping the excluded one for pronouns; -1 when unknown. */
gint                     readout_resolver_entity_of        (ReadoutMention            *mention,
                                                            gint                       exclude);

/* Merges the entities of several documents into ReadoutActor objects. */
typedef struct _ReadoutActorRegistry ReadoutActorRegistry;

ReadoutActorRegistry *readout_actor_registry_new    (void);
void                  readout_actor_registry_free   (ReadoutActorRegistry    *self);
/* Takes in a document's entities: call for every document, in the documents' order, then
 * build. The registry keeps what it needs of them (the entities may be freed right after) and
 * returns the document's number, for actor_for(). */
guint                 readout_actor_registry_add    (ReadoutActorRegistry    *self,
                                                     ReadoutDocumentEntities *entities);
/* Builds the merged actors; after this, actor_for() answers. */
void                  readout_actor_registry_build  (ReadoutActorRegistry    *self);
/* The actor an entity of a document (by the number add() gave) was merged into, or NULL. */
ReadoutActor         *readout_actor_registry_actor_for (ReadoutActorRegistry    *self,
                                                        guint                    document,
                                                        gint                     entity);
/* Marks the actor of an entity (as in actor_for()) as used by a statement or relation, so it
 * is listed. */
void                  readout_actor_registry_use    (ReadoutActorRegistry    *self,
                                                     guint                    document,
                                                     gint                     entity);
/* The actors to list, with every affiliation they point to; adds references to actors. */
void                  readout_actor_registry_collect (ReadoutActorRegistry   *self,
                                                      GPtrArray              *actors);
/* The key two spellings of one name share ("lashkar-e-tayyaba" → "lshkrtb"). */
char                 *readout_resolver_name_key     (const char              *name,
                                                     gboolean                 skeleton);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutActorRegistry, readout_actor_registry_free)

G_END_DECLS
