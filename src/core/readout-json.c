/* readout-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "readout-actor.h"
#include "readout-attribution.h"
#include "readout-contradiction.h"
#include "readout-corpus.h"
#include "readout-document.h"
#include "readout-evidence.h"
#include "readout-json.h"
#include "readout-relation.h"
#include "readout-statement.h"

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_actor_ref (JsonBuilder  *builder,
               const char   *member,
               ReadoutActor *actor)
{
  add_string_or_null (builder, member, actor ? readout_actor_get_id (actor) : NULL);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *member,
          const char * const *strv)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strv && strv[i]; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

typedef const char *(*IdFunc) (gpointer);

static void
add_id_list (JsonBuilder *builder,
             const char  *member,
             GListModel  *model,
             IdFunc       get_id)
{
  guint n = g_list_model_get_n_items (model);

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      const char *id = get_id (item);

      if (id)
        json_builder_add_string_value (builder, id);
    }
  json_builder_end_array (builder);
}

JsonNode *
readout_json_document (ReadoutDocument *document)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_string_or_null (builder, "id", readout_document_get_id (document));
  add_string_or_null (builder, "path", readout_document_get_path (document) ?
                                       readout_document_get_path (document) :
                                       readout_document_get_uri (document));
  add_string_or_null (builder, "title", readout_document_get_title (document));
  add_string_or_null (builder, "outlet", readout_document_get_outlet (document));
  add_string_or_null (builder, "byline", readout_document_get_byline (document));
  add_string_or_null (builder, "published", readout_document_get_published (document));
  add_string_or_null (builder, "text", readout_document_get_text (document));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

JsonNode *
readout_json_actor (ReadoutActor *actor)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_string_or_null (builder, "id", readout_actor_get_id (actor));
  add_string_or_null (builder, "name", readout_actor_get_name (actor));
  add_string_or_null (builder, "kind", readout_actor_kind_to_string (readout_actor_get_kind (actor)));
  add_strv (builder, "aliases", readout_actor_get_aliases (actor));
  add_strv (builder, "roles", readout_actor_get_roles (actor));
  add_actor_ref (builder, "affiliation", readout_actor_get_affiliation (actor));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

JsonNode *
readout_json_statement (ReadoutStatement *statement)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  /* Not through the GListModel: asking for it would build one per statement. */
  guint n = readout_statement_get_n_attributions (statement);

  json_builder_begin_object (builder);
  add_string_or_null (builder, "id", readout_statement_get_id (statement));
  add_actor_ref (builder, "speaker", readout_statement_get_speaker (statement));
  add_id_list (builder, "addressees", readout_statement_get_addressees (statement),
               (IdFunc)readout_actor_get_id);
  add_string_or_null (builder, "content", readout_statement_get_content (statement));
  json_builder_set_member_name (builder, "attributions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      ReadoutAttribution *a = readout_statement_get_attribution (statement, i);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "document", readout_document_get_id (readout_attribution_get_document (a)));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, readout_attribution_get_start (a));
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, readout_attribution_get_end (a));
      add_string_or_null (builder, "text", readout_attribution_get_text (a));
      add_string_or_null (builder, "cue", readout_attribution_get_cue (a));
      add_string_or_null (builder, "kind", readout_attribution_kind_to_string (readout_attribution_get_kind (a)));
      add_actor_ref (builder, "reported_by", readout_attribution_get_reported_by (a));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

JsonNode *
readout_json_relation (ReadoutRelation *relation)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_string_or_null (builder, "id", readout_relation_get_id (relation));
  add_actor_ref (builder, "source", readout_relation_get_source (relation));
  add_actor_ref (builder, "target", readout_relation_get_target (relation));
  add_string_or_null (builder, "type", readout_relation_get_relation_type (relation));
  add_id_list (builder, "statements", readout_relation_get_statements (relation),
               (IdFunc)readout_statement_get_id);
  add_id_list (builder, "documents", readout_relation_get_documents (relation),
               (IdFunc)readout_document_get_id);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

JsonNode *
readout_json_contradiction (ReadoutContradiction *contradiction,
                            gboolean              with_review)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *evidence = readout_contradiction_get_evidence (contradiction);
  guint n = g_list_model_get_n_items (evidence);

  json_builder_begin_object (builder);
  add_string_or_null (builder, "id", readout_contradiction_get_id (contradiction));
  add_string_or_null (builder, "kind",
                      readout_contradiction_kind_to_string (readout_contradiction_get_kind (contradiction)));
  add_string_or_null (builder, "summary", readout_contradiction_get_summary (contradiction));
  add_id_list (builder, "statements", readout_contradiction_get_statements (contradiction),
               (IdFunc)readout_statement_get_id);
  add_id_list (builder, "actors", readout_contradiction_get_actors (contradiction),
               (IdFunc)readout_actor_get_id);
  json_builder_set_member_name (builder, "evidence");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutEvidence) e = g_list_model_get_item (evidence, i);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "document", readout_document_get_id (readout_evidence_get_document (e)));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, readout_evidence_get_start (e));
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, readout_evidence_get_end (e));
      add_string_or_null (builder, "text", readout_evidence_get_text (e));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "confidence");
  json_builder_add_double_value (builder, readout_contradiction_get_confidence (contradiction));
  if (with_review)
    {
      add_string_or_null (builder, "review",
                          readout_review_state_to_string (readout_contradiction_get_review (contradiction)));
      add_string_or_null (builder, "note", readout_contradiction_get_note (contradiction));
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
add_list (JsonBuilder  *builder,
          const char   *member,
          GListModel   *model,
          JsonNode   *(*serialize) (gpointer))
{
  guint n = g_list_model_get_n_items (model);

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      json_builder_add_value (builder, serialize (item));
    }
  json_builder_end_array (builder);
}

static JsonNode *
contradiction_with_review (gpointer item)
{
  return readout_json_contradiction (item, TRUE);
}

static JsonNode *
corroboration (gpointer item)
{
  return readout_json_contradiction (item, FALSE);
}

JsonNode *
readout_json_serialize (ReadoutCorpus *corpus)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (READOUT_IS_CORPUS (corpus), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, READOUT_JSON_FORMAT);
  add_list (builder, "documents", readout_corpus_get_documents (corpus), (gpointer)readout_json_document);
  add_list (builder, "actors", readout_corpus_get_actors (corpus), (gpointer)readout_json_actor);
  add_list (builder, "statements", readout_corpus_get_statements (corpus), (gpointer)readout_json_statement);
  add_list (builder, "relations", readout_corpus_get_relations (corpus), (gpointer)readout_json_relation);
  add_list (builder, "contradictions", readout_corpus_get_contradictions (corpus), contradiction_with_review);
  add_list (builder, "corroborations", readout_corpus_get_corroborations (corpus), corroboration);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

char *
readout_json_to_string (ReadoutCorpus *corpus,
                        gboolean       pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = readout_json_serialize (corpus);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 1);
  return json_generator_to_data (generator, NULL);
}
