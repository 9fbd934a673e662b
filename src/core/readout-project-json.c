/* readout-project-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-project-json.h"

static gboolean
fail (GError     **error,
      const char  *where,
      const char  *member,
      const char  *expected)
{
  g_set_error (error, READOUT_ERROR, READOUT_ERROR_FORMAT,
               /* Translators: "documents[2].text should be a string" */
               _("The project file is damaged: %s%s%s should be %s"),
               where ? where : "", where && member ? "." : "", member ? member : "", expected);
  return FALSE;
}

gboolean
readout_project_json_object (JsonNode    *node,
                             const char  *where,
                             JsonObject **object,
                             GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, where, NULL, _("an object"));
  *object = json_node_get_object (node);
  return TRUE;
}

gboolean
readout_project_json_string (JsonObject  *object,
                             const char  *member,
                             const char  *where,
                             gboolean     optional,
                             const char **value,
                             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return optional ? TRUE : fail (error, where, member, _("a string"));
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, where, member, _("a string"));
  *value = json_node_get_string (node);
  return TRUE;
}

gboolean
readout_project_json_uint (JsonObject  *object,
                           const char  *member,
                           const char  *where,
                           guint64      maximum,
                           guint64     *value,
                           GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 number;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, where, member, _("a whole number"));
  number = json_node_get_int (node);
  if (number < 0 || (guint64)number > maximum)
    return fail (error, where, member, _("a number in range"));
  *value = (guint64)number;
  return TRUE;
}

gboolean
readout_project_json_array (JsonObject  *object,
                            const char  *member,
                            const char  *where,
                            gboolean     optional,
                            JsonArray  **array,
                            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *array = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return optional ? TRUE : fail (error, where, member, _("a list"));
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, where, member, _("a list"));
  *array = json_node_get_array (node);
  return TRUE;
}
