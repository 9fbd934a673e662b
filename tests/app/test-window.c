/* test-window.c: the Readout window with the development corpus: the lists fill, selections
 * link the views, the actor filter works, and Open URL adds a downloaded article.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "readout-graph-layout.h"
#include "readout-graph-view-private.h"
#include "readout-contradiction-row.h"
#include "readout-window-export.h"
#include "readout-window-private.h"
#include "test-server.h"

#define LONG_WAIT_MS 120000

static ReadoutWindow *window;

static gboolean
window_idle (gpointer data)
{
  return !readout_window_get_busy (data);
}

static gboolean
has_n_documents (gpointer data)
{
  ReadoutCorpus *corpus = readout_window_get_corpus (window);

  return g_list_model_get_n_items (readout_corpus_get_documents (corpus)) == GPOINTER_TO_UINT (data) &&
         !readout_window_get_busy (window);
}

static void
test_welcome (void)
{
  g_assert_cmpstr (readout_window_get_page (window), ==, "welcome");
  g_assert_false (readout_window_get_busy (window));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "cancel"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "toggle-sidebar"));
}

static void
test_open_corpus (void)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "corpus", "pahalgam-2025", NULL);
  ReadoutCorpus *corpus = readout_window_get_corpus (window);
  GFileInfo *info;
  gint64 start;

  folder = g_file_new_for_path (path);
  enumerator = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME, 0, NULL, &error);
  g_assert_no_error (error);
  while ((info = g_file_enumerator_next_file (enumerator, NULL, &error)) != NULL)
    {
      if (g_str_has_suffix (g_file_info_get_name (info), ".txt"))
        g_ptr_array_add (files, g_file_get_child (folder, g_file_info_get_name (info)));
      g_object_unref (info);
    }
  g_assert_cmpuint (files->len, ==, 5);

  start = g_get_monotonic_time ();
  readout_window_open_files (window, (GFile **)files->pdata, files->len);
  /* Loading happens in a thread: the call returns at once with the window busy. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 10);
  g_assert_true (readout_window_get_busy (window));
  g_assert_true (test_wait_until (has_n_documents, GUINT_TO_POINTER (5), LONG_WAIT_MS));
  g_test_message ("5 articles loaded and analyzed in %.2f s",
                  (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC);

  g_assert_cmpstr (readout_window_get_page (window), ==, "content");
  g_assert_cmpuint (readout_window_get_n_document_rows (window), ==, 5);
  g_assert_nonnull (readout_window_get_shown_document (window));
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_statements (corpus)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (readout_statements_view_get_shown (readout_window_get_statements_view (window))),
                    ==, g_list_model_get_n_items (readout_corpus_get_statements (corpus)));
  g_assert_cmpuint (g_list_model_get_n_items (readout_actors_view_get_shown (readout_window_get_actors_view (window))),
                    ==, g_list_model_get_n_items (readout_corpus_get_actors (corpus)));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));

  /* Opening the same files again adds nothing. */
  readout_window_open_files (window, (GFile **)files->pdata, 1);
  g_assert_true (test_wait_until (window_idle, window, LONG_WAIT_MS));
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_documents (corpus)), ==, 5);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/readout-test/article.txt");
  ReadoutCorpus *corpus = readout_window_get_corpus (window);
  guint before = g_list_model_get_n_items (readout_corpus_get_documents (corpus));

  /* A file that cannot be read is a toast, not a crash, and the others stay. */
  readout_window_open_files (window, &missing, 1);
  g_assert_true (test_wait_until (window_idle, window, LONG_WAIT_MS));
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_documents (corpus)), ==, before);
}

static gboolean
document_has_evidence (ReadoutDocument      *document,
                       ReadoutContradiction *contradiction)
{
  GListModel *evidence = readout_contradiction_get_evidence (contradiction);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(ReadoutEvidence) item = g_list_model_get_item (evidence, i);
      if (readout_evidence_get_document (item) == document)
        return TRUE;
    }
  return FALSE;
}

static void
check_selected_contradiction (ReadoutContradiction *contradiction)
{
  ReadoutContradictionPanel *panel = readout_window_get_panel (window);
  ReadoutGraphView *graph = readout_window_get_graph_view (window);
  GListModel *actors = readout_contradiction_get_actors (contradiction);
  ReadoutGraphLayout *layout;

  g_assert_true (readout_window_get_selected_contradiction (window) == contradiction);
  g_assert_true (readout_contradiction_panel_get_selected (panel) == contradiction);
  /* The reader switched to the article of the first piece of evidence. */
  g_assert_true (document_has_evidence (readout_window_get_shown_document (window), contradiction));
  {
    g_autoptr(ReadoutEvidence) first = g_list_model_get_item (readout_contradiction_get_evidence (contradiction), 0);
    g_assert_true (readout_window_get_shown_document (window) == readout_evidence_get_document (first));
  }
  /* The graph has nodes for the actors the contradiction involves. */
  layout = readout_graph_view_get_layout (graph);
  if (g_list_model_get_n_items (actors) > 0)
    {
      g_assert_nonnull (layout);
      for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
        {
          g_autoptr(ReadoutActor) actor = g_list_model_get_item (actors, i);
          g_assert_nonnull (readout_graph_layout_find_node (layout, actor));
        }
    }
}

static void
test_select_contradiction (void)
{
  ReadoutCorpus *corpus = readout_window_get_corpus (window);
  GListModel *shown = readout_contradiction_panel_get_shown (readout_window_get_panel (window));
  guint n = g_list_model_get_n_items (shown);

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (readout_corpus_get_contradictions (corpus)));
  if (n == 0)
    {
      g_test_skip ("the detectors found no contradiction in the corpus");
      return;
    }

  /* Ranked by confidence. */
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(ReadoutContradiction) a = g_list_model_get_item (shown, i - 1);
      g_autoptr(ReadoutContradiction) b = g_list_model_get_item (shown, i);
      g_assert_cmpfloat (readout_contradiction_get_confidence (a), >=, readout_contradiction_get_confidence (b));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutContradiction) contradiction = g_list_model_get_item (shown, i);

      if (g_list_model_get_n_items (readout_contradiction_get_evidence (contradiction)) == 0)
        continue;
      /* As the panel does when the user clicks a row. */
      readout_contradiction_panel_set_selected (readout_window_get_panel (window), contradiction);
      check_selected_contradiction (contradiction);
    }
  readout_window_select_contradiction (window, NULL);
  g_assert_null (readout_contradiction_panel_get_selected (readout_window_get_panel (window)));
}

/* Independent of what the detectors find: a contradiction between the last and the first
 * article, made here, still links the views. */
static void
test_select_made_contradiction (void)
{
  ReadoutCorpus *corpus = readout_window_get_corpus (window);
  GListModel *documents = readout_corpus_get_documents (corpus);
  g_autoptr(ReadoutDocument) first = g_list_model_get_item (documents, 0);
  g_autoptr(ReadoutDocument) last = g_list_model_get_item (documents, g_list_model_get_n_items (documents) - 1);
  g_autoptr(ReadoutContradiction) contradiction = NULL;
  g_autoptr(ReadoutEvidence) in_last = readout_evidence_new (last, 0, MIN (40, readout_document_get_length (last)));
  g_autoptr(ReadoutEvidence) in_first = readout_evidence_new (first, 0, MIN (40, readout_document_get_length (first)));

  readout_window_select_contradiction (window, NULL);
  readout_window_select_statement (window, NULL);
  readout_reader_set_document (readout_window_get_reader (window), first);

  contradiction = readout_contradiction_new (READOUT_CONTRADICTION_OTHER, "Made for the test", 0.5);
  readout_contradiction_add_evidence (contradiction, in_last);
  readout_contradiction_add_evidence (contradiction, in_first);
  readout_window_select_contradiction (window, contradiction);
  g_assert_true (readout_window_get_shown_document (window) == last);
  g_assert_true (readout_window_get_selected_contradiction (window) == contradiction);
  readout_window_select_contradiction (window, NULL);
}

static gboolean
statement_involves (ReadoutStatement *statement,
                    ReadoutActor     *actor)
{
  GListModel *addressees = readout_statement_get_addressees (statement);

  if (readout_statement_get_speaker (statement) == actor)
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (addressees); i++)
    {
      g_autoptr(ReadoutActor) addressee = g_list_model_get_item (addressees, i);
      if (addressee == actor)
        return TRUE;
    }
  return FALSE;
}

static void
test_actor_filter (void)
{
  ReadoutCorpus *corpus = readout_window_get_corpus (window);
  ReadoutStatementsView *statements = readout_window_get_statements_view (window);
  GListModel *shown = readout_statements_view_get_shown (statements);
  GListModel *all = readout_corpus_get_statements (corpus);
  g_autoptr(ReadoutStatement) statement = g_list_model_get_item (all, 0);
  ReadoutActor *speaker;

  g_assert_nonnull (statement);
  speaker = readout_statement_get_speaker (statement);
  g_assert_nonnull (speaker);

  /* Selecting an actor (as in the graph or the actors list) filters the statements. */
  readout_graph_view_set_selected_actor (readout_window_get_graph_view (window), speaker);
  g_assert_true (readout_window_get_selected_actor (window) == speaker);
  g_assert_true (readout_actors_view_get_selected (readout_window_get_actors_view (window)) == speaker);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <=, g_list_model_get_n_items (all));
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(ReadoutStatement) item = g_list_model_get_item (shown, i);
      g_assert_true (statement_involves (item, speaker));
    }
  {
    GListModel *contradictions = readout_contradiction_panel_get_shown (readout_window_get_panel (window));
    for (guint i = 0; i < g_list_model_get_n_items (contradictions); i++)
      {
        g_autoptr(ReadoutContradiction) item = g_list_model_get_item (contradictions, i);
        g_assert_true (readout_contradiction_panel_shows (readout_window_get_panel (window), item));
      }
  }

  /* The filter is visible and clearable. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "clear-actor"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "clear-actor", NULL);
  g_assert_null (readout_window_get_selected_actor (window));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (all));

  /* Selecting a statement in the table selects it in the window (and so the reader). */
  readout_statements_view_set_selected (statements, statement);
  g_assert_true (readout_window_get_selected_statement (window) == statement);
  readout_window_select_statement (window, NULL);
}

static void
test_search (void)
{
  ReadoutStatementsView *statements = readout_window_get_statements_view (window);
  GListModel *shown = readout_statements_view_get_shown (statements);
  GListModel *all = readout_corpus_get_statements (readout_window_get_corpus (window));
  g_autoptr(ReadoutStatement) statement = g_list_model_get_item (all, 0);
  ReadoutActor *speaker = readout_statement_get_speaker (statement);
  g_autofree char *upper = g_utf8_strup (readout_actor_get_name (speaker), -1);

  g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);
  /* Case-insensitive, on the speaker's name. */
  readout_statements_view_set_search (statements, upper);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(ReadoutStatement) item = g_list_model_get_item (shown, i);
      g_autofree char *name = g_utf8_strup (readout_actor_get_name (readout_statement_get_speaker (item)), -1);
      g_autofree char *content = g_utf8_strup (readout_statement_get_content (item), -1);
      g_assert_true (strstr (name, upper) != NULL || strstr (content, upper) != NULL);
    }
  readout_statements_view_set_search (statements, "zzqx no statement says this qxzz");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  readout_statements_view_set_search (statements, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (all));
}

static void
test_review_filter (void)
{
  ReadoutContradictionPanel *panel = readout_window_get_panel (window);
  GListModel *shown = readout_contradiction_panel_get_shown (panel);
  g_autoptr(ReadoutContradiction) first = NULL;
  guint before = g_list_model_get_n_items (shown);

  if (before == 0)
    {
      g_test_skip ("the detectors found no contradiction in the corpus");
      return;
    }
  first = g_list_model_get_item (shown, 0);

  /* Dismissed contradictions leave the list unless "show dismissed" is on. */
  g_object_set (panel, "show-dismissed", FALSE, NULL);
  readout_contradiction_set_review (first, READOUT_REVIEW_DISMISSED);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, before - 1);
  g_object_set (panel, "show-dismissed", TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, before);

  /* The review filter of the panel's menu. */
  gtk_widget_activate_action (GTK_WIDGET (panel), "panel.review", "s", "dismissed");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (panel), "panel.review", "s", "unreviewed");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, before - 1);
  gtk_widget_activate_action (GTK_WIDGET (panel), "panel.review", "s", "all");

  readout_contradiction_set_review (first, READOUT_REVIEW_UNREVIEWED);
  g_object_set (panel, "show-dismissed", FALSE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, before);
}

static void
test_open_url (void)
{
  g_autoptr(SoupServer) server = test_server_new ();
  g_autofree char *uri = test_server_uri (server, "/article.html");
  g_autofree char *missing = test_server_uri (server, "/missing");
  ReadoutCorpus *corpus = readout_window_get_corpus (window);
  guint before = g_list_model_get_n_items (readout_corpus_get_documents (corpus));

  readout_window_open_url (window, uri);
  g_assert_true (readout_window_get_busy (window));
  g_assert_true (test_wait_until (has_n_documents, GUINT_TO_POINTER (before + 1), LONG_WAIT_MS));
  g_assert_cmpstr (readout_document_get_uri (readout_window_get_shown_document (window)), ==, uri);
  g_assert_cmpstr (readout_document_get_title (readout_window_get_shown_document (window)), ==, test_article_title);

  /* A failure adds nothing and leaves the window usable. */
  readout_window_open_url (window, missing);
  g_assert_true (test_wait_until (window_idle, window, LONG_WAIT_MS));
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_documents (corpus)), ==, before + 1);
  readout_window_open_url (window, "ftp://127.0.0.1/article.html");
  g_assert_false (readout_window_get_busy (window));
}

static gboolean
export_done (gpointer data)
{
  return !readout_window_export_running (data);
}

static void
test_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("readout-export-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  gsize length = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "report.pdf", NULL);
  file = g_file_new_for_path (path);

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));
  readout_window_export_to_file (window, file);
  /* The PDF is written in a thread; a second export waits for the first. */
  g_assert_true (readout_window_export_running (window));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));
  g_assert_true (test_wait_until (export_done, window, LONG_WAIT_MS));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_cancel (void)
{
  ReadoutCorpus *corpus = readout_window_get_corpus (window);

  readout_window_reanalyze (window);
  g_assert_true (readout_window_get_busy (window));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "cancel"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "cancel", NULL);
  g_assert_true (test_wait_until (window_idle, window, LONG_WAIT_MS));
  /* The documents stay; the window can analyze again. */
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_documents (corpus)), >, 0);
  readout_window_reanalyze (window);
  g_assert_true (test_wait_until (window_idle, window, LONG_WAIT_MS));
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_statements (corpus)), >, 0);
}

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

static void
on_row_evidence_activated (ReadoutContradictionRow *row,
                           guint                    index,
                           guint                   *activated)
{
  *activated = index;
}

/* The row writes the user's review and note to the model and follows changes made there
 * (by undo, for instance). */
static void
test_contradiction_row (void)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(ReadoutContradiction) contradiction = NULL;
  g_autoptr(ReadoutEvidence) first = NULL;
  g_autoptr(ReadoutEvidence) second = NULL;
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkToggleButton *confirm, *dismiss;
  GtkWidget *row;
  guint activated = G_MAXUINT;

  readout_document_set_text (document, "The minister said the bridge was safe. The engineer said it was not.");
  readout_document_set_outlet (document, "The Example Herald");
  first = readout_evidence_new (document, 0, 38);
  second = readout_evidence_new (document, 39, 68);
  contradiction = readout_contradiction_new (READOUT_CONTRADICTION_STANCE, "Minister and engineer disagree", 0.82);
  readout_contradiction_add_evidence (contradiction, first);
  readout_contradiction_add_evidence (contradiction, second);

  row = g_object_ref_sink (readout_contradiction_row_new (contradiction));
  g_assert_true (readout_contradiction_row_get_contradiction (READOUT_CONTRADICTION_ROW (row)) == contradiction);
  g_assert_false (readout_contradiction_row_get_expanded (READOUT_CONTRADICTION_ROW (row)));
  readout_contradiction_row_set_expanded (READOUT_CONTRADICTION_ROW (row), TRUE);
  g_assert_true (readout_contradiction_row_get_expanded (READOUT_CONTRADICTION_ROW (row)));

  collect_widgets (row, GTK_TYPE_TOGGLE_BUTTON, toggles);
  g_assert_cmpuint (toggles->len, ==, 2);
  confirm = g_ptr_array_index (toggles, 0);
  dismiss = g_ptr_array_index (toggles, 1);

  gtk_toggle_button_set_active (confirm, TRUE);
  g_assert_cmpint (readout_contradiction_get_review (contradiction), ==, READOUT_REVIEW_CONFIRMED);
  gtk_toggle_button_set_active (dismiss, TRUE);
  g_assert_cmpint (readout_contradiction_get_review (contradiction), ==, READOUT_REVIEW_DISMISSED);
  g_assert_false (gtk_toggle_button_get_active (confirm));
  gtk_toggle_button_set_active (dismiss, FALSE);
  g_assert_cmpint (readout_contradiction_get_review (contradiction), ==, READOUT_REVIEW_UNREVIEWED);
  readout_contradiction_set_review (contradiction, READOUT_REVIEW_CONFIRMED);
  g_assert_true (gtk_toggle_button_get_active (confirm));
  g_assert_false (gtk_toggle_button_get_active (dismiss));

  collect_widgets (row, ADW_TYPE_ENTRY_ROW, entries);
  g_assert_cmpuint (entries->len, ==, 1);
  gtk_editable_set_text (g_ptr_array_index (entries, 0), "  Ask the ministry for the inspection report ");
  g_signal_emit_by_name (g_ptr_array_index (entries, 0), "apply");
  g_assert_cmpstr (readout_contradiction_get_note (contradiction), ==, "Ask the ministry for the inspection report");
  readout_contradiction_set_note (contradiction, "Changed elsewhere");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 0)), ==, "Changed elsewhere");

  /* Each piece of evidence is a row that asks the reader to show it. */
  g_signal_connect (row, "evidence-activated", G_CALLBACK (on_row_evidence_activated), &activated);
  collect_widgets (row, GTK_TYPE_LIST_BOX_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *evidence_row = g_ptr_array_index (rows, i);
      if (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (evidence_row)) && evidence_row != row &&
          gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (evidence_row)) == 1 &&
          !ADW_IS_PREFERENCES_ROW (evidence_row))
        g_signal_emit_by_name (gtk_widget_get_parent (evidence_row), "row-activated", evidence_row);
    }
  g_assert_cmpuint (activated, ==, 1);

  g_object_unref (row);
}

/* Closing a window keeps its size and sidebar for the next one (GSettings). */
static void
test_window_state (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ReadoutWindow *other = g_object_new (READOUT_TYPE_WINDOW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (other), 900, 640);
  gtk_window_present (GTK_WINDOW (other));
  g_action_group_activate_action (G_ACTION_GROUP (other), "toggle-sidebar", NULL);
  gtk_window_close (GTK_WINDOW (other));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_false (g_settings_get_boolean (settings, "sidebar-visible"));

  /* The next window starts that way. */
  other = g_object_new (READOUT_TYPE_WINDOW, NULL);
  {
    int width, height;
    gtk_window_get_default_size (GTK_WINDOW (other), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 640);
  }
  g_assert_false (g_variant_get_boolean (g_action_group_get_action_state (G_ACTION_GROUP (other), "toggle-sidebar")));
  gtk_window_destroy (GTK_WINDOW (other));
  g_settings_reset (settings, "sidebar-visible");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  adw_init ();

  window = g_object_ref_sink (g_object_new (READOUT_TYPE_WINDOW, NULL));
  gtk_window_present (GTK_WINDOW (window));

  g_test_add_func ("/contradiction-row/review", test_contradiction_row);
  g_test_add_func ("/window/state", test_window_state);
  g_test_add_func ("/window/welcome", test_welcome);
  g_test_add_func ("/window/open-corpus", test_open_corpus);
  g_test_add_func ("/window/missing-file", test_missing_file);
  g_test_add_func ("/window/select-contradiction", test_select_contradiction);
  g_test_add_func ("/window/select-made-contradiction", test_select_made_contradiction);
  g_test_add_func ("/window/actor-filter", test_actor_filter);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/review-filter", test_review_filter);
  g_test_add_func ("/window/open-url", test_open_url);
  g_test_add_func ("/window/export", test_export);
  g_test_add_func ("/window/cancel", test_cancel);

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  return status;
}
