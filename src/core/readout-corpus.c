/* readout-corpus.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "readout-actor.h"
#include "readout-contradiction.h"
#include "readout-corpus.h"
#include "readout-document.h"
#include "readout-lexicon.h"
#include "readout-loader.h"
#include "readout-palette.h"
#include "readout-pipeline.h"
#include "readout-relation.h"
#include "readout-statement.h"

struct _ReadoutCorpus
{
  GObject parent_instance;

  ReadoutLexicon *lexicon;
  GListStore     *documents;
  GListStore     *actors;
  GListStore     *statements;
  GListStore     *relations;
  GListStore     *contradictions;
  GListStore     *corroborations;
  guint           next_document_id;
  double          progress;
  guint           busy;
};

G_DEFINE_FINAL_TYPE (ReadoutCorpus, readout_corpus, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LEXICON,
  PROP_DOCUMENTS,
  PROP_ACTORS,
  PROP_STATEMENTS,
  PROP_RELATIONS,
  PROP_CONTRADICTIONS,
  PROP_CORROBORATIONS,
  PROP_PROGRESS,
  PROP_BUSY,
  N_PROPS
};

enum {
  ANALYZED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
readout_corpus_dispose (GObject *object)
{
  ReadoutCorpus *self = (ReadoutCorpus *)object;

  g_clear_object (&self->lexicon);
  g_clear_object (&self->documents);
  g_clear_object (&self->actors);
  g_clear_object (&self->statements);
  g_clear_object (&self->relations);
  g_clear_object (&self->contradictions);
  g_clear_object (&self->corroborations);

  G_OBJECT_CLASS (readout_corpus_parent_class)->dispose (object);
}

static void
readout_corpus_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ReadoutCorpus *self = READOUT_CORPUS (object);

  switch (prop_id)
    {
    case PROP_LEXICON: g_value_set_object (value, readout_corpus_get_lexicon (self)); break;
    case PROP_DOCUMENTS: g_value_set_object (value, self->documents); break;
    case PROP_ACTORS: g_value_set_object (value, self->actors); break;
    case PROP_STATEMENTS: g_value_set_object (value, self->statements); break;
    case PROP_RELATIONS: g_value_set_object (value, self->relations); break;
    case PROP_CONTRADICTIONS: g_value_set_object (value, self->contradictions); break;
    case PROP_CORROBORATIONS: g_value_set_object (value, self->corroborations); break;
    case PROP_PROGRESS: g_value_set_double (value, self->progress); break;
    case PROP_BUSY: g_value_set_boolean (value, self->busy > 0); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_corpus_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ReadoutCorpus *self = READOUT_CORPUS (object);

  switch (prop_id)
    {
    case PROP_LEXICON: readout_corpus_set_lexicon (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_corpus_class_init (ReadoutCorpusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = readout_corpus_dispose;
  object_class->get_property = readout_corpus_get_property;
  object_class->set_property = readout_corpus_set_property;

  properties[PROP_LEXICON] = g_param_spec_object ("lexicon", NULL, NULL, READOUT_TYPE_LEXICON,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENTS] = g_param_spec_object ("documents", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_ACTORS] = g_param_spec_object ("actors", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_STATEMENTS] = g_param_spec_object ("statements", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_RELATIONS] = g_param_spec_object ("relations", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_CONTRADICTIONS] = g_param_spec_object ("contradictions", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_CORROBORATIONS] = g_param_spec_object ("corroborations", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_PROGRESS] = g_param_spec_double ("progress", NULL, "Fraction of the analysis done",
                                                   0.0, 1.0, 0.0, ro);
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, "An analysis is running", FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ReadoutCorpus::analyzed:
   *
   * Emitted on the main thread after the lists were replaced by a new analysis, so that
   * user decisions can be applied to the new objects.
   */
  signals[ANALYZED] = g_signal_new ("analyzed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
readout_corpus_init (ReadoutCorpus *self)
{
  self->documents = g_list_store_new (READOUT_TYPE_DOCUMENT);
  self->actors = g_list_store_new (READOUT_TYPE_ACTOR);
  self->statements = g_list_store_new (READOUT_TYPE_STATEMENT);
  self->relations = g_list_store_new (READOUT_TYPE_RELATION);
  self->contradictions = g_list_store_new (READOUT_TYPE_CONTRADICTION);
  self->corroborations = g_list_store_new (READOUT_TYPE_CONTRADICTION);
  self->next_document_id = 1;
}

ReadoutCorpus *
readout_corpus_new (void)
{
  return g_object_new (READOUT_TYPE_CORPUS, NULL);
}

ReadoutLexicon *
readout_corpus_get_lexicon (ReadoutCorpus *self)
{
  g_return_val_if_fail (READOUT_IS_CORPUS (self), NULL);
  return self->lexicon ? self->lexicon : readout_lexicon_get_default ();
}

void
readout_corpus_set_lexicon (ReadoutCorpus  *self,
                            ReadoutLexicon *lexicon)
{
  g_return_if_fail (READOUT_IS_CORPUS (self));
  if (g_set_object (&self->lexicon, lexicon))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEXICON]);
}

#define LIST_GETTER(name) \
  GListModel *readout_corpus_get_##name (ReadoutCorpus *self) \
  { \
    g_return_val_if_fail (READOUT_IS_CORPUS (self), NULL); \
    return G_LIST_MODEL (self->name); \
  }
LIST_GETTER (documents)
LIST_GETTER (actors)
LIST_GETTER (statements)
LIST_GETTER (relations)
LIST_GETTER (contradictions)
LIST_GETTER (corroborations)
#undef LIST_GETTER

void
readout_corpus_add_document (ReadoutCorpus   *self,
                             ReadoutDocument *document)
{
  g_return_if_fail (READOUT_IS_CORPUS (self));
  g_return_if_fail (READOUT_IS_DOCUMENT (document));

  if (readout_document_get_id (document) == NULL)
    {
      char id[32];

      /* Skip ids a restored project already uses. */
      do
        g_snprintf (id, sizeof id, "d%u", self->next_document_id++);
      while (readout_corpus_find_document (self, id) != NULL);
      readout_document_set_id (document, id);
    }
  g_list_store_append (self->documents, document);
}

void
readout_corpus_remove_document (ReadoutCorpus   *self,
                                ReadoutDocument *document)
{
  guint position;

  g_return_if_fail (READOUT_IS_CORPUS (self));
  if (g_list_store_find (self->documents, document, &position))
    g_list_store_remove (self->documents, position);
}

static gpointer
find_by_id (GListStore *store,
            const char *id,
            const char *(*get_id) (gpointer))
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      gpointer item = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_object_unref (item); /* the store keeps it alive */
      if (g_strcmp0 (get_id (item), id) == 0)
        return item;
    }
  return NULL;
}

ReadoutDocument *
readout_corpus_find_document (ReadoutCorpus *self,
                              const char    *id)
{
  g_return_val_if_fail (READOUT_IS_CORPUS (self), NULL);
  return find_by_id (self->documents, id, (gpointer)readout_document_get_id);
}

ReadoutActor *
readout_corpus_find_actor (ReadoutCorpus *self,
                           const char    *id)
{
  g_return_val_if_fail (READOUT_IS_CORPUS (self), NULL);
  return find_by_id (self->actors, id, (gpointer)readout_actor_get_id);
}

ReadoutStatement *
readout_corpus_find_statement (ReadoutCorpus *self,
                               const char    *id)
{
  g_return_val_if_fail (READOUT_IS_CORPUS (self), NULL);
  return find_by_id (self->statements, id, (gpointer)readout_statement_get_id);
}

ReadoutDocument *
readout_corpus_load_file (ReadoutCorpus  *self,
                          GFile          *file,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autoptr(ReadoutDocument) document = NULL;

  g_return_val_if_fail (READOUT_IS_CORPUS (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  document = readout_loader_load_file (file, cancellable, error);
  if (document == NULL)
    return NULL;
  readout_corpus_add_document (self, document);
  return document;
}

static GPtrArray *
snapshot_documents (ReadoutCorpus *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  GPtrArray *documents = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (documents, g_list_model_get_item (G_LIST_MODEL (self->documents), i));
  return documents;
}

static void
replace_store (GListStore *store,
               GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
}

static void
apply_result (ReadoutCorpus         *self,
              ReadoutAnalysisResult *result)
{
  replace_store (self->actors, result->actors);
  replace_store (self->statements, result->statements);
  replace_store (self->relations, result->relations);
  replace_store (self->contradictions, result->contradictions);
  replace_store (self->corroborations, result->corroborations);
  /* Colours before anyone paints: the reader, the graph and the report then agree. */
  readout_palette_prepare (self);
  g_signal_emit (self, signals[ANALYZED], 0);
}

static void
set_progress (ReadoutCorpus *self,
              double         progress)
{
  if (self->progress != progress)
    {
      self->progress = progress;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }
}

gboolean
readout_corpus_analyze (ReadoutCorpus  *self,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(ReadoutAnalysisResult) result = NULL;

  g_return_val_if_fail (READOUT_IS_CORPUS (self), FALSE);

  documents = snapshot_documents (self);
  result = readout_pipeline_run (documents, readout_corpus_get_lexicon (self), cancellable,
                                 NULL, NULL, error);
  if (result == NULL)
    return FALSE;
  apply_result (self, result);
  set_progress (self, 1.0);
  return TRUE;
}

typedef struct
{
  ReadoutCorpus  *corpus;
  GPtrArray      *documents;
  ReadoutLexicon *lexicon;
  GMainContext   *context;
  double          progress;
} AnalyzeData;

static void
analyze_data_free (gpointer data)
{
  AnalyzeData *ad = data;

  g_clear_object (&ad->corpus);
  g_clear_pointer (&ad->documents, g_ptr_array_unref);
  g_clear_object (&ad->lexicon);
  g_clear_pointer (&ad->context, g_main_context_unref);
  g_free (ad);
}

typedef struct
{
  ReadoutCorpus *corpus;
  double         progress;
} ProgressUpdate;

static gboolean
progress_update_idle (gpointer data)
{
  ProgressUpdate *update = data;

  if (update->corpus->busy)
    set_progress (update->corpus, update->progress);
  g_object_unref (update->corpus);
  g_free (update);
  return G_SOURCE_REMOVE;
}

static void
worker_progress (double   fraction,
                 gpointer user_data)
{
  AnalyzeData *ad = user_data;
  ProgressUpdate *update;

  /* Do not flood the main loop: only report steps of 1%. */
  if (fraction < 1.0 && fraction - ad->progress < 0.01)
    return;
  ad->progress = fraction;

  update = g_new0 (ProgressUpdate, 1);
  update->corpus = g_object_ref (ad->corpus);
  update->progress = fraction;
  g_main_context_invoke (ad->context, progress_update_idle, update);
}

static void
analyze_worker (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  AnalyzeData *ad = task_data;
  ReadoutAnalysisResult *result;
  GError *error = NULL;

  result = readout_pipeline_run (ad->documents, ad->lexicon, cancellable, worker_progress, ad, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify)readout_analysis_result_free);
}

void
readout_corpus_analyze_async (ReadoutCorpus       *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AnalyzeData *ad;

  g_return_if_fail (READOUT_IS_CORPUS (self));

  ad = g_new0 (AnalyzeData, 1);
  ad->corpus = g_object_ref (self);
  ad->documents = snapshot_documents (self);
  ad->lexicon = g_object_ref (readout_corpus_get_lexicon (self));
  ad->context = g_main_context_ref_thread_default ();

  self->busy++;
  if (self->busy == 1)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  set_progress (self, 0.0);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, readout_corpus_analyze_async);
  g_task_set_task_data (task, ad, analyze_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, analyze_worker);
}

gboolean
readout_corpus_analyze_finish (ReadoutCorpus  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_autoptr(ReadoutAnalysisResult) analysis = NULL;

  g_return_val_if_fail (READOUT_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  self->busy--;
  if (self->busy == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);

  analysis = g_task_propagate_pointer (G_TASK (result), error);
  if (analysis == NULL)
    return FALSE;

  /* A newer analysis may have been started meanwhile; the last one to finish wins, which is
   * also the last started since the pipeline is deterministic over the same documents. */
  apply_result (self, analysis);
  set_progress (self, 1.0);
  return TRUE;
}

gboolean
readout_corpus_get_busy (ReadoutCorpus *self)
{
  g_return_val_if_fail (READOUT_IS_CORPUS (self), FALSE);
  return self->busy > 0;
}

double
readout_corpus_get_progress (ReadoutCorpus *self)
{
  g_return_val_if_fail (READOUT_IS_CORPUS (self), 0.0);
  return self->progress;
}

void
readout_corpus_clear (ReadoutCorpus *self)
{
  g_return_if_fail (READOUT_IS_CORPUS (self));

  g_list_store_remove_all (self->contradictions);
  g_list_store_remove_all (self->corroborations);
  g_list_store_remove_all (self->relations);
  g_list_store_remove_all (self->statements);
  g_list_store_remove_all (self->actors);
  g_list_store_remove_all (self->documents);
  self->next_document_id = 1;
  set_progress (self, 0.0);
}
