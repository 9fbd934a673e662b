/* readout-correction.h: one correction of an analysis by the user.
 *
 * A speaker corrected (and optionally the cue), a statement removed ("not a statement") or
 * added by hand, an actor renamed or merged into another. Corrections are values keyed by
 * things that survive a new analysis (document id + quoted words + speaker name, actor names
 * and aliases), so ReadoutDecisions can apply them again to every analysis.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "readout-types.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_CORRECTION_SPEAKER,          /* a statement's speaker (and optionally cue) corrected */
  READOUT_CORRECTION_REMOVE_STATEMENT, /* "not a statement" */
  READOUT_CORRECTION_ADD_STATEMENT,    /* a statement marked by hand in the text */
  READOUT_CORRECTION_RENAME_ACTOR,
  READOUT_CORRECTION_MERGE_ACTORS,     /* one actor merged into another */
} ReadoutCorrectionKind;

#define READOUT_TYPE_CORRECTION (readout_correction_get_type ())

typedef struct _ReadoutCorrection ReadoutCorrection;

GType                  readout_correction_get_type            (void) G_GNUC_CONST;
ReadoutCorrection     *readout_correction_ref                 (ReadoutCorrection      *self);
void                   readout_correction_unref               (ReadoutCorrection      *self);

/* speaker_name: an existing actor's name or alias, or a new actor's name (created with
 * speaker_kind). cue may be NULL to keep the cue. */
ReadoutCorrection     *readout_correction_new_speaker         (ReadoutStatement       *statement,
                                                               const char             *speaker_name,
                                                               ReadoutActorKind        speaker_kind,
                                                               const char             *cue);
ReadoutCorrection     *readout_correction_new_remove_statement (ReadoutStatement      *statement);
/* [start, end) is the byte span of the content in the document's text. */
ReadoutCorrection     *readout_correction_new_add_statement   (ReadoutDocument        *document,
                                                               gsize                   start,
                                                               gsize                   end,
                                                               const char             *speaker_name,
                                                               ReadoutActorKind        speaker_kind,
                                                               const char             *cue,
                                                               ReadoutAttributionKind  kind);
ReadoutCorrection     *readout_correction_new_rename_actor    (const char             *actor_name,
                                                               const char             *new_name);
ReadoutCorrection     *readout_correction_new_merge_actors    (const char             *actor_name,
                                                               const char             *into_name);

ReadoutCorrectionKind  readout_correction_get_kind            (ReadoutCorrection      *self);
/* For undo menus and lists: "Change speaker to “Pete Hegseth”" (translated). */
char                  *readout_correction_dup_label           (ReadoutCorrection      *self);
JsonNode              *readout_correction_to_json             (ReadoutCorrection      *self);
/* where: a path for error messages ("corrections[3]"). */
ReadoutCorrection     *readout_correction_new_from_json       (JsonNode               *node,
                                                               const char             *where,
                                                               GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutCorrection, readout_correction_unref)

G_END_DECLS
