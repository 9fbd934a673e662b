/* readout-palette.c: affiliation hues and per-person shades.
 *
 * The hues are the Okabe–Ito set, chosen to stay apart for the common forms of colour
 * blindness. Their lightness differs too, and each root affiliation also gets one of a few
 * lightness variants, so that groups can still be told apart when a report is printed in grey.
 *
 * A root affiliation's colour comes from its (casefolded) name, so it is the same in every run,
 * in the reader, the graph and the report. Names can collide, so readout_palette_prepare()
 * hands out the hues over the groups of an analysis, the largest first; the result depends on
 * the analysis alone and so is stable too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "readout-actor.h"
#include "readout-corpus.h"
#include "readout-palette.h"

/* Okabe & Ito (2008), "Color Universal Design", without black (and without grey, which reads as "no colour"); sRGB 0..255. */
static const guint8 base_hues[][3] = {
  { 0x00, 0x72, 0xB2 }, /* blue */
  { 0xE6, 0x9F, 0x00 }, /* orange */
  { 0x00, 0x9E, 0x73 }, /* bluish green */
  { 0xCC, 0x79, 0xA7 }, /* reddish purple */
  { 0x56, 0xB4, 0xE9 }, /* sky blue */
  { 0xD5, 0x5E, 0x00 }, /* vermillion */
  { 0xF0, 0xE4, 0x42 }, /* yellow */
};

/* Lightness shifts (HSL) for root affiliations that share a hue. */
static const double root_variants[] = { 0.0, -0.16, 0.14 };

/* Lightness shifts for the people of one affiliation; never 0, so that a person differs from
 * the organization or country they speak for. */
static const double member_variants[] = { 0.12, -0.12, 0.22, -0.2, 0.06, -0.06 };

/* Stable across runs and platforms, unlike a pointer hash; djb2 over the casefolded name. */
static guint
name_hash (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name ? name : "", -1);
  guint32 h = 5381;

  for (const char *p = folded; *p; p++)
    h = (h << 5) + h + (guint8)*p;
  /* Mix the bits so that the low bits used for the hue depend on the whole name. */
  h ^= h >> 16;
  h *= 0x7feb352d;
  h ^= h >> 15;
  return h;
}

static void
rgb_to_hsl (const double rgb[3],
            double      *h,
            double      *s,
            double      *l)
{
  double max = MAX (rgb[0], MAX (rgb[1], rgb[2]));
  double min = MIN (rgb[0], MIN (rgb[1], rgb[2]));
  double d = max - min;

  *l = (max + min) / 2;
  if (d < 1e-9)
    {
      *h = *s = 0;
      return;
    }
  *s = *l > 0.5 ? d / (2 - max - min) : d / (max + min);
  if (max == rgb[0])
    *h = fmod ((rgb[1] - rgb[2]) / d + 6, 6);
  else if (max == rgb[1])
    *h = (rgb[2] - rgb[0]) / d + 2;
  else
    *h = (rgb[0] - rgb[1]) / d + 4;
  *h /= 6;
}

static double
hue_to_channel (double p,
                double q,
                double t)
{
  if (t < 0)
    t += 1;
  if (t > 1)
    t -= 1;
  if (t < 1.0 / 6)
    return p + (q - p) * 6 * t;
  if (t < 0.5)
    return q;
  if (t < 2.0 / 3)
    return p + (q - p) * (2.0 / 3 - t) * 6;
  return p;
}

static void
hsl_to_rgb (double h,
            double s,
            double l,
            double rgb[3])
{
  double q, p;

  if (s < 1e-9)
    {
      rgb[0] = rgb[1] = rgb[2] = l;
      return;
    }
  q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  p = 2 * l - q;
  rgb[0] = hue_to_channel (p, q, h + 1.0 / 3);
  rgb[1] = hue_to_channel (p, q, h);
  rgb[2] = hue_to_channel (p, q, h - 1.0 / 3);
}

/* Shifts the lightness, kept in a band where the colour stays a colour and text on it or
 * next to it stays readable. */
static void
shift_lightness (double rgb[3],
                 double delta)
{
  double h, s, l;

  rgb_to_hsl (rgb, &h, &s, &l);
  l = CLAMP (l + delta, 0.22, 0.82);
  hsl_to_rgb (h, s, l, rgb);
}

#define N_SLOTS (G_N_ELEMENTS (base_hues) * G_N_ELEMENTS (root_variants))

/* A root affiliation's colour slot (hue + variant * number of hues) set by
 * readout_palette_prepare(), stored as slot + 1. */
static GQuark
slot_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("readout-palette-slot");
  return quark;
}

static guint
hashed_slot (const char *name)
{
  guint h = name_hash (name);
  guint hue = h % G_N_ELEMENTS (base_hues);
  guint variant = (h / G_N_ELEMENTS (base_hues)) % G_N_ELEMENTS (root_variants);

  return hue + variant * G_N_ELEMENTS (base_hues);
}

static void
slot_rgb (guint  slot,
          double rgb[3])
{
  guint hue = slot % G_N_ELEMENTS (base_hues);
  guint variant = (slot / G_N_ELEMENTS (base_hues)) % G_N_ELEMENTS (root_variants);

  for (guint i = 0; i < 3; i++)
    rgb[i] = base_hues[hue][i] / 255.0;
  shift_lightness (rgb, root_variants[variant]);
}

static void
root_rgb (ReadoutActor *root,
          double        rgb[3])
{
  guint slot = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (root), slot_quark ()));

  slot_rgb (slot > 0 ? slot - 1 : hashed_slot (readout_actor_get_name (root)), rgb);
}

typedef struct
{
  char  *key;          /* casefolded name */
  guint  n_statements;
  guint  slot;
} Group;

static void
clear_group (gpointer data)
{
  g_free (((Group *)data)->key);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *ga = a, *gb = b;

  if (ga->n_statements != gb->n_statements)
    return ga->n_statements > gb->n_statements ? -1 : 1;
  return strcmp (ga->key, gb->key);
}

void
readout_palette_prepare (ReadoutCorpus *corpus)
{
  GListModel *actors;
  g_autoptr(GArray) groups = g_array_new (FALSE, TRUE, sizeof (Group));
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean taken[N_SLOTS] = { FALSE };
  gboolean hue_taken[G_N_ELEMENTS (base_hues)] = { FALSE };
  guint n_actors;

  g_return_if_fail (READOUT_IS_CORPUS (corpus));

  g_array_set_clear_func (groups, clear_group);
  actors = readout_corpus_get_actors (corpus);
  n_actors = g_list_model_get_n_items (actors);

  /* The groups by name, with the statements of all their members. */
  for (guint i = 0; i < n_actors; i++)
    {
      g_autoptr(ReadoutActor) actor = g_list_model_get_item (actors, i);
      ReadoutActor *root = readout_actor_get_root_affiliation (actor);
      g_autofree char *key = g_utf8_casefold (readout_actor_get_name (root) ? readout_actor_get_name (root) : "", -1);
      gpointer position;

      if (!g_hash_table_lookup_extended (index, key, NULL, &position))
        {
          Group group = { g_steal_pointer (&key), 0, 0 };

          g_array_append_val (groups, group);
          position = GUINT_TO_POINTER (groups->len);
          g_hash_table_insert (index, g_array_index (groups, Group, groups->len - 1).key, position);
        }
      g_array_index (groups, Group, GPOINTER_TO_UINT (position) - 1).n_statements +=
        readout_actor_get_n_statements (actor);
    }

  /* The most talkative groups choose first: their own hue when it is free, else the next free
   * hue, and only once every hue is used a lightness variant. */
  g_array_sort (groups, compare_groups);
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = &g_array_index (groups, Group, i);
      guint wanted = hashed_slot (group->key);
      guint hue = wanted % G_N_ELEMENTS (base_hues);
      guint slot = wanted;

      for (guint k = 0; k < G_N_ELEMENTS (base_hues); k++)
        {
          guint candidate = (hue + k) % G_N_ELEMENTS (base_hues);

          if (!hue_taken[candidate])
            {
              slot = candidate;
              break;
            }
        }
      if (hue_taken[slot % G_N_ELEMENTS (base_hues)])
        for (guint k = 0; k < N_SLOTS; k++)
          if (!taken[(wanted + k) % N_SLOTS])
            {
              slot = (wanted + k) % N_SLOTS;
              break;
            }
      taken[slot] = TRUE;
      hue_taken[slot % G_N_ELEMENTS (base_hues)] = TRUE;
      group->slot = slot;
      g_hash_table_insert (index, group->key, GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < n_actors; i++)
    {
      g_autoptr(ReadoutActor) actor = g_list_model_get_item (actors, i);
      ReadoutActor *root = readout_actor_get_root_affiliation (actor);
      g_autofree char *key = g_utf8_casefold (readout_actor_get_name (root) ? readout_actor_get_name (root) : "", -1);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (index, key));

      if (position > 0)
        g_object_set_qdata (G_OBJECT (root), slot_quark (),
                            GUINT_TO_POINTER (g_array_index (groups, Group, position - 1).slot + 1));
    }
}

void
readout_palette_affiliation_rgb (ReadoutActor *root,
                                 double        rgb[3])
{
  g_return_if_fail (READOUT_IS_ACTOR (root));

  root = readout_actor_get_root_affiliation (root);
  root_rgb (root, rgb);
}

void
readout_palette_actor_rgb (ReadoutActor *actor,
                           double        rgb[3])
{
  ReadoutActor *root;
  guint h;

  g_return_if_fail (READOUT_IS_ACTOR (actor));

  root = readout_actor_get_root_affiliation (actor);
  root_rgb (root, rgb);
  if (root == actor)
    return;

  h = name_hash (readout_actor_get_name (actor));
  shift_lightness (rgb, member_variants[h % G_N_ELEMENTS (member_variants)]);
}

char *
readout_palette_actor_css (ReadoutActor *actor)
{
  double rgb[3];

  g_return_val_if_fail (READOUT_IS_ACTOR (actor), NULL);

  readout_palette_actor_rgb (actor, rgb);
  return g_strdup_printf ("#%02x%02x%02x",
                          (guint)lround (CLAMP (rgb[0], 0, 1) * 255),
                          (guint)lround (CLAMP (rgb[1], 0, 1) * 255),
                          (guint)lround (CLAMP (rgb[2], 0, 1) * 255));
}
