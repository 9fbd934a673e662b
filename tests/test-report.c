/* test-report.c: the PDF report, read back with poppler.
 *
 * The analysis changes as its engine and detectors improve, so these tests read what the
 * corpus currently holds and check that the report shows it, rather than fixed counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <unistd.h>

#include "readout.h"

/* poppler-glib 22.12 declares no cleanup functions. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static char **
corpus_paths (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "corpus", "pahalgam-2025", NULL);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)))
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (files, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (files, (GCompareFunc)g_strcmp0);
  g_ptr_array_add (files, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&files), FALSE);
}

static ReadoutCorpus *
load_corpus (guint max_files)
{
  g_auto(GStrv) paths = corpus_paths ();
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; paths[i] && i < max_files; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);

      g_assert_nonnull (readout_corpus_load_file (corpus, file, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_true (readout_corpus_analyze (corpus, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&corpus);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("readout-report-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle && (name = g_dir_read_name (handle)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (handle && g_dir_read_name (handle))
    n++;
  return n;
}

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* Text with all white space removed: line breaks, justification and wrapping differ between
 * the source and the PDF, the characters do not. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Soft hyphens and hyphens Pango may insert where it breaks a long word. */
      if (!g_unichar_isspace (c) && c != 0x00AD && c != 0x2010)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static char *
pdf_text (PopplerDocument *document)
{
  GString *all = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);
      PopplerRectangle *rects = NULL;
      guint n_rects = 0, index = 0;
      double width, height;

      /* The text area only: without running headers, page numbers and the statement
       * markers in the margin, so that text broken across pages reads on. Every character
       * of the page's text has a box in the text layout. */
      poppler_page_get_size (page, &width, &height);
      if (!poppler_page_get_text_layout (page, &rects, &n_rects))
        continue; /* no text on the page */
      for (const char *p = text; *p; p = g_utf8_next_char (p), index++)
        {
          double y = index < n_rects ? (rects[index].y1 + rects[index].y2) / 2 : 0;
          double x = index < n_rects ? rects[index].x1 : 0;

          if (y > 50 && y < height - 46 && x > 74)
            g_string_append_len (all, p, g_utf8_next_char (p) - p);
          else if (*p == '\n')
            g_string_append_c (all, '\n');
        }
      g_free (rects);

      g_string_append_c (all, '\n');
    }
  return g_string_free (all, FALSE);
}

static gboolean
pdf_contains (const char *squeezed_pdf,
              const char *text)
{
  g_autofree char *needle = squeeze (text);

  return strstr (squeezed_pdf, needle) != NULL;
}

static void
collect_outline (PopplerIndexIter *iter,
                 GPtrArray        *titles,
                 guint            *n_children)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child;

      g_ptr_array_add (titles, g_strdup (action->any.title));
      poppler_action_free (action);
      child = poppler_index_iter_get_child (iter);
      if (child)
        {
          collect_outline (child, titles, n_children);
          (*n_children)++;
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
}

static gboolean
has_string (GPtrArray  *strings,
            const char *str)
{
  for (guint i = 0; i < strings->len; i++)
    if (g_strcmp0 (strings->pdata[i], str) == 0)
      return TRUE;
  return FALSE;
}

/* No text runs over the margins: every glyph lies inside the page less its outer margin
 * (60 points; the footer stands 34 points from the bottom). */
static void
check_no_overflow (PopplerDocument *document)
{
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      double width, height;

      poppler_page_get_size (page, &width, &height);
      if (!poppler_page_get_text_layout (page, &rects, &n_rects))
        continue;
      for (guint r = 0; r < n_rects; r++)
        {
          if (rects[r].x2 - rects[r].x1 <= 0)
            continue; /* line breaks */
          if (rects[r].x2 > width - 57 || rects[r].x1 < 20 || rects[r].y2 > height - 22 || rects[r].y1 < 20)
            g_error ("text outside the page's margins on page %d at %.0f,%.0f–%.0f,%.0f",
                     i + 1, rects[r].x1, rects[r].y1, rects[r].x2, rects[r].y2);
        }
      g_free (rects);
    }
}

/* Internal links lead somewhere: every named destination a link names exists. */
static guint
check_links (PopplerDocument *document)
{
  guint n_internal = 0;

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      GList *mappings = poppler_page_get_link_mapping (page);

      for (GList *l = mappings; l; l = l->next)
        {
          PopplerLinkMapping *mapping = l->data;

          if (mapping->action->type == POPPLER_ACTION_GOTO_DEST)
            {
              PopplerDest *dest = mapping->action->goto_dest.dest;

              n_internal++;
              if (dest->type == POPPLER_DEST_NAMED)
                {
                  PopplerDest *found = poppler_document_find_dest (document, dest->named_dest);

                  g_assert_nonnull (found);
                  g_assert_cmpint (found->page_num, >=, 1);
                  g_assert_cmpint (found->page_num, <=, poppler_document_get_n_pages (document));
                  poppler_dest_free (found);
                }
            }
        }
      poppler_page_free_link_mapping (mappings);
    }
  return n_internal;
}

static void
test_report_corpus (void)
{
  g_autoptr(ReadoutCorpus) corpus = load_corpus (G_MAXUINT);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  GListModel *documents = readout_corpus_get_documents (corpus);
  GListModel *contradictions = readout_corpus_get_contradictions (corpus);
  PopplerIndexIter *iter;
  ReadoutReportOptions options;
  guint n_children = 0;
  gint64 start;
  double width, height;

  readout_report_options_init (&options);
  options.title = "Pahalgam: who said what";
  options.author = "Test Author";
  start = g_get_monotonic_time ();
  g_assert_true (readout_report_write_pdf (corpus, &options, path, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("report of the corpus written in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  /* Only the report: the temporary file is gone. */
  g_assert_cmpuint (count_entries (dir), ==, 1);

  pdf = open_pdf (path);
  /* Cover, findings, graph, actors, and at least a page per article. */
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >, 4 + (int)g_list_model_get_n_items (documents));
  {
    g_autoptr(PopplerPage) first = poppler_document_get_page (pdf, 0);

    poppler_page_get_size (first, &width, &height);
    g_assert_cmpfloat (fabs (width - 595.3), <, 1);
    g_assert_cmpfloat (fabs (height - 841.9), <, 1);
  }

  /* Metadata. */
  {
    g_autofree char *title = poppler_document_get_title (pdf);
    g_autofree char *author = poppler_document_get_author (pdf);
    g_autofree char *creator = poppler_document_get_creator (pdf);

    g_assert_cmpstr (title, ==, options.title);
    g_assert_cmpstr (author, ==, "Test Author");
    g_assert_true (g_str_has_prefix (creator, "Readout "));
    g_assert_cmpint (poppler_document_get_creation_date (pdf), >, 0);
  }

  /* The outline: sections, with an entry per article. */
  iter = poppler_index_iter_new (pdf);
  g_assert_nonnull (iter);
  collect_outline (iter, titles, &n_children);
  poppler_index_iter_free (iter);
  g_assert_true (has_string (titles, "Key findings"));
  g_assert_true (has_string (titles, "Actor relationships"));
  g_assert_true (has_string (titles, "Actors"));
  g_assert_true (has_string (titles, "Articles"));
  g_assert_cmpuint (n_children, >=, 1);

  text = pdf_text (pdf);
  squeezed = squeeze (text);
  g_assert_true (pdf_contains (squeezed, options.title));

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(ReadoutDocument) document = g_list_model_get_item (documents, i);
      const char *title = readout_document_get_title (document);

      if (title == NULL)
        continue;
      if (!pdf_contains (squeezed, title))
        g_error ("article title “%s” missing from the report", title);
      g_assert_true (has_string (titles, title));
    }

  /* Every contradiction (none is dismissed here) with its summary and evidence quotes. */
  if (g_list_model_get_n_items (contradictions) == 0)
    g_assert_true (pdf_contains (squeezed, "No contradictions found"));
  for (guint i = 0; i < g_list_model_get_n_items (contradictions); i++)
    {
      g_autoptr(ReadoutContradiction) contradiction = g_list_model_get_item (contradictions, i);
      GListModel *evidence = readout_contradiction_get_evidence (contradiction);

      if (!pdf_contains (squeezed, readout_contradiction_get_summary (contradiction)))
        g_error ("summary “%s” missing", readout_contradiction_get_summary (contradiction));
      for (guint j = 0; j < g_list_model_get_n_items (evidence); j++)
        {
          g_autoptr(ReadoutEvidence) item = g_list_model_get_item (evidence, j);

          if (!pdf_contains (squeezed, readout_evidence_get_text (item)))
            g_error ("evidence “%s” missing", readout_evidence_get_text (item));
        }
    }

  check_no_overflow (pdf);

  /* Links from the contents, the findings and the notes lead to existing destinations. */
  g_assert_cmpuint (check_links (pdf), >, g_list_model_get_n_items (documents));

  remove_dir (dir);
}

static void
test_report_letter_single_article (void)
{
  g_autoptr(ReadoutCorpus) corpus = load_corpus (1);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "single.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autoptr(ReadoutDocument) document = g_list_model_get_item (readout_corpus_get_documents (corpus), 0);
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *title = NULL;
  ReadoutReportOptions options;
  double width, height;

  readout_report_options_init (&options);
  options.paper = READOUT_PAPER_LETTER;
  g_assert_true (readout_report_write_pdf (corpus, &options, path, NULL, &error));
  g_assert_no_error (error);

  pdf = open_pdf (path);
  page = poppler_document_get_page (pdf, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
  title = poppler_document_get_title (pdf);
  g_assert_cmpstr (title, ==, "Readout report");

  text = pdf_text (pdf);
  squeezed = squeeze (text);
  g_assert_true (pdf_contains (squeezed, readout_document_get_title (document)));
  if (g_list_model_get_n_items (readout_corpus_get_contradictions (corpus)) == 0)
    g_assert_true (pdf_contains (squeezed, "No contradictions found"));
  /* Page numbers in the footers. */
  {
    g_autoptr(PopplerPage) second = poppler_document_get_page (pdf, 1);
    g_autofree char *second_text = poppler_page_get_text (second);
    g_autofree char *expected = g_strdup_printf ("Page 2 of %d", poppler_document_get_n_pages (pdf));

    g_assert_nonnull (strstr (second_text, expected));
  }
  remove_dir (dir);
}

static void
test_report_empty (void)
{
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "empty.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;

  g_assert_true (readout_report_write_pdf (corpus, NULL, path, NULL, &error));
  g_assert_no_error (error);
  pdf = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 1);
  text = pdf_text (pdf);
  squeezed = squeeze (text);
  g_assert_true (pdf_contains (squeezed, "No contradictions found"));
  g_assert_true (pdf_contains (squeezed, "No articles"));
  g_assert_true (pdf_contains (squeezed, "0 documents"));
  remove_dir (dir);
}

static void
test_report_unwritable (void)
{
  g_autoptr(ReadoutCorpus) corpus = readout_corpus_new ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "r.pdf", NULL);
  g_autofree char *target_dir = g_build_filename (dir, "taken.pdf", NULL);
  g_autoptr(GError) error = NULL;

  /* A folder that does not exist. */
  g_assert_false (readout_report_write_pdf (corpus, NULL, missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A target the temporary file cannot replace: a folder of that name. The temporary
   * file is removed again. */
  g_assert_cmpint (g_mkdir (target_dir, 0755), ==, 0);
  g_assert_false (readout_report_write_pdf (corpus, NULL, target_dir, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  /* A read-only folder (root may write anywhere, so only as a user). */
  if (geteuid () != 0)
    {
      g_autofree char *readonly = g_build_filename (dir, "readonly", NULL);
      g_autofree char *inside = g_build_filename (readonly, "r.pdf", NULL);

      g_assert_cmpint (g_mkdir (readonly, 0555), ==, 0);
      g_assert_false (readout_report_write_pdf (corpus, NULL, inside, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_clear_error (&error);
      g_assert_cmpuint (count_entries (readonly), ==, 0);
      g_chmod (readonly, 0755);
    }
  remove_dir (dir);
}

static void
test_report_cancelled (void)
{
  g_autoptr(ReadoutCorpus) corpus = load_corpus (1);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "cancelled.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (readout_report_write_pdf (corpus, NULL, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_entries (dir), ==, 0);
  remove_dir (dir);
}

static void
test_report_dismissed (void)
{
  g_autoptr(ReadoutCorpus) corpus = load_corpus (2);
  g_autoptr(ReadoutDocument) document = g_list_model_get_item (readout_corpus_get_documents (corpus), 0);
  g_autoptr(ReadoutContradiction) contradiction = NULL;
  g_autoptr(ReadoutEvidence) evidence = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "dismissed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  const char *summary = "Zyxwv reviewers dismissed this conflict";
  ReadoutReportOptions options;
  gsize length = readout_document_get_length (document);
  gsize end = 0;

  /* Evidence: the document's first words. */
  while (end < length && end < 40)
    end = g_utf8_next_char (readout_document_get_text (document) + end) - readout_document_get_text (document);
  contradiction = readout_contradiction_new (READOUT_CONTRADICTION_STANCE, summary, 0.4);
  evidence = readout_evidence_new (document, 0, end);
  readout_contradiction_add_evidence (contradiction, evidence);
  readout_contradiction_set_review (contradiction, READOUT_REVIEW_DISMISSED);
  readout_contradiction_set_note (contradiction, "Checked against the wire copy.");
  g_list_store_append (G_LIST_STORE (readout_corpus_get_contradictions (corpus)), contradiction);

  readout_report_options_init (&options);
  for (guint include = 0; include < 2; include++)
    {
      g_autoptr(PopplerDocument) pdf = NULL;
      g_autofree char *text = NULL;
      g_autofree char *squeezed = NULL;

      options.include_dismissed = include;
      g_assert_true (readout_report_write_pdf (corpus, &options, path, NULL, &error));
      g_assert_no_error (error);
      pdf = open_pdf (path);
      text = pdf_text (pdf);
      squeezed = squeeze (text);
      g_assert_cmpint (pdf_contains (squeezed, summary), ==, include);
      if (include)
        {
          g_assert_true (pdf_contains (squeezed, "Dismissed"));
          g_assert_true (pdf_contains (squeezed, "Checked against the wire copy."));
        }
    }
  remove_dir (dir);
}

static int
run_cli (char **args,
         char **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *)READOUT_CLI);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_report_cli (void)
{
  g_auto(GStrv) paths = corpus_paths ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "cli.pdf", NULL);
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *title = NULL;
  char *good[] = { (char *)"report", (char *)"-o", path, (char *)"--paper", (char *)"letter",
                   (char *)"--title", (char *)"CLI title", paths[0], NULL };
  char *bad_paper[] = { (char *)"report", (char *)"-o", path, (char *)"--paper", (char *)"a5", paths[0], NULL };
  char *no_output[] = { (char *)"report", paths[0], NULL };
  g_autofree char *unread = g_build_filename (dir, "unread.pdf", NULL);
  char *nothing_read[] = { (char *)"report", (char *)"-o", unread, (char *)"/nonexistent/article.txt", NULL };

  g_assert_cmpint (run_cli (good, &err), ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  pdf = open_pdf (path);
  title = poppler_document_get_title (pdf);
  g_assert_cmpstr (title, ==, "CLI title");

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (bad_paper, &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, "readout-cli: "));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (no_output, &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, "readout-cli: "));
  g_clear_pointer (&err, g_free);
  /* Nothing could be read: an error, and no report. */
  g_assert_cmpint (run_cli (nothing_read, &err), ==, 1);
  g_assert_nonnull (strstr (err, "readout-cli: /nonexistent/article.txt: "));
  g_assert_false (g_file_test (unread, G_FILE_TEST_EXISTS));
  remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/corpus", test_report_corpus);
  g_test_add_func ("/report/letter-single-article", test_report_letter_single_article);
  g_test_add_func ("/report/empty", test_report_empty);
  g_test_add_func ("/report/unwritable", test_report_unwritable);
  g_test_add_func ("/report/cancelled", test_report_cancelled);
  g_test_add_func ("/report/dismissed", test_report_dismissed);
  g_test_add_func ("/report/cli", test_report_cli);

  return g_test_run ();
}
