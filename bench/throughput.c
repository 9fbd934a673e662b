/* throughput.c: how fast Readout analyzes article text, and how much memory it takes.
 *
 *   throughput [--corpus DIR] [--sizes 0.25,0.5,1,2] [--mb N] [--jobs N] [--engine-only]
 *              [--event-size N] [--dump I]
 *
 * Builds an article set of the requested size by varying the development corpus
 * (bench-corpus.c), runs the attribution engine and the detectors on it as the pipeline does,
 * and prints MB/s of article text (wall-clock and CPU time) and the peak resident memory. Each
 * size runs in a fresh process (this program re-executes itself with --mb) so that its peak
 * memory is its own. --jobs N also analyzes the set as N independent batches in N threads, the
 * way several projects or a server would use the cores.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <readout.h>
#include <readout-engine.h>
#include <readout-compare.h>

#include <stdio.h>
#include <stdlib.h>

#include "bench-corpus.h"

#define MIB (1024.0 * 1024.0)

/* --engine-only: skip the detectors, to measure the attribution engine on large sets. */
static gboolean engine_only;

typedef struct
{
  GPtrArray      *documents;
  ReadoutLexicon *lexicon;
  guint           n_statements;
  GError         *error;
} Batch;

static gboolean
analyze (GPtrArray       *documents,
         ReadoutLexicon  *lexicon,
         double          *engine_seconds,
         double          *engine_cpu_seconds,
         double          *compare_seconds,
         guint           *n_statements,
         guint           *n_contradictions,
         GError         **error)
{
  g_autoptr(ReadoutAnalysisResult) result = readout_analysis_result_new ();
  double t0 = bench_wall_seconds (), c0 = bench_cpu_seconds (), t1;

  if (!readout_engine_run (documents, lexicon, result, NULL, NULL, NULL, error))
    return FALSE;
  t1 = bench_wall_seconds ();
  if (engine_cpu_seconds)
    *engine_cpu_seconds = bench_cpu_seconds () - c0;
  if (!engine_only && !readout_compare_run (documents, lexicon, result, NULL, error))
    return FALSE;
  if (engine_seconds)
    *engine_seconds = t1 - t0;
  if (compare_seconds)
    *compare_seconds = bench_wall_seconds () - t1;
  if (n_statements)
    *n_statements = result->statements->len;
  if (n_contradictions)
    *n_contradictions = result->contradictions->len;
  return TRUE;
}

static gpointer
run_batch (gpointer data)
{
  Batch *batch = data;

  analyze (batch->documents, batch->lexicon, NULL, NULL, NULL, &batch->n_statements, NULL,
           &batch->error);
  return NULL;
}

/* Analyzes documents as n_jobs independent batches at once; returns the wall-clock time. */
static double
analyze_in_threads (GPtrArray      *documents,
                    ReadoutLexicon *lexicon,
                    guint           n_jobs,
                    GError        **error)
{
  g_autofree Batch *batches = g_new0 (Batch, n_jobs);
  g_autofree GThread **threads = g_new0 (GThread *, n_jobs);
  double start;

  for (guint j = 0; j < n_jobs; j++)
    {
      batches[j].documents = g_ptr_array_new ();
      batches[j].lexicon = lexicon;
    }
  for (guint i = 0; i < documents->len; i++)
    g_ptr_array_add (batches[i * n_jobs / documents->len].documents, documents->pdata[i]);

  start = bench_wall_seconds ();
  for (guint j = 0; j < n_jobs; j++)
    threads[j] = g_thread_new ("bench-batch", run_batch, &batches[j]);
  for (guint j = 0; j < n_jobs; j++)
    g_thread_join (threads[j]);
  start = bench_wall_seconds () - start;

  for (guint j = 0; j < n_jobs; j++)
    {
      if (batches[j].error && error && *error == NULL)
        g_propagate_error (error, g_steal_pointer (&batches[j].error));
      g_clear_error (&batches[j].error);
      g_ptr_array_unref (batches[j].documents);
    }
  return start;
}

/* One size, in this process: prints one row. */
static int
run_size (const char *corpus_dir,
          int         event_size,
          double      megabytes,
          guint       n_jobs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BenchCorpus) corpus = bench_corpus_load (corpus_dir, &error);
  g_autoptr(GPtrArray) documents = NULL;
  ReadoutLexicon *lexicon = readout_lexicon_get_default ();
  double engine_s = 0, engine_cpu = 0, compare_s = 0, cpu0, cpu, wall, mb;
  guint n_statements = 0, n_contradictions = 0;
  long rss_base, rss_before, peak;
  gsize bytes = 0;

  if (corpus == NULL)
    {
      g_printerr ("throughput: %s\n", error->message);
      return 2;
    }
  if (event_size >= 0)
    bench_corpus_set_event_size (corpus, event_size);
  rss_base = bench_current_rss_kib ();
  documents = bench_corpus_generate_bytes (corpus, (gsize) (megabytes * MIB), &bytes);
  mb = bytes / MIB;
  rss_before = bench_current_rss_kib ();

  cpu0 = bench_cpu_seconds ();
  if (!analyze (documents, lexicon, &engine_s, &engine_cpu, &compare_s, &n_statements,
                &n_contradictions, &error))
    {
      g_printerr ("throughput: %s\n", error->message);
      return 1;
    }
  cpu = bench_cpu_seconds () - cpu0;
  wall = engine_s + compare_s;
  peak = bench_peak_rss_kib ();

  /* mem/text: the memory the documents and their analysis add to the process at its peak,
   * over the size of the text. */
  printf ("%8.2f %7u %9.2f %9.2f %9.2f %8.2f %8.2f %9.2f %9.2f %9.3f %9.3f %9.1f %9.1f %9.1f %8.2f %10u %8u",
          mb, documents->len, engine_s, engine_cpu, compare_s, wall, cpu,
          mb / engine_s, mb / engine_cpu, mb / wall, mb / cpu,
          rss_base / 1024.0, rss_before / 1024.0, peak / 1024.0,
          (peak - rss_base) / 1024.0 / mb, n_statements, n_contradictions);

  if (n_jobs > 1)
    {
      double jobs_wall = analyze_in_threads (documents, lexicon, n_jobs, &error);

      if (error)
        {
          g_printerr ("\nthroughput: %s\n", error->message);
          return 1;
        }
      printf (" %10.3f", mb / jobs_wall);
    }
  printf ("\n");
  return 0;
}

/* Shows what the generated articles look like. */
static int
dump_document (const char *corpus_dir,
               int         event_size,
               guint       index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BenchCorpus) corpus = bench_corpus_load (corpus_dir, &error);
  g_autoptr(GPtrArray) documents = NULL;
  ReadoutDocument *document;

  if (corpus == NULL)
    {
      g_printerr ("throughput: %s\n", error->message);
      return 2;
    }
  if (event_size >= 0)
    bench_corpus_set_event_size (corpus, event_size);
  documents = bench_corpus_generate (corpus, index + 1, NULL);
  document = g_ptr_array_index (documents, index);
  printf ("%s\n%s\n\n%s\n", readout_document_get_path (document),
          readout_document_get_title (document) ? readout_document_get_title (document) : "",
          readout_document_get_text (document));
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *corpus_dir = g_strdup (BENCH_CORPUS_DIR);
  g_autofree char *sizes = g_strdup ("0.25,0.5,1,2");
  g_auto(GStrv) size_list = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  double megabytes = 0;
  int n_jobs = 1;
  int dump = -1;
  int event_size = -1;
  GOptionEntry entries[] = {
    { "corpus", 0, 0, G_OPTION_ARG_FILENAME, &corpus_dir, "Articles to vary", "DIR" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes, "Sizes to run, in MiB of text (0.25,0.5,1,2)", "LIST" },
    { "mb", 0, 0, G_OPTION_ARG_DOUBLE, &megabytes, "Run one size in this process", "N" },
    { "jobs", 0, 0, G_OPTION_ARG_INT, &n_jobs, "Also analyze in N threads, as N independent batches", "N" },
    { "engine-only", 0, 0, G_OPTION_ARG_NONE, &engine_only, "Run the attribution engine only", NULL },
    { "event-size", 0, 0, G_OPTION_ARG_INT, &event_size,
      "Articles per event (default: the corpus size); 0 for near-duplicate copies", "N" },
    { "dump", 0, 0, G_OPTION_ARG_INT, &dump, "Print the title and text of generated document I and exit", "I" },
    { NULL }
  };

  context = g_option_context_new ("- measure Readout's analysis speed and memory");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("throughput: %s\n", error->message);
      return 2;
    }
  if (n_jobs < 1 || n_jobs > 64)
    {
      g_printerr ("throughput: --jobs must be between 1 and 64\n");
      return 2;
    }

  if (dump >= 0)
    return dump_document (corpus_dir, event_size, (guint) dump);
  if (megabytes > 0)
    return run_size (corpus_dir, event_size, megabytes, n_jobs);

  printf ("# Readout throughput: %s on articles varied from %s (%s)\n",
          engine_only ? "attribution engine" : "engine + detectors", corpus_dir,
          event_size == 0 ? "near-duplicate copies" : "events of different wording");
  printf ("# MB = MiB of cleaned article text; times in seconds; memory in MiB (resident);\n");
  printf ("# eMB/s, eMB/s_cpu = the attribution engine alone (wall, CPU); MB/s, MB/s_cpu = engine + detectors\n");
  printf ("# mem/text = (peak_rss - rss_base) / MB: what the documents and the analysis add\n");
  printf ("%8s %7s %9s %9s %9s %8s %8s %9s %9s %9s %9s %9s %9s %9s %8s %10s %8s%s\n",
          "MB", "docs", "engine_s", "eng_cpu", "compare_s", "wall_s", "cpu_s",
          "eMB/s", "eMB/s_cpu", "MB/s", "MB/s_cpu",
          "rss_base", "rss_docs", "peak_rss", "mem/text", "statements", "contras",
          n_jobs > 1 ? "  MB/s_jobs" : "");
  fflush (stdout);

  size_list = g_strsplit (sizes, ",", -1);
  for (guint i = 0; size_list[i] != NULL; i++)
    {
      g_autofree char *mb_arg = g_strdup_printf ("--mb=%s", g_strstrip (size_list[i]));
      g_autofree char *jobs_arg = g_strdup_printf ("--jobs=%d", n_jobs);
      g_autofree char *corpus_arg = g_strdup_printf ("--corpus=%s", corpus_dir);
      g_autofree char *event_arg = g_strdup_printf ("--event-size=%d", event_size);
      const char *child_argv[] = { "/proc/self/exe", mb_arg, jobs_arg, corpus_arg, event_arg,
                                   engine_only ? "--engine-only" : NULL, NULL };
      int wait_status = 0;

      if (g_ascii_strtod (size_list[i], NULL) <= 0)
        {
          g_printerr ("throughput: bad size '%s'\n", size_list[i]);
          return 2;
        }
      /* A fresh process per size, so that ru_maxrss is that size's own peak. */
      if (!g_spawn_sync (NULL, (char **) child_argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN,
                         NULL, NULL, NULL, NULL, &wait_status, &error) ||
          !g_spawn_check_wait_status (wait_status, &error))
        {
          g_printerr ("throughput: size %s: %s\n", size_list[i], error->message);
          return 1;
        }
    }
  return 0;
}
