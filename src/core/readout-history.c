/* readout-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-contradiction.h"
#include "readout-history.h"

/* One step: a correction, or a review change of the contradictions with one key. */
typedef struct
{
  ReadoutCorrection  *correction;
  char               *key;
  ReadoutReviewState  old_review;
  ReadoutReviewState  new_review;
  char               *old_note;
  char               *new_note;
  char               *label;
} Command;

static void
command_free (gpointer data)
{
  Command *command = data;

  g_clear_pointer (&command->correction, readout_correction_unref);
  g_free (command->key);
  g_free (command->old_note);
  g_free (command->new_note);
  g_free (command->label);
  g_free (command);
}

static char *
review_label (Command *command)
{
  if (command->old_review == command->new_review)
    return g_strdup (_("Edit Note"));
  switch (command->new_review)
    {
    case READOUT_REVIEW_CONFIRMED:
      return g_strdup (_("Confirm Contradiction"));
    case READOUT_REVIEW_DISMISSED:
      return g_strdup (_("Dismiss Contradiction"));
    case READOUT_REVIEW_UNREVIEWED:
    default:
      return g_strdup (_("Reset Review"));
    }
}

struct _ReadoutHistory
{
  GObject           parent_instance;

  ReadoutDecisions *decisions;
  GPtrArray        *undo_stack; /* Command, last = next to undo */
  GPtrArray        *redo_stack; /* Command, last = next to redo */
  guint             replaying;
};

G_DEFINE_FINAL_TYPE (ReadoutHistory, readout_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DECISIONS,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
notify_state (ReadoutHistory *self,
              gboolean        could_undo,
              gboolean        could_redo)
{
  if (could_undo != (self->undo_stack->len > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != (self->redo_stack->len > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
}

static Command *
top (GPtrArray *stack)
{
  return stack->len ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

static void
push_command (ReadoutHistory *self,
              Command        *command)
{
  gboolean could_undo = self->undo_stack->len > 0;
  gboolean could_redo = self->redo_stack->len > 0;

  g_ptr_array_add (self->undo_stack, command);
  /* A new action starts a new future. */
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_state (self, could_undo, could_redo);
}

static void
on_review_changed (ReadoutDecisions   *decisions,
                   const char         *key,
                   ReadoutReviewState  old_review,
                   const char         *old_note,
                   ReadoutReviewState  new_review,
                   const char         *new_note,
                   ReadoutHistory     *self)
{
  Command *last = top (self->undo_stack);
  Command *command;

  if (self->replaying)
    return;

  /* A note typed letter by letter is one step: merge note edits of the same contradiction. */
  if (last != NULL && last->correction == NULL && g_strcmp0 (last->key, key) == 0 &&
      last->old_review == last->new_review && old_review == new_review &&
      last->new_review == new_review && self->redo_stack->len == 0)
    {
      gboolean could_undo = TRUE;

      g_free (last->new_note);
      last->new_note = g_strdup (new_note);
      if (g_strcmp0 (last->old_note, last->new_note) == 0)
        g_ptr_array_set_size (self->undo_stack, self->undo_stack->len - 1);
      notify_state (self, could_undo, FALSE);
      return;
    }

  command = g_new0 (Command, 1);
  command->key = g_strdup (key);
  command->old_review = old_review;
  command->new_review = new_review;
  command->old_note = g_strdup (old_note);
  command->new_note = g_strdup (new_note);
  command->label = review_label (command);
  push_command (self, command);
}

static void
on_correction_added (ReadoutDecisions  *decisions,
                     ReadoutCorrection *correction,
                     ReadoutHistory    *self)
{
  Command *command;

  if (self->replaying)
    return;

  command = g_new0 (Command, 1);
  command->correction = readout_correction_ref (correction);
  command->label = readout_correction_dup_label (correction);
  push_command (self, command);
}

static void
readout_history_dispose (GObject *object)
{
  ReadoutHistory *self = (ReadoutHistory *)object;

  if (self->decisions)
    g_signal_handlers_disconnect_by_data (self->decisions, self);
  g_clear_object (&self->decisions);

  G_OBJECT_CLASS (readout_history_parent_class)->dispose (object);
}

static void
readout_history_finalize (GObject *object)
{
  ReadoutHistory *self = (ReadoutHistory *)object;

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);

  G_OBJECT_CLASS (readout_history_parent_class)->finalize (object);
}

static void
readout_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ReadoutHistory *self = READOUT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_DECISIONS: g_value_set_object (value, self->decisions); break;
    case PROP_CAN_UNDO: g_value_set_boolean (value, readout_history_get_can_undo (self)); break;
    case PROP_CAN_REDO: g_value_set_boolean (value, readout_history_get_can_redo (self)); break;
    case PROP_UNDO_LABEL: g_value_set_string (value, readout_history_get_undo_label (self)); break;
    case PROP_REDO_LABEL: g_value_set_string (value, readout_history_get_redo_label (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_history_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ReadoutHistory *self = READOUT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_DECISIONS:
      self->decisions = g_value_dup_object (value);
      g_signal_connect (self->decisions, "review-changed", G_CALLBACK (on_review_changed), self);
      g_signal_connect (self->decisions, "correction-added", G_CALLBACK (on_correction_added), self);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_history_class_init (ReadoutHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = readout_history_dispose;
  object_class->finalize = readout_history_finalize;
  object_class->get_property = readout_history_get_property;
  object_class->set_property = readout_history_set_property;

  properties[PROP_DECISIONS] = g_param_spec_object ("decisions", NULL, NULL, READOUT_TYPE_DECISIONS,
                                                    G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                    G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, ro);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_history_init (ReadoutHistory *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func (command_free);
  self->redo_stack = g_ptr_array_new_with_free_func (command_free);
}

ReadoutHistory *
readout_history_new (ReadoutDecisions *decisions)
{
  g_return_val_if_fail (READOUT_IS_DECISIONS (decisions), NULL);
  return g_object_new (READOUT_TYPE_HISTORY, "decisions", decisions, NULL);
}

ReadoutDecisions *
readout_history_get_decisions (ReadoutHistory *self)
{
  g_return_val_if_fail (READOUT_IS_HISTORY (self), NULL);
  return self->decisions;
}

gboolean
readout_history_get_can_undo (ReadoutHistory *self)
{
  g_return_val_if_fail (READOUT_IS_HISTORY (self), FALSE);
  return self->undo_stack->len > 0;
}

gboolean
readout_history_get_can_redo (ReadoutHistory *self)
{
  g_return_val_if_fail (READOUT_IS_HISTORY (self), FALSE);
  return self->redo_stack->len > 0;
}

const char *
readout_history_get_undo_label (ReadoutHistory *self)
{
  Command *command;

  g_return_val_if_fail (READOUT_IS_HISTORY (self), NULL);
  command = top (self->undo_stack);
  return command ? command->label : NULL;
}

const char *
readout_history_get_redo_label (ReadoutHistory *self)
{
  Command *command;

  g_return_val_if_fail (READOUT_IS_HISTORY (self), NULL);
  command = top (self->redo_stack);
  return command ? command->label : NULL;
}

gboolean
readout_history_undo (ReadoutHistory  *self,
                      GError         **error)
{
  gboolean could_undo, could_redo;
  Command *command;

  g_return_val_if_fail (READOUT_IS_HISTORY (self), FALSE);

  if (self->undo_stack->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is nothing to undo"));
      return FALSE;
    }
  could_undo = TRUE;
  could_redo = self->redo_stack->len > 0;
  command = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);

  self->replaying++;
  if (command->correction != NULL)
    {
      guint n = readout_decisions_get_n_corrections (self->decisions);
      ReadoutCorrection *last = n ? readout_decisions_get_correction (self->decisions, n - 1) : NULL;

      /* Corrections are undone last first; anything else means the decisions were replaced
       * (another project opened) and this history is stale. */
      if (last != command->correction)
        {
          self->replaying--;
          command_free (command);
          g_ptr_array_set_size (self->undo_stack, 0);
          g_ptr_array_set_size (self->redo_stack, 0);
          notify_state (self, could_undo, could_redo);
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("This change can no longer be undone"));
          return FALSE;
        }
      readout_correction_unref (readout_decisions_undo_correction (self->decisions));
    }
  else
    readout_decisions_set_review (self->decisions, command->key, command->old_review, command->old_note);
  self->replaying--;

  g_ptr_array_add (self->redo_stack, command);
  notify_state (self, could_undo, could_redo);
  return TRUE;
}

gboolean
readout_history_redo (ReadoutHistory  *self,
                      GError         **error)
{
  gboolean could_undo, could_redo;
  Command *command;

  g_return_val_if_fail (READOUT_IS_HISTORY (self), FALSE);

  if (self->redo_stack->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is nothing to redo"));
      return FALSE;
    }
  could_undo = self->undo_stack->len > 0;
  could_redo = TRUE;
  command = g_ptr_array_steal_index (self->redo_stack, self->redo_stack->len - 1);

  self->replaying++;
  if (command->correction != NULL)
    {
      if (!readout_decisions_add_correction (self->decisions, command->correction, error))
        {
          /* The analysis changed under it; what came after it cannot be redone either. */
          self->replaying--;
          command_free (command);
          g_ptr_array_set_size (self->redo_stack, 0);
          notify_state (self, could_undo, could_redo);
          return FALSE;
        }
    }
  else
    readout_decisions_set_review (self->decisions, command->key, command->new_review, command->new_note);
  self->replaying--;

  g_ptr_array_add (self->undo_stack, command);
  notify_state (self, could_undo, could_redo);
  return TRUE;
}

void
readout_history_clear (ReadoutHistory *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (READOUT_IS_HISTORY (self));

  could_undo = self->undo_stack->len > 0;
  could_redo = self->redo_stack->len > 0;
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_state (self, could_undo, could_redo);
}
