/* scale.c: how the time of the analysis grows with the number of articles.
 *
 *   scale [--corpus DIR] [--sizes 10,100,1000] [--max-seconds S]
 *
 * For each number of articles N (a varied copy of the development corpus, bench-corpus.c) it
 * times the attribution engine (readout_engine_run) and the contradiction search
 * (readout_compare_run) separately, in wall-clock and CPU seconds, and prints next to each the
 * growth ratio against the previous N: CPU time ratio divided by N ratio. About 1 means linear
 * growth; a quadratic step shows as a ratio near the N ratio (10 for sizes ten times apart).
 * The ratio uses CPU time because wall-clock time also measures whatever else the machine
 * runs (CPU time adds up the engine's worker threads, which is what the algorithm costs).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <readout.h>
#include <readout-engine.h>
#include <readout-compare.h>

#include <stdio.h>

#include "bench-corpus.h"

int
main (int   argc,
      char *argv[])
{
  g_autofree char *corpus_dir = g_strdup (BENCH_CORPUS_DIR);
  g_autofree char *sizes = g_strdup ("10,100,1000");
  g_auto(GStrv) size_list = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BenchCorpus) corpus = NULL;
  ReadoutLexicon *lexicon = readout_lexicon_get_default ();
  double max_seconds = 300;
  int event_size = -1;
  double prev_n = 0, prev_engine = 0, prev_compare = 0;
  double last_total = 0;
  GOptionEntry entries[] = {
    { "corpus", 0, 0, G_OPTION_ARG_FILENAME, &corpus_dir, "Articles to vary", "DIR" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes, "Numbers of articles (10,100,1000)", "LIST" },
    { "event-size", 0, 0, G_OPTION_ARG_INT, &event_size,
      "Articles per event (default: the corpus size); 0 for near-duplicate copies", "N" },
    { "max-seconds", 0, 0, G_OPTION_ARG_DOUBLE, &max_seconds,
      "Skip the larger sizes once one size takes longer than this (300)", "S" },
    { NULL }
  };

  context = g_option_context_new ("- measure how Readout's analysis time grows with the number of articles");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("scale: %s\n", error->message);
      return 2;
    }
  corpus = bench_corpus_load (corpus_dir, &error);
  if (corpus == NULL)
    {
      g_printerr ("scale: %s\n", error->message);
      return 2;
    }
  if (event_size >= 0)
    bench_corpus_set_event_size (corpus, event_size);

  printf ("# Readout scale: engine and contradiction search on N articles varied from %u (%s)\n",
          bench_corpus_get_n_base (corpus),
          event_size == 0 ? "near-duplicate copies" : "events of different wording");
  printf ("# growth = (CPU time / previous CPU time) / (N / previous N): ~1 is linear\n");
  printf ("%7s %7s %9s %9s %7s %10s %10s %7s %10s %8s %8s\n",
          "N", "MB", "engine_s", "eng_cpu", "growth", "compare_s", "cmp_cpu", "growth",
          "statements", "contras", "cpu_ms/doc");
  fflush (stdout);

  size_list = g_strsplit (sizes, ",", -1);
  for (guint i = 0; size_list[i] != NULL; i++)
    {
      g_autoptr(ReadoutAnalysisResult) result = readout_analysis_result_new ();
      g_autoptr(GPtrArray) documents = NULL;
      guint64 n = g_ascii_strtoull (g_strstrip (size_list[i]), NULL, 10);
      double t0, c0, engine_s, compare_s, engine_cpu, compare_cpu;
      gsize bytes = 0;
      char engine_growth[16] = "-", compare_growth[16] = "-";

      if (n == 0 || n > 1000000)
        {
          g_printerr ("scale: bad size '%s'\n", size_list[i]);
          return 2;
        }
      documents = bench_corpus_generate (corpus, (guint) n, &bytes);

      t0 = bench_wall_seconds ();
      c0 = bench_cpu_seconds ();
      if (!readout_engine_run (documents, lexicon, result, NULL, NULL, NULL, &error))
        {
          g_printerr ("scale: %s\n", error->message);
          return 1;
        }
      engine_s = bench_wall_seconds () - t0;
      engine_cpu = bench_cpu_seconds () - c0;
      t0 = bench_wall_seconds ();
      c0 = bench_cpu_seconds ();
      if (!readout_compare_run (documents, lexicon, result, NULL, &error))
        {
          g_printerr ("scale: %s\n", error->message);
          return 1;
        }
      compare_s = bench_wall_seconds () - t0;
      compare_cpu = bench_cpu_seconds () - c0;

      if (prev_n > 0)
        {
          /* Below 10 ms (a few clock ticks of CPU time) the ratio is noise. */
          if (prev_engine > 1e-2)
            g_snprintf (engine_growth, sizeof engine_growth, "%.2f",
                        (engine_cpu / prev_engine) / (n / prev_n));
          if (prev_compare > 1e-2)
            g_snprintf (compare_growth, sizeof compare_growth, "%.2f",
                        (compare_cpu / prev_compare) / (n / prev_n));
        }
      printf ("%7" G_GUINT64_FORMAT " %7.2f %9.3f %9.3f %7s %10.3f %10.3f %7s %10u %8u %10.3f\n",
              n, bytes / (1024.0 * 1024.0), engine_s, engine_cpu, engine_growth,
              compare_s, compare_cpu, compare_growth,
              result->statements->len, result->contradictions->len,
              1000.0 * (engine_cpu + compare_cpu) / n);
      fflush (stdout);

      prev_n = n;
      prev_engine = engine_cpu;
      prev_compare = compare_cpu;
      last_total = engine_s + compare_s;
      if (last_total > max_seconds && size_list[i + 1] != NULL)
        {
          printf ("# stopping: N=%" G_GUINT64_FORMAT " took over %.0f s\n", n, max_seconds);
          break;
        }
    }
  return 0;
}
