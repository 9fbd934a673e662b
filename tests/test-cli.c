/* test-cli.c: readout-cli as a user runs it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "readout.h"

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

static char **
corpus_files (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "corpus", "pahalgam-2025", NULL);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)))
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (files, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (files, compare_paths);
  g_ptr_array_add (files, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&files), FALSE);
}

static int
run_cli (char  **extra_args,
         char  **out,
         char  **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *)READOUT_CLI);
  for (guint i = 0; extra_args[i]; i++)
    g_ptr_array_add (argv, extra_args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_analyze_corpus (void)
{
  g_auto(GStrv) files = corpus_files ();
  g_autoptr(GStrvBuilder) args = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *documents, *statements;
  guint n_titles = 0;

  g_strv_builder_add (args, "analyze");
  g_strv_builder_addv (args, (const char **)files);
  argv = g_strv_builder_end (args);

  g_assert_cmpint (run_cli (argv, &out, &err), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "readout-analysis/1");
  documents = json_object_get_array_member (root, "documents");
  g_assert_cmpuint (json_array_get_length (documents), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      JsonObject *doc = json_array_get_object_element (documents, i);
      const char *text = json_object_get_string_member (doc, "text");

      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_cmpuint (strlen (text), >, 1000);
      /* Page boilerplate never reaches the text. */
      g_assert_null (strstr (text, "Advertisement"));
      g_assert_null (strstr (text, "Support independent journalism"));
      g_assert_null (strstr (text, "For the best experience"));
      /* Some articles open straight with the body and name no headline: then the title is null. */
      if (json_object_get_string_member (doc, "title") != NULL)
        n_titles++;
    }
  g_assert_cmpuint (n_titles, >=, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (documents, 0), "title"), ==,
                   "Conflicting Signals From US? Rubio Asks India to Engage Pakistan, Hegseth Offers ‘Strong Support’");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (documents, 0), "outlet"), ==,
                   "The Wire");

  /* Every attribution's offsets lie in its document's text and slice out its text. */
  statements = json_object_get_array_member (root, "statements");
  g_assert_cmpuint (json_array_get_length (statements), >, 0);
  for (guint i = 0; i < json_array_get_length (statements); i++)
    {
      JsonArray *attributions = json_object_get_array_member (json_array_get_object_element (statements, i),
                                                             "attributions");
      for (guint j = 0; j < json_array_get_length (attributions); j++)
        {
          JsonObject *a = json_array_get_object_element (attributions, j);
          const char *doc_id = json_object_get_string_member (a, "document");
          gint64 start = json_object_get_int_member (a, "start");
          gint64 end = json_object_get_int_member (a, "end");
          const char *text = NULL;

          for (guint d = 0; d < 5; d++)
            {
              JsonObject *doc = json_array_get_object_element (documents, d);
              if (g_strcmp0 (json_object_get_string_member (doc, "id"), doc_id) == 0)
                text = json_object_get_string_member (doc, "text");
            }
          g_assert_nonnull (text);
          g_assert_cmpint (start, >=, 0);
          g_assert_cmpint (start, <=, end);
          g_assert_cmpint (end, <=, (gint64)strlen (text));
          g_assert_cmpint (strncmp (text + start, json_object_get_string_member (a, "text"), end - start), ==, 0);
        }
    }
}

static void
test_analyze_bad_file (void)
{
  g_auto(GStrv) files = corpus_files ();
  g_autofree char *empty = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  char *argv[] = { (char *)"analyze", files[0], NULL, (char *)"/nonexistent/x.txt", NULL };
  int fd;

  fd = g_file_open_tmp ("readout-empty-XXXXXX.txt", &empty, &error);
  g_assert_no_error (error);
  close (fd);
  argv[2] = empty;

  g_assert_cmpint (run_cli (argv, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "readout-cli: /nonexistent/x.txt: "));
  g_assert_nonnull (strstr (err, "empty"));
  /* The good file is still analyzed. */
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "documents")), ==, 1);
  g_unlink (empty);
}

static void
test_help_version (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  char *version[] = { (char *)"--version", NULL };
  char *help[] = { (char *)"analyze", (char *)"--help", NULL };
  char *bogus[] = { (char *)"frobnicate", NULL };

  g_assert_cmpint (run_cli (version, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "readout-cli "));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (help, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "--output"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (bogus, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "unknown command"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/analyze/corpus", test_analyze_corpus);
  g_test_add_func ("/cli/analyze/bad-file", test_analyze_bad_file);
  g_test_add_func ("/cli/help-version", test_help_version);

  return g_test_run ();
}
