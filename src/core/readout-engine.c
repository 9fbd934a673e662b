/* readout-engine.c: the attribution engine.
 *
 * Per document, in a thread pool: segmentation (tokens, sentences, quotations), mentions,
 * in-document resolution and attribution. Then, over the whole set: actors merged across
 * documents, attributions linked into statements, relations merged.
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

typedef struct
{
  ReadoutDocument             *document;
  ReadoutDocumentEntities     *entities;
  ReadoutDocumentAttributions *attributions;
} DocumentWork;

typedef struct
{
  ReadoutEngineLexicon *lexicon;
  GCancellable         *cancellable;
  GMutex                lock;
  GCond                 done_cond;
  guint                 n_done;
} Shared;

static void
analyze_document (gpointer data,
                  gpointer user_data)
{
  DocumentWork *work = data;
  Shared *shared = user_data;

  if (!g_cancellable_is_cancelled (shared->cancellable))
    {
      const char *text = readout_document_get_text (work->document);
      guint n_paragraphs = 0;
      const ReadoutSpan *paragraphs = readout_document_get_paragraphs (work->document, &n_paragraphs);
      g_autoptr(ReadoutSegmentation) seg = NULL;
      g_autoptr(ReadoutMentions) mentions = NULL;

      seg = readout_segmentation_new (text ? text : "", text ? readout_document_get_length (work->document) : 0,
                                      paragraphs, n_paragraphs, shared->lexicon);
      mentions = readout_mentions_find (seg, shared->lexicon);
      work->entities = readout_resolver_resolve_document (seg, mentions);
      work->attributions = readout_attributor_run (seg, mentions, work->entities, shared->lexicon);
    }

  g_mutex_lock (&shared->lock);
  shared->n_done++;
  g_cond_signal (&shared->done_cond);
  g_mutex_unlock (&shared->lock);
}

/* The claim in text[0, length) without quotation marks and with single spaces, into out. */
static void
normalize_content (const char *text,
                   gsize       length,
                   GString    *out)
{
  const char *end = text + length;
  gboolean space = FALSE;
  char *o;

  /* Written in place: the claim is never longer than the text, but a character re-encoded
   * from a broken sequence may be, hence the margin */
  g_string_set_size (out, 2 * length + 8);
  o = out->str;
  for (const char *p = text; p < end && *p; )
    {
      guchar b = (guchar)*p;
      gunichar c;

      /* Most characters are ASCII: decode only the others */
      if (b < 0x80)
        {
          p++;
          if (b == '"')
            continue;
          /* g_unichar_isspace() for ASCII, without the call */
          if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f')
            {
              space = o > out->str;
              continue;
            }
          if (space)
            *o++ = ' ';
          space = FALSE;
          *o++ = (char)b;
          continue;
        }

      c = g_utf8_get_char (p);
      if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB || c == 0x2018 ||
          (c == 0x2019 && (p == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p))))))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      p = g_utf8_next_char (p);
      if (g_unichar_isspace (c))
        {
          space = o > out->str;
          continue;
        }
      if (space)
        *o++ = ' ';
      space = FALSE;
      o += g_unichar_to_utf8 (c, o);
    }
  g_string_truncate (out, o - out->str);
}

static void
build_statements (GPtrArray             *works,
                  ReadoutActorRegistry  *registry,
                  ReadoutAnalysisResult *result)
{
  g_autoptr(ReadoutLinker) linker = readout_linker_new ();
  g_autoptr(ReadoutRelationSet) relations = readout_relation_set_new ();
  g_autoptr(GString) content = g_string_sized_new (256);
  /* A document's statements by serial, for its relations */
  g_autoptr(GPtrArray) by_serial = g_ptr_array_new ();

  for (guint d = 0; d < works->len; d++)
    {
      DocumentWork *work = g_ptr_array_index (works, d);
      GArray *found;

      if (work->attributions == NULL)
        continue;
      found = work->attributions->statements;
      g_ptr_array_set_size (by_serial, 0);
      for (guint i = 0; i < found->len; i++)
        {
          ReadoutFoundStatement *s = &g_array_index (found, ReadoutFoundStatement, i);
          ReadoutActor *speaker = readout_actor_registry_actor_for (registry, work->entities, s->speaker);
          ReadoutActor *reporter = readout_actor_registry_actor_for (registry, work->entities, s->reported_by);
          ReadoutActor *addressee = readout_actor_registry_actor_for (registry, work->entities, s->addressee);
          g_autoptr(ReadoutAttribution) attribution = NULL;
          ReadoutStatement *statement;
          gboolean created;

          if (s->dropped || speaker == NULL || s->end <= s->start)
            continue;
          attribution = readout_attribution_new (work->document, s->start, s->end, s->kind);
          readout_attribution_set_cue_from_span (attribution, s->cue_start, s->cue_end);
          if (s->speaker_end > s->speaker_start)
            readout_attribution_set_speaker_span (attribution, s->speaker_start, s->speaker_end);
          readout_attribution_set_speaker (attribution, speaker);
          if (reporter && reporter != speaker)
            {
              readout_attribution_set_reported_by (attribution, reporter);
              readout_actor_registry_use (registry, reporter);
            }
          statement = readout_linker_link (linker, speaker, attribution, result->statements, &created);
          if (created)
            {
              gsize length;
              const char *text = readout_attribution_peek_text (attribution, &length);

              normalize_content (text, length, content);
              readout_statement_set_content (statement, content->str);
            }
          readout_actor_registry_use (registry, speaker);
          if (addressee && addressee != speaker)
            {
              readout_statement_add_addressee (statement, addressee);
              readout_actor_registry_use (registry, addressee);
            }
          if (s->serial >= by_serial->len)
            g_ptr_array_set_size (by_serial, s->serial + 1);
          g_ptr_array_index (by_serial, s->serial) = statement;
        }

      for (guint i = 0; i < work->attributions->relations->len; i++)
        {
          ReadoutFoundRelation *r = &g_array_index (work->attributions->relations, ReadoutFoundRelation, i);
          ReadoutActor *source = readout_actor_registry_actor_for (registry, work->entities, r->source);
          ReadoutActor *target = readout_actor_registry_actor_for (registry, work->entities, r->target);
          ReadoutStatement *statement = r->statement >= 0 && (guint)r->statement < by_serial->len
            ? g_ptr_array_index (by_serial, r->statement) : NULL;

          if (source == NULL || target == NULL || source == target)
            continue;
          readout_relation_set_add (relations, source, target, r->type, statement, work->document);
          readout_actor_registry_use (registry, source);
          readout_actor_registry_use (registry, target);
        }
      /* Done with this document's findings and entities (the registry has merged them into
       * actors already): keep the peak memory down */
      g_clear_pointer (&work->attributions, readout_document_attributions_free);
      g_clear_pointer (&work->entities, readout_document_entities_free);
    }

  readout_relation_set_collect (relations, result->relations);
}

static void
document_work_free (gpointer data)
{
  DocumentWork *work = data;

  readout_document_entities_free (work->entities);
  readout_document_attributions_free (work->attributions);
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
  g_autoptr(ReadoutActorRegistry) registry = NULL;
  Shared shared = { readout_engine_lexicon_get (lexicon), cancellable };
  GThreadPool *pool;
  guint n_threads;

  g_return_val_if_fail (documents != NULL, FALSE);
  g_return_val_if_fail (READOUT_IS_LEXICON (lexicon), FALSE);

  g_mutex_init (&shared.lock);
  g_cond_init (&shared.done_cond);

  for (guint d = 0; d < documents->len; d++)
    {
      DocumentWork *work = g_new0 (DocumentWork, 1);
      work->document = g_ptr_array_index (documents, d);
      g_ptr_array_add (works, work);
    }

  /* Documents are independent until actors are merged: one task each, as many threads as
   * processors; a single document needs no thread at all. */
  n_threads = CLAMP (g_get_num_processors (), 1, MAX (1u, documents->len));
  if (n_threads == 1)
    {
      for (guint d = 0; d < works->len; d++)
        {
          analyze_document (g_ptr_array_index (works, d), &shared);
          if (progress)
            progress (0.9 * (d + 1) / works->len, progress_data);
        }
      pool = NULL;
    }
  else
    {
      pool = g_thread_pool_new (analyze_document, &shared, n_threads, FALSE, NULL);
      for (guint d = 0; d < works->len; d++)
        g_thread_pool_push (pool, g_ptr_array_index (works, d), NULL);
    }

  g_mutex_lock (&shared.lock);
  while (shared.n_done < works->len)
    {
      g_cond_wait (&shared.done_cond, &shared.lock);
      if (progress && works->len)
        {
          double fraction = 0.9 * shared.n_done / works->len;
          g_mutex_unlock (&shared.lock);
          progress (fraction, progress_data);
          g_mutex_lock (&shared.lock);
        }
    }
  g_mutex_unlock (&shared.lock);
  if (pool)
    g_thread_pool_free (pool, FALSE, TRUE);
  g_mutex_clear (&shared.lock);
  g_cond_clear (&shared.done_cond);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  registry = readout_actor_registry_new ();
  for (guint d = 0; d < works->len; d++)
    {
      DocumentWork *work = g_ptr_array_index (works, d);
      if (work->entities)
        readout_actor_registry_add (registry, work->entities);
    }
  readout_actor_registry_build (registry);
  build_statements (works, registry, result);
  readout_actor_registry_collect (registry, result->actors);

  if (progress)
    progress (1.0, progress_data);
  return TRUE;
}
