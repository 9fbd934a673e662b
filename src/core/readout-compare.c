/* readout-compare.c: runs the detectors over the analysis and ranks what they find.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "readout-compare.h"
#include "readout-detector.h"

/* Every detector, in the order they run; the ranking does not depend on it. */
static const ReadoutDetector * const detectors[] = {
  &readout_detector_attribution,
  &readout_detector_hedge,
  &readout_detector_stance,
  &readout_detector_numeric,
  &readout_detector_temporal,
  &readout_detector_retraction,
  &readout_detector_quote_variant,
  &readout_detector_omission,
  &readout_detector_negation,
  &readout_detector_corroboration,
};

gboolean
readout_compare_run (GPtrArray              *documents,
                     ReadoutLexicon         *lexicon,
                     ReadoutAnalysisResult  *result,
                     GCancellable           *cancellable,
                     GError                **error)
{
  ReadoutCompareContext *context;

  g_return_val_if_fail (documents != NULL, FALSE);
  g_return_val_if_fail (READOUT_IS_LEXICON (lexicon), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  context = readout_compare_context_new (documents, lexicon, result);
  for (guint i = 0; i < G_N_ELEMENTS (detectors); i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !detectors[i]->run (context, cancellable, error))
        {
          readout_compare_context_free (context);
          return FALSE;
        }
    }
  readout_compare_context_finish (context, result->contradictions, result->corroborations);
  readout_compare_context_free (context);
  return TRUE;
}
