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

#include "readout-correction.h"
#include "readout-types.h"

G_BEGIN_DECLS

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
