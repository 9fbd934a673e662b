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

/* What few statements need: kept behind one pointer, made on first use. */
typedef struct
{
  /* The addressees as a plain array (owned references) until someone asks for the list model;
   * from then on the model holds them (its owner may change it). */
  ReadoutActor **addressees;
  guint          n_addressees;
  GListStore    *addressee_model;
  GListStore    *attribution_model; /* mirrors attributions once asked for */
  /* Membership index, made once a remark has many reports, so that adding the thousandth
   * report does not scan the thousand before it. */
  GHashTable    *attribution_set;
} Extras;

/* Most statements have one attribution, and the engine makes thousands of statements, all kept
 * with the result: the first attribution in the statement itself, plain arrays, and the list
 * models (a GListStore each) only for whoever asks for one. */
struct _ReadoutStatement
{
  GObject parent_instance;

  char                *id;
  ReadoutActor        *speaker;
  char                *content;
  /* Owned, in the order added: &one while there is at most one, then an array whose capacity
   * is the power of two at or above n_attributions (see append_attribution()) */
  ReadoutAttribution **attributions;
  ReadoutAttribution  *one;
  Extras              *extras;            /* NULL until needed */
  guint                n_attributions : 31;
  /* The content is to be the normalized text of the first attribution, made on the first
   * get_content(): keeping a copy of each claim from the start doubled the memory the engine's
   * statements take. */
  guint                content_from_attribution : 1;
  /* How many distinct documents the attributions come from, counted when asked for (the engine
   * adds thousands of attributions, nobody asks in between); G_MAXUINT when to be counted */
  guint                n_documents;
};

/* Above this many attributions, membership goes through attribution_set. */
#define SET_THRESHOLD 16

G_DEFINE_FINAL_TYPE (ReadoutStatement, readout_statement, G_TYPE_OBJECT)

/* The claim in text[0, length) without quotation marks and with single spaces, newly
 * allocated. */
static char *
normalize_content (const char *text,
                   gsize       length)
{
  const char *end = text + length;
  gboolean space = FALSE;
  /* The claim is never longer than the text, but a character re-encoded from a broken
   * sequence may be, hence the margin */
  char *out = g_malloc (2 * length + 8);
  char *o = out;

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
              space = o > out;
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
          space = o > out;
          continue;
        }
      if (space)
        *o++ = ' ';
      space = FALSE;
      o += g_unichar_to_utf8 (c, o);
    }
  *o++ = '\0';
  return g_realloc (out, o - out);
}

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
  for (guint i = 0; i < self->n_attributions; i++)
    {
      if (readout_attribution_get_statement (self->attributions[i]) == self)
        readout_attribution_set_statement (self->attributions[i], NULL);
      g_object_unref (self->attributions[i]);
    }
  if (self->attributions != &self->one)
    g_free (self->attributions);
  if (self->extras != NULL)
    {
      for (guint i = 0; i < self->extras->n_addressees; i++)
        g_object_unref (self->extras->addressees[i]);
      g_free (self->extras->addressees);
      g_clear_object (&self->extras->addressee_model);
      g_clear_object (&self->extras->attribution_model);
      g_clear_pointer (&self->extras->attribution_set, g_hash_table_unref);
      g_free (self->extras);
    }

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
    case PROP_CONTENT: g_value_set_string (value, readout_statement_get_content (self)); break;
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
  self->attributions = &self->one;
}

static Extras *
ensure_extras (ReadoutStatement *self)
{
  if (self->extras == NULL)
    self->extras = g_new0 (Extras, 1);
  return self->extras;
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

  if (self->content_from_attribution)
    {
      self->content_from_attribution = FALSE;
      if (self->n_attributions > 0)
        {
          gsize length;
          const char *text = readout_attribution_peek_text (self->attributions[0], &length);

          self->content = normalize_content (text, length);
        }
    }
  return self->content;
}

void
readout_statement_set_content (ReadoutStatement *self,
                               const char       *content)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));

  /* Compare with the content as it reads now, even when not made yet */
  readout_statement_get_content (self);
  if (readout_set_str (&self->content, content))
    g_object_notify_by_pspec ((GObject *)self, properties[PROP_CONTENT]);
}

void
readout_statement_set_content_from_attribution (ReadoutStatement *self)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));
  g_return_if_fail (self->n_attributions > 0);

  g_clear_pointer (&self->content, g_free);
  self->content_from_attribution = TRUE;
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_CONTENT]);
}

GListModel *
readout_statement_get_addressees (ReadoutStatement *self)
{
  Extras *extras;

  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  extras = ensure_extras (self);
  if (extras->addressee_model == NULL)
    {
      extras->addressee_model = g_list_store_new (READOUT_TYPE_ACTOR);
      g_list_store_splice (extras->addressee_model, 0, 0, (gpointer *)extras->addressees,
                           extras->n_addressees);
      for (guint i = 0; i < extras->n_addressees; i++)
        g_object_unref (extras->addressees[i]);
      g_clear_pointer (&extras->addressees, g_free);
      extras->n_addressees = 0;
    }
  return G_LIST_MODEL (extras->addressee_model);
}

void
readout_statement_add_addressee (ReadoutStatement *self,
                                 ReadoutActor     *addressee)
{
  Extras *extras;

  g_return_if_fail (READOUT_IS_STATEMENT (self));
  g_return_if_fail (READOUT_IS_ACTOR (addressee));

  extras = ensure_extras (self);
  if (extras->addressee_model != NULL)
    {
      if (!g_list_store_find (extras->addressee_model, addressee, NULL))
        g_list_store_append (extras->addressee_model, addressee);
      return;
    }
  /* A statement has an addressee or two */
  for (guint i = 0; i < extras->n_addressees; i++)
    if (extras->addressees[i] == addressee)
      return;
  extras->addressees = g_renew (ReadoutActor *, extras->addressees, extras->n_addressees + 1);
  extras->addressees[extras->n_addressees++] = g_object_ref (addressee);
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
  if (self->extras != NULL && self->extras->attribution_set != NULL)
    return g_hash_table_contains (self->extras->attribution_set, attribution);
  return find_attribution (self, attribution, &position);
}

GListModel *
readout_statement_get_attributions (ReadoutStatement *self)
{
  Extras *extras;

  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  extras = ensure_extras (self);
  if (extras->attribution_model == NULL)
    {
      extras->attribution_model = g_list_store_new (READOUT_TYPE_ATTRIBUTION);
      g_list_store_splice (extras->attribution_model, 0, 0, (gpointer *)self->attributions,
                           self->n_attributions);
    }
  return G_LIST_MODEL (extras->attribution_model);
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

/* Appends to attributions, growing it: the capacity is implicit (see the struct). */
static void
append_attribution (ReadoutStatement   *self,
                    ReadoutAttribution *attribution)
{
  guint n = self->n_attributions;

  if (n == 1)
    {
      self->attributions = g_new (ReadoutAttribution *, 2);
      self->attributions[0] = self->one;
    }
  else if (n >= 2 && (n & (n - 1)) == 0)
    self->attributions = g_renew (ReadoutAttribution *, self->attributions, 2 * n);
  self->attributions[n] = attribution;
  self->n_attributions = n + 1;
}

/* Takes a reference to attribution, which is not one of the statement's yet. */
static void
hold_attribution (ReadoutStatement   *self,
                  ReadoutAttribution *attribution)
{
  Extras *extras = self->extras;

  append_attribution (self, g_object_ref (attribution));
  if (extras != NULL && extras->attribution_set != NULL)
    g_hash_table_add (extras->attribution_set, attribution);
  else if (self->n_attributions > SET_THRESHOLD)
    {
      extras = ensure_extras (self);
      extras->attribution_set = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < self->n_attributions; i++)
        g_hash_table_add (extras->attribution_set, self->attributions[i]);
    }

  self->n_documents = G_MAXUINT;
  readout_attribution_set_statement (attribution, self);
  if (self->speaker != NULL && readout_attribution_get_speaker (attribution) == NULL)
    readout_attribution_set_speaker (attribution, self->speaker);
  if (extras != NULL && extras->attribution_model != NULL)
    g_list_store_append (extras->attribution_model, attribution);
}

void
readout_statement_add_attribution (ReadoutStatement   *self,
                                   ReadoutAttribution *attribution)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));
  g_return_if_fail (READOUT_IS_ATTRIBUTION (attribution));

  if (has_attribution (self, attribution))
    return;

  hold_attribution (self, attribution);
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_N_DOCUMENTS]);
  g_object_notify_by_pspec ((GObject *)self, properties[PROP_CUE]);
}

ReadoutStatement *
readout_statement_new_with_attribution (ReadoutActor       *speaker,
                                        ReadoutAttribution *attribution)
{
  ReadoutStatement *self;

  g_return_val_if_fail (READOUT_IS_ATTRIBUTION (attribution), NULL);

  /* As readout_statement_add_attribution() without its change notifications: nobody can be
   * listening to a new statement */
  self = readout_statement_new (speaker);
  if (self != NULL)
    hold_attribution (self, attribution);
  return self;
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
  /* The content stays what it was: make it before its attribution goes */
  if (position == 0)
    readout_statement_get_content (self);

  if (self->extras != NULL && self->extras->attribution_set != NULL)
    g_hash_table_remove (self->extras->attribution_set, attribution);
  memmove (&self->attributions[position], &self->attributions[position + 1],
           (self->n_attributions - position - 1) * sizeof (ReadoutAttribution *));
  self->n_attributions--;
  /* Back in the statement itself when one is left */
  if (self->n_attributions <= 1 && self->attributions != &self->one)
    {
      self->one = self->n_attributions == 1 ? self->attributions[0] : NULL;
      g_free (self->attributions);
      self->attributions = &self->one;
    }
  self->n_documents = G_MAXUINT;
  readout_attribution_set_statement (attribution, NULL);
  if (self->extras != NULL && self->extras->attribution_model != NULL)
    g_list_store_remove (self->extras->attribution_model, position);
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
