/* test-project.c: .readout projects: every kind of decision through save, load, analysis;
 * interrupted saves; damaged and newer files; upgrades; recovery files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>

#include "project-test-common.h"

typedef struct
{
  char *folder;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("readout-project-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  const char *name;

  readout_file_set_save_fault (READOUT_SAVE_FAULT_NONE, 0);
  while (dir && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->folder);
}

static GFile *
fixture_file (Fixture    *fixture,
              const char *name)
{
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
  return g_file_new_for_path (path);
}

static char *
read_all (GFile *file,
          gsize *length)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &data, length, NULL, &error));
  g_assert_no_error (error);
  return data;
}

static void
write_all (GFile      *file,
           const char *data,
           gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_replace_contents (file, data, length < 0 ? strlen (data) : (gsize)length,
                                          NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
}

static guint
count_files (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  guint n = 0;

  while (dir && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
add_correction (ReadoutDecisions  *decisions,
                ReadoutCorrection *correction)
{
  g_autoptr(ReadoutCorrection) owned = correction;
  g_autoptr(GError) error = NULL;

  g_assert_true (readout_decisions_add_correction (decisions, owned, &error));
  g_assert_no_error (error);
}

/* Makes one decision of every kind on an analyzed project; returns the merged-into name. */
static void
make_every_decision (ReadoutProject *project,
                     char          **khan_out,
                     char          **lopez_out)
{
  ReadoutCorpus *corpus = readout_project_get_corpus (project);
  ReadoutDecisions *decisions = readout_project_get_decisions (project);
  ReadoutContradiction *warning = test_finding (corpus, "Border warning");
  ReadoutDocument *a = readout_corpus_find_document (corpus, "d1");
  g_autofree char *khan = g_strdup (test_speaker_of (corpus, "respond firmly"));
  g_autofree char *lopez = g_strdup (test_speaker_of (corpus, "talks were constructive"));
  const char *text = readout_document_get_text (a);
  const char *officials = strstr (text, "Officials");
  const char *monday = strstr (text, " on Monday");

  g_assert_nonnull (warning);
  g_assert_nonnull (khan);
  g_assert_nonnull (lopez);

  /* Review and note, as a panel would set them. */
  readout_contradiction_set_review (warning, READOUT_REVIEW_CONFIRMED);
  readout_contradiction_set_note (warning, "Both outlets quote it word for word.");

  add_correction (decisions, readout_correction_new_speaker (test_find_statement (corpus, "no role for outside"),
                                                             "Jane Doe", READOUT_ACTOR_PERSON, "told reporters"));
  add_correction (decisions, readout_correction_new_remove_statement (test_find_statement (corpus, "talks were constructive")));
  add_correction (decisions, readout_correction_new_add_statement (a, officials - text, monday - text,
                                                                   "Ministry of Defence",
                                                                   READOUT_ACTOR_ORGANIZATION, "said",
                                                                   READOUT_ATTRIBUTION_INDIRECT));
  add_correction (decisions, readout_correction_new_rename_actor (khan, "A. Khan"));
  add_correction (decisions, readout_correction_new_merge_actors ("Jane Doe", lopez));

  *khan_out = g_steal_pointer (&khan);
  *lopez_out = g_steal_pointer (&lopez);
}

/* What make_every_decision() leaves, checked on any analysis of the same documents. */
static void
assert_every_decision (ReadoutCorpus *corpus,
                       const char    *khan,
                       const char    *lopez)
{
  ReadoutContradiction *warning = test_finding (corpus, "Border warning");
  ReadoutStatement *nobody = test_find_statement (corpus, "no role for outside");
  ReadoutStatement *officials = test_find_statement (corpus, "Officials from both");
  ReadoutActor *renamed = test_find_actor (corpus, "A. Khan");
  g_autoptr(ReadoutAttribution) first = NULL;

  g_assert_nonnull (warning);
  g_assert_cmpint (readout_contradiction_get_review (warning), ==, READOUT_REVIEW_CONFIRMED);
  g_assert_cmpstr (readout_contradiction_get_note (warning), ==, "Both outlets quote it word for word.");

  /* Corrected speaker, then merged into Lopez; the cue was corrected too. */
  g_assert_nonnull (nobody);
  g_assert_cmpstr (readout_decisions_speaker_name (nobody), ==, lopez);
  /* The cue of the report the correction was made on (in document B, "d2"). */
  for (guint i = 0; i < g_list_model_get_n_items (readout_statement_get_attributions (nobody)); i++)
    {
      g_autoptr(ReadoutAttribution) a = g_list_model_get_item (readout_statement_get_attributions (nobody), i);

      if (g_strcmp0 (readout_document_get_id (readout_attribution_get_document (a)), "d2") == 0)
        g_set_object (&first, a);
    }
  g_assert_nonnull (first);
  g_assert_cmpstr (readout_attribution_get_cue (first), ==, "told reporters");
  g_assert_null (test_find_actor (corpus, "Jane Doe"));
  g_assert_true (readout_actor_has_alias (test_find_actor (corpus, lopez), "Jane Doe"));

  /* Removed, and the finding that rested on it with it. */
  g_assert_null (test_find_statement (corpus, "talks were constructive"));
  g_assert_null (test_finding (corpus, "Talks"));

  /* Added by hand. */
  g_assert_nonnull (officials);
  g_assert_cmpstr (readout_decisions_speaker_name (officials), ==, "Ministry of Defence");
  g_assert_cmpint (readout_actor_get_kind (readout_statement_get_speaker (officials)), ==,
                   READOUT_ACTOR_ORGANIZATION);
  g_assert_cmpuint (readout_actor_get_n_statements (readout_statement_get_speaker (officials)), ==, 1);

  /* Renamed, and still found by the old name. */
  g_assert_nonnull (renamed);
  g_assert_null (test_find_actor (corpus, khan));
  g_assert_true (readout_actor_has_alias (renamed, khan));
  g_assert_cmpstr (test_speaker_of (corpus, "respond firmly"), ==, "A. Khan");
}

static ReadoutProject *
new_analyzed_project (void)
{
  g_autoptr(ReadoutCorpus) corpus = test_corpus_new ();
  ReadoutProject *project = readout_project_new (corpus);

  test_analyze (corpus);
  /* The engine must find the plain quotes of the made-up texts for these tests to mean
   * anything. */
  g_assert_nonnull (test_find_statement (corpus, "respond firmly"));
  g_assert_nonnull (test_find_statement (corpus, "talks were constructive"));
  g_assert_nonnull (test_find_statement (corpus, "no role for outside"));
  return project;
}

/* A project that loads into a corpus with the stand-in detector, like the one it was saved from. */
static ReadoutProject *
load_project (GFile *file)
{
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autoptr(GError) error = NULL;
  ReadoutProject *project;

  test_corpus_use_detector (corpus);
  project = readout_project_new (corpus);
  g_assert_true (readout_project_load (project, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (readout_project_get_modified (project));
  test_analyze (corpus);
  return project;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(ReadoutProject) project = new_analyzed_project ();
  g_autoptr(ReadoutProject) loaded = NULL;
  g_autoptr(GFile) file = fixture_file (fixture, "review.readout");
  g_autoptr(GFile) again = fixture_file (fixture, "again.readout");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser_a = json_parser_new ();
  g_autoptr(JsonParser) parser_b = json_parser_new ();
  g_autofree char *khan = NULL, *lopez = NULL;
  g_autofree char *title = NULL;
  JsonObject *root_a, *root_b;
  ReadoutCorpus *corpus;
  ReadoutDocument *document;

  g_assert_false (readout_project_get_modified (project));
  make_every_decision (project, &khan, &lopez);
  g_assert_true (readout_project_get_modified (project));
  assert_every_decision (readout_project_get_corpus (project), khan, lopez);

  g_assert_true (readout_project_save (project, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (readout_project_get_modified (project));
  title = readout_project_dup_title (project);
  g_assert_cmpstr (title, ==, "review");

  loaded = load_project (file);
  corpus = readout_project_get_corpus (loaded);
  g_assert_cmpuint (readout_decisions_get_n_unmatched (readout_project_get_decisions (loaded)), ==, 0);
  assert_every_decision (corpus, khan, lopez);

  /* The documents came back whole, ids and metadata included. */
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_documents (corpus)), ==, 2);
  document = readout_corpus_find_document (corpus, "d2");
  g_assert_nonnull (document);
  g_assert_cmpstr (readout_document_get_text (document), ==, TEXT_B);
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "Weekly B");
  g_assert_cmpstr (readout_document_get_path (document), ==, "/articles/b.txt");

  /* Saving the loaded project writes the same decisions. */
  g_assert_true (readout_project_save (loaded, again, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_mapped_file (parser_a, g_file_peek_path (file), &error));
  g_assert_true (json_parser_load_from_mapped_file (parser_b, g_file_peek_path (again), &error));
  root_a = json_node_get_object (json_parser_get_root (parser_a));
  root_b = json_node_get_object (json_parser_get_root (parser_b));
  g_assert_cmpstr (json_object_get_string_member (root_a, "format"), ==, "readout-project");
  g_assert_cmpint (json_object_get_int_member (root_a, "version"), ==, READOUT_PROJECT_VERSION);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root_a, "corrections")), ==, 5);
  g_assert_true (json_node_equal (json_object_get_member (root_a, "corrections"),
                                  json_object_get_member (root_b, "corrections")));
  g_assert_true (json_node_equal (json_object_get_member (root_a, "reviews"),
                                  json_object_get_member (root_b, "reviews")));
  g_assert_true (json_node_equal (json_object_get_member (root_a, "documents"),
                                  json_object_get_member (root_b, "documents")));
}

static void
test_reanalysis_keeps_decisions (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(ReadoutProject) project = new_analyzed_project ();
  ReadoutCorpus *corpus = readout_project_get_corpus (project);
  g_autofree char *khan = NULL, *lopez = NULL;

  make_every_decision (project, &khan, &lopez);
  for (guint i = 0; i < 2; i++)
    {
      test_analyze (corpus);
      g_assert_cmpuint (readout_decisions_get_n_unmatched (readout_project_get_decisions (project)), ==, 0);
      assert_every_decision (corpus, khan, lopez);
    }
}

static void
record_speaker (ReadoutCorpus *corpus,
                char         **speaker)
{
  g_free (*speaker);
  *speaker = g_strdup (test_speaker_of (corpus, "no role for outside"));
}

/* Views connect to ::analyzed long before a project is opened; they must see the corrected
 * analysis, not the engine's. */
static void
test_decisions_apply_before_views (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(ReadoutCorpus) corpus = test_corpus_new ();
  g_autoptr(ReadoutProject) project = NULL;
  g_autoptr(ReadoutCorrection) correction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *seen = NULL;

  g_signal_connect (corpus, "analyzed", G_CALLBACK (record_speaker), &seen);
  project = readout_project_new (corpus);
  test_analyze (corpus);
  correction = readout_correction_new_speaker (test_find_statement (corpus, "no role for outside"),
                                               "Jane Doe", READOUT_ACTOR_PERSON, NULL);
  g_assert_true (readout_decisions_add_correction (readout_project_get_decisions (project), correction, &error));
  test_analyze (corpus);
  g_assert_cmpstr (seen, ==, "Jane Doe");
}

static void
on_analyzed_async (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GMainLoop *loop = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (readout_corpus_analyze_finish (READOUT_CORPUS (source), result, &error));
  g_assert_no_error (error);
  g_main_loop_quit (loop);
}

static void
test_add_article_keeps_decisions (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(ReadoutProject) project = new_analyzed_project ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GFile) file = fixture_file (fixture, "grow.readout");
  g_autoptr(GError) error = NULL;
  ReadoutCorpus *corpus = readout_project_get_corpus (project);
  g_autofree char *khan = NULL, *lopez = NULL;
  ReadoutDocument *c;

  make_every_decision (project, &khan, &lopez);
  g_assert_true (readout_project_save (project, file, NULL, &error));

  /* Adding an article marks the project modified and, once analyzed off the main thread,
   * keeps every decision; the earlier documents keep their ids. */
  c = test_add_document (corpus, TEXT_C, "Herald C", "/articles/c.txt");
  g_assert_true (readout_project_get_modified (project));
  g_assert_cmpstr (readout_document_get_id (c), ==, "d3");
  readout_corpus_analyze_async (corpus, NULL, on_analyzed_async, loop);
  g_main_loop_run (loop);

  assert_every_decision (corpus, khan, lopez);
  g_assert_nonnull (test_find_statement (corpus, "crossings should reopen"));
  /* The statement corrected in B is keyed by B: its report in C follows where the engine
   * links the two, and never becomes unmatched. */
  g_assert_cmpuint (readout_decisions_get_n_unmatched (readout_project_get_decisions (project)), ==, 0);
}

static void
test_interrupted_save (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(ReadoutProject) project = new_analyzed_project ();
  g_autoptr(GFile) file = fixture_file (fixture, "safe.readout");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *khan = NULL, *lopez = NULL;
  g_autofree char *next = NULL;
  gsize before_length, next_length;
  ReadoutCorpus *corpus = readout_project_get_corpus (project);
  struct { ReadoutSaveFault fault; gsize after; } faults[] = {
    { READOUT_SAVE_FAULT_CREATE, 0 },
    { READOUT_SAVE_FAULT_WRITE, 0 },
    { READOUT_SAVE_FAULT_WRITE, 1 },
    { READOUT_SAVE_FAULT_WRITE, 0 /* half, below */ },
    { READOUT_SAVE_FAULT_WRITE, 0 /* all but one, below */ },
    { READOUT_SAVE_FAULT_WRITE, 0 /* all, below */ },
    { READOUT_SAVE_FAULT_SYNC, 0 },
    { READOUT_SAVE_FAULT_RENAME, 0 },
  };

  make_every_decision (project, &khan, &lopez);
  g_assert_true (readout_project_save (project, file, NULL, &error));
  g_assert_no_error (error);
  before = read_all (file, &before_length);

  /* More work that the failing saves try to write. */
  readout_contradiction_set_review (test_finding (corpus, "Border warning"), READOUT_REVIEW_DISMISSED);
  g_assert_true (readout_project_get_modified (project));
  next = readout_project_serialize (project, &next_length);
  faults[3].after = next_length / 2;
  faults[4].after = next_length - 1;
  faults[5].after = next_length + 64; /* every byte written, then the write fails */

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autoptr(ReadoutProject) reloaded = NULL;
      g_autofree char *after = NULL;
      gsize after_length;

      g_clear_error (&error);
      readout_file_set_save_fault (faults[i].fault, faults[i].after);
      g_assert_false (readout_project_save (project, NULL, NULL, &error));
      g_assert_error (error, G_IO_ERROR, error->code);
      g_assert_nonnull (error->message);
      readout_file_set_save_fault (READOUT_SAVE_FAULT_NONE, 0);

      /* The old file is there, byte for byte, with no temporary file left beside it. */
      after = read_all (file, &after_length);
      g_assert_cmpmem (after, after_length, before, before_length);
      g_assert_cmpuint (count_files (fixture), ==, 1);
      g_assert_true (readout_project_get_modified (project));

      reloaded = load_project (file);
      assert_every_decision (readout_project_get_corpus (reloaded), khan, lopez);
    }

  /* Once the disk behaves, the new work is saved. */
  g_clear_error (&error);
  g_assert_true (readout_project_save (project, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (fixture), ==, 1);
  {
    g_autoptr(ReadoutProject) reloaded = load_project (file);
    g_assert_cmpint (readout_contradiction_get_review (test_finding (readout_project_get_corpus (reloaded),
                                                                     "Border warning")),
                     ==, READOUT_REVIEW_DISMISSED);
  }
}

static void
test_save_through_symlink (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(ReadoutProject) project = new_analyzed_project ();
  g_autoptr(GFile) target = fixture_file (fixture, "target.readout");
  g_autoptr(GFile) link = fixture_file (fixture, "link.readout");
  g_autoptr(GError) error = NULL;
  g_autofree char *data_target = NULL;
  gsize length;

  write_all (target, "old", -1);
  g_assert_true (g_file_make_symbolic_link (link, "target.readout", NULL, &error));
  g_assert_true (readout_project_save (project, link, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (g_file_peek_path (link), G_FILE_TEST_IS_SYMLINK));
  data_target = read_all (target, &length);
  g_assert_true (g_str_has_prefix (data_target, "{"));
}

static void
assert_load_fails (GFile      *file,
                   GQuark      domain,
                   int         code,
                   const char *message_part)
{
  g_autoptr(ReadoutCorpus) corpus = test_corpus_new ();
  g_autoptr(ReadoutProject) project = readout_project_new (corpus);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  gsize before_length, after_length;

  before = read_all (file, &before_length);
  g_assert_false (readout_project_load (project, file, NULL, &error));
  g_assert_error (error, domain, code);
  if (message_part)
    g_assert_nonnull (strstr (error->message, message_part));

  /* Nothing changed: neither the open project nor the file. */
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_documents (corpus)), ==, 2);
  g_assert_null (readout_project_get_file (project));
  after = read_all (file, &after_length);
  g_assert_cmpmem (after, after_length, before, before_length);
}

static void
test_damaged_files (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(ReadoutProject) project = new_analyzed_project ();
  g_autoptr(GFile) good = fixture_file (fixture, "good.readout");
  g_autoptr(GFile) bad = fixture_file (fixture, "bad.readout");
  g_autoptr(GError) error = NULL;
  g_autofree char *khan = NULL, *lopez = NULL;
  g_autofree char *text = NULL;
  gsize length;
  static const struct { const char *json; const char *names; } damaged[] = {
    { "", NULL },
    { "\x89PNG\r\n\x1a\n\x00\x01", NULL },
    { "[1, 2, 3]", NULL },
    { "{\"format\": \"something-else\", \"version\": 1}", NULL },
    { "{\"format\": \"readout-project\"}", "version" },
    { "{\"format\": \"readout-project\", \"version\": \"one\"}", "version" },
    { "{\"format\": \"readout-project\", \"version\": 1, \"documents\": 5}", "documents" },
    { "{\"format\": \"readout-project\", \"version\": 1, \"documents\": [{\"id\": \"d1\", \"text\": 7}]}",
      "documents[0].text" },
    { "{\"format\": \"readout-project\", \"version\": 1, \"documents\": [{\"id\": \"d1\", \"text\": \"ab\"},"
      " {\"id\": \"d1\", \"text\": \"cd\"}]}", "documents[1].id" },
    { "{\"format\": \"readout-project\", \"version\": 1, \"documents\": [{\"id\": \"d1\", \"text\": \"ab\","
      " \"paragraphs\": [[0, 9]]}]}", "documents[0].paragraphs[0]" },
    { "{\"format\": \"readout-project\", \"version\": 1, \"documents\": [{\"id\": \"d1\", \"text\": \"é\","
      " \"paragraphs\": [[0, 1]]}]}", "documents[0].paragraphs[0]" },
    { "{\"format\": \"readout-project\", \"version\": 1, \"documents\": [], \"reviews\": [{\"key\": \"k\","
      " \"review\": \"maybe\"}]}", "reviews[0].review" },
    { "{\"format\": \"readout-project\", \"version\": 1, \"documents\": [], \"corrections\": [{\"type\":"
      " \"frobnicate\"}]}", "corrections[0]" },
    { "{\"format\": \"readout-project\", \"version\": 1, \"documents\": [], \"corrections\": [{\"type\":"
      " \"merge-actors\", \"actor\": \"A\"}]}", "corrections[0].into" },
    { "{\"format\": \"readout-project\", \"version\": 1, \"documents\": [], \"corrections\": [{\"type\":"
      " \"speaker\", \"statement\": {\"document\": \"d1\", \"start\": -4, \"text\": \"x\"}, \"speaker\": \"B\"}]}",
      "corrections[0].statement.start" },
  };

  make_every_decision (project, &khan, &lopez);
  g_assert_true (readout_project_save (project, good, NULL, &error));
  g_assert_no_error (error);
  text = read_all (good, &length);

  /* A save cut short anywhere is refused as damaged. */
  for (gsize cut = 1; cut < length; cut += MAX (1, length / 7))
    {
      write_all (bad, text, cut);
      assert_load_fails (bad, READOUT_ERROR, READOUT_ERROR_FORMAT, NULL);
    }
  write_all (bad, text, length - 2);
  assert_load_fails (bad, READOUT_ERROR, READOUT_ERROR_FORMAT, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      write_all (bad, damaged[i].json, i == 1 ? 10 : -1);
      assert_load_fails (bad, READOUT_ERROR, READOUT_ERROR_FORMAT, damaged[i].names);
    }

  /* A missing file is an I/O error. */
  {
    g_autoptr(GFile) missing = fixture_file (fixture, "missing.readout");
    g_autoptr(ReadoutProject) empty = readout_project_new (NULL);

    g_clear_error (&error);
    g_assert_false (readout_project_load (empty, missing, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  }
}

static void
test_newer_version (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "future.readout");

  write_all (file,
             "{\"format\": \"readout-project\", \"version\": 99, \"documents\": [],"
             " \"hologram\": {\"layers\": 3}}", -1);
  assert_load_fails (file, READOUT_ERROR, READOUT_ERROR_NEWER_VERSION, "newer version");
}

static void
test_upgrade_from_analysis (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(ReadoutCorpus) corpus = test_corpus_new ();
  g_autoptr(ReadoutProject) project = NULL;
  g_autoptr(GFile) file = fixture_file (fixture, "analysis.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  ReadoutCorpus *loaded;

  /* An analysis printed by readout-cli, with a review made before it was printed. */
  test_analyze (corpus);
  readout_contradiction_set_review (test_finding (corpus, "Talks"), READOUT_REVIEW_DISMISSED);
  readout_contradiction_set_note (test_finding (corpus, "Talks"), "Not a contradiction.");
  json = readout_json_to_string (corpus, TRUE);
  write_all (file, json, -1);

  project = load_project (file);
  loaded = readout_project_get_corpus (project);
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_documents (loaded)), ==, 2);
  g_assert_cmpstr (readout_document_get_text (readout_corpus_find_document (loaded, "d1")), ==, TEXT_A);
  g_assert_cmpint (readout_contradiction_get_review (test_finding (loaded, "Talks")), ==,
                   READOUT_REVIEW_DISMISSED);
  g_assert_cmpstr (readout_contradiction_get_note (test_finding (loaded, "Talks")), ==, "Not a contradiction.");
  g_assert_cmpint (readout_contradiction_get_review (test_finding (loaded, "Border warning")), ==,
                   READOUT_REVIEW_UNREVIEWED);
  g_assert_cmpuint (readout_decisions_get_n_unmatched (readout_project_get_decisions (project)), ==, 0);
}

static void
test_recovery (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(ReadoutProject) project = new_analyzed_project ();
  g_autoptr(ReadoutProject) restored = NULL;
  g_autoptr(GFile) file = fixture_file (fixture, "crash.readout");
  g_autoptr(GFile) origin = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autofree char *khan = NULL, *lopez = NULL;
  GFile *recovery;

  g_assert_true (readout_project_save (project, file, NULL, &error));
  make_every_decision (project, &khan, &lopez);

  /* Autosave writes the recovery copy under the state folder. */
  g_assert_true (readout_project_write_recovery (project, &error));
  g_assert_no_error (error);
  recovery = readout_project_get_recovery_file (project);
  g_assert_true (g_file_query_exists (recovery, NULL));
  g_assert_true (g_str_has_prefix (g_file_peek_path (recovery), g_get_user_state_dir ()));

  /* At the next start it is found, with the project it belongs to. */
  found = readout_project_list_recovery_files ();
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (g_file_equal (g_ptr_array_index (found, 0), recovery));
  origin = readout_project_dup_recovery_origin (recovery);
  g_assert_nonnull (origin);
  g_assert_true (g_file_equal (origin, file));

  test_corpus_use_detector (corpus);
  restored = readout_project_new (corpus);
  g_assert_true (readout_project_restore_recovery (restored, recovery, &error));
  g_assert_no_error (error);
  g_assert_true (readout_project_get_modified (restored));
  g_assert_true (g_file_equal (readout_project_get_file (restored), file));
  test_analyze (corpus);
  assert_every_decision (corpus, khan, lopez);

  /* Saving the restored work removes the recovery copy. */
  g_assert_true (readout_project_save (restored, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (recovery, NULL));
  g_clear_pointer (&found, g_ptr_array_unref);
  found = readout_project_list_recovery_files ();
  g_assert_cmpuint (found->len, ==, 0);

  /* Discarding removes it too. */
  g_assert_true (readout_project_write_recovery (project, &error));
  g_assert_true (g_file_query_exists (readout_project_get_recovery_file (project), NULL));
  readout_project_discard_recovery (project);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = readout_project_list_recovery_files ();
  g_assert_cmpuint (found->len, ==, 0);
}

/* Another Readout running without a session bus has its own recovery copies: they are not
 * offered, since their work is not lost. A copy named after a process that runs another
 * program (a reused process id) is. */
static void
test_recovery_of_running_instance (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GFile) folder = readout_project_dup_recovery_dir ();
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  const char *twin_argv[] = { self_exe, "--sleep-for-test", NULL };
  const char *other_argv[] = { "/bin/sleep", "30", NULL };
  GPid twin, other;
  g_autofree char *twin_name = NULL, *other_name = NULL;
  g_autoptr(GFile) twin_file = NULL, other_file = NULL;

  g_assert_true (g_spawn_async (NULL, (char **)twin_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &twin, &error));
  g_assert_true (g_spawn_async (NULL, (char **)other_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &other, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_make_directory_with_parents (folder, NULL, &error));

  twin_name = g_strdup_printf ("%d-twin.readout", (int)twin);
  other_name = g_strdup_printf ("%d-other.readout", (int)other);
  twin_file = g_file_get_child (folder, twin_name);
  other_file = g_file_get_child (folder, other_name);
  write_all (twin_file, "{}", -1);
  write_all (other_file, "{}", -1);

  /* Wait until the twin runs this program (it is a fork of the test until it execs). */
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *exe_path = g_strdup_printf ("/proc/%d/exe", (int)twin);
      g_autofree char *exe = g_file_read_link (exe_path, NULL);

      if (g_strcmp0 (exe, self_exe) == 0)
        break;
      g_usleep (10000);
    }
  found = readout_project_list_recovery_files ();
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (g_file_equal (g_ptr_array_index (found, 0), other_file));

  kill (twin, SIGTERM);
  kill (other, SIGTERM);
  g_spawn_close_pid (twin);
  g_spawn_close_pid (other);
  g_file_delete (twin_file, NULL, NULL);
  g_file_delete (other_file, NULL, NULL);
}

/* readout-cli analyze a.txt PROJECT: the loose article gives up its id to the project's; two
 * projects whose document ids collide cannot share one analysis. */
static void
test_load_into_corpus (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(ReadoutProject) project = new_analyzed_project ();
  g_autoptr(GFile) file = fixture_file (fixture, "one.readout");
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *khan = NULL, *lopez = NULL;
  ReadoutDocument *loose;

  make_every_decision (project, &khan, &lopez);
  g_assert_true (readout_project_save (project, file, NULL, &error));

  test_corpus_use_detector (corpus);
  loose = test_add_document (corpus, TEXT_C, "Herald C", "/articles/c.txt");
  g_assert_cmpstr (readout_document_get_id (loose), ==, "d1");
  g_assert_true (readout_project_load_into_corpus (corpus, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (readout_document_get_id (loose), ==, "d3");
  g_assert_cmpstr (readout_document_get_text (readout_corpus_find_document (corpus, "d1")), ==, TEXT_A);
  test_analyze (corpus);
  assert_every_decision (corpus, khan, lopez);

  g_assert_false (readout_project_load_into_corpus (corpus, file, NULL, &error));
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_FAILED);
  g_assert_cmpuint (g_list_model_get_n_items (readout_corpus_get_documents (corpus)), ==, 3);
}

static void
test_corrections_that_fail (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(ReadoutProject) project = new_analyzed_project ();
  ReadoutCorpus *corpus = readout_project_get_corpus (project);
  ReadoutDecisions *decisions = readout_project_get_decisions (project);
  g_autofree char *khan = g_strdup (test_speaker_of (corpus, "respond firmly"));
  g_autofree char *smith = g_strdup (test_speaker_of (corpus, "no role for outside"));
  ReadoutDocument *a = readout_corpus_find_document (corpus, "d1");
  g_autoptr(GError) error = NULL;
  struct { ReadoutCorrection *correction; int code; } cases[] = {
    { readout_correction_new_merge_actors ("Nobody Known", khan), G_IO_ERROR_NOT_FOUND },
    { readout_correction_new_merge_actors (khan, khan), G_IO_ERROR_EXISTS },
    { readout_correction_new_rename_actor (khan, smith), G_IO_ERROR_EXISTS },
    { readout_correction_new_add_statement (a, 5, readout_document_get_length (a) + 10, "X",
                                            READOUT_ACTOR_PERSON, NULL, READOUT_ATTRIBUTION_DIRECT),
      G_IO_ERROR_INVALID_ARGUMENT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_clear_error (&error);
      g_assert_false (readout_decisions_add_correction (decisions, cases[i].correction, &error));
      g_assert_error (error, G_IO_ERROR, cases[i].code);
      readout_correction_unref (cases[i].correction);
    }
  /* Nothing was recorded and nothing changed. */
  g_assert_cmpuint (readout_decisions_get_n_corrections (decisions), ==, 0);
  g_assert_false (readout_project_get_modified (project));
  g_assert_nonnull (test_find_actor (corpus, khan));
}

static JsonObject *
find_member_with (JsonArray  *array,
                  const char *member,
                  const char *contains)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *value = json_object_get_string_member_with_default (object, member, "");

      if (strstr (value, contains) != NULL)
        return object;
    }
  return NULL;
}

static const char *
actor_name (JsonObject *root,
            const char *id)
{
  JsonArray *actors = json_object_get_array_member (root, "actors");

  for (guint i = 0; i < json_array_get_length (actors); i++)
    {
      JsonObject *actor = json_array_get_object_element (actors, i);

      if (g_strcmp0 (json_object_get_string_member (actor, "id"), id) == 0)
        return json_object_get_string_member (actor, "name");
    }
  return NULL;
}

static void
test_cli_reads_project (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(ReadoutProject) project = new_analyzed_project ();
  g_autoptr(GFile) file = fixture_file (fixture, "cli.readout");
  g_autoptr(GFile) extra = fixture_file (fixture, "c.txt");
  g_autoptr(GError) error = NULL;
  g_autofree char *khan = NULL, *lopez = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *officials;
  JsonArray *statements;
  int status;
  /* A loose article first: it gives up its id "d1" to the project's document. */
  const char *argv[] = { READOUT_CLI, "analyze", g_file_peek_path (extra), g_file_peek_path (file), NULL };

  make_every_decision (project, &khan, &lopez);
  g_assert_true (readout_project_save (project, file, NULL, &error));
  write_all (extra, TEXT_C, -1);

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "documents")), ==, 3);
  statements = json_object_get_array_member (root, "statements");
  g_assert_null (find_member_with (statements, "content", "talks were constructive"));
  officials = find_member_with (statements, "content", "Officials from both");
  g_assert_nonnull (officials);
  g_assert_cmpstr (actor_name (root, json_object_get_string_member (officials, "speaker")), ==,
                   "Ministry of Defence");
  g_assert_nonnull (find_member_with (json_object_get_array_member (root, "actors"), "name", "A. Khan"));
  g_assert_null (find_member_with (json_object_get_array_member (root, "actors"), "name", "Jane Doe"));

  /* A damaged project is reported like an unreadable article. */
  {
    g_autoptr(GFile) bad = fixture_file (fixture, "bad.readout");
    const char *bad_argv[] = { READOUT_CLI, "analyze", g_file_peek_path (bad), NULL };

    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    write_all (bad, "{\"format\": \"readout-project\", \"version\": 1", -1);
    g_assert_true (g_spawn_sync (NULL, (char **)bad_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                                 &status, &error));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "damaged"));
  }
}

int
main (int    argc,
      char **argv)
{
  /* A stand-in for another running Readout (see test_recovery_of_running_instance). */
  if (argc == 2 && g_str_equal (argv[1], "--sleep-for-test"))
    {
      g_usleep (30 * G_USEC_PER_SEC);
      return 0;
    }

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  test_install_detector ();

#define ADD(path, func) \
  g_test_add ("/project/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("round-trip", test_round_trip);
  ADD ("reanalysis-keeps-decisions", test_reanalysis_keeps_decisions);
  ADD ("decisions-apply-before-views", test_decisions_apply_before_views);
  ADD ("add-article-keeps-decisions", test_add_article_keeps_decisions);
  ADD ("interrupted-save", test_interrupted_save);
  ADD ("save-through-symlink", test_save_through_symlink);
  ADD ("damaged-files", test_damaged_files);
  ADD ("newer-version", test_newer_version);
  ADD ("upgrade-from-analysis", test_upgrade_from_analysis);
  ADD ("recovery", test_recovery);
  ADD ("recovery-of-running-instance", test_recovery_of_running_instance);
  ADD ("corrections-that-fail", test_corrections_that_fail);
  ADD ("load-into-corpus", test_load_into_corpus);
  ADD ("cli-reads-project", test_cli_reads_project);
#undef ADD

  return g_test_run ();
}
