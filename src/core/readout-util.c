/* readout-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-types.h"
#include "readout-util.h"

G_DEFINE_QUARK (readout-error-quark, readout_error)

gboolean
readout_set_str (char       **str_pointer,
                 const char  *new_str)
{
  char *copy;

  if (*str_pointer == new_str || g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;
  return TRUE;
}

gboolean
readout_utf8_is_boundary (const char *text,
                          gsize       length,
                          gsize       offset)
{
  if (offset == 0 || offset == length)
    return TRUE;
  if (offset > length)
    return FALSE;
  /* Continuation bytes are 10xxxxxx. */
  return ((guchar)text[offset] & 0xC0) != 0x80;
}
