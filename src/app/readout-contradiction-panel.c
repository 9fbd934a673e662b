/* readout-contradiction-panel.c: the ranked contradictions with filters, and the
 * corroborations, for the window's sidebar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "readout-contradiction-panel.h"
#include "readout-widget-util.h"
#include "readout-contradiction-row.h"

struct _ReadoutContradictionPanel
{
  GtkWidget             parent_instance;

  ReadoutCorpus        *corpus;
  ReadoutActor         *actor;
  ReadoutContradiction *selected;

  /* Filter state, also the state of the "panel.*" actions. */
  char                 *review;   /* "all", or a ReadoutReviewState nick */
  char                 *kind;     /* "all", or a ReadoutContradictionKind nick */
  gboolean              show_dismissed;

  GtkSortListModel     *ranked;
  GtkFilterListModel   *shown;
  GtkCustomFilter      *filter;
  GtkFilterListModel   *corroborations;
  GtkCustomFilter      *corroboration_filter;
  /* The rows made: a page at a time. GtkListBox makes and measures a row for every item, and
   * a few hundred findings (a large corpus) with their evidence took tens of seconds. */
  GtkSliceListModel    *shown_page;
  GtkSliceListModel    *corroborations_page;
  GSimpleActionGroup   *actions;
  GListModel           *watched;  /* the corpus contradictions whose review we follow */

  GtkLabel             *count_label;
  GtkLabel             *corroborations_count_label;
  GtkListBox           *contradictions_list;
  GtkListBox           *corroborations_list;
  GtkButton            *more_contradictions_button;
  GtkButton            *more_corroborations_button;
  GMenu                *kind_section;
  gboolean              selecting;
};

G_DEFINE_FINAL_TYPE (ReadoutContradictionPanel, readout_contradiction_panel, GTK_TYPE_WIDGET)

/* Rows made at first, and added by each "Show More". */
#define PAGE_SIZE 40

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_ACTOR,
  PROP_SELECTED,
  PROP_SHOW_DISMISSED,
  N_PROPS
};

enum {
  EVIDENCE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
involves_actor (ReadoutContradiction *contradiction,
                ReadoutActor         *actor)
{
  GListModel *actors = readout_contradiction_get_actors (contradiction);
  GListModel *statements = readout_contradiction_get_statements (contradiction);

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(ReadoutActor) item = g_list_model_get_item (actors, i);
      if (item == actor)
        return TRUE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);
      if (readout_statement_get_speaker (statement) == actor)
        return TRUE;
    }
  return FALSE;
}

gboolean
readout_contradiction_panel_shows (ReadoutContradictionPanel *self,
                                   ReadoutContradiction      *contradiction)
{
  ReadoutReviewState review;

  g_return_val_if_fail (READOUT_IS_CONTRADICTION_PANEL (self), FALSE);
  g_return_val_if_fail (READOUT_IS_CONTRADICTION (contradiction), FALSE);

  review = readout_contradiction_get_review (contradiction);
  if (g_strcmp0 (self->review, "all") == 0)
    {
      if (review == READOUT_REVIEW_DISMISSED && !self->show_dismissed)
        return FALSE;
    }
  else if (g_strcmp0 (self->review, readout_review_state_to_string (review)) != 0)
    return FALSE;

  if (g_strcmp0 (self->kind, "all") != 0 &&
      g_strcmp0 (self->kind, readout_contradiction_kind_to_string (readout_contradiction_get_kind (contradiction))) != 0)
    return FALSE;

  return self->actor == NULL || involves_actor (contradiction, self->actor);
}

static gboolean
filter_contradiction (gpointer item,
                      gpointer user_data)
{
  return readout_contradiction_panel_shows (user_data, item);
}

static gboolean
filter_corroboration (gpointer item,
                      gpointer user_data)
{
  ReadoutContradictionPanel *self = user_data;

  return self->actor == NULL || involves_actor (item, self->actor);
}

/* Ranked by confidence; the sort is stable, so ties keep the detectors' order. */
static int
compare_confidence (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  double ca = readout_contradiction_get_confidence ((ReadoutContradiction *)a);
  double cb = readout_contradiction_get_confidence ((ReadoutContradiction *)b);

  return (ca < cb) - (ca > cb);
}

static void
refilter (ReadoutContradictionPanel *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* "Show 40 More (of 583)": visible while the list shows fewer rows than it has items. */
static void
update_more_button (GtkButton         *button,
                    GtkSliceListModel *page,
                    guint              n_items)
{
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (page));

  if (n_rows < n_items)
    {
      g_autofree char *label = NULL;

      /* TRANSLATORS: a button under a list: show N more rows, of the M rows not shown yet */
      label = g_strdup_printf (_("Show %u More (of %u)"), MIN (PAGE_SIZE, n_items - n_rows), n_items - n_rows);
      gtk_button_set_label (button, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (button), n_rows < n_items);
}

static void
show_more (GtkSliceListModel *page)
{
  gtk_slice_list_model_set_size (page, gtk_slice_list_model_get_size (page) + PAGE_SIZE);
}

static void
on_more_contradictions_clicked (ReadoutContradictionPanel *self)
{
  show_more (self->shown_page);
}

static void
on_more_corroborations_clicked (ReadoutContradictionPanel *self)
{
  show_more (self->corroborations_page);
}

/* Grows the page until it holds item, when the whole list has it. */
static void
page_in (GtkSliceListModel *page,
         GListModel        *all,
         gpointer           item)
{
  guint n = g_list_model_get_n_items (all);
  guint size = gtk_slice_list_model_get_size (page);

  for (guint i = size; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (all, i);

      if (other == item)
        {
          gtk_slice_list_model_set_size (page, (i / PAGE_SIZE + 1) * PAGE_SIZE);
          return;
        }
    }
}

static void
update_counts (ReadoutContradictionPanel *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  guint total = self->corpus ? g_list_model_get_n_items (readout_corpus_get_contradictions (self->corpus)) : 0;
  guint corroborations = g_list_model_get_n_items (G_LIST_MODEL (self->corroborations));
  g_autofree char *count = NULL;
  g_autofree char *corroboration_count = NULL;

  if (shown == total)
    count = g_strdup_printf ("%u", total);
  else
    /* TRANSLATORS: "3 of 12" contradictions shown */
    count = g_strdup_printf (_("%u of %u"), shown, total);
  gtk_label_set_label (self->count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), total > 0);

  corroboration_count = g_strdup_printf ("%u", corroborations);
  gtk_label_set_label (self->corroborations_count_label, corroboration_count);
  gtk_widget_set_visible (GTK_WIDGET (self->corroborations_count_label), corroborations > 0);

  update_more_button (self->more_contradictions_button, self->shown_page, shown);
  update_more_button (self->more_corroborations_button, self->corroborations_page, corroborations);
}

static ReadoutContradictionRow *
find_row (GtkListBox           *list,
          ReadoutContradiction *contradiction)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (READOUT_IS_CONTRADICTION_ROW (child) &&
          readout_contradiction_row_get_contradiction (READOUT_CONTRADICTION_ROW (child)) == contradiction)
        return READOUT_CONTRADICTION_ROW (child);
    }
  return NULL;
}

static void
expand_only (GtkListBox              *list,
             ReadoutContradictionRow *expanded)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (READOUT_IS_CONTRADICTION_ROW (child))
        readout_contradiction_row_set_expanded (READOUT_CONTRADICTION_ROW (child),
                                                child == GTK_WIDGET (expanded));
    }
}

/* Makes the lists show self->selected, selected and expanded, without signalling back. */
static void
sync_rows (ReadoutContradictionPanel *self)
{
  ReadoutContradictionRow *row = NULL;
  GtkListBox *list = NULL;

  if (self->selected != NULL)
    {
      gboolean corroboration = readout_contradiction_is_corroboration (self->selected);

      /* Selected elsewhere (the graph, the reader): make its row if it is not made yet */
      self->selecting = TRUE;
      if (corroboration)
        page_in (self->corroborations_page, G_LIST_MODEL (self->corroborations), self->selected);
      else
        page_in (self->shown_page, G_LIST_MODEL (self->shown), self->selected);
      self->selecting = FALSE;
      list = corroboration ? self->corroborations_list : self->contradictions_list;
      row = find_row (list, self->selected);
    }

  self->selecting = TRUE;
  if (list != self->contradictions_list || row == NULL)
    gtk_list_box_unselect_all (self->contradictions_list);
  if (list != self->corroborations_list || row == NULL)
    gtk_list_box_unselect_all (self->corroborations_list);
  if (row != NULL)
    gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (row));
  expand_only (self->contradictions_list, list == self->contradictions_list ? row : NULL);
  expand_only (self->corroborations_list, list == self->corroborations_list ? row : NULL);
  self->selecting = FALSE;
}

static void
set_selected_internal (ReadoutContradictionPanel *self,
                       ReadoutContradiction      *contradiction)
{
  if (g_set_object (&self->selected, contradiction))
    {
      sync_rows (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
    }
}

static void
on_row_selected (ReadoutContradictionPanel *self,
                 GtkListBoxRow             *row,
                 GtkListBox                *list)
{
  /* A row vanishing (refiltering, a new analysis) is not the user clearing the selection. */
  if (self->selecting || row == NULL)
    return;
  set_selected_internal (self, readout_contradiction_row_get_contradiction (READOUT_CONTRADICTION_ROW (row)));
}

static void
on_evidence_activated (ReadoutContradictionPanel *self,
                       guint                      index,
                       ReadoutContradictionRow   *row)
{
  ReadoutContradiction *contradiction = readout_contradiction_row_get_contradiction (row);

  set_selected_internal (self, contradiction);
  g_signal_emit (self, signals[EVIDENCE_ACTIVATED], 0, contradiction, index);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  ReadoutContradictionPanel *self = user_data;
  GtkWidget *row = readout_contradiction_row_new (item);

  g_signal_connect_object (row, "evidence-activated", G_CALLBACK (on_evidence_activated), self,
                           G_CONNECT_SWAPPED);
  if (item == (gpointer)self->selected)
    readout_contradiction_row_set_expanded (READOUT_CONTRADICTION_ROW (row), TRUE);
  return row;
}

static void
on_shown_changed (ReadoutContradictionPanel *self)
{
  update_counts (self);
  sync_rows (self);
}

static void
on_review_changed (ReadoutContradictionPanel *self)
{
  refilter (self);
}

/* The filter looks at review states, which the user changes in place: follow them. */
static void
on_contradictions_changed (GListModel                *model,
                           guint                      position,
                           guint                      removed,
                           guint                      added,
                           ReadoutContradictionPanel *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(ReadoutContradiction) item = g_list_model_get_item (model, i);

      g_signal_handlers_disconnect_by_func (item, on_review_changed, self);
      g_signal_connect_object (item, "notify::review", G_CALLBACK (on_review_changed), self,
                               G_CONNECT_SWAPPED);
    }
}

void
readout_contradiction_panel_set_corpus (ReadoutContradictionPanel *self,
                                        ReadoutCorpus             *corpus)
{
  GListModel *contradictions = NULL;
  GListModel *corroborations = NULL;

  g_return_if_fail (READOUT_IS_CONTRADICTION_PANEL (self));
  g_return_if_fail (!corpus || READOUT_IS_CORPUS (corpus));

  if (self->corpus == corpus)
    return;

  if (self->watched != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->watched, on_contradictions_changed, self);
      g_clear_object (&self->watched);
    }
  g_set_object (&self->corpus, corpus);

  if (corpus != NULL)
    {
      contradictions = readout_corpus_get_contradictions (corpus);
      corroborations = readout_corpus_get_corroborations (corpus);
      self->watched = g_object_ref (contradictions);
      g_signal_connect (contradictions, "items-changed", G_CALLBACK (on_contradictions_changed), self);
      on_contradictions_changed (contradictions, 0, 0, g_list_model_get_n_items (contradictions), self);
    }
  gtk_sort_list_model_set_model (self->ranked, contradictions);
  gtk_filter_list_model_set_model (self->corroborations, corroborations);
  update_counts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

ReadoutActor *
readout_contradiction_panel_get_actor (ReadoutContradictionPanel *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION_PANEL (self), NULL);
  return self->actor;
}

void
readout_contradiction_panel_set_actor (ReadoutContradictionPanel *self,
                                       ReadoutActor              *actor)
{
  g_return_if_fail (READOUT_IS_CONTRADICTION_PANEL (self));

  if (!g_set_object (&self->actor, actor))
    return;
  refilter (self);
  gtk_filter_changed (GTK_FILTER (self->corroboration_filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR]);
}

ReadoutContradiction *
readout_contradiction_panel_get_selected (ReadoutContradictionPanel *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION_PANEL (self), NULL);
  return self->selected;
}

void
readout_contradiction_panel_set_selected (ReadoutContradictionPanel *self,
                                          ReadoutContradiction      *contradiction)
{
  g_return_if_fail (READOUT_IS_CONTRADICTION_PANEL (self));
  g_return_if_fail (!contradiction || READOUT_IS_CONTRADICTION (contradiction));

  set_selected_internal (self, contradiction);
}

GListModel *
readout_contradiction_panel_get_shown (ReadoutContradictionPanel *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION_PANEL (self), NULL);
  return G_LIST_MODEL (self->shown);
}

static void
set_show_dismissed (ReadoutContradictionPanel *self,
                    gboolean                   show_dismissed)
{
  show_dismissed = !!show_dismissed;
  if (self->show_dismissed == show_dismissed)
    return;
  self->show_dismissed = show_dismissed;
  refilter (self);
  g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "show-dismissed",
                                      g_variant_new_boolean (show_dismissed));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_DISMISSED]);
}

static void
change_review (GSimpleAction *action,
               GVariant      *value,
               gpointer       user_data)
{
  ReadoutContradictionPanel *self = user_data;

  g_free (self->review);
  self->review = g_variant_dup_string (value, NULL);
  g_simple_action_set_state (action, value);
  refilter (self);
}

static void
change_kind (GSimpleAction *action,
             GVariant      *value,
             gpointer       user_data)
{
  ReadoutContradictionPanel *self = user_data;

  g_free (self->kind);
  self->kind = g_variant_dup_string (value, NULL);
  g_simple_action_set_state (action, value);
  refilter (self);
}

static void
change_show_dismissed (GSimpleAction *action,
                       GVariant      *value,
                       gpointer       user_data)
{
  g_simple_action_set_state (action, value);
  set_show_dismissed (user_data, g_variant_get_boolean (value));
}

static void
readout_contradiction_panel_dispose (GObject *object)
{
  ReadoutContradictionPanel *self = (ReadoutContradictionPanel *)object;

  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_func (self->watched, on_contradictions_changed, self);
  g_clear_object (&self->watched);
  gtk_widget_dispose_template (GTK_WIDGET (self), READOUT_TYPE_CONTRADICTION_PANEL);
  readout_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->corpus);
  g_clear_object (&self->actor);
  g_clear_object (&self->selected);
  g_clear_object (&self->shown);
  g_clear_object (&self->ranked);
  g_clear_object (&self->shown_page);
  g_clear_object (&self->corroborations_page);
  g_clear_object (&self->filter);
  g_clear_object (&self->corroborations);
  g_clear_object (&self->corroboration_filter);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (readout_contradiction_panel_parent_class)->dispose (object);
}

static void
readout_contradiction_panel_finalize (GObject *object)
{
  ReadoutContradictionPanel *self = (ReadoutContradictionPanel *)object;

  g_free (self->review);
  g_free (self->kind);

  G_OBJECT_CLASS (readout_contradiction_panel_parent_class)->finalize (object);
}

static void
readout_contradiction_panel_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  ReadoutContradictionPanel *self = READOUT_CONTRADICTION_PANEL (object);

  switch (prop_id)
    {
    case PROP_CORPUS: g_value_set_object (value, self->corpus); break;
    case PROP_ACTOR: g_value_set_object (value, self->actor); break;
    case PROP_SELECTED: g_value_set_object (value, self->selected); break;
    case PROP_SHOW_DISMISSED: g_value_set_boolean (value, self->show_dismissed); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_contradiction_panel_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  ReadoutContradictionPanel *self = READOUT_CONTRADICTION_PANEL (object);

  switch (prop_id)
    {
    case PROP_CORPUS: readout_contradiction_panel_set_corpus (self, g_value_get_object (value)); break;
    case PROP_ACTOR: readout_contradiction_panel_set_actor (self, g_value_get_object (value)); break;
    case PROP_SELECTED: readout_contradiction_panel_set_selected (self, g_value_get_object (value)); break;
    case PROP_SHOW_DISMISSED: set_show_dismissed (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_contradiction_panel_class_init (ReadoutContradictionPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = readout_contradiction_panel_dispose;
  object_class->finalize = readout_contradiction_panel_finalize;
  object_class->get_property = readout_contradiction_panel_get_property;
  object_class->set_property = readout_contradiction_panel_set_property;

  properties[PROP_CORPUS] = g_param_spec_object ("corpus", NULL, NULL, READOUT_TYPE_CORPUS, rw);
  properties[PROP_ACTOR] = g_param_spec_object ("actor", NULL, "Only contradictions involving this actor",
                                                READOUT_TYPE_ACTOR, rw);
  properties[PROP_SELECTED] = g_param_spec_object ("selected", NULL, NULL, READOUT_TYPE_CONTRADICTION, rw);
  properties[PROP_SHOW_DISMISSED] = g_param_spec_boolean ("show-dismissed", NULL,
                                                          "Whether dismissed contradictions are listed",
                                                          FALSE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* (contradiction, index): the user picked a piece of evidence to read. */
  signals[EVIDENCE_ACTIVATED] =
    g_signal_new ("evidence-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, READOUT_TYPE_CONTRADICTION, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/ui/readout-contradiction-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionPanel, corroborations_count_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionPanel, contradictions_list);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionPanel, corroborations_list);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionPanel, more_contradictions_button);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionPanel, more_corroborations_button);
  gtk_widget_class_bind_template_callback (widget_class, on_more_contradictions_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_more_corroborations_clicked);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionPanel, kind_section);
}

static void
readout_contradiction_panel_init (ReadoutContradictionPanel *self)
{
  const GActionEntry entries[] = {
    { "review", NULL, "s", "'all'", change_review },
    { "kind", NULL, "s", "'all'", change_kind },
    { "show-dismissed", NULL, NULL, "false", change_show_dismissed },
  };
  GEnumClass *kinds;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->review = g_strdup ("all");
  self->kind = g_strdup ("all");

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "panel", G_ACTION_GROUP (self->actions));

  kinds = g_type_class_ref (READOUT_TYPE_CONTRADICTION_KIND);
  for (guint i = 0; i < kinds->n_values; i++)
    {
      ReadoutContradictionKind kind = kinds->values[i].value;
      g_autoptr(GMenuItem) item = NULL;

      if (kind == READOUT_CONTRADICTION_CORROBORATION)
        continue;
      item = g_menu_item_new (readout_contradiction_kind_to_label (kind), NULL);
      g_menu_item_set_action_and_target (item, "panel.kind", "s", kinds->values[i].value_nick);
      g_menu_append_item (self->kind_section, item);
    }
  g_type_class_unref (kinds);

  self->filter = gtk_custom_filter_new (filter_contradiction, self, NULL);
  self->ranked = gtk_sort_list_model_new (NULL, GTK_SORTER (gtk_custom_sorter_new (compare_confidence, NULL, NULL)));
  self->shown = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->ranked)),
                                           g_object_ref (GTK_FILTER (self->filter)));
  self->corroboration_filter = gtk_custom_filter_new (filter_corroboration, self, NULL);
  self->corroborations = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->corroboration_filter)));

  self->shown_page = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->shown)), 0, PAGE_SIZE);
  self->corroborations_page = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->corroborations)), 0, PAGE_SIZE);

  gtk_list_box_bind_model (self->contradictions_list, G_LIST_MODEL (self->shown_page), create_row, self, NULL);
  gtk_list_box_bind_model (self->corroborations_list, G_LIST_MODEL (self->corroborations_page), create_row, self, NULL);
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (on_shown_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->corroborations, "items-changed", G_CALLBACK (on_shown_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->shown_page, "items-changed", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->corroborations_page, "items-changed", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->contradictions_list, "row-selected", G_CALLBACK (on_row_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->corroborations_list, "row-selected", G_CALLBACK (on_row_selected), self, G_CONNECT_SWAPPED);
  update_counts (self);
}
