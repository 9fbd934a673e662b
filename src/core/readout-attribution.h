/* readout-attribution.h: one report of a statement in one document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-types.h"

G_BEGIN_DECLS

#define READOUT_TYPE_ATTRIBUTION (readout_attribution_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutAttribution, readout_attribution, READOUT, ATTRIBUTION, GObject)

/* start/end: the byte span of the content (the quoted or reported words, without speaker and cue). */
ReadoutAttribution     *readout_attribution_new             (ReadoutDocument        *document,
                                                             gsize                   start,
                                                             gsize                   end,
                                                             ReadoutAttributionKind  kind);
/* The same with the cue span (the cue read from it, as set_cue_from_span()), the speaker's
 * span (none when speaker_end <= speaker_start), the speaker and who relays the words (may be
 * NULL), set at once: for the engine's thousands of attributions. */
ReadoutAttribution     *readout_attribution_new_full        (ReadoutDocument        *document,
                                                             gsize                   start,
                                                             gsize                   end,
                                                             ReadoutAttributionKind  kind,
                                                             gsize                   cue_start,
                                                             gsize                   cue_end,
                                                             gsize                   speaker_start,
                                                             gsize                   speaker_end,
                                                             ReadoutActor           *speaker,
                                                             ReadoutActor           *reported_by);
ReadoutDocument        *readout_attribution_get_document    (ReadoutAttribution     *self);
gsize                   readout_attribution_get_start       (ReadoutAttribution     *self);
gsize                   readout_attribution_get_end         (ReadoutAttribution     *self);
void                    readout_attribution_set_span        (ReadoutAttribution     *self,
                                                             gsize                   start,
                                                             gsize                   end);
/* The content text, a copy of the document's text in [start, end). */
const char             *readout_attribution_get_text        (ReadoutAttribution     *self);
/* The content text without a copy: length bytes, not nul-terminated (the document's text from
 * start on, or the copy get_text() made). Valid while the document's text is unchanged. */
const char             *readout_attribution_peek_text       (ReadoutAttribution     *self,
                                                             gsize                  *length);
ReadoutAttributionKind  readout_attribution_get_kind        (ReadoutAttribution     *self);
void                    readout_attribution_set_kind        (ReadoutAttribution     *self,
                                                             ReadoutAttributionKind  kind);
/* The cue as written ("said", "according to", "in a statement"). */
const char             *readout_attribution_get_cue         (ReadoutAttribution     *self);
void                    readout_attribution_set_cue         (ReadoutAttribution     *self,
                                                             const char             *cue);
/* Byte span of the cue in the text, or start == end == 0 when there is none. */
ReadoutSpan             readout_attribution_get_cue_span    (ReadoutAttribution     *self);
void                    readout_attribution_set_cue_span    (ReadoutAttribution     *self,
                                                             gsize                   start,
                                                             gsize                   end);
/* Sets the cue span and the cue to the document's text there (copied only when asked for). */
void                    readout_attribution_set_cue_from_span (ReadoutAttribution   *self,
                                                               gsize                 start,
                                                               gsize                 end);
/* The mention that names the speaker in this document ("US defence secretary Pete Hegseth", "he"). */
ReadoutSpan             readout_attribution_get_speaker_span (ReadoutAttribution    *self);
void                    readout_attribution_set_speaker_span (ReadoutAttribution    *self,
                                                              gsize                  start,
                                                              gsize                  end);
ReadoutActor           *readout_attribution_get_speaker     (ReadoutAttribution     *self);
void                    readout_attribution_set_speaker     (ReadoutAttribution     *self,
                                                             ReadoutActor           *speaker);
/* Who relays the speaker's words: "Singh said that Hegseth said X" → reported-by Singh. */
ReadoutActor           *readout_attribution_get_reported_by (ReadoutAttribution     *self);
void                    readout_attribution_set_reported_by (ReadoutAttribution     *self,
                                                             ReadoutActor           *reported_by);
/* The statement this attribution belongs to: set by the statement that holds it, and cleared
 * when that statement lets go of it or is finalized (not a reference). */
ReadoutStatement       *readout_attribution_get_statement   (ReadoutAttribution     *self);
void                    readout_attribution_set_statement   (ReadoutAttribution     *self,
                                                             ReadoutStatement       *statement);

const char             *readout_attribution_kind_to_string   (ReadoutAttributionKind kind);
ReadoutAttributionKind  readout_attribution_kind_from_string (const char            *str);

G_END_DECLS
