/* readout-linker.h: the same remark in several documents becomes one statement.
 *
 * Attributions are compared only with earlier ones of the same speaker (blocking), by the share
 * of content words they have in common, so linking stays near-linear in the number of
 * attributions. The wording of each report stays in its attribution.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-types.h"

G_BEGIN_DECLS

typedef struct _ReadoutLinker ReadoutLinker;

ReadoutLinker    *readout_linker_new  (void);
void              readout_linker_free (ReadoutLinker      *self);
/* Adds the attribution to a statement of the speaker with similar content, or to a new one
 * appended to statements. Returns the statement (owned by statements). */
ReadoutStatement *readout_linker_add  (ReadoutLinker      *self,
                                       ReadoutActor       *speaker,
                                       ReadoutAttribution *attribution,
                                       GPtrArray          *statements);
/* The same without setting the content of a new statement (the caller sets it): created tells
 * whether the statement is new. */
ReadoutStatement *readout_linker_link (ReadoutLinker      *self,
                                       ReadoutActor       *speaker,
                                       ReadoutAttribution *attribution,
                                       GPtrArray          *statements,
                                       gboolean           *created);
/* Content words of a text: lower case, without short function words; for similarity. */
GHashTable       *readout_linker_words (const char        *text);
/* Shared words over the smaller set, 0..1. */
double            readout_linker_overlap (GHashTable      *a,
                                          GHashTable      *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutLinker, readout_linker_free)

G_END_DECLS
