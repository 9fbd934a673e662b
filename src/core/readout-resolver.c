/* readout-resolver.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-actor.h"
#include "readout-resolver.h"

/* ---- keys ----
 *
 * A name is reduced to its key for every mention, entity and merge, so a key is written into a
 * buffer on the caller's stack (the heap only for a very long name) rather than a GString, and
 * transliterated only when the name has a byte outside ASCII. */

typedef struct
{
  char  *str;             /* NUL-terminated: inline_buf or, when too long for it, the heap */
  gsize  len;
  char   inline_buf[120];
} NameKey;

static void
name_key_reserve (NameKey *key,
                  gsize    len)
{
  key->str = len < sizeof key->inline_buf ? key->inline_buf : g_malloc (len + 1);
  key->len = 0;
}

static void
name_key_clear (NameKey *key)
{
  if (key->str != key->inline_buf)
    g_free (key->str);
}

static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static inline gboolean
is_vowel (char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* Whether the len bytes at s start with "the " in any case. */
static inline gboolean
starts_with_the (const char *s,
                 gsize       len)
{
  return len >= 4 && ascii_lower (s[0]) == 't' && ascii_lower (s[1]) == 'h' && ascii_lower (s[2]) == 'e' &&
         s[3] == ' ';
}

/* Whether str is the len bytes at s (which hold no NUL): strncmp() and a check of the length,
 * inline, for the short words and names compared per mention. */
static inline gboolean
str_equal_len (const char *str,
               const char *s,
               gsize       len)
{
  gsize k = 0;

  while (k < len && str[k] == s[k])
    k++;
  return k == len && str[k] == '\0';
}

/* Writes the key of the bytes from p to end into out (room for end − p + 1 bytes) and returns
 * its length, or −1 at a byte outside ASCII. */
static gssize
name_key_write (const char *p,
                const char *end,
                gboolean    skeleton,
                char       *out)
{
  gsize n = 0;

  if (starts_with_the (p, end - p))
    p += 4;
  for (; p < end; p++)
    {
      char c = ascii_lower (*p);

      if ((guchar)c >= 0x80)
        return -1;
      if (g_ascii_isalnum (c))
        {
          /* the skeleton keeps the first letter, then consonants without doubles */
          if (skeleton && n > 0 && (is_vowel (c) || out[n - 1] == c))
            continue;
          out[n++] = c;
        }
      else if (!skeleton && (c == ' ' || c == '-') && n > 0 && out[n - 1] != ' ')
        out[n++] = ' ';
    }
  while (n > 0 && out[n - 1] == ' ')
    n--;
  out[n] = '\0';
  return n;
}

/* The key of the first len bytes of name: see readout_resolver_name_key(). */
static void
name_key_init (NameKey    *key,
               const char *name,
               gsize       len,
               gboolean    skeleton)
{
  gssize n;

  name_key_reserve (key, len);
  n = name_key_write (name, name + len, skeleton, key->str);
  if (n < 0)
    {
      /* g_str_to_ascii() copies ASCII unchanged: transliterate only names that need it (its
       * result is all ASCII) */
      g_autofree char *part = g_strndup (name, len);
      g_autofree char *ascii = g_str_to_ascii (part, "C");
      gsize ascii_len = strlen (ascii);

      name_key_clear (key);
      name_key_reserve (key, ascii_len);
      n = name_key_write (ascii, ascii + ascii_len, skeleton, key->str);
    }
  key->len = n;
}

/* The name in lower case, as it is (a head word of an organization: "union"). */
static void
name_key_init_lower (NameKey    *key,
                     const char *name)
{
  gsize len = strlen (name);

  name_key_reserve (key, len);
  for (gsize i = 0; i < len; i++)
    key->str[i] = ascii_lower (name[i]);
  key->str[len] = '\0';
  key->len = len;
}

char *
readout_resolver_name_key (const char *name,
                           gboolean    skeleton)
{
  NameKey key;
  char *copy;

  name_key_init (&key, name, strlen (name), skeleton);
  copy = g_strndup (key.str, key.len);
  name_key_clear (&key);
  return copy;
}

/* ---- tables of keys ----
 *
 * The resolver looks names, roles and name parts up several times per mention, the registry
 * several times per entity. A GHashTable for each would copy every key it stores, hash it with
 * g_str_hash and free it again, per document; instead one open-addressing table holds every kind
 * of key (told apart by its KeySpace), keys that are not NUL-terminated (a name's first word)
 * included, with the bytes of a stored key copied once into a GStringChunk. The entries are kept
 * in the order they were added, and the hash slots hold only entry numbers: when the table grows,
 * only those 4 bytes a slot are cleared. */

typedef enum
{
  KEY_PERSON,       /* an entity's key by its kind: a person's name key */
  KEY_COUNTRY,      /* … a country's skeleton key */
  KEY_ORGANIZATION, /* … an organization's or group's skeleton key */
  KEY_PART,         /* a first name or surname ("rubio") */
  KEY_ORG_PART,     /* the first word of an organization's two-word name ("coral") */
  KEY_ORG_HEAD,     /* the last word of an organization's name, lower case ("union") */
  KEY_ROLE,         /* a role as found ("secretary of state") */
  KEY_ROLE_HEAD,    /* a role's head ("secretary") */
  KEY_AFFILIATION,  /* an affiliation's name */
  KEY_NAME_COUNTRY, /* a country's name as written (→ its entity) */
  KEY_NAME_ORGANIZATION, /* an organization's or group's name as written (→ its entity) */
  KEY_NAME_PERSON,  /* a person's name as written (→ its entity), see resolve_name() */
  KEY_STRING,       /* a string the registry keeps a copy of (see registry_intern()) */
  KEY_LATER,        /* what merging an entity of the second pass depends on (see later_entity_add()) */
} KeySpace;

typedef struct
{
  const char *key;   /* in the table's chunk or borrowed (see KeyStorage), NUL-terminated */
  guint32     len;
  guint32     hash;
  KeySpace    space;
  gpointer    value; /* an entity's index + 1 in a document, a Merged in the registry */
} KeyEntry;

typedef struct
{
  guint32      *slots;      /* entry number + 1, 0 for an empty slot */
  guint         mask;       /* number of slots − 1, the number a power of two */
  KeyEntry     *entries;    /* in the order added */
  guint         n_entries;
  guint         entries_size;
  GStringChunk *chunk;
} KeyTable;

/* A table with room for about n_keys keys before it grows. */
static void
key_table_init (KeyTable *t,
                guint     n_keys)
{
  t->entries_size = 64;
  while (t->entries_size < n_keys)
    t->entries_size *= 2;
  t->mask = 2 * t->entries_size - 1;
  t->slots = g_new0 (guint32, t->mask + 1);
  t->entries = g_new (KeyEntry, t->entries_size);
  t->n_entries = 0;
  t->chunk = g_string_chunk_new (1024);
}

/* Frees what the table holds; clearing it again does nothing. */
static void
key_table_clear (KeyTable *t)
{
  g_clear_pointer (&t->slots, g_free);
  g_clear_pointer (&t->entries, g_free);
  g_clear_pointer (&t->chunk, g_string_chunk_free);
  t->n_entries = t->entries_size = 0;
}

/* Hashes eight bytes at a time (a multiply and a shift each), not byte by byte. */
static guint32
key_hash (KeySpace    space,
          const char *key,
          gsize       len)
{
  guint64 h = ((guint64)space << 32 | len) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  guint64 word;

  for (; len >= 8; key += 8, len -= 8)
    {
      memcpy (&word, key, 8);
      h = (h ^ word) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
      h ^= h >> 32;
    }
  word = 0;
  /* the last bytes as 4, 2 and 1 (memcpy() of a variable length is a byte loop) */
  if (len & 4)
    {
      guint32 w4;
      memcpy (&w4, key, 4);
      word = w4;
      key += 4;
    }
  if (len & 2)
    {
      guint16 w2;
      memcpy (&w2, key, 2);
      word = word << 16 | w2;
      key += 2;
    }
  if (len & 1)
    word = word << 8 | (guchar)*key;
  h = (h ^ word) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
  return (guint32)(h ^ (h >> 32));
}

/* The slot of the key, or the empty slot where it would go. */
static guint32 *
key_table_probe (KeyTable   *t,
                 KeySpace    space,
                 const char *key,
                 gsize       len,
                 guint32     hash)
{
  for (guint i = hash & t->mask;; i = (i + 1) & t->mask)
    {
      const KeyEntry *e;

      if (t->slots[i] == 0)
        return &t->slots[i];
      e = &t->entries[t->slots[i] - 1];
      if (e->hash == hash && e->space == space && e->len == len && memcmp (e->key, key, len) == 0)
        return &t->slots[i];
    }
}

/* The entry of the key (valid until the next key_table_set()), or NULL. */
static KeyEntry *
key_table_find (KeyTable   *t,
                KeySpace    space,
                const char *key,
                gsize       len)
{
  guint32 *slot = key_table_probe (t, space, key, len, key_hash (space, key, len));

  return *slot ? &t->entries[*slot - 1] : NULL;
}

/* Whether a key's bytes are copied into the table's chunk, or only pointed to: bytes that outlive
 * the table and are NUL-terminated at the key's length (a mention's role, an entity's key). */
typedef enum
{
  KEY_COPY,
  KEY_BORROW,
} KeyStorage;

/* The entry of the key, added with a NULL value when new (*added tells); valid until the next
 * key is added. */
static KeyEntry *
key_table_ensure (KeyTable   *t,
                  KeySpace    space,
                  const char *key,
                  gsize       len,
                  KeyStorage  storage,
                  gboolean   *added)
{
  guint32 hash = key_hash (space, key, len);
  guint32 *slot = key_table_probe (t, space, key, len, hash);
  KeyEntry *e;

  *added = *slot == 0;
  if (!*added)
    return &t->entries[*slot - 1];
  if (2 * (t->n_entries + 1) > t->mask + 1)
    {
      t->mask = 2 * t->mask + 1;
      g_free (t->slots);
      t->slots = g_new0 (guint32, t->mask + 1);
      for (guint k = 0; k < t->n_entries; k++)
        {
          e = &t->entries[k];
          *key_table_probe (t, e->space, e->key, e->len, e->hash) = k + 1;
        }
      slot = key_table_probe (t, space, key, len, hash);
    }
  if (t->n_entries == t->entries_size)
    {
      t->entries_size *= 2;
      t->entries = g_renew (KeyEntry, t->entries, t->entries_size);
    }
  e = &t->entries[t->n_entries++];
  e->key = storage == KEY_BORROW ? key : g_string_chunk_insert_len (t->chunk, key, len);
  e->len = len;
  e->hash = hash;
  e->space = space;
  e->value = NULL;
  *slot = t->n_entries;
  return e;
}

/* Sets the key's value, adding the key when new. */
static void
key_table_set (KeyTable   *t,
               KeySpace    space,
               const char *key,
               gsize       len,
               KeyStorage  storage,
               gpointer    value)
{
  gboolean added;

  key_table_ensure (t, space, key, len, storage, &added)->value = value;
}

static KeySpace
key_space_of_kind (ReadoutActorKind kind)
{
  return kind == READOUT_ACTOR_PERSON ? KEY_PERSON : kind == READOUT_ACTOR_COUNTRY ? KEY_COUNTRY : KEY_ORGANIZATION;
}

/* The key an entity of that kind is found by: a person's name key, else its skeleton. */
static void
entity_key_init (NameKey          *key,
                 ReadoutActorKind  kind,
                 const char       *name)
{
  name_key_init (key, name, strlen (name), kind != READOUT_ACTOR_PERSON);
}

/* ---- entities of one document ----
 *
 * While a document is resolved, its entities are one growing array, addressed by index, and the
 * aliases and roles of each are linked lists of nodes in one more array (most entities have
 * none; some a dozen); at the end the lists are laid out in one block of spans
 * (lay_out_lists()). Every string is in the document's strings. */

typedef struct
{
  const char *str;  /* in the document's strings (the registry's: in the documents') */
  gint        next; /* the next node of the list, -1 at its end */
  guint       len;  /* strlen (str) */
} StringNode;

typedef struct
{
  gint  first; /* -1 when empty */
  gint  last;
  guint len;
} StringList;

typedef struct
{
  StringList aliases;
  StringList roles;
} EntityLists;

/* The nodes of lists; grown by doubling (GArray's appends cost a call and more each). */
typedef struct
{
  StringNode *nodes;
  guint       len;
  guint       size;
} StringNodes;

static void
string_nodes_clear (StringNodes *nodes)
{
  g_clear_pointer (&nodes->nodes, g_free);
  nodes->len = nodes->size = 0;
}

static inline const StringNode *
string_node (const StringNodes *nodes,
             gint               k)
{
  return &nodes->nodes[k];
}

/* Whether the first len bytes of a and b are equal but for the case of ASCII letters. */
static inline gboolean
ascii_case_equal_len (const char *a,
                      const char *b,
                      gsize       len)
{
  for (gsize k = 0; k < len; k++)
    if (a[k] != b[k] && ascii_lower (a[k]) != ascii_lower (b[k]))
      return FALSE;
  return TRUE;
}

/* Whether the list holds the len bytes at str, compared case-insensitively (the length first). */
static gboolean
string_list_contains_casefold (const StringNodes *nodes,
                               const StringList  *list,
                               const char        *str,
                               gsize              len)
{
  for (gint k = list->first; k >= 0; k = string_node (nodes, k)->next)
    if (string_node (nodes, k)->len == len && ascii_case_equal_len (string_node (nodes, k)->str, str, len))
      return TRUE;
  return FALSE;
}

/* Appends str (not copied), of length len, to the list. */
static void
string_nodes_append (StringNodes *nodes,
                     StringList  *list,
                     const char  *str,
                     gsize        len)
{
  if (nodes->len == nodes->size)
    {
      nodes->size = MAX (32, 2 * nodes->size);
      nodes->nodes = g_renew (StringNode, nodes->nodes, nodes->size);
    }
  nodes->nodes[nodes->len] = (StringNode) { str, -1, len };
  if (list->first < 0)
    list->first = nodes->len;
  else
    nodes->nodes[list->last].next = nodes->len;
  list->last = nodes->len++;
  list->len++;
}

/* The bytes of a document's strings: copied one after the other into blocks, freed together with
 * the entities. Every entity's name and key, alias and affiliation is copied: a GStringChunk
 * would cost a call into GLib for each; this is a few instructions and a memcpy(). */
typedef struct
{
  GPtrArray *blocks; /* the document's */
  char      *next;
  char      *end;
} StringArena;

static char *
string_arena_alloc (StringArena *a,
                    gsize        size)
{
  char *p;

  if ((gsize)(a->end - a->next) < size)
    {
      /* Small blocks: a document's strings take a KiB or two, and what the last block has left
       * is lost until the document is freed (with all the documents' entities alive at once) */
      gsize block_size = MAX (size, 512);

      a->next = g_malloc (block_size);
      a->end = a->next + block_size;
      g_ptr_array_add (a->blocks, a->next);
    }
  p = a->next;
  a->next += size;
  return p;
}

/* A NUL-terminated copy of the len bytes at s. */
static const char *
string_arena_copy (StringArena *a,
                   const char  *s,
                   gsize        len)
{
  char *p = string_arena_alloc (a, len + 1);

  memcpy (p, s, len);
  p[len] = '\0';
  return p;
}

void
readout_document_entities_free (ReadoutDocumentEntities *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->entities);
  g_free (self->items);
  g_free (self->lists);
  g_ptr_array_unref (self->string_blocks);
  g_free (self);
}

typedef struct
{
  const ReadoutSegmentation *seg;
  ReadoutMentions           *mentions;
  ReadoutDocumentEntities   *out;
  ReadoutEntity             *items;
  EntityLists               *lists;        /* one per entity */
  guint                      n_entities;
  guint                      entities_size;
  StringNodes                nodes;        /* of the lists */
  StringArena                strings;      /* of the entities */
  KeyTable                   keys;         /* key → index+1 (of the most recent holder, for roles) */
  GHashTable                *handle_parts; /* created for the first handle; see resolve_handle() */
  guint                      n_handle_keys; /* how many entries of keys it has seen */
  GArray                    *subjects;     /* per sentence: first person entity, -1 */
  GArray                    *org_subjects; /* per sentence: first organization/country entity */
  guint8                    *evidence;     /* per entity: GenderEvidence bits */
  GArray                    *pronouns;     /* PronounCandidates, of the personal pronouns */
} Resolver;

/* Adds the len bytes at s to the list unless present (compared case-insensitively), the string
 * kept in the document's strings. */
static void
add_unique (Resolver   *r,
            StringList *list,
            const char *s,
            gsize       len)
{
  if (s == NULL || len == 0 || string_list_contains_casefold (&r->nodes, list, s, len))
    return;
  if (list->len < 32)
    string_nodes_append (&r->nodes, list, string_arena_copy (&r->strings, s, len), len);
}

/* Copies a list into the span at *span, its pointers at *pointers; advances both. */
static ReadoutEntityStrings *
lay_out_list (Resolver              *r,
              const StringList      *list,
              ReadoutEntityStrings **span,
              const char          ***pointers)
{
  ReadoutEntityStrings *out = *span;

  if (list->len == 0)
    return NULL;
  out->pdata = *pointers;
  out->len = 0;
  for (gint k = list->first; k >= 0; k = string_node (&r->nodes, k)->next)
    out->pdata[out->len++] = string_node (&r->nodes, k)->str;
  *pointers += out->len;
  (*span)++;
  return out;
}

/* The aliases and roles of every entity as spans of pointers, all in one block. */
static void
lay_out_lists (Resolver *r)
{
  guint n_spans = 0;
  ReadoutEntityStrings *span;
  const char **pointers;

  for (guint i = 0; i < r->n_entities; i++)
    {
      const EntityLists *lists = &r->lists[i];
      n_spans += (lists->aliases.len > 0) + (lists->roles.len > 0);
    }
  if (n_spans == 0)
    return;
  span = r->out->lists = g_malloc (n_spans * sizeof (ReadoutEntityStrings) + r->nodes.len * sizeof (char *));
  pointers = (const char **)(span + n_spans);
  for (guint i = 0; i < r->n_entities; i++)
    {
      const EntityLists *lists = &r->lists[i];
      ReadoutEntity *e = &r->out->items[i];

      e->aliases = lay_out_list (r, &lists->aliases, &span, &pointers);
      e->roles = lay_out_list (r, &lists->roles, &span, &pointers);
    }
}

static gint
lookup (Resolver   *r,
        KeySpace    space,
        const char *key,
        gsize       len)
{
  KeyEntry *e = key_table_find (&r->keys, space, key, len);

  return e ? GPOINTER_TO_INT (e->value) - 1 : -1;
}

static void
store (Resolver   *r,
       KeySpace    space,
       const char *key,
       gsize       len,
       KeyStorage  storage,
       gint        index)
{
  key_table_set (&r->keys, space, key, len, storage, GINT_TO_POINTER (index + 1));
}

/* The entity a name as written stood for, or -1 when new; the name gets an entry (with no value
 * until remember_name(): as if absent), its number in *entry: the name is hashed and probed once.
 * The name is borrowed: a mention's, which outlives the table. */
static gint
recall_name (Resolver   *r,
             KeySpace    space,
             const char *name,
             gsize       len,
             guint      *entry)
{
  gboolean added;
  KeyEntry *e = key_table_ensure (&r->keys, space, name, len, KEY_BORROW, &added);

  *entry = e - r->keys.entries;
  return GPOINTER_TO_INT (e->value) - 1;
}

static void
remember_name (Resolver *r,
               guint     entry,
               gint      index)
{
  r->keys.entries[entry].value = GINT_TO_POINTER (index + 1);
}

/* Stores a name part unless it already names someone (the first to have it keeps it). */
static void
store_part (Resolver   *r,
            KeySpace    space,
            const char *key,
            gsize       len,
            KeyStorage  storage,
            gint        index)
{
  gboolean added;
  KeyEntry *e = key_table_ensure (&r->keys, space, key, len, storage, &added);

  if (added)
    e->value = GINT_TO_POINTER (index + 1);
}

/* Sets the entity's name and its key, copied one after the other into the document's strings. */
static void
entity_set_name (Resolver      *r,
                 ReadoutEntity *e,
                 const char    *name,
                 const NameKey *key)
{
  gsize len = strlen (name);
  char *copy = string_arena_alloc (&r->strings, len + 1 + key->len + 1);

  e->name = memcpy (copy, name, len + 1);
  e->key = memcpy (copy + len + 1, key->str, key->len + 1);
}

/* A new entity; key is the entity key of its name, store_key the key to find it by (NULL for
 * none), which is key but for "the union" found by "union". */
static gint
new_entity (Resolver         *r,
            const char       *name,
            ReadoutActorKind  kind,
            const NameKey    *key,
            const NameKey    *store_key)
{
  gint index = r->n_entities;

  if (r->n_entities == r->entities_size)
    {
      r->entities_size = MAX (32, 2 * r->entities_size);
      r->items = g_renew (ReadoutEntity, r->items, r->entities_size);
      r->lists = g_renew (EntityLists, r->lists, r->entities_size);
      r->evidence = g_renew (guint8, r->evidence, r->entities_size);
    }
  r->evidence[index] = 0;
  r->items[index] = (ReadoutEntity) { .kind = kind };
  r->lists[index] = (EntityLists) { { -1, -1, 0 }, { -1, -1, 0 } };
  entity_set_name (r, &r->items[index], name, key);
  r->n_entities++;
  /* the key as stored with the entity, when it is the key to find it by */
  if (store_key == key)
    store (r, key_space_of_kind (kind), r->items[index].key, key->len, KEY_BORROW, index);
  else if (store_key)
    store (r, key_space_of_kind (kind), store_key->str, store_key->len, KEY_COPY, index);
  return index;
}

/* Valid until the next new_entity(). */
static ReadoutEntity *
entity (Resolver *r,
        gint      index)
{
  return &r->items[index];
}

/* The surname, and a first name that is not an initial, of a person entity's name key. */
static void
index_person_parts (Resolver *r,
                    gint      index)
{
  const char *key = entity (r, index)->key;
  const char *first_end = strchr (key, ' ');
  const char *last;
  gsize len;

  if (first_end == NULL)
    return;
  last = strrchr (key, ' ') + 1;
  len = strlen (last);
  /* the surname ends the entity's key: the table may point to it */
  if (len > 1)
    store_part (r, KEY_PART, last, len, KEY_BORROW, index);
  if (first_end - key > 1)
    store_part (r, KEY_PART, key, first_end - key, KEY_COPY, index);
}

static gint
resolve_name (Resolver   *r,
              const char *name)
{
  gsize name_len = strlen (name);
  NameKey plain;
  gboolean one_word;
  gboolean org_part = FALSE;
  guint entry;
  gint index;

  /* A name as written that was resolved before stands for the same entity again, with nothing
   * more to do: its key and parts never move to another entity, and its longest form was kept.
   * Not so for a person's name found as an organization's short name, which a person's name part
   * seen later takes over. This skips the key and up to three lookups for most names. */
  index = recall_name (r, KEY_NAME_PERSON, name, name_len, &entry);
  if (index >= 0)
    return index;

  name_key_init (&plain, name, name_len, FALSE);
  one_word = memchr (plain.str, ' ', plain.len) == NULL;
  index = lookup (r, KEY_PERSON, plain.str, plain.len);
  if (index < 0 && one_word)
    index = lookup (r, KEY_PART, plain.str, plain.len);
  /* "Coral" after "Coral Chemicals": the organization's short name */
  if (index < 0 && one_word)
    {
      index = lookup (r, KEY_ORG_PART, plain.str, plain.len);
      org_part = index >= 0;
    }
  if (index < 0)
    {
      index = new_entity (r, name, READOUT_ACTOR_PERSON, &plain, &plain);
      index_person_parts (r, index);
    }
  else if (!one_word)
    {
      ReadoutEntity *e = entity (r, index);
      /* Keep the longest form of the name */
      if (strlen (name) > strlen (e->name) && e->kind == READOUT_ACTOR_PERSON)
        {
          entity_set_name (r, e, name, &plain);
          store (r, KEY_PERSON, e->key, plain.len, KEY_BORROW, index);
          index_person_parts (r, index);
        }
    }
  name_key_clear (&plain);
  if (!org_part)
    remember_name (r, entry, index);
  return index;
}

static gint
resolve_named (Resolver         *r,
               const char       *name,
               ReadoutActorKind  kind)
{
  NameKey key;
  KeySpace name_space;
  guint entry;
  gint index;

  if (name == NULL)
    return -1;
  if (kind == READOUT_ACTOR_PERSON)
    return resolve_name (r, name);
  /* A name seen before stands for the entity it stood for then: the key of an organization or
   * a country, unlike a person's, never moves to another entity */
  name_space = kind == READOUT_ACTOR_COUNTRY ? KEY_NAME_COUNTRY : KEY_NAME_ORGANIZATION;
  index = recall_name (r, name_space, name, strlen (name), &entry);
  if (index >= 0)
    return index;
  entity_key_init (&key, kind, name);
  index = lookup (r, key_space_of_kind (kind), key.str, key.len);
  if (index < 0)
    index = new_entity (r, name, kind, &key, &key);
  name_key_clear (&key);
  remember_name (r, entry, index);
  return index;
}

/* Whether a name part, as the resolver has always keyed it ("org:coral" for an organization's
 * short name), is in the handle. */
static gboolean
part_in_handle (const char     *handle,
                const KeyEntry *part)
{
  if (part->space == KEY_PART)
    return part->len >= 4 && strstr (handle, part->key) != NULL;
  for (const char *p = handle; (p = strstr (p, "org:")) != NULL; p++)
    if (strncmp (p + 4, part->key, part->len) == 0)
      return TRUE;
  return FALSE;
}

static gint
resolve_handle (Resolver       *r,
                ReadoutMention *m)
{
  g_autofree char *handle = g_ascii_strdown (m->name, -1);
  gint found = -1;
  gboolean ambiguous = FALSE;
  GHashTableIter iter;
  gpointer key, value;

  /* The first name part in the handle, in the order of a GHashTable of the parts: that order
   * matters only when parts of two entities are in it. */
  for (guint k = 0; k < r->keys.n_entries && !ambiguous; k++)
    {
      const KeyEntry *part = &r->keys.entries[k];
      gint index = GPOINTER_TO_INT (part->value) - 1;

      if ((part->space == KEY_PART || part->space == KEY_ORG_PART) && part_in_handle (handle, part))
        {
          ambiguous = found >= 0 && found != index;
          found = index;
        }
    }
  if (!ambiguous)
    return found;

  /* Then the parts are added to a GHashTable in the order they were stored */
  if (r->handle_parts == NULL)
    r->handle_parts = g_hash_table_new (g_str_hash, g_str_equal);
  for (; r->n_handle_keys < r->keys.n_entries; r->n_handle_keys++)
    {
      KeyEntry *part = &r->keys.entries[r->n_handle_keys];
      const char *part_key = part->key;

      if (part->space == KEY_ORG_PART)
        {
          g_autofree char *org_key = g_strconcat ("org:", part->key, NULL);
          part_key = g_string_chunk_insert (r->keys.chunk, org_key);
        }
      else if (part->space != KEY_PART)
        continue;
      g_hash_table_insert (r->handle_parts, (gpointer)part_key, part->value);
    }

  g_hash_table_iter_init (&iter, r->handle_parts);
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
    index = lookup (r, KEY_ROLE, m->role, strlen (m->role));
  if (index < 0 && m->role_head)
    index = lookup (r, KEY_ROLE_HEAD, m->role_head, strlen (m->role_head));
  /* "the UN chief" after "UN Secretary General António Guterres" */
  if (index < 0 && m->affiliation)
    index = lookup (r, KEY_AFFILIATION, m->affiliation, strlen (m->affiliation));
  if (index < 0)
    {
      NameKey key;
      entity_key_init (&key, READOUT_ACTOR_PERSON, m->name);
      index = new_entity (r, m->name, READOUT_ACTOR_PERSON, &key, NULL);
      entity (r, index)->weak = TRUE;
      name_key_clear (&key);
    }
  return index;
}

static gboolean strcasestr_ascii (const char *haystack, const char *needle);

/* An organization named by a common noun ("the ministry", "the company", "a ministry readout"):
 * the last organization whose name has that word; for "the company", the last one named that is
 * no public body; else an actor named by the noun phrase itself. */
static gint
resolve_common_org (Resolver       *r,
                    ReadoutMention *m,
                    const char     *words,
                    const gint     *recent_orgs,
                    guint           n_recent)
{
  gint index;

  /* "the ministry": the last organization whose name has that word, else none */
  index = -1;
  for (guint k = 0; k < n_recent; k++)
    if (recent_orgs[k] >= 0 && strcasestr_ascii (entity (r, recent_orgs[k])->name, m->role))
      {
        index = recent_orgs[k];
        break;
      }
  /* "the company": the last organization named that is no public body */
  if (index < 0 && (g_str_equal (m->role, "company") || g_str_equal (m->role, "corporation")))
    for (guint k = 0; k < n_recent && index < 0; k++)
      {
        static const char *public_words[] = { "ministry", "department", "government", "agency",
                                              "authority", "council", "police", "embassy", "union",
                                              "army", "court", "parliament", "office", "commission",
                                              "party", "committee", "university" };
        gboolean public_body = FALSE;
        if (recent_orgs[k] < 0 || entity (r, recent_orgs[k])->kind != READOUT_ACTOR_ORGANIZATION)
          continue;
        for (guint w = 0; w < G_N_ELEMENTS (public_words); w++)
          public_body |= strcasestr_ascii (entity (r, recent_orgs[k])->name, public_words[w]);
        if (!public_body)
          index = recent_orgs[k];
      }
  /* else an actor named by the noun phrase itself ("the union", "the environment
   * ministry") so that what it says is kept */
  if (index < 0 && words)
    {
      NameKey key;
      entity_key_init (&key, m->actor_kind, words);
      index = lookup (r, key_space_of_kind (m->actor_kind), key.str, key.len);
      if (index < 0)
        {
          g_autofree char *name = g_strconcat ("the ", words, NULL);
          NameKey name_key;
          entity_key_init (&name_key, m->actor_kind, name);
          index = new_entity (r, name, m->actor_kind, &name_key, &key);
          entity (r, index)->weak = TRUE;
          name_key_clear (&name_key);
        }
      name_key_clear (&key);
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

/* Whether the sentence has no subject noted yet (note_subject() would note one). */
static gboolean
no_subject (GArray *subjects,
            guint   sentence)
{
  return sentence < subjects->len && g_array_index (subjects, gint, sentence) < 0;
}

static void
note_subject (GArray *subjects,
              guint   sentence,
              gint    index)
{
  if (no_subject (subjects, sentence))
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

/* Compares the len bytes at w with word, as strcmp() would compare them as a string. */
static int
compare_word (const char *w,
              gsize       len,
              const char *word)
{
  gsize k = 0;

  for (; k < len && word[k] != '\0'; k++)
    if (w[k] != word[k])
      return (guchar)w[k] - (guchar)word[k];
  if (k == len)
    return word[k] == '\0' ? 0 : -1;
  return 1;
}

/* Whether the len bytes at w are one of the words, sorted as strcmp() sorts them: a binary
 * search, as these lists are checked for most name mentions. */
static gboolean
word_in (const char         *w,
         gsize               len,
         const char * const *words,
         guint               n_words)
{
  guint lo = 0, hi = n_words;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      int cmp = compare_word (w, len, words[mid]);

      if (cmp == 0)
        return TRUE;
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return FALSE;
}

/* readout_segmentation_token_is() for each of the words, the token read once. */
static gboolean
token_in (const ReadoutSegmentation *seg,
          guint                      i,
          const char * const        *words,
          guint                      n_words)
{
  const ReadoutToken *t;

  if (i >= seg->tokens->len)
    return FALSE;
  t = readout_segmentation_token (seg, i);
  return word_in (seg->lower + t->start, t->end - t->start, words, n_words);
}

/* "In case of Pakistan": the object of a preposition is not what the sentence is about. */
static gboolean
after_preposition (const ReadoutSegmentation *seg,
                   ReadoutMention            *m)
{
  static const char * const prepositions[] = { "about", "against", "and", "at", "between", "by", "for", "from",
                                               "in", "into", "of", "on", "over", "to", "with" }; /* sorted */

  return m->first > 0 && token_in (seg, m->first - 1, prepositions, G_N_ELEMENTS (prepositions));
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
  static const char * const prepositions[] = { "across", "and", "around", "at", "from", "in", "inside", "into",
                                               "near", "outside", "throughout", "toward", "towards" }; /* sorted */
  guint n_tokens = seg->tokens->len;

  if (m->first > 0 && token_in (seg, m->first - 1, prepositions, G_N_ELEMENTS (prepositions)) &&
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
          static const char * const function[] = { "after", "also", "and", "as", "at", "before", "but", "can",
                                                    "could", "did", "for", "gave", "had", "has", "held", "in", "is",
                                                    "later", "made", "may", "met", "might", "must", "of", "on", "or",
                                                    "said", "sent", "should", "spoke", "then", "to", "told", "too",
                                                    "took", "was", "who", "will", "with", "would", "wrote" }; /* sorted */
          if (!verb_like)
            return !word_in (w, len, function, G_N_ELEMENTS (function));
        }
    }
  (void)mentions;
  return FALSE;
}

/* ---- gender ----
 *
 * Only what the text shows: an honorific or gendered title before a name ("Ms", "Sir",
 * "spokeswoman"), a given name of data/lexicon/genders.tsv as the first word of a name of two
 * words or more, or a "he"/"she" whose only candidate the person was. A person shown both ways
 * stays unknown; a pronoun's inference gives way to what the names and titles show. */

typedef enum
{
  EVIDENCE_MALE            = 1 << 0,
  EVIDENCE_FEMALE          = 1 << 1,
  EVIDENCE_INFERRED_MALE   = 1 << 2,
  EVIDENCE_INFERRED_FEMALE = 1 << 3,
} GenderEvidence;

/* The candidates of a personal pronoun before the genders are known: the distinct subjects of
 * its sentence and the five before, newest first, then the last person named. */
#define MAX_PRONOUN_CANDIDATES 8

typedef struct
{
  guint mention;
  guint sentence;
  guint n;
  gint  candidates[MAX_PRONOUN_CANDIDATES];
  guint sentences[MAX_PRONOUN_CANDIDATES]; /* where each was seen last */
  gint  last_person;                       /* the position of the last person named when not
                                            * a subject, or -1 */
} PronounCandidates;

static gpointer
gender_words_build (gpointer data)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *rows = readout_lexicon_get_rows (readout_lexicon_get_default (), "genders");

  (void)data;
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      ReadoutGender gender;

      if (row[0] == NULL || row[1] == NULL)
        continue;
      if (g_str_equal (row[1], "male"))
        gender = READOUT_GENDER_MALE;
      else if (g_str_equal (row[1], "female"))
        gender = READOUT_GENDER_FEMALE;
      else
        continue;
      /* a word listed both ways tells nothing */
      {
        char *key = g_utf8_strdown (row[0], -1);
        gpointer old = g_hash_table_lookup (words, key);
        if (old && GPOINTER_TO_INT (old) != (gint)gender)
          gender = READOUT_GENDER_UNKNOWN;
        g_hash_table_replace (words, key, GINT_TO_POINTER (gender));
      }
    }
  return words;
}

/* The gender data/lexicon/genders.tsv gives the len bytes at word (any case), or unknown. The
 * table is the shared lexicon's, read once. */
static ReadoutGender
gender_of_word (const char *word,
                gsize       len)
{
  static GOnce once = G_ONCE_INIT;
  GHashTable *words = g_once (&once, gender_words_build, NULL);
  char buffer[64];
  gboolean ascii = TRUE;
  gpointer found;

  if (len == 0 || len >= sizeof buffer)
    return READOUT_GENDER_UNKNOWN;
  for (gsize k = 0; k < len; k++)
    {
      if ((guchar)word[k] >= 0x80)
        ascii = FALSE;
      buffer[k] = ascii_lower (word[k]);
    }
  buffer[len] = '\0';
  if (ascii)
    found = g_hash_table_lookup (words, buffer);
  else
    {
      g_autofree char *lower = g_utf8_strdown (word, len);
      found = g_hash_table_lookup (words, lower);
    }
  return (ReadoutGender)GPOINTER_TO_INT (found);
}

static guint8
evidence_of (ReadoutGender gender)
{
  return gender == READOUT_GENDER_MALE ? EVIDENCE_MALE : gender == READOUT_GENDER_FEMALE ? EVIDENCE_FEMALE : 0;
}

/* What a person's name or title mention shows of their gender: each title ("ms", "queen",
 * "deputy spokeswoman": the whole title or its last word) and the first word of a name of two
 * words or more ("Sir Keir Starmer", "Ana Ruiz"). Not the titles of a mention that starts in
 * capitals: "MS Dhoni" has initials, not "Ms". */
static guint8
mention_evidence (const ReadoutSegmentation *seg,
                  const ReadoutMention      *m)
{
  guint8 evidence = 0;
  const char *roles = readout_segmentation_token (seg, m->first)->flags & READOUT_TOKEN_ALL_CAPS ? NULL : m->role;

  for (const char *role = roles, *next; role; role = next ? next + 2 : NULL)
    {
      gsize len;
      const char *last;

      next = strstr (role, "; ");
      len = next ? (gsize)(next - role) : strlen (role);
      evidence |= evidence_of (gender_of_word (role, len));
      for (last = role + len; last > role && last[-1] != ' '; last--)
        ;
      if (last > role)
        evidence |= evidence_of (gender_of_word (last, role + len - last));
    }
  if (m->kind == READOUT_MENTION_NAME && m->name)
    {
      const char *space = strchr (m->name, ' ');
      if (space && space[1] != '\0')
        evidence |= evidence_of (gender_of_word (m->name, space - m->name));
    }
  return evidence;
}

/* The gender the evidence shows: what the names and titles show when they agree, else, with
 * none of them, what the pronouns showed when they agree; otherwise unknown. */
static ReadoutGender
gender_of_evidence (guint8 evidence)
{
  guint8 told = evidence & (EVIDENCE_MALE | EVIDENCE_FEMALE);

  if (told == 0)
    told = (evidence >> 2) & (EVIDENCE_MALE | EVIDENCE_FEMALE);
  return told == EVIDENCE_MALE ? READOUT_GENDER_MALE : told == EVIDENCE_FEMALE ? READOUT_GENDER_FEMALE : READOUT_GENDER_UNKNOWN;
}

gboolean
readout_resolver_pronoun_fits (const ReadoutMention *pronoun,
                               const ReadoutEntity  *entity)
{
  if (pronoun == NULL || entity == NULL || pronoun->kind != READOUT_MENTION_PRONOUN ||
      pronoun->pronoun != READOUT_WORD_PERSON)
    return TRUE;
  return pronoun->gender == READOUT_GENDER_UNKNOWN || entity->gender == READOUT_GENDER_UNKNOWN ||
         pronoun->gender == entity->gender;
}

/* "Ruiz said … She added": a gendered pronoun outside quotations whose only candidate is a
 * person named as a subject in its sentence or the two before, with no other person named since,
 * shows that person's gender (unless their name or title shows otherwise). */
static void
infer_gender (Resolver                *r,
              const PronounCandidates *p)
{
  ReadoutMention *m = &g_array_index (r->mentions->mentions, ReadoutMention, p->mention);
  gint candidate = p->candidates[0];

  if (m->gender == READOUT_GENDER_UNKNOWN || p->n != 1 || p->last_person == 0 ||
      p->sentences[0] + 2 < p->sentence || readout_segmentation_token (r->seg, m->first)->quote >= 0)
    return;
  for (guint k = p->mention; k-- > 0;)
    {
      ReadoutMention *before = &g_array_index (r->mentions->mentions, ReadoutMention, k);
      gint e;

      if (readout_segmentation_token (r->seg, before->first)->sentence < p->sentences[0])
        break;
      e = before->kind == READOUT_MENTION_PRONOUN ? -1 : before->entity;
      if (e >= 0 && e != candidate && r->items[e].kind == READOUT_ACTOR_PERSON)
        return;
    }
  r->evidence[candidate] |= m->gender == READOUT_GENDER_MALE ? EVIDENCE_INFERRED_MALE : EVIDENCE_INFERRED_FEMALE;
}

/* Sets each entity's gender from its evidence, then each personal pronoun's candidates: the
 * first three that fit it. */
static void
resolve_pronouns (Resolver *r)
{
  for (guint i = 0; i < r->pronouns->len; i++)
    infer_gender (r, &g_array_index (r->pronouns, PronounCandidates, i));
  for (guint i = 0; i < r->n_entities; i++)
    r->items[i].gender = gender_of_evidence (r->evidence[i]);
  for (guint i = 0; i < r->pronouns->len; i++)
    {
      const PronounCandidates *p = &g_array_index (r->pronouns, PronounCandidates, i);
      ReadoutMention *m = &g_array_index (r->mentions->mentions, ReadoutMention, p->mention);
      guint n = 0;
      guint first_fit = G_MAXUINT;
      gboolean ruled_out = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (m->candidates); k++)
        m->candidates[k] = -1;
      for (guint k = 0; k < p->n; k++)
        if (!readout_resolver_pronoun_fits (m, &r->items[p->candidates[k]]))
          /* ruled out, and seen no earlier than the candidate chosen */
          ruled_out |= first_fit == G_MAXUINT || p->sentences[k] >= first_fit;
        else
          {
            if (first_fit == G_MAXUINT)
              first_fit = p->sentences[k];
            if (n < G_N_ELEMENTS (m->candidates))
              {
                m->candidate_sentences[n] = (gint)k == p->last_person ? 0 : p->sentences[k];
                m->candidates[n++] = p->candidates[k];
              }
          }
      /* The person ruled out may be the speaker the attributor remembers: the candidates left
       * go before any other (see readout-mentions.h) */
      for (guint k = 0; ruled_out && k < n; k++)
        m->candidate_sentences[k] = G_MAXUINT;
      m->entity = m->candidates[0];
    }
}

ReadoutDocumentEntities *
readout_resolver_resolve_document (const ReadoutSegmentation *seg,
                                   ReadoutMentions           *mentions)
{
  Resolver r = { .seg = seg,
                 .mentions = mentions,
                 .out = g_new0 (ReadoutDocumentEntities, 1),
                 .subjects = g_array_new (FALSE, FALSE, sizeof (gint)),
                 .org_subjects = g_array_new (FALSE, FALSE, sizeof (gint)),
                 .pronouns = g_array_new (FALSE, FALSE, sizeof (PronounCandidates)) };
  gint last_person = -1;
  guint last_person_sentence = 0;
  gint last_issuer = -1;
  gint recent_orgs[8] = { -1, -1, -1, -1, -1, -1, -1, -1 };
  /* the last body of a country named ("the state department", "Pakistan's foreign ministry",
   * "State Department spokesperson X"), and the country: "the US readout" is that body's */
  const char *body = NULL, *body_country = NULL;

  /* about one key a mention (names as written, name keys, parts, roles) */
  key_table_init (&r.keys, mentions->mentions->len);
  r.out->string_blocks = g_ptr_array_new_with_free_func (g_free);
  r.strings.blocks = r.out->string_blocks;
  g_array_set_size (r.subjects, seg->sentences->len);
  g_array_set_size (r.org_subjects, seg->sentences->len);
  for (guint s = 0; s < seg->sentences->len; s++)
    {
      g_array_index (r.subjects, gint, s) = -1;
      g_array_index (r.org_subjects, gint, s) = -1;
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
          index = resolve_name (&r, m->name);
          break;
        case READOUT_MENTION_ORGANIZATION:
        case READOUT_MENTION_COUNTRY:
          if (m->name == NULL)
            {
              index = resolve_common_org (&r, m, m->affiliation, recent_orgs, G_N_ELEMENTS (recent_orgs));
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
                  NameKey first;
                  name_key_init (&first, m->name, space - m->name, FALSE);
                  if (!starts_with_the (m->name, strlen (m->name)))
                    store_part (&r, KEY_ORG_PART, first.str, first.len, KEY_COPY, index);
                  name_key_clear (&first);
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
          if (m->affiliation && m->affiliation_kind == READOUT_ACTOR_COUNTRY && body &&
              g_str_equal (m->affiliation, body_country))
            index = last_issuer = resolve_named (&r, body, READOUT_ACTOR_ORGANIZATION);
          else if (m->affiliation)
            index = last_issuer = resolve_named (&r, m->affiliation, m->affiliation_kind);
          else if (m->role)
            index = last_issuer = resolve_common_org (&r, m, m->role, recent_orgs, G_N_ELEMENTS (recent_orgs));
          else if (last_issuer >= 0)
            index = last_issuer;
          else
            index = g_array_index (r.org_subjects, gint, sentence > 0 ? sentence - 1 : 0);
          break;
        case READOUT_MENTION_PRONOUN:
          if (m->pronoun == READOUT_WORD_PERSON)
            {
              PronounCandidates p = { .mention = i, .sentence = sentence, .last_person = -1 };
              gboolean seen = FALSE;
              /* distinct subjects of this and the sentences before, newest first, then the
               * last person named; resolve_pronouns() keeps those that fit */
              for (gint s = sentence; s >= 0 && s + 6 > (gint)sentence && p.n < MAX_PRONOUN_CANDIDATES; s--)
                {
                  gint e = g_array_index (r.subjects, gint, s);
                  seen = FALSE;
                  for (guint k = 0; k < p.n; k++)
                    seen |= p.candidates[k] == e;
                  if (e >= 0 && !seen)
                    {
                      p.sentences[p.n] = s;
                      p.candidates[p.n++] = e;
                    }
                }
              seen = FALSE;
              for (guint k = 0; k < p.n; k++)
                seen |= p.candidates[k] == last_person;
              if (p.n < MAX_PRONOUN_CANDIDATES && last_person >= 0 && !seen)
                {
                  p.last_person = p.n;
                  p.sentences[p.n] = last_person_sentence;
                  p.candidates[p.n++] = last_person;
                }
              g_array_append_val (r.pronouns, p);
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

      if (m->kind == READOUT_MENTION_ORGANIZATION && m->name && m->affiliation &&
          m->affiliation_kind == READOUT_ACTOR_COUNTRY && m->actor_kind == READOUT_ACTOR_ORGANIZATION)
        {
          body = m->name;
          body_country = m->affiliation;
        }
      else if (m->affiliation && m->affiliation_kind == READOUT_ACTOR_ORGANIZATION && m->affiliation_of)
        {
          body = m->affiliation;
          body_country = m->affiliation_of;
        }

      m->entity = index;
      if (index < 0)
        continue;
      {
        ReadoutEntity *e = entity (&r, index);
        const ReadoutToken *a = readout_segmentation_token (seg, m->first);
        const ReadoutToken *b = readout_segmentation_token (seg, m->last - 1);

        e->n_mentions++;
        if (m->kind != READOUT_MENTION_DOCUMENT)
          {
            const char *surface = seg->text + a->start;
            gsize len = b->base_end - a->start;
            if (!str_equal_len (e->name, surface, len))
              add_unique (&r, &r.lists[index].aliases, surface, len);
          }
        if (m->role && m->kind != READOUT_MENTION_DOCUMENT)
          {
            /* "; " separates the roles of one mention */
            for (const char *role = m->role, *next; role; role = next ? next + 2 : NULL)
              {
                next = strstr (role, "; ");
                add_unique (&r, &r.lists[index].roles, role,
                            next ? (gsize)(next - role) : strlen (role));
              }
            e->titled = !e->weak;
            /* the mentions outlive the table */
            store (&r, KEY_ROLE, m->role, strlen (m->role), KEY_BORROW, index);
            if (m->role_head)
              store (&r, KEY_ROLE_HEAD, m->role_head, strlen (m->role_head), KEY_BORROW, index);
            if (m->affiliation && m->kind == READOUT_MENTION_NAME)
              store (&r, KEY_AFFILIATION, m->affiliation, strlen (m->affiliation), KEY_BORROW, index);
          }
        if (m->affiliation && m->kind != READOUT_MENTION_DOCUMENT && e->affiliation == NULL &&
            g_strcmp0 (m->affiliation, e->name) != 0)
          {
            e->affiliation = string_arena_copy (&r.strings, m->affiliation, strlen (m->affiliation));
            e->affiliation_kind = m->affiliation_kind;
            e->affiliation_of = m->affiliation_of ? string_arena_copy (&r.strings, m->affiliation_of,
                                                                       strlen (m->affiliation_of))
                                                  : NULL;
          }
        if (e->kind == READOUT_ACTOR_PERSON && (m->kind == READOUT_MENTION_NAME || m->kind == READOUT_MENTION_TITLE))
          r.evidence[index] |= mention_evidence (seg, m);
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
            last_person_sentence = sentence;
          }
        else if (e->kind != READOUT_ACTOR_PERSON && no_subject (r.org_subjects, sentence) &&
                 !after_preposition (seg, m) && readout_segmentation_token (seg, m->first)->quote < 0)
          note_subject (r.org_subjects, sentence, index);
      }
    }

  resolve_pronouns (&r);

  /* The entities, their lists and the pointers to them: the array cut to its length */
  {
    guint n = r.n_entities;

    r.out->items = g_renew (ReadoutEntity, r.items, n);
    lay_out_lists (&r);
    r.out->entities = g_ptr_array_sized_new (n);
    g_ptr_array_set_size (r.out->entities, n);
    for (guint i = 0; i < n; i++)
      r.out->entities->pdata[i] = &r.out->items[i];
  }

  key_table_clear (&r.keys);
  g_clear_pointer (&r.handle_parts, g_hash_table_unref);
  g_free (r.lists);
  string_nodes_clear (&r.nodes);
  g_array_unref (r.subjects);
  g_array_unref (r.org_subjects);
  g_array_unref (r.pronouns);
  g_free (r.evidence);
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

/* ---- merging across documents ----
 *
 * The merge goes in passes: every full name first, in the documents' order, so that a surname
 * alone finds its person in any document; then the names of one word; then the affiliations.
 * The registry takes in each document's entities as soon as the document is resolved (in the
 * documents' order) and does the first pass for them at once, since it depends on nothing that
 * comes later; what the later passes need (the entities of one-word names, the affiliations) it
 * copies. So a document's entities can be freed right away, rather than every document's being
 * alive until the end (they were the largest item of the engine's memory peak).
 *
 * The strings the registry keeps are its own copies, one for all equal strings (the same names
 * and roles recur in every document about one event). The entities are merged into Merged
 * records, and each ReadoutActor is made once at the end with all its strings
 * (readout_actor_new_full()): no GObject property calls, notifications or string copies per
 * alias while merging. */

typedef struct _Merged Merged;

struct _Merged
{
  ReadoutActor     *actor;       /* made at the end of readout_actor_registry_build() */
  const char       *name;        /* while building: the fuller name seen (the registry's copy) */
  Merged           *affiliation;
  ReadoutActorKind  kind;
  guint             index;       /* in the registry's merged */
  StringList        aliases;     /* while building: nodes of the registry */
  StringList        roles;
  gboolean          used;
  gboolean          listed;
  gboolean          keep;        /* named clearly enough to list without a statement */
};

/* An entity merged in the second pass (a person's name of one word, an organization's generic
 * name), copied out of its document with the registry's strings; one for all the entities
 * alike (see later_entity_add()). Its aliases, then its roles, are a run of later_strings. */
typedef struct
{
  const char       *name;
  const char       *key;
  ReadoutActorKind  kind;
  guint             titled : 1;
  guint             single : 1;   /* a person's name of one word, else a generic one */
  guint             first_string; /* in later_strings */
  guint             n_aliases;
  guint             n_roles;
  guint             merged;       /* the index of its Merged, once built */
} LaterEntity;

/* An entity's affiliation, for the last pass. */
typedef struct
{
  guint             index;  /* the entity's, in of_entity */
  ReadoutActorKind  kind;
  const char       *name;   /* the registry's copies */
  const char       *of;
} LaterAffiliation;

/* In of_entity, until the build: the entity is that LaterEntity, by index. */
#define OF_LATER 0x80000000u

struct _ReadoutActorRegistry
{
  KeyTable    keys;          /* entity key → Merged; name part, organization head → Merged
                              * (NULL when ambiguous) */
  KeyTable    strings;       /* the registry's copies of the strings of later entities and
                              * affiliations (KEY_STRING), see registry_intern() */
  StringArena names;         /* the copies of the names, aliases and roles of the Merged */
  GPtrArray  *merged;        /* Merged, owned */
  StringNodes nodes;         /* the aliases and roles of the Merged while building */
  GArray     *of_entity;     /* guint: the index of the Merged of every entity taken in, in
                              * order; OF_LATER | the LaterEntity's until the build */
  GArray     *first_entity;  /* guint, per document: the index of its first entity in of_entity */
  GArray     *later;         /* LaterEntity, in order */
  GPtrArray  *later_strings; /* their aliases and roles (the registry's copies) */
  GPtrArray  *scratch;       /* see later_entity_add() */
  GArray     *affiliations;  /* LaterAffiliation, in order */
};

ReadoutActorRegistry *
readout_actor_registry_new (void)
{
  ReadoutActorRegistry *self = g_new0 (ReadoutActorRegistry, 1);

  key_table_init (&self->keys, 64);
  key_table_init (&self->strings, 64);
  self->names.blocks = g_ptr_array_new_with_free_func (g_free);
  self->merged = g_ptr_array_new ();
  self->of_entity = g_array_new (FALSE, FALSE, sizeof (guint));
  self->first_entity = g_array_new (FALSE, FALSE, sizeof (guint));
  self->later = g_array_new (FALSE, FALSE, sizeof (LaterEntity));
  self->later_strings = g_ptr_array_new ();
  self->scratch = g_ptr_array_new ();
  self->affiliations = g_array_new (FALSE, FALSE, sizeof (LaterAffiliation));
  return self;
}

/* What build() alone needs, freed once it is done. */
static void
registry_clear_building (ReadoutActorRegistry *self)
{
  key_table_clear (&self->keys);
  key_table_clear (&self->strings);
  g_clear_pointer (&self->names.blocks, g_ptr_array_unref);
  string_nodes_clear (&self->nodes);
  g_clear_pointer (&self->later, g_array_unref);
  g_clear_pointer (&self->later_strings, g_ptr_array_unref);
  g_clear_pointer (&self->scratch, g_ptr_array_unref);
  g_clear_pointer (&self->affiliations, g_array_unref);
}

void
readout_actor_registry_free (ReadoutActorRegistry *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->merged->len; i++)
    {
      Merged *m = g_ptr_array_index (self->merged, i);
      g_clear_object (&m->actor);
      g_free (m);
    }
  g_ptr_array_unref (self->merged);
  g_array_unref (self->of_entity);
  g_array_unref (self->first_entity);
  registry_clear_building (self);
  g_free (self);
}

/* The registry's copy of str (NULL for NULL), one for all equal strings: for the strings that
 * recur in every document. */
static const char *
registry_intern (ReadoutActorRegistry *self,
                 const char           *str)
{
  gboolean added;

  if (str == NULL)
    return NULL;
  return key_table_ensure (&self->strings, KEY_STRING, str, strlen (str), KEY_COPY, &added)->key;
}

/* The value of a key in the registry's table, NULL when absent (or ambiguous). */
static gpointer
registry_lookup (ReadoutActorRegistry *self,
                 KeySpace              space,
                 const char           *key,
                 gsize                 len)
{
  KeyEntry *e = key_table_find (&self->keys, space, key, len);

  return e ? e->value : NULL;
}

/* A copy of a string a Merged keeps (its name, an alias or a role): stored once for that
 * Merged, so not worth looking up (see registry_intern()). */
static const char *
registry_copy (ReadoutActorRegistry *self,
               const char           *str,
               gsize                 len)
{
  return string_arena_copy (&self->names, str, len);
}

/* The merged actor of that name and kind, made when new; key is the entity key of the name. */
static Merged *
ensure_merged (ReadoutActorRegistry *self,
               const char           *name,
               ReadoutActorKind      kind,
               const char           *key,
               gsize                 len)
{
  Merged *m = registry_lookup (self, key_space_of_kind (kind), key, len);

  /* An organization might have been seen as a group or a country, or the reverse (a group's
   * key is an organization's) */
  if (m == NULL && kind != READOUT_ACTOR_PERSON)
    m = registry_lookup (self, KEY_ORGANIZATION, key, len);
  if (m == NULL && kind != READOUT_ACTOR_PERSON)
    m = registry_lookup (self, KEY_COUNTRY, key, len);
  if (m == NULL)
    {
      m = g_new0 (Merged, 1);
      m->index = self->merged->len;
      m->name = registry_copy (self, name, strlen (name));
      m->kind = kind;
      m->aliases = m->roles = (StringList) { -1, -1, 0 };
      g_ptr_array_add (self->merged, m);
      key_table_set (&self->keys, key_space_of_kind (kind), key, len, KEY_COPY, m);
    }
  return m;
}

static Merged *
ensure_merged_name (ReadoutActorRegistry *self,
                    const char           *name,
                    ReadoutActorKind      kind)
{
  NameKey key;
  Merged *m;

  entity_key_init (&key, kind, name);
  m = ensure_merged (self, name, kind, key.str, key.len);
  name_key_clear (&key);
  return m;
}

/* Whether two strings are equal but for the case of ASCII letters: g_ascii_strcasecmp() == 0,
 * inline (a merged actor's name is compared with every alias merged into it). */
static inline gboolean
ascii_case_equal (const char *a,
                  const char *b)
{
  for (; ascii_lower (*a) == ascii_lower (*b); a++, b++)
    if (*a == '\0')
      return TRUE;
  return FALSE;
}

/* What readout_actor_add_alias() would keep: neither empty nor the name nor an alias already. */
static void
merged_add_alias (ReadoutActorRegistry *self,
                  Merged               *m,
                  const char           *alias)
{
  gsize len = strlen (alias);

  if (len > 0 && !ascii_case_equal (m->name, alias) &&
      !string_list_contains_casefold (&self->nodes, &m->aliases, alias, len))
    string_nodes_append (&self->nodes, &m->aliases, registry_copy (self, alias, len), len);
}

/* What readout_actor_add_role() would keep. */
static void
merged_add_role (ReadoutActorRegistry *self,
                 Merged               *m,
                 const char           *role)
{
  gsize len = strlen (role);

  if (len > 0 && !string_list_contains_casefold (&self->nodes, &m->roles, role, len))
    string_nodes_append (&self->nodes, &m->roles, registry_copy (self, role, len), len);
}

/* What readout_actor_set_affiliation() would do: nothing when m would belong to itself. */
static void
merged_set_affiliation (Merged *m,
                        Merged *affiliation)
{
  for (Merged *a = affiliation; a != NULL; a = a->affiliation)
    if (a == m)
      return;
  m->affiliation = affiliation;
}

static void
merge_into (ReadoutActorRegistry *self,
            Merged               *m,
            ReadoutEntity        *e)
{
  if (strcmp (m->name, e->name) != 0)
    {
      /* The fuller name wins; the other stays as an alias */
      if (strlen (e->name) > strlen (m->name) && e->kind == READOUT_ACTOR_PERSON)
        {
          const char *old = m->name;
          m->name = registry_copy (self, e->name, strlen (e->name));
          merged_add_alias (self, m, old);
        }
      else
        merged_add_alias (self, m, e->name);
    }
  for (guint i = 0; e->aliases && i < e->aliases->len; i++)
    merged_add_alias (self, m, e->aliases->pdata[i]);
  for (guint i = 0; e->roles && i < e->roles->len; i++)
    merged_add_role (self, m, e->roles->pdata[i]);
  if (e->titled || (e->kind == READOUT_ACTOR_PERSON && strchr (e->name, ' ') && e->n_mentions > 1 &&
                    readout_entity_is_person (e)))
    m->keep = TRUE;
}

/* Points a key to m, or to no one (NULL) once it has pointed to someone else. */
static void
index_unless_ambiguous (ReadoutActorRegistry *self,
                        KeySpace              space,
                        const char           *key,
                        gsize                 len,
                        Merged               *m)
{
  gboolean added;
  KeyEntry *e = key_table_ensure (&self->keys, space, key, len, KEY_COPY, &added);

  if (added)
    e->value = m;
  else if (e->value != m)
    e->value = NULL;
}

/* The first name and the surname of a person's name key. */
static void
index_parts (ReadoutActorRegistry *self,
             const char           *key,
             gsize                 len,
             Merged               *m)
{
  const char *first_end = memchr (key, ' ', len);
  const char *last;

  if (first_end == NULL)
    return;
  last = strrchr (key, ' ') + 1;
  if (first_end - key > 1)
    index_unless_ambiguous (self, KEY_PART, key, first_end - key, m);
  if (key + len - last > 1)
    index_unless_ambiguous (self, KEY_PART, last, key + len - last, m);
}

/* Merges one entity: single is a person's name of one word, generic an organization's. */
static Merged *
merge_entity (ReadoutActorRegistry *self,
              ReadoutEntity        *e,
              gboolean              single,
              gboolean              generic)
{
  const char *last_word = strrchr (e->name, ' ');
  gboolean org_head = e->kind == READOUT_ACTOR_ORGANIZATION && !generic && last_word;
  gsize key_len = strlen (e->key);
  NameKey head;
  Merged *m = NULL;

  if (generic || org_head)
    name_key_init_lower (&head, last_word ? last_word + 1 : e->name);
  if (generic)
    {
      /* the one organization of the corpus with that head word, if only one */
      m = registry_lookup (self, KEY_ORG_HEAD, head.str, head.len);
    }
  else if (single)
    {
      m = registry_lookup (self, KEY_PERSON, e->key, key_len);
      if (m == NULL)
        m = registry_lookup (self, KEY_PART, e->key, key_len);
    }
  if (m == NULL)
    m = ensure_merged (self, e->name, e->kind, e->key, key_len);
  if (e->kind == READOUT_ACTOR_PERSON && !single)
    index_parts (self, e->key, key_len, m);
  if (org_head)
    index_unless_ambiguous (self, KEY_ORG_HEAD, head.str, head.len, m);
  merge_into (self, m, e);
  if (generic || org_head)
    name_key_clear (&head);
  return m;
}

/* The actor of each Merged, with its affiliation, made in one go; then the nodes are done with. */
static void
make_actors (ReadoutActorRegistry *self)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_sized_new (32);

  for (guint i = 0; i < self->merged->len; i++)
    {
      Merged *m = g_ptr_array_index (self->merged, i);

      g_ptr_array_set_size (strings, 0);
      for (gint k = m->aliases.first; k >= 0; k = string_node (&self->nodes, k)->next)
        g_ptr_array_add (strings, (gpointer)string_node (&self->nodes, k)->str);
      for (gint k = m->roles.first; k >= 0; k = string_node (&self->nodes, k)->next)
        g_ptr_array_add (strings, (gpointer)string_node (&self->nodes, k)->str);
      m->actor = readout_actor_new_full (m->name, m->kind, (const char * const *)strings->pdata, m->aliases.len,
                                         (const char * const *)strings->pdata + m->aliases.len, m->roles.len);
      m->name = NULL;
    }
  /* The Merged's affiliations have no cycle (merged_set_affiliation()), so the actors' are
   * theirs: list_actor() follows the Merged's */
  for (guint i = 0; i < self->merged->len; i++)
    {
      Merged *m = g_ptr_array_index (self->merged, i);

      if (m->affiliation)
        readout_actor_set_affiliation (m->actor, m->affiliation->actor);
    }
  string_nodes_clear (&self->nodes);
}

/* Copies an entity of a one-word name for the second pass, unless one alike was copied already:
 * the same name and key, kind, titled or not, aliases and roles. Merging such an entity again
 * finds the same Merged and changes nothing: it finds it by its key (through KEY_PERSON and
 * KEY_PART, or KEY_ORG_HEAD and the entity keys), and the second pass never changes what a key
 * finds, only adds keys that were absent; and what merge_into() adds, a name, aliases and roles
 * and keep (for such an entity: titled), it would have added the first time. In a corpus about one event the same surnames
 * recur in every document: one copy each. Returns the index of the copy. */
static guint
later_entity_add (ReadoutActorRegistry *self,
                  const ReadoutEntity  *e,
                  gboolean              single)
{
  GPtrArray *scratch = self->scratch;
  guint n_aliases = e->aliases ? e->aliases->len : 0;
  guint n_roles = e->roles ? e->roles->len : 0;
  LaterEntity l = {
    registry_intern (self, e->name), registry_intern (self, e->key), e->kind, e->titled, single,
    self->later_strings->len, n_aliases, n_roles, 0,
  };
  gboolean added;
  KeyEntry *entry;

  /* The identity: every field above but first_string, then the strings, as pointers (the
   * registry's strings are one copy for all equal strings) */
  g_ptr_array_set_size (scratch, 0);
  g_ptr_array_add (scratch, (gpointer)l.name);
  g_ptr_array_add (scratch, (gpointer)l.key);
  g_ptr_array_add (scratch, GUINT_TO_POINTER (l.kind << 2 | l.titled << 1 | l.single));
  g_ptr_array_add (scratch, GUINT_TO_POINTER (n_aliases));
  for (guint i = 0; i < n_aliases; i++)
    g_ptr_array_add (scratch, (gpointer)registry_intern (self, e->aliases->pdata[i]));
  for (guint i = 0; i < n_roles; i++)
    g_ptr_array_add (scratch, (gpointer)registry_intern (self, e->roles->pdata[i]));
  entry = key_table_ensure (&self->strings, KEY_LATER, (const char *)scratch->pdata, scratch->len * sizeof (gpointer),
                            KEY_COPY, &added);
  if (!added)
    return GPOINTER_TO_UINT (entry->value);

  entry->value = GUINT_TO_POINTER (self->later->len);
  for (guint i = 4; i < scratch->len; i++)
    g_ptr_array_add (self->later_strings, scratch->pdata[i]);
  g_array_append_val (self->later, l);
  return self->later->len - 1;
}

guint
readout_actor_registry_add (ReadoutActorRegistry    *self,
                            ReadoutDocumentEntities *entities)
{
  guint document = self->first_entity->len;
  guint first = self->of_entity->len;

  g_return_val_if_fail (self->later != NULL, 0); /* not built yet */

  g_array_append_val (self->first_entity, first);
  g_array_set_size (self->of_entity, first + entities->entities->len);
  for (guint i = 0; i < entities->entities->len; i++)
    {
      ReadoutEntity *e = &entities->items[i];
      gboolean single = e->kind == READOUT_ACTOR_PERSON && strchr (e->name, ' ') == NULL;
      /* "the union" that no organization named before it in its document fitted */
      gboolean the = starts_with_the (e->name, strlen (e->name));
      /* … or "the Authority", "the Herald": a name of one word that may end a longer one */
      const char *bare = the ? e->name + 4 : e->name;
      gboolean generic = (e->kind != READOUT_ACTOR_PERSON && e->weak && g_str_has_prefix (e->name, "the ")) ||
                         (e->kind == READOUT_ACTOR_ORGANIZATION && strchr (bare, ' ') == NULL);
      guint *of = &g_array_index (self->of_entity, guint, first + i);

      if (single || generic)
        *of = OF_LATER | later_entity_add (self, e, single);
      else
        *of = merge_entity (self, e, FALSE, FALSE)->index;
      if (e->affiliation)
        {
          LaterAffiliation a = {
            first + i, e->affiliation_kind, registry_intern (self, e->affiliation),
            registry_intern (self, e->affiliation_of),
          };
          g_array_append_val (self->affiliations, a);
        }
    }
  return document;
}

static Merged *
merged_of_entity (ReadoutActorRegistry *self,
                  guint                 index)
{
  return g_ptr_array_index (self->merged, g_array_index (self->of_entity, guint, index));
}

void
readout_actor_registry_build (ReadoutActorRegistry *self)
{
  g_return_if_fail (self->later != NULL); /* built once */

  /* The names of one word, now that every full name is known */
  for (guint i = 0; i < self->later->len; i++)
    {
      LaterEntity *l = &g_array_index (self->later, LaterEntity, i);
      ReadoutEntityStrings aliases = { NULL, l->n_aliases };
      ReadoutEntityStrings roles = { NULL, l->n_roles };
      /* What merge_entity() reads of an entity of one word: the counts of mentions and hits
       * only matter for a person's name of several words (merge_into()) */
      ReadoutEntity e = {
        .name = l->name, .key = l->key, .kind = l->kind, .titled = l->titled,
        .aliases = l->n_aliases ? &aliases : NULL, .roles = l->n_roles ? &roles : NULL,
      };

      if (l->n_aliases + l->n_roles > 0)
        {
          aliases.pdata = (const char **)self->later_strings->pdata + l->first_string;
          roles.pdata = aliases.pdata + l->n_aliases;
        }

      l->merged = merge_entity (self, &e, l->single, !l->single)->index;
    }
  for (guint k = 0; k < self->of_entity->len; k++)
    {
      guint *of = &g_array_index (self->of_entity, guint, k);

      if (*of & OF_LATER)
        *of = g_array_index (self->later, LaterEntity, *of & ~OF_LATER).merged;
    }

  /* Affiliations, as actors of their own */
  for (guint i = 0; i < self->affiliations->len; i++)
    {
      const LaterAffiliation *a = &g_array_index (self->affiliations, LaterAffiliation, i);
      Merged *m = merged_of_entity (self, a->index);
      Merged *aff;

      if (m->affiliation != NULL)
        continue;
      aff = ensure_merged_name (self, a->name, a->kind);
      if (aff == m)
        continue;
      merged_set_affiliation (m, aff);
      if (a->of && aff->affiliation == NULL)
        {
          Merged *top = ensure_merged_name (self, a->of,
                                            a->kind == READOUT_ACTOR_COUNTRY ? READOUT_ACTOR_ORGANIZATION
                                                                             : READOUT_ACTOR_COUNTRY);
          if (top != aff)
            merged_set_affiliation (aff, top);
        }
    }

  make_actors (self);
  /* Only the actors are asked for from here on */
  registry_clear_building (self);
}

/* The Merged of an entity of a document, or NULL. */
static Merged *
merged_of_document_entity (ReadoutActorRegistry *self,
                           guint                 document,
                           gint                  entity)
{
  guint first, end;

  g_return_val_if_fail (document < self->first_entity->len, NULL);
  g_return_val_if_fail (self->later == NULL, NULL); /* built */
  first = g_array_index (self->first_entity, guint, document);
  end = document + 1 < self->first_entity->len ? g_array_index (self->first_entity, guint, document + 1)
                                               : self->of_entity->len;
  if (entity < 0 || (guint)entity >= end - first)
    return NULL;
  return merged_of_entity (self, first + entity);
}

ReadoutActor *
readout_actor_registry_actor_for (ReadoutActorRegistry *self,
                                  guint                 document,
                                  gint                  entity)
{
  Merged *m = merged_of_document_entity (self, document, entity);

  return m ? m->actor : NULL;
}

void
readout_actor_registry_use (ReadoutActorRegistry *self,
                            guint                 document,
                            gint                  entity)
{
  Merged *m = merged_of_document_entity (self, document, entity);

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
      m->listed = TRUE;
      g_ptr_array_add (actors, g_object_ref (m->actor));
      m = m->affiliation;
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
