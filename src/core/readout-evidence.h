/* readout-evidence.h: a span of a document that supports a contradiction or corroboration.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-types.h"

G_BEGIN_DECLS

#define READOUT_TYPE_EVIDENCE (readout_evidence_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutEvidence, readout_evidence, READOUT, EVIDENCE, GObject)

ReadoutEvidence *readout_evidence_new          (ReadoutDocument *document,
                                                gsize            start,
                                                gsize            end);
ReadoutDocument *readout_evidence_get_document (ReadoutEvidence *self);
gsize            readout_evidence_get_start    (ReadoutEvidence *self);
gsize            readout_evidence_get_end      (ReadoutEvidence *self);
const char      *readout_evidence_get_text     (ReadoutEvidence *self);

G_END_DECLS
