/* readout-pipeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "readout-actor.h"
#include "readout-compare.h"
#include "readout-contradiction.h"
#include "readout-engine.h"
#include "readout-lexicon.h"
#include "readout-pipeline.h"
#include "readout-relation.h"
#include "readout-statement.h"

ReadoutAnalysisResult *
readout_analysis_result_new (void)
{
  ReadoutAnalysisResult *result = g_new0 (ReadoutAnalysisResult, 1);

  result->actors = g_ptr_array_new_with_free_func (g_object_unref);
  result->statements = g_ptr_array_new_with_free_func (g_object_unref);
  result->relations = g_ptr_array_new_with_free_func (g_object_unref);
  result->contradictions = g_ptr_array_new_with_free_func (g_object_unref);
  result->corroborations = g_ptr_array_new_with_free_func (g_object_unref);
  return result;
}

void
readout_analysis_result_free (ReadoutAnalysisResult *result)
{
  if (result == NULL)
    return;
  g_ptr_array_unref (result->actors);
  g_ptr_array_unref (result->statements);
  g_ptr_array_unref (result->relations);
  g_ptr_array_unref (result->contradictions);
  g_ptr_array_unref (result->corroborations);
  g_free (result);
}

typedef struct
{
  ReadoutProgressFunc func;
  gpointer            data;
} Progress;

/* The engine takes the first 80% of the progress bar, the detectors the rest. */
static void
engine_progress (double   fraction,
                 gpointer user_data)
{
  Progress *progress = user_data;

  if (progress->func)
    progress->func (fraction * 0.8, progress->data);
}

static void
assign_ids (ReadoutAnalysisResult *result)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  char id[32];

  for (guint i = 0; i < result->statements->len; i++)
    {
      ReadoutStatement *statement = g_ptr_array_index (result->statements, i);
      ReadoutActor *speaker = readout_statement_get_speaker (statement);

      g_snprintf (id, sizeof id, "s%u", i + 1);
      readout_statement_set_id (statement, id);
      if (speaker)
        g_hash_table_insert (counts, speaker,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, speaker)) + 1));
    }
  for (guint i = 0; i < result->actors->len; i++)
    {
      ReadoutActor *actor = g_ptr_array_index (result->actors, i);

      g_snprintf (id, sizeof id, "a%u", i + 1);
      readout_actor_set_id (actor, id);
      readout_actor_set_n_statements (actor, GPOINTER_TO_UINT (g_hash_table_lookup (counts, actor)));
    }
  for (guint i = 0; i < result->relations->len; i++)
    {
      g_snprintf (id, sizeof id, "r%u", i + 1);
      readout_relation_set_id (g_ptr_array_index (result->relations, i), id);
    }
  for (guint i = 0; i < result->contradictions->len; i++)
    {
      g_snprintf (id, sizeof id, "c%u", i + 1);
      readout_contradiction_set_id (g_ptr_array_index (result->contradictions, i), id);
    }
  for (guint i = 0; i < result->corroborations->len; i++)
    {
      g_snprintf (id, sizeof id, "k%u", i + 1);
      readout_contradiction_set_id (g_ptr_array_index (result->corroborations, i), id);
    }
}

ReadoutAnalysisResult *
readout_pipeline_run (GPtrArray           *documents,
                      ReadoutLexicon      *lexicon,
                      GCancellable        *cancellable,
                      ReadoutProgressFunc  progress_func,
                      gpointer             progress_data,
                      GError             **error)
{
  g_autoptr(ReadoutAnalysisResult) result = readout_analysis_result_new ();
  Progress progress = { progress_func, progress_data };

  g_return_val_if_fail (documents != NULL, NULL);
  g_return_val_if_fail (READOUT_IS_LEXICON (lexicon), NULL);

  if (!readout_engine_run (documents, lexicon, result, cancellable, engine_progress, &progress, error))
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (!readout_compare_run (documents, lexicon, result, cancellable, error))
    return NULL;

  assign_ids (result);
  if (progress_func)
    progress_func (1.0, progress_data);
  return g_steal_pointer (&result);
}
