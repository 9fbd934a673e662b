/* test-graph-layout.c: the actor graph as Graphviz lays it out, and the palette it uses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "readout.h"
#include "readout-graph-layout.h"
#include "readout-palette.h"

static ReadoutCorpus *
load_corpus (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "corpus", "pahalgam-2025", NULL);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autoptr(GError) error = NULL;
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)))
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (names->pdata[i]);
      ReadoutDocument *document = readout_corpus_load_file (corpus, file, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (document);
    }
  g_assert_true (readout_corpus_analyze (corpus, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&corpus);
}

static double
hue_of (const double rgb[3])
{
  double max = MAX (rgb[0], MAX (rgb[1], rgb[2]));
  double min = MIN (rgb[0], MIN (rgb[1], rgb[2]));
  double d = max - min, h;

  if (d < 1e-6)
    return -1;
  if (max == rgb[0])
    h = fmod ((rgb[1] - rgb[2]) / d + 6, 6);
  else if (max == rgb[1])
    h = (rgb[2] - rgb[0]) / d + 2;
  else
    h = (rgb[0] - rgb[1]) / d + 4;
  return h * 60;
}

static double
luminance (const double rgb[3])
{
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

static void
test_palette_stable (void)
{
  g_autoptr(ReadoutActor) a = readout_actor_new ("Shehbaz Sharif", READOUT_ACTOR_PERSON);
  g_autoptr(ReadoutActor) b = readout_actor_new ("SHEHBAZ SHARIF", READOUT_ACTOR_PERSON);
  g_autofree char *css_a = readout_palette_actor_css (a);
  g_autofree char *css_b = readout_palette_actor_css (b);
  double rgb1[3], rgb2[3];

  /* Colours depend on the (casefolded) name only, never on object identity. */
  readout_palette_actor_rgb (a, rgb1);
  readout_palette_actor_rgb (a, rgb2);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpfloat (rgb1[i], ==, rgb2[i]);
      g_assert_cmpfloat (rgb1[i], >=, 0);
      g_assert_cmpfloat (rgb1[i], <=, 1);
    }
  g_assert_cmpstr (css_a, ==, css_b);
  g_assert_true (g_regex_match_simple ("^#[0-9a-f]{6}$", css_a, 0, 0));
}

static void
test_palette_affiliation (void)
{
  const char *countries[] = { "India", "Pakistan", "United States", "China", "Iran",
                              "United Nations", "Saudi Arabia", "United Kingdom" };
  g_autoptr(ReadoutActor) country = readout_actor_new ("Freedonia", READOUT_ACTOR_COUNTRY);
  g_autoptr(ReadoutActor) ministry = readout_actor_new ("Freedonian Ministry of Truth", READOUT_ACTOR_ORGANIZATION);
  g_autoptr(ReadoutActor) minister = readout_actor_new ("Rufus T. Firefly", READOUT_ACTOR_PERSON);
  g_autoptr(ReadoutActor) envoy = readout_actor_new ("Chicolini", READOUT_ACTOR_PERSON);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  double group[3], rgb_minister[3], rgb_envoy[3], rgb_ministry[3];
  guint distinct_hues = 0;
  g_autoptr(GArray) hues = g_array_new (FALSE, FALSE, sizeof (double));

  readout_actor_set_affiliation (ministry, country);
  readout_actor_set_affiliation (minister, ministry);
  readout_actor_set_affiliation (envoy, country);

  readout_palette_affiliation_rgb (country, group);
  readout_palette_actor_rgb (minister, rgb_minister);
  readout_palette_actor_rgb (envoy, rgb_envoy);
  readout_palette_actor_rgb (ministry, rgb_ministry);

  /* Same hue family (unless the group is the grey one), different lightness from the group. */
  if (hue_of (group) >= 0)
    {
      g_assert_cmpfloat (fabs (hue_of (rgb_minister) - hue_of (group)), <, 12);
      g_assert_cmpfloat (fabs (hue_of (rgb_envoy) - hue_of (group)), <, 12);
    }
  g_assert_cmpfloat (fabs (luminance (rgb_minister) - luminance (group)), >, 0.02);
  /* An organization under a country is coloured as one of its members. */
  g_assert_cmpfloat (fabs (luminance (rgb_ministry) - luminance (group)), >, 0.02);

  /* Distinct roots mostly give distinct colours, spread over several hues. */
  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    {
      g_autoptr(ReadoutActor) root = readout_actor_new (countries[i], READOUT_ACTOR_COUNTRY);
      g_autofree char *css = readout_palette_actor_css (root);
      double rgb[3], h;
      gboolean new_hue = TRUE;

      g_hash_table_add (seen, g_steal_pointer (&css));
      readout_palette_actor_rgb (root, rgb);
      h = hue_of (rgb);
      for (guint j = 0; j < hues->len; j++)
        if (fabs (g_array_index (hues, double, j) - h) < 10)
          new_hue = FALSE;
      if (new_hue)
        {
          g_array_append_val (hues, h);
          distinct_hues++;
        }
    }
  /* Colours come from names alone (so that they are stable), hence two roots can share one;
   * but over a handful of groups most differ, in hue or in lightness. */
  g_assert_cmpuint (g_hash_table_size (seen), >=, G_N_ELEMENTS (countries) - 2);
  g_assert_cmpuint (distinct_hues, >=, 4);
}

/* Once prepared for an analysis, its groups get distinct colours, whatever their names hash to. */
static void
test_palette_prepare (void)
{
  const char *roots[] = { "Atlantis", "Lilliput", "Ruritania", "Genovia", "Wakanda", "Latveria", "Elbonia" };
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  GListStore *actors = G_LIST_STORE (readout_corpus_get_actors (corpus));
  g_autoptr(GArray) colours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(ReadoutActor) member = readout_actor_new ("Someone of Atlantis", READOUT_ACTOR_PERSON);
  double after[3], member_rgb[3], root_rgb[3];

  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    {
      g_autoptr(ReadoutActor) root = readout_actor_new (roots[i], READOUT_ACTOR_COUNTRY);

      readout_actor_set_n_statements (root, 10 - i);
      g_list_store_append (actors, root);
      if (i == 0)
        readout_actor_set_affiliation (member, root);
    }
  g_list_store_append (actors, member);

  readout_palette_prepare (corpus);
  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    {
      g_autoptr(ReadoutActor) root = g_list_model_get_item (G_LIST_MODEL (actors), i);
      double rgb[3];

      /* Clearly apart: in hue, or (blue and sky blue) in lightness. */
      readout_palette_affiliation_rgb (root, rgb);
      for (guint j = 0; j < colours->len; j += 3)
        {
          const double *other = &g_array_index (colours, double, j);

          g_assert_cmpfloat (sqrt ((rgb[0] - other[0]) * (rgb[0] - other[0]) +
                                   (rgb[1] - other[1]) * (rgb[1] - other[1]) +
                                   (rgb[2] - other[2]) * (rgb[2] - other[2])), >, 0.2);
        }
      g_array_append_vals (colours, rgb, 3);
    }

  /* Members follow their group; preparing twice changes nothing. */
  readout_palette_actor_rgb (member, member_rgb);
  readout_palette_affiliation_rgb (member, root_rgb);
  g_assert_cmpfloat (fabs (hue_of (member_rgb) - hue_of (root_rgb)), <, 12);
  readout_palette_prepare (corpus);
  readout_palette_actor_rgb (member, after);
  g_assert_cmpmem (member_rgb, sizeof member_rgb, after, sizeof after);
}

static void
check_layout_geometry (ReadoutGraphLayout *layout)
{
  const ReadoutGraphNode *nodes;
  const ReadoutGraphEdge *edges;
  guint n_nodes, n_edges;
  double width, height;

  nodes = readout_graph_layout_get_nodes (layout, &n_nodes);
  edges = readout_graph_layout_get_edges (layout, &n_edges);
  readout_graph_layout_get_size (layout, &width, &height);

  for (guint i = 0; i < n_nodes; i++)
    {
      g_assert_true (READOUT_IS_ACTOR (nodes[i].actor));
      g_assert_true (readout_graph_layout_find_node (layout, nodes[i].actor) == &nodes[i]);
      g_assert_cmpfloat (nodes[i].width, >, 0);
      g_assert_cmpfloat (nodes[i].x - nodes[i].width / 2, >=, -0.5);
      g_assert_cmpfloat (nodes[i].y - nodes[i].height / 2, >=, -0.5);
      g_assert_cmpfloat (nodes[i].x + nodes[i].width / 2, <=, width + 0.5);
      g_assert_cmpfloat (nodes[i].y + nodes[i].height / 2, <=, height + 0.5);
      /* No two nodes on top of each other. */
      for (guint j = 0; j < i; j++)
        g_assert_cmpfloat (hypot (nodes[i].x - nodes[j].x, nodes[i].y - nodes[j].y), >,
                           (nodes[i].width + nodes[j].width) / 4);
    }

  for (guint i = 0; i < n_edges; i++)
    {
      const ReadoutGraphEdge *edge = &edges[i];

      g_assert_nonnull (readout_graph_layout_find_node (layout, edge->source));
      g_assert_nonnull (readout_graph_layout_find_node (layout, edge->target));
      g_assert_true ((edge->relation == NULL) != (edge->contradiction == NULL));
      g_assert_nonnull (edge->label);
      g_assert_cmpuint (edge->n_points, >=, 4);
      g_assert_cmpuint ((edge->n_points - 1) % 3, ==, 0);
      for (guint p = 0; p < edge->n_points; p++)
        {
          g_assert_true (isfinite (edge->points[2 * p]));
          g_assert_cmpfloat (edge->points[2 * p], >=, -1);
          g_assert_cmpfloat (edge->points[2 * p], <=, width + 1);
          g_assert_cmpfloat (edge->points[2 * p + 1], >=, -1);
          g_assert_cmpfloat (edge->points[2 * p + 1], <=, height + 1);
        }
    }
}

static void
test_layout_corpus (void)
{
  g_autoptr(ReadoutCorpus) corpus = load_corpus ();
  g_autoptr(ReadoutGraphLayout) layout = NULL;
  g_autoptr(ReadoutGraphLayout) capped = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *relations = readout_corpus_get_relations (corpus);
  GListModel *contradictions = readout_corpus_get_contradictions (corpus);
  GListModel *statements = readout_corpus_get_statements (corpus);
  const ReadoutGraphNode *nodes;
  const ReadoutGraphEdge *edges;
  guint n_nodes, n_edges, n_capped;
  gint64 start = g_get_monotonic_time ();

  layout = readout_graph_layout_new (corpus, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (layout);
  g_test_message ("layout of the corpus: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  nodes = readout_graph_layout_get_nodes (layout, &n_nodes);
  edges = readout_graph_layout_get_edges (layout, &n_edges);
  g_assert_cmpuint (n_nodes, >, 0);
  check_layout_geometry (layout);

  /* Every speaker is a node, with the palette's colour. */
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);
      ReadoutActor *speaker = readout_statement_get_speaker (statement);
      const ReadoutGraphNode *node;
      double rgb[3];

      if (speaker == NULL)
        continue;
      node = readout_graph_layout_find_node (layout, speaker);
      g_assert_nonnull (node);
      readout_palette_actor_rgb (speaker, rgb);
      g_assert_cmpmem (rgb, sizeof rgb, node->rgb, sizeof node->rgb);
    }

  /* Every relation has an edge of its type; parallel ones of one type are merged (mutual
   * ones such as "spoke_with" also with the reverse direction). */
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(ReadoutRelation) relation = g_list_model_get_item (relations, i);
      ReadoutActor *source = readout_relation_get_source (relation);
      ReadoutActor *target = readout_relation_get_target (relation);
      guint forward = 0, reverse = 0;

      for (guint e = 0; e < n_edges; e++)
        {
          if (edges[e].relation == NULL ||
              g_strcmp0 (edges[e].label, readout_relation_get_relation_type (relation)) != 0)
            continue;
          if (edges[e].source == source && edges[e].target == target)
            forward++;
          else if (edges[e].source == target && edges[e].target == source)
            reverse++;
        }
      g_assert_cmpuint (forward, <=, 1);
      g_assert_cmpuint (forward + reverse, >=, 1);
      if (!g_str_has_suffix (readout_relation_get_relation_type (relation), "_with"))
        g_assert_cmpuint (forward, ==, 1);
    }

  /* Every contradiction links its first actor to the others (or loops on a single one),
   * merged with the other contradictions between the same actors. */
  for (guint i = 0; i < g_list_model_get_n_items (contradictions); i++)
    {
      g_autoptr(ReadoutContradiction) contradiction = g_list_model_get_item (contradictions, i);
      GListModel *involved = readout_contradiction_get_actors (contradiction);
      g_autoptr(ReadoutActor) first = NULL;
      g_autoptr(ReadoutActor) second = NULL;
      gboolean found = FALSE;

      if (g_list_model_get_n_items (involved) == 0)
        continue;
      first = g_list_model_get_item (involved, 0);
      second = g_list_model_get_item (involved, g_list_model_get_n_items (involved) > 1 ? 1 : 0);
      if (first == second && g_list_model_get_n_items (involved) > 1)
        continue; /* the same actor listed twice */
      for (guint e = 0; e < n_edges; e++)
        if (edges[e].contradiction != NULL &&
            ((edges[e].source == first && edges[e].target == second) ||
             (edges[e].source == second && edges[e].target == first)))
          found = TRUE;
      g_assert_true (found);
    }
  for (guint e = 0; e < n_edges; e++)
    g_assert_cmpuint (edges[e].weight, >=, 1);

  /* The cap keeps the most active actors. */
  if (n_nodes > 3)
    {
      guint max_statements = 0;
      const ReadoutGraphNode *capped_nodes;

      capped = readout_graph_layout_new (corpus, 3, &error);
      g_assert_no_error (error);
      capped_nodes = readout_graph_layout_get_nodes (capped, &n_capped);
      g_assert_cmpuint (n_capped, ==, 3);
      check_layout_geometry (capped);
      for (guint i = 0; i < n_nodes; i++)
        max_statements = MAX (max_statements, readout_actor_get_n_statements (nodes[i].actor));
      /* The most talkative actor is among them, unless relations outweigh it. */
      for (guint i = 0; i < n_capped; i++)
        g_assert_nonnull (readout_graph_layout_find_node (layout, capped_nodes[i].actor));
    }
}

static void
test_layout_empty (void)
{
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autoptr(ReadoutGraphLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  guint n_nodes = 1, n_edges = 1;
  double width = -1, height = -1;

  layout = readout_graph_layout_new (corpus, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (layout);
  readout_graph_layout_get_nodes (layout, &n_nodes);
  readout_graph_layout_get_edges (layout, &n_edges);
  readout_graph_layout_get_size (layout, &width, &height);
  g_assert_cmpuint (n_nodes, ==, 0);
  g_assert_cmpuint (n_edges, ==, 0);
  g_assert_cmpfloat (width, ==, 0);
  g_assert_cmpfloat (height, ==, 0);
}

static void
test_layout_single_actor (void)
{
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(ReadoutGraphLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  const ReadoutGraphNode *nodes;
  guint n_nodes = 0;

  readout_document_set_title (document, "Minister speaks");
  readout_document_set_text (document,
                             "The minister said: \"We will respond at a time of our choosing.\"\n"
                             "Nothing else happened.\n");
  readout_corpus_add_document (corpus, document);
  g_assert_true (readout_corpus_analyze (corpus, NULL, &error));
  g_assert_no_error (error);

  layout = readout_graph_layout_new (corpus, 0, &error);
  g_assert_no_error (error);
  nodes = readout_graph_layout_get_nodes (layout, &n_nodes);
  /* Whether the engine names a speaker here is its business; the layout must cope either way. */
  g_assert_cmpuint (n_nodes, <=, 2);
  if (n_nodes == 1)
    {
      double width, height;

      readout_graph_layout_get_size (layout, &width, &height);
      g_assert_cmpfloat (nodes[0].x, >, 0);
      g_assert_cmpfloat (nodes[0].x, <, width);
      g_assert_cmpfloat (nodes[0].y, <, height);
    }
  check_layout_geometry (layout);
}

/* A graph built by hand: parallel relations merge, a contradiction links its actors, actors
 * in nothing are left out. */
static void
test_layout_handmade (void)
{
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autoptr(ReadoutGraphLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutActor) a = readout_actor_new ("Alpha Minister", READOUT_ACTOR_PERSON);
  g_autoptr(ReadoutActor) b = readout_actor_new ("Beta Council", READOUT_ACTOR_ORGANIZATION);
  g_autoptr(ReadoutActor) idle = readout_actor_new ("Gamma Nobody", READOUT_ACTOR_PERSON);
  GListStore *actors = G_LIST_STORE (readout_corpus_get_actors (corpus));
  GListStore *relations = G_LIST_STORE (readout_corpus_get_relations (corpus));
  GListStore *contradictions = G_LIST_STORE (readout_corpus_get_contradictions (corpus));
  g_autoptr(ReadoutRelation) r1 = readout_relation_new (a, b, "urged");
  g_autoptr(ReadoutRelation) r2 = readout_relation_new (a, b, "urged");
  g_autoptr(ReadoutRelation) r3 = readout_relation_new (b, a, "condemned");
  g_autoptr(ReadoutContradiction) c = readout_contradiction_new (READOUT_CONTRADICTION_STANCE,
                                                                "They disagree", 0.8);
  g_autoptr(ReadoutContradiction) c2 = readout_contradiction_new (READOUT_CONTRADICTION_NUMERIC,
                                                                 "They count differently", 0.6);
  const ReadoutGraphEdge *edges;
  guint n_nodes, n_edges, n_relation_edges = 0, n_contradiction_edges = 0;

  readout_actor_set_n_statements (a, 4);
  readout_contradiction_add_actor (c, a);
  readout_contradiction_add_actor (c, b);
  readout_contradiction_add_actor (c2, b);
  readout_contradiction_add_actor (c2, a);
  g_list_store_append (actors, a);
  g_list_store_append (actors, b);
  g_list_store_append (actors, idle);
  g_list_store_append (relations, r1);
  g_list_store_append (relations, r2);
  g_list_store_append (relations, r3);
  g_list_store_append (contradictions, c);
  g_list_store_append (contradictions, c2);

  layout = readout_graph_layout_new (corpus, 0, &error);
  g_assert_no_error (error);
  readout_graph_layout_get_nodes (layout, &n_nodes);
  edges = readout_graph_layout_get_edges (layout, &n_edges);
  g_assert_cmpuint (n_nodes, ==, 2);
  g_assert_null (readout_graph_layout_find_node (layout, idle));
  /* The talkative actor gets the larger node. */
  g_assert_cmpfloat (readout_graph_layout_find_node (layout, a)->width, >,
                     readout_graph_layout_find_node (layout, b)->width);
  for (guint i = 0; i < n_edges; i++)
    {
      if (edges[i].relation)
        {
          n_relation_edges++;
          /* The two "urged" relations are one edge of weight 2. */
          if (g_str_equal (edges[i].label, "urged"))
            g_assert_cmpuint (edges[i].weight, ==, 2);
        }
      if (edges[i].contradiction)
        {
          g_autofree char *label = g_strdup_printf ("%s +1", readout_contradiction_kind_to_label (READOUT_CONTRADICTION_STANCE));

          /* Both contradictions between a and b: one edge, named after the first. */
          n_contradiction_edges++;
          g_assert_true (edges[i].contradiction == c);
          g_assert_cmpuint (edges[i].weight, ==, 2);
          g_assert_cmpstr (edges[i].label, ==, label);
        }
    }
  g_assert_cmpuint (n_relation_edges, ==, 2);
  g_assert_cmpuint (n_contradiction_edges, ==, 1);
  check_layout_geometry (layout);
}

static gpointer
layout_in_thread (gpointer data)
{
  g_autoptr(GError) error = NULL;
  ReadoutGraphLayout *layout = readout_graph_layout_new (data, 0, &error);

  g_assert_no_error (error);
  return layout;
}

/* Graphviz is not thread-safe; the layout serializes its calls. Each thread has a corpus of
 * its own: GListStore caches its last lookup, so one corpus must not be read from two threads
 * at once. */
static void
test_layout_threads (void)
{
  ReadoutCorpus *corpora[4];
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      corpora[i] = load_corpus ();
      threads[i] = g_thread_new ("layout", layout_in_thread, corpora[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autoptr(ReadoutGraphLayout) layout = g_thread_join (threads[i]);

      g_assert_nonnull (layout);
      check_layout_geometry (layout);
      g_clear_object (&corpora[i]);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/palette/stable", test_palette_stable);
  g_test_add_func ("/palette/affiliation", test_palette_affiliation);
  g_test_add_func ("/palette/prepare", test_palette_prepare);
  g_test_add_func ("/graph-layout/corpus", test_layout_corpus);
  g_test_add_func ("/graph-layout/empty", test_layout_empty);
  g_test_add_func ("/graph-layout/single-actor", test_layout_single_actor);
  g_test_add_func ("/graph-layout/handmade", test_layout_handmade);
  g_test_add_func ("/graph-layout/threads", test_layout_threads);

  return g_test_run ();
}
