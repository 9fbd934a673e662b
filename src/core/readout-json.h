/* readout-json.h: the "readout-analysis/1" JSON format (see docs/json-format.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "readout-types.h"

G_BEGIN_DECLS

#define READOUT_JSON_FORMAT "readout-analysis/1"

JsonNode *readout_json_serialize   (ReadoutCorpus *corpus);
char     *readout_json_to_string   (ReadoutCorpus *corpus,
                                    gboolean       pretty);
/* Helpers other writers (projects) share. */
JsonNode *readout_json_document    (ReadoutDocument      *document);
JsonNode *readout_json_actor       (ReadoutActor         *actor);
JsonNode *readout_json_statement   (ReadoutStatement     *statement);
JsonNode *readout_json_relation    (ReadoutRelation      *relation);
JsonNode *readout_json_contradiction (ReadoutContradiction *contradiction,
                                      gboolean              with_review);

G_END_DECLS
