/* readout-correction.c: the user's corrections of an analysis, and applying them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-actor.h"
#include "readout-attribution.h"
#include "readout-contradiction.h"
#include "readout-corpus.h"
#include "readout-correction-private.h"
#include "readout-document.h"
#include "readout-enums.h"
#include "readout-project-json.h"
#include "readout-relation.h"
#include "readout-statement.h"
#include "readout-util.h"

/* ------------------------------------------------------------------------------------------
 * Corrections
 * ------------------------------------------------------------------------------------------ */

/* Identifies a statement across analyses: the words of one of its reports, in which document,
 * where (a hint to tell repeated quotes apart) and by whom (a hint when two match). */
typedef struct
{
  char    *document;
  guint64  start;
  char    *text;
  char    *speaker;
} StatementKey;

struct _ReadoutCorrection
{
  grefcount               ref_count;
  ReadoutCorrectionKind   kind;
  StatementKey            statement;        /* SPEAKER, REMOVE_STATEMENT */
  char                   *document;         /* ADD_STATEMENT */
  guint64                 start;
  guint64                 end;
  char                   *text;
  char                   *actor;            /* the speaker, or the actor renamed or merged */
  ReadoutActorKind        actor_kind;
  char                   *target;           /* RENAME_ACTOR: new name; MERGE_ACTORS: into */
  char                   *cue;
  ReadoutAttributionKind  attribution_kind;
};

G_DEFINE_BOXED_TYPE (ReadoutCorrection, readout_correction,
                     readout_correction_ref, readout_correction_unref)

static const struct
{
  ReadoutCorrectionKind  kind;
  const char            *name;
} correction_types[] = {
  { READOUT_CORRECTION_SPEAKER, "speaker" },
  { READOUT_CORRECTION_REMOVE_STATEMENT, "remove-statement" },
  { READOUT_CORRECTION_ADD_STATEMENT, "add-statement" },
  { READOUT_CORRECTION_RENAME_ACTOR, "rename-actor" },
  { READOUT_CORRECTION_MERGE_ACTORS, "merge-actors" },
};

static ReadoutCorrection *
correction_new (ReadoutCorrectionKind kind)
{
  ReadoutCorrection *self = g_new0 (ReadoutCorrection, 1);

  g_ref_count_init (&self->ref_count);
  self->kind = kind;
  return self;
}

ReadoutCorrection *
readout_correction_ref (ReadoutCorrection *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_ref_count_inc (&self->ref_count);
  return self;
}

void
readout_correction_unref (ReadoutCorrection *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;
  g_free (self->statement.document);
  g_free (self->statement.text);
  g_free (self->statement.speaker);
  g_free (self->document);
  g_free (self->text);
  g_free (self->actor);
  g_free (self->target);
  g_free (self->cue);
  g_free (self);
}

static const char *
speaker_name (ReadoutStatement *statement)
{
  ReadoutActor *speaker = readout_statement_get_speaker (statement);

  return speaker ? readout_actor_get_name (speaker) : NULL;
}

static void
statement_key_init (StatementKey     *key,
                    ReadoutStatement *statement)
{
  g_autoptr(ReadoutAttribution) first = NULL;

  first = g_list_model_get_item (readout_statement_get_attributions (statement), 0);
  if (first != NULL)
    {
      key->document = g_strdup (readout_document_get_id (readout_attribution_get_document (first)));
      key->start = readout_attribution_get_start (first);
      key->text = g_strdup (readout_attribution_get_text (first));
    }
  key->speaker = g_strdup (speaker_name (statement));
}

ReadoutCorrection *
readout_correction_new_speaker (ReadoutStatement *statement,
                                const char       *speaker_name,
                                ReadoutActorKind  speaker_kind,
                                const char       *cue)
{
  ReadoutCorrection *self;

  g_return_val_if_fail (READOUT_IS_STATEMENT (statement), NULL);
  g_return_val_if_fail (speaker_name != NULL && *speaker_name, NULL);

  self = correction_new (READOUT_CORRECTION_SPEAKER);
  statement_key_init (&self->statement, statement);
  self->actor = g_strstrip (g_strdup (speaker_name));
  self->actor_kind = speaker_kind;
  self->cue = cue && *cue ? g_strdup (cue) : NULL;
  return self;
}

ReadoutCorrection *
readout_correction_new_remove_statement (ReadoutStatement *statement)
{
  ReadoutCorrection *self;

  g_return_val_if_fail (READOUT_IS_STATEMENT (statement), NULL);

  self = correction_new (READOUT_CORRECTION_REMOVE_STATEMENT);
  statement_key_init (&self->statement, statement);
  return self;
}

ReadoutCorrection *
readout_correction_new_add_statement (ReadoutDocument        *document,
                                      gsize                   start,
                                      gsize                   end,
                                      const char             *speaker_name,
                                      ReadoutActorKind        speaker_kind,
                                      const char             *cue,
                                      ReadoutAttributionKind  kind)
{
  ReadoutCorrection *self;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (readout_document_get_id (document) != NULL, NULL);
  g_return_val_if_fail (speaker_name != NULL && *speaker_name, NULL);

  self = correction_new (READOUT_CORRECTION_ADD_STATEMENT);
  self->document = g_strdup (readout_document_get_id (document));
  self->start = start;
  self->end = end;
  self->text = readout_document_dup_slice (document, start, end);
  self->actor = g_strstrip (g_strdup (speaker_name));
  self->actor_kind = speaker_kind;
  self->cue = cue && *cue ? g_strdup (cue) : NULL;
  self->attribution_kind = kind;
  return self;
}

ReadoutCorrection *
readout_correction_new_rename_actor (const char *actor_name,
                                     const char *new_name)
{
  ReadoutCorrection *self;

  g_return_val_if_fail (actor_name != NULL && *actor_name, NULL);
  g_return_val_if_fail (new_name != NULL && *new_name, NULL);

  self = correction_new (READOUT_CORRECTION_RENAME_ACTOR);
  self->actor = g_strdup (actor_name);
  self->target = g_strstrip (g_strdup (new_name));
  return self;
}

ReadoutCorrection *
readout_correction_new_merge_actors (const char *actor_name,
                                     const char *into_name)
{
  ReadoutCorrection *self;

  g_return_val_if_fail (actor_name != NULL && *actor_name, NULL);
  g_return_val_if_fail (into_name != NULL && *into_name, NULL);

  self = correction_new (READOUT_CORRECTION_MERGE_ACTORS);
  self->actor = g_strdup (actor_name);
  self->target = g_strdup (into_name);
  return self;
}

ReadoutCorrectionKind
readout_correction_get_kind (ReadoutCorrection *self)
{
  g_return_val_if_fail (self != NULL, READOUT_CORRECTION_SPEAKER);
  return self->kind;
}

char *
readout_correction_dup_label (ReadoutCorrection *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case READOUT_CORRECTION_SPEAKER:
      return g_strdup_printf (_("Change Speaker to “%s”"), self->actor);
    case READOUT_CORRECTION_REMOVE_STATEMENT:
      return g_strdup (_("Mark as Not a Statement"));
    case READOUT_CORRECTION_ADD_STATEMENT:
      return g_strdup_printf (_("Add Statement by “%s”"), self->actor);
    case READOUT_CORRECTION_RENAME_ACTOR:
      return g_strdup_printf (_("Rename “%s” to “%s”"), self->actor, self->target);
    case READOUT_CORRECTION_MERGE_ACTORS:
      return g_strdup_printf (_("Merge “%s” into “%s”"), self->actor, self->target);
    default:
      g_assert_not_reached ();
    }
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

static void
add_uint (JsonBuilder *builder,
          const char  *member,
          guint64      value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, (gint64)value);
}

JsonNode *
readout_correction_to_json (ReadoutCorrection *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  add_string (builder, "type", correction_types[self->kind].name);
  switch (self->kind)
    {
    case READOUT_CORRECTION_SPEAKER:
    case READOUT_CORRECTION_REMOVE_STATEMENT:
      json_builder_set_member_name (builder, "statement");
      json_builder_begin_object (builder);
      add_string (builder, "document", self->statement.document);
      add_uint (builder, "start", self->statement.start);
      add_string (builder, "text", self->statement.text);
      add_string (builder, "speaker", self->statement.speaker);
      json_builder_end_object (builder);
      if (self->kind == READOUT_CORRECTION_SPEAKER)
        {
          add_string (builder, "speaker", self->actor);
          add_string (builder, "speaker_kind", readout_actor_kind_to_string (self->actor_kind));
          add_string (builder, "cue", self->cue);
        }
      break;

    case READOUT_CORRECTION_ADD_STATEMENT:
      add_string (builder, "document", self->document);
      add_uint (builder, "start", self->start);
      add_uint (builder, "end", self->end);
      add_string (builder, "text", self->text);
      add_string (builder, "speaker", self->actor);
      add_string (builder, "speaker_kind", readout_actor_kind_to_string (self->actor_kind));
      add_string (builder, "cue", self->cue);
      add_string (builder, "kind", readout_attribution_kind_to_string (self->attribution_kind));
      break;

    case READOUT_CORRECTION_RENAME_ACTOR:
      add_string (builder, "actor", self->actor);
      add_string (builder, "name", self->target);
      break;

    case READOUT_CORRECTION_MERGE_ACTORS:
      add_string (builder, "actor", self->actor);
      add_string (builder, "into", self->target);
      break;

    default:
      g_assert_not_reached ();
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static gboolean
read_nonempty (JsonObject  *object,
               const char  *member,
               const char  *where,
               char       **value,
               GError     **error)
{
  const char *str;

  if (!readout_project_json_string (object, member, where, FALSE, &str, error))
    return FALSE;
  if (*str == '\0')
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_FORMAT,
                   _("The project file is damaged: %s.%s is empty"), where, member);
      return FALSE;
    }
  *value = g_strdup (str);
  return TRUE;
}

static gboolean
read_optional (JsonObject  *object,
               const char  *member,
               const char  *where,
               char       **value,
               GError     **error)
{
  const char *str;

  if (!readout_project_json_string (object, member, where, TRUE, &str, error))
    return FALSE;
  *value = str && *str ? g_strdup (str) : NULL;
  return TRUE;
}

static gboolean
read_actor_kind (JsonObject        *object,
                 const char        *where,
                 ReadoutActorKind  *kind,
                 GError           **error)
{
  const char *str;

  if (!readout_project_json_string (object, "speaker_kind", where, TRUE, &str, error))
    return FALSE;
  *kind = str ? readout_actor_kind_from_string (str) : READOUT_ACTOR_PERSON;
  return TRUE;
}

ReadoutCorrection *
readout_correction_new_from_json (JsonNode    *node,
                                  const char  *where,
                                  GError     **error)
{
  g_autoptr(ReadoutCorrection) self = NULL;
  JsonObject *object, *key;
  const char *type;
  g_autofree char *key_where = NULL;

  if (!readout_project_json_object (node, where, &object, error) ||
      !readout_project_json_string (object, "type", where, FALSE, &type, error))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (correction_types) && self == NULL; i++)
    if (g_strcmp0 (type, correction_types[i].name) == 0)
      self = correction_new (correction_types[i].kind);
  if (self == NULL)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_FORMAT,
                   _("The project file is damaged: %s has an unknown type “%s”"), where, type);
      return NULL;
    }

  switch (self->kind)
    {
    case READOUT_CORRECTION_SPEAKER:
    case READOUT_CORRECTION_REMOVE_STATEMENT:
      key_where = g_strdup_printf ("%s.statement", where);
      if (!readout_project_json_object (json_object_get_member (object, "statement"), key_where, &key, error) ||
          !read_nonempty (key, "document", key_where, &self->statement.document, error) ||
          !readout_project_json_uint (key, "start", key_where, G_MAXUINT32, &self->statement.start, error) ||
          !read_nonempty (key, "text", key_where, &self->statement.text, error) ||
          !read_optional (key, "speaker", key_where, &self->statement.speaker, error))
        return NULL;
      if (self->kind == READOUT_CORRECTION_SPEAKER &&
          (!read_nonempty (object, "speaker", where, &self->actor, error) ||
           !read_actor_kind (object, where, &self->actor_kind, error) ||
           !read_optional (object, "cue", where, &self->cue, error)))
        return NULL;
      break;

    case READOUT_CORRECTION_ADD_STATEMENT:
      {
        const char *kind;

        if (!read_nonempty (object, "document", where, &self->document, error) ||
            !readout_project_json_uint (object, "start", where, G_MAXUINT32, &self->start, error) ||
            !readout_project_json_uint (object, "end", where, G_MAXUINT32, &self->end, error) ||
            !read_optional (object, "text", where, &self->text, error) ||
            !read_nonempty (object, "speaker", where, &self->actor, error) ||
            !read_actor_kind (object, where, &self->actor_kind, error) ||
            !read_optional (object, "cue", where, &self->cue, error) ||
            !readout_project_json_string (object, "kind", where, TRUE, &kind, error))
          return NULL;
        if (self->end <= self->start)
          {
            g_set_error (error, READOUT_ERROR, READOUT_ERROR_FORMAT,
                         _("The project file is damaged: %s has an empty span"), where);
            return NULL;
          }
        self->attribution_kind = readout_attribution_kind_from_string (kind);
      }
      break;

    case READOUT_CORRECTION_RENAME_ACTOR:
      if (!read_nonempty (object, "actor", where, &self->actor, error) ||
          !read_nonempty (object, "name", where, &self->target, error))
        return NULL;
      break;

    case READOUT_CORRECTION_MERGE_ACTORS:
      if (!read_nonempty (object, "actor", where, &self->actor, error) ||
          !read_nonempty (object, "into", where, &self->target, error))
        return NULL;
      break;

    default:
      g_assert_not_reached ();
    }
  return g_steal_pointer (&self);
}

/* ------------------------------------------------------------------------------------------
 * Change logs: what applying one correction changed on the live objects, to undo it exactly.
 * ------------------------------------------------------------------------------------------ */

typedef enum
{
  CHANGE_SPEAKER,         /* object: statement, value: old speaker */
  CHANGE_REPORTED_BY,     /* object: attribution, value: old actor */
  CHANGE_CUE,             /* object: attribution, text: old cue */
  CHANGE_NAME,            /* object: actor, text: old name */
  CHANGE_ALIAS_ADDED,     /* object: actor, text: the alias */
  CHANGE_AFFILIATION,     /* object: actor, value: old affiliation */
  CHANGE_RELATION_SOURCE, /* object: relation, value: old source */
  CHANGE_RELATION_TARGET, /* object: relation, value: old target */
  CHANGE_INSERTED,        /* list, position, value: the item */
  CHANGE_REMOVED,         /* list, position, value: the item */
} ChangeKind;

typedef struct
{
  ChangeKind  kind;
  GObject    *object;
  GObject    *value;
  GListModel *list;
  guint       position;
  char       *text;
} Change;

static void
change_clear (gpointer data)
{
  Change *change = data;

  g_clear_object (&change->object);
  g_clear_object (&change->value);
  g_clear_object (&change->list);
  g_clear_pointer (&change->text, g_free);
}

GArray *
readout_change_log_new (void)
{
  GArray *log = g_array_new (FALSE, TRUE, sizeof (Change));

  g_array_set_clear_func (log, change_clear);
  return log;
}

static void
log_push (GArray     *log,
          ChangeKind  kind,
          gpointer    object,
          gpointer    value,
          GListModel *list,
          guint       position,
          const char *text)
{
  Change change = { kind, NULL, NULL, NULL, position, g_strdup (text) };

  change.object = object ? g_object_ref (object) : NULL;
  change.value = value ? g_object_ref (value) : NULL;
  change.list = list ? g_object_ref (list) : NULL;
  g_array_append_val (log, change);
}

/* The model objects hand out their GListStores as read-only GListModels. User corrections are
 * the one place that edits those lists from outside, on the main thread, as the analysis
 * itself would have; the check keeps this honest if a model ever stops being a store. */
static GListStore *
editable (GListModel *model)
{
  g_return_val_if_fail (G_IS_LIST_STORE (model), NULL);
  return G_LIST_STORE (model);
}

static void
log_insert (GArray     *log,
            GListModel *list,
            guint       position,
            gpointer    item)
{
  position = MIN (position, g_list_model_get_n_items (list));
  g_list_store_insert (editable (list), position, item);
  log_push (log, CHANGE_INSERTED, NULL, item, list, position, NULL);
}

static void
log_remove (GArray     *log,
            GListModel *list,
            gpointer    item)
{
  guint position;
  g_autoptr(GObject) keep = g_object_ref (item);

  if (!g_list_store_find (editable (list), item, &position))
    return;
  g_list_store_remove (editable (list), position);
  log_push (log, CHANGE_REMOVED, NULL, item, list, position, NULL);
}

static void
log_set_speaker (GArray           *log,
                 ReadoutStatement *statement,
                 ReadoutActor     *speaker)
{
  ReadoutActor *old = readout_statement_get_speaker (statement);

  if (old == speaker)
    return;
  log_push (log, CHANGE_SPEAKER, statement, old, NULL, 0, NULL);
  readout_statement_set_speaker (statement, speaker);
}

static void
log_set_reported_by (GArray             *log,
                     ReadoutAttribution *attribution,
                     ReadoutActor       *actor)
{
  log_push (log, CHANGE_REPORTED_BY, attribution, readout_attribution_get_reported_by (attribution),
            NULL, 0, NULL);
  readout_attribution_set_reported_by (attribution, actor);
}

static void
log_set_cue (GArray             *log,
             ReadoutAttribution *attribution,
             const char         *cue)
{
  if (g_strcmp0 (readout_attribution_get_cue (attribution), cue) == 0)
    return;
  log_push (log, CHANGE_CUE, attribution, NULL, NULL, 0, readout_attribution_get_cue (attribution));
  readout_attribution_set_cue (attribution, cue);
}

static void
log_set_name (GArray       *log,
              ReadoutActor *actor,
              const char   *name)
{
  log_push (log, CHANGE_NAME, actor, NULL, NULL, 0, readout_actor_get_name (actor));
  readout_actor_set_name (actor, name);
}

static void
log_add_alias (GArray       *log,
               ReadoutActor *actor,
               const char   *alias)
{
  if (alias && readout_actor_add_alias (actor, alias))
    log_push (log, CHANGE_ALIAS_ADDED, actor, NULL, NULL, 0, alias);
}

static void
log_set_affiliation (GArray       *log,
                     ReadoutActor *actor,
                     ReadoutActor *affiliation)
{
  log_push (log, CHANGE_AFFILIATION, actor, readout_actor_get_affiliation (actor), NULL, 0, NULL);
  readout_actor_set_affiliation (actor, affiliation);
}

static void
log_set_relation_end (GArray          *log,
                      ReadoutRelation *relation,
                      gboolean         source,
                      ReadoutActor    *actor)
{
  if (source)
    {
      log_push (log, CHANGE_RELATION_SOURCE, relation, readout_relation_get_source (relation), NULL, 0, NULL);
      readout_relation_set_source (relation, actor);
    }
  else
    {
      log_push (log, CHANGE_RELATION_TARGET, relation, readout_relation_get_target (relation), NULL, 0, NULL);
      readout_relation_set_target (relation, actor);
    }
}

void
readout_change_log_revert (GArray *log)
{
  for (guint i = log->len; i > 0; i--)
    {
      Change *change = &g_array_index (log, Change, i - 1);

      switch (change->kind)
        {
        case CHANGE_SPEAKER:
          readout_statement_set_speaker (READOUT_STATEMENT (change->object), (ReadoutActor *)change->value);
          break;
        case CHANGE_REPORTED_BY:
          readout_attribution_set_reported_by (READOUT_ATTRIBUTION (change->object), (ReadoutActor *)change->value);
          break;
        case CHANGE_CUE:
          readout_attribution_set_cue (READOUT_ATTRIBUTION (change->object), change->text);
          break;
        case CHANGE_NAME:
          readout_actor_set_name (READOUT_ACTOR (change->object), change->text);
          break;
        case CHANGE_ALIAS_ADDED:
          readout_actor_remove_alias (READOUT_ACTOR (change->object), change->text);
          break;
        case CHANGE_AFFILIATION:
          readout_actor_set_affiliation (READOUT_ACTOR (change->object), (ReadoutActor *)change->value);
          break;
        case CHANGE_RELATION_SOURCE:
          readout_relation_set_source (READOUT_RELATION (change->object), (ReadoutActor *)change->value);
          break;
        case CHANGE_RELATION_TARGET:
          readout_relation_set_target (READOUT_RELATION (change->object), (ReadoutActor *)change->value);
          break;
        case CHANGE_INSERTED:
          {
            guint position;

            /* The list was only changed by later logs, all reverted by now; find it anyway
             * in case the corpus was cleared meanwhile. */
            if (g_list_store_find (editable (change->list), change->value, &position))
              g_list_store_remove (editable (change->list), position);
          }
          break;
        case CHANGE_REMOVED:
          g_list_store_insert (editable (change->list),
                               MIN (change->position, g_list_model_get_n_items (change->list)),
                               change->value);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  g_array_set_size (log, 0);
}

/* ------------------------------------------------------------------------------------------
 * Finding things in a new analysis
 * ------------------------------------------------------------------------------------------ */

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL, *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_strcmp0 (fa, fb) == 0;
}

/* Names first: an alias left by a rename must not hide an actor with that very name. */
static ReadoutActor *
find_actor (ReadoutCorpus *corpus,
            const char    *name)
{
  GListModel *actors = readout_corpus_get_actors (corpus);
  guint n = g_list_model_get_n_items (actors);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(ReadoutActor) actor = g_list_model_get_item (actors, i);

        if (pass == 0 ? same_name (readout_actor_get_name (actor), name)
                      : readout_actor_has_alias (actor, name))
          return actor; /* the store keeps it alive */
      }
  return NULL;
}

static ReadoutActor *
find_or_create_actor (ReadoutCorpus    *corpus,
                      const char       *name,
                      ReadoutActorKind  kind,
                      GArray           *log)
{
  ReadoutActor *actor = find_actor (corpus, name);
  g_autoptr(ReadoutActor) created = NULL;
  GListModel *actors;
  char id[32];

  if (actor != NULL)
    return actor;

  created = readout_actor_new (name, kind);
  for (guint i = 1; ; i++)
    {
      g_snprintf (id, sizeof id, "ua%u", i);
      if (readout_corpus_find_actor (corpus, id) == NULL)
        break;
    }
  readout_actor_set_id (created, id);
  actors = readout_corpus_get_actors (corpus);
  log_insert (log, actors, g_list_model_get_n_items (actors), created);
  return created;
}

static gboolean
spans_overlap (guint64 a_start, guint64 a_end,
               guint64 b_start, guint64 b_end)
{
  return a_start < b_end && b_start < a_end;
}

/* The statement with a report of the key's words in the key's document: the exact words
 * first, else words that contain or are contained in them at the same place (a newer engine
 * may trim a span differently); the speaker's name and the distance break ties. */
static ReadoutStatement *
find_statement (ReadoutCorpus       *corpus,
                const StatementKey  *key,
                ReadoutAttribution **attribution_out)
{
  GListModel *statements = readout_corpus_get_statements (corpus);
  guint n = g_list_model_get_n_items (statements);
  ReadoutStatement *best = NULL;
  ReadoutAttribution *best_attribution = NULL;
  int best_score = 0;
  guint64 best_distance = G_MAXUINT64;
  guint64 key_end;

  if (key->document == NULL || key->text == NULL || *key->text == '\0')
    return NULL;
  key_end = key->start + strlen (key->text);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);
      GListModel *attributions = readout_statement_get_attributions (statement);
      guint n_attributions = g_list_model_get_n_items (attributions);
      ReadoutActor *speaker = readout_statement_get_speaker (statement);

      for (guint j = 0; j < n_attributions; j++)
        {
          g_autoptr(ReadoutAttribution) attribution = g_list_model_get_item (attributions, j);
          ReadoutDocument *document = readout_attribution_get_document (attribution);
          const char *text = readout_attribution_get_text (attribution);
          guint64 start = readout_attribution_get_start (attribution);
          guint64 end = readout_attribution_get_end (attribution);
          guint64 distance = start > key->start ? start - key->start : key->start - start;
          int score;

          if (g_strcmp0 (readout_document_get_id (document), key->document) != 0 || text == NULL || *text == '\0')
            continue;
          if (strcmp (text, key->text) == 0)
            score = 4;
          else if (spans_overlap (start, end, key->start, key_end) &&
                   (strstr (text, key->text) != NULL || strstr (key->text, text) != NULL))
            score = 2;
          else
            continue;
          if (key->speaker && speaker && readout_actor_has_alias (speaker, key->speaker))
            score++;

          if (score > best_score || (score == best_score && distance < best_distance))
            {
              best = statement;
              best_attribution = attribution;
              best_score = score;
              best_distance = distance;
            }
        }
    }
  if (attribution_out)
    *attribution_out = best_attribution;
  return best; /* the corpus keeps it alive */
}

void
readout_correction_recount_statements (ReadoutCorpus *corpus)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  GListModel *statements = readout_corpus_get_statements (corpus);
  GListModel *actors = readout_corpus_get_actors (corpus);
  guint n = g_list_model_get_n_items (statements);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);
      ReadoutActor *speaker = readout_statement_get_speaker (statement);

      if (speaker)
        g_hash_table_insert (counts, speaker,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, speaker)) + 1));
    }
  n = g_list_model_get_n_items (actors);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutActor) actor = g_list_model_get_item (actors, i);
      readout_actor_set_n_statements (actor, GPOINTER_TO_UINT (g_hash_table_lookup (counts, actor)));
    }
}

/* ------------------------------------------------------------------------------------------
 * Applying corrections
 * ------------------------------------------------------------------------------------------ */

static gboolean
statement_not_found (const StatementKey  *key,
                     GError             **error)
{
  g_autofree char *shown = g_utf8_substring (key->text ? key->text : "", 0,
                                             MIN (60, g_utf8_strlen (key->text ? key->text : "", -1)));

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("The statement “%s” is not in the analysis"), shown);
  return FALSE;
}

static gboolean
actor_not_found (const char  *name,
                 GError     **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no actor called “%s”"), name);
  return FALSE;
}

static gboolean
apply_speaker (ReadoutCorpus      *corpus,
               ReadoutCorrection  *correction,
               GArray             *log,
               GError            **error)
{
  ReadoutAttribution *attribution = NULL;
  ReadoutStatement *statement = find_statement (corpus, &correction->statement, &attribution);

  if (statement == NULL)
    return statement_not_found (&correction->statement, error);

  log_set_speaker (log, statement,
                   find_or_create_actor (corpus, correction->actor, correction->actor_kind, log));
  if (correction->cue)
    log_set_cue (log, attribution, correction->cue);
  return TRUE;
}

static gboolean
model_contains (GListModel *model,
                gpointer    item)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        return TRUE;
    }
  return FALSE;
}

/* Contradictions and corroborations that rest on a statement lose their ground with it. */
static void
remove_dependent_findings (ReadoutCorpus    *corpus,
                           GListModel       *list,
                           ReadoutStatement *statement,
                           GArray           *log)
{
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutContradiction) contradiction = g_list_model_get_item (list, i);

      if (model_contains (readout_contradiction_get_statements (contradiction), statement))
        g_ptr_array_add (doomed, g_object_ref (contradiction));
    }
  for (guint i = 0; i < doomed->len; i++)
    log_remove (log, list, g_ptr_array_index (doomed, i));
}

static gboolean
apply_remove_statement (ReadoutCorpus      *corpus,
                        ReadoutCorrection  *correction,
                        GArray             *log,
                        GError            **error)
{
  ReadoutStatement *found = find_statement (corpus, &correction->statement, NULL);
  g_autoptr(ReadoutStatement) statement = NULL;
  g_autoptr(GPtrArray) relations = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *relation_list = readout_corpus_get_relations (corpus);
  guint n;

  if (found == NULL)
    return statement_not_found (&correction->statement, error);
  statement = g_object_ref (found);

  log_remove (log, readout_corpus_get_statements (corpus), statement);
  remove_dependent_findings (corpus, readout_corpus_get_contradictions (corpus), statement, log);
  remove_dependent_findings (corpus, readout_corpus_get_corroborations (corpus), statement, log);

  n = g_list_model_get_n_items (relation_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutRelation) relation = g_list_model_get_item (relation_list, i);

      if (model_contains (readout_relation_get_statements (relation), statement))
        g_ptr_array_add (relations, g_object_ref (relation));
    }
  for (guint i = 0; i < relations->len; i++)
    {
      ReadoutRelation *relation = g_ptr_array_index (relations, i);
      GListModel *grounds = readout_relation_get_statements (relation);

      log_remove (log, grounds, statement);
      /* A relation that only this statement showed goes with it. */
      if (g_list_model_get_n_items (grounds) == 0)
        log_remove (log, relation_list, relation);
    }
  return TRUE;
}

/* The claim without the quotation marks and runs of space around or in it. */
static char *
normalize_content (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  /* Strip quotation marks at both ends. */
  while (out->len > 0)
    {
      gunichar c = g_utf8_get_char (out->str);

      if (c != '"' && c != 0x201C && c != 0x201D && c != 0x2018 && c != 0x2019 && c != '\'')
        break;
      g_string_erase (out, 0, g_utf8_next_char (out->str) - out->str);
    }
  while (out->len > 0)
    {
      const char *last = g_utf8_find_prev_char (out->str, out->str + out->len);
      gunichar c = g_utf8_get_char (last);

      if (c != '"' && c != 0x201C && c != 0x201D && c != 0x2018 && c != 0x2019 && c != '\'')
        break;
      g_string_truncate (out, last - out->str);
    }
  return g_string_free (out, FALSE);
}

static gboolean
apply_add_statement (ReadoutCorpus      *corpus,
                     ReadoutCorrection  *correction,
                     GArray             *log,
                     GError            **error)
{
  ReadoutDocument *document = readout_corpus_find_document (corpus, correction->document);
  GListModel *statements = readout_corpus_get_statements (corpus);
  g_autoptr(ReadoutAttribution) attribution = NULL;
  g_autoptr(ReadoutStatement) statement = NULL;
  g_autofree char *text = NULL;
  g_autofree char *content = NULL;
  ReadoutStatement *existing;
  ReadoutActor *speaker;
  StatementKey key;
  const char *doc_text;
  gsize length;
  char id[32];

  if (document == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The document “%s” is not in the project"), correction->document);
      return FALSE;
    }
  doc_text = readout_document_get_text (document);
  length = readout_document_get_length (document);
  if (correction->end > length || correction->start >= correction->end ||
      !readout_utf8_is_boundary (doc_text, length, correction->start) ||
      !readout_utf8_is_boundary (doc_text, length, correction->end))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The selected text is not inside the document “%s”"),
                   readout_document_get_display_name (document));
      return FALSE;
    }
  text = readout_document_dup_slice (document, correction->start, correction->end);
  if (correction->text && strcmp (text, correction->text) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The text of the document “%s” changed; the added statement no longer fits it"),
                   readout_document_get_display_name (document));
      return FALSE;
    }

  speaker = find_or_create_actor (corpus, correction->actor, correction->actor_kind, log);

  /* A newer analysis may have found the statement itself: keep the user's speaker and cue. */
  key.document = correction->document;
  key.start = correction->start;
  key.text = text;
  key.speaker = NULL;
  existing = find_statement (corpus, &key, &attribution);
  if (existing != NULL && readout_attribution_get_start (attribution) == correction->start &&
      readout_attribution_get_end (attribution) == correction->end)
    {
      log_set_speaker (log, existing, speaker);
      if (correction->cue)
        log_set_cue (log, attribution, correction->cue);
      g_clear_object (&attribution);
      return TRUE;
    }
  attribution = NULL;

  attribution = readout_attribution_new (document, correction->start, correction->end,
                                         correction->attribution_kind);
  readout_attribution_set_cue (attribution, correction->cue);
  statement = readout_statement_new (speaker);
  readout_statement_add_attribution (statement, attribution);
  content = normalize_content (text);
  readout_statement_set_content (statement, content);
  for (guint i = 1; ; i++)
    {
      g_snprintf (id, sizeof id, "u%u", i);
      if (readout_corpus_find_statement (corpus, id) == NULL)
        break;
    }
  readout_statement_set_id (statement, id);
  log_insert (log, statements, g_list_model_get_n_items (statements), statement);
  return TRUE;
}

static gboolean
apply_rename_actor (ReadoutCorpus      *corpus,
                    ReadoutCorrection  *correction,
                    GArray             *log,
                    GError            **error)
{
  ReadoutActor *actor = find_actor (corpus, correction->actor);
  ReadoutActor *other = find_actor (corpus, correction->target);
  g_autofree char *old_name = NULL;

  if (actor == NULL)
    return actor_not_found (correction->actor, error);
  if (other != NULL && other != actor)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("Another actor is already called “%s”; merge the two instead"), correction->target);
      return FALSE;
    }
  old_name = g_strdup (readout_actor_get_name (actor));
  if (g_strcmp0 (old_name, correction->target) == 0)
    return TRUE;
  log_set_name (log, actor, correction->target);
  /* Later decisions and other documents may still use the old name. */
  log_add_alias (log, actor, old_name);
  return TRUE;
}

static void
replace_in_list (GListModel *list,
                 gpointer    old_item,
                 gpointer    new_item,
                 GArray     *log)
{
  guint position;

  if (!g_list_store_find (editable (list), old_item, &position))
    return;
  log_remove (log, list, old_item);
  if (!g_list_store_find (editable (list), new_item, NULL))
    log_insert (log, list, position, new_item);
}

static void
merge_in_findings (GListModel   *list,
                   ReadoutActor *source,
                   ReadoutActor *target,
                   GArray       *log)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutContradiction) contradiction = g_list_model_get_item (list, i);
      replace_in_list (readout_contradiction_get_actors (contradiction), source, target, log);
    }
}

static gboolean
apply_merge_actors (ReadoutCorpus      *corpus,
                    ReadoutCorrection  *correction,
                    GArray             *log,
                    GError            **error)
{
  ReadoutActor *found_source = find_actor (corpus, correction->actor);
  ReadoutActor *target = find_actor (corpus, correction->target);
  g_autoptr(ReadoutActor) source = NULL;
  g_autoptr(GPtrArray) loops = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *statements = readout_corpus_get_statements (corpus);
  GListModel *relations = readout_corpus_get_relations (corpus);
  GListModel *actors = readout_corpus_get_actors (corpus);
  const char * const *aliases;
  guint n;

  if (found_source == NULL)
    return actor_not_found (correction->actor, error);
  if (target == NULL)
    return actor_not_found (correction->target, error);
  if (found_source == target)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” and “%s” are already the same actor"), correction->actor, correction->target);
      return FALSE;
    }
  source = g_object_ref (found_source);

  n = g_list_model_get_n_items (statements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);
      GListModel *attributions = readout_statement_get_attributions (statement);
      guint n_attributions = g_list_model_get_n_items (attributions);

      if (readout_statement_get_speaker (statement) == source)
        log_set_speaker (log, statement, target);
      for (guint j = 0; j < n_attributions; j++)
        {
          g_autoptr(ReadoutAttribution) attribution = g_list_model_get_item (attributions, j);

          if (readout_attribution_get_reported_by (attribution) == source)
            log_set_reported_by (log, attribution, target);
        }
      replace_in_list (readout_statement_get_addressees (statement), source, target, log);
    }

  n = g_list_model_get_n_items (relations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutRelation) relation = g_list_model_get_item (relations, i);

      if (readout_relation_get_source (relation) == source)
        log_set_relation_end (log, relation, TRUE, target);
      if (readout_relation_get_target (relation) == source)
        log_set_relation_end (log, relation, FALSE, target);
      /* "X spoke with Y" becomes meaningless once X and Y are one. */
      if (readout_relation_get_source (relation) == target && readout_relation_get_target (relation) == target)
        g_ptr_array_add (loops, g_object_ref (relation));
    }
  for (guint i = 0; i < loops->len; i++)
    log_remove (log, relations, g_ptr_array_index (loops, i));

  merge_in_findings (readout_corpus_get_contradictions (corpus), source, target, log);
  merge_in_findings (readout_corpus_get_corroborations (corpus), source, target, log);

  n = g_list_model_get_n_items (actors);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutActor) actor = g_list_model_get_item (actors, i);

      if (readout_actor_get_affiliation (actor) != source)
        continue;
      if (actor == target)
        log_set_affiliation (log, actor, readout_actor_get_affiliation (source) != target ?
                                         readout_actor_get_affiliation (source) : NULL);
      else
        log_set_affiliation (log, actor, target);
    }

  log_add_alias (log, target, readout_actor_get_name (source));
  aliases = readout_actor_get_aliases (source);
  for (guint i = 0; aliases && aliases[i]; i++)
    log_add_alias (log, target, aliases[i]);

  log_remove (log, actors, source);
  return TRUE;
}

gboolean
readout_correction_apply (ReadoutCorrection  *correction,
                          ReadoutCorpus      *corpus,
                          GArray             *log,
                          GError            **error)
{
  switch (correction->kind)
    {
    case READOUT_CORRECTION_SPEAKER:
      return apply_speaker (corpus, correction, log, error);
    case READOUT_CORRECTION_REMOVE_STATEMENT:
      return apply_remove_statement (corpus, correction, log, error);
    case READOUT_CORRECTION_ADD_STATEMENT:
      return apply_add_statement (corpus, correction, log, error);
    case READOUT_CORRECTION_RENAME_ACTOR:
      return apply_rename_actor (corpus, correction, log, error);
    case READOUT_CORRECTION_MERGE_ACTORS:
      return apply_merge_actors (corpus, correction, log, error);
    default:
      g_assert_not_reached ();
    }
}
