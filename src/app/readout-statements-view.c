/* readout-statements-view.c: every statement of the corpus in a sortable, searchable table.
 *
 * corpus statements → filter (search, actor) → sort (the column headers) → single selection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "readout-statements-view.h"
#include "readout-widget-util.h"
#include "readout-text-column.h"

struct _ReadoutStatementsView
{
  GtkWidget           parent_instance;

  ReadoutCorpus      *corpus;
  ReadoutActor       *actor;
  ReadoutStatement   *selected;
  char               *search;     /* case-folded, NULL when empty */

  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  gboolean            selecting;

  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkColumnView      *column_view;
  AdwStatusPage      *empty_page;
  GMenuModel         *context_menu;
  GtkWidget          *context_popover;
};

G_DEFINE_FINAL_TYPE (ReadoutStatementsView, readout_statements_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_SEARCH_MODE_ENABLED,
  N_PROPS
};

enum {
  STATEMENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
speaker_text (gpointer item)
{
  ReadoutActor *speaker = readout_statement_get_speaker (item);

  return g_strdup (speaker ? readout_actor_get_name (speaker) : _("Unknown"));
}

static char *
cue_text (gpointer item)
{
  return g_strdup (readout_statement_get_cue (item));
}

static char *
content_text (gpointer item)
{
  return g_strdup (readout_statement_get_content (item));
}

static char *
outlets_text (gpointer item)
{
  return g_strdup_printf ("%u", readout_statement_get_n_documents (item));
}

static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
involves_actor (ReadoutStatement *statement,
                ReadoutActor     *actor)
{
  GListModel *addressees;

  if (readout_statement_get_speaker (statement) == actor)
    return TRUE;
  addressees = readout_statement_get_addressees (statement);
  for (guint i = 0; i < g_list_model_get_n_items (addressees); i++)
    {
      g_autoptr(ReadoutActor) addressee = g_list_model_get_item (addressees, i);
      if (addressee == actor)
        return TRUE;
    }
  return FALSE;
}

static gboolean
filter_statement (gpointer item,
                  gpointer user_data)
{
  ReadoutStatementsView *self = user_data;
  ReadoutStatement *statement = item;

  if (self->actor != NULL && !involves_actor (statement, self->actor))
    return FALSE;

  if (self->search != NULL)
    {
      ReadoutActor *speaker = readout_statement_get_speaker (statement);

      if (!contains_folded (readout_statement_get_content (statement), self->search) &&
          !(speaker != NULL && contains_folded (readout_actor_get_name (speaker), self->search)))
        return FALSE;
    }
  return TRUE;
}

static void
update_empty_state (ReadoutStatementsView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  if (self->search != NULL || self->actor != NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Matching Statements"));
      adw_status_page_set_description (self->empty_page, _("Try a different search or clear the actor filter"));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Statements"));
      adw_status_page_set_description (self->empty_page,
                                       _("Statements appear here once the articles are analyzed"));
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
on_search_changed (ReadoutStatementsView *self,
                   GtkSearchEntry        *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search, g_free);
  if (*stripped != '\0')
    self->search = g_utf8_casefold (stripped, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
sync_selection (ReadoutStatementsView *self)
{
  self->selecting = TRUE;
  readout_text_column_select_item (self->column_view, self->selection, self->selected);
  self->selecting = FALSE;
}

static void
on_selection_changed (ReadoutStatementsView *self)
{
  ReadoutStatement *statement;

  if (self->selecting)
    return;
  statement = gtk_single_selection_get_selected_item (self->selection);
  /* Rows leaving the filter do not clear the user's choice. */
  if (statement == NULL)
    return;
  if (g_set_object (&self->selected, statement))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
on_items_changed (ReadoutStatementsView *self)
{
  update_empty_state (self);
  sync_selection (self);
}

static void
on_activate (ReadoutStatementsView *self,
             guint                  position)
{
  g_autoptr(ReadoutStatement) statement = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (statement == NULL)
    return;
  if (g_set_object (&self->selected, statement))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
  g_signal_emit (self, signals[STATEMENT_ACTIVATED], 0, statement);
}

void
readout_statements_view_set_corpus (ReadoutStatementsView *self,
                                    ReadoutCorpus         *corpus)
{
  g_return_if_fail (READOUT_IS_STATEMENTS_VIEW (self));

  if (!g_set_object (&self->corpus, corpus))
    return;
  gtk_filter_list_model_set_model (self->filtered,
                                   corpus ? readout_corpus_get_statements (corpus) : NULL);
}

void
readout_statements_view_set_actor (ReadoutStatementsView *self,
                                   ReadoutActor          *actor)
{
  g_return_if_fail (READOUT_IS_STATEMENTS_VIEW (self));

  if (g_set_object (&self->actor, actor))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

ReadoutStatement *
readout_statements_view_get_selected (ReadoutStatementsView *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENTS_VIEW (self), NULL);
  return self->selected;
}

void
readout_statements_view_set_selected (ReadoutStatementsView *self,
                                      ReadoutStatement      *statement)
{
  g_return_if_fail (READOUT_IS_STATEMENTS_VIEW (self));

  if (!g_set_object (&self->selected, statement))
    return;
  sync_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

GListModel *
readout_statements_view_get_shown (ReadoutStatementsView *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENTS_VIEW (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

void
readout_statements_view_set_search (ReadoutStatementsView *self,
                                    const char            *text)
{
  g_return_if_fail (READOUT_IS_STATEMENTS_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* search-changed is delayed; the filter should follow at once for callers. */
  on_search_changed (self, self->search_entry);
}

static gboolean
readout_statements_view_grab_focus (GtkWidget *widget)
{
  ReadoutStatementsView *self = READOUT_STATEMENTS_VIEW (widget);

  if (gtk_search_bar_get_search_mode (self->search_bar))
    return gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* Right click: select the statement under the pointer, then offer the corrections. */
static void
on_secondary_click (GtkGestureClick       *gesture,
                    int                    n_press,
                    double                 x,
                    double                 y,
                    ReadoutStatementsView *self)
{
  ReadoutStatement *statement = readout_text_column_pick_item (GTK_WIDGET (self->column_view), x, y);

  if (statement == NULL)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  readout_statements_view_set_selected (self, statement);
  readout_text_column_popup_menu (GTK_POPOVER (self->context_popover), GTK_WIDGET (self->column_view), x, y);
}

static void
readout_statements_view_dispose (GObject *object)
{
  ReadoutStatementsView *self = (ReadoutStatementsView *)object;

  g_clear_pointer (&self->context_popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), READOUT_TYPE_STATEMENTS_VIEW);
  readout_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->corpus);
  g_clear_object (&self->actor);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (readout_statements_view_parent_class)->dispose (object);
}

static void
readout_statements_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ReadoutStatementsView *self = READOUT_STATEMENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED: g_value_set_object (value, self->selected); break;
    case PROP_SEARCH_MODE_ENABLED:
      g_value_set_boolean (value, gtk_search_bar_get_search_mode (self->search_bar));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_statements_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ReadoutStatementsView *self = READOUT_STATEMENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED: readout_statements_view_set_selected (self, g_value_get_object (value)); break;
    case PROP_SEARCH_MODE_ENABLED:
      gtk_search_bar_set_search_mode (self->search_bar, g_value_get_boolean (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_search_mode_changed (ReadoutStatementsView *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE_ENABLED]);
}

static void
readout_statements_view_class_init (ReadoutStatementsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_statements_view_dispose;
  object_class->get_property = readout_statements_view_get_property;
  object_class->set_property = readout_statements_view_set_property;
  widget_class->grab_focus = readout_statements_view_grab_focus;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, READOUT_TYPE_STATEMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_MODE_ENABLED] =
    g_param_spec_boolean ("search-mode-enabled", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user pressed Enter or double-clicked a statement: show it. */
  signals[STATEMENT_ACTIVATED] =
    g_signal_new ("statement-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, READOUT_TYPE_STATEMENT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/ui/readout-statements-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementsView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementsView, stack);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementsView, context_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
}

static void
readout_statements_view_init (ReadoutStatementsView *self)
{
  GtkExpression *speaker_name;
  GtkColumnViewColumn *column;

  gtk_widget_init_template (GTK_WIDGET (self));

  speaker_name = gtk_property_expression_new (READOUT_TYPE_ACTOR,
                                              gtk_property_expression_new (READOUT_TYPE_STATEMENT, NULL, "speaker"),
                                              "name");
  column = readout_text_column_new (_("Speaker"), speaker_text,
                                    GTK_SORTER (gtk_string_sorter_new (speaker_name)),
                                    170, READOUT_TEXT_COLUMN_TOOLTIP);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);

  column = readout_text_column_new (_("Cue"), cue_text,
                                    GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (READOUT_TYPE_STATEMENT, NULL, "cue"))),
                                    110, READOUT_TEXT_COLUMN_DIM);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);

  column = readout_text_column_new (_("Statement"), content_text,
                                    GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (READOUT_TYPE_STATEMENT, NULL, "content"))),
                                    -1, READOUT_TEXT_COLUMN_EXPAND | READOUT_TEXT_COLUMN_TOOLTIP);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);

  column = readout_text_column_new (_("Outlets"), outlets_text,
                                    GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (READOUT_TYPE_STATEMENT, NULL, "n-documents"))),
                                    80, READOUT_TEXT_COLUMN_NUMERIC);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);

  self->filter = gtk_custom_filter_new (filter_statement, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  self->context_popover = gtk_popover_menu_new_from_model (self->context_menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_popover), FALSE);
  gtk_widget_set_halign (self->context_popover, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_popover, GTK_WIDGET (self));
  {
    GtkGesture *click = gtk_gesture_click_new ();

    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
    g_signal_connect_object (click, "pressed", G_CALLBACK (on_secondary_click), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (click));
  }

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_selection_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (on_items_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (on_activate), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);
  update_empty_state (self);
}
