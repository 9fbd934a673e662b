/* readout-statement.h: one claim by one actor, with every report of it across the documents.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "readout-types.h"

G_BEGIN_DECLS

#define READOUT_TYPE_STATEMENT (readout_statement_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutStatement, readout_statement, READOUT, STATEMENT, GObject)

ReadoutStatement   *readout_statement_new                 (ReadoutActor       *speaker);
/* A statement with its first attribution (as readout_statement_add_attribution()). */
ReadoutStatement   *readout_statement_new_with_attribution (ReadoutActor      *speaker,
                                                            ReadoutAttribution *attribution);
const char         *readout_statement_get_id              (ReadoutStatement   *self);
void                readout_statement_set_id              (ReadoutStatement   *self,
                                                           const char         *id);
ReadoutActor       *readout_statement_get_speaker         (ReadoutStatement   *self);
/* Also sets the speaker of every attribution. */
void                readout_statement_set_speaker         (ReadoutStatement   *self,
                                                           ReadoutActor       *speaker);
/* The claim in a normalized form (quotes and extra space removed), for display and matching. */
const char         *readout_statement_get_content         (ReadoutStatement   *self);
void                readout_statement_set_content         (ReadoutStatement   *self,
                                                           const char         *content);
/* Sets the content to the normalized text of the first attribution (made when first asked
 * for; it stays what it was when that attribution's span changes or it leaves). */
void                readout_statement_set_content_from_attribution (ReadoutStatement *self);
/* A GListModel of ReadoutActor. */
GListModel         *readout_statement_get_addressees      (ReadoutStatement   *self);
void                readout_statement_add_addressee       (ReadoutStatement   *self,
                                                           ReadoutActor       *addressee);
/* A GListModel of ReadoutAttribution, in document order (made on the first call, then kept in
 * sync). */
GListModel         *readout_statement_get_attributions    (ReadoutStatement   *self);
/* The same attributions without the list model: for loops in the analysis. */
guint               readout_statement_get_n_attributions  (ReadoutStatement   *self);
/* Owned by the statement. */
ReadoutAttribution *readout_statement_get_attribution     (ReadoutStatement   *self,
                                                           guint               position);
void                readout_statement_add_attribution     (ReadoutStatement   *self,
                                                           ReadoutAttribution *attribution);
void                readout_statement_remove_attribution  (ReadoutStatement   *self,
                                                           ReadoutAttribution *attribution);
/* The cue of the first attribution, for lists. */
const char         *readout_statement_get_cue             (ReadoutStatement   *self);
/* How many distinct documents report the statement. */
guint               readout_statement_get_n_documents     (ReadoutStatement   *self);

G_END_DECLS
