/* test-graph-view.c: the actor graph widget.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "readout.h"
#include "readout-graph-layout.h"
#include "readout-graph-view.h"
#include "readout-graph-view-private.h"

typedef struct
{
  GtkWidget        *window;
  ReadoutGraphView *view;
  ReadoutCorpus    *corpus;
  guint             n_notifies;
  ReadoutActor     *activated;
} Fixture;

static const char *speakers[] = {
  "Maria Lopez", "John Smith", "Aiko Tanaka", "Omar Haddad", "Lena Petrova",
};

static ReadoutCorpus *
make_corpus (void)
{
  ReadoutCorpus *corpus = readout_corpus_new ();
  g_autoptr(GString) text = g_string_new ("Delegations met in Geneva on Tuesday.\n");
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (speakers); i++)
    for (guint j = 0; j <= i % 3; j++)
      g_string_append_printf (text, "“We have made our position on point number %u very clear to everyone,” %s said.\n",
                              i * 10 + j, speakers[i]);
  readout_document_set_outlet (document, "Daily Planet");
  readout_document_set_text (document, text->str);
  readout_corpus_add_document (corpus, document);
  g_assert_true (readout_corpus_analyze (corpus, NULL, &error));
  g_assert_no_error (error);
  return corpus;
}

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

#define WAIT_UNTIL(condition) G_STMT_START {                                   \
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;             \
  guint ticker = g_timeout_add (20, tick, NULL);                               \
  while (!(condition))                                                         \
    {                                                                          \
      if (g_get_monotonic_time () > deadline)                                  \
        g_error ("Timed out waiting for %s", #condition);                      \
      g_main_context_iteration (NULL, TRUE);                                   \
    }                                                                          \
  g_source_remove (ticker);                                                    \
} G_STMT_END

static void
on_notify_selected (GObject    *object,
                    GParamSpec *pspec,
                    Fixture    *fixture)
{
  fixture->n_notifies++;
}

static void
on_actor_activated (ReadoutGraphView *view,
                    ReadoutActor     *actor,
                    Fixture          *fixture)
{
  g_set_object (&fixture->activated, actor);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->corpus = make_corpus ();
  fixture->view = READOUT_GRAPH_VIEW (readout_graph_view_new ());
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 640, 480);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->view));
  readout_graph_view_set_corpus (fixture->view, fixture->corpus);
  g_signal_connect (fixture->view, "notify::selected-actor", G_CALLBACK (on_notify_selected), fixture);
  g_signal_connect (fixture->view, "actor-activated", G_CALLBACK (on_actor_activated), fixture);
  gtk_window_present (GTK_WINDOW (fixture->window));
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (fixture->view)) > 0 && gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->activated);
  g_clear_object (&fixture->corpus);
}

static void
test_nodes (Fixture       *fixture,
            gconstpointer  data)
{
  ReadoutGraphLayout *shown = readout_graph_view_get_layout (fixture->view);
  g_autoptr(ReadoutGraphLayout) expected = NULL;
  g_autoptr(GError) error = NULL;
  const ReadoutGraphNode *nodes, *expected_nodes;
  guint n_nodes, n_expected;

  g_assert_nonnull (shown);
  expected = readout_graph_layout_new (fixture->corpus, 0, &error);
  g_assert_no_error (error);
  nodes = readout_graph_layout_get_nodes (shown, &n_nodes);
  expected_nodes = readout_graph_layout_get_nodes (expected, &n_expected);

  /* One node per actor of the layout, and every speaker is one. */
  g_assert_cmpuint (n_nodes, ==, n_expected);
  g_assert_cmpuint (n_nodes, >=, G_N_ELEMENTS (speakers));
  for (guint i = 0; i < n_expected; i++)
    g_assert_nonnull (readout_graph_layout_find_node (shown, expected_nodes[i].actor));
  for (guint s = 0; s < G_N_ELEMENTS (speakers); s++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < n_nodes; i++)
        found |= g_str_equal (readout_actor_get_name (nodes[i].actor), speakers[s]);
      g_assert_true (found);
    }

  /* A new analysis lays the graph out again. */
  g_assert_true (readout_corpus_analyze (fixture->corpus, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (readout_graph_view_get_layout (fixture->view) != shown);
  readout_graph_layout_get_nodes (readout_graph_view_get_layout (fixture->view), &n_nodes);
  g_assert_cmpuint (n_nodes, ==, n_expected);

  /* No corpus, nothing to draw. */
  readout_graph_view_set_corpus (fixture->view, NULL);
  g_assert_null (readout_graph_view_get_layout (fixture->view));
}

static void
test_selection (Fixture       *fixture,
                gconstpointer  data)
{
  const ReadoutGraphNode *nodes;
  guint n_nodes;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  ReadoutActor *after;

  nodes = readout_graph_layout_get_nodes (readout_graph_view_get_layout (fixture->view), &n_nodes);
  g_assert_cmpuint (n_nodes, >, 1);

  readout_graph_view_set_selected_actor (fixture->view, nodes[1].actor);
  g_assert_cmpuint (fixture->n_notifies, ==, 1);
  g_assert_true (readout_graph_view_get_selected_actor (fixture->view) == nodes[1].actor);
  readout_graph_view_set_selected_actor (fixture->view, nodes[1].actor);
  g_assert_cmpuint (fixture->n_notifies, ==, 1);
  g_object_set (fixture->view, "selected-actor", nodes[0].actor, NULL);
  g_assert_cmpuint (fixture->n_notifies, ==, 2);
  readout_graph_view_set_selected_actor (fixture->view, NULL);
  g_assert_cmpuint (fixture->n_notifies, ==, 3);
  g_assert_null (readout_graph_view_get_selected_actor (fixture->view));

  /* The selection survives a new analysis, on the new actor of the same name. */
  name = g_strdup (readout_actor_get_name (nodes[0].actor));
  readout_graph_view_set_selected_actor (fixture->view, nodes[0].actor);
  g_assert_true (readout_corpus_analyze (fixture->corpus, NULL, &error));
  g_assert_no_error (error);
  after = readout_graph_view_get_selected_actor (fixture->view);
  g_assert_nonnull (after);
  g_assert_cmpstr (readout_actor_get_name (after), ==, name);
  g_assert_nonnull (readout_graph_layout_find_node (readout_graph_view_get_layout (fixture->view), after));

  /* Highlighting a contradiction and clearing it. */
  {
    g_autoptr(ReadoutContradiction) contradiction = readout_contradiction_new (READOUT_CONTRADICTION_STANCE,
                                                                               "Disagreement", 0.9);

    readout_contradiction_add_actor (contradiction, after);
    readout_graph_view_highlight_contradiction (fixture->view, contradiction);
    readout_graph_view_highlight_contradiction (fixture->view, NULL);
  }
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  double fit, zoomed;

  readout_graph_view_zoom_fit (fixture->view);
  fit = readout_graph_view_get_scale (fixture->view);
  g_assert_cmpfloat (fit, >, 0);

  readout_graph_view_zoom_in (fixture->view);
  zoomed = readout_graph_view_get_scale (fixture->view);
  g_assert_cmpfloat (zoomed, >, fit);
  readout_graph_view_zoom_out (fixture->view);
  g_assert_cmpfloat (fabs (readout_graph_view_get_scale (fixture->view) - fit), <, 1e-9);
  readout_graph_view_zoom_out (fixture->view);
  g_assert_cmpfloat (readout_graph_view_get_scale (fixture->view), <, fit);

  /* Zooming has limits. */
  for (int i = 0; i < 100; i++)
    readout_graph_view_zoom_in (fixture->view);
  g_assert_cmpfloat (readout_graph_view_get_scale (fixture->view), <=, 8.0);
  for (int i = 0; i < 200; i++)
    readout_graph_view_zoom_out (fixture->view);
  g_assert_cmpfloat (readout_graph_view_get_scale (fixture->view), >=, 0.05);

  readout_graph_view_zoom_fit (fixture->view);
  g_assert_cmpfloat (fabs (readout_graph_view_get_scale (fixture->view) - fit), <, 1e-9);

  /* Fitted, the graph follows the widget's size. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 320, 240);
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (fixture->view)) <= 320);
  g_assert_cmpfloat (readout_graph_view_get_scale (fixture->view), <, fit);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->view);
  ReadoutGraphLayout *layout = readout_graph_view_get_layout (fixture->view);
  g_autoptr(GPtrArray) visited = g_ptr_array_new ();
  guint n_nodes;
  ReadoutActor *focus;

  readout_graph_layout_get_nodes (layout, &n_nodes);
  g_assert_true (gtk_widget_get_focusable (widget));

  /* Tab enters the graph on a node, walks every node once, then leaves. */
  gtk_window_set_focus (GTK_WINDOW (fixture->window), NULL);
  g_assert_false (gtk_widget_has_focus (widget));
  g_assert_true (gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (widget));
  for (guint i = 0; i < n_nodes; i++)
    {
      focus = readout_graph_view_get_focus_actor (fixture->view);
      g_assert_nonnull (focus);
      g_assert_false (g_ptr_array_find (visited, focus, NULL));
      g_ptr_array_add (visited, focus);
      if (i + 1 < n_nodes)
        g_assert_true (gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD));
    }
  g_assert_false (gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_child_focus (widget, GTK_DIR_TAB_BACKWARD));
  g_assert_true (readout_graph_view_get_focus_actor (fixture->view) == g_ptr_array_index (visited, n_nodes - 2));

  /* Arrows move to a node that way, or stay when there is none. */
  for (guint d = 0; d < 4; d++)
    {
      static const GtkDirectionType directions[] = { GTK_DIR_LEFT, GTK_DIR_RIGHT, GTK_DIR_UP, GTK_DIR_DOWN };
      const ReadoutGraphNode *before, *after;

      before = readout_graph_layout_find_node (layout, readout_graph_view_get_focus_actor (fixture->view));
      g_assert_true (readout_graph_view_move_focus (fixture->view, directions[d]));
      after = readout_graph_layout_find_node (layout, readout_graph_view_get_focus_actor (fixture->view));
      switch (directions[d])
        {
        case GTK_DIR_LEFT: g_assert_true (after == before || after->x < before->x); break;
        case GTK_DIR_RIGHT: g_assert_true (after == before || after->x > before->x); break;
        case GTK_DIR_UP: g_assert_true (after == before || after->y < before->y); break;
        case GTK_DIR_DOWN: g_assert_true (after == before || after->y > before->y); break;
        case GTK_DIR_TAB_FORWARD:
        case GTK_DIR_TAB_BACKWARD:
        default: g_assert_not_reached ();
        }
    }
  /* Some arrow moves somewhere from any node of a graph of several nodes. */
  {
    ReadoutActor *start = readout_graph_view_get_focus_actor (fixture->view);
    gboolean moved = FALSE;

    for (GtkDirectionType d = GTK_DIR_UP; d <= GTK_DIR_RIGHT && !moved; d++)
      {
        readout_graph_view_move_focus (fixture->view, d);
        moved = readout_graph_view_get_focus_actor (fixture->view) != start;
      }
    g_assert_true (moved);
  }

  /* Enter (the widget's activation) selects the focused node and reports it. */
  focus = readout_graph_view_get_focus_actor (fixture->view);
  g_assert_true (gtk_widget_activate (widget));
  g_assert_true (fixture->activated == focus);
  g_assert_true (readout_graph_view_get_selected_actor (fixture->view) == focus);
  g_assert_cmpuint (fixture->n_notifies, >=, 1);

  /* Its accessible name is set. */
  g_assert_true (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_IMG);
}

static void
test_empty (void)
{
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  GtkWidget *view = g_object_ref_sink (readout_graph_view_new ());

  /* An empty corpus and zooming without a layout are fine. */
  readout_graph_view_set_corpus (READOUT_GRAPH_VIEW (view), corpus);
  g_assert_null (readout_graph_view_get_focus_actor (READOUT_GRAPH_VIEW (view)));
  readout_graph_view_zoom_in (READOUT_GRAPH_VIEW (view));
  readout_graph_view_zoom_fit (READOUT_GRAPH_VIEW (view));
  g_assert_false (readout_graph_view_move_focus (READOUT_GRAPH_VIEW (view), GTK_DIR_TAB_FORWARD));
  g_object_unref (view);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("No display");
      return g_test_run ();
    }
  adw_init ();

  g_test_add_func ("/graph-view/empty", test_empty);
  g_test_add ("/graph-view/nodes", Fixture, NULL, fixture_set_up, test_nodes, fixture_tear_down);
  g_test_add ("/graph-view/selection", Fixture, NULL, fixture_set_up, test_selection, fixture_tear_down);
  g_test_add ("/graph-view/zoom", Fixture, NULL, fixture_set_up, test_zoom, fixture_tear_down);
  g_test_add ("/graph-view/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);

  return g_test_run ();
}
