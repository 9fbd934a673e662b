/* readout-window-export.c: the window's Export Report… action.
 *
 * The PDF is written in a worker thread by readout_report_write_pdf(). That thread never
 * touches the window's corpus: GListStore is not safe to read from two threads (a read moves
 * its position cache) and the user may confirm, dismiss or annotate findings while the report
 * is written. The main thread takes the project as JSON (articles and every decision, the
 * same text a save writes); the worker loads it into a corpus of its own and analyzes it,
 * which gives the same findings with the same decisions applied, since the analysis is
 * deterministic. This costs one more analysis per export (a quarter of a second for five
 * articles) and makes the report a consistent picture of the moment Export was chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "readout-report.h"
#include "readout-window-export.h"
#include "readout-window-project.h"

#define EXPORT_TASK_KEY "readout-export-task"

typedef struct
{
  ReadoutLexicon *lexicon;
  char          *project_data; /* readout_project_serialize() of the window's project */
  gsize          project_length;
  char          *path;
  char          *title;
  ReadoutPaper   paper;
  gboolean       include_dismissed;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->lexicon);
  g_free (job->project_data);
  g_free (job->path);
  g_free (job->title);
  g_free (job);
}

gboolean
readout_window_export_running (ReadoutWindow *window)
{
  return g_object_get_data (G_OBJECT (window), EXPORT_TASK_KEY) != NULL;
}

static void
export_worker (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autoptr(ReadoutProject) project = NULL;
  ReadoutReportOptions options;
  GError *error = NULL;

  readout_report_options_init (&options);
  options.title = job->title;
  options.paper = job->paper;
  options.include_dismissed = job->include_dismissed;

  readout_corpus_set_lexicon (corpus, job->lexicon);
  project = readout_project_new (corpus);
  if (readout_project_load_data (project, job->project_data, job->project_length, &error) &&
      readout_corpus_analyze (corpus, cancellable, &error) &&
      readout_report_write_pdf (corpus, &options, job->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_export_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ReadoutWindow *window = READOUT_WINDOW (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *basename = g_path_get_basename (job->path);
  AdwToast *toast;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autoptr(GFile) file = g_file_new_for_path (job->path);
      g_autofree char *uri = g_file_get_uri (file);

      title = g_markup_printf_escaped (_("Report saved as “%s”"), basename);
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "app.show-uri");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }
  else
    {
      title = g_markup_printf_escaped (_("Could not export the report: %s"), error->message);
      toast = adw_toast_new (title);
      adw_toast_set_timeout (toast, 10);
    }
  readout_window_add_toast (window, toast);

  g_object_set_data (G_OBJECT (window), EXPORT_TASK_KEY, NULL);
  readout_window_export_finished (window);
}

static char *
default_title (ReadoutCorpus *corpus)
{
  GListModel *documents = readout_corpus_get_documents (corpus);
  g_autoptr(ReadoutDocument) first = g_list_model_get_item (documents, 0);

  if (first == NULL || readout_document_get_title (first) == NULL)
    return NULL;
  /* TRANSLATORS: the report's title, %s is the title of the first article */
  return g_strdup_printf (_("Readout report: %s"), readout_document_get_title (first));
}

void
readout_window_export_to_file (ReadoutWindow *window,
                               GFile         *file)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GTask) task = NULL;
  g_autofree char *paper = NULL;
  ReadoutCorpus *corpus;
  ExportJob *job;

  g_return_if_fail (READOUT_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  if (readout_window_export_running (window))
    return;

  corpus = readout_window_get_corpus (window);
  job = g_new0 (ExportJob, 1);
  job->lexicon = g_object_ref (readout_corpus_get_lexicon (corpus));
  job->project_data = readout_project_serialize (readout_window_project_get_project (window),
                                                 &job->project_length);
  job->path = g_file_get_path (file);
  job->title = default_title (corpus);
  paper = g_settings_get_string (settings, "report-paper");
  job->paper = g_str_equal (paper, "letter") ? READOUT_PAPER_LETTER : READOUT_PAPER_A4;
  job->include_dismissed = g_settings_get_boolean (settings, "report-include-dismissed");

  if (job->path == NULL)
    {
      export_job_free (job);
      readout_window_add_toast (window, adw_toast_new (_("Reports can only be saved to local files")));
      return;
    }

  task = g_task_new (window, NULL, on_export_done, NULL);
  g_task_set_source_tag (task, readout_window_export_to_file);
  g_task_set_task_data (task, job, export_job_free);
  g_object_set_data (G_OBJECT (window), EXPORT_TASK_KEY, task);
  g_task_run_in_thread (task, export_worker);

  readout_window_add_toast (window, adw_toast_new (_("Exporting the report…")));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (window), "export")),
                               FALSE);
}

static void
on_save_response (GtkNativeDialog *dialog,
                  int              response,
                  ReadoutWindow   *window)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      readout_window_export_to_file (window, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  ReadoutWindow *window = user_data;
  GtkFileChooserNative *dialog;
  GtkFileFilter *filter;

  if (readout_window_export_running (window))
    return;

  dialog = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (window),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("Readout report.pdf"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_unref (filter);

  g_signal_connect (dialog, "response", G_CALLBACK (on_save_response), window);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
readout_window_export_init (ReadoutWindow *window)
{
  const GActionEntry entries[] = {
    { "export", export_activated },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (window), entries, G_N_ELEMENTS (entries), window);
}
