/* readout-window.c: a Readout window: the articles, the analysis and the views over them.
 *
 * The window owns the corpus and the selection (statement, actor, contradiction) and keeps
 * the views in step with them; the views never talk to each other directly. Loading and
 * analysis run in worker threads so the window never freezes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "readout-actors-view.h"
#include "readout-contradiction-panel.h"
#include "readout-graph-view.h"
#include "readout-reader.h"
#include "readout-statements-view.h"
#include "readout-window.h"
#include "readout-window-export.h"
#include "readout-window-private.h"
#include "readout-window-project.h"

#define MAX_RECENT_ITEMS 8   /* in the menu */
#define MAX_WELCOME_RECENT 4 /* on the welcome page, which must fit a small window */

struct _ReadoutWindow
{
  AdwApplicationWindow       parent_instance;

  ReadoutCorpus             *corpus;
  GSettings                 *settings;
  ReadoutUrlLoader          *url_loader;
  GtkRecentManager          *recent_manager;
  /* Cancels whatever loads or analyzes now; replaced after each cancel. */
  GCancellable              *cancellable;
  GCancellable              *analysis_cancellable;
  guint                      n_loading;
  gboolean                   analysis_pending;  /* wait for the export to finish */

  ReadoutStatement          *selected_statement;
  ReadoutActor              *selected_actor;
  ReadoutContradiction      *selected_contradiction;
  gboolean                   syncing_documents;

  /* Template children */
  AdwToastOverlay           *toast_overlay;
  AdwViewSwitcherTitle      *switcher_title;
  AdwViewSwitcherBar        *switcher_bar;
  GtkToggleButton           *sidebar_button;
  GtkToggleButton           *search_button;
  GtkWidget                 *export_button;
  GtkRevealer               *progress_revealer;
  GtkSpinner                *progress_spinner;
  GtkLabel                  *progress_label;
  GtkProgressBar            *progress_bar;
  GtkRevealer               *actor_filter_revealer;
  GtkLabel                  *actor_filter_label;
  GtkStack                  *main_stack;
  AdwStatusPage             *welcome_page;
  GtkWidget                 *recent_box;
  GtkListBox                *recent_list;
  GMenu                     *recent_submenu;
  AdwFlap                   *flap;
  GtkLabel                  *documents_count_label;
  GtkListBox                *documents_list;
  ReadoutContradictionPanel *panel;
  AdwViewStack              *view_stack;
  ReadoutReader             *reader;
  ReadoutGraphView          *graph;
  ReadoutStatementsView     *statements_view;
  ReadoutActorsView         *actors_view;
};

G_DEFINE_FINAL_TYPE (ReadoutWindow, readout_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_SELECTED_STATEMENT,
  PROP_SELECTED_ACTOR,
  PROP_SELECTED_CONTRADICTION,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_analysis (ReadoutWindow *self);

/* Toasts */

void
readout_window_add_toast (ReadoutWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (READOUT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* AdwToast titles are markup: everything from files and servers must be escaped. */
static void
toast_printf (ReadoutWindow *self,
              guint          timeout,
              const char    *format,
              ...) G_GNUC_PRINTF (3, 4);

static void
toast_printf (ReadoutWindow *self,
              guint          timeout,
              const char    *format,
              ...)
{
  g_autofree char *title = NULL;
  AdwToast *toast;
  va_list args;

  va_start (args, format);
  title = g_markup_vprintf_escaped (format, args);
  va_end (args);

  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, timeout);
  readout_window_add_toast (self, toast);
}

/* Busy state: loading files or URLs, or analyzing */

gboolean
readout_window_get_busy (ReadoutWindow *self)
{
  g_return_val_if_fail (READOUT_IS_WINDOW (self), FALSE);
  return self->n_loading > 0 || readout_corpus_get_busy (self->corpus);
}

static guint
n_documents (ReadoutWindow *self)
{
  return g_list_model_get_n_items (readout_corpus_get_documents (self->corpus));
}

static void
update_actions (ReadoutWindow *self)
{
  gboolean busy = readout_window_get_busy (self);
  gboolean has_documents = n_documents (self) > 0;
  GAction *action;

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "cancel");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), busy);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "export");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                               has_documents && !busy && !readout_window_export_running (self));
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "reanalyze");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), has_documents && !busy);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "clear-actor");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->selected_actor != NULL);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "search");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), has_documents);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), has_documents);
}

static void
update_busy (ReadoutWindow *self)
{
  gboolean busy = readout_window_get_busy (self);

  gtk_revealer_set_reveal_child (self->progress_revealer, busy);
  gtk_spinner_set_spinning (self->progress_spinner, busy);
  if (self->n_loading > 0)
    {
      gtk_label_set_label (self->progress_label, _("Loading articles…"));
      gtk_progress_bar_pulse (self->progress_bar);
    }
  else if (busy)
    {
      guint n = n_documents (self);
      g_autofree char *label = g_strdup_printf (ngettext ("Analyzing %u article…",
                                                          "Analyzing %u articles…", n), n);

      gtk_label_set_label (self->progress_label, label);
      gtk_progress_bar_set_fraction (self->progress_bar, readout_corpus_get_progress (self->corpus));
    }
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
on_progress_changed (ReadoutWindow *self)
{
  if (self->n_loading == 0)
    gtk_progress_bar_set_fraction (self->progress_bar, readout_corpus_get_progress (self->corpus));
}

static void
cancel_work (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ReadoutWindow *self = user_data;

  if (!readout_window_get_busy (self))
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  if (self->analysis_cancellable != NULL)
    g_cancellable_cancel (self->analysis_cancellable);
  toast_printf (self, 3, "%s", _("Stopped"));
}

/* Title */

void
readout_window_set_project_title (ReadoutWindow *self,
                                  const char    *title,
                                  gboolean       modified)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (READOUT_IS_WINDOW (self));

  if (title == NULL)
    title = _("Readout");
  shown = modified ? g_strdup_printf ("● %s", title) : g_strdup (title);
  adw_view_switcher_title_set_title (self->switcher_title, shown);
  gtk_window_set_title (GTK_WINDOW (self), shown);
}

static void
update_subtitle (ReadoutWindow *self)
{
  guint documents = n_documents (self);
  guint statements = g_list_model_get_n_items (readout_corpus_get_statements (self->corpus));
  g_autofree char *subtitle = NULL;
  g_autofree char *count = NULL;

  if (documents > 0 && statements > 0)
    {
      g_autofree char *articles = g_strdup_printf (ngettext ("%u article", "%u articles", documents), documents);
      g_autofree char *said = g_strdup_printf (ngettext ("%u statement", "%u statements", statements), statements);
      /* TRANSLATORS: "5 articles · 42 statements" */
      subtitle = g_strdup_printf (_("%s · %s"), articles, said);
    }
  else if (documents > 0)
    subtitle = g_strdup_printf (ngettext ("%u article", "%u articles", documents), documents);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle ? subtitle : "");

  count = g_strdup_printf ("%u", documents);
  gtk_label_set_label (self->documents_count_label, count);
}

/* Documents list */


static GtkWidget *
create_document_row (gpointer item,
                     gpointer user_data)
{
  ReadoutDocument *document = item;
  g_autofree char *title = readout_document_dup_display_title (document);
  const char *outlet = readout_document_get_outlet (document);
  g_autofree char *date = readout_document_dup_display_date (document, TRUE);
  g_autofree char *escaped_title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *row, *avatar, *remove;

  gboolean has_outlet = outlet != NULL && *outlet != '\0';

  if (!has_outlet)
    outlet = readout_document_get_display_name (document);

  if (outlet != NULL && g_strcmp0 (outlet, title) != 0)
    g_string_append (subtitle, outlet);
  if (date != NULL && *date != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, date);
    }

  row = adw_action_row_new ();
  escaped_title = g_markup_escape_text (title ? title : "", -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (subtitle->len > 0)
    {
      g_autofree char *escaped = g_markup_escape_text (subtitle->str, -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
    }

  /* Initials of a file name mean nothing: a plain avatar then. */
  avatar = adw_avatar_new (32, outlet, has_outlet);
  if (!has_outlet)
    adw_avatar_set_icon_name (ADW_AVATAR (avatar), "text-x-generic-symbolic");
  gtk_widget_set_valign (avatar, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);

  remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Article"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Article"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "win.remove-document");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", readout_document_get_id (document));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  g_object_set_data_full (G_OBJECT (row), "readout-document", g_object_ref (document), g_object_unref);
  return row;
}

/* Selects the reader's document in the list, without showing it again. */
static void
sync_documents_list (ReadoutWindow *self)
{
  ReadoutDocument *shown = readout_reader_get_document (self->reader);
  GtkListBoxRow *row = NULL;

  for (int i = 0; shown != NULL; i++)
    {
      GtkListBoxRow *candidate = gtk_list_box_get_row_at_index (self->documents_list, i);

      if (candidate == NULL)
        break;
      if (g_object_get_data (G_OBJECT (candidate), "readout-document") == (gpointer)shown)
        {
          row = candidate;
          break;
        }
    }

  self->syncing_documents = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->documents_list, row);
  else
    gtk_list_box_unselect_all (self->documents_list);
  self->syncing_documents = FALSE;
}

static void
on_document_row_selected (ReadoutWindow *self,
                          GtkListBoxRow *row)
{
  ReadoutDocument *document;

  if (self->syncing_documents || row == NULL)
    return;
  document = g_object_get_data (G_OBJECT (row), "readout-document");
  if (document != readout_reader_get_document (self->reader))
    readout_reader_set_document (self->reader, document);
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

ReadoutDocument *
readout_window_get_shown_document (ReadoutWindow *self)
{
  g_return_val_if_fail (READOUT_IS_WINDOW (self), NULL);
  return readout_reader_get_document (self->reader);
}

static void
show_document (ReadoutWindow   *self,
               ReadoutDocument *document)
{
  readout_reader_set_document (self->reader, document);
  sync_documents_list (self);
}

/* The bottom switcher replaces the header's on narrow windows, and only with articles open. */
static void
update_switcher_bar (ReadoutWindow *self)
{
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    n_documents (self) > 0 &&
                                    adw_view_switcher_title_get_title_visible (self->switcher_title));
}

static void
on_documents_changed (ReadoutWindow *self)
{
  guint n = n_documents (self);

  gtk_stack_set_visible_child_name (self->main_stack, n > 0 ? "content" : "welcome");
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, n > 0);
  update_switcher_bar (self);
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_button), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->search_button), n > 0);
  gtk_widget_set_visible (self->export_button, n > 0);

  /* The shown document may have been removed. */
  if (readout_reader_get_document (self->reader) != NULL)
    {
      ReadoutDocument *shown = readout_reader_get_document (self->reader);
      gboolean present = FALSE;

      for (guint i = 0; i < n && !present; i++)
        {
          g_autoptr(ReadoutDocument) document = g_list_model_get_item (readout_corpus_get_documents (self->corpus), i);
          present = document == shown;
        }
      if (!present)
        readout_reader_set_document (self->reader, NULL);
    }
  if (readout_reader_get_document (self->reader) == NULL && n > 0)
    {
      g_autoptr(ReadoutDocument) first = g_list_model_get_item (readout_corpus_get_documents (self->corpus), 0);
      readout_reader_set_document (self->reader, first);
    }
  sync_documents_list (self);
  update_subtitle (self);
  update_actions (self);
}

static void
remove_document (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  ReadoutWindow *self = user_data;
  ReadoutDocument *document = readout_corpus_find_document (self->corpus, g_variant_get_string (parameter, NULL));

  if (document == NULL)
    return;
  readout_window_select_contradiction (self, NULL);
  readout_window_select_statement (self, NULL);
  readout_corpus_remove_document (self->corpus, document);
  if (n_documents (self) > 0)
    start_analysis (self);
  else
    readout_corpus_clear (self->corpus);
}

/* Selection */

ReadoutStatement *
readout_window_get_selected_statement (ReadoutWindow *self)
{
  g_return_val_if_fail (READOUT_IS_WINDOW (self), NULL);
  return self->selected_statement;
}

void
readout_window_select_statement (ReadoutWindow    *self,
                                 ReadoutStatement *statement)
{
  g_return_if_fail (READOUT_IS_WINDOW (self));
  g_return_if_fail (!statement || READOUT_IS_STATEMENT (statement));

  if (!g_set_object (&self->selected_statement, statement))
    return;
  readout_reader_select_statement (self->reader, statement);
  readout_statements_view_set_selected (self->statements_view, statement);
  sync_documents_list (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_STATEMENT]);
}

ReadoutActor *
readout_window_get_selected_actor (ReadoutWindow *self)
{
  g_return_val_if_fail (READOUT_IS_WINDOW (self), NULL);
  return self->selected_actor;
}

void
readout_window_select_actor (ReadoutWindow *self,
                             ReadoutActor  *actor)
{
  g_return_if_fail (READOUT_IS_WINDOW (self));
  g_return_if_fail (!actor || READOUT_IS_ACTOR (actor));

  if (!g_set_object (&self->selected_actor, actor))
    return;

  readout_graph_view_set_selected_actor (self->graph, actor);
  readout_actors_view_set_selected (self->actors_view, actor);
  readout_statements_view_set_actor (self->statements_view, actor);
  readout_contradiction_panel_set_actor (self->panel, actor);

  if (actor != NULL)
    {
      g_autofree char *label = g_markup_printf_escaped (_("Showing the statements and contradictions of <b>%s</b>"),
                                                        readout_actor_get_name (actor));
      gtk_label_set_label (self->actor_filter_label, label);
    }
  gtk_revealer_set_reveal_child (self->actor_filter_revealer, actor != NULL);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ACTOR]);
}

ReadoutContradiction *
readout_window_get_selected_contradiction (ReadoutWindow *self)
{
  g_return_val_if_fail (READOUT_IS_WINDOW (self), NULL);
  return self->selected_contradiction;
}

static gboolean
view_is (ReadoutWindow *self,
         const char    *name)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), name) == 0;
}

static void
show_evidence (ReadoutWindow        *self,
               ReadoutContradiction *contradiction,
               guint                 index)
{
  if (contradiction == NULL ||
      index >= g_list_model_get_n_items (readout_contradiction_get_evidence (contradiction)))
    return;
  readout_reader_show_evidence (self->reader, contradiction, index);
  /* The evidence is text: a table of statements would hide it. */
  if (!view_is (self, "reader") && !view_is (self, "graph"))
    adw_view_stack_set_visible_child_name (self->view_stack, "reader");
  sync_documents_list (self);
}

void
readout_window_select_contradiction (ReadoutWindow        *self,
                                     ReadoutContradiction *contradiction)
{
  g_return_if_fail (READOUT_IS_WINDOW (self));
  g_return_if_fail (!contradiction || READOUT_IS_CONTRADICTION (contradiction));

  if (!g_set_object (&self->selected_contradiction, contradiction))
    return;

  readout_contradiction_panel_set_selected (self->panel, contradiction);
  readout_graph_view_highlight_contradiction (self->graph, contradiction);
  if (contradiction != NULL)
    show_evidence (self, contradiction, 0);
  else
    readout_reader_show_evidence (self->reader, NULL, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CONTRADICTION]);
}

gboolean
readout_window_get_reader_selection (ReadoutWindow    *self,
                                     ReadoutDocument **document,
                                     gsize            *start,
                                     gsize            *end)
{
  ReadoutDocument *shown;
  gsize s = 0, e = 0;

  g_return_val_if_fail (READOUT_IS_WINDOW (self), FALSE);

  shown = readout_reader_get_document (self->reader);
  if (shown == NULL || !readout_reader_get_selection (self->reader, &s, &e))
    return FALSE;
  if (document != NULL)
    *document = shown;
  if (start != NULL)
    *start = s;
  if (end != NULL)
    *end = e;
  return TRUE;
}

/* Views → window */

static void
on_reader_statement_activated (ReadoutWindow    *self,
                               ReadoutStatement *statement)
{
  readout_window_select_statement (self, statement);
}

static void
on_statements_view_selected (ReadoutWindow *self)
{
  readout_window_select_statement (self, readout_statements_view_get_selected (self->statements_view));
}

static void
on_statements_view_activated (ReadoutWindow    *self,
                              ReadoutStatement *statement)
{
  readout_window_select_statement (self, statement);
  adw_view_stack_set_visible_child_name (self->view_stack, "reader");
  gtk_widget_grab_focus (GTK_WIDGET (self->reader));
}

static void
on_actors_view_selected (ReadoutWindow *self)
{
  readout_window_select_actor (self, readout_actors_view_get_selected (self->actors_view));
}

static void
on_graph_selected_actor (ReadoutWindow *self)
{
  readout_window_select_actor (self, readout_graph_view_get_selected_actor (self->graph));
}

static void
on_graph_actor_activated (ReadoutWindow *self,
                          ReadoutActor  *actor)
{
  readout_window_select_actor (self, actor);
  adw_view_stack_set_visible_child_name (self->view_stack, "statements");
}

static void
on_panel_selected (ReadoutWindow *self)
{
  readout_window_select_contradiction (self, readout_contradiction_panel_get_selected (self->panel));
}

static void
on_panel_evidence_activated (ReadoutWindow        *self,
                             ReadoutContradiction *contradiction,
                             guint                 index)
{
  readout_window_select_contradiction (self, contradiction);
  show_evidence (self, contradiction, index);
}

/* Loading files */

typedef struct
{
  GPtrArray *files;      /* GFile */
  GPtrArray *documents;  /* ReadoutDocument or NULL, one per file */
  GPtrArray *errors;     /* GError or NULL, one per file */
} LoadBatch;

/* The arrays hold NULL where a file failed (or succeeded). */
static void
free_nullable_object (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
free_nullable_error (gpointer error)
{
  if (error != NULL)
    g_error_free (error);
}

static void
load_batch_free (gpointer data)
{
  LoadBatch *batch = data;

  g_ptr_array_unref (batch->files);
  g_ptr_array_unref (batch->documents);
  g_ptr_array_unref (batch->errors);
  g_free (batch);
}

static void
load_files_worker (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  LoadBatch *batch = task_data;

  for (guint i = 0; i < batch->files->len; i++)
    {
      GError *error = NULL;
      ReadoutDocument *document = NULL;

      if (!g_cancellable_set_error_if_cancelled (cancellable, &error))
        document = readout_loader_load_file (g_ptr_array_index (batch->files, i), cancellable, &error);
      g_ptr_array_add (batch->documents, document);
      g_ptr_array_add (batch->errors, error);
    }
  g_task_return_boolean (task, TRUE);
}

static gboolean
is_open (ReadoutWindow   *self,
         ReadoutDocument *document)
{
  GListModel *documents = readout_corpus_get_documents (self->corpus);
  const char *path = readout_document_get_path (document);
  const char *uri = readout_document_get_uri (document);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(ReadoutDocument) open = g_list_model_get_item (documents, i);

      if ((path != NULL && g_strcmp0 (path, readout_document_get_path (open)) == 0) ||
          (path == NULL && uri != NULL && g_strcmp0 (uri, readout_document_get_uri (open)) == 0))
        return TRUE;
    }
  return FALSE;
}

/* Adds a loaded document unless it is already open; TRUE when added. */
static gboolean
add_document (ReadoutWindow   *self,
              ReadoutDocument *document)
{
  if (is_open (self, document))
    {
      toast_printf (self, 3, _("“%s” is already open"), readout_document_get_display_name (document));
      return FALSE;
    }
  readout_corpus_add_document (self->corpus, document);
  return TRUE;
}

static void
add_recent (ReadoutWindow *self,
            const char    *uri)
{
  if (uri != NULL)
    gtk_recent_manager_add_item (self->recent_manager, uri);
}

static void
on_files_loaded (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ReadoutWindow) self = user_data;
  LoadBatch *batch = g_task_get_task_data (G_TASK (result));
  ReadoutDocument *first_added = NULL;

  self->n_loading--;

  /* The user stopped the loading: the articles read so far are not wanted either. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      update_busy (self);
      return;
    }

  for (guint i = 0; i < batch->files->len; i++)
    {
      ReadoutDocument *document = g_ptr_array_index (batch->documents, i);
      GError *error = g_ptr_array_index (batch->errors, i);
      GFile *file = g_ptr_array_index (batch->files, i);

      if (document != NULL)
        {
          if (add_document (self, document) && first_added == NULL)
            first_added = document;
        }
      else if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *name = g_file_get_basename (file);

          toast_printf (self, 8, _("Could not open “%s”: %s"), name, error->message);
        }
    }

  if (first_added != NULL)
    {
      show_document (self, first_added);
      start_analysis (self);
    }
  update_busy (self);
}

void
readout_window_open_files (ReadoutWindow  *self,
                           GFile         **files,
                           guint           n_files)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new ();
  LoadBatch *batch;

  g_return_if_fail (READOUT_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  /* Projects open as projects, not as articles: this one place serves the command line,
   * drag and drop, the Open dialog and recent files. */
  for (guint i = 0; i < n_files; i++)
    if (readout_window_project_is_project_file (files[i]))
      readout_window_project_open (self, files[i]);
    else
      g_ptr_array_add (articles, files[i]);
  files = (GFile **)articles->pdata;
  n_files = articles->len;

  if (n_files == 0)
    return;

  batch = g_new0 (LoadBatch, 1);
  batch->files = g_ptr_array_new_with_free_func (g_object_unref);
  batch->documents = g_ptr_array_new_with_free_func (free_nullable_object);
  batch->errors = g_ptr_array_new_with_free_func (free_nullable_error);
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *uri = g_file_get_uri (files[i]);

      g_ptr_array_add (batch->files, g_object_ref (files[i]));
      add_recent (self, uri);
    }
  if (n_files > 0)
    {
      g_autoptr(GFile) folder = g_file_get_parent (files[0]);
      if (folder != NULL)
        {
          g_autofree char *folder_uri = g_file_get_uri (folder);
          g_settings_set_string (self->settings, "last-folder", folder_uri);
        }
    }

  self->n_loading++;
  update_busy (self);

  task = g_task_new (NULL, self->cancellable, on_files_loaded, g_object_ref (self));
  g_task_set_source_tag (task, readout_window_open_files);
  g_task_set_task_data (task, batch, load_batch_free);
  g_task_run_in_thread (task, load_files_worker);
}

/* Open URL */

ReadoutUrlLoader *
readout_window_get_url_loader (ReadoutWindow *self)
{
  g_return_val_if_fail (READOUT_IS_WINDOW (self), NULL);
  return self->url_loader;
}

static void
on_url_loaded (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ReadoutWindow) self = user_data;
  g_autoptr(ReadoutDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  self->n_loading--;
  document = readout_url_loader_load_finish (READOUT_URL_LOADER (object), result, &error);
  if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast_printf (self, 8, "%s", error->message);
    }
  else if (add_document (self, document))
    {
      add_recent (self, readout_document_get_uri (document));
      show_document (self, document);
      start_analysis (self);
    }
  update_busy (self);
}

void
readout_window_open_url (ReadoutWindow *self,
                         const char    *uri)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (READOUT_IS_WINDOW (self));
  g_return_if_fail (uri != NULL);

  if (!readout_url_loader_check_uri (uri, &error))
    {
      toast_printf (self, 8, "%s", error->message);
      return;
    }
  self->n_loading++;
  update_busy (self);
  readout_url_loader_load_async (self->url_loader, uri, self->cancellable, on_url_loaded,
                                 g_object_ref (self));
}

static void
on_url_entry_changed (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *uri = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "open", readout_url_loader_check_uri (uri, NULL));
}

static void
on_url_dialog_response (AdwMessageDialog *dialog,
                        const char       *response,
                        ReadoutWindow    *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *uri = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_strcmp0 (response, "open") == 0)
    readout_window_open_url (self, uri);
}

void
readout_window_show_open_url_dialog (ReadoutWindow *self)
{
  GtkWidget *dialog, *entry;

  g_return_if_fail (READOUT_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Open URL"),
                                   _("Enter the web address of an article. Readout downloads the page and keeps only the article’s text."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "https://");
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_URL);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Web address"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "open", FALSE);
  g_signal_connect (entry, "changed", G_CALLBACK (on_url_entry_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_url_dialog_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Open files dialog */

static void
on_open_dialog_response (GtkNativeDialog *dialog,
                         int              response,
                         ReadoutWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      readout_window_open_files (self, (GFile **)array->pdata, array->len);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

void
readout_window_show_open_dialog (ReadoutWindow *self)
{
  GtkFileChooserNative *dialog;
  GtkFileFilter *filter;
  g_autofree char *last_folder = NULL;

  g_return_if_fail (READOUT_IS_WINDOW (self));

  dialog = gtk_file_chooser_native_new (_("Open Articles"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Articles (text and HTML)"));
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_mime_type (filter, "text/html");
  gtk_file_filter_add_mime_type (filter, "application/xhtml+xml");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "html");
  gtk_file_filter_add_suffix (filter, "htm");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_unref (filter);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All Files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_unref (filter);

  last_folder = g_settings_get_string (self->settings, "last-folder");
  if (last_folder != NULL && *last_folder != '\0')
    {
      g_autoptr(GFile) folder = g_file_new_for_uri (last_folder);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
    }

  g_signal_connect (dialog, "response", G_CALLBACK (on_open_dialog_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Drag and drop */

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         ReadoutWindow *self)
{
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  list = g_value_get_boxed (value);
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  if (files->len == 0)
    return FALSE;
  readout_window_open_files (self, (GFile **)files->pdata, files->len);
  return TRUE;
}

/* Recent files */

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **)a;
  GtkRecentInfo *ib = *(GtkRecentInfo **)b;
  GDateTime *ma = gtk_recent_info_get_modified (ia);
  GDateTime *mb = gtk_recent_info_get_modified (ib);

  if (ma == NULL || mb == NULL)
    return (ma == NULL) - (mb == NULL);
  return g_date_time_compare (mb, ma);
}

/* "~/News/2025" for a local file, the server's name for a web page. */
static char *
describe_location (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *path = NULL;
  const char *home = g_get_home_dir ();

  if (!g_file_is_native (file))
    {
      g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
      return g_strdup (parsed && g_uri_get_host (parsed) ? g_uri_get_host (parsed) : uri);
    }
  parent = g_file_get_parent (file);
  path = parent ? g_file_get_path (parent) : g_file_get_path (file);
  if (path == NULL)
    return g_strdup (uri);
  if (home != NULL && g_str_has_prefix (path, home) && strlen (home) > 1)
    return g_strconcat ("~", path + strlen (home), NULL);
  return g_steal_pointer (&path);
}

static void
update_recent (ReadoutWindow *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent_manager);
  g_autoptr(GPtrArray) ours = g_ptr_array_new_with_free_func ((GDestroyNotify)gtk_recent_info_unref);
  const char *app_name = g_get_application_name ();
  GtkWidget *child;

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (app_name != NULL && gtk_recent_info_has_application (info, app_name) &&
          (!gtk_recent_info_is_local (info) || gtk_recent_info_exists (info)))
        g_ptr_array_add (ours, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);
  g_ptr_array_sort (ours, compare_recent);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  g_menu_remove_all (self->recent_submenu);

  for (guint i = 0; i < ours->len && i < MAX_RECENT_ITEMS; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (ours, i);
      const char *uri = gtk_recent_info_get_uri (info);
      g_autofree char *location = describe_location (info);
      g_autofree char *escaped_name = g_markup_escape_text (gtk_recent_info_get_display_name (info), -1);
      g_autofree char *escaped_location = g_markup_escape_text (location, -1);
      g_autoptr(GMenuItem) item = NULL;
      GtkWidget *row;

      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (self->recent_submenu, item);

      if (i >= MAX_WELCOME_RECENT)
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_location);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->recent_list, row);
    }
  gtk_widget_set_visible (self->recent_box, ours->len > 0);
}

static void
open_recent (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ReadoutWindow *self = user_data;
  const char *uri = g_variant_get_string (parameter, NULL);

  if (g_str_has_prefix (uri, "http://") || g_str_has_prefix (uri, "https://"))
    readout_window_open_url (self, uri);
  else
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      readout_window_open_files (self, &file, 1);
    }
}

/* Analysis */

static void
restore_selection (ReadoutWindow *self)
{
  g_autofree char *actor_id = NULL;
  g_autofree char *statement_id = NULL;

  /* A new analysis replaces every object: find the user's choices again by id. */
  if (self->selected_actor != NULL)
    actor_id = g_strdup (readout_actor_get_id (self->selected_actor));
  if (self->selected_statement != NULL)
    statement_id = g_strdup (readout_statement_get_id (self->selected_statement));

  readout_window_select_contradiction (self, NULL);
  readout_window_select_actor (self, actor_id ? readout_corpus_find_actor (self->corpus, actor_id) : NULL);
  readout_window_select_statement (self, statement_id ? readout_corpus_find_statement (self->corpus, statement_id) : NULL);
}

static void
on_analyzed (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(ReadoutWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!readout_corpus_analyze_finish (READOUT_CORPUS (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast_printf (self, 8, _("The analysis failed: %s"), error->message);
    }
  update_busy (self);
}

static void
start_analysis (ReadoutWindow *self)
{
  if (readout_window_export_running (self))
    {
      /* The export reads the corpus in a thread: replacing the analysis now would race. */
      self->analysis_pending = TRUE;
      return;
    }
  self->analysis_pending = FALSE;

  if (self->analysis_cancellable != NULL)
    g_cancellable_cancel (self->analysis_cancellable);
  g_clear_object (&self->analysis_cancellable);
  /* Its own cancellable, so that a newer analysis can replace it without stopping loads;
   * win.cancel cancels both. */
  self->analysis_cancellable = g_cancellable_new ();

  readout_corpus_analyze_async (self->corpus, self->analysis_cancellable, on_analyzed,
                                g_object_ref (self));
  update_busy (self);
}

void
readout_window_reanalyze (ReadoutWindow *self)
{
  g_return_if_fail (READOUT_IS_WINDOW (self));

  if (n_documents (self) > 0)
    start_analysis (self);
}

/* Called by the export when it is done. */
void
readout_window_export_finished (ReadoutWindow *self)
{
  if (self->analysis_pending)
    start_analysis (self);
  update_actions (self);
}

ReadoutCorpus *
readout_window_get_corpus (ReadoutWindow *self)
{
  g_return_val_if_fail (READOUT_IS_WINDOW (self), NULL);
  return self->corpus;
}

/* Actions */

static void
toggle_search (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  ReadoutWindow *self = user_data;

  adw_view_stack_set_visible_child_name (self->view_stack, "statements");
  g_object_set (self->statements_view, "search-mode-enabled", TRUE, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->statements_view));
}

static void
show_view (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  ReadoutWindow *self = user_data;
  const char *name = g_variant_get_string (parameter, NULL);

  if (n_documents (self) == 0 || adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, name);
  gtk_widget_grab_focus (adw_view_stack_get_child_by_name (self->view_stack, name));
}

static void
clear_actor (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  readout_window_select_actor (user_data, NULL);
}

static void
reanalyze (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  readout_window_reanalyze (user_data);
}

static void
zoom (GSimpleAction *action,
      GVariant      *parameter,
      gpointer       user_data)
{
  ReadoutWindow *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));

  if (g_str_equal (name, "zoom-in"))
    readout_graph_view_zoom_in (self->graph);
  else if (g_str_equal (name, "zoom-out"))
    readout_graph_view_zoom_out (self->graph);
  else
    readout_graph_view_zoom_fit (self->graph);
}

static void
on_search_button_toggled (ReadoutWindow *self)
{
  if (gtk_toggle_button_get_active (self->search_button))
    adw_view_stack_set_visible_child_name (self->view_stack, "statements");
}

/* Window state */

static void
restore_window_state (ReadoutWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 360));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  adw_flap_set_reveal_flap (self->flap, g_settings_get_boolean (self->settings, "sidebar-visible"));
}

static void
save_window_state (ReadoutWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  /* A folded flap hides itself for lack of room, not because the user asked. */
  if (!adw_flap_get_folded (self->flap))
    g_settings_set_boolean (self->settings, "sidebar-visible", adw_flap_get_reveal_flap (self->flap));
  g_settings_apply (self->settings);
}

static gboolean
readout_window_close_request (GtkWindow *window)
{
  ReadoutWindow *self = READOUT_WINDOW (window);

  save_window_state (self);
  return GTK_WINDOW_CLASS (readout_window_parent_class)->close_request (window);
}

/* GObject */

static void
readout_window_dispose (GObject *object)
{
  ReadoutWindow *self = (ReadoutWindow *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->analysis_cancellable != NULL)
    g_cancellable_cancel (self->analysis_cancellable);
  if (self->recent_manager != NULL)
    g_signal_handlers_disconnect_by_func (self->recent_manager, update_recent, self);
  if (self->corpus != NULL)
    g_signal_handlers_disconnect_by_data (self->corpus, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), READOUT_TYPE_WINDOW);

  g_clear_object (&self->selected_statement);
  g_clear_object (&self->selected_actor);
  g_clear_object (&self->selected_contradiction);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->analysis_cancellable);
  g_clear_object (&self->url_loader);
  g_clear_object (&self->settings);
  g_clear_object (&self->corpus);

  G_OBJECT_CLASS (readout_window_parent_class)->dispose (object);
}

static void
readout_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ReadoutWindow *self = READOUT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CORPUS: g_value_set_object (value, self->corpus); break;
    case PROP_SELECTED_STATEMENT: g_value_set_object (value, self->selected_statement); break;
    case PROP_SELECTED_ACTOR: g_value_set_object (value, self->selected_actor); break;
    case PROP_SELECTED_CONTRADICTION: g_value_set_object (value, self->selected_contradiction); break;
    case PROP_BUSY: g_value_set_boolean (value, readout_window_get_busy (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ReadoutWindow *self = READOUT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_STATEMENT: readout_window_select_statement (self, g_value_get_object (value)); break;
    case PROP_SELECTED_ACTOR: readout_window_select_actor (self, g_value_get_object (value)); break;
    case PROP_SELECTED_CONTRADICTION: readout_window_select_contradiction (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_window_class_init (ReadoutWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = readout_window_dispose;
  object_class->get_property = readout_window_get_property;
  object_class->set_property = readout_window_set_property;
  window_class->close_request = readout_window_close_request;

  properties[PROP_CORPUS] = g_param_spec_object ("corpus", NULL, NULL, READOUT_TYPE_CORPUS,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_STATEMENT] = g_param_spec_object ("selected-statement", NULL, NULL,
                                                             READOUT_TYPE_STATEMENT, rw);
  properties[PROP_SELECTED_ACTOR] = g_param_spec_object ("selected-actor", NULL, NULL,
                                                         READOUT_TYPE_ACTOR, rw);
  properties[PROP_SELECTED_CONTRADICTION] = g_param_spec_object ("selected-contradiction", NULL, NULL,
                                                                 READOUT_TYPE_CONTRADICTION, rw);
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, "Loading or analyzing", FALSE,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (READOUT_TYPE_READER);
  g_type_ensure (READOUT_TYPE_GRAPH_VIEW);
  g_type_ensure (READOUT_TYPE_STATEMENTS_VIEW);
  g_type_ensure (READOUT_TYPE_ACTORS_VIEW);
  g_type_ensure (READOUT_TYPE_CONTRADICTION_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/readout/Readout/ui/readout-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, actor_filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, actor_filter_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, recent_box);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, documents_count_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, documents_list);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, panel);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, reader);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, graph);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, statements_view);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, actors_view);
}

static void
readout_window_init (ReadoutWindow *self)
{
  const GActionEntry entries[] = {
    { "cancel", cancel_work },
    { "search", toggle_search },
    { "view", show_view, "s" },
    { "clear-actor", clear_actor },
    { "reanalyze", reanalyze },
    { "remove-document", remove_document, "s" },
    { "open-recent", open_recent, "s" },
    { "zoom-in", zoom },
    { "zoom-out", zoom },
    { "zoom-fit", zoom },
  };
  g_autoptr(GPropertyAction) toggle_sidebar = NULL;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->corpus = readout_corpus_new ();
  self->settings = g_settings_new (APP_ID);
  self->url_loader = readout_url_loader_new ();
  self->cancellable = g_cancellable_new ();
  self->recent_manager = gtk_recent_manager_get_default ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  toggle_sidebar = g_property_action_new ("toggle-sidebar", self->flap, "reveal-flap");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (toggle_sidebar));
  readout_window_export_init (self);

  restore_window_state (self);
  g_settings_bind (self->settings, "selected-view", self->view_stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_NO_SENSITIVITY);
  g_settings_bind (self->settings, "show-dismissed", self->panel, "show-dismissed",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_NO_SENSITIVITY);

  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (update_switcher_bar), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->search_button, "active", self->statements_view, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->search_button, "toggled", G_CALLBACK (on_search_button_toggled), self,
                           G_CONNECT_SWAPPED);

  /* The views show the corpus; the window relays the selection between them. */
  readout_reader_set_corpus (self->reader, self->corpus);
  readout_graph_view_set_corpus (self->graph, self->corpus);
  readout_statements_view_set_corpus (self->statements_view, self->corpus);
  readout_actors_view_set_corpus (self->actors_view, self->corpus);
  readout_contradiction_panel_set_corpus (self->panel, self->corpus);

  gtk_list_box_bind_model (self->documents_list, readout_corpus_get_documents (self->corpus),
                           create_document_row, self, NULL);
  g_signal_connect_object (self->documents_list, "row-selected", G_CALLBACK (on_document_row_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (readout_corpus_get_documents (self->corpus), "items-changed",
                           G_CALLBACK (on_documents_changed), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->corpus, "notify::busy", G_CALLBACK (update_busy), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->corpus, "notify::progress", G_CALLBACK (on_progress_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->corpus, "analyzed", G_CALLBACK (restore_selection), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->corpus, "analyzed", G_CALLBACK (update_subtitle), self, G_CONNECT_SWAPPED);

  /* The reader switches articles by itself to show a statement or evidence. */
  g_signal_connect_object (self->reader, "notify::document", G_CALLBACK (sync_documents_list),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader, "statement-activated", G_CALLBACK (on_reader_statement_activated),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->statements_view, "notify::selected", G_CALLBACK (on_statements_view_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->statements_view, "statement-activated",
                           G_CALLBACK (on_statements_view_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->actors_view, "notify::selected", G_CALLBACK (on_actors_view_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->graph, "notify::selected-actor", G_CALLBACK (on_graph_selected_actor),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->graph, "actor-activated", G_CALLBACK (on_graph_actor_activated),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel, "notify::selected", G_CALLBACK (on_panel_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel, "evidence-activated", G_CALLBACK (on_panel_evidence_activated),
                           self, G_CONNECT_SWAPPED);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (self->recent_manager, "changed", G_CALLBACK (update_recent), self,
                           G_CONNECT_SWAPPED);
  update_recent (self);

  on_documents_changed (self);
  update_busy (self);

  readout_window_project_init (self);
}

ReadoutWindow *
readout_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (READOUT_TYPE_WINDOW, "application", application, NULL);
}

/* For tests (readout-window-private.h) */

ReadoutContradictionPanel *
readout_window_get_panel (ReadoutWindow *self)
{
  return self->panel;
}

ReadoutStatementsView *
readout_window_get_statements_view (ReadoutWindow *self)
{
  return self->statements_view;
}

ReadoutActorsView *
readout_window_get_actors_view (ReadoutWindow *self)
{
  return self->actors_view;
}

ReadoutGraphView *
readout_window_get_graph_view (ReadoutWindow *self)
{
  return self->graph;
}

ReadoutReader *
readout_window_get_reader (ReadoutWindow *self)
{
  return self->reader;
}

guint
readout_window_get_n_document_rows (ReadoutWindow *self)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (self->documents_list, n) != NULL)
    n++;
  return n;
}

const char *
readout_window_get_page (ReadoutWindow *self)
{
  return gtk_stack_get_visible_child_name (self->main_stack);
}
