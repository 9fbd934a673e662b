/* readout-attributor.h: statements of one document and the relations its cues show.
 *
 * Direct quotes with the speaker before or after them (also split, “A,” he said, “B.”, and
 * continued in the next paragraph), reported speech after a cue (a that-clause, an object and a
 * to-infinitive, a noun phrase), partial quotes inside reported speech (mixed), sources named
 * after the content ("…, officials said", "according to X"), and nested attribution: in
 * "Singh claimed that Hegseth said X" the speaker is Hegseth and Singh reports it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-resolver.h"

G_BEGIN_DECLS

typedef struct
{
  gint                    speaker;      /* entity of the document */
  gint                    reported_by;  /* entity, or -1 */
  gint                    addressee;    /* entity, or -1 */
  guint                   start;        /* bytes of the content */
  guint                   end;
  guint                   first;        /* tokens of the content */
  guint                   last;
  guint                   cue_start;
  guint                   cue_end;
  guint                   speaker_start;
  guint                   speaker_end;
  ReadoutAttributionKind  kind;
  const char             *relation;     /* the cue's relation type, or NULL */
  gboolean                dropped;      /* replaced by the statements nested in it */
  guint                   serial;       /* order of finding, which relations refer to */
} ReadoutFoundStatement;

typedef struct
{
  gint        source;   /* entities */
  gint        target;
  const char *type;
  gint        statement; /* serial of the statement it rests on, or -1 */
} ReadoutFoundRelation;

typedef struct
{
  GArray *statements; /* ReadoutFoundStatement, dropped ones included */
  GArray *relations;  /* ReadoutFoundRelation */
} ReadoutDocumentAttributions;

ReadoutDocumentAttributions *readout_attributor_run  (const ReadoutSegmentation   *seg,
                                                      ReadoutMentions             *mentions,
                                                      ReadoutDocumentEntities     *entities,
                                                      ReadoutEngineLexicon        *lexicon);
void                         readout_document_attributions_free (ReadoutDocumentAttributions *self);

G_END_DECLS
