/* readout-window-project.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "readout-window-project.h"

typedef struct
{
  ReadoutWindow        *window;        /* owns this */
  ReadoutProject       *project;
  ReadoutHistory       *history;
  GListModel           *documents;     /* the corpus's, watched for changes */
  GtkFileChooserNative *chooser;       /* while a file dialog is open */
  guint                 autosave_id;
  gboolean              autosave_failed;
  gboolean              close_confirmed;
  gboolean              close_after_save;
} WindowProject;

static gboolean recovery_checked;

static void
window_project_free (gpointer data)
{
  WindowProject *wp = data;

  /* The last changes may still wait for the debounce: a window destroyed without asking
   * (the session ends) keeps them in the recovery copy. */
  if (wp->autosave_id != 0)
    {
      g_clear_handle_id (&wp->autosave_id, g_source_remove);
      if (readout_project_get_modified (wp->project))
        readout_project_write_recovery (wp->project, NULL);
    }
  if (wp->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (wp->chooser));
      g_clear_object (&wp->chooser);
    }
  g_signal_handlers_disconnect_by_data (wp->documents, wp);
  g_clear_object (&wp->documents);
  g_signal_handlers_disconnect_by_data (wp->project, wp);
  g_signal_handlers_disconnect_by_data (wp->history, wp);
  g_signal_handlers_disconnect_by_data (readout_project_get_decisions (wp->project), wp);
  g_clear_object (&wp->history);
  g_clear_object (&wp->project);
  g_free (wp);
}

static WindowProject *
get_window_project (ReadoutWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "readout-window-project");
}

ReadoutProject *
readout_window_project_get_project (ReadoutWindow *window)
{
  WindowProject *wp;

  g_return_val_if_fail (READOUT_IS_WINDOW (window), NULL);
  wp = get_window_project (window);
  return wp ? wp->project : NULL;
}

ReadoutHistory *
readout_window_project_get_history (ReadoutWindow *window)
{
  WindowProject *wp;

  g_return_val_if_fail (READOUT_IS_WINDOW (window), NULL);
  wp = get_window_project (window);
  return wp ? wp->history : NULL;
}

gboolean
readout_window_project_is_project_file (GFile *file)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  basename = g_file_get_basename (file);
  return basename != NULL && g_str_has_suffix (basename, READOUT_PROJECT_SUFFIX);
}

static void
toast (WindowProject *wp,
       const char    *title,
       guint          timeout)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, timeout);
  readout_window_add_toast (wp->window, toast);
}

static void
toast_error (WindowProject *wp,
             const char    *what,
             const GError  *error)
{
  g_autofree char *title = g_strdup_printf ("%s: %s", what, error->message);

  toast (wp, title, 8);
}

static guint
n_documents (WindowProject *wp)
{
  return g_list_model_get_n_items (readout_corpus_get_documents (readout_project_get_corpus (wp->project)));
}

/* Work that would be lost on close: a project's changes, or decisions, or articles that were
 * downloaded (a local article can simply be opened again). */
static gboolean
has_unsaved_work (WindowProject *wp)
{
  ReadoutDecisions *decisions = readout_project_get_decisions (wp->project);
  GListModel *documents;

  if (!readout_project_get_modified (wp->project))
    return FALSE;
  if (readout_project_get_file (wp->project) != NULL ||
      readout_decisions_get_n_corrections (decisions) > 0 ||
      readout_decisions_get_n_reviews (decisions) > 0)
    return TRUE;
  documents = readout_corpus_get_documents (readout_project_get_corpus (wp->project));
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(ReadoutDocument) document = g_list_model_get_item (documents, i);

      if (readout_document_get_path (document) == NULL)
        return TRUE;
    }
  return FALSE;
}

static void
update_title (WindowProject *wp)
{
  g_autofree char *title = NULL;

  /* Plain reading of a few articles is not a project until there is something to keep. */
  if (readout_project_get_file (wp->project) == NULL && !has_unsaved_work (wp))
    {
      readout_window_set_project_title (wp->window, NULL, FALSE);
      return;
    }
  title = readout_project_dup_title (wp->project);
  readout_window_set_project_title (wp->window, title, readout_project_get_modified (wp->project));
}

static void
set_enabled (WindowProject *wp,
             const char    *name,
             gboolean       enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (wp->window), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* Nothing waits for a running analysis: decisions made meanwhile go to the live objects, and
 * the analysis, when it lands, applies the whole list of decisions again. */
static void
update_actions (WindowProject *wp)
{
  gboolean has_documents = n_documents (wp) > 0;
  gboolean has_statement = readout_window_get_selected_statement (wp->window) != NULL;
  gboolean has_actor = readout_window_get_selected_actor (wp->window) != NULL;

  set_enabled (wp, "save", has_documents);
  set_enabled (wp, "save-as", has_documents);
  set_enabled (wp, "undo", readout_history_get_can_undo (wp->history));
  set_enabled (wp, "redo", readout_history_get_can_redo (wp->history));
  set_enabled (wp, "correct-speaker", has_statement);
  set_enabled (wp, "remove-statement", has_statement);
  set_enabled (wp, "add-statement", has_documents);
  set_enabled (wp, "rename-actor", has_actor);
  set_enabled (wp, "merge-actors", has_actor);
}

/* Autosave */

static gboolean
autosave_timeout (gpointer data)
{
  WindowProject *wp = data;
  g_autoptr(GError) error = NULL;

  wp->autosave_id = 0;
  if (!has_unsaved_work (wp))
    return G_SOURCE_REMOVE;
  if (!readout_project_write_recovery (wp->project, &error))
    {
      /* Said once, not every few seconds; said again after it worked in between. */
      if (!wp->autosave_failed)
        toast_error (wp, _("Could not keep a recovery copy of unsaved work"), error);
      wp->autosave_failed = TRUE;
    }
  else
    wp->autosave_failed = FALSE;
  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (WindowProject *wp)
{
  g_clear_handle_id (&wp->autosave_id, g_source_remove);
  /* Recovery belongs to the running application (a bare window in a test has none). */
  if (has_unsaved_work (wp) && gtk_window_get_application (GTK_WINDOW (wp->window)) != NULL)
    wp->autosave_id = g_timeout_add_seconds (READOUT_AUTOSAVE_DELAY, autosave_timeout, wp);
}

static void
on_project_changed (WindowProject *wp)
{
  update_title (wp);
  update_actions (wp);
  schedule_autosave (wp);
}

/* Saving */

static void save_as (WindowProject *wp);

static void
after_saved (WindowProject *wp)
{
  if (wp->close_after_save)
    {
      wp->close_after_save = FALSE;
      wp->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (wp->window));
    }
  else
    toast (wp, _("Project saved"), 2);
}

static gboolean
save_to (WindowProject *wp,
         GFile         *file)
{
  g_autoptr(GError) error = NULL;

  if (!readout_project_save (wp->project, file, NULL, &error))
    {
      wp->close_after_save = FALSE;
      toast_error (wp, _("Could not save the project"), error);
      return FALSE;
    }
  {
    g_autofree char *uri = g_file_get_uri (readout_project_get_file (wp->project));
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }
  after_saved (wp);
  return TRUE;
}

static GtkFileFilter *
project_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Readout Projects"));
  gtk_file_filter_add_pattern (filter, "*" READOUT_PROJECT_SUFFIX);
  gtk_file_filter_add_mime_type (filter, READOUT_PROJECT_MIME_TYPE);
  return filter;
}

static void
on_save_chooser_response (GtkNativeDialog *dialog,
                          int              response,
                          WindowProject   *wp)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *basename = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&wp->chooser);
  if (chosen == NULL)
    {
      wp->close_after_save = FALSE;
      return;
    }

  basename = g_file_get_basename (chosen);
  if (basename != NULL && !g_str_has_suffix (basename, READOUT_PROJECT_SUFFIX))
    {
      g_autofree char *name = g_strconcat (basename, READOUT_PROJECT_SUFFIX, NULL);
      g_autoptr(GFile) parent = g_file_get_parent (chosen);

      file = parent ? g_file_get_child (parent, name) : g_object_ref (chosen);
    }
  else
    file = g_object_ref (chosen);
  save_to (wp, file);
}

static void
save_as (WindowProject *wp)
{
  g_autoptr(GtkFileFilter) filter = project_filter ();
  GFile *current = readout_project_get_file (wp->project);

  if (wp->chooser != NULL)
    return;
  wp->chooser = gtk_file_chooser_native_new (_("Save Project"), GTK_WINDOW (wp->window),
                                             GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (wp->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (wp->chooser), filter);
  if (current != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (wp->chooser), current, NULL);
  else
    {
      g_autofree char *name = g_strconcat (_("Review"), READOUT_PROJECT_SUFFIX, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (wp->chooser), name);
    }
  g_signal_connect (wp->chooser, "response", G_CALLBACK (on_save_chooser_response), wp);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (wp->chooser));
}

static void
save_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  WindowProject *wp = user_data;
  GFile *file = readout_project_get_file (wp->project);

  if (file == NULL)
    save_as (wp);
  else
    save_to (wp, file);
}

static void
save_as_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  save_as (user_data);
}

/* Opening */

static gboolean
load_into (WindowProject *wp,
           GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;

  if (!readout_project_load (wp->project, file, NULL, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *what = g_strdup_printf (_("Could not open “%s”"), name);

      toast_error (wp, what, error);
      return FALSE;
    }
  readout_history_clear (wp->history);
  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  readout_window_reanalyze (wp->window);
  update_title (wp);
  update_actions (wp);
  return TRUE;
}

/* A window that shows articles or is loading keeps them; another window takes the project. */
static WindowProject *
window_for_new_work (WindowProject *wp)
{
  GtkApplication *application;
  ReadoutWindow *other;

  if (n_documents (wp) == 0 && !readout_window_get_busy (wp->window))
    return wp;
  application = gtk_window_get_application (GTK_WINDOW (wp->window));
  if (application == NULL)
    return wp;
  other = readout_window_new (application);
  gtk_window_present (GTK_WINDOW (other));
  return get_window_project (other);
}

void
readout_window_project_open (ReadoutWindow *window,
                             GFile         *file)
{
  WindowProject *wp;

  g_return_if_fail (READOUT_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  wp = get_window_project (window);
  g_return_if_fail (wp != NULL);
  load_into (window_for_new_work (wp), file);
}

static void
on_open_chooser_response (GtkNativeDialog *dialog,
                          int              response,
                          WindowProject   *wp)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&wp->chooser);
  if (file != NULL)
    readout_window_project_open (wp->window, file);
}

static void
open_project_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  WindowProject *wp = user_data;
  g_autoptr(GtkFileFilter) filter = project_filter ();

  if (wp->chooser != NULL)
    return;
  wp->chooser = gtk_file_chooser_native_new (_("Open Project"), GTK_WINDOW (wp->window),
                                             GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (wp->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (wp->chooser), filter);
  g_signal_connect (wp->chooser, "response", G_CALLBACK (on_open_chooser_response), wp);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (wp->chooser));
}

/* Undo and redo */

static guint
n_corrections (WindowProject *wp)
{
  return readout_decisions_get_n_corrections (readout_project_get_decisions (wp->project));
}

/* Undoes (redo FALSE) or redoes one step. Corrections change statements and actors, which the
 * graph and the reader lay out again for a new analysis; reviews show in the panel as they
 * change, so only a change in the corrections re-analyzes. */
static void
step_history (WindowProject *wp,
              gboolean       redo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = g_strdup (redo ? readout_history_get_redo_label (wp->history)
                                          : readout_history_get_undo_label (wp->history));
  g_autofree char *title = NULL;
  guint before = n_corrections (wp);
  gboolean done = redo ? readout_history_redo (wp->history, &error)
                       : readout_history_undo (wp->history, &error);

  if (!done)
    {
      toast_error (wp, redo ? _("Could not redo") : _("Could not undo"), error);
      return;
    }
  if (n_corrections (wp) != before)
    readout_window_reanalyze (wp->window);
  title = g_strdup_printf (redo ? _("Redone: %s") : _("Undone: %s"), label);
  toast (wp, title, 2);
}

static void
undo_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  step_history (user_data, FALSE);
}

static void
redo_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  step_history (user_data, TRUE);
}

/* Corrections */

static gboolean
apply_correction (WindowProject     *wp,
                  ReadoutCorrection *correction)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = readout_correction_dup_label (correction);
  AdwToast *done;

  if (!readout_decisions_add_correction (readout_project_get_decisions (wp->project), correction, &error))
    {
      toast_error (wp, label, error);
      return FALSE;
    }
  /* The correction is on the live objects already; a new analysis lays out the graph and the
   * reader again and applies it once more, as it will after every later analysis. */
  readout_window_reanalyze (wp->window);

  done = adw_toast_new (label);
  adw_toast_set_button_label (done, _("Undo"));
  adw_toast_set_action_name (done, "win.undo");
  adw_toast_set_timeout (done, 5);
  readout_window_add_toast (wp->window, done);
  return TRUE;
}

typedef enum
{
  DIALOG_SPEAKER,
  DIALOG_ADD_STATEMENT,
  DIALOG_RENAME,
  DIALOG_MERGE,
} DialogKind;

typedef struct
{
  WindowProject    *wp;
  DialogKind        kind;
  AdwMessageDialog *dialog;
  GtkEntry         *name;
  GtkListBox       *actors;
  GtkDropDown      *actor_kind;
  GtkEntry         *cue;
  GtkDropDown      *attribution_kind;
  ReadoutStatement *statement;
  ReadoutActor     *actor;
  ReadoutDocument  *document;
  gsize             start;
  gsize             end;
} CorrectionDialog;

static void
correction_dialog_free (gpointer data)
{
  CorrectionDialog *cd = data;

  g_clear_object (&cd->statement);
  g_clear_object (&cd->actor);
  g_clear_object (&cd->document);
  g_free (cd);
}

static const ReadoutActorKind actor_kinds[] = {
  READOUT_ACTOR_PERSON, READOUT_ACTOR_ORGANIZATION, READOUT_ACTOR_COUNTRY, READOUT_ACTOR_GROUP,
};

static ReadoutActor *
find_actor_named (WindowProject *wp,
                  const char    *name)
{
  GListModel *actors = readout_corpus_get_actors (readout_project_get_corpus (wp->project));
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(ReadoutActor) actor = g_list_model_get_item (actors, i);
      g_autofree char *folded = g_utf8_casefold (readout_actor_get_name (actor), -1);

      if (g_strcmp0 (folded, wanted) == 0)
        return actor;
    }
  return NULL;
}

static char *
entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static void
update_response (CorrectionDialog *cd)
{
  g_autofree char *name = entry_text (cd->name);
  ReadoutActor *existing = *name ? find_actor_named (cd->wp, name) : NULL;
  gboolean valid = *name != '\0';

  switch (cd->kind)
    {
    case DIALOG_MERGE:
      valid = existing != NULL && existing != cd->actor;
      break;
    case DIALOG_RENAME:
      valid = valid && g_strcmp0 (name, readout_actor_get_name (cd->actor)) != 0 &&
              (existing == NULL || existing == cd->actor);
      break;
    case DIALOG_SPEAKER:
    case DIALOG_ADD_STATEMENT:
    default:
      break;
    }
  adw_message_dialog_set_response_enabled (cd->dialog, "apply", valid);
  /* The kind only matters for an actor the correction creates. */
  if (cd->actor_kind != NULL)
    gtk_widget_set_sensitive (GTK_WIDGET (cd->actor_kind), *name && existing == NULL);
  if (cd->actors != NULL)
    gtk_list_box_invalidate_filter (cd->actors);
}

static gboolean
filter_actor_row (GtkListBoxRow *row,
                  gpointer       user_data)
{
  CorrectionDialog *cd = user_data;
  g_autofree char *typed = entry_text (cd->name);
  g_autofree char *wanted = g_utf8_casefold (typed, -1);
  const char *name = g_object_get_data (G_OBJECT (row), "readout-name");
  g_autofree char *folded = g_utf8_casefold (name, -1);

  /* Once a row was picked the whole list stays useful for picking another. */
  return *wanted == '\0' || strstr (folded, wanted) != NULL || find_actor_named (cd->wp, typed) != NULL;
}

static void
on_actor_row_activated (GtkListBox       *list,
                        GtkListBoxRow    *row,
                        CorrectionDialog *cd)
{
  gtk_editable_set_text (GTK_EDITABLE (cd->name), g_object_get_data (G_OBJECT (row), "readout-name"));
  gtk_editable_set_position (GTK_EDITABLE (cd->name), -1);
}

static int
compare_by_statements (gconstpointer a,
                       gconstpointer b)
{
  ReadoutActor *actor_a = *(ReadoutActor * const *)a;
  ReadoutActor *actor_b = *(ReadoutActor * const *)b;
  guint n_a = readout_actor_get_n_statements (actor_a);
  guint n_b = readout_actor_get_n_statements (actor_b);

  if (n_a != n_b)
    return n_a < n_b ? 1 : -1;
  return g_utf8_collate (readout_actor_get_name (actor_a), readout_actor_get_name (actor_b));
}

/* An entry for a name above the actors to pick from, most quoted first. */
static GtkWidget *
build_actor_picker (CorrectionDialog *cd,
                    const char       *placeholder,
                    const char       *initial)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GListModel *model = readout_corpus_get_actors (readout_project_get_corpus (cd->wp->project));
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);

  cd->name = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (cd->name, placeholder);
  gtk_entry_set_activates_default (cd->name, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cd->name), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  if (initial)
    gtk_editable_set_text (GTK_EDITABLE (cd->name), initial);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (cd->name));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      ReadoutActor *actor = g_list_model_get_item (model, i);

      if (actor == cd->actor)
        g_object_unref (actor);
      else
        g_ptr_array_add (actors, actor);
    }
  g_ptr_array_sort (actors, compare_by_statements);

  cd->actors = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (cd->actors, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (cd->actors), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (cd->actors), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Actors"), -1);
  for (guint i = 0; i < actors->len; i++)
    {
      ReadoutActor *actor = g_ptr_array_index (actors, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = g_strdup_printf (ngettext ("%u statement", "%u statements",
                                                             readout_actor_get_n_statements (actor)),
                                                   readout_actor_get_n_statements (actor));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), readout_actor_get_name (actor));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "readout-name", g_strdup (readout_actor_get_name (actor)), g_free);
      gtk_list_box_append (cd->actors, row);
    }
  gtk_list_box_set_filter_func (cd->actors, filter_actor_row, cd, NULL);
  g_signal_connect (cd->actors, "row-activated", G_CALLBACK (on_actor_row_activated), cd);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 180);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (cd->actors));
  gtk_box_append (GTK_BOX (box), scrolled);

  g_signal_connect_swapped (cd->name, "changed", G_CALLBACK (update_response), cd);
  return box;
}

static GtkWidget *
labeled (const char *label,
         GtkWidget  *child)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), child);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);
  return box;
}

static GtkDropDown *
actor_kind_dropdown (void)
{
  const char *kinds[] = { _("Person"), _("Organization"), _("Country"), _("Group"), NULL };

  return GTK_DROP_DOWN (gtk_drop_down_new_from_strings (kinds));
}

static ReadoutActorKind
chosen_actor_kind (CorrectionDialog *cd)
{
  guint selected = cd->actor_kind ? gtk_drop_down_get_selected (cd->actor_kind) : 0;

  return selected < G_N_ELEMENTS (actor_kinds) ? actor_kinds[selected] : READOUT_ACTOR_PERSON;
}

static void
on_correction_response (AdwMessageDialog *dialog,
                        const char       *response,
                        CorrectionDialog *cd)
{
  g_autoptr(ReadoutCorrection) correction = NULL;
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "apply") != 0)
    return;

  name = entry_text (cd->name);
  switch (cd->kind)
    {
    case DIALOG_SPEAKER:
      {
        g_autofree char *cue = entry_text (cd->cue);
        const char *old_cue = readout_statement_get_cue (cd->statement);

        /* A cue is only recorded when the user changed it. */
        correction = readout_correction_new_speaker (cd->statement, name, chosen_actor_kind (cd),
                                                     g_strcmp0 (cue, old_cue ? old_cue : "") != 0 ? cue : NULL);
      }
      break;
    case DIALOG_ADD_STATEMENT:
      {
        g_autofree char *cue = entry_text (cd->cue);
        ReadoutAttributionKind kind = gtk_drop_down_get_selected (cd->attribution_kind) == 0 ?
                                      READOUT_ATTRIBUTION_DIRECT : READOUT_ATTRIBUTION_INDIRECT;

        correction = readout_correction_new_add_statement (cd->document, cd->start, cd->end, name,
                                                           chosen_actor_kind (cd), cue, kind);
      }
      break;
    case DIALOG_RENAME:
      correction = readout_correction_new_rename_actor (readout_actor_get_name (cd->actor), name);
      break;
    case DIALOG_MERGE:
      correction = readout_correction_new_merge_actors (readout_actor_get_name (cd->actor), name);
      break;
    default:
      g_assert_not_reached ();
    }
  apply_correction (cd->wp, correction);
}

static CorrectionDialog *
correction_dialog_new (WindowProject *wp,
                       DialogKind     kind,
                       const char    *heading,
                       const char    *body,
                       const char    *apply_label)
{
  CorrectionDialog *cd = g_new0 (CorrectionDialog, 1);

  cd->wp = wp;
  cd->kind = kind;
  cd->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (wp->window), heading, body));
  adw_message_dialog_add_responses (cd->dialog, "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (cd->dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (cd->dialog, "apply");
  adw_message_dialog_set_close_response (cd->dialog, "cancel");
  g_object_set_data_full (G_OBJECT (cd->dialog), "readout-correction-dialog", cd, correction_dialog_free);
  g_signal_connect (cd->dialog, "response", G_CALLBACK (on_correction_response), cd);
  return cd;
}

static char *
shorten (const char *text,
         guint       max_chars)
{
  g_autofree char *flat = g_strdup (text);

  g_strdelimit (flat, "\n\t", ' ');
  if (g_utf8_strlen (flat, -1) <= max_chars)
    return g_steal_pointer (&flat);
  {
    g_autofree char *cut = g_utf8_substring (flat, 0, max_chars);
    return g_strconcat (g_strchomp (cut), "…", NULL);
  }
}

static void
present (CorrectionDialog *cd,
         GtkWidget        *extra)
{
  adw_message_dialog_set_extra_child (cd->dialog, extra);
  update_response (cd);
  gtk_window_present (GTK_WINDOW (cd->dialog));
  gtk_widget_grab_focus (GTK_WIDGET (cd->name));
}

static void
correct_speaker_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  WindowProject *wp = user_data;
  ReadoutStatement *statement = readout_window_get_selected_statement (wp->window);
  g_autofree char *quote = NULL;
  g_autofree char *body = NULL;
  CorrectionDialog *cd;
  GtkWidget *box;

  if (statement == NULL)
    return;
  quote = shorten (readout_statement_get_content (statement) ? readout_statement_get_content (statement) : "", 140);
  if (readout_statement_get_speaker (statement) != NULL)
    body = g_strdup_printf (_("Who said “%s”? Readout attributes it to %s. Pick an actor, or type the "
                              "name of someone new."),
                            quote, readout_actor_get_name (readout_statement_get_speaker (statement)));
  else
    body = g_strdup_printf (_("Who said “%s”? Pick an actor, or type the name of someone new."), quote);
  cd = correction_dialog_new (wp, DIALOG_SPEAKER, _("Change Speaker"), body, _("C_hange"));
  cd->statement = g_object_ref (statement);

  box = build_actor_picker (cd, _("Speaker"), NULL);
  cd->actor_kind = actor_kind_dropdown ();
  gtk_box_append (GTK_BOX (box), labeled (_("A new speaker is a"), GTK_WIDGET (cd->actor_kind)));
  cd->cue = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (cd->cue),
                         readout_statement_get_cue (statement) ? readout_statement_get_cue (statement) : "");
  gtk_entry_set_activates_default (cd->cue, TRUE);
  gtk_box_append (GTK_BOX (box), labeled (_("Cue"), GTK_WIDGET (cd->cue)));
  present (cd, box);
}

static void
remove_statement_activated (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  WindowProject *wp = user_data;
  ReadoutStatement *statement = readout_window_get_selected_statement (wp->window);
  g_autoptr(ReadoutCorrection) correction = NULL;

  if (statement == NULL)
    return;
  /* No question asked: it is one Ctrl+Z (or the toast's Undo) away. */
  correction = readout_correction_new_remove_statement (statement);
  if (apply_correction (wp, correction))
    readout_window_select_statement (wp->window, NULL);
}

static void
add_statement_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  WindowProject *wp = user_data;
  ReadoutDocument *document = NULL;
  gsize start = 0, end = 0;
  g_autofree char *text = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *body = NULL;
  CorrectionDialog *cd;
  GtkWidget *box;
  const char *forms[] = { _("Direct quote"), _("Reported speech"), NULL };

  if (!readout_window_get_reader_selection (wp->window, &document, &start, &end) || document == NULL ||
      end <= start)
    {
      toast (wp, _("Select the words of the statement in the article first"), 4);
      return;
    }
  text = readout_document_dup_slice (document, start, end);
  quote = shorten (text, 140);
  body = g_strdup_printf (_("Who said “%s”?"), quote);
  cd = correction_dialog_new (wp, DIALOG_ADD_STATEMENT, _("Add Statement"), body, _("_Add"));
  cd->document = g_object_ref (document);
  cd->start = start;
  cd->end = end;

  box = build_actor_picker (cd, _("Speaker"), NULL);
  cd->actor_kind = actor_kind_dropdown ();
  gtk_box_append (GTK_BOX (box), labeled (_("A new speaker is a"), GTK_WIDGET (cd->actor_kind)));
  cd->cue = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (cd->cue), _("said"));
  gtk_entry_set_activates_default (cd->cue, TRUE);
  gtk_box_append (GTK_BOX (box), labeled (_("Cue"), GTK_WIDGET (cd->cue)));
  cd->attribution_kind = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (forms));
  gtk_box_append (GTK_BOX (box), labeled (_("Form"), GTK_WIDGET (cd->attribution_kind)));
  present (cd, box);
}

static void
rename_actor_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  WindowProject *wp = user_data;
  ReadoutActor *actor = readout_window_get_selected_actor (wp->window);
  g_autofree char *body = NULL;
  CorrectionDialog *cd;
  GtkWidget *box;

  if (actor == NULL)
    return;
  body = g_strdup_printf (_("The old name “%s” stays known, so articles that use it still find the actor."),
                          readout_actor_get_name (actor));
  cd = correction_dialog_new (wp, DIALOG_RENAME, _("Rename Actor"), body, _("_Rename"));
  cd->actor = g_object_ref (actor);

  cd->name = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (cd->name), readout_actor_get_name (actor));
  gtk_entry_set_activates_default (cd->name, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cd->name), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New name"), -1);
  g_signal_connect_swapped (cd->name, "changed", G_CALLBACK (update_response), cd);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (cd->name));
  present (cd, box);
}

static void
merge_actors_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  WindowProject *wp = user_data;
  ReadoutActor *actor = readout_window_get_selected_actor (wp->window);
  g_autofree char *body = NULL;
  CorrectionDialog *cd;

  if (actor == NULL)
    return;
  body = g_strdup_printf (_("Everything “%s” said goes to the actor you pick, and “%s” becomes one of "
                            "its names."), readout_actor_get_name (actor), readout_actor_get_name (actor));
  cd = correction_dialog_new (wp, DIALOG_MERGE, _("Merge Actor Into…"), body, _("_Merge"));
  cd->actor = g_object_ref (actor);
  present (cd, build_actor_picker (cd, _("Actor to keep"), NULL));
}

/* Closing */

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   WindowProject    *wp)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      g_clear_handle_id (&wp->autosave_id, g_source_remove);
      readout_project_discard_recovery (wp->project);
      wp->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (wp->window));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      wp->close_after_save = TRUE;
      if (readout_project_get_file (wp->project) != NULL)
        save_to (wp, readout_project_get_file (wp->project));
      else
        save_as (wp);
    }
}

static gboolean
on_close_request (GtkWindow     *window,
                  WindowProject *wp)
{
  AdwMessageDialog *dialog;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  if (wp->close_confirmed || !has_unsaved_work (wp))
    {
      /* Nothing left to recover once the window closes on purpose. */
      g_clear_handle_id (&wp->autosave_id, g_source_remove);
      readout_project_discard_recovery (wp->project);
      return FALSE;
    }

  title = readout_project_dup_title (wp->project);
  body = g_strdup_printf (_("“%s” has unsaved changes. Changes that are not saved are lost."), title);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Save Changes?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), wp);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Recovery after a crash */

static void
restore_into (WindowProject *wp,
              GFile         *recovery)
{
  g_autoptr(GError) error = NULL;

  if (!readout_project_restore_recovery (wp->project, recovery, &error))
    {
      g_autofree char *path = g_file_get_path (recovery);
      g_autofree char *aside = g_strconcat (path, ".unreadable", NULL);

      toast_error (wp, _("Could not restore unsaved work"), error);
      /* Keep it for the user, but do not offer it again at every start. */
      if (path != NULL)
        g_rename (path, aside);
      return;
    }
  readout_history_clear (wp->history);
  readout_window_reanalyze (wp->window);
  on_project_changed (wp);
}

static void
on_recovery_response (AdwMessageDialog *dialog,
                      const char       *response,
                      WindowProject    *wp)
{
  GPtrArray *files = g_object_get_data (G_OBJECT (dialog), "readout-recovery-files");

  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);

      if (g_strcmp0 (response, "restore") == 0)
        restore_into (window_for_new_work (wp), file);
      else if (g_strcmp0 (response, "discard") == 0)
        g_file_delete (file, NULL, NULL);
      /* "later": left where it is, offered at the next start. */
    }
}

static gboolean
check_recovery (gpointer data)
{
  g_autoptr(ReadoutWindow) window = data;
  WindowProject *wp = get_window_project (window);
  g_autoptr(GPtrArray) files = readout_project_list_recovery_files ();
  g_autoptr(GFile) origin = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (wp == NULL || files->len == 0 || !gtk_widget_get_visible (GTK_WIDGET (window)) ||
      gtk_window_get_application (GTK_WINDOW (window)) == NULL)
    return G_SOURCE_REMOVE;

  origin = readout_project_dup_recovery_origin (g_ptr_array_index (files, 0));
  name = origin ? g_file_get_basename (origin) : g_strdup (_("an unsaved project"));
  if (files->len == 1)
    body = g_strdup_printf (_("Readout closed before changes to %s were saved. Restore them?"), name);
  else
    body = g_strdup_printf (ngettext ("Readout closed before changes to %s and %u other project were saved. "
                                      "Restore them?",
                                      "Readout closed before changes to %s and %u other projects were saved. "
                                      "Restore them?", files->len - 1),
                            name, files->len - 1);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), _("Restore Unsaved Work?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard"),
                                    "later", _("_Later"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "later");
  g_object_set_data_full (G_OBJECT (dialog), "readout-recovery-files", g_ptr_array_ref (files),
                          (GDestroyNotify)g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_recovery_response), wp);
  gtk_window_present (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

/* Setup */

static void
set_accels (GtkApplication *application)
{
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Shift><Control>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Shift><Control>z", NULL } },
    { "win.correct-speaker", { "<Shift><Control>k", NULL } },
    { "win.remove-statement", { "<Control>Delete", NULL } },
    { "win.add-statement", { "<Shift><Control>a", NULL } },
    { "win.rename-actor", { "F2", NULL } },
    { "win.merge-actors", { "<Control>m", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (application, accels[i].action, accels[i].accels);
}

static void
on_application_set (ReadoutWindow *window,
                    GParamSpec    *pspec,
                    gpointer       user_data)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (window));

  if (application != NULL)
    set_accels (application);
}

void
readout_window_project_init (ReadoutWindow *window)
{
  const GActionEntry entries[] = {
    { "save", save_activated },
    { "save-as", save_as_activated },
    { "open-project", open_project_activated },
    { "undo", undo_activated },
    { "redo", redo_activated },
    { "correct-speaker", correct_speaker_activated },
    { "remove-statement", remove_statement_activated },
    { "add-statement", add_statement_activated },
    { "rename-actor", rename_actor_activated },
    { "merge-actors", merge_actors_activated },
  };
  WindowProject *wp;
  ReadoutCorpus *corpus;

  g_return_if_fail (READOUT_IS_WINDOW (window));
  g_return_if_fail (get_window_project (window) == NULL);

  corpus = readout_window_get_corpus (window);
  wp = g_new0 (WindowProject, 1);
  wp->window = window;
  wp->project = readout_project_new (corpus);
  wp->history = readout_history_new (readout_project_get_decisions (wp->project));
  g_object_set_data_full (G_OBJECT (window), "readout-window-project", wp, window_project_free);

  g_action_map_add_action_entries (G_ACTION_MAP (window), entries, G_N_ELEMENTS (entries), wp);

  g_signal_connect_swapped (wp->project, "notify::modified", G_CALLBACK (on_project_changed), wp);
  g_signal_connect_swapped (wp->project, "notify::file", G_CALLBACK (on_project_changed), wp);
  g_signal_connect_swapped (readout_project_get_decisions (wp->project), "changed",
                            G_CALLBACK (on_project_changed), wp);
  g_signal_connect_swapped (wp->history, "notify::can-undo", G_CALLBACK (update_actions), wp);
  g_signal_connect_swapped (wp->history, "notify::can-redo", G_CALLBACK (update_actions), wp);
  wp->documents = g_object_ref (readout_corpus_get_documents (corpus));
  g_signal_connect_swapped (wp->documents, "items-changed", G_CALLBACK (on_project_changed), wp);
  /* The window owns wp: its handlers go with it. */
  g_signal_connect_swapped (window, "notify::selected-statement", G_CALLBACK (update_actions), wp);
  g_signal_connect_swapped (window, "notify::selected-actor", G_CALLBACK (update_actions), wp);
  g_signal_connect (window, "close-request", G_CALLBACK (on_close_request), wp);

  /* The window gets its application after init. */
  on_application_set (window, NULL, NULL);
  g_signal_connect (window, "notify::application", G_CALLBACK (on_application_set), NULL);

  update_title (wp);
  update_actions (wp);

  /* A recovery copy left at the start of the first window means a session ended without
   * saving. Asked once the window is shown. */
  if (!recovery_checked)
    {
      recovery_checked = TRUE;
      g_idle_add_full (G_PRIORITY_LOW, check_recovery, g_object_ref (window), NULL);
    }
}
