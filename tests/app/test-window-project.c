/* test-window-project.c: the window's project actions: corrections with undo and redo, the
 * title's unsaved mark, saving and reopening a project, the correction dialogs and the
 * question on closing with unsaved work.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "readout-window-export.h"
#include "readout-window-project.h"
#include "test-server.h"

#ifdef HAVE_POPPLER
#include <poppler.h>
#endif

#define WAIT_MS 60000

static char *folder;

static gboolean
window_idle (gpointer data)
{
  return !readout_window_get_busy (data);
}

static ReadoutWindow *
new_window (void)
{
  ReadoutWindow *window = g_object_ref_sink (g_object_new (READOUT_TYPE_WINDOW, NULL));

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Our reference is kept on purpose: finalizing a window warns (fatally under G_DEBUG) about
 * the contradiction panel's children, which is the panel's business, not this test's. */
static void
destroy_window (ReadoutWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
}

static GFile *
write_article (const char *name,
               const char *text)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
open_articles (ReadoutWindow *window)
{
  GFile *files[2];

  files[0] = write_article ("first.txt",
                            "Officials from both countries met in the capital on Monday.\n\n"
                            "“We will respond firmly to any provocation along the border,” Ahmed Khan said.\n\n"
                            "“The talks were constructive and useful for both sides of the table,” Maria Lopez said.\n");
  files[1] = write_article ("second.txt",
                            "“We will respond firmly to any provocation along the border,” Ahmed Khan said.\n\n"
                            "“There is no role for outside mediation in this long dispute,” John Smith said.\n");
  readout_window_open_files (window, files, 2);
  g_assert_true (test_wait_until (window_idle, window, WAIT_MS));
  g_object_unref (files[0]);
  g_object_unref (files[1]);
}

static ReadoutStatement *
find_statement (ReadoutWindow *window,
                const char    *words)
{
  GListModel *statements = readout_corpus_get_statements (readout_window_get_corpus (window));

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);

      if (strstr (readout_statement_get_content (statement), words) != NULL)
        return statement;
    }
  return NULL;
}

static gboolean
enabled (ReadoutWindow *window,
         const char    *action)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), action);
}

static void
activate (ReadoutWindow *window,
          const char    *action)
{
  g_assert_true (enabled (window, action));
  g_action_group_activate_action (G_ACTION_GROUP (window), action, NULL);
  g_assert_true (test_wait_until (window_idle, window, WAIT_MS));
}

/* The dialog a project action opened over the window. */
static AdwMessageDialog *
find_dialog (ReadoutWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

/* What a click on a response button does: respond, then close. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
title_modified (ReadoutWindow *window)
{
  return g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "●");
}

static void
test_actions (void)
{
  ReadoutWindow *window = new_window ();
  const char *names[] = { "save", "save-as", "open-project", "undo", "redo", "correct-speaker",
                          "remove-statement", "add-statement", "rename-actor", "merge-actors" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), names[i]));
  g_assert_true (enabled (window, "open-project"));
  g_assert_false (enabled (window, "save"));
  g_assert_false (enabled (window, "undo"));
  g_assert_false (enabled (window, "correct-speaker"));
  g_assert_false (enabled (window, "merge-actors"));

  open_articles (window);
  g_assert_true (enabled (window, "save"));
  g_assert_true (enabled (window, "add-statement"));
  /* Articles alone are not unsaved work: they can be opened again. */
  g_assert_false (title_modified (window));

  readout_window_select_statement (window, find_statement (window, "talks were constructive"));
  g_assert_true (enabled (window, "correct-speaker"));
  g_assert_true (enabled (window, "remove-statement"));
  destroy_window (window);
}

static void
test_remove_undo_save_reopen (void)
{
  ReadoutWindow *window = new_window ();
  ReadoutWindow *reopened = new_window ();
  g_autofree char *path = g_build_filename (folder, "review.readout", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ReadoutProject *project;

  open_articles (window);
  readout_window_select_statement (window, find_statement (window, "talks were constructive"));
  activate (window, "remove-statement");
  g_assert_null (find_statement (window, "talks were constructive"));
  g_assert_true (enabled (window, "undo"));
  g_assert_true (title_modified (window));

  activate (window, "undo");
  g_assert_nonnull (find_statement (window, "talks were constructive"));
  g_assert_true (enabled (window, "redo"));
  activate (window, "redo");
  g_assert_null (find_statement (window, "talks were constructive"));

  /* Saved (the file chooser is bypassed), the mark goes and win.save saves in place. */
  project = readout_window_project_get_project (window);
  g_assert_true (readout_project_save (project, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (title_modified (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "review"));
  g_unlink (path);
  activate (window, "save");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Opened in an empty window, the project comes back with its correction. */
  readout_window_project_open (reopened, file);
  g_assert_true (test_wait_until (window_idle, reopened, WAIT_MS));
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_documents (readout_window_get_corpus (reopened))),
                    ==, 2);
  g_assert_nonnull (find_statement (reopened, "no role for outside mediation"));
  g_assert_null (find_statement (reopened, "talks were constructive"));
  g_assert_false (title_modified (reopened));

  destroy_window (reopened);
  destroy_window (window);
}

static void
test_correct_speaker_dialog (void)
{
  ReadoutWindow *window = new_window ();
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  open_articles (window);
  readout_window_select_statement (window, find_statement (window, "no role for outside mediation"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "correct-speaker", NULL);
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));

  entry = gtk_widget_get_first_child (adw_message_dialog_get_extra_child (dialog));
  g_assert_true (GTK_IS_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Jane Doe");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "apply"));
  respond (dialog, "apply");
  g_assert_true (test_wait_until (window_idle, window, WAIT_MS));

  g_assert_cmpstr (readout_actor_get_name (readout_statement_get_speaker (find_statement (window, "no role for outside"))),
                   ==, "Jane Doe");
  activate (window, "undo");
  g_assert_cmpstr (readout_actor_get_name (readout_statement_get_speaker (find_statement (window, "no role for outside"))),
                   !=, "Jane Doe");
  destroy_window (window);
}

static ReadoutActor *
find_actor (ReadoutWindow *window,
            const char    *name)
{
  GListModel *actors = readout_corpus_get_actors (readout_window_get_corpus (window));

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(ReadoutActor) actor = g_list_model_get_item (actors, i);

      if (g_strcmp0 (readout_actor_get_name (actor), name) == 0)
        return actor;
    }
  return NULL;
}

static void
answer_dialog (ReadoutWindow *window,
               const char    *text)
{
  AdwMessageDialog *dialog = find_dialog (window);
  GtkWidget *entry;

  g_assert_nonnull (dialog);
  entry = gtk_widget_get_first_child (adw_message_dialog_get_extra_child (dialog));
  if (GTK_IS_BOX (entry))
    entry = gtk_widget_get_first_child (entry);
  g_assert_true (GTK_IS_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "apply"));
  respond (dialog, "apply");
  g_assert_true (test_wait_until (window_idle, window, WAIT_MS));
}

/* The development corpus: rename and merge through the dialogs, with the analysis running
 * again after each. */
static void
test_actor_corrections (void)
{
  ReadoutWindow *window = new_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "corpus", "pahalgam-2025", NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  ReadoutActor *actor;
  guint n_actors;

  while (dir && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (files, g_file_new_build_filename (path, name, NULL));
  g_assert_cmpuint (files->len, >, 1);
  readout_window_open_files (window, (GFile **)files->pdata, files->len);
  g_assert_true (test_wait_until (window_idle, window, WAIT_MS));

  actor = find_actor (window, "Donald Trump");
  if (actor == NULL)
    {
      g_test_skip ("The engine finds no “Donald Trump” in the corpus");
      destroy_window (window);
      return;
    }
  readout_window_select_actor (window, actor);
  g_action_group_activate_action (G_ACTION_GROUP (window), "rename-actor", NULL);
  answer_dialog (window, "President Trump");
  g_assert_null (find_actor (window, "Donald Trump"));
  g_assert_nonnull (find_actor (window, "President Trump"));

  n_actors = g_list_model_get_n_items (readout_corpus_get_actors (readout_window_get_corpus (window)));
  readout_window_select_actor (window, find_actor (window, "President Trump"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "merge-actors", NULL);
  answer_dialog (window, "United States");
  g_assert_null (find_actor (window, "President Trump"));
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_actors (readout_window_get_corpus (window))),
                    ==, n_actors - 1);

  activate (window, "undo");
  g_assert_nonnull (find_actor (window, "President Trump"));
  activate (window, "undo");
  g_assert_nonnull (find_actor (window, "Donald Trump"));
  destroy_window (window);
}

#ifdef HAVE_POPPLER
static gboolean
export_done (gpointer data)
{
  return !readout_window_export_running (data);
}

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  /* poppler-glib 22 has no autoptr support */
  PopplerDocument *pdf = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      PopplerPage *page = poppler_document_get_page (pdf, i);
      g_autofree char *page_text = poppler_page_get_text (page);
      g_string_append (text, page_text);
      g_object_unref (page);
    }
  g_object_unref (pdf);
  return g_string_free (text, FALSE);
}

/* The report is written from the project as it was when Export was chosen: a note typed
 * while the worker writes neither reaches that PDF nor races with it. */
static void
test_export_snapshot (void)
{
  ReadoutWindow *window = new_window ();
  g_autofree char *path = g_build_filename (folder, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GListModel *contradictions;
  g_autoptr(ReadoutContradiction) finding = NULL;
  g_autofree char *text = NULL;
  GFile *files[2];

  files[0] = write_article ("count-a.txt",
                            "Officials from both countries met in the capital on Monday.\n\n"
                            "Twelve people were killed in the attack on Sunday, police chief Ravi Kumar said.\n");
  files[1] = write_article ("count-b.txt",
                            "Thirty people were killed in the attack on Sunday, police chief Ravi Kumar said.\n");
  readout_window_open_files (window, files, 2);
  g_assert_true (test_wait_until (window_idle, window, WAIT_MS));
  g_object_unref (files[0]);
  g_object_unref (files[1]);

  contradictions = readout_corpus_get_contradictions (readout_window_get_corpus (window));
  g_assert_cmpuint (g_list_model_get_n_items (contradictions), >=, 1);
  finding = g_list_model_get_item (contradictions, 0);
  readout_contradiction_set_note (finding, "Checked against the police bulletin");

  readout_window_export_to_file (window, file);
  g_assert_true (readout_window_export_running (window));
  readout_contradiction_set_note (finding, "Typed while the report was written");
  readout_contradiction_set_review (finding, READOUT_REVIEW_DISMISSED);
  g_assert_true (test_wait_until (export_done, window, WAIT_MS));

  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Checked against the police bulletin"));
  g_assert_null (strstr (text, "Typed while the report was written"));
  g_unlink (path);
  destroy_window (window);
}
#endif

static void
test_close_asks (void)
{
  ReadoutWindow *window = new_window ();
  AdwMessageDialog *dialog;

  open_articles (window);
  readout_window_select_statement (window, find_statement (window, "talks were constructive"));
  activate (window, "remove-statement");

  /* Unsaved work: closing asks, and Cancel keeps the window. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  respond (dialog, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* Discard closes it. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  respond (dialog, "discard");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Not G_TEST_OPTION_ISOLATE_DIRS: GTK needs the system's data folders (MIME types for
   * icons); meson.build points the user folders into the build tree. */
  g_test_init (&argc, &argv, NULL);
  adw_init ();
  folder = g_dir_make_tmp ("readout-window-project-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/window-project/actions", test_actions);
  g_test_add_func ("/window-project/remove-undo-save-reopen", test_remove_undo_save_reopen);
  g_test_add_func ("/window-project/correct-speaker-dialog", test_correct_speaker_dialog);
  g_test_add_func ("/window-project/actor-corrections", test_actor_corrections);
#ifdef HAVE_POPPLER
  g_test_add_func ("/window-project/export-snapshot", test_export_snapshot);
#endif
  g_test_add_func ("/window-project/close-asks", test_close_asks);

  status = g_test_run ();
  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    while (dir && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);
        g_unlink (path);
      }
    g_rmdir (folder);
  }
  g_free (folder);
  return status;
}
