/* readout-graph-layout.c: the actor network laid out by Graphviz.
 *
 * Graphviz keeps global state (the error handler, plugin tables, allocators), so every call
 * into it happens under one lock, with one context created on first use.
 *
 * Actor networks are not hierarchies, so a force-directed engine reads better than dot:
 * neato for the usual few dozen actors, sfdp beyond that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <string.h>

#include "readout-actor.h"
#include "readout-contradiction.h"
#include "readout-corpus.h"
#include "readout-graph-layout.h"
#include "readout-palette.h"
#include "readout-relation.h"
#include "readout-statement.h"

/* Graphviz works in inches for sizes and in points (1/72 in) for positions. */
#define PT_PER_INCH 72.0
/* Node diameters in points, from the least to the most talkative actor. */
#define MIN_NODE_SIZE 18.0
#define MAX_NODE_SIZE 54.0
/* The label is drawn under the node; the layout keeps room for it. */
#define LABEL_FONT_SIZE 8.0
#define LABEL_MAX_CHARS 28
#define MARGIN 12.0
/* Above this many nodes neato gets slow; sfdp scales. */
#define SFDP_THRESHOLD 150
/* Routing splines around nodes costs seconds beyond a few dozen edges (Graphviz 2.43: 3 s for
 * 100 nodes and 200 edges); larger graphs get straight edges, parallel ones bent apart here. */
#define MAX_ROUTED_EDGES 80
#define PARALLEL_OFFSET 12.0
/* Contradictions between more actors than this link the first one to each other one
 * instead of every pair. */
#define MAX_PAIRWISE_ACTORS 4

struct _ReadoutGraphLayout
{
  GObject parent_instance;

  GPtrArray *actors;         /* ReadoutActor, strong references, one per node */
  GPtrArray *relations;      /* ReadoutRelation, strong references */
  GPtrArray *contradictions; /* ReadoutContradiction, strong references */
  GArray    *nodes;          /* ReadoutGraphNode */
  GArray    *edges;          /* ReadoutGraphEdge; label and points owned here */
  GHashTable *node_index;    /* ReadoutActor → index + 1 */
  double     width;
  double     height;
};

G_DEFINE_FINAL_TYPE (ReadoutGraphLayout, readout_graph_layout, G_TYPE_OBJECT)

static GMutex graphviz_lock;
static GVC_t *graphviz_context;
static GString *graphviz_errors; /* collects Graphviz's messages during a layout */

static void
clear_edge (gpointer data)
{
  ReadoutGraphEdge *edge = data;

  g_free ((char *)edge->label);
  g_free (edge->points);
}

static void
readout_graph_layout_finalize (GObject *object)
{
  ReadoutGraphLayout *self = (ReadoutGraphLayout *)object;

  g_clear_pointer (&self->nodes, g_array_unref);
  g_clear_pointer (&self->edges, g_array_unref);
  g_clear_pointer (&self->node_index, g_hash_table_unref);
  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_clear_pointer (&self->relations, g_ptr_array_unref);
  g_clear_pointer (&self->contradictions, g_ptr_array_unref);

  G_OBJECT_CLASS (readout_graph_layout_parent_class)->finalize (object);
}

static void
readout_graph_layout_class_init (ReadoutGraphLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = readout_graph_layout_finalize;
}

static void
readout_graph_layout_init (ReadoutGraphLayout *self)
{
  self->actors = g_ptr_array_new_with_free_func (g_object_unref);
  self->relations = g_ptr_array_new_with_free_func (g_object_unref);
  self->contradictions = g_ptr_array_new_with_free_func (g_object_unref);
  self->nodes = g_array_new (FALSE, TRUE, sizeof (ReadoutGraphNode));
  self->edges = g_array_new (FALSE, TRUE, sizeof (ReadoutGraphEdge));
  g_array_set_clear_func (self->edges, clear_edge);
  self->node_index = g_hash_table_new (NULL, NULL);
}

/* ---- Choosing the actors ---------------------------------------------------------------- */

typedef struct
{
  ReadoutActor *actor;
  guint         activity;  /* statements + relations */
  gboolean      involved;  /* in a statement, relation or contradiction */
  guint         order;     /* position in the corpus, for a stable sort */
} ActorScore;

static ActorScore *
score_for (GHashTable   *scores,
           ReadoutActor *actor)
{
  if (actor == NULL)
    return NULL;
  return g_hash_table_lookup (scores, actor);
}

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  const ActorScore *sa = *(ActorScore * const *)a;
  const ActorScore *sb = *(ActorScore * const *)b;

  if (sa->activity != sb->activity)
    return sa->activity > sb->activity ? -1 : 1;
  return sa->order < sb->order ? -1 : (sa->order > sb->order ? 1 : 0);
}

static void
select_actors (ReadoutGraphLayout *self,
               ReadoutCorpus      *corpus,
               guint               max_nodes)
{
  GListModel *actors = readout_corpus_get_actors (corpus);
  GListModel *statements = readout_corpus_get_statements (corpus);
  GListModel *relations = readout_corpus_get_relations (corpus);
  GListModel *contradictions = readout_corpus_get_contradictions (corpus);
  guint n_actors = g_list_model_get_n_items (actors);
  g_autofree ActorScore *storage = g_new0 (ActorScore, MAX (n_actors, 1));
  g_autoptr(GHashTable) scores = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) ranked = g_ptr_array_new ();

  for (guint i = 0; i < n_actors; i++)
    {
      g_autoptr(ReadoutActor) actor = g_list_model_get_item (actors, i);

      storage[i].actor = actor;
      storage[i].order = i;
      storage[i].activity = readout_actor_get_n_statements (actor);
      storage[i].involved = storage[i].activity > 0;
      g_hash_table_insert (scores, actor, &storage[i]);
    }

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);
      GListModel *addressees = readout_statement_get_addressees (statement);
      ActorScore *score = score_for (scores, readout_statement_get_speaker (statement));

      if (score)
        score->involved = TRUE;
      for (guint j = 0; j < g_list_model_get_n_items (addressees); j++)
        {
          g_autoptr(ReadoutActor) addressee = g_list_model_get_item (addressees, j);

          if ((score = score_for (scores, addressee)))
            score->involved = TRUE;
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(ReadoutRelation) relation = g_list_model_get_item (relations, i);
      ReadoutActor *ends[2] = { readout_relation_get_source (relation),
                                readout_relation_get_target (relation) };

      for (guint j = 0; j < 2; j++)
        {
          ActorScore *score = score_for (scores, ends[j]);

          if (score)
            {
              score->involved = TRUE;
              score->activity++;
            }
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (contradictions); i++)
    {
      g_autoptr(ReadoutContradiction) contradiction = g_list_model_get_item (contradictions, i);
      GListModel *involved = readout_contradiction_get_actors (contradiction);

      for (guint j = 0; j < g_list_model_get_n_items (involved); j++)
        {
          g_autoptr(ReadoutActor) actor = g_list_model_get_item (involved, j);
          ActorScore *score = score_for (scores, actor);

          if (score)
            score->involved = TRUE;
        }
    }

  for (guint i = 0; i < n_actors; i++)
    if (storage[i].involved)
      g_ptr_array_add (ranked, &storage[i]);

  if (max_nodes > 0 && ranked->len > max_nodes)
    {
      g_ptr_array_sort (ranked, compare_scores);
      g_ptr_array_set_size (ranked, max_nodes);
    }

  for (guint i = 0; i < ranked->len; i++)
    {
      ActorScore *score = g_ptr_array_index (ranked, i);
      ReadoutGraphNode node = { 0 };

      g_ptr_array_add (self->actors, g_object_ref (score->actor));
      node.actor = score->actor;
      readout_palette_actor_rgb (score->actor, node.rgb);
      g_array_append_val (self->nodes, node);
      g_hash_table_insert (self->node_index, score->actor, GUINT_TO_POINTER (i + 1));
    }
}

/* ---- Choosing the edges ----------------------------------------------------------------- */

static gboolean
has_node (ReadoutGraphLayout *self,
          ReadoutActor       *actor)
{
  return actor != NULL && g_hash_table_contains (self->node_index, actor);
}

static void
add_edge (ReadoutGraphLayout   *self,
          ReadoutActor         *source,
          ReadoutActor         *target,
          ReadoutRelation      *relation,
          ReadoutContradiction *contradiction,
          const char           *label)
{
  ReadoutGraphEdge edge = { 0 };

  edge.source = source;
  edge.target = target;
  edge.relation = relation;
  edge.contradiction = contradiction;
  edge.label = g_strdup (label ? label : "");
  edge.weight = 1;
  g_array_append_val (self->edges, edge);
}

/* One contradiction edge per pair of actors (or loop on one actor), however many
 * contradictions involve them: the first names the edge, the label counts the others. */
static gboolean
add_contradiction_edge (ReadoutGraphLayout   *self,
                        GHashTable           *pairs,
                        ReadoutActor         *a,
                        ReadoutActor         *b,
                        ReadoutContradiction *contradiction,
                        const char           *label)
{
  g_autofree char *key = g_strdup_printf ("%p %p", (void *)MIN (a, b), (void *)MAX (a, b));
  gpointer index;

  if (g_hash_table_lookup_extended (pairs, key, NULL, &index))
    {
      ReadoutGraphEdge *edge = &g_array_index (self->edges, ReadoutGraphEdge, GPOINTER_TO_UINT (index));
      ReadoutContradictionKind kind = readout_contradiction_get_kind (edge->contradiction);

      edge->weight++;
      g_free ((char *)edge->label);
      /* Translators: the label of an edge that stands for several contradictions, e.g. "Stance +2" */
      edge->label = g_strdup_printf (_("%s +%u"), readout_contradiction_kind_to_label (kind), edge->weight - 1);
      return FALSE;
    }

  g_hash_table_insert (pairs, g_steal_pointer (&key), GUINT_TO_POINTER (self->edges->len));
  add_edge (self, a, b, NULL, contradiction, label);
  return TRUE;
}

/* Relation types that hold both ways: "spoke_with", "met_with", "met". */
static gboolean
relation_is_mutual (const char *type)
{
  return type != NULL && (g_str_has_suffix (type, "_with") || g_str_equal (type, "met"));
}

static void
select_relations (ReadoutGraphLayout *self,
                  ReadoutCorpus      *corpus)
{
  GListModel *relations = readout_corpus_get_relations (corpus);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(ReadoutRelation) relation = g_list_model_get_item (relations, i);
      ReadoutActor *source = readout_relation_get_source (relation);
      ReadoutActor *target = readout_relation_get_target (relation);
      const char *type = readout_relation_get_relation_type (relation);
      gpointer index;
      char *key;

      if (!has_node (self, source) || !has_node (self, target))
        continue;

      /* The same link reported by several outlets is one edge; so is a mutual one
       * ("A spoke with B", "B spoke with A"). */
      key = g_strdup_printf ("%p %p %s", (void *)source, (void *)target, type ? type : "");
      if (relation_is_mutual (type) && !g_hash_table_contains (seen, key))
        {
          g_autofree char *reverse = g_strdup_printf ("%p %p %s", (void *)target, (void *)source, type);

          if (g_hash_table_contains (seen, reverse))
            {
              g_free (key);
              key = g_steal_pointer (&reverse);
            }
        }
      if (g_hash_table_lookup_extended (seen, key, NULL, &index))
        {
          g_array_index (self->edges, ReadoutGraphEdge, GPOINTER_TO_UINT (index)).weight++;
          g_free (key);
          continue;
        }
      g_hash_table_insert (seen, key, GUINT_TO_POINTER (self->edges->len));

      g_ptr_array_add (self->relations, g_object_ref (relation));
      add_edge (self, source, target, relation, NULL, type);
    }
}

static void
select_contradictions (ReadoutGraphLayout *self,
                       ReadoutCorpus      *corpus)
{
  GListModel *contradictions = readout_corpus_get_contradictions (corpus);
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (contradictions); i++)
    {
      g_autoptr(ReadoutContradiction) contradiction = g_list_model_get_item (contradictions, i);
      GListModel *involved = readout_contradiction_get_actors (contradiction);
      const char *label =
        readout_contradiction_kind_to_label (readout_contradiction_get_kind (contradiction));
      g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
      gboolean added = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (involved); j++)
        {
          ReadoutActor *actor = g_list_model_get_item (involved, j);

          if (has_node (self, actor) && !g_ptr_array_find (actors, actor, NULL))
            g_ptr_array_add (actors, actor);
          else
            g_object_unref (actor);
        }
      if (actors->len == 0)
        continue;

      if (actors->len == 1)
        {
          /* One actor whose words the outlets disagree about: a loop on that actor. */
          added = add_contradiction_edge (self, pairs, actors->pdata[0], actors->pdata[0],
                                          contradiction, label);
        }
      else
        {
          for (guint a = 0; a < actors->len; a++)
            for (guint b = a + 1; b < actors->len; b++)
              {
                if (actors->len > MAX_PAIRWISE_ACTORS && a > 0)
                  break;
                if (add_contradiction_edge (self, pairs, actors->pdata[a], actors->pdata[b],
                                            contradiction, label))
                  added = TRUE;
              }
        }
      if (added)
        g_ptr_array_add (self->contradictions, g_object_ref (contradiction));
    }
}

/* ---- Graphviz --------------------------------------------------------------------------- */

static int
collect_graphviz_error (char *message)
{
  if (graphviz_errors != NULL)
    g_string_append (graphviz_errors, message);
  return 0;
}

static void
node_size (ReadoutGraphLayout *self,
           guint               index,
           guint               max_statements,
           double             *diameter,
           double             *box_width,
           double             *box_height)
{
  ReadoutGraphNode *node = &g_array_index (self->nodes, ReadoutGraphNode, index);
  guint n = readout_actor_get_n_statements (node->actor);
  glong label_chars = g_utf8_strlen (readout_actor_get_name (node->actor), -1);
  double fraction = max_statements > 0 ? sqrt ((double)n / max_statements) : 0;

  /* Area grows with the number of statements. */
  *diameter = MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * fraction;
  /* Room for the label under the node, kept symmetric so that the centre stays the node's.
   * An average glyph of this font is about 0.55 em wide; long names are wrapped by the
   * renderer at LABEL_MAX_CHARS. */
  label_chars = MIN (label_chars, LABEL_MAX_CHARS);
  *box_width = MAX (*diameter, label_chars * LABEL_FONT_SIZE * 0.55);
  *box_height = *diameter + 2 * (LABEL_FONT_SIZE * 1.4 + 2);
}

static char *
format_inches (double points)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.3f", points / PT_PER_INCH));
}

/* De Casteljau: the part [t, 1] (keep_end) or [0, t] of the cubic p[0..3] (x,y pairs). */
static void
split_cubic (double   p[8],
             double   t,
             gboolean keep_end)
{
  double q[8];

  for (guint c = 0; c < 2; c++)
    {
      double p01 = p[c] + (p[2 + c] - p[c]) * t;
      double p12 = p[2 + c] + (p[4 + c] - p[2 + c]) * t;
      double p23 = p[4 + c] + (p[6 + c] - p[4 + c]) * t;
      double p012 = p01 + (p12 - p01) * t;
      double p123 = p12 + (p23 - p12) * t;
      double mid = p012 + (p123 - p012) * t;

      if (keep_end)
        {
          q[c] = mid; q[2 + c] = p123; q[4 + c] = p23; q[6 + c] = p[6 + c];
        }
      else
        {
          q[c] = p[c]; q[2 + c] = p01; q[4 + c] = p012; q[6 + c] = mid;
        }
    }
  memcpy (p, q, sizeof q);
}

static void
cubic_point (const double p[8],
             double       t,
             double      *x,
             double      *y)
{
  double u = 1 - t;

  *x = u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6];
  *y = u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7];
}

/* Edges are routed between node centres (the boxes Graphviz sees are larger than the circles,
 * to keep room for labels); cut the first and last segments where they leave the circles. */
static void
clip_to_circle (double                  p[8],
                const ReadoutGraphNode *node,
                gboolean                at_start)
{
  double r = node->width / 2, lo = 0, hi = 1, x, y;
  const double *end = at_start ? p : p + 6;

  if (hypot (end[0] - node->x, end[1] - node->y) >= r)
    return;
  cubic_point (p, at_start ? 1 : 0, &x, &y);
  if (hypot (x - node->x, y - node->y) < r)
    return; /* the whole segment lies inside: leave it to the caller's drawing order */

  for (guint i = 0; i < 30; i++)
    {
      double t = (lo + hi) / 2;
      gboolean inside;

      cubic_point (p, t, &x, &y);
      inside = hypot (x - node->x, y - node->y) < r;
      if (inside == at_start)
        lo = t;
      else
        hi = t;
    }
  split_cubic (p, (lo + hi) / 2, at_start);
}

static void
copy_spline (ReadoutGraphLayout *self,
             ReadoutGraphEdge   *edge,
             Agedge_t           *e,
             double              left,
             double              top)
{
  splines *spl = ED_spl (e);
  bezier *bz;
  guint n;

  if (spl == NULL || spl->size == 0 || spl->list[0].size < 4)
    return;

  bz = &spl->list[0];
  edge->n_points = 1 + 3 * ((bz->size - 1) / 3);
  edge->points = g_new (double, 2 * edge->n_points);
  for (guint i = 0; i < edge->n_points; i++)
    {
      edge->points[2 * i] = bz->list[i].x - left;
      edge->points[2 * i + 1] = top - bz->list[i].y;
    }

  n = edge->n_points;
  clip_to_circle (edge->points, readout_graph_layout_find_node (self, edge->source), TRUE);
  clip_to_circle (edge->points + 2 * (n - 4), readout_graph_layout_find_node (self, edge->target), FALSE);
}

/* A straight segment as one cubic, when Graphviz did not route the edge. */
static void
straight_edge (ReadoutGraphEdge       *edge,
               const ReadoutGraphNode *from,
               const ReadoutGraphNode *to)
{
  edge->n_points = 4;
  edge->points = g_new (double, 8);
  for (guint i = 0; i < 4; i++)
    {
      edge->points[2 * i] = from->x + (to->x - from->x) * i / 3.0;
      edge->points[2 * i + 1] = from->y + (to->y - from->y) * i / 3.0;
    }
  clip_to_circle (edge->points, from, TRUE);
  clip_to_circle (edge->points, to, FALSE);
}

static void
place_label (ReadoutGraphEdge *edge,
             Agedge_t         *e,
             double            left,
             double            top)
{
  textlabel_t *label = e != NULL ? ED_label (e) : NULL;

  if (label != NULL && label->set)
    {
      edge->label_x = label->pos.x - left;
      edge->label_y = top - label->pos.y;
    }
  else if (edge->n_points > 0)
    {
      /* The middle of the middle segment. */
      guint seg = (edge->n_points - 1) / 3 / 2;
      const double *p = edge->points + 2 * (3 * seg);

      edge->label_x = 0.125 * p[0] + 0.375 * p[2] + 0.375 * p[4] + 0.125 * p[6];
      edge->label_y = 0.125 * p[1] + 0.375 * p[3] + 0.375 * p[5] + 0.125 * p[7];
    }
}

/* Straight edges between the same two actors would lie on top of each other: bow the k-th of
 * m apart by moving its inner control points sideways. Loops are left as they are. */
static void
bend_parallel_edges (ReadoutGraphLayout *self)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->edges->len; i++)
      {
        ReadoutGraphEdge *edge = &g_array_index (self->edges, ReadoutGraphEdge, i);
        ReadoutActor *low = MIN (edge->source, edge->target), *high = MAX (edge->source, edge->target);
        g_autofree char *key = g_strdup_printf ("%p %p", (void *)low, (void *)high);
        guint m, k;
        double dx, dy, length, offset;

        if (edge->source == edge->target || edge->n_points != 4)
          continue;
        if (pass == 0)
          {
            g_hash_table_insert (counts, g_strdup (key),
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
            continue;
          }
        m = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));
        k = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));
        g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (k + 1));
        if (m < 2)
          continue;

        /* The normal of the low → high direction, so that edges either way share one side. */
        dx = edge->points[6] - edge->points[0];
        dy = edge->points[7] - edge->points[1];
        if (edge->source != low)
          {
            dx = -dx;
            dy = -dy;
          }
        length = hypot (dx, dy);
        if (length < 1)
          continue;
        offset = (k - (m - 1) / 2.0) * PARALLEL_OFFSET * 4 / 3; /* a cubic bows 3/4 of it */
        for (guint p = 1; p <= 2; p++)
          {
            edge->points[2 * p] += -dy / length * offset;
            edge->points[2 * p + 1] += dx / length * offset;
          }
        edge->label_x += -dy / length * offset * 0.75;
        edge->label_y += dx / length * offset * 0.75;
      }
}

static gboolean
run_graphviz (ReadoutGraphLayout  *self,
              GError             **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&graphviz_lock);
  g_autoptr(GString) errors = g_string_new (NULL);
  g_autofree Agnode_t **gv_nodes = NULL;
  g_autofree Agedge_t **gv_edges = NULL;
  guint max_statements = 0;
  Agraph_t *g;
  agusererrf old_handler;
  boxf bb;
  double left, top;
  int status;

  if (graphviz_context == NULL)
    graphviz_context = gvContext ();
  if (graphviz_context == NULL)
    {
      g_set_error_literal (error, READOUT_ERROR, READOUT_ERROR_FAILED,
                           _("Graphviz could not be initialized"));
      return FALSE;
    }

  graphviz_errors = errors;
  old_handler = agseterrf (collect_graphviz_error);
  agseterr (AGERR);

  g = agopen ((char *)"actors", Agdirected, NULL);
  agattr (g, AGRAPH, (char *)"overlap", (char *)"false");
  agattr (g, AGRAPH, (char *)"splines", (char *)(self->edges->len <= MAX_ROUTED_EDGES ? "true" : "false"));
  agattr (g, AGRAPH, (char *)"sep", (char *)"+6");
  agattr (g, AGRAPH, (char *)"esep", (char *)"+3");
  agattr (g, AGRAPH, (char *)"pack", (char *)"true");
  agattr (g, AGRAPH, (char *)"packmode", (char *)"node");
  agattr (g, AGRAPH, (char *)"start", (char *)"1");   /* a fixed seed: the same picture every time */
  agattr (g, AGRAPH, (char *)"outputorder", (char *)"edgesfirst");
  agattr (g, AGNODE, (char *)"shape", (char *)"box");
  agattr (g, AGNODE, (char *)"fixedsize", (char *)"true");
  agattr (g, AGNODE, (char *)"label", (char *)"");
  agattr (g, AGNODE, (char *)"width", (char *)"0.5");
  agattr (g, AGNODE, (char *)"height", (char *)"0.5");
  agattr (g, AGEDGE, (char *)"dir", (char *)"none");
  agattr (g, AGEDGE, (char *)"headclip", (char *)"false");
  agattr (g, AGEDGE, (char *)"tailclip", (char *)"false");
  agattr (g, AGEDGE, (char *)"label", (char *)"");
  agattr (g, AGEDGE, (char *)"fontsize", (char *)"8");
  agattr (g, AGEDGE, (char *)"len", (char *)"1.2");

  for (guint i = 0; i < self->nodes->len; i++)
    max_statements = MAX (max_statements,
                          readout_actor_get_n_statements (g_array_index (self->nodes, ReadoutGraphNode, i).actor));

  gv_nodes = g_new0 (Agnode_t *, self->nodes->len);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      ReadoutGraphNode *node = &g_array_index (self->nodes, ReadoutGraphNode, i);
      g_autofree char *name = g_strdup_printf ("n%u", i);
      g_autofree char *width = NULL;
      g_autofree char *height = NULL;
      double diameter, box_width, box_height;

      node_size (self, i, max_statements, &diameter, &box_width, &box_height);
      node->width = node->height = diameter;
      width = format_inches (box_width);
      height = format_inches (box_height);
      gv_nodes[i] = agnode (g, name, TRUE);
      agset (gv_nodes[i], (char *)"width", width);
      agset (gv_nodes[i], (char *)"height", height);
    }

  gv_edges = g_new0 (Agedge_t *, self->edges->len);
  for (guint i = 0; i < self->edges->len; i++)
    {
      ReadoutGraphEdge *edge = &g_array_index (self->edges, ReadoutGraphEdge, i);
      guint from = GPOINTER_TO_UINT (g_hash_table_lookup (self->node_index, edge->source)) - 1;
      guint to = GPOINTER_TO_UINT (g_hash_table_lookup (self->node_index, edge->target)) - 1;
      g_autofree char *name = g_strdup_printf ("e%u", i);

      gv_edges[i] = agedge (g, gv_nodes[from], gv_nodes[to], name, TRUE);
      agset (gv_edges[i], (char *)"label", (char *)edge->label);
    }

  status = gvLayout (graphviz_context, g,
                     self->nodes->len > SFDP_THRESHOLD ? "sfdp" : "neato");
  if (status != 0)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_FAILED,
                   _("Graphviz could not lay out the actor graph: %s"),
                   errors->len ? g_strstrip (errors->str) : _("unknown error"));
      agclose (g);
      agseterrf (old_handler);
      graphviz_errors = NULL;
      return FALSE;
    }

  bb = GD_bb (g);
  left = bb.LL.x - MARGIN;
  top = bb.UR.y + MARGIN;
  self->width = bb.UR.x - bb.LL.x + 2 * MARGIN;
  self->height = bb.UR.y - bb.LL.y + 2 * MARGIN;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      ReadoutGraphNode *node = &g_array_index (self->nodes, ReadoutGraphNode, i);

      node->x = ND_coord (gv_nodes[i]).x - left;
      node->y = top - ND_coord (gv_nodes[i]).y;
    }

  for (guint i = 0; i < self->edges->len; i++)
    {
      ReadoutGraphEdge *edge = &g_array_index (self->edges, ReadoutGraphEdge, i);

      copy_spline (self, edge, gv_edges[i], left, top);
      place_label (edge, gv_edges[i], left, top);
    }

  gvFreeLayout (graphviz_context, g);
  agclose (g);
  agseterrf (old_handler);
  graphviz_errors = NULL;

  if (errors->len > 0)
    g_debug ("Graphviz: %s", errors->str);

  /* Edges Graphviz left without a route still get drawn, straight. */
  for (guint i = 0; i < self->edges->len; i++)
    {
      ReadoutGraphEdge *edge = &g_array_index (self->edges, ReadoutGraphEdge, i);

      if (edge->points == NULL)
        {
          straight_edge (edge, readout_graph_layout_find_node (self, edge->source),
                         readout_graph_layout_find_node (self, edge->target));
          place_label (edge, NULL, 0, 0);
        }
    }

  if (self->edges->len > MAX_ROUTED_EDGES)
    bend_parallel_edges (self);

  return TRUE;
}

ReadoutGraphLayout *
readout_graph_layout_new (ReadoutCorpus  *corpus,
                          guint           max_nodes,
                          GError        **error)
{
  g_autoptr(ReadoutGraphLayout) self = NULL;

  g_return_val_if_fail (READOUT_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (READOUT_TYPE_GRAPH_LAYOUT, NULL);
  readout_palette_prepare (corpus);
  select_actors (self, corpus, max_nodes);
  select_relations (self, corpus);
  select_contradictions (self, corpus);

  if (self->nodes->len == 0)
    return g_steal_pointer (&self);

  if (!run_graphviz (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const ReadoutGraphNode *
readout_graph_layout_get_nodes (ReadoutGraphLayout *self,
                                guint              *n_nodes)
{
  g_return_val_if_fail (READOUT_IS_GRAPH_LAYOUT (self), NULL);

  if (n_nodes)
    *n_nodes = self->nodes->len;
  return (const ReadoutGraphNode *)(gpointer)self->nodes->data;
}

const ReadoutGraphEdge *
readout_graph_layout_get_edges (ReadoutGraphLayout *self,
                                guint              *n_edges)
{
  g_return_val_if_fail (READOUT_IS_GRAPH_LAYOUT (self), NULL);

  if (n_edges)
    *n_edges = self->edges->len;
  return (const ReadoutGraphEdge *)(gpointer)self->edges->data;
}

void
readout_graph_layout_get_size (ReadoutGraphLayout *self,
                               double             *width,
                               double             *height)
{
  g_return_if_fail (READOUT_IS_GRAPH_LAYOUT (self));

  if (width)
    *width = self->width;
  if (height)
    *height = self->height;
}

const ReadoutGraphNode *
readout_graph_layout_find_node (ReadoutGraphLayout *self,
                                ReadoutActor       *actor)
{
  guint index;

  g_return_val_if_fail (READOUT_IS_GRAPH_LAYOUT (self), NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->node_index, actor));
  if (index == 0)
    return NULL;
  return &g_array_index (self->nodes, ReadoutGraphNode, index - 1);
}
