/* readout-project-json.h: strict readers for the project format, with errors that say where.
 *
 * A project file is user data that may be truncated, edited by hand or damaged; every value is
 * checked before use and a failure names the member ("documents[2].text") in a
 * READOUT_ERROR_FORMAT error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "readout-types.h"

G_BEGIN_DECLS

gboolean readout_project_json_object (JsonNode    *node,
                                      const char  *where,
                                      JsonObject **object,
                                      GError     **error);
/* optional: a missing or null member gives NULL. */
gboolean readout_project_json_string (JsonObject  *object,
                                      const char  *member,
                                      const char  *where,
                                      gboolean     optional,
                                      const char **value,
                                      GError     **error);
gboolean readout_project_json_uint   (JsonObject  *object,
                                      const char  *member,
                                      const char  *where,
                                      guint64      maximum,
                                      guint64     *value,
                                      GError     **error);
/* optional: a missing or null member gives NULL. */
gboolean readout_project_json_array  (JsonObject  *object,
                                      const char  *member,
                                      const char  *where,
                                      gboolean     optional,
                                      JsonArray  **array,
                                      GError     **error);

G_END_DECLS
