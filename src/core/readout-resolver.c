/* readout-resolver.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-actor.h"
#include "readout-resolver.h"

/* ---- keys ---- */

char *
readout_resolver_name_key (const char *name,
                           gboolean    skeleton)
{
  g_autofree char *ascii = NULL;
  GString *key = g_string_sized_new (strlen (name) + 1);
  const char *p = name;

  /* g_str_to_ascii() copies ASCII unchanged: transliterate only names that need it */
  for (const char *q = name; *q; q++)
    if ((guchar)*q >= 0x80)
      {
        p = ascii = g_str_to_ascii (name, "C");
        break;
      }

  if (g_ascii_strncasecmp (p, "the ", 4) == 0)
    p += 4;
  for (; *p; p++)
    {
      char c = g_ascii_tolower (*p);

      if (g_ascii_isalnum (c))
        {
          if (skeleton && key->len > 0 && strchr ("aeiouy", c))
            continue;
          if (skeleton && key->len > 0 && key->str[key->len - 1] == c)
            continue;
          g_string_append_c (key, c);
        }
      else if (!skeleton && (c == ' ' || c == '-') && key->len && key->str[key->len - 1] != ' ')
        g_string_append_c (key, ' ');
    }
  while (key->len && key->str[key->len - 1] == ' ')
    g_string_truncate (key, key->len - 1);
  return g_string_free (key, FALSE);
}

static char *
entity_key (ReadoutActorKind  kind,
            const char       *name)
{
  g_autofree char *key = readout_resolver_name_key (name, kind != READOUT_ACTOR_PERSON);
  return g_strconcat (kind == READOUT_ACTOR_PERSON ? "p:" : kind == READOUT_ACTOR_COUNTRY ? "c:" : "o:", key, NULL);
}

/* ---- entities of one document ---- */

static void
entity_free (gpointer data)
{
  ReadoutEntity *e = data;

  g_free (e->name);
  g_clear_pointer (&e->aliases, g_ptr_array_unref);
  g_clear_pointer (&e->roles, g_ptr_array_unref);
  g_free (e->affiliation);
  g_free (e->affiliation_of);
  g_free (e);
}

void
readout_document_entities_free (ReadoutDocumentEntities *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->entities);
  g_free (self);
}

/* Adds s to *array (created on first use: most entities have no alias) unless present. */
static void
add_unique (GPtrArray  **array_pointer,
            const char  *s)
{
  GPtrArray *array;

  if (s == NULL || *s == '\0')
    return;
  if (*array_pointer == NULL)
    *array_pointer = g_ptr_array_new_with_free_func (g_free);
  array = *array_pointer;
  for (guint i = 0; i < array->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (array, i), s) == 0)
      return;
  if (array->len < 32)
    g_ptr_array_add (array, g_strdup (s));
}

typedef struct
{
  const ReadoutSegmentation *seg;
  ReadoutMentions           *mentions;
  ReadoutDocumentEntities   *out;
  GHashTable                *by_key;      /* entity key → index+1 */
  GHashTable                *by_part;     /* lower first or last name → index+1 */
  GHashTable                *by_role;     /* role → index+1 of the most recent holder */
  GHashTable                *by_head;     /* role head → index+1 */
  GHashTable                *by_affiliation; /* affiliation → index+1 of the last titled person */
  GArray                    *subjects;    /* per sentence: first person entity, -1 */
  GArray                    *org_subjects; /* per sentence: first organization/country entity */
} Resolver;

static gint
lookup (GHashTable *table,
        const char *key)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (table, key)) - 1;
}

static void
store (GHashTable *table,
       const char *key,
       gint        index)
{
  g_hash_table_replace (table, g_strdup (key), GINT_TO_POINTER (index + 1));
}

static gint
new_entity (Resolver         *r,
            const char       *name,
            ReadoutActorKind  kind,
            const char       *key)
{
  ReadoutEntity *e = g_new0 (ReadoutEntity, 1);
  gint index = r->out->entities->len;

  e->name = g_strdup (name);
  e->kind = kind;
  g_ptr_array_add (r->out->entities, e);
  if (key)
    store (r->by_key, key, index);
  return index;
}

static ReadoutEntity *
entity (Resolver *r,
        gint      index)
{
  return g_ptr_array_index (r->out->entities, index);
}

static void
index_person_parts (Resolver   *r,
                    const char *name,
                    gint        index)
{
  g_autofree char *key = readout_resolver_name_key (name, FALSE);
  g_auto(GStrv) parts = g_strsplit (key, " ", -1);
  guint n = g_strv_length (parts);

  if (n < 2)
    return;
  /* The surname, and a first name that is not an initial */
  if (strlen (parts[n - 1]) > 1 && lookup (r->by_part, parts[n - 1]) < 0)
    store (r->by_part, parts[n - 1], index);
  if (strlen (parts[0]) > 1 && lookup (r->by_part, parts[0]) < 0)
    store (r->by_part, parts[0], index);
}

static gint
resolve_name (Resolver       *r,
              ReadoutMention *m)
{
  g_autofree char *key = entity_key (READOUT_ACTOR_PERSON, m->name);
  g_autofree char *plain = readout_resolver_name_key (m->name, FALSE);
  gint index = lookup (r->by_key, key);

  if (index < 0 && strchr (plain, ' ') == NULL)
    index = lookup (r->by_part, plain);
  if (index < 0 && strchr (plain, ' ') == NULL)
    {
      /* "Coral" after "Coral Chemicals": the organization's short name */
      g_autofree char *org_key = g_strconcat ("org:", plain, NULL);
      index = lookup (r->by_part, org_key);
    }
  if (index < 0)
    {
      index = new_entity (r, m->name, READOUT_ACTOR_PERSON, key);
      index_person_parts (r, m->name, index);
    }
  else if (strchr (plain, ' ') != NULL)
    {
      ReadoutEntity *e = entity (r, index);
      /* Keep the longest form of the name */
      if (strlen (m->name) > strlen (e->name) && entity (r, index)->kind == READOUT_ACTOR_PERSON)
        {
          g_free (e->name);
          e->name = g_strdup (m->name);
          store (r->by_key, key, index);
          index_person_parts (r, m->name, index);
        }
    }
  return index;
}

static gint
resolve_named (Resolver         *r,
               const char       *name,
               ReadoutActorKind  kind)
{
  g_autofree char *key = NULL;
  gint index;

  if (name == NULL)
    return -1;
  if (kind == READOUT_ACTOR_PERSON)
    {
      ReadoutMention m = { 0, };
      m.name = (char *)name;
      return resolve_name (r, &m);
    }
  key = entity_key (kind, name);
  index = lookup (r->by_key, key);
  if (index < 0)
    index = new_entity (r, name, kind, key);
  return index;
}

static gint
resolve_handle (Resolver       *r,
                ReadoutMention *m)
{
  g_autofree char *handle = g_ascii_strdown (m->name, -1);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, r->by_part);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (strlen (key) >= 4 && strstr (handle, key))
      return GPOINTER_TO_INT (value) - 1;
  return -1;
}

static gint
resolve_title (Resolver       *r,
               ReadoutMention *m)
{
  gint index = -1;

  if (m->role)
    index = lookup (r->by_role, m->role);
  if (index < 0 && m->role_head)
    index = lookup (r->by_head, m->role_head);
  /* "the UN chief" after "UN Secretary General António Guterres" */
  if (index < 0 && m->affiliation)
    index = lookup (r->by_affiliation, m->affiliation);
  if (index < 0)
    {
      index = new_entity (r, m->name, READOUT_ACTOR_PERSON, NULL);
      entity (r, index)->weak = TRUE;
    }
  return index;
}

static gint
sentence_subject (Resolver *r,
                  GArray   *subjects,
                  guint     sentence,
                  gint      exclude,
                  guint     *skip)
{
  for (gint s = sentence; s >= 0 && s + 6 > (gint)sentence; s--)
    {
      gint e = g_array_index (subjects, gint, s);
      if (e >= 0 && e != exclude)
        {
          if (*skip == 0)
            return e;
          (*skip)--;
        }
    }
  return -1;
}

static void
note_subject (GArray *subjects,
              guint   sentence,
              gint    index)
{
  if (sentence < subjects->len && g_array_index (subjects, gint, sentence) < 0)
    g_array_index (subjects, gint, sentence) = index;
}

static gboolean
strcasestr_ascii (const char *haystack,
                  const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = haystack; n && *p; p++)
    if (g_ascii_strncasecmp (p, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* "In case of Pakistan": the object of a preposition is not what the sentence is about. */
static gboolean
after_preposition (const ReadoutSegmentation *seg,
                   ReadoutMention            *m)
{
  static const char *prepositions[] = { "in", "of", "with", "to", "from", "for", "on", "at", "by", "against",
                                        "between", "about", "into", "over", "and" };

  if (m->first == 0)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (prepositions); k++)
    if (readout_segmentation_token_is (seg, m->first - 1, prepositions[k]))
      return TRUE;
  return FALSE;
}

gboolean
readout_entity_is_person (ReadoutEntity *e)
{
  return e->kind == READOUT_ACTOR_PERSON && (e->titled || e->person_hits > e->place_hits);
}

/* "in Pahalgam", "the Pahalgam attack", "Jammu and Kashmir": a name used for a place or as a
 * modifier rather than for someone who acts. */
static gboolean
place_like (const ReadoutSegmentation *seg,
            ReadoutMentions           *mentions,
            ReadoutMention            *m)
{
  static const char *prepositions[] = { "in", "at", "near", "from", "across", "into", "towards", "toward",
                                        "around", "inside", "outside", "throughout", "and" };
  guint n_tokens = seg->tokens->len;

  if (m->first > 0)
    for (guint k = 0; k < G_N_ELEMENTS (prepositions); k++)
      if (readout_segmentation_token_is (seg, m->first - 1, prepositions[k]) &&
          !(readout_segmentation_token (seg, m->first - 1)->flags & READOUT_TOKEN_CAPITALIZED))
        return TRUE;
  if (m->last < n_tokens)
    {
      const ReadoutToken *next = readout_segmentation_token (seg, m->last);
      if (next->kind == READOUT_TOKEN_WORD && !(next->flags & READOUT_TOKEN_CAPITALIZED) &&
          !(readout_segmentation_token (seg, m->last - 1)->flags & READOUT_TOKEN_POSSESSIVE))
        {
          /* followed by a noun rather than a verb: a guess from the word's ending */
          const char *w = seg->lower + next->start;
          gsize len = next->base_end - next->start;
          gboolean verb_like = (len > 2 && (strncmp (w + len - 2, "ed", 2) == 0 || w[len - 1] == 's')) ||
                               (len > 3 && strncmp (w + len - 3, "ing", 3) == 0);
          static const char *function[] = { "and", "to", "on", "in", "with", "had", "has", "was", "is", "will",
                                             "would", "also", "too", "who", "said", "told", "wrote", "met",
                                             "spoke", "made", "took", "gave", "held", "sent", "did", "can",
                                             "could", "may", "might", "should", "must", "then", "later",
                                             "for", "at", "of", "as", "or", "but", "before", "after" };
          if (!verb_like)
            {
              for (guint k = 0; k < G_N_ELEMENTS (function); k++)
                if (len == strlen (function[k]) && strncmp (w, function[k], len) == 0)
                  return FALSE;
              return TRUE;
            }
        }
    }
  (void)mentions;
  return FALSE;
}

ReadoutDocumentEntities *
readout_resolver_resolve_document (const ReadoutSegmentation *seg,
                                   ReadoutMentions           *mentions)
{
  Resolver r = { seg, mentions, g_new0 (ReadoutDocumentEntities, 1),
                 g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                 g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                 g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                 g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                 g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                 g_array_new (FALSE, FALSE, sizeof (gint)),
                 g_array_new (FALSE, FALSE, sizeof (gint)) };
  gint none = -1;
  gint last_person = -1;
  gint last_issuer = -1;
  gint recent_orgs[8] = { -1, -1, -1, -1, -1, -1, -1, -1 };

  r.out->entities = g_ptr_array_new_with_free_func (entity_free);
  for (guint s = 0; s < seg->sentences->len; s++)
    {
      g_array_append_val (r.subjects, none);
      g_array_append_val (r.org_subjects, none);
    }

  for (guint i = 0; i < mentions->mentions->len; i++)
    {
      ReadoutMention *m = &g_array_index (mentions->mentions, ReadoutMention, i);
      guint sentence = readout_segmentation_token (seg, m->first)->sentence;
      gint index = -1;

      for (guint k = 0; k < G_N_ELEMENTS (m->candidates); k++)
        m->candidates[k] = -1;

      switch (m->kind)
        {
        case READOUT_MENTION_NAME:
          index = resolve_name (&r, m);
          break;
        case READOUT_MENTION_ORGANIZATION:
        case READOUT_MENTION_COUNTRY:
          if (m->name == NULL)
            {
              /* "the ministry": the last organization whose name has that word, else none */
              index = -1;
              for (guint k = 0; k < G_N_ELEMENTS (recent_orgs); k++)
                if (recent_orgs[k] >= 0 && strcasestr_ascii (entity (&r, recent_orgs[k])->name, m->role))
                  {
                    index = recent_orgs[k];
                    break;
                  }
              /* "the company": the last organization named that is no public body */
              if (index < 0 && (g_str_equal (m->role, "company") || g_str_equal (m->role, "corporation")))
                for (guint k = 0; k < G_N_ELEMENTS (recent_orgs) && index < 0; k++)
                  {
                    static const char *public_words[] = { "ministry", "department", "government", "agency",
                                                          "authority", "council", "police", "embassy", "union",
                                                          "army", "court", "parliament", "office", "commission",
                                                          "party", "committee", "university" };
                    gboolean public_body = FALSE;
                    if (recent_orgs[k] < 0 || entity (&r, recent_orgs[k])->kind != READOUT_ACTOR_ORGANIZATION)
                      continue;
                    for (guint w = 0; w < G_N_ELEMENTS (public_words); w++)
                      public_body |= strcasestr_ascii (entity (&r, recent_orgs[k])->name, public_words[w]);
                    if (!public_body)
                      index = recent_orgs[k];
                  }
              /* else an actor named by the noun phrase itself ("the union", "the environment
               * ministry") so that what it says is kept */
              if (index < 0 && m->affiliation)
                {
                  g_autofree char *key = entity_key (m->actor_kind, m->affiliation);
                  index = lookup (r.by_key, key);
                  if (index < 0)
                    {
                      g_autofree char *name = g_strdup_printf ("the %s", m->affiliation);
                      index = new_entity (&r, name, m->actor_kind, key);
                      entity (&r, index)->weak = TRUE;
                    }
                }
              m->entity = index;
              continue;
            }
          index = resolve_named (&r, m->name, m->actor_kind);
          /* "Coral Chemicals" may later be "Coral" */
          if (m->actor_kind == READOUT_ACTOR_ORGANIZATION && m->name_first < m->last &&
              readout_segmentation_token (seg, m->name_first)->flags & READOUT_TOKEN_CAPITALIZED)
            {
              const char *space = strchr (m->name, ' ');
              if (space && space - m->name > 3 && strchr (space + 1, ' ') == NULL)
                {
                  g_autofree char *first = g_strndup (m->name, space - m->name);
                  g_autofree char *plain = readout_resolver_name_key (first, FALSE);
                  g_autofree char *org_key = g_strconcat ("org:", plain, NULL);
                  if (g_ascii_strncasecmp (m->name, "the ", 4) != 0 && lookup (r.by_part, org_key) < 0)
                    store (r.by_part, org_key, index);
                }
            }
          /* "posted on X", "via Telegram": a medium, not an actor to list for itself */
          if (!(m->first > 0 && (readout_segmentation_token_is (seg, m->first - 1, "on") ||
                                 readout_segmentation_token_is (seg, m->first - 1, "via"))))
            entity (&r, index)->titled = TRUE;
          if (m->actor_kind != READOUT_ACTOR_COUNTRY && (recent_orgs[0] != index))
            {
              memmove (recent_orgs + 1, recent_orgs, sizeof recent_orgs - sizeof recent_orgs[0]);
              recent_orgs[0] = index;
            }
          break;
        case READOUT_MENTION_HANDLE:
          index = resolve_handle (&r, m);
          break;
        case READOUT_MENTION_TITLE:
          index = resolve_title (&r, m);
          break;
        case READOUT_MENTION_DOCUMENT:
          /* "the statement" after "the readout from X" is X's */
          if (m->affiliation)
            index = last_issuer = resolve_named (&r, m->affiliation, m->affiliation_kind);
          else if (last_issuer >= 0)
            index = last_issuer;
          else
            index = g_array_index (r.org_subjects, gint, sentence > 0 ? sentence - 1 : 0);
          break;
        case READOUT_MENTION_PRONOUN:
          if (m->pronoun == READOUT_WORD_PERSON)
            {
              guint n = 0;
              /* distinct subjects of this and the sentences before, newest first */
              for (gint s = sentence; s >= 0 && s + 6 > (gint)sentence && n < G_N_ELEMENTS (m->candidates); s--)
                {
                  gint e = g_array_index (r.subjects, gint, s);
                  gboolean seen = FALSE;
                  for (guint k = 0; k < n; k++)
                    seen |= m->candidates[k] == e;
                  if (e >= 0 && !seen)
                    {
                      m->candidate_sentences[n] = s;
                      m->candidates[n++] = e;
                    }
                }
              if (n < G_N_ELEMENTS (m->candidates) && last_person >= 0 &&
                  (n == 0 || m->candidates[n - 1] != last_person))
                {
                  m->candidate_sentences[n] = 0;
                  m->candidates[n++] = last_person;
                }
            }
          else if (m->pronoun == READOUT_WORD_THING)
            {
              guint skip = 0;
              /* "The US stepped in … as it asked": this sentence's subject, else the last one's */
              m->candidates[0] = sentence_subject (&r, r.org_subjects, sentence, -1, &skip);
            }
          m->entity = m->candidates[0];
          continue;
        }

      m->entity = index;
      if (index < 0)
        continue;
      {
        ReadoutEntity *e = entity (&r, index);
        g_autofree char *surface = NULL;
        const ReadoutToken *a = readout_segmentation_token (seg, m->first);
        const ReadoutToken *b = readout_segmentation_token (seg, m->last - 1);

        e->n_mentions++;
        if (m->kind != READOUT_MENTION_DOCUMENT)
          {
            surface = g_strndup (seg->text + a->start, b->base_end - a->start);
            if (g_strcmp0 (surface, e->name) != 0)
              add_unique (&e->aliases, surface);
          }
        if (m->role && m->kind != READOUT_MENTION_DOCUMENT)
          {
            g_auto(GStrv) roles = g_strsplit (m->role, "; ", -1);
            for (guint k = 0; roles[k]; k++)
              add_unique (&e->roles, roles[k]);
            e->titled = !e->weak;
            store (r.by_role, m->role, index);
            if (m->role_head)
              store (r.by_head, m->role_head, index);
            if (m->affiliation && m->kind == READOUT_MENTION_NAME)
              store (r.by_affiliation, m->affiliation, index);
          }
        if (m->affiliation && m->kind != READOUT_MENTION_DOCUMENT && e->affiliation == NULL &&
            g_strcmp0 (m->affiliation, e->name) != 0)
          {
            e->affiliation = g_strdup (m->affiliation);
            e->affiliation_kind = m->affiliation_kind;
            e->affiliation_of = g_strdup (m->affiliation_of);
          }
        if (m->kind == READOUT_MENTION_NAME && m->role == NULL)
          {
            if (place_like (seg, mentions, m))
              e->place_hits++;
            else
              e->person_hits++;
          }
        else if (m->kind == READOUT_MENTION_NAME || m->kind == READOUT_MENTION_TITLE)
          e->person_hits += 2;
        /* People named inside a quotation are not what the narration is about */
        if (e->kind == READOUT_ACTOR_PERSON && readout_entity_is_person (e) &&
            readout_segmentation_token (seg, m->first)->quote < 0)
          {
            note_subject (r.subjects, sentence, index);
            last_person = index;
          }
        else if (e->kind != READOUT_ACTOR_PERSON && !after_preposition (seg, m))
          note_subject (r.org_subjects, sentence, index);
      }
    }

  g_hash_table_unref (r.by_key);
  g_hash_table_unref (r.by_part);
  g_hash_table_unref (r.by_role);
  g_hash_table_unref (r.by_head);
  g_hash_table_unref (r.by_affiliation);
  g_array_unref (r.subjects);
  g_array_unref (r.org_subjects);
  return r.out;
}

gint
readout_resolver_entity_of (ReadoutMention *mention,
                            gint            exclude)
{
  if (mention == NULL)
    return -1;
  if (mention->kind != READOUT_MENTION_PRONOUN)
    return mention->entity;
  for (guint k = 0; k < G_N_ELEMENTS (mention->candidates); k++)
    if (mention->candidates[k] >= 0 && mention->candidates[k] != exclude)
      return mention->candidates[k];
  return -1;
}

/* ---- merging across documents ---- */

typedef struct
{
  ReadoutActor *actor;
  gboolean      used;
  gboolean      listed;
  gboolean      keep;   /* named clearly enough to list without a statement */
} Merged;

struct _ReadoutActorRegistry
{
  GPtrArray  *documents;   /* ReadoutDocumentEntities (not owned) */
  GHashTable *by_key;      /* key → Merged */
  GHashTable *by_part;     /* name part → Merged (NULL value when ambiguous) */
  GHashTable *by_actor;    /* ReadoutActor → Merged */
  GHashTable *mapping;     /* ReadoutEntity → ReadoutActor */
  GPtrArray  *merged;      /* Merged, owned */
};

ReadoutActorRegistry *
readout_actor_registry_new (void)
{
  ReadoutActorRegistry *self = g_new0 (ReadoutActorRegistry, 1);

  self->documents = g_ptr_array_new ();
  self->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_part = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_actor = g_hash_table_new (NULL, NULL);
  self->mapping = g_hash_table_new (NULL, NULL);
  self->merged = g_ptr_array_new ();
  return self;
}

void
readout_actor_registry_free (ReadoutActorRegistry *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->merged->len; i++)
    {
      Merged *m = g_ptr_array_index (self->merged, i);
      g_object_unref (m->actor);
      g_free (m);
    }
  g_ptr_array_unref (self->merged);
  g_ptr_array_unref (self->documents);
  g_hash_table_unref (self->by_key);
  g_hash_table_unref (self->by_part);
  g_hash_table_unref (self->by_actor);
  g_hash_table_unref (self->mapping);
  g_free (self);
}

void
readout_actor_registry_add (ReadoutActorRegistry    *self,
                            ReadoutDocumentEntities *entities)
{
  g_ptr_array_add (self->documents, entities);
}

static Merged *
ensure_merged (ReadoutActorRegistry *self,
               const char           *name,
               ReadoutActorKind      kind)
{
  g_autofree char *key = entity_key (kind, name);
  Merged *m = g_hash_table_lookup (self->by_key, key);

  if (m == NULL && kind != READOUT_ACTOR_PERSON)
    {
      /* An organization might have been seen as a group or a country, or the reverse */
      static const ReadoutActorKind kinds[] = { READOUT_ACTOR_ORGANIZATION, READOUT_ACTOR_GROUP, READOUT_ACTOR_COUNTRY };
      for (guint k = 0; k < G_N_ELEMENTS (kinds) && m == NULL; k++)
        {
          g_autofree char *other = entity_key (kinds[k], name);
          m = g_hash_table_lookup (self->by_key, other);
        }
    }
  if (m == NULL)
    {
      m = g_new0 (Merged, 1);
      m->actor = readout_actor_new (name, kind);
      g_ptr_array_add (self->merged, m);
      g_hash_table_insert (self->by_key, g_steal_pointer (&key), m);
      g_hash_table_insert (self->by_actor, m->actor, m);
    }
  return m;
}

static void
merge_into (Merged        *m,
            ReadoutEntity *e)
{
  ReadoutActor *actor = m->actor;

  if (g_strcmp0 (readout_actor_get_name (actor), e->name) != 0)
    {
      /* The fuller name wins; the other stays as an alias */
      if (strlen (e->name) > strlen (readout_actor_get_name (actor)) && e->kind == READOUT_ACTOR_PERSON)
        {
          g_autofree char *old = g_strdup (readout_actor_get_name (actor));
          readout_actor_set_name (actor, e->name);
          readout_actor_add_alias (actor, old);
        }
      else
        readout_actor_add_alias (actor, e->name);
    }
  for (guint i = 0; e->aliases && i < e->aliases->len; i++)
    readout_actor_add_alias (actor, g_ptr_array_index (e->aliases, i));
  for (guint i = 0; e->roles && i < e->roles->len; i++)
    readout_actor_add_role (actor, g_ptr_array_index (e->roles, i));
  if (e->titled || (e->kind == READOUT_ACTOR_PERSON && strchr (e->name, ' ') && e->n_mentions > 1 &&
                    readout_entity_is_person (e)))
    m->keep = TRUE;
}

static void
index_parts (ReadoutActorRegistry *self,
             const char           *name,
             Merged               *m)
{
  g_autofree char *key = readout_resolver_name_key (name, FALSE);
  g_auto(GStrv) parts = g_strsplit (key, " ", -1);
  guint n = g_strv_length (parts);

  if (n < 2)
    return;
  for (guint k = 0; k < n; k += n - 1)
    {
      gpointer existing;
      if (strlen (parts[k]) <= 1)
        continue;
      if (g_hash_table_lookup_extended (self->by_part, parts[k], NULL, &existing))
        {
          if (existing != m)
            g_hash_table_replace (self->by_part, g_strdup (parts[k]), NULL);
        }
      else
        g_hash_table_insert (self->by_part, g_strdup (parts[k]), m);
      if (n == 1)
        break;
    }
}

void
readout_actor_registry_build (ReadoutActorRegistry *self)
{
  /* Full names first, so that a surname alone finds its person in any document */
  for (guint pass = 0; pass < 2; pass++)
    for (guint d = 0; d < self->documents->len; d++)
      {
        ReadoutDocumentEntities *doc = g_ptr_array_index (self->documents, d);

        for (guint i = 0; i < doc->entities->len; i++)
          {
            ReadoutEntity *e = g_ptr_array_index (doc->entities, i);
            gboolean single = e->kind == READOUT_ACTOR_PERSON && strchr (e->name, ' ') == NULL;
            /* "the union" that no organization named before it in its document fitted */
            const char *last_word = strrchr (e->name, ' ');
            /* … or "the Authority", "the Herald": a name of one word that may end a longer one */
            const char *bare = g_ascii_strncasecmp (e->name, "the ", 4) == 0 ? e->name + 4 : e->name;
            gboolean generic = (e->kind != READOUT_ACTOR_PERSON && e->weak && g_str_has_prefix (e->name, "the ")) ||
                               (e->kind == READOUT_ACTOR_ORGANIZATION && strchr (bare, ' ') == NULL);
            g_autofree char *head_key = g_ascii_strdown (last_word ? last_word + 1 : e->name, -1);
            Merged *m = NULL;

            if ((pass == 0) == (single || generic))
              continue;
            if (generic)
              {
                /* the one organization of the corpus with that head word, if only one */
                g_autofree char *key = g_strconcat ("orghead:", head_key, NULL);
                m = g_hash_table_lookup (self->by_part, key);
              }
            else if (single)
              {
                g_autofree char *key = readout_resolver_name_key (e->name, FALSE);
                g_autofree char *full = entity_key (READOUT_ACTOR_PERSON, e->name);
                m = g_hash_table_lookup (self->by_key, full);
                if (m == NULL)
                  m = g_hash_table_lookup (self->by_part, key);
              }
            if (m == NULL)
              m = ensure_merged (self, e->name, e->kind);
            if (e->kind == READOUT_ACTOR_PERSON && !single)
              index_parts (self, e->name, m);
            if (e->kind == READOUT_ACTOR_ORGANIZATION && !generic && last_word)
              {
                g_autofree char *key = g_strconcat ("orghead:", head_key, NULL);
                gpointer existing;
                if (!g_hash_table_lookup_extended (self->by_part, key, NULL, &existing))
                  g_hash_table_insert (self->by_part, g_steal_pointer (&key), m);
                else if (existing != m)
                  g_hash_table_replace (self->by_part, g_steal_pointer (&key), NULL);
              }
            merge_into (m, e);
            g_hash_table_insert (self->mapping, e, m->actor);
          }
      }

  /* Affiliations, as actors of their own */
  for (guint d = 0; d < self->documents->len; d++)
    {
      ReadoutDocumentEntities *doc = g_ptr_array_index (self->documents, d);

      for (guint i = 0; i < doc->entities->len; i++)
        {
          ReadoutEntity *e = g_ptr_array_index (doc->entities, i);
          ReadoutActor *actor = g_hash_table_lookup (self->mapping, e);
          Merged *aff;

          if (e->affiliation == NULL || readout_actor_get_affiliation (actor) != NULL)
            continue;
          aff = ensure_merged (self, e->affiliation, e->affiliation_kind);
          if (aff->actor == actor)
            continue;
          readout_actor_set_affiliation (actor, aff->actor);
          if (e->affiliation_of && readout_actor_get_affiliation (aff->actor) == NULL)
            {
              Merged *top = ensure_merged (self, e->affiliation_of,
                                           e->affiliation_kind == READOUT_ACTOR_COUNTRY ? READOUT_ACTOR_ORGANIZATION
                                                                                        : READOUT_ACTOR_COUNTRY);
              if (top->actor != aff->actor)
                readout_actor_set_affiliation (aff->actor, top->actor);
            }
        }
    }
}

ReadoutActor *
readout_actor_registry_actor_for (ReadoutActorRegistry    *self,
                                  ReadoutDocumentEntities *entities,
                                  gint                     entity)
{
  if (entity < 0 || (guint)entity >= entities->entities->len)
    return NULL;
  return g_hash_table_lookup (self->mapping, g_ptr_array_index (entities->entities, entity));
}

void
readout_actor_registry_use (ReadoutActorRegistry *self,
                            ReadoutActor         *actor)
{
  Merged *m = actor ? g_hash_table_lookup (self->by_actor, actor) : NULL;

  if (m)
    m->used = TRUE;
}

static void
list_actor (ReadoutActorRegistry *self,
            Merged               *m,
            GPtrArray            *actors)
{
  guint depth = 0;

  while (m && !m->listed && depth++ < 8)
    {
      ReadoutActor *aff;

      m->listed = TRUE;
      g_ptr_array_add (actors, g_object_ref (m->actor));
      aff = readout_actor_get_affiliation (m->actor);
      m = aff ? g_hash_table_lookup (self->by_actor, aff) : NULL;
    }
}

void
readout_actor_registry_collect (ReadoutActorRegistry *self,
                                GPtrArray            *actors)
{
  for (guint i = 0; i < self->merged->len; i++)
    {
      Merged *m = g_ptr_array_index (self->merged, i);
      if (m->used || m->keep)
        list_actor (self, m, actors);
    }
}
