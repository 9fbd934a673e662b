/* readout-actors-view.c: the actors of the corpus with roles and affiliation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "readout-actors-view.h"
#include "readout-widget-util.h"
#include "readout-text-column.h"

struct _ReadoutActorsView
{
  GtkWidget           parent_instance;

  ReadoutCorpus      *corpus;
  ReadoutActor       *selected;

  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  gboolean            selecting;

  GtkStack           *stack;
  GtkColumnView      *column_view;
  GMenuModel         *context_menu;
  GtkWidget          *context_popover;
};

G_DEFINE_FINAL_TYPE (ReadoutActorsView, readout_actors_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
readout_actor_kind_to_label (ReadoutActorKind kind)
{
  switch (kind)
    {
    case READOUT_ACTOR_PERSON: return _("Person");
    case READOUT_ACTOR_ORGANIZATION: return _("Organization");
    case READOUT_ACTOR_COUNTRY: return _("Country");
    case READOUT_ACTOR_GROUP: return _("Group");
    default: return _("Other");
    }
}

static char *
name_text (gpointer item)
{
  return g_strdup (readout_actor_get_name (item));
}

static char *
kind_text (gpointer item)
{
  return g_strdup (readout_actor_kind_to_label (readout_actor_get_kind (item)));
}

static char *
roles_text (gpointer item)
{
  const char * const *roles = readout_actor_get_roles (item);

  return roles ? g_strjoinv (", ", (char **)roles) : g_strdup ("");
}

static char *
affiliation_text (gpointer item)
{
  ReadoutActor *affiliation = readout_actor_get_affiliation (item);

  return g_strdup (affiliation ? readout_actor_get_name (affiliation) : "");
}

static char *
statements_text (gpointer item)
{
  return g_strdup_printf ("%u", readout_actor_get_n_statements (item));
}

static void
sync_selection (ReadoutActorsView *self)
{
  self->selecting = TRUE;
  readout_text_column_select_item (self->column_view, self->selection, self->selected);
  self->selecting = FALSE;
}

static void
on_selection_changed (ReadoutActorsView *self)
{
  ReadoutActor *actor;

  if (self->selecting)
    return;
  actor = gtk_single_selection_get_selected_item (self->selection);
  if (g_set_object (&self->selected, actor))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
on_items_changed (ReadoutActorsView *self)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) > 0 ? "list" : "empty");
  sync_selection (self);
}

void
readout_actors_view_set_corpus (ReadoutActorsView *self,
                                ReadoutCorpus     *corpus)
{
  g_return_if_fail (READOUT_IS_ACTORS_VIEW (self));

  if (!g_set_object (&self->corpus, corpus))
    return;
  gtk_sort_list_model_set_model (self->sorted, corpus ? readout_corpus_get_actors (corpus) : NULL);
}

ReadoutActor *
readout_actors_view_get_selected (ReadoutActorsView *self)
{
  g_return_val_if_fail (READOUT_IS_ACTORS_VIEW (self), NULL);
  return self->selected;
}

void
readout_actors_view_set_selected (ReadoutActorsView *self,
                                  ReadoutActor      *actor)
{
  g_return_if_fail (READOUT_IS_ACTORS_VIEW (self));

  if (!g_set_object (&self->selected, actor))
    return;
  sync_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

GListModel *
readout_actors_view_get_shown (ReadoutActorsView *self)
{
  g_return_val_if_fail (READOUT_IS_ACTORS_VIEW (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

static gboolean
readout_actors_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (READOUT_ACTORS_VIEW (widget)->column_view));
}

/* Right click: select the actor under the pointer, then offer the corrections. */
static void
on_secondary_click (GtkGestureClick   *gesture,
                    int                n_press,
                    double             x,
                    double             y,
                    ReadoutActorsView *self)
{
  ReadoutActor *actor = readout_text_column_pick_item (GTK_WIDGET (self->column_view), x, y);

  if (actor == NULL)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  readout_actors_view_set_selected (self, actor);
  readout_text_column_popup_menu (GTK_POPOVER (self->context_popover), GTK_WIDGET (self->column_view), x, y);
}

static void
readout_actors_view_dispose (GObject *object)
{
  ReadoutActorsView *self = (ReadoutActorsView *)object;

  g_clear_pointer (&self->context_popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), READOUT_TYPE_ACTORS_VIEW);
  readout_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->corpus);
  g_clear_object (&self->selected);

  G_OBJECT_CLASS (readout_actors_view_parent_class)->dispose (object);
}

static void
readout_actors_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ReadoutActorsView *self = READOUT_ACTORS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED: g_value_set_object (value, self->selected); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_actors_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ReadoutActorsView *self = READOUT_ACTORS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED: readout_actors_view_set_selected (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_actors_view_class_init (ReadoutActorsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_actors_view_dispose;
  object_class->get_property = readout_actors_view_get_property;
  object_class->set_property = readout_actors_view_set_property;
  widget_class->grab_focus = readout_actors_view_grab_focus;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, READOUT_TYPE_ACTOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/ui/readout-actors-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutActorsView, stack);
  gtk_widget_class_bind_template_child (widget_class, ReadoutActorsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, ReadoutActorsView, context_menu);
}

static void
readout_actors_view_init (ReadoutActorsView *self)
{
  GtkColumnViewColumn *column;
  GtkSorter *by_statements;

  gtk_widget_init_template (GTK_WIDGET (self));

  column = readout_text_column_new (_("Name"), name_text,
                                    GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (READOUT_TYPE_ACTOR, NULL, "name"))),
                                    200, READOUT_TEXT_COLUMN_TOOLTIP);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);

  column = readout_text_column_new (_("Kind"), kind_text, NULL, 110, READOUT_TEXT_COLUMN_DIM);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);

  column = readout_text_column_new (_("Roles"), roles_text, NULL, -1,
                                    READOUT_TEXT_COLUMN_EXPAND | READOUT_TEXT_COLUMN_TOOLTIP);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);

  column = readout_text_column_new (_("Affiliation"), affiliation_text,
                                    GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (READOUT_TYPE_ACTOR,
                                                                                                    gtk_property_expression_new (READOUT_TYPE_ACTOR, NULL, "affiliation"),
                                                                                                    "name"))),
                                    170, READOUT_TEXT_COLUMN_TOOLTIP);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);

  by_statements = GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (READOUT_TYPE_ACTOR, NULL, "n-statements")));
  gtk_numeric_sorter_set_sort_order (GTK_NUMERIC_SORTER (by_statements), GTK_SORT_DESCENDING);
  column = readout_text_column_new (_("Statements"), statements_text, by_statements, 100,
                                    READOUT_TEXT_COLUMN_NUMERIC);
  gtk_column_view_append_column (self->column_view, column);

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

  self->sorted = gtk_sort_list_model_new (NULL, g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  /* Most talkative first: who speaks is what a reader wants to see. */
  gtk_column_view_sort_by_column (self->column_view, column, GTK_SORT_ASCENDING);
  g_object_unref (column);

  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_selection_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (on_items_changed), self,
                           G_CONNECT_SWAPPED);
  on_items_changed (self);
}
