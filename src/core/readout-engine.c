/* readout-engine.c: first pass: direct quotes with a "NAME said" speaker in the same paragraph.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-actor.h"
#include "readout-attribution.h"
#include "readout-document.h"
#include "readout-engine.h"
#include "readout-lexicon.h"
#include "readout-statement.h"

static gboolean
is_open_quote (gunichar c)
{
  return c == 0x201C || c == '"';
}

static gboolean
is_close_quote (gunichar c)
{
  return c == 0x201D || c == '"';
}

/* The capitalized words right before " said" in [from, to). */
static char *
find_speaker (const char *text,
              gsize       from,
              gsize       to)
{
  g_autofree char *slice = g_strndup (text + from, to - from);
  const char *said = strstr (slice, " said");
  const char *end, *start;

  if (said == NULL)
    return NULL;
  end = said;
  start = end;
  while (start > slice)
    {
      const char *word = start;
      while (word > slice && word[-1] != ' ')
        word--;
      if (!g_ascii_isupper (*word))
        break;
      start = word > slice ? word - 1 : word;
      if (word == slice)
        {
          start = word;
          break;
        }
    }
  while (*start == ' ')
    start++;
  if (start >= end)
    return NULL;
  return g_strndup (start, end - start);
}

gboolean
readout_engine_run (GPtrArray              *documents,
                    ReadoutLexicon         *lexicon,
                    ReadoutAnalysisResult  *result,
                    GCancellable           *cancellable,
                    ReadoutProgressFunc     progress,
                    gpointer                progress_data,
                    GError                **error)
{
  g_autoptr(GHashTable) actors = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint d = 0; d < documents->len; d++)
    {
      ReadoutDocument *document = g_ptr_array_index (documents, d);
      const char *text = readout_document_get_text (document);
      const ReadoutSpan *paragraphs;
      guint n_paragraphs;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      paragraphs = readout_document_get_paragraphs (document, &n_paragraphs);
      for (guint p = 0; p < n_paragraphs; p++)
        {
          const char *q = text + paragraphs[p].start;
          const char *pend = text + paragraphs[p].end;

          while (q < pend)
            {
              gunichar c = g_utf8_get_char (q);
              const char *open, *close;
              g_autofree char *name = NULL;

              if (!is_open_quote (c))
                {
                  q = g_utf8_next_char (q);
                  continue;
                }
              open = g_utf8_next_char (q);
              close = open;
              while (close < pend && !is_close_quote (g_utf8_get_char (close)))
                close = g_utf8_next_char (close);
              if (close >= pend)
                break;

              name = find_speaker (text, close - text, paragraphs[p].end);
              if (name && g_utf8_strlen (open, close - open) > 20)
                {
                  ReadoutActor *actor = g_hash_table_lookup (actors, name);
                  g_autoptr(ReadoutStatement) statement = NULL;
                  g_autoptr(ReadoutAttribution) attribution = NULL;

                  if (actor == NULL)
                    {
                      actor = readout_actor_new (name, READOUT_ACTOR_PERSON);
                      g_ptr_array_add (result->actors, actor);
                      g_hash_table_insert (actors, (char *)readout_actor_get_name (actor), actor);
                    }
                  attribution = readout_attribution_new (document, open - text, close - text,
                                                         READOUT_ATTRIBUTION_DIRECT);
                  readout_attribution_set_cue (attribution, "said");
                  statement = readout_statement_new (actor);
                  readout_statement_add_attribution (statement, attribution);
                  readout_statement_set_content (statement, readout_attribution_get_text (attribution));
                  g_ptr_array_add (result->statements, g_steal_pointer (&statement));
                }
              q = g_utf8_next_char (close);
            }
        }

      if (progress)
        progress ((double)(d + 1) / documents->len, progress_data);
    }
  return TRUE;
}
