/* readout-decisions.h: the user's decisions about an analysis, kept apart from it.
 *
 * The analysis is recomputed whenever the documents change or a newer engine runs, so the
 * user's work cannot live in the analysis objects alone. ReadoutDecisions holds it:
 *
 *  - reviews: the review state and note of each contradiction, keyed by
 *    readout_contradiction_dup_key() (with the kind and evidence texts as a fallback);
 *  - corrections: an ordered list of edits (a statement's speaker, a statement removed or
 *    added by hand, an actor renamed or merged into another), keyed by things that survive a
 *    new analysis: document id + quoted text + speaker name, actor names and aliases.
 *
 * Attached to a corpus, it re-applies everything after each ReadoutCorpus::analyzed, and it
 * watches the contradictions so that a panel that just calls readout_contradiction_set_review()
 * has its decision recorded. Every correction applied to the live objects keeps a log of what
 * it changed, so that the last one can be undone exactly (see ReadoutHistory).
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

#define READOUT_TYPE_DECISIONS (readout_decisions_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutDecisions, readout_decisions, READOUT, DECISIONS, GObject)

ReadoutDecisions  *readout_decisions_new                (void);
/* Attaches to a corpus (NULL detaches): decisions are applied after each analysis and review
 * changes made on its contradictions are recorded. */
void               readout_decisions_set_corpus         (ReadoutDecisions       *self,
                                                         ReadoutCorpus          *corpus);
ReadoutCorpus     *readout_decisions_get_corpus         (ReadoutDecisions       *self);

/* Applies the correction to the attached corpus and appends it. Fails (and records nothing)
 * when it does not apply, e.g. the statement or actor is not there. Emits
 * ::correction-added and ::changed. */
gboolean           readout_decisions_add_correction     (ReadoutDecisions       *self,
                                                         ReadoutCorrection      *correction,
                                                         GError                **error);
/* Reverts the last correction on the live objects and removes it; returns it, or NULL when
 * there is none. Emits ::changed. */
ReadoutCorrection *readout_decisions_undo_correction    (ReadoutDecisions       *self);
guint              readout_decisions_get_n_corrections  (ReadoutDecisions       *self);
/* Transfer none. */
ReadoutCorrection *readout_decisions_get_correction     (ReadoutDecisions       *self,
                                                         guint                   position);

/* Sets the review of every contradiction with this key (and records it, also when none is in
 * the analysis now). Emits ::review-changed and ::changed when something changed. */
void               readout_decisions_set_review         (ReadoutDecisions       *self,
                                                         const char             *key,
                                                         ReadoutReviewState      review,
                                                         const char             *note);
/* The recorded review for a key; UNREVIEWED and NULL when there is none. */
ReadoutReviewState readout_decisions_lookup_review      (ReadoutDecisions       *self,
                                                         const char             *key,
                                                         const char            **note);
guint              readout_decisions_get_n_reviews      (ReadoutDecisions       *self);

/* Re-applies every decision to the attached corpus; done automatically on ::analyzed. */
void               readout_decisions_apply              (ReadoutDecisions       *self);
/* How many recorded decisions did not find their object in the last application. */
guint              readout_decisions_get_n_unmatched    (ReadoutDecisions       *self);

/* Removes every decision (the live objects are left as they are). Emits ::changed. */
void               readout_decisions_clear              (ReadoutDecisions       *self);

/* {"reviews": [...], "corrections": [...]} members of a project file. */
void               readout_decisions_serialize          (ReadoutDecisions       *self,
                                                         JsonBuilder            *builder);
/* Replaces the decisions by those of a project's root object; on error nothing changes. */
gboolean           readout_decisions_deserialize        (ReadoutDecisions       *self,
                                                         JsonObject             *root,
                                                         GError                **error);

/* A statement's speaker as a name; NULL when it has none. */
const char        *readout_decisions_speaker_name       (ReadoutStatement       *statement);

G_END_DECLS
