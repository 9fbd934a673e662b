/* readout-cli.c: Readout's analysis without a display, for batch use and tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "readout.h"

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct
{
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} Command;

static int cmd_analyze (int argc, char **argv);
static int cmd_report (int argc, char **argv);

static const Command commands[] = {
  { "analyze", cmd_analyze, N_("Print the analysis of articles as JSON") },
  { "report", cmd_report, N_("Write the annotated report of articles as PDF") },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n", _("Usage: readout-cli COMMAND [OPTION…] FILE…"));
  fprintf (stream, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “readout-cli COMMAND --help” for the options of a command."));
}

/* Loads every file into the corpus; reports each failure on stderr as "readout-cli: FILE: reason".
 * Returns the number of failures. */
static guint
load_files (ReadoutCorpus  *corpus,
            char          **files)
{
  guint failures = 0;

  for (guint i = 0; files && files[i]; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GError) error = NULL;

      /* A project brings its documents and the user's decisions, applied by the analysis. */
      if (g_str_has_suffix (files[i], READOUT_PROJECT_SUFFIX) ?
          !readout_project_load_into_corpus (corpus, file, NULL, &error) :
          readout_corpus_load_file (corpus, file, NULL, &error) == NULL)
        {
          g_printerr ("readout-cli: %s: %s\n", files[i], error->message);
          failures++;
        }
    }
  return failures;
}

static gboolean
write_output (const char  *output,
              const char  *data,
              GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (output == NULL || g_strcmp0 (output, "-") == 0)
    {
      fputs (data, stdout);
      fputc ('\n', stdout);
      return fflush (stdout) == 0;
    }

  /* g_file_replace_contents() writes a temporary file and renames it over the target. */
  file = g_file_new_for_commandline_arg (output);
  return g_file_replace_contents (file, data, strlen (data), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

static int
cmd_analyze (int    argc,
             char **argv)
{
  g_autofree char *output = NULL;
  g_auto(GStrv) files = NULL;
  gboolean compact = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the JSON to FILE instead of standard output"), N_("FILE") },
    { "compact", 0, 0, G_OPTION_ARG_NONE, &compact, N_("Print the JSON on one line"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — analyze articles"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutCorpus) corpus = NULL;
  g_autofree char *json = NULL;
  guint failures;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Finds the statements, actors, relations and contradictions in the "
                                  "articles and prints them in the readout-analysis/1 JSON format."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("readout-cli: %s\n", error->message);
      return 1;
    }
  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("readout-cli: %s\n", _("no files given; see “readout-cli analyze --help”"));
      return 1;
    }

  corpus = readout_corpus_new ();
  failures = load_files (corpus, files);
  if (!readout_corpus_analyze (corpus, NULL, &error))
    {
      g_printerr ("readout-cli: %s\n", error->message);
      return 1;
    }

  json = readout_json_to_string (corpus, !compact);
  if (!write_output (output, json, &error))
    {
      g_printerr ("readout-cli: %s: %s\n", output ? output : "stdout", error->message);
      return 1;
    }
  return failures > 0 ? 2 : 0;
}

static int
cmd_report (int    argc,
            char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *title = NULL;
  g_auto(GStrv) files = NULL;
  gboolean include_dismissed = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), N_("FILE") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("Paper size: a4 (default) or letter"), N_("SIZE") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The report’s title"), N_("TEXT") },
    { "include-dismissed", 0, 0, G_OPTION_ARG_NONE, &include_dismissed,
      N_("Include contradictions dismissed in review, marked as such"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("ARTICLE…|PROJECT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— write an annotated PDF report"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutCorpus) corpus = NULL;
  ReadoutReportOptions options;
  guint failures;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Analyzes the articles and writes a report for readers without Readout: "
                                  "the contradictions with their evidence, the actor graph and every "
                                  "article annotated."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("readout-cli: %s\n", error->message);
      return 1;
    }
  if (output == NULL || *output == '\0' || g_strcmp0 (output, "-") == 0)
    {
      g_printerr ("readout-cli: %s\n", _("no output file given; use “-o FILE.pdf”"));
      return 1;
    }
  readout_report_options_init (&options);
  if (paper == NULL || g_ascii_strcasecmp (paper, "a4") == 0)
    options.paper = READOUT_PAPER_A4;
  else if (g_ascii_strcasecmp (paper, "letter") == 0)
    options.paper = READOUT_PAPER_LETTER;
  else
    {
      g_printerr ("readout-cli: %s\n", _("unknown paper size; use “a4” or “letter”"));
      return 1;
    }
  options.title = title;
  options.include_dismissed = include_dismissed;
  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("readout-cli: %s\n", _("no files given; see “readout-cli report --help”"));
      return 1;
    }

  /* Articles and projects load alike; a project's review decisions and notes reach the report. */
  corpus = readout_corpus_new ();
  failures = load_files (corpus, files);
  if (failures > 0 && g_list_model_get_n_items (readout_corpus_get_documents (corpus)) == 0)
    {
      g_printerr ("readout-cli: %s\n", _("none of the files could be read; no report written"));
      return 1;
    }
  if (!readout_corpus_analyze (corpus, NULL, &error))
    {
      g_printerr ("readout-cli: %s\n", error->message);
      return 1;
    }
  if (!readout_report_write_pdf (corpus, &options, output, NULL, &error))
    {
      g_printerr ("readout-cli: %s: %s\n", output, error->message);
      return 1;
    }
  return failures > 0 ? 2 : 0;
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2 || g_strcmp0 (argv[1], "--help") == 0 || g_strcmp0 (argv[1], "-h") == 0 ||
      g_strcmp0 (argv[1], "help") == 0)
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? 1 : 0;
    }
  if (g_strcmp0 (argv[1], "--version") == 0)
    {
      g_print ("readout-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (argv[1], commands[i].name) == 0)
      {
        g_autofree char *prgname = g_strdup_printf ("readout-cli %s", commands[i].name);
        g_set_prgname (prgname);
        return commands[i].func (argc - 1, argv + 1);
      }

  g_printerr ("readout-cli: %s\n", _("unknown command; see “readout-cli --help”"));
  return 1;
}
