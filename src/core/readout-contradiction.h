/* readout-contradiction.h: a place where accounts disagree (or, with the corroboration kind,
 * agree), with its evidence and the user's review.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "readout-types.h"

G_BEGIN_DECLS

#define READOUT_TYPE_CONTRADICTION (readout_contradiction_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutContradiction, readout_contradiction, READOUT, CONTRADICTION, GObject)

ReadoutContradiction     *readout_contradiction_new             (ReadoutContradictionKind kind,
                                                                 const char              *summary,
                                                                 double                   confidence);
const char               *readout_contradiction_get_id          (ReadoutContradiction    *self);
void                      readout_contradiction_set_id          (ReadoutContradiction    *self,
                                                                 const char              *id);
ReadoutContradictionKind  readout_contradiction_get_kind        (ReadoutContradiction    *self);
gboolean                  readout_contradiction_is_corroboration (ReadoutContradiction   *self);
const char               *readout_contradiction_get_summary     (ReadoutContradiction    *self);
void                      readout_contradiction_set_summary     (ReadoutContradiction    *self,
                                                                 const char              *summary);
/* 0..1: how sure the detector is that a careful reader would call this a discrepancy. */
double                    readout_contradiction_get_confidence  (ReadoutContradiction    *self);
void                      readout_contradiction_set_confidence  (ReadoutContradiction    *self,
                                                                 double                   confidence);
ReadoutReviewState        readout_contradiction_get_review      (ReadoutContradiction    *self);
void                      readout_contradiction_set_review      (ReadoutContradiction    *self,
                                                                 ReadoutReviewState       review);
const char               *readout_contradiction_get_note        (ReadoutContradiction    *self);
void                      readout_contradiction_set_note        (ReadoutContradiction    *self,
                                                                 const char              *note);
/* GListModel of ReadoutEvidence. */
GListModel               *readout_contradiction_get_evidence    (ReadoutContradiction    *self);
void                      readout_contradiction_add_evidence    (ReadoutContradiction    *self,
                                                                 ReadoutEvidence         *evidence);
/* GListModel of ReadoutStatement. */
GListModel               *readout_contradiction_get_statements  (ReadoutContradiction    *self);
void                      readout_contradiction_add_statement   (ReadoutContradiction    *self,
                                                                 ReadoutStatement        *statement);
/* GListModel of ReadoutActor: the actors involved (for the graph). */
GListModel               *readout_contradiction_get_actors      (ReadoutContradiction    *self);
void                      readout_contradiction_add_actor       (ReadoutContradiction    *self,
                                                                 ReadoutActor            *actor);
/* A key that is equal for two contradictions about the same conflict; review decisions are
 * matched to a new analysis by it. Built from the kind and the evidence texts. */
char                     *readout_contradiction_dup_key         (ReadoutContradiction    *self);

const char               *readout_contradiction_kind_to_string   (ReadoutContradictionKind kind);
ReadoutContradictionKind  readout_contradiction_kind_from_string (const char              *str);
/* A label for people: "Quote wording", "Numbers"… (translated). */
const char               *readout_contradiction_kind_to_label    (ReadoutContradictionKind kind);
const char               *readout_review_state_to_string         (ReadoutReviewState       state);
ReadoutReviewState        readout_review_state_from_string       (const char              *str);

G_END_DECLS
