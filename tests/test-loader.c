/* test-loader.c: the loaders on bad input. (The corpus tests are in test-corpus-loader.c.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "readout.h"

static ReadoutDocument *
load_data (const char  *data,
           gsize        length,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);

  return readout_loader_load_bytes (bytes, NULL, NULL, error);
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = load_data ("", 0, &error);

  g_assert_null (document);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_null (load_data (" \n\t\n", 4, &error));
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_EMPTY);
}

static void
test_binary (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = load_data (png, sizeof png - 1, &error);

  g_assert_null (document);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_BINARY);
}

static void
test_latin1 (void)
{
  /* "Caf\xe9" and a Windows-1252 right quote. */
  static const char text[] = "Title\nThe caf\xe9 owner said \x93yes\x94 to the plan.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = load_data (text, sizeof text - 1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (g_utf8_validate (readout_document_get_text (document), -1, NULL));
  g_assert_nonnull (strstr (readout_document_get_text (document), "café"));
  g_assert_nonnull (strstr (readout_document_get_text (document), "“yes”"));
}

static void
test_unreadable (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/readout/article.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = readout_loader_load_file (file, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_directory (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = readout_loader_load_file (file, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
}

static void
test_broken_html (void)
{
  static const char html[] = "<html><head><title>T</title></head><body><p>Unclosed <b>bold "
                             "<p>Second paragraph with “a quote,” he said.</div></span>";
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = load_data (html, sizeof html - 1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (g_utf8_validate (readout_document_get_text (document), -1, NULL));
  g_assert_nonnull (strstr (readout_document_get_text (document), "Second paragraph"));
}

static void
test_html_without_body (void)
{
  static const char html[] = "<html><head><title>Only a title</title><script>x()</script></head></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = load_data (html, sizeof html - 1, &error);

  g_assert_null (document);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_NO_CONTENT);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/loader/bad/empty", test_empty);
  g_test_add_func ("/loader/bad/binary", test_binary);
  g_test_add_func ("/loader/bad/latin1", test_latin1);
  g_test_add_func ("/loader/bad/unreadable", test_unreadable);
  g_test_add_func ("/loader/bad/directory", test_directory);
  g_test_add_func ("/loader/bad/broken-html", test_broken_html);
  g_test_add_func ("/loader/bad/html-without-body", test_html_without_body);

  return g_test_run ();
}
