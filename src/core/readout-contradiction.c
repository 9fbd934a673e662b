/* readout-contradiction.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-actor.h"
#include "readout-contradiction.h"
#include "readout-document.h"
#include "readout-enums.h"
#include "readout-evidence.h"
#include "readout-statement.h"
#include "readout-util.h"

struct _ReadoutContradiction
{
  GObject parent_instance;

  char                     *id;
  ReadoutContradictionKind  kind;
  char                     *summary;
  double                    confidence;
  ReadoutReviewState        review;
  char                     *note;
  GListStore               *evidence;
  GListStore               *statements;
  GListStore               *actors;
  GHashTable               *members; /* statements and actors already added */
};

G_DEFINE_FINAL_TYPE (ReadoutContradiction, readout_contradiction, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_SUMMARY,
  PROP_CONFIDENCE,
  PROP_REVIEW,
  PROP_NOTE,
  PROP_EVIDENCE,
  PROP_STATEMENTS,
  PROP_ACTORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
readout_contradiction_finalize (GObject *object)
{
  ReadoutContradiction *self = (ReadoutContradiction *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_object (&self->evidence);
  g_clear_object (&self->statements);
  g_clear_object (&self->actors);
  g_clear_pointer (&self->members, g_hash_table_unref);

  G_OBJECT_CLASS (readout_contradiction_parent_class)->finalize (object);
}

static void
readout_contradiction_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ReadoutContradiction *self = READOUT_CONTRADICTION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    case PROP_CONFIDENCE: g_value_set_double (value, self->confidence); break;
    case PROP_REVIEW: g_value_set_enum (value, self->review); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    case PROP_EVIDENCE: g_value_set_object (value, self->evidence); break;
    case PROP_STATEMENTS: g_value_set_object (value, self->statements); break;
    case PROP_ACTORS: g_value_set_object (value, self->actors); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_contradiction_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ReadoutContradiction *self = READOUT_CONTRADICTION (object);

  switch (prop_id)
    {
    case PROP_ID: readout_contradiction_set_id (self, g_value_get_string (value)); break;
    case PROP_KIND: self->kind = g_value_get_enum (value); break;
    case PROP_SUMMARY: readout_contradiction_set_summary (self, g_value_get_string (value)); break;
    case PROP_CONFIDENCE: readout_contradiction_set_confidence (self, g_value_get_double (value)); break;
    case PROP_REVIEW: readout_contradiction_set_review (self, g_value_get_enum (value)); break;
    case PROP_NOTE: readout_contradiction_set_note (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_contradiction_class_init (ReadoutContradictionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = readout_contradiction_finalize;
  object_class->get_property = readout_contradiction_get_property;
  object_class->set_property = readout_contradiction_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, rw);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, READOUT_TYPE_CONTRADICTION_KIND,
                                             READOUT_CONTRADICTION_OTHER,
                                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                             G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, "One sentence a reader can check",
                                                  NULL, rw);
  properties[PROP_CONFIDENCE] = g_param_spec_double ("confidence", NULL, NULL, 0.0, 1.0, 0.5, rw);
  properties[PROP_REVIEW] = g_param_spec_enum ("review", NULL, "The user's review decision",
                                               READOUT_TYPE_REVIEW_STATE, READOUT_REVIEW_UNREVIEWED, rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, "The user's note", NULL, rw);
  properties[PROP_EVIDENCE] = g_param_spec_object ("evidence", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_STATEMENTS] = g_param_spec_object ("statements", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_ACTORS] = g_param_spec_object ("actors", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_contradiction_init (ReadoutContradiction *self)
{
  self->confidence = 0.5;
  self->evidence = g_list_store_new (READOUT_TYPE_EVIDENCE);
  self->statements = g_list_store_new (READOUT_TYPE_STATEMENT);
  self->actors = g_list_store_new (READOUT_TYPE_ACTOR);
  self->members = g_hash_table_new (NULL, NULL);
}

ReadoutContradiction *
readout_contradiction_new (ReadoutContradictionKind  kind,
                           const char               *summary,
                           double                    confidence)
{
  return g_object_new (READOUT_TYPE_CONTRADICTION,
                       "kind", kind,
                       "summary", summary,
                       "confidence", CLAMP (confidence, 0.0, 1.0),
                       NULL);
}

const char *
readout_contradiction_get_id (ReadoutContradiction *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION (self), NULL);
  return self->id;
}

void
readout_contradiction_set_id (ReadoutContradiction *self,
                              const char           *id)
{
  g_return_if_fail (READOUT_IS_CONTRADICTION (self));
  if (readout_set_str (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

ReadoutContradictionKind
readout_contradiction_get_kind (ReadoutContradiction *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION (self), READOUT_CONTRADICTION_OTHER);
  return self->kind;
}

gboolean
readout_contradiction_is_corroboration (ReadoutContradiction *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION (self), FALSE);
  return self->kind == READOUT_CONTRADICTION_CORROBORATION;
}

const char *
readout_contradiction_get_summary (ReadoutContradiction *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION (self), NULL);
  return self->summary;
}

void
readout_contradiction_set_summary (ReadoutContradiction *self,
                                   const char           *summary)
{
  g_return_if_fail (READOUT_IS_CONTRADICTION (self));
  if (readout_set_str (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

double
readout_contradiction_get_confidence (ReadoutContradiction *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION (self), 0.0);
  return self->confidence;
}

void
readout_contradiction_set_confidence (ReadoutContradiction *self,
                                      double                confidence)
{
  g_return_if_fail (READOUT_IS_CONTRADICTION (self));
  confidence = CLAMP (confidence, 0.0, 1.0);
  if (self->confidence != confidence)
    {
      self->confidence = confidence;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENCE]);
    }
}

ReadoutReviewState
readout_contradiction_get_review (ReadoutContradiction *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION (self), READOUT_REVIEW_UNREVIEWED);
  return self->review;
}

void
readout_contradiction_set_review (ReadoutContradiction *self,
                                  ReadoutReviewState    review)
{
  g_return_if_fail (READOUT_IS_CONTRADICTION (self));
  if (self->review != review)
    {
      self->review = review;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
    }
}

const char *
readout_contradiction_get_note (ReadoutContradiction *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION (self), NULL);
  return self->note;
}

void
readout_contradiction_set_note (ReadoutContradiction *self,
                                const char           *note)
{
  g_return_if_fail (READOUT_IS_CONTRADICTION (self));
  if (note != NULL && *note == '\0')
    note = NULL;
  if (readout_set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

GListModel *
readout_contradiction_get_evidence (ReadoutContradiction *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION (self), NULL);
  return G_LIST_MODEL (self->evidence);
}

void
readout_contradiction_add_evidence (ReadoutContradiction *self,
                                    ReadoutEvidence      *evidence)
{
  g_return_if_fail (READOUT_IS_CONTRADICTION (self));
  g_return_if_fail (READOUT_IS_EVIDENCE (evidence));
  g_list_store_append (self->evidence, evidence);
}

GListModel *
readout_contradiction_get_statements (ReadoutContradiction *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION (self), NULL);
  return G_LIST_MODEL (self->statements);
}

void
readout_contradiction_add_statement (ReadoutContradiction *self,
                                     ReadoutStatement     *statement)
{
  g_return_if_fail (READOUT_IS_CONTRADICTION (self));
  g_return_if_fail (READOUT_IS_STATEMENT (statement));
  /* The set answers "new?" at once; a hit is checked against the list, which user corrections
   * edit directly. */
  if (g_hash_table_add (self->members, statement) || !g_list_store_find (self->statements, statement, NULL))
    g_list_store_append (self->statements, statement);
}

GListModel *
readout_contradiction_get_actors (ReadoutContradiction *self)
{
  g_return_val_if_fail (READOUT_IS_CONTRADICTION (self), NULL);
  return G_LIST_MODEL (self->actors);
}

void
readout_contradiction_add_actor (ReadoutContradiction *self,
                                 ReadoutActor         *actor)
{
  g_return_if_fail (READOUT_IS_CONTRADICTION (self));
  g_return_if_fail (READOUT_IS_ACTOR (actor));
  /* The set answers "new?" at once; a hit is checked against the list, which user corrections
   * edit directly. */
  if (g_hash_table_add (self->members, actor) || !g_list_store_find (self->actors, actor, NULL))
    g_list_store_append (self->actors, actor);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

char *
readout_contradiction_dup_key (ReadoutContradiction *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GString *key;
  guint n;

  g_return_val_if_fail (READOUT_IS_CONTRADICTION (self), NULL);

  /* Evidence order may change between versions of a detector; sort it. Offsets are left out
   * so that a decision survives a loader change that moves the text a little. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->evidence));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutEvidence) evidence = g_list_model_get_item (G_LIST_MODEL (self->evidence), i);
      ReadoutDocument *document = readout_evidence_get_document (evidence);
      const char *source = readout_document_get_path (document);

      if (source == NULL)
        source = readout_document_get_uri (document);
      g_ptr_array_add (parts, g_strdup_printf ("%s:%s", source ? source : "",
                                               readout_evidence_get_text (evidence)));
    }
  g_ptr_array_sort (parts, compare_strings);

  key = g_string_new (readout_contradiction_kind_to_string (self->kind));
  for (guint i = 0; i < parts->len; i++)
    {
      g_string_append_c (key, '|');
      g_string_append (key, g_ptr_array_index (parts, i));
    }
  return g_string_free (key, FALSE);
}

const char *
readout_contradiction_kind_to_string (ReadoutContradictionKind kind)
{
  GEnumClass *klass = g_type_class_ref (READOUT_TYPE_CONTRADICTION_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  g_type_class_unref (klass);
  return value ? value->value_nick : "other";
}

ReadoutContradictionKind
readout_contradiction_kind_from_string (const char *str)
{
  GEnumClass *klass = g_type_class_ref (READOUT_TYPE_CONTRADICTION_KIND);
  GEnumValue *value = str ? g_enum_get_value_by_nick (klass, str) : NULL;
  ReadoutContradictionKind kind = value ? (ReadoutContradictionKind)value->value : READOUT_CONTRADICTION_OTHER;

  g_type_class_unref (klass);
  return kind;
}

const char *
readout_contradiction_kind_to_label (ReadoutContradictionKind kind)
{
  switch (kind)
    {
    case READOUT_CONTRADICTION_ATTRIBUTION: return _("Attribution");
    case READOUT_CONTRADICTION_STANCE: return _("Stance");
    case READOUT_CONTRADICTION_NUMERIC: return _("Numbers");
    case READOUT_CONTRADICTION_DATE: return _("Dates");
    case READOUT_CONTRADICTION_RETRACTION: return _("Retraction");
    case READOUT_CONTRADICTION_QUOTE_VARIANT: return _("Quote wording");
    case READOUT_CONTRADICTION_OMISSION: return _("Omission");
    case READOUT_CONTRADICTION_NEGATION: return _("Negation");
    case READOUT_CONTRADICTION_CORROBORATION: return _("Corroboration");
    case READOUT_CONTRADICTION_OTHER:
    default: return _("Other");
    }
}

const char *
readout_review_state_to_string (ReadoutReviewState state)
{
  GEnumClass *klass = g_type_class_ref (READOUT_TYPE_REVIEW_STATE);
  GEnumValue *value = g_enum_get_value (klass, state);

  g_type_class_unref (klass);
  return value ? value->value_nick : "unreviewed";
}

ReadoutReviewState
readout_review_state_from_string (const char *str)
{
  GEnumClass *klass = g_type_class_ref (READOUT_TYPE_REVIEW_STATE);
  GEnumValue *value = str ? g_enum_get_value_by_nick (klass, str) : NULL;
  ReadoutReviewState state = value ? (ReadoutReviewState)value->value : READOUT_REVIEW_UNREVIEWED;

  g_type_class_unref (klass);
  return state;
}
