/* readout-relation.h: a typed, directed link between two actors (called, urged, condemned…).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "readout-types.h"

G_BEGIN_DECLS

#define READOUT_TYPE_RELATION (readout_relation_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutRelation, readout_relation, READOUT, RELATION, GObject)

/* relation_type: a lower-case word from the cue lexicon ("spoke_with", "urged", "condemned"). */
ReadoutRelation *readout_relation_new              (ReadoutActor     *source,
                                                    ReadoutActor     *target,
                                                    const char       *relation_type);
const char      *readout_relation_get_id           (ReadoutRelation  *self);
void             readout_relation_set_id           (ReadoutRelation  *self,
                                                    const char       *id);
ReadoutActor    *readout_relation_get_source       (ReadoutRelation  *self);
void             readout_relation_set_source       (ReadoutRelation  *self,
                                                    ReadoutActor     *source);
ReadoutActor    *readout_relation_get_target       (ReadoutRelation  *self);
void             readout_relation_set_target       (ReadoutRelation  *self,
                                                    ReadoutActor     *target);
const char      *readout_relation_get_relation_type (ReadoutRelation *self);
/* A GListModel of the ReadoutStatement the relation rests on. */
GListModel      *readout_relation_get_statements   (ReadoutRelation  *self);
void             readout_relation_add_statement    (ReadoutRelation  *self,
                                                    ReadoutStatement *statement);
/* Documents that show the relation (also when no statement does, e.g. "X called Y"). */
GListModel      *readout_relation_get_documents    (ReadoutRelation  *self);
void             readout_relation_add_document     (ReadoutRelation  *self,
                                                    ReadoutDocument  *document);

G_END_DECLS
