/* readout-engine.c: the attribution engine.
 *
 * Per document, in a thread pool: segmentation (tokens, sentences, quotations), mentions,
 * in-document resolution and attribution; this thread hands each analyzed document's entities
 * to the actor registry, in the documents' order. Then, over the whole set: actors merged
 * across documents, attributions linked into statements, relations merged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-actor.h"
#include "readout-attribution.h"
#include "readout-attributor.h"
#include "readout-document.h"
#include "readout-engine.h"
#include "readout-engine-lexicon.h"
#include "readout-lexicon.h"
#include "readout-linker.h"
#include "readout-relations.h"
#include "readout-resolver.h"
#include "readout-statement.h"

/* A statement the attributor found, with only what build_statements() needs: every document's
 * findings wait for the actors of all documents to be merged, and the attributor's own records
 * (with dropped ones and token ranges, in arrays grown by doubling) took more than twice the
 * memory at the engine's peak. */
typedef struct
{
  gint                    speaker;      /* entities of the document */
  gint                    reported_by;
  gint                    addressee;
  guint                   start;        /* bytes of the content */
  guint                   end;
  guint                   cue_start;
  guint                   cue_end;
  guint                   speaker_start;
  guint                   speaker_end;
  ReadoutAttributionKind  kind;
} Finding;

typedef struct
{
  ReadoutDocument         *document;
  ReadoutDocumentEntities *entities;    /* until the registry takes them in */
  gboolean                 analyzed;    /* under the lock */
  gint                     registry_document; /* its number in the registry, -1 if not in it */
  Finding                 *findings;    /* in the order found, without the dropped ones */
  guint                    n_findings;
  /* statement: the finding it rests on, by index, or -1 */
  ReadoutFoundRelation    *relations;
  guint                    n_relations;
} DocumentWork;

typedef struct
{
  ReadoutEngineLexicon *lexicon;
  GCancellable         *cancellable;
  GPtrArray            *works;     /* DocumentWork */
  gint                  next;      /* (atomic) the first document no thread took yet */
  GMutex                lock;
  GCond                 done_cond;
  guint                 n_done;    /* under lock */
} Shared;

/* What the attributor found, in one allocation of the right size each (they wait for the
 * other documents): the statements worth building (with content, not replaced by nested ones)
 * as findings, the relations pointing to findings instead of serials. */
static void
keep_findings (DocumentWork                      *work,
               const ReadoutDocumentAttributions *found)
{
  GArray *statements = found->statements;
  guint max_serial = 0;
  gint *finding_of; /* by serial */

  for (guint i = 0; i < statements->len; i++)
    {
      ReadoutFoundStatement *s = &g_array_index (statements, ReadoutFoundStatement, i);

      max_serial = MAX (max_serial, s->serial);
      work->n_findings += !s->dropped && s->end > s->start;
    }
  finding_of = g_new (gint, max_serial + 1);
  for (guint k = 0; k <= max_serial; k++)
    finding_of[k] = -1;
  work->findings = g_new (Finding, work->n_findings);
  for (guint i = 0, n = 0; i < statements->len; i++)
    {
      ReadoutFoundStatement *s = &g_array_index (statements, ReadoutFoundStatement, i);

      if (s->dropped || s->end <= s->start)
        continue;
      finding_of[s->serial] = n;
      work->findings[n++] = (Finding) {
        s->speaker, s->reported_by, s->addressee, s->start, s->end, s->cue_start, s->cue_end,
        s->speaker_start, s->speaker_end, s->kind,
      };
    }

  work->n_relations = found->relations->len;
  work->relations = g_new (ReadoutFoundRelation, work->n_relations);
  for (guint i = 0; i < work->n_relations; i++)
    {
      ReadoutFoundRelation *r = &work->relations[i];

      *r = g_array_index (found->relations, ReadoutFoundRelation, i);
      r->statement = r->statement >= 0 && (guint)r->statement <= max_serial ? finding_of[r->statement] : -1;
    }
  g_free (finding_of);
}

static void
analyze (DocumentWork *work,
         Shared       *shared)
{
  const char *text = readout_document_get_text (work->document);
  guint n_paragraphs = 0;
  const ReadoutSpan *paragraphs = readout_document_get_paragraphs (work->document, &n_paragraphs);
  ReadoutSegmentation *seg;
  ReadoutMentions *mentions;
  ReadoutDocumentAttributions *attributions;

  if (g_cancellable_is_cancelled (shared->cancellable))
    return;

  seg = readout_segmentation_new (text ? text : "", text ? readout_document_get_length (work->document) : 0,
                                  paragraphs, n_paragraphs, shared->lexicon);
  mentions = readout_mentions_find (seg, shared->lexicon);
  work->entities = readout_resolver_resolve_document (seg, mentions);
  attributions = readout_attributor_run (seg, mentions, work->entities, shared->lexicon);
  /* The segmentation and mentions first, so that what is kept may take their place */
  readout_mentions_free (mentions);
  readout_segmentation_free (seg);
  keep_findings (work, attributions);
  readout_document_attributions_free (attributions);
}

/* Takes the next document no thread took yet and analyzes it: returns how many are done then,
 * 0 when none was left. */
static guint
analyze_next (Shared *shared)
{
  guint d = (guint)g_atomic_int_add (&shared->next, 1);
  guint n_done;
  DocumentWork *work;

  if (d >= shared->works->len)
    return 0;
  work = g_ptr_array_index (shared->works, d);
  analyze (work, shared);
  g_mutex_lock (&shared->lock);
  work->analyzed = TRUE;
  n_done = ++shared->n_done;
  g_cond_signal (&shared->done_cond);
  g_mutex_unlock (&shared->lock);
  return n_done;
}

/* A pool thread's task, one pushed per document: the next document left, if the calling
 * thread did not take them all (not necessarily data, the document it was pushed for). */
static void
analyze_document (gpointer data,
                  gpointer user_data)
{
  analyze_next (user_data);
}

/* Hands the documents analyzed since the last call, up to the first one not analyzed yet, to
 * the registry, in the documents' order (which the merge depends on), and frees their entities
 * at once: rather than every document's entities waiting for the last document (they were the
 * largest item of the memory peak), only those of the documents being analyzed are alive, and
 * the registry's copy of what recurs. Called by this (the main) thread only. */
static void
merge_analyzed (Shared               *shared,
                ReadoutActorRegistry *registry,
                guint                *n_merged)
{
  guint n_ready = *n_merged;

  g_mutex_lock (&shared->lock);
  while (n_ready < shared->works->len && ((DocumentWork *)g_ptr_array_index (shared->works, n_ready))->analyzed)
    n_ready++;
  g_mutex_unlock (&shared->lock);

  for (; *n_merged < n_ready; (*n_merged)++)
    {
      DocumentWork *work = g_ptr_array_index (shared->works, *n_merged);

      if (work->entities == NULL) /* cancelled */
        continue;
      work->registry_document = readout_actor_registry_add (registry, work->entities);
      g_clear_pointer (&work->entities, readout_document_entities_free);
    }
}

static ReadoutActor *
actor_of (ReadoutActorRegistry *registry,
          DocumentWork         *work,
          gint                  entity)
{
  return readout_actor_registry_actor_for (registry, work->registry_document, entity);
}

static void
build_statements (GPtrArray             *works,
                  ReadoutActorRegistry  *registry,
                  ReadoutAnalysisResult *result)
{
  g_autoptr(ReadoutLinker) linker = readout_linker_new ();
  g_autoptr(ReadoutRelationSet) relations = readout_relation_set_new ();
  /* The statement each finding of a document went to (NULL when none), for its relations */
  g_autoptr(GPtrArray) statement_of = g_ptr_array_new ();

  for (guint d = 0; d < works->len; d++)
    {
      DocumentWork *work = g_ptr_array_index (works, d);

      if (work->registry_document < 0)
        continue;
      g_ptr_array_set_size (statement_of, 0);
      g_ptr_array_set_size (statement_of, work->n_findings);
      for (guint i = 0; i < work->n_findings; i++)
        {
          const Finding *s = &work->findings[i];
          ReadoutActor *speaker = actor_of (registry, work, s->speaker);
          ReadoutActor *reporter = actor_of (registry, work, s->reported_by);
          ReadoutActor *addressee = actor_of (registry, work, s->addressee);
          g_autoptr(ReadoutAttribution) attribution = NULL;
          ReadoutStatement *statement;
          gboolean created;

          if (speaker == NULL)
            continue;
          if (reporter == speaker)
            reporter = NULL;
          attribution = readout_attribution_new_full (work->document, s->start, s->end, s->kind,
                                                      s->cue_start, s->cue_end,
                                                      s->speaker_start, s->speaker_end,
                                                      speaker, reporter);
          if (reporter)
            readout_actor_registry_use (registry, work->registry_document, s->reported_by);
          statement = readout_linker_link (linker, speaker, attribution, result->statements, &created);
          if (created)
            readout_statement_set_content_from_attribution (statement);
          readout_actor_registry_use (registry, work->registry_document, s->speaker);
          if (addressee && addressee != speaker)
            {
              readout_statement_add_addressee (statement, addressee);
              readout_actor_registry_use (registry, work->registry_document, s->addressee);
            }
          g_ptr_array_index (statement_of, i) = statement;
        }

      for (guint i = 0; i < work->n_relations; i++)
        {
          const ReadoutFoundRelation *r = &work->relations[i];
          ReadoutActor *source = actor_of (registry, work, r->source);
          ReadoutActor *target = actor_of (registry, work, r->target);
          ReadoutStatement *statement = r->statement >= 0 ? g_ptr_array_index (statement_of, r->statement) : NULL;

          if (source == NULL || target == NULL || source == target)
            continue;
          readout_relation_set_add (relations, source, target, r->type, statement, work->document);
          readout_actor_registry_use (registry, work->registry_document, r->source);
          readout_actor_registry_use (registry, work->registry_document, r->target);
        }
      /* Done with this document's findings: keep the peak memory down */
      g_clear_pointer (&work->findings, g_free);
      g_clear_pointer (&work->relations, g_free);
    }

  readout_relation_set_collect (relations, result->relations);
}

static void
document_work_free (gpointer data)
{
  DocumentWork *work = data;

  readout_document_entities_free (work->entities);
  g_free (work->findings);
  g_free (work->relations);
  g_free (work);
}

gboolean
readout_engine_run (GPtrArray              *documents,
                    ReadoutLexicon         *lexicon,
                    ReadoutAnalysisResult  *result,
                    GCancellable           *cancellable,
                    ReadoutProgressFunc     progress,
                    gpointer                progress_data,
                    GError                **error)
{
  g_autoptr(GPtrArray) works = g_ptr_array_new_with_free_func (document_work_free);
  g_autoptr(ReadoutActorRegistry) registry = readout_actor_registry_new ();
  Shared shared = { readout_engine_lexicon_get (lexicon), cancellable, works };
  GThreadPool *pool = NULL;
  guint n_threads, n_done;
  guint n_merged = 0;  /* documents handed to the registry */

  g_return_val_if_fail (documents != NULL, FALSE);
  g_return_val_if_fail (READOUT_IS_LEXICON (lexicon), FALSE);

  g_mutex_init (&shared.lock);
  g_cond_init (&shared.done_cond);

  for (guint d = 0; d < documents->len; d++)
    {
      DocumentWork *work = g_new0 (DocumentWork, 1);
      work->document = g_ptr_array_index (documents, d);
      work->registry_document = -1;
      g_ptr_array_add (works, work);
    }

  /* Documents are independent until actors are merged: as many threads as processors, this
   * one included, each taking the next document left. This thread works too rather than wait:
   * what it allocates stays in its own malloc arena, where build_statements() can reuse it once
   * freed (memory that a pool thread allocates and this thread frees goes back to that thread's
   * arena, out of reach of the allocations that follow); taking documents in turn with the
   * pool, rather than a block of them, lets build_statements() reuse memory from the start. */
  n_threads = CLAMP (g_get_num_processors (), 1, MAX (1u, documents->len));
  if (n_threads > 1)
    {
      pool = g_thread_pool_new (analyze_document, &shared, n_threads - 1, FALSE, NULL);
      for (guint d = 0; d < works->len; d++)
        g_thread_pool_push (pool, g_ptr_array_index (works, d), NULL);
    }

  while ((n_done = analyze_next (&shared)) > 0)
    {
      merge_analyzed (&shared, registry, &n_merged);
      if (progress)
        progress (0.9 * n_done / works->len, progress_data);
    }

  /* The pool threads' last documents */
  g_mutex_lock (&shared.lock);
  while (shared.n_done < works->len)
    {
      double fraction;

      g_cond_wait (&shared.done_cond, &shared.lock);
      fraction = 0.9 * shared.n_done / works->len;
      g_mutex_unlock (&shared.lock);
      merge_analyzed (&shared, registry, &n_merged);
      if (progress)
        progress (fraction, progress_data);
      g_mutex_lock (&shared.lock);
    }
  g_mutex_unlock (&shared.lock);
  merge_analyzed (&shared, registry, &n_merged); /* those done before the wait above */
  if (pool)
    g_thread_pool_free (pool, FALSE, TRUE);
  g_mutex_clear (&shared.lock);
  g_cond_clear (&shared.done_cond);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  readout_actor_registry_build (registry);
  build_statements (works, registry, result);
  readout_actor_registry_collect (registry, result->actors);

  if (progress)
    progress (1.0, progress_data);
  return TRUE;
}
