/* readout-contradiction-row.c: one contradiction or corroboration in the panel.
 *
 * The row only shows its model object and writes the user's review and note back to it;
 * whoever records undo history listens to the model, not to this widget.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "readout-contradiction-row.h"

/* Evidence longer than this is shortened in the row; the reader shows it whole. */
#define MAX_QUOTE_CHARS 280
#define COLLAPSED_SUMMARY_LINES 3

struct _ReadoutContradictionRow
{
  GtkListBoxRow         parent_instance;

  ReadoutContradiction *contradiction;
  gboolean              updating;

  GtkImage             *kind_icon;
  GtkLabel             *kind_label;
  GtkLabel             *review_label;
  GtkLabel             *confidence_label;
  GtkLabel             *summary_label;
  GtkLevelBar          *confidence_bar;
  GtkRevealer          *details_revealer;
  GtkListBox           *evidence_list;
  GtkToggleButton      *confirm_button;
  GtkToggleButton      *dismiss_button;
  AdwEntryRow          *note_row;
};

G_DEFINE_FINAL_TYPE (ReadoutContradictionRow, readout_contradiction_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_CONTRADICTION,
  PROP_EXPANDED,
  N_PROPS
};

enum {
  EVIDENCE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

const char *
readout_contradiction_kind_icon_name (ReadoutContradictionKind kind)
{
  switch (kind)
    {
    case READOUT_CONTRADICTION_ATTRIBUTION: return "system-users-symbolic";
    case READOUT_CONTRADICTION_STANCE: return "dialog-warning-symbolic";
    case READOUT_CONTRADICTION_NUMERIC: return "accessories-calculator-symbolic";
    case READOUT_CONTRADICTION_DATE: return "x-office-calendar-symbolic";
    case READOUT_CONTRADICTION_RETRACTION: return "edit-undo-symbolic";
    case READOUT_CONTRADICTION_QUOTE_VARIANT: return "format-text-italic-symbolic";
    case READOUT_CONTRADICTION_OMISSION: return "edit-cut-symbolic";
    case READOUT_CONTRADICTION_NEGATION: return "action-unavailable-symbolic";
    case READOUT_CONTRADICTION_CORROBORATION: return "emblem-ok-symbolic";
    case READOUT_CONTRADICTION_OTHER:
    default: return "dialog-question-symbolic";
    }
}

static char *
shorten_quote (const char *text)
{
  g_autoptr(GString) collapsed = g_string_new (NULL);
  gboolean pending_space = FALSE;

  /* Line breaks inside a quote come from the page layout, not from the speaker. */
  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          pending_space = collapsed->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (collapsed, ' ');
      pending_space = FALSE;
      g_string_append_c (collapsed, *p);
    }

  if (g_utf8_strlen (collapsed->str, -1) > MAX_QUOTE_CHARS)
    {
      const char *cut = g_utf8_offset_to_pointer (collapsed->str, MAX_QUOTE_CHARS);
      g_string_truncate (collapsed, cut - collapsed->str);
      return g_strdup_printf ("“%s…”", collapsed->str);
    }
  return g_strdup_printf ("“%s”", collapsed->str);
}

static GtkWidget *
create_evidence_row (ReadoutEvidence *evidence)
{
  ReadoutDocument *document = readout_evidence_get_document (evidence);
  g_autofree char *quote = shorten_quote (readout_evidence_get_text (evidence));
  GtkWidget *row, *box, *outlet, *text;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);

  outlet = gtk_label_new (document != NULL ? readout_document_get_display_name (document) : "");
  gtk_label_set_xalign (GTK_LABEL (outlet), 0);
  gtk_label_set_ellipsize (GTK_LABEL (outlet), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (outlet, "caption-heading");
  gtk_widget_add_css_class (outlet, "evidence-outlet");
  gtk_box_append (GTK_BOX (box), outlet);

  text = gtk_label_new (quote);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (text), GTK_NATURAL_WRAP_NONE);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 40);
  gtk_widget_add_css_class (text, "evidence-quote");
  gtk_box_append (GTK_BOX (box), text);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Show in the reader"));
  return row;
}

static void
on_evidence_row_activated (ReadoutContradictionRow *self,
                           GtkListBoxRow           *row)
{
  g_signal_emit (self, signals[EVIDENCE_ACTIVATED], 0, (guint)gtk_list_box_row_get_index (row));
}

static void
update_review (ReadoutContradictionRow *self)
{
  ReadoutReviewState review = readout_contradiction_get_review (self->contradiction);

  self->updating = TRUE;
  gtk_toggle_button_set_active (self->confirm_button, review == READOUT_REVIEW_CONFIRMED);
  gtk_toggle_button_set_active (self->dismiss_button, review == READOUT_REVIEW_DISMISSED);
  self->updating = FALSE;

  gtk_widget_remove_css_class (GTK_WIDGET (self->review_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dismissed");
  switch (review)
    {
    case READOUT_REVIEW_CONFIRMED:
      gtk_label_set_label (self->review_label, _("Confirmed"));
      gtk_widget_add_css_class (GTK_WIDGET (self->review_label), "success");
      gtk_widget_set_visible (GTK_WIDGET (self->review_label), TRUE);
      break;
    case READOUT_REVIEW_DISMISSED:
      gtk_label_set_label (self->review_label, _("Dismissed"));
      gtk_widget_add_css_class (GTK_WIDGET (self), "dismissed");
      gtk_widget_set_visible (GTK_WIDGET (self->review_label), TRUE);
      break;
    case READOUT_REVIEW_UNREVIEWED:
    default:
      gtk_widget_set_visible (GTK_WIDGET (self->review_label), FALSE);
      break;
    }
}

static void
update_note (ReadoutContradictionRow *self)
{
  const char *note = readout_contradiction_get_note (self->contradiction);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->note_row)), note ? note : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->note_row), note ? note : "");
}

static void
update_summary (ReadoutContradictionRow *self)
{
  ReadoutContradiction *c = self->contradiction;
  ReadoutContradictionKind kind = readout_contradiction_get_kind (c);
  double confidence = readout_contradiction_get_confidence (c);
  g_autofree char *percent = NULL;
  g_autofree char *accessible = NULL;

  gtk_image_set_from_icon_name (self->kind_icon, readout_contradiction_kind_icon_name (kind));
  gtk_label_set_label (self->kind_label, readout_contradiction_kind_to_label (kind));
  gtk_label_set_label (self->summary_label, readout_contradiction_get_summary (c));
  /* TRANSLATORS: a confidence, e.g. "82 %" */
  percent = g_strdup_printf (_("%d %%"), (int)(confidence * 100 + 0.5));
  gtk_label_set_label (self->confidence_label, percent);
  gtk_level_bar_set_value (self->confidence_bar, confidence);

  accessible = g_strdup_printf (_("%s, confidence %s: %s"),
                                readout_contradiction_kind_to_label (kind), percent,
                                readout_contradiction_get_summary (c));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
set_review_from_buttons (ReadoutContradictionRow *self,
                         ReadoutReviewState       pressed,
                         gboolean                 active)
{
  ReadoutReviewState review;

  if (self->updating || self->contradiction == NULL)
    return;

  review = active ? pressed : READOUT_REVIEW_UNREVIEWED;
  if (readout_contradiction_get_review (self->contradiction) != review)
    readout_contradiction_set_review (self->contradiction, review);
  else
    update_review (self);
}

static void
on_confirm_toggled (ReadoutContradictionRow *self,
                    GtkToggleButton         *button)
{
  set_review_from_buttons (self, READOUT_REVIEW_CONFIRMED, gtk_toggle_button_get_active (button));
}

static void
on_dismiss_toggled (ReadoutContradictionRow *self,
                    GtkToggleButton         *button)
{
  set_review_from_buttons (self, READOUT_REVIEW_DISMISSED, gtk_toggle_button_get_active (button));
}

static void
on_note_apply (ReadoutContradictionRow *self,
               AdwEntryRow             *row)
{
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (self->contradiction == NULL)
    return;
  if (g_strcmp0 (readout_contradiction_get_note (self->contradiction), note) != 0)
    readout_contradiction_set_note (self->contradiction, *note ? note : NULL);
}

static void
readout_contradiction_row_set_contradiction (ReadoutContradictionRow *self,
                                             ReadoutContradiction    *contradiction)
{
  GListModel *evidence;

  g_assert (self->contradiction == NULL);
  if (contradiction == NULL)
    return;

  self->contradiction = g_object_ref (contradiction);
  g_signal_connect_object (contradiction, "notify::review", G_CALLBACK (update_review), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (contradiction, "notify::note", G_CALLBACK (update_note), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (contradiction, "notify::summary", G_CALLBACK (update_summary), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (contradiction, "notify::confidence", G_CALLBACK (update_summary), self,
                           G_CONNECT_SWAPPED);

  evidence = readout_contradiction_get_evidence (contradiction);
  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(ReadoutEvidence) item = g_list_model_get_item (evidence, i);
      gtk_list_box_append (self->evidence_list, create_evidence_row (item));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_list), g_list_model_get_n_items (evidence) > 0);

  if (readout_contradiction_is_corroboration (contradiction))
    gtk_widget_add_css_class (GTK_WIDGET (self), "corroboration");

  update_summary (self);
  update_review (self);
  update_note (self);
}

static void
readout_contradiction_row_dispose (GObject *object)
{
  ReadoutContradictionRow *self = (ReadoutContradictionRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), READOUT_TYPE_CONTRADICTION_ROW);
  g_clear_object (&self->contradiction);

  G_OBJECT_CLASS (readout_contradiction_row_parent_class)->dispose (object);
}

static void
readout_contradiction_row_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  ReadoutContradictionRow *self = READOUT_CONTRADICTION_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTRADICTION: g_value_set_object (value, self->contradiction); break;
    case PROP_EXPANDED: g_value_set_boolean (value, readout_contradiction_row_get_expanded (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_contradiction_row_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  ReadoutContradictionRow *self = READOUT_CONTRADICTION_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTRADICTION:
      readout_contradiction_row_set_contradiction (self, g_value_get_object (value));
      break;
    case PROP_EXPANDED:
      readout_contradiction_row_set_expanded (self, g_value_get_boolean (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_contradiction_row_class_init (ReadoutContradictionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_contradiction_row_dispose;
  object_class->get_property = readout_contradiction_row_get_property;
  object_class->set_property = readout_contradiction_row_set_property;

  properties[PROP_CONTRADICTION] =
    g_param_spec_object ("contradiction", NULL, NULL, READOUT_TYPE_CONTRADICTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, "Whether the evidence and review are shown", FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user picked evidence number index to see it in the reader. */
  signals[EVIDENCE_ACTIVATED] =
    g_signal_new ("evidence-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/ui/readout-contradiction-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionRow, review_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionRow, confidence_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionRow, confidence_bar);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionRow, details_revealer);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionRow, evidence_list);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionRow, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionRow, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, ReadoutContradictionRow, note_row);
  gtk_widget_class_bind_template_callback (widget_class, on_confirm_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_dismiss_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_note_apply);
}

/* Collapsed rows keep the list scannable; the selected one shows its summary in full. */
static void
update_summary_lines (ReadoutContradictionRow *self)
{
  gboolean expanded = gtk_revealer_get_reveal_child (self->details_revealer);

  gtk_label_set_lines (self->summary_label, expanded ? -1 : COLLAPSED_SUMMARY_LINES);
  gtk_label_set_ellipsize (self->summary_label, expanded ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
}

static void
readout_contradiction_row_init (ReadoutContradictionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_summary_lines (self);

  g_signal_connect_object (self->evidence_list, "row-activated",
                           G_CALLBACK (on_evidence_row_activated), self, G_CONNECT_SWAPPED);
}

GtkWidget *
readout_contradiction_row_new (ReadoutContradiction *contradiction)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION (contradiction), NULL);

  return g_object_new (READOUT_TYPE_CONTRADICTION_ROW, "contradiction", contradiction, NULL);
}

ReadoutContradiction *
readout_contradiction_row_get_contradiction (ReadoutContradictionRow *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION_ROW (self), NULL);
  return self->contradiction;
}

gboolean
readout_contradiction_row_get_expanded (ReadoutContradictionRow *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION_ROW (self), FALSE);
  return gtk_revealer_get_reveal_child (self->details_revealer);
}

void
readout_contradiction_row_set_expanded (ReadoutContradictionRow *self,
                                        gboolean                 expanded)
{
  g_return_if_fail (READOUT_IS_CONTRADICTION_ROW (self));

  expanded = !!expanded;
  if (readout_contradiction_row_get_expanded (self) == expanded)
    return;
  gtk_revealer_set_reveal_child (self->details_revealer, expanded);
  update_summary_lines (self);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}
