/* readout-mentions.h: the phrases of a document that name or point to an actor.
 *
 * Names with their titles and roles ("US secretary of state Marco Rubio", "Pakistan’s
 * Ambassador to the United States, Rizwan Saeed Sheikh"), organizations (known names and
 * capitalized phrases with an organization head word), countries with their capitals and
 * abbreviations, titles standing alone ("the Secretary"), pronouns, @handles and documents that
 * speak ("the US readout").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-segmenter.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_MENTION_NAME,
  READOUT_MENTION_ORGANIZATION,
  READOUT_MENTION_COUNTRY,
  READOUT_MENTION_TITLE,
  READOUT_MENTION_PRONOUN,
  READOUT_MENTION_HANDLE,
  READOUT_MENTION_DOCUMENT,
} ReadoutMentionKind;

/* A person's gender as the text shows it (an honorific, a gendered title, a given name, an
 * earlier "he"/"she"): unknown unless shown, and unknown when shown both ways. */
typedef enum
{
  READOUT_GENDER_UNKNOWN,
  READOUT_GENDER_MALE,
  READOUT_GENDER_FEMALE,
} ReadoutGender;

typedef struct
{
  guint               first;       /* tokens [first, last), titles included */
  guint               last;
  guint               name_first;  /* first token of the name proper */
  ReadoutMentionKind  kind;
  ReadoutActorKind    actor_kind;
  char               *name;        /* the name as written or its canonical form; NULL for pronouns */
  char               *role;        /* the title, lower case ("secretary of state"), or NULL */
  const char         *role_head;   /* "secretary", or NULL */
  char               *affiliation; /* country or organization the title or modifier names */
  ReadoutActorKind    affiliation_kind;
  char               *affiliation_of; /* the affiliation's own affiliation ("United States") */
  ReadoutWordClass    pronoun;
  guint8              gender;      /* pronouns: ReadoutGender of the word ("she": female, "they",
                                    * "it": unknown); unknown for the other kinds */
  gboolean            plural;
  gint                entity;      /* set by the resolver; -1 before */
  gint                candidates[3]; /* pronouns: the likeliest antecedents, best first, -1 */
  guint               candidate_sentences[3]; /* the sentence each candidate was last seen in;
                                               * G_MAXUINT for all when the pronoun's gender
                                               * ruled out a person near it ("she" after "Mr
                                               * Berg"): the candidates then go before a speaker
                                               * remembered elsewhere, who may be that person */
} ReadoutMention;

typedef struct
{
  GArray *mentions;     /* ReadoutMention, in text order, not overlapping */
  gint   *ending_at;    /* per token: the mention whose last token it is, or -1 */
  gint   *starting_at;  /* per token: the mention that starts there, or -1 */
  gint   *covering;     /* per token: the mention holding it, or -1 */
} ReadoutMentions;

ReadoutMentions *readout_mentions_find (const ReadoutSegmentation *seg,
                                        ReadoutEngineLexicon      *lexicon);
void             readout_mentions_free (ReadoutMentions           *self);

/* The mention holding token i, or NULL. */
ReadoutMention  *readout_mentions_at   (ReadoutMentions           *self,
                                        guint                      i);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutMentions, readout_mentions_free)

G_END_DECLS
