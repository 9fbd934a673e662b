/* readout-relations.h: relations between actors, each resting on statements and documents.
 *
 * The attributor finds them from cue verbs and their objects ("urged India to", "condemned
 * Pakistan") and from verbs of contact ("X spoke with Y", "phone call with", "X called Y");
 * this set merges the same (source, target, type) across sentences and documents.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-types.h"

G_BEGIN_DECLS

typedef struct _ReadoutRelationSet ReadoutRelationSet;

ReadoutRelationSet *readout_relation_set_new     (void);
void                readout_relation_set_free    (ReadoutRelationSet *self);
/* statement may be NULL when only the document shows the relation. */
void                readout_relation_set_add     (ReadoutRelationSet *self,
                                                  ReadoutActor       *source,
                                                  ReadoutActor       *target,
                                                  const char         *type,
                                                  ReadoutStatement   *statement,
                                                  ReadoutDocument    *document);
/* Appends the relations, in the order first seen, with a reference each. */
void                readout_relation_set_collect (ReadoutRelationSet *self,
                                                  GPtrArray          *relations);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutRelationSet, readout_relation_set_free)

G_END_DECLS
