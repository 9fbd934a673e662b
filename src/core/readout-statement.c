/* readout-statement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-actor.h"
#include "readout-attribution.h"
#include "readout-statement.h"
#include "readout-util.h"

/* Most statements have one or two attributions, and the engine makes thousands of statements:
 * plain arrays here, and the list models (a GListStore each) only for whoever asks for one. */
struct _ReadoutStatement
{
  GObject parent_instance;

  char                *id;
  ReadoutActor        *speaker;
  char                *content;
  GListStore          *addressees;        /* made on first use */
  ReadoutAttribution **attributions;      /* owned, in the order added */
  guint                n_attributions;
  guint                attributions_size;
  GListStore          *attribution_model; /* mirrors attributions once asked for */
  /* Membership index, made once a remark has many reports, so that adding the thousandth
   * report does not scan the thousand before it. */
  GHashTable          *attribution_set;
  /* How many distinct documents the attributions come from, counted when asked for (the engine
   * adds thousands of attributions, nobody asks in between); G_MAXUINT when to be counted */
  guint                n_documents;
};

/* Above this many attributions, membership goes through attribution_set. */
#define SET_THRESHOLD 16

G_DEFINE_FINAL_TYPE (ReadoutStatement, readout_statement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SPEAKER,
  PROP_CONTENT,
  PROP_ADDRESSEES,
  PROP_ATTRIBUTIONS,
  PROP_CUE,
  PROP_N_DOCUMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
readout_statement_finalize (GObject *object)
{
  ReadoutStatement *self = (ReadoutStatement *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_object (&self->speaker);
  g_clear_pointer (&self->content, g_free);
  g_clear_object (&self->addressees);
  for (guint i = 0; i < self->n_attributions; i++)
    {
      if (readout_attribution_get_statement (self->attributions[i]) == self)
        readout_attribution_set_statement (self->attributions[i], NULL);
      g_object_unref (self->attributions[i]);
    }
  g_clear_pointer (&self->attributions, g_free);
  g_clear_object (&self->attribution_model);
  g_clear_pointer (&self->attribution_set, g_hash_table_unref);

  G_OBJECT_CLASS (readout_statement_parent_class)->finalize (object);
}

static void
readout_statement_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ReadoutStatement *self = READOUT_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_SPEAKER: g_value_set_object (value, self->speaker); break;
    case PROP_CONTENT: g_value_set_string (value, self->content); break;
    case PROP_ADDRESSEES: g_value_set_object (value, readout_statement_get_addressees (self)); break;
    case PROP_ATTRIBUTIONS: g_value_set_object (value, readout_statement_get_attributions (self)); break;
    case PROP_CUE: g_value_set_string (value, readout_statement_get_cue (self)); break;
    case PROP_N_DOCUMENTS: g_value_set_uint (value, readout_statement_get_n_documents (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_statement_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ReadoutStatement *self = READOUT_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_ID: readout_statement_set_id (self, g_value_get_string (value)); break;
    case PROP_SPEAKER: readout_statement_set_speaker (self, g_value_get_object (value)); break;
    case PROP_CONTENT: readout_statement_set_content (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_statement_class_init (ReadoutStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = readout_statement_finalize;
  object_class->get_property = readout_statement_get_property;
  object_class->set_property = readout_statement_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, rw);
  properties[PROP_SPEAKER] = g_param_spec_object ("speaker", NULL, NULL, READOUT_TYPE_ACTOR, rw);
  properties[PROP_CONTENT] = g_param_spec_string ("content", NULL, "Normalized claim", NULL, rw);
  properties[PROP_ADDRESSEES] = g_param_spec_object ("addressees", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_ATTRIBUTIONS] = g_param_spec_object ("attributions", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_CUE] = g_param_spec_string ("cue", NULL, NULL, NULL, ro);
  properties[PROP_N_DOCUMENTS] = g_param_spec_uint ("n-documents", NULL,
                                                    "How many documents report the statement",
                                                    0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_statement_init (ReadoutStatement *self)
{
}

ReadoutStatement *
readout_statement_new (ReadoutActor *speaker)
{
  ReadoutStatement *self;

  g_return_val_if_fail (speaker == NULL || READOUT_IS_ACTOR (speaker), NULL);

  /* The speaker set directly: a named property would run the GParamSpec machinery */
  self = g_object_new (READOUT_TYPE_STATEMENT, NULL);
  self->speaker = speaker ? g_object_ref (speaker) : NULL;
  return self;
}

const char *
readout_statement_get_id (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);
  return self->id;
}

void
readout_statement_set_id (ReadoutStatement *self,
                          const char       *id)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));
  if (readout_set_str (&self->id, id))
    g_object_notify_by_pspec ((GObject *)self, properties[PROP_ID]);
}

ReadoutActor *
readout_statement_get_speaker (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);
  return self->speaker;
}

void
readout_statement_set_speaker (ReadoutStatement *self,
                               ReadoutActor     *speaker)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));

  if (!g_set_object (&self->speaker, speaker))
    return;

  for (guint i = 0; i < self->n_attributions; i++)
    readout_attribution_set_speaker (self->attributions[i], speaker);
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_SPEAKER]);
}

const char *
readout_statement_get_content (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);
  return self->content;
}

void
readout_statement_set_content (ReadoutStatement *self,
                               const char       *content)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));
  if (readout_set_str (&self->content, content))
    g_object_notify_by_pspec ((GObject *)self, properties[PROP_CONTENT]);
}

GListModel *
readout_statement_get_addressees (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  if (self->addressees == NULL)
    self->addressees = g_list_store_new (READOUT_TYPE_ACTOR);
  return G_LIST_MODEL (self->addressees);
}

void
readout_statement_add_addressee (ReadoutStatement *self,
                                 ReadoutActor     *addressee)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));
  g_return_if_fail (READOUT_IS_ACTOR (addressee));

  readout_statement_get_addressees (self);
  if (!g_list_store_find (self->addressees, addressee, NULL))
    g_list_store_append (self->addressees, addressee);
}

static gboolean
find_attribution (ReadoutStatement   *self,
                  ReadoutAttribution *attribution,
                  guint              *position)
{
  for (guint i = 0; i < self->n_attributions; i++)
    if (self->attributions[i] == attribution)
      {
        *position = i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
has_attribution (ReadoutStatement   *self,
                 ReadoutAttribution *attribution)
{
  guint position;

  if (readout_attribution_get_statement (attribution) == self)
    return TRUE;
  if (self->attribution_set != NULL)
    return g_hash_table_contains (self->attribution_set, attribution);
  return find_attribution (self, attribution, &position);
}

GListModel *
readout_statement_get_attributions (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  if (self->attribution_model == NULL)
    {
      self->attribution_model = g_list_store_new (READOUT_TYPE_ATTRIBUTION);
      g_list_store_splice (self->attribution_model, 0, 0, (gpointer *)self->attributions,
                           self->n_attributions);
    }
  return G_LIST_MODEL (self->attribution_model);
}

guint
readout_statement_get_n_attributions (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), 0);
  return self->n_attributions;
}

ReadoutAttribution *
readout_statement_get_attribution (ReadoutStatement *self,
                                   guint             position)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);
  g_return_val_if_fail (position < self->n_attributions, NULL);
  return self->attributions[position];
}

void
readout_statement_add_attribution (ReadoutStatement   *self,
                                   ReadoutAttribution *attribution)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));
  g_return_if_fail (READOUT_IS_ATTRIBUTION (attribution));

  if (has_attribution (self, attribution))
    return;

  if (self->n_attributions == self->attributions_size)
    {
      self->attributions_size = MAX (1, self->attributions_size * 2);
      self->attributions = g_renew (ReadoutAttribution *, self->attributions, self->attributions_size);
    }
  self->attributions[self->n_attributions++] = g_object_ref (attribution);
  if (self->attribution_set != NULL)
    g_hash_table_add (self->attribution_set, attribution);
  else if (self->n_attributions > SET_THRESHOLD)
    {
      self->attribution_set = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < self->n_attributions; i++)
        g_hash_table_add (self->attribution_set, self->attributions[i]);
    }

  self->n_documents = G_MAXUINT;
  readout_attribution_set_statement (attribution, self);
  if (self->speaker != NULL && readout_attribution_get_speaker (attribution) == NULL)
    readout_attribution_set_speaker (attribution, self->speaker);
  if (self->attribution_model != NULL)
    g_list_store_append (self->attribution_model, attribution);
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_N_DOCUMENTS]);
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_CUE]);
}

void
readout_statement_remove_attribution (ReadoutStatement   *self,
                                      ReadoutAttribution *attribution)
{
  guint position;

  g_return_if_fail (READOUT_IS_STATEMENT (self));
  g_return_if_fail (READOUT_IS_ATTRIBUTION (attribution));

  if (!find_attribution (self, attribution, &position))
    return;

  if (self->attribution_set != NULL)
    g_hash_table_remove (self->attribution_set, attribution);
  memmove (&self->attributions[position], &self->attributions[position + 1],
           (self->n_attributions - position - 1) * sizeof (ReadoutAttribution *));
  self->n_attributions--;
  self->n_documents = G_MAXUINT;
  readout_attribution_set_statement (attribution, NULL);
  if (self->attribution_model != NULL)
    g_list_store_remove (self->attribution_model, position);
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_N_DOCUMENTS]);
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_CUE]);
  g_object_unref (attribution);
}

const char *
readout_statement_get_cue (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  return self->n_attributions > 0 ? readout_attribution_get_cue (self->attributions[0]) : NULL;
}

guint
readout_statement_get_n_documents (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), 0);

  if (self->n_documents != G_MAXUINT)
    return self->n_documents;

  self->n_documents = 0;
  if (self->n_attributions <= SET_THRESHOLD)
    {
      /* A few attributions: compare with the earlier ones */
      for (guint i = 0; i < self->n_attributions; i++)
        {
          ReadoutDocument *document = readout_attribution_get_document (self->attributions[i]);
          guint j = 0;

          while (j < i && readout_attribution_get_document (self->attributions[j]) != document)
            j++;
          self->n_documents += j == i;
        }
    }
  else
    {
      g_autoptr(GHashTable) documents = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < self->n_attributions; i++)
        g_hash_table_add (documents, readout_attribution_get_document (self->attributions[i]));
      self->n_documents = g_hash_table_size (documents);
    }
  return self->n_documents;
}
