/* readout-decisions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-actor.h"
#include "readout-contradiction.h"
#include "readout-corpus.h"
#include "readout-correction-private.h"
#include "readout-decisions.h"
#include "readout-document.h"
#include "readout-enums.h"
#include "readout-evidence.h"
#include "readout-project-json.h"
#include "readout-statement.h"
#include "readout-util.h"

const char *
readout_decisions_speaker_name (ReadoutStatement *statement)
{
  ReadoutActor *speaker = readout_statement_get_speaker (statement);

  return speaker ? readout_actor_get_name (speaker) : NULL;
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* ------------------------------------------------------------------------------------------
 * Reviews
 * ------------------------------------------------------------------------------------------ */

typedef struct
{
  char               *key;
  char               *loose_key;
  char               *kind;
  GPtrArray          *evidence;  /* pairs: document id, text */
  ReadoutReviewState  review;
  char               *note;
} Review;

static void
review_free (gpointer data)
{
  Review *review = data;

  g_free (review->key);
  g_free (review->loose_key);
  g_free (review->kind);
  g_clear_pointer (&review->evidence, g_ptr_array_unref);
  g_free (review->note);
  g_free (review);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* A second key from the kind and the evidence by document id, kept in the file next to the
 * contradiction key so that a review still finds its contradiction if the way
 * readout_contradiction_dup_key() builds keys changes in a later version. */
static char *
loose_key (const char *kind,
           GPtrArray  *evidence)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GString *key = g_string_new (kind);

  for (guint i = 0; i + 1 < evidence->len; i += 2)
    g_ptr_array_add (parts, g_strdup_printf ("%s:%s", (char *)g_ptr_array_index (evidence, i),
                                             (char *)g_ptr_array_index (evidence, i + 1)));
  g_ptr_array_sort (parts, compare_strings);
  for (guint i = 0; i < parts->len; i++)
    {
      g_string_append_c (key, '|');
      g_string_append (key, g_ptr_array_index (parts, i));
    }
  return g_string_free (key, FALSE);
}

static GPtrArray *
evidence_of (ReadoutContradiction *contradiction)
{
  GListModel *evidence = readout_contradiction_get_evidence (contradiction);
  guint n = g_list_model_get_n_items (evidence);
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutEvidence) item = g_list_model_get_item (evidence, i);
      const char *id = readout_document_get_id (readout_evidence_get_document (item));

      g_ptr_array_add (pairs, g_strdup (id ? id : ""));
      g_ptr_array_add (pairs, g_strdup (readout_evidence_get_text (item)));
    }
  return pairs;
}

static char *
contradiction_loose_key (ReadoutContradiction *contradiction)
{
  g_autoptr(GPtrArray) evidence = evidence_of (contradiction);

  return loose_key (readout_contradiction_kind_to_string (readout_contradiction_get_kind (contradiction)),
                    evidence);
}

/* ------------------------------------------------------------------------------------------
 * ReadoutDecisions
 * ------------------------------------------------------------------------------------------ */

struct _ReadoutDecisions
{
  GObject        parent_instance;

  ReadoutCorpus *corpus;         /* weak: the corpus's owner keeps it, the decisions observe */
  GListModel    *contradictions; /* the corpus's lists, held to disconnect from them */
  GListModel    *corroborations;
  GPtrArray     *corrections;    /* ReadoutCorrection */
  GPtrArray     *logs;        /* GArray of Change, one per correction */
  GHashTable    *reviews;     /* key → Review */
  GPtrArray     *watched;     /* ReadoutContradiction */
  guint          applying;
  guint          n_unmatched;
};

G_DEFINE_FINAL_TYPE (ReadoutDecisions, readout_decisions, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_N_CORRECTIONS,
  N_PROPS
};

enum {
  CHANGED,
  CORRECTION_ADDED,
  REVIEW_CHANGED,
  APPLIED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void     unwatch_all      (ReadoutDecisions      *self);
static gboolean on_analyzed_hook (GSignalInvocationHint *hint,
                                  guint                  n_params,
                                  const GValue          *params,
                                  gpointer               data);

static void
readout_decisions_dispose (GObject *object)
{
  ReadoutDecisions *self = (ReadoutDecisions *)object;

  readout_decisions_set_corpus (self, NULL);

  G_OBJECT_CLASS (readout_decisions_parent_class)->dispose (object);
}

static void
readout_decisions_finalize (GObject *object)
{
  ReadoutDecisions *self = (ReadoutDecisions *)object;

  g_clear_pointer (&self->corrections, g_ptr_array_unref);
  g_clear_pointer (&self->logs, g_ptr_array_unref);
  g_clear_pointer (&self->reviews, g_hash_table_unref);
  g_clear_pointer (&self->watched, g_ptr_array_unref);

  G_OBJECT_CLASS (readout_decisions_parent_class)->finalize (object);
}

static void
readout_decisions_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ReadoutDecisions *self = READOUT_DECISIONS (object);

  switch (prop_id)
    {
    case PROP_CORPUS: g_value_set_object (value, self->corpus); break;
    case PROP_N_CORRECTIONS: g_value_set_uint (value, self->corrections->len); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_decisions_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ReadoutDecisions *self = READOUT_DECISIONS (object);

  switch (prop_id)
    {
    case PROP_CORPUS: readout_decisions_set_corpus (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_decisions_class_init (ReadoutDecisionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = readout_decisions_dispose;
  object_class->finalize = readout_decisions_finalize;
  object_class->get_property = readout_decisions_get_property;
  object_class->set_property = readout_decisions_set_property;

  properties[PROP_CORPUS] = g_param_spec_object ("corpus", NULL, NULL, READOUT_TYPE_CORPUS,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  properties[PROP_N_CORRECTIONS] = g_param_spec_uint ("n-corrections", NULL, NULL, 0, G_MAXUINT, 0,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ReadoutDecisions::changed:
   *
   * The user's decisions changed (a review, a note, a correction added or undone): the
   * project has unsaved work. Not emitted when decisions are re-applied to a new analysis.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * ReadoutDecisions::correction-added:
   * @correction: the correction, now the last one
   */
  signals[CORRECTION_ADDED] = g_signal_new ("correction-added", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                            1, READOUT_TYPE_CORRECTION);
  /**
   * ReadoutDecisions::review-changed:
   * @key: the contradiction key
   * @old_review: the review before, @old_note: the note before (or NULL)
   * @review: the review now, @note: the note now (or NULL)
   */
  signals[REVIEW_CHANGED] = g_signal_new ("review-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 5,
                                          G_TYPE_STRING, READOUT_TYPE_REVIEW_STATE, G_TYPE_STRING,
                                          READOUT_TYPE_REVIEW_STATE, G_TYPE_STRING);
  /**
   * ReadoutDecisions::applied:
   *
   * Every decision was re-applied to a new analysis of the corpus.
   */
  signals[APPLIED] = g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  {
    GTypeClass *corpus_class = g_type_class_ref (READOUT_TYPE_CORPUS);

    g_signal_add_emission_hook (g_signal_lookup ("analyzed", READOUT_TYPE_CORPUS), 0,
                                on_analyzed_hook, NULL, NULL);
    g_type_class_unref (corpus_class);
  }
}

static void
readout_decisions_init (ReadoutDecisions *self)
{
  self->corrections = g_ptr_array_new_with_free_func ((GDestroyNotify)readout_correction_unref);
  self->logs = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  self->reviews = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, review_free);
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
}

ReadoutDecisions *
readout_decisions_new (void)
{
  return g_object_new (READOUT_TYPE_DECISIONS, NULL);
}

static const char *
nonempty (const char *str)
{
  return str && *str ? str : NULL;
}

/* Records a review (made on the contradiction, or restored by undo); contradiction may be
 * NULL when none with this key is in the analysis. */
static void
record_review (ReadoutDecisions     *self,
               const char           *key,
               ReadoutContradiction *contradiction,
               ReadoutReviewState    review,
               const char           *note)
{
  Review *entry = g_hash_table_lookup (self->reviews, key);
  ReadoutReviewState old_review = entry ? entry->review : READOUT_REVIEW_UNREVIEWED;
  g_autofree char *old_note = g_strdup (entry ? entry->note : NULL);

  note = nonempty (note);
  if (old_review == review && g_strcmp0 (old_note, note) == 0)
    return;

  if (entry == NULL)
    {
      entry = g_new0 (Review, 1);
      entry->key = g_strdup (key);
      entry->evidence = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (self->reviews, entry->key, entry);
    }
  if (contradiction != NULL)
    {
      g_free (entry->kind);
      entry->kind = g_strdup (readout_contradiction_kind_to_string (readout_contradiction_get_kind (contradiction)));
      g_ptr_array_unref (entry->evidence);
      entry->evidence = evidence_of (contradiction);
      g_free (entry->loose_key);
      entry->loose_key = loose_key (entry->kind, entry->evidence);
    }
  entry->review = review;
  readout_set_str (&entry->note, note);

  /* Back to the detector's default: nothing left to remember. */
  if (review == READOUT_REVIEW_UNREVIEWED && note == NULL)
    g_hash_table_remove (self->reviews, key);

  g_signal_emit (self, signals[REVIEW_CHANGED], 0, key, old_review, old_note, review, note);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_review_notify (ReadoutContradiction *contradiction,
                  GParamSpec           *pspec,
                  ReadoutDecisions     *self)
{
  g_autofree char *key = NULL;

  if (self->applying)
    return;
  key = readout_contradiction_dup_key (contradiction);
  record_review (self, key, contradiction, readout_contradiction_get_review (contradiction),
                 readout_contradiction_get_note (contradiction));
}

static void
unwatch_all (ReadoutDecisions *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
watch_list (ReadoutDecisions *self,
            GListModel       *list)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      ReadoutContradiction *contradiction = g_list_model_get_item (list, i);

      g_signal_connect (contradiction, "notify::review", G_CALLBACK (on_review_notify), self);
      g_signal_connect (contradiction, "notify::note", G_CALLBACK (on_review_notify), self);
      g_ptr_array_add (self->watched, contradiction);
    }
}

/* Contradiction lists change wholesale on each analysis and piecewise with corrections;
 * watching them again is cheap next to either. */
static void
rewatch (ReadoutDecisions *self)
{
  unwatch_all (self);
  if (self->corpus == NULL)
    return;
  watch_list (self, self->contradictions);
  watch_list (self, self->corroborations);
}

static void
on_findings_changed (GListModel       *list,
                     guint             position,
                     guint             removed,
                     guint             added,
                     ReadoutDecisions *self)
{
  rewatch (self);
}

/* The decisions attached to a corpus: a GPtrArray (not owning) in the corpus's qdata. */
static GQuark
attached_quark (void)
{
  return g_quark_from_static_string ("readout-decisions-attached");
}

/* Decisions must be applied before anything else sees a new analysis: the graph lays out and
 * the reader highlights on ::analyzed, and the window connects to it long before any project
 * exists. Emission hooks run before every handler of a signal, so one hook for all corpora
 * applies the decisions attached to the corpus that emitted. */
static gboolean
on_analyzed_hook (GSignalInvocationHint *hint,
                  guint                  n_params,
                  const GValue          *params,
                  gpointer               data)
{
  GObject *corpus = g_value_get_object (&params[0]);
  GPtrArray *attached = g_object_get_qdata (corpus, attached_quark ());

  if (attached != NULL)
    {
      /* A handler of ::applied may attach or detach decisions: work on a copy. */
      g_autoptr(GPtrArray) snapshot = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < attached->len; i++)
        g_ptr_array_add (snapshot, g_object_ref (g_ptr_array_index (attached, i)));
      for (guint i = 0; i < snapshot->len; i++)
        readout_decisions_apply (g_ptr_array_index (snapshot, i));
    }
  return TRUE;
}

static void
detach (ReadoutDecisions *self)
{
  unwatch_all (self);
  if (self->contradictions)
    g_signal_handlers_disconnect_by_data (self->contradictions, self);
  if (self->corroborations)
    g_signal_handlers_disconnect_by_data (self->corroborations, self);
  g_clear_object (&self->contradictions);
  g_clear_object (&self->corroborations);
  /* Logs refer to the objects of that corpus's analysis. */
  for (guint i = 0; i < self->logs->len; i++)
    g_array_set_size (g_ptr_array_index (self->logs, i), 0);
}

static void
attach_to (ReadoutDecisions *self,
           ReadoutCorpus    *corpus)
{
  GPtrArray *attached = g_object_get_qdata (G_OBJECT (corpus), attached_quark ());

  if (attached == NULL)
    {
      attached = g_ptr_array_new ();
      g_object_set_qdata_full (G_OBJECT (corpus), attached_quark (), attached,
                               (GDestroyNotify)g_ptr_array_unref);
    }
  g_ptr_array_add (attached, self);
}

static void
on_corpus_finalized (gpointer  data,
                     GObject  *where_the_corpus_was)
{
  ReadoutDecisions *self = data;

  self->corpus = NULL;
  detach (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

void
readout_decisions_set_corpus (ReadoutDecisions *self,
                              ReadoutCorpus    *corpus)
{
  g_return_if_fail (READOUT_IS_DECISIONS (self));
  g_return_if_fail (corpus == NULL || READOUT_IS_CORPUS (corpus));

  if (self->corpus == corpus)
    return;

  if (self->corpus != NULL)
    {
      GPtrArray *attached = g_object_get_qdata (G_OBJECT (self->corpus), attached_quark ());

      if (attached != NULL)
        g_ptr_array_remove (attached, self);
      g_object_weak_unref (G_OBJECT (self->corpus), on_corpus_finalized, self);
      self->corpus = NULL;
      detach (self);
    }
  if (corpus != NULL)
    {
      self->corpus = corpus;
      attach_to (self, corpus);
      g_object_weak_ref (G_OBJECT (corpus), on_corpus_finalized, self);
      self->contradictions = g_object_ref (readout_corpus_get_contradictions (corpus));
      self->corroborations = g_object_ref (readout_corpus_get_corroborations (corpus));
      g_signal_connect (self->contradictions, "items-changed", G_CALLBACK (on_findings_changed), self);
      g_signal_connect (self->corroborations, "items-changed", G_CALLBACK (on_findings_changed), self);
      rewatch (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

ReadoutCorpus *
readout_decisions_get_corpus (ReadoutDecisions *self)
{
  g_return_val_if_fail (READOUT_IS_DECISIONS (self), NULL);
  return self->corpus;
}

gboolean
readout_decisions_add_correction (ReadoutDecisions   *self,
                                  ReadoutCorrection  *correction,
                                  GError            **error)
{
  g_autoptr(GArray) log = readout_change_log_new ();

  g_return_val_if_fail (READOUT_IS_DECISIONS (self), FALSE);
  g_return_val_if_fail (correction != NULL, FALSE);

  if (self->corpus != NULL)
    {
      gboolean ok;

      self->applying++;
      ok = readout_correction_apply (correction, self->corpus, log, error);
      if (!ok)
        readout_change_log_revert (log);
      readout_correction_recount_statements (self->corpus);
      self->applying--;
      if (!ok)
        return FALSE;
    }

  g_ptr_array_add (self->corrections, readout_correction_ref (correction));
  g_ptr_array_add (self->logs, g_steal_pointer (&log));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CORRECTIONS]);
  g_signal_emit (self, signals[CORRECTION_ADDED], 0, correction);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

ReadoutCorrection *
readout_decisions_undo_correction (ReadoutDecisions *self)
{
  ReadoutCorrection *correction;
  GArray *log;

  g_return_val_if_fail (READOUT_IS_DECISIONS (self), NULL);

  if (self->corrections->len == 0)
    return NULL;

  correction = g_ptr_array_steal_index (self->corrections, self->corrections->len - 1);
  log = g_ptr_array_steal_index (self->logs, self->logs->len - 1);
  self->applying++;
  readout_change_log_revert (log);
  if (self->corpus)
    readout_correction_recount_statements (self->corpus);
  self->applying--;
  g_array_unref (log);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CORRECTIONS]);
  g_signal_emit (self, signals[CHANGED], 0);
  return correction;
}

guint
readout_decisions_get_n_corrections (ReadoutDecisions *self)
{
  g_return_val_if_fail (READOUT_IS_DECISIONS (self), 0);
  return self->corrections->len;
}

ReadoutCorrection *
readout_decisions_get_correction (ReadoutDecisions *self,
                                  guint             position)
{
  g_return_val_if_fail (READOUT_IS_DECISIONS (self), NULL);
  g_return_val_if_fail (position < self->corrections->len, NULL);
  return g_ptr_array_index (self->corrections, position);
}

/* Every contradiction and corroboration of the corpus with this key. */
static GPtrArray *
find_findings (ReadoutDecisions *self,
               const char       *key)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->corpus == NULL)
    return found;
  for (guint pass = 0; pass < 2; pass++)
    {
      GListModel *list = pass == 0 ? readout_corpus_get_contradictions (self->corpus)
                                   : readout_corpus_get_corroborations (self->corpus);
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ReadoutContradiction) contradiction = g_list_model_get_item (list, i);
          g_autofree char *other = readout_contradiction_dup_key (contradiction);

          if (g_strcmp0 (other, key) == 0)
            g_ptr_array_add (found, g_object_ref (contradiction));
        }
    }
  return found;
}

void
readout_decisions_set_review (ReadoutDecisions   *self,
                              const char         *key,
                              ReadoutReviewState  review,
                              const char         *note)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_if_fail (READOUT_IS_DECISIONS (self));
  g_return_if_fail (key != NULL);

  found = find_findings (self, key);
  self->applying++;
  for (guint i = 0; i < found->len; i++)
    {
      readout_contradiction_set_review (g_ptr_array_index (found, i), review);
      readout_contradiction_set_note (g_ptr_array_index (found, i), nonempty (note));
    }
  self->applying--;
  record_review (self, key, found->len ? g_ptr_array_index (found, 0) : NULL, review, note);
}

ReadoutReviewState
readout_decisions_lookup_review (ReadoutDecisions  *self,
                                 const char        *key,
                                 const char       **note)
{
  Review *entry;

  g_return_val_if_fail (READOUT_IS_DECISIONS (self), READOUT_REVIEW_UNREVIEWED);

  entry = key ? g_hash_table_lookup (self->reviews, key) : NULL;
  if (note)
    *note = entry ? entry->note : NULL;
  return entry ? entry->review : READOUT_REVIEW_UNREVIEWED;
}

guint
readout_decisions_get_n_reviews (ReadoutDecisions *self)
{
  g_return_val_if_fail (READOUT_IS_DECISIONS (self), 0);
  return g_hash_table_size (self->reviews);
}

static guint
apply_reviews (ReadoutDecisions *self,
               GListModel       *list,
               GHashTable       *by_loose_key,
               GHashTable       *matched)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutContradiction) contradiction = g_list_model_get_item (list, i);
      g_autofree char *key = readout_contradiction_dup_key (contradiction);
      Review *entry = g_hash_table_lookup (self->reviews, key);

      if (entry == NULL && g_hash_table_size (by_loose_key) > 0)
        {
          g_autofree char *loose = contradiction_loose_key (contradiction);
          entry = g_hash_table_lookup (by_loose_key, loose);
        }
      if (entry == NULL)
        continue;
      readout_contradiction_set_review (contradiction, entry->review);
      readout_contradiction_set_note (contradiction, entry->note);
      g_hash_table_add (matched, entry);
    }
  return n;
}

void
readout_decisions_apply (ReadoutDecisions *self)
{
  g_autoptr(GHashTable) by_loose_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) matched = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  Review *entry;

  g_return_if_fail (READOUT_IS_DECISIONS (self));

  if (self->corpus == NULL)
    return;

  self->applying++;
  self->n_unmatched = 0;
  for (guint i = 0; i < self->corrections->len; i++)
    {
      GArray *log = g_ptr_array_index (self->logs, i);
      g_autoptr(GError) error = NULL;

      /* The logs of the previous analysis refer to objects that are gone. */
      g_array_set_size (log, 0);
      if (!readout_correction_apply (g_ptr_array_index (self->corrections, i), self->corpus, log, &error))
        {
          g_debug ("Correction %u no longer applies: %s", i, error->message);
          self->n_unmatched++;
        }
    }
  readout_correction_recount_statements (self->corpus);

  g_hash_table_iter_init (&iter, self->reviews);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
    if (entry->loose_key != NULL)
      g_hash_table_insert (by_loose_key, entry->loose_key, entry);
  apply_reviews (self, readout_corpus_get_contradictions (self->corpus), by_loose_key, matched);
  apply_reviews (self, readout_corpus_get_corroborations (self->corpus), by_loose_key, matched);
  self->n_unmatched += g_hash_table_size (self->reviews) - g_hash_table_size (matched);
  self->applying--;

  g_signal_emit (self, signals[APPLIED], 0);
}

guint
readout_decisions_get_n_unmatched (ReadoutDecisions *self)
{
  g_return_val_if_fail (READOUT_IS_DECISIONS (self), 0);
  return self->n_unmatched;
}

void
readout_decisions_clear (ReadoutDecisions *self)
{
  g_return_if_fail (READOUT_IS_DECISIONS (self));

  if (self->corrections->len == 0 && g_hash_table_size (self->reviews) == 0)
    return;
  g_ptr_array_set_size (self->corrections, 0);
  g_ptr_array_set_size (self->logs, 0);
  g_hash_table_remove_all (self->reviews);
  self->n_unmatched = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CORRECTIONS]);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
readout_decisions_serialize (ReadoutDecisions *self,
                             JsonBuilder      *builder)
{
  g_autoptr(GPtrArray) keys = NULL;

  g_return_if_fail (READOUT_IS_DECISIONS (self));

  /* Sorted, so that saving twice gives the same file and diffs stay small. */
  keys = g_ptr_array_new ();
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, self->reviews);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (keys, key);
  }
  g_ptr_array_sort (keys, compare_strings);

  json_builder_set_member_name (builder, "reviews");
  json_builder_begin_array (builder);
  for (guint i = 0; i < keys->len; i++)
    {
      Review *entry = g_hash_table_lookup (self->reviews, g_ptr_array_index (keys, i));

      json_builder_begin_object (builder);
      add_string (builder, "key", entry->key);
      add_string (builder, "kind", entry->kind);
      json_builder_set_member_name (builder, "evidence");
      json_builder_begin_array (builder);
      for (guint j = 0; j + 1 < entry->evidence->len; j += 2)
        {
          json_builder_begin_object (builder);
          add_string (builder, "document", g_ptr_array_index (entry->evidence, j));
          add_string (builder, "text", g_ptr_array_index (entry->evidence, j + 1));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      add_string (builder, "review", readout_review_state_to_string (entry->review));
      add_string (builder, "note", entry->note);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "corrections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->corrections->len; i++)
    json_builder_add_value (builder, readout_correction_to_json (g_ptr_array_index (self->corrections, i)));
  json_builder_end_array (builder);
}

static Review *
review_from_json (JsonNode    *node,
                  const char  *where,
                  GError     **error)
{
  g_autoptr(GPtrArray) evidence = g_ptr_array_new_with_free_func (g_free);
  JsonObject *object;
  JsonArray *array;
  const char *key, *kind, *state, *note;
  Review *entry;
  ReadoutReviewState review;

  if (!readout_project_json_object (node, where, &object, error) ||
      !readout_project_json_string (object, "key", where, FALSE, &key, error) ||
      !readout_project_json_string (object, "kind", where, TRUE, &kind, error) ||
      !readout_project_json_array (object, "evidence", where, TRUE, &array, error) ||
      !readout_project_json_string (object, "review", where, FALSE, &state, error) ||
      !readout_project_json_string (object, "note", where, TRUE, &note, error))
    return NULL;

  review = readout_review_state_from_string (state);
  if (g_strcmp0 (readout_review_state_to_string (review), state) != 0)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_FORMAT,
                   _("The project file is damaged: %s.review “%s” is not a review state"), where, state);
      return NULL;
    }

  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      g_autofree char *item_where = g_strdup_printf ("%s.evidence[%u]", where, i);
      JsonObject *item;
      const char *document, *text;

      if (!readout_project_json_object (json_array_get_element (array, i), item_where, &item, error) ||
          !readout_project_json_string (item, "document", item_where, FALSE, &document, error) ||
          !readout_project_json_string (item, "text", item_where, FALSE, &text, error))
        return NULL;
      g_ptr_array_add (evidence, g_strdup (document));
      g_ptr_array_add (evidence, g_strdup (text));
    }

  entry = g_new0 (Review, 1);
  entry->key = g_strdup (key);
  entry->kind = g_strdup (kind);
  entry->evidence = g_steal_pointer (&evidence);
  entry->loose_key = kind && entry->evidence->len > 0 ? loose_key (kind, entry->evidence) : NULL;
  entry->review = review;
  entry->note = g_strdup (nonempty (note));
  return entry;
}

gboolean
readout_decisions_deserialize (ReadoutDecisions  *self,
                               JsonObject        *root,
                               GError           **error)
{
  g_autoptr(GPtrArray) corrections = g_ptr_array_new_with_free_func ((GDestroyNotify)readout_correction_unref);
  g_autoptr(GHashTable) reviews = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, review_free);
  JsonArray *array;

  g_return_val_if_fail (READOUT_IS_DECISIONS (self), FALSE);

  if (!readout_project_json_array (root, "reviews", NULL, TRUE, &array, error))
    return FALSE;
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("reviews[%u]", i);
      Review *entry = review_from_json (json_array_get_element (array, i), where, error);

      if (entry == NULL)
        return FALSE;
      /* A later entry for the same key wins, as a later decision would. */
      g_hash_table_replace (reviews, entry->key, entry);
    }

  if (!readout_project_json_array (root, "corrections", NULL, TRUE, &array, error))
    return FALSE;
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("corrections[%u]", i);
      ReadoutCorrection *correction = readout_correction_new_from_json (json_array_get_element (array, i),
                                                                        where, error);

      if (correction == NULL)
        return FALSE;
      g_ptr_array_add (corrections, correction);
    }

  g_ptr_array_set_size (self->corrections, 0);
  g_ptr_array_set_size (self->logs, 0);
  for (guint i = 0; i < corrections->len; i++)
    {
      g_ptr_array_add (self->corrections, readout_correction_ref (g_ptr_array_index (corrections, i)));
      g_ptr_array_add (self->logs, readout_change_log_new ());
    }
  g_hash_table_remove_all (self->reviews);
  {
    GHashTableIter iter;
    Review *entry;

    g_hash_table_iter_init (&iter, reviews);
    while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
      {
        g_hash_table_iter_steal (&iter);
        g_hash_table_replace (self->reviews, entry->key, entry);
      }
  }
  self->n_unmatched = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CORRECTIONS]);
  return TRUE;
}
