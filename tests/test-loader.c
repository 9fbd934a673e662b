/* test-loader.c: the loaders on bad input, on made-up news pages (tests/data/html) and the
 * boilerplate and metadata helpers. (The corpus tests are in test-corpus-loader.c.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "readout.h"
#include "readout-boilerplate.h"
#include "readout-metadata.h"
#include "readout-util.h"

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
test_html_saved_from (void)
{
  /* No metadata at all but the address the browser noted when saving the page. */
  static const char html[] = "<!DOCTYPE html>\n<!-- saved from url=(0046)https://www.theguardian.com/world/2024/a-story -->\n"
                             "<html><head><title>Talks end without a deal</title></head><body>"
                             "<p>The talks ended on Sunday without a deal, the two delegations said in separate statements.</p>"
                             "</body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = load_data (html, sizeof html - 1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "The Guardian");
  g_assert_cmpstr (readout_document_get_title (document), ==, "Talks end without a deal");
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


/* Every paragraph span lies in the text, on UTF-8 boundaries, in order. */
static void
assert_document_sane (ReadoutDocument *document)
{
  const char *text = readout_document_get_text (document);
  gsize length = readout_document_get_length (document);
  const ReadoutSpan *spans;
  gsize previous = 0;
  guint n;

  g_assert_true (g_utf8_validate (text, length, NULL));
  spans = readout_document_get_paragraphs (document, &n);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (spans[i].start, >=, previous);
      g_assert_cmpuint (spans[i].start, <, spans[i].end);
      g_assert_cmpuint (spans[i].end, <=, length);
      g_assert_true (readout_utf8_is_boundary (text, length, spans[i].start));
      g_assert_true (readout_utf8_is_boundary (text, length, spans[i].end));
      previous = spans[i].end;
    }
}

static void
test_crlf (void)
{
  static const char text[] =
    "Council Approves Budget After Long Debate\r\n\r\n"
    "By Ana Lima\r\n"
    "Lisbon, June 3: The city council approved the budget on Tuesday, the mayor said.\r\n\r\n"
    "\xe2\x80\x9cIt was a long night,\xe2\x80\x9d she told reporters after the vote, which ended at 2 am.\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = load_data (text, sizeof text - 1, &error);

  g_assert_no_error (error);
  assert_document_sane (document);
  g_assert_null (strchr (readout_document_get_text (document), '\r'));
  g_assert_cmpstr (readout_document_get_title (document), ==, "Council Approves Budget After Long Debate");
  g_assert_cmpstr (readout_document_get_byline (document), ==, "Ana Lima");
  g_assert_true (g_str_has_prefix (readout_document_get_text (document), "Lisbon, June 3: The city council"));
  g_assert_cmpstr (readout_document_get_published (document), ==, "--06-03");
}

static void
test_hard_wrapped (void)
{
  static const char text[] =
    "Minister Rejects Report On Talks\n"
    "\n"
    "By Ana Lima\n"
    "\n"
    "Lisbon, June 3: The foreign minister on Tuesday rejected a newspaper\n"
    "report that talks with the neighbouring country had collapsed, saying\n"
    "that negotiators would meet again next week in Geneva.\n"
    "\n"
    "\xe2\x80\x9cThe talks have not collapsed, and anyone who says so has not\n"
    "read the statement we issued on Monday evening,\xe2\x80\x9d the minister told\n"
    "reporters outside parliament.\n"
    "\n"
    "The newspaper said it stood by its reporting, which it said was based\n"
    "on three officials with direct knowledge of the negotiations.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = load_data (text, sizeof text - 1, &error);
  guint n;

  g_assert_no_error (error);
  assert_document_sane (document);
  g_assert_cmpstr (readout_document_get_title (document), ==, "Minister Rejects Report On Talks");
  g_assert_cmpstr (readout_document_get_byline (document), ==, "Ana Lima");
  readout_document_get_paragraphs (document, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_nonnull (strstr (readout_document_get_text (document),
                            "rejected a newspaper report that talks with the neighbouring country had collapsed, saying that negotiators"));
  g_assert_nonnull (strstr (readout_document_get_text (document),
                            "has not read the statement we issued on Monday evening,” the minister told reporters outside parliament."));
}

static void
test_title_with_site (void)
{
  static const char text[] = "Minister Resigns Over Leaked Letter | The Hindu\n"
                             "The minister resigned on Monday after a letter he wrote was leaked, his office said.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = load_data (text, sizeof text - 1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (readout_document_get_title (document), ==, "Minister Resigns Over Leaked Letter");
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "The Hindu");
}

static void
test_utf16 (void)
{
  g_autofree char *utf16 = NULL;
  g_autoptr(GString) data = g_string_new ("\xff\xfe");
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = NULL;
  gsize written;

  utf16 = g_convert ("Envoy Says Talks Went Well\nThe envoy said the talks in Zürich went well, officials said.\n",
                     -1, "UTF-16LE", "UTF-8", NULL, &written, &error);
  g_assert_no_error (error);
  g_string_append_len (data, utf16, written);
  document = load_data (data->str, data->len, &error);
  g_assert_no_error (error);
  assert_document_sane (document);
  g_assert_cmpstr (readout_document_get_title (document), ==, "Envoy Says Talks Went Well");
  g_assert_nonnull (strstr (readout_document_get_text (document), "Zürich"));

  /* A UTF-16 page is still HTML. */
  g_clear_pointer (&utf16, g_free);
  g_clear_object (&document);
  g_string_assign (data, "\xff\xfe");
  utf16 = g_convert ("<html><head><title>Envoy Says Talks Went Well</title></head><body>"
                     "<p>The envoy said the talks in Zürich went well, officials said on Monday.</p></body></html>",
                     -1, "UTF-16LE", "UTF-8", NULL, &written, &error);
  g_assert_no_error (error);
  g_string_append_len (data, utf16, written);
  document = load_data (data->str, data->len, &error);
  g_assert_no_error (error);
  assert_document_sane (document);
  g_assert_cmpstr (readout_document_get_title (document), ==, "Envoy Says Talks Went Well");
  g_assert_cmpstr (readout_document_get_text (document), ==,
                   "The envoy said the talks in Zürich went well, officials said on Monday.");
}

static void
test_invalid_utf8 (void)
{
  /* UTF-8 with one stray Windows-1252 byte: the UTF-8 stays UTF-8, the stray byte is read
   * as Windows-1252, and the text comes out valid. */
  static const char text[] = "Headline For The Test Case\n"
                             "The minister said the na\xc3\xafve plan cost \xa3" "5m, aides said on Monday.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = load_data (text, sizeof text - 1, &error);

  g_assert_no_error (error);
  assert_document_sane (document);
  g_assert_nonnull (strstr (readout_document_get_text (document), "£5m"));
  g_assert_nonnull (strstr (readout_document_get_text (document), "naïve"));
}

static void
test_only_furniture (void)
{
  static const char text[] = "Advertisement\nShare on Facebook\n  • whatsapp\nSubscribe now\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = load_data (text, sizeof text - 1, &error);

  g_assert_null (document);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_NO_CONTENT);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("readout-loader-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
test_huge (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = NULL;
  int fd = g_open (path, O_WRONLY | O_CREAT, 0644);

  /* A sparse file: the size is refused before anything is read. */
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (goffset)READOUT_MAX_FILE_SIZE + 1), ==, 0);
  close (fd);

  document = readout_loader_load_file (file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_permission_denied (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root can read a file without permissions");
      return;
    }
  dir = make_temp_dir ();
  path = g_build_filename (dir, "secret.txt", NULL);
  g_assert_true (g_file_set_contents (path, "Title line here\nSome text of the article, she said.\n", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  file = g_file_new_for_path (path);

  document = readout_loader_load_file (file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (error->message);
  g_chmod (path, 0600);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_large_text_is_fast (void)
{
  g_autoptr(GString) text = g_string_new ("A Headline For A Very Long Article\n\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = NULL;
  clock_t start;
  double seconds;
  guint i = 0;

  /* 20 MB of paragraphs, a few of them repeated, with page furniture in between. */
  while (text->len < 20 * 1024 * 1024)
    {
      g_string_append_printf (text,
                              "Paragraph %u: the minister said on Tuesday that the talks, which began in %u, "
                              "would continue, and officials added that “nothing has been agreed”.\n",
                              i % 50000, 1990 + i % 30);
      if (i % 97 == 0)
        g_string_append (text, "Advertisement\n\n");
      i++;
    }
  /* Processor time, not wall time: other tests may run alongside. */
  start = clock ();
  document = load_data (text->str, text->len, &error);
  seconds = (double)(clock () - start) / CLOCKS_PER_SEC;
  g_test_message ("20 MB of text loaded in %.3f s of processor time", seconds);
  g_assert_no_error (error);
  assert_document_sane (document);
  g_assert_null (strstr (readout_document_get_text (document), "Advertisement"));
  g_assert_cmpfloat (seconds, <, 1.5);
}

static void
test_large_html_is_fast (void)
{
  g_autoptr(GString) html = g_string_new ("<html><head><title>Long page | Site</title></head><body>"
                                          "<nav><a href='/'>Home</a></nav><div class='article-body'>");
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) document = NULL;
  clock_t start;
  double seconds;

  for (guint i = 0; html->len < 8 * 1024 * 1024; i++)
    {
      g_string_append_printf (html, "<p>Paragraph %u of the report, in which the minister said, once again, "
                              "that the plan was <a href='/x'>on track</a> and would be finished soon.</p>", i);
      if (i % 100 == 0)
        g_string_append (html, "<div class='ad-slot'><span>Advertisement</span></div>"
                               "<div><div><div><ul class='related'><li><a href='/r'>Related story</a></li></ul></div></div></div>");
    }
  g_string_append (html, "</div><footer>Footer</footer></body></html>");
  start = clock ();
  document = load_data (html->str, html->len, &error);
  seconds = (double)(clock () - start) / CLOCKS_PER_SEC;
  g_test_message ("8 MB of HTML loaded in %.3f s of processor time", seconds);
  g_assert_no_error (error);
  assert_document_sane (document);
  g_assert_null (strstr (readout_document_get_text (document), "Related story"));
  g_assert_cmpfloat (seconds, <, 4.0);
}

/* ---- Made-up news pages ---- */

static ReadoutDocument *
load_page (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "html", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ReadoutDocument *document = readout_loader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  assert_document_sane (document);
  return document;
}

static ReadoutDocument *
load_text_page (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "text", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ReadoutDocument *document = readout_loader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  assert_document_sane (document);
  return document;
}

static void
assert_has (ReadoutDocument    *document,
            const char * const *present,
            const char * const *absent)
{
  const char *text = readout_document_get_text (document);

  for (guint i = 0; present[i]; i++)
    if (strstr (text, present[i]) == NULL)
      g_error ("missing from the body: “%s”\n---\n%s", present[i], text);
  for (guint i = 0; absent[i]; i++)
    if (strstr (text, absent[i]) != NULL)
      g_error ("left in the body: “%s”\n---\n%s", absent[i], text);
}

static void
test_page_wire_style (void)
{
  g_autoptr(ReadoutDocument) document = load_page ("wire-style.html");
  const char *present[] = {
    "Riverton, March 14: The foreign minister of Northland, Maria Lindqvist, said on Wednesday that her counterpart had “agreed in principle”",
    "“We had a frank and constructive conversation, and both of us agreed that the water commission must meet again before the monsoon,” Lindqvist told reporters in the capital.",
    "Southland’s foreign ministry, however, issued a statement",
    "Commission last met in 2021",
    "“Neither government can be seen to give ground before the vote,” said Priya Menon",
    "Lindqvist is expected to raise the matter again at a regional summit next month, her office said.",
    NULL
  };
  const char *absent[] = {
    "Advertisement", "WhatsApp", "Facebook", "Copy link", "Also read", "The water dispute, explained",
    "Sign up", "newsletter", "Support independent journalism", "You may also like",
    "Northland election", "comments", "nobody ever agrees", "Trending", "Markets fall", "Photo:",
    "We use cookies", "Privacy", "dataLayer", "Politics", "Diplomacy", "Ministers Trade Claims",
    "Asha Rao", NULL
  };

  g_assert_cmpstr (readout_document_get_title (document), ==, "Ministers Trade Claims Over Dam Talks");
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "The Example Wire");
  g_assert_cmpstr (readout_document_get_byline (document), ==, "Asha Rao and Tomás Ferreira");
  g_assert_cmpstr (readout_document_get_published (document), ==, "2024-03-14");
  assert_has (document, present, absent);
  g_assert_true (g_str_has_prefix (readout_document_get_text (document), "Riverton, March 14:"));
  g_assert_true (g_str_has_suffix (readout_document_get_text (document), "her office said."));
}

static void
test_page_windows_1252 (void)
{
  g_autoptr(ReadoutDocument) document = load_page ("agency-windows1252.html");
  const char *present[] = {
    "GENEVA (Reuters) - The European trade envoy said on Thursday that two days of talks held in a Geneva café had “gone well”",
    "“We have narrowed the gaps on nearly every chapter,” the envoy, Henrik Sørensen, told a news conference.",
    "described the envoy's account as \"optimistic at best\".",
    "The talks are the first since negotiations were suspended in March",
    NULL
  };
  const char *absent[] = { "Markets", "Weather", "Home", "Reporting by", "Trust Principles", "Terms of use",
                           "By Lena Hoffmann", "November 2, 2023", NULL };

  g_assert_cmpstr (readout_document_get_title (document), ==, "Trade envoy says café talks \"went well\"");
  /* No site name in the page: the outlet comes from the canonical address. */
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "Reuters");
  g_assert_cmpstr (readout_document_get_byline (document), ==, "Lena Hoffmann");
  g_assert_cmpstr (readout_document_get_published (document), ==, "2023-11-02");
  assert_has (document, present, absent);
}

static void
test_page_broken (void)
{
  g_autoptr(ReadoutDocument) document = load_page ("broken-tabloid.html");
  const char *present[] = {
    "The mayor of Eastbury, Tom Hale, on Friday denied that he had ever promised the town a new football stadium",
    "“I never made that promise, and I would not make a promise the council cannot keep,” Hale said",
    "the mayor “gave his word” at a meeting in January that land would be found for the stadium & a training ground.",
    "Council minutes from the January meeting, seen by this newspaper, record only that the mayor “welcomed the ambition” of the club.",
    "\nSupporters groups said they would protest outside the town hall on Saturday.\n",
    "Bose did not respond to a request for comment on Friday evening.",
    NULL
  };
  const char *absent[] = { "cookies", "Got it", "Showbiz", "Tweet", "Share", "(Photo:", "You may also like",
                           "kettle", "Typical politician", "Copyright", "document.write", "By Jane Roe", NULL };

  g_assert_cmpstr (readout_document_get_title (document), ==, "Mayor denies he promised new stadium");
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "The Daily Example");
  g_assert_cmpstr (readout_document_get_byline (document), ==, "Jane Roe");
  g_assert_cmpstr (readout_document_get_published (document), ==, "2025-05-02");
  assert_has (document, present, absent);
}

static void
test_page_json_ld_graph (void)
{
  g_autoptr(ReadoutDocument) document = load_page ("blog-graph.html");
  const char *present[] = {
    "The national health agency said on Thursday that it had enough vaccine doses",
    "\nWhat the minister said\n",
    "the minister, Claire Dunmore, said the government was “working night and day” to secure extra doses",
    "\nWhat the agency said\n",
    "“no clinic will need to cancel a single appointment”",
    "\n14 million doses are in storage, according to the agency.\n",
    "Neither the ministry nor the agency explained the difference",
    NULL
  };
  const char *absent[] = { "Skip to content", "Posted on", "Tags", "vaccines", "retired GP", "Related",
                           "autumn boosters", "Recent posts", "budget means", "WordPress", NULL };

  g_assert_cmpstr (readout_document_get_title (document), ==, "Health agency and minister disagree on vaccine supply");
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "Medical Example");
  /* The author is an @id reference into the JSON-LD graph. */
  g_assert_cmpstr (readout_document_get_byline (document), ==, "Dr Sam Whitfield");
  g_assert_cmpstr (readout_document_get_published (document), ==, "2022-09-30");
  assert_has (document, present, absent);
}

static void
test_page_split_story (void)
{
  g_autoptr(ReadoutDocument) document = load_page ("split-story.html");
  const char *present[] = {
    "MUMBAI: The nine-day strike at the country’s largest container port ended on Thursday, but the dockworkers’ union and the shipping ministry gave conflicting accounts",
    "Union leader Suresh Patil told a rally outside the port gates that the government had “accepted a 12% wage increase in writing”",
    "Hours later, a ministry spokesperson, Neha Sharma, said that “no figure has been agreed”",
    /* An embedded post is what someone said: it stays. */
    "The strike is over. Our members have won a 12% raise, and we thank every worker who stood firm.",
    "Shipping lines said more than 40 vessels were waiting at anchor",
    "Neither side released the text of the agreement.",
    NULL
  };
  const char *absent[] = {
    "Breaking", "Markets close higher", "Home", "ALSO READ", "Port congestion costs", "Advertisement",
    "Read more", "Who are the dockworkers", "Timeline", "covers labour", "WhatsApp", "Telegram",
    "More from India", "Heatwave", "Election commission", "river-sharing", "Loading comments",
    "About us", "National Ledger", "Updated:", "Embedded post", NULL
  };

  g_assert_cmpstr (readout_document_get_title (document), ==, "Port strike ends after union, ministry claim different deals");
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "National Ledger");
  g_assert_cmpstr (readout_document_get_byline (document), ==, "Kavita Iyer");
  g_assert_cmpstr (readout_document_get_published (document), ==, "2025-05-01");
  assert_has (document, present, absent);
}

/* ---- Made-up plain-text pages, as browsers save them ---- */

static void
test_text_portal_style (void)
{
  g_autoptr(ReadoutDocument) document = load_text_page ("portal-style.txt");
  const char *present[] = {
    "New Delhi: Defence Minister Anil Rao on Saturday warned that the country would \"respond firmly\"",
    "\"Our forces have full freedom to respond to any provocation.",
    "The army said in a statement that there were no casualties",
    "accused the army of \"unprovoked aggression\".",
    NULL
  };
  const char *absent[] = { "India News", "Home |", "Reported by", "Updated:", "Read Time", "Share on",
                           "Advertisement", "Also Read", "Border Villages Evacuated", "Track Latest News",
                           "Follow us", "Comments", "We Will Respond Firmly", NULL };

  g_assert_cmpstr (readout_document_get_title (document), ==,
                   "'We Will Respond Firmly': Minister Warns After Border Firing");
  /* The site names itself only as "NDTV.com" in a promo line. */
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "NDTV");
  g_assert_cmpstr (readout_document_get_byline (document), ==, "Priya Sharma");
  g_assert_cmpstr (readout_document_get_published (document), ==, "2025-05-03");
  assert_has (document, present, absent);
  g_assert_true (g_str_has_prefix (readout_document_get_text (document), "New Delhi: Defence Minister"));
}

static void
test_text_agency_style (void)
{
  g_autoptr(ReadoutDocument) document = load_text_page ("agency-style.txt");
  const char *present[] = {
    "KYIV, May 2 (Reuters) - Ukraine accused Russia on Friday of blocking a deal to resume grain shipments",
    "\"Russia has once again shown that it is not interested in food security,\" Ukraine's foreign ministry said",
    "A government spokesman, Ivan Petrenko, told reporters",
    NULL
  };
  const char *absent[] = { "Skip to main content", "Exclusive news, data", "World\n", "By John Smith",
                           "GMT", "Reporting by", "Editing by", "Our Standards", "Suggested Topics",
                           "Europe\n", NULL };

  /* A site tagline comes before the headline: the headline shares the article's words. */
  g_assert_cmpstr (readout_document_get_title (document), ==, "Ukraine and Russia trade blame over stalled grain talks");
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "Reuters");
  g_assert_cmpstr (readout_document_get_byline (document), ==, "John Smith and Jane Doe");
  g_assert_cmpstr (readout_document_get_published (document), ==, "2025-05-02");
  assert_has (document, present, absent);
  g_assert_true (g_str_has_suffix (readout_document_get_text (document), "remained open to talks."));
}

/* ---- Helpers ---- */

static void
test_boilerplate_lines (void)
{
  ReadoutBoilerplate *boilerplate = readout_boilerplate_get_default ();
  static const struct { const char *line; ReadoutLineVerdict verdict; } cases[] = {
    { "Advertisement", READOUT_LINE_DROP },
    { "ADVERTISEMENT", READOUT_LINE_DROP },
    { "Support independent journalism. Donate Now", READOUT_LINE_DROP },
    { "  • whatsapp", READOUT_LINE_DROP },
    { "Share on Facebook Share on Twitter", READOUT_LINE_DROP },
    { "Follow us on Instagram", READOUT_LINE_DROP },
    { "You may also like", READOUT_LINE_TAIL },
    { "Related Articles:", READOUT_LINE_TAIL },
    { "Read more: Why the talks failed", READOUT_LINE_DROP },
    { "The Hindu is now on WhatsApp. Click here to join.", READOUT_LINE_DROP },
    { "We use cookies to give you the best experience.", READOUT_LINE_DROP },
    { "The leaders met in Geneva (Photo: AFP/Getty Images)", READOUT_LINE_DROP },
    /* Prose that happens to contain the same words stays. */
    { "He said the agency would follow us to the border and share the findings with Facebook.", READOUT_LINE_KEEP },
    { "Read more carefully, the statement says that the ministry has not agreed to anything at all, "
      "and that the talks will resume only after the elections next year, officials said.", READOUT_LINE_KEEP },
    { "Advertisement revenue at the broadcaster fell by a third last year, its annual report showed.", READOUT_LINE_KEEP },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ReadoutLineVerdict verdict = readout_boilerplate_match (boilerplate, cases[i].line, strlen (cases[i].line));

      if (verdict != cases[i].verdict)
        g_error ("“%s”: verdict %d, expected %d", cases[i].line, verdict, cases[i].verdict);
    }
  {
    g_autofree char *key = readout_boilerplate_normalize ("  Don’t  STOP, now!! ", -1);
    g_assert_cmpstr (key, ==, "don t stop now");
  }
  g_assert_true (readout_boilerplate_is_url ("https://m.thewire.in", strlen ("https://m.thewire.in")));
  g_assert_true (readout_boilerplate_is_url ("www.example.com/a/b", strlen ("www.example.com/a/b")));
  g_assert_false (readout_boilerplate_is_url ("He said so.", strlen ("He said so.")));
}

static void
test_metadata_dates (void)
{
  static const struct { const char *value; const char *iso; } values[] = {
    { "2025-05-01T10:11:00+05:30", "2025-05-01" },
    { "20250501", "2025-05-01" },
    { "May 1, 2025", "2025-05-01" },
    { "Thu, 01 May 2025 10:11:00 GMT", "2025-05-01" },
    { "1st May 2025", "2025-05-01" },
    { "Sept. 9, 2024", "2024-09-09" },
    { "not a date", NULL },
    { "2025-13-45", NULL },
  };
  static const struct { const char *line; gboolean date_line; } lines[] = {
    { "May 01 2025", TRUE },
    { "Updated: May 1, 2025 10:11 IST", TRUE },
    { "Thursday, 1 May 2025", TRUE },
    { "Published on May 2, 2025, 09:00 am", TRUE },
    { "The talks may 1 day resume.", FALSE },
    { "On May 1 the minister spoke to reporters.", FALSE },
  };
  ReadoutPartialDate date;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *iso = readout_metadata_normalize_date (values[i].value);
      g_assert_cmpstr (iso, ==, values[i].iso);
    }
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    g_assert_true (readout_metadata_is_date_line (lines[i].line, strlen (lines[i].line)) == lines[i].date_line);

  g_assert_true (readout_metadata_find_date ("It happened on 22 April.", 24, &date));
  g_assert_cmpint (date.year, ==, 0);
  g_assert_cmpint (date.month, ==, 4);
  g_assert_cmpint (date.day, ==, 22);
  /* "may" the verb is not a month. */
  g_assert_false (readout_metadata_find_date ("They may 2 times", 16, &date));
  g_assert_cmpint (readout_metadata_find_year ("In 2016 and on April 22, 2025, and March 3, 2019.", 49), ==, 2025);
}

static void
test_metadata_datelines (void)
{
  static const struct { const char *paragraph; const char *place; int month, day; const char *agency; } cases[] = {
    { "New Delhi, May 1: As tensions flare, officials said.", "New Delhi", 5, 1, NULL },
    { "NEW DELHI: The US stepped in to prevent a conflict.", "NEW DELHI", 0, 0, NULL },
    { "WASHINGTON (Reuters) - The envoy said the talks went well.", "WASHINGTON", 0, 0, "Reuters" },
    { "Srinagar, May 2 (PTI): Security was tightened across the valley.", "Srinagar", 5, 2, "PTI" },
    { "LONDON, 3 June — The minister resigned on Monday.", "LONDON", 6, 3, NULL },
  };
  static const char *not_datelines[] = {
    "Pahalgam attack: US urges de-escalation; Rubio to speak",
    "Condemn attack, revive direct talks: Rubio to Pak",
    "UPDATE: The minister has resigned.",
    "The minister said: we will talk.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(ReadoutDateline) dateline = { 0, };

      g_assert_true (readout_metadata_parse_dateline (cases[i].paragraph, strlen (cases[i].paragraph), &dateline));
      g_assert_cmpstr (dateline.place, ==, cases[i].place);
      g_assert_cmpint (dateline.date.month, ==, cases[i].month);
      g_assert_cmpint (dateline.date.day, ==, cases[i].day);
      g_assert_cmpstr (dateline.agency, ==, cases[i].agency);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_datelines); i++)
    {
      g_auto(ReadoutDateline) dateline = { 0, };
      g_assert_false (readout_metadata_parse_dateline (not_datelines[i], strlen (not_datelines[i]), &dateline));
    }
}

static void
test_metadata_bylines_outlets (void)
{
  ReadoutLexicon *lexicon = readout_lexicon_get_default ();
  static const struct { const char *line; const char *byline; } bylines[] = {
    { "By Jane Doe", "Jane Doe" },
    { "BY JOHN SMITH and Ana Lima", "JOHN SMITH and Ana Lima" },
    { "The Wire Staff", "The Wire Staff" },
    { "Written by Amit Kumar | Updated: May 1, 2025", "Amit Kumar" },
    { "Marco Rubio", NULL },
    { "By the time the talks ended, nothing had been agreed.", NULL },
  };
  static const struct { const char *input; const char *outlet; } hosts[] = {
    { "https://m.thewire.in/article/diplomacy/x", "The Wire" },
    { "timesofindia.indiatimes.com", "The Times of India" },
    { "https://www.nytimes.com/2025/05/01/world/asia/x.html", "The New York Times" },
    { "https://example.invalid/story", NULL },
  };
  static const struct { const char *line; const char *outlet; } lines[] = {
    { "The Wire is now on WhatsApp. Follow our channel for sharp analysis.", "The Wire" },
    { "The Wire Staff", "The Wire" },
    { "Express News Service", "The Indian Express" },
    { "Our Correspondent", NULL },
    { "He said the government is now on track.", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bylines); i++)
    {
      g_autofree char *byline = readout_metadata_parse_byline (bylines[i].line, strlen (bylines[i].line));
      g_assert_cmpstr (byline, ==, bylines[i].byline);
    }
  for (guint i = 0; i < G_N_ELEMENTS (hosts); i++)
    {
      g_autofree char *outlet = readout_metadata_outlet_for_host (lexicon, hosts[i].input);
      g_assert_cmpstr (outlet, ==, hosts[i].outlet);
    }
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *outlet = readout_metadata_outlet_from_line (lexicon, lines[i].line, strlen (lines[i].line));
      g_assert_cmpstr (outlet, ==, lines[i].outlet);
    }
  {
    g_autofree char *agency = readout_metadata_outlet_for_agency (lexicon, "AP");
    g_assert_cmpstr (agency, ==, "Associated Press");
  }
  {
    g_autofree char *tidy = readout_metadata_tidy ("  Minister&amp;#8217;s   &quot;plan&quot;\n ");
    g_autofree char *byline = readout_metadata_clean_byline ("By Jane Doe | Updated: May 1, 2025");
    g_autofree char *url = readout_metadata_clean_byline ("https://www.facebook.com/someone");
    g_autofree char *empty = readout_metadata_tidy (" \t ");

    g_assert_cmpstr (tidy, ==, "Minister’s \"plan\"");
    g_assert_cmpstr (byline, ==, "Jane Doe");
    g_assert_null (url);
    g_assert_null (empty);
  }
}

static void
test_text_masthead_opinion (void)
{
  g_autoptr(ReadoutDocument) document = load_text_page ("masthead-opinion.txt");
  const char *present[] = { "The council of Linden voted on Tuesday", "Owen Pryce told the chamber", NULL };
  const char *absent[] = { "NORTHFIELD GAZETTE", "Comment & Debate", "By Greta Almqvist",
                           "Friday, 7 August 2026", "The views expressed", NULL };

  /* The standfirst under the headline shares more words with the article; the headline is
   * still the title. The author's note names the outlet the capitals of the masthead hide. */
  g_assert_cmpstr (readout_document_get_title (document), ==, "A bridge too costly");
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "The Northfield Gazette");
  g_assert_cmpstr (readout_document_get_byline (document), ==, "Greta Almqvist");
  g_assert_cmpstr (readout_document_get_published (document), ==, "2026-08-07");
  assert_has (document, present, absent);
}

/* A short headline in title case on the first line is not a masthead, even over a long dek. */
static void
test_text_titlecase_dek (void)
{
  g_autoptr(ReadoutDocument) document = load_text_page ("titlecase-dek.txt");

  g_assert_cmpstr (readout_document_get_title (document), ==, "Ferry Fire Halts Night Crossings");
  g_assert_null (readout_document_get_outlet (document));
  g_assert_cmpstr (readout_document_get_byline (document), ==, "Jonas Ek");
  g_assert_cmpstr (readout_document_get_published (document), ==, "2026-08-03");
}

static void
test_text_info_line (void)
{
  g_autoptr(ReadoutDocument) document = load_text_page ("info-line.txt");
  const char *present[] = { "The Bellhaven ferry company suspended all night crossings",
                            "inspect the rest of the fleet", NULL };
  const char *absent[] = { "Oakport |", "Updated 09:15", "Marta Lindqvist", "News for the valley",
                           "All rights reserved", "Follow Riverton", "Related:", "in your inbox", NULL };

  g_assert_cmpstr (readout_document_get_title (document), ==, "Ferry operator suspends night crossings after engine fire");
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "Riverton Daily Post");
  g_assert_cmpstr (readout_document_get_byline (document), ==, "Marta Lindqvist");
  g_assert_cmpstr (readout_document_get_published (document), ==, "2026-08-03");
  assert_has (document, present, absent);
}

static void
test_text_numeric_date (void)
{
  g_autoptr(ReadoutDocument) document = load_text_page ("numeric-date.txt");
  const char *present[] = { "Running water returned to the eastern districts", NULL };
  const char *absent[] = { "Published:", "min read", "GLENMOOR TIMES", "staff", NULL };

  g_assert_cmpstr (readout_document_get_title (document), ==, "Water supply restored to eastern districts after pipe burst");
  /* A masthead in capitals that the article never writes otherwise: title case. "Glenmoor
   * Times staff" is the same outlet, the masthead the fuller name. */
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "Glenmoor Times");
  /* Day first. */
  g_assert_cmpstr (readout_document_get_published (document), ==, "2026-09-05");
  assert_has (document, present, absent);
}

static void
test_text_wire_trailer (void)
{
  g_autoptr(ReadoutDocument) document = load_text_page ("wire-trailer.txt");
  const char *absent[] = { "Reporting by", "Editing by", NULL };
  const char *present[] = { "PORTVALE, June 4 (Westline News) – Talks between the two provinces", NULL };

  g_assert_cmpstr (readout_document_get_outlet (document), ==, "Westline News");
  g_assert_cmpstr (readout_document_get_byline (document), ==, "Ana Ruiz");
  /* The dateline has no year; the memorandum's date gives it. */
  g_assert_cmpstr (readout_document_get_published (document), ==, "2026-06-04");
  assert_has (document, present, absent);
}

static void
test_page_masthead_info (void)
{
  g_autoptr(ReadoutDocument) document = load_page ("masthead-info.html");
  const char *present[] = { "The regional hospital in Castlebay opened a burns unit", NULL };
  const char *absent[] = { "3 min read", "Castlebay |", "All rights reserved", NULL };

  g_assert_cmpstr (readout_document_get_title (document), ==, "Hospital opens new burns unit");
  /* No site name in the page's metadata: the footer's copyright notice gives it. */
  g_assert_cmpstr (readout_document_get_outlet (document), ==, "Castlebay Chronicle");
  g_assert_cmpstr (readout_document_get_published (document), ==, "2026-07-14");
  assert_has (document, present, absent);
}

/* Numeric dates: day first, except on a site the outlets table marks as month first. */
static void
test_text_numeric_date_order (void)
{
  static const char text[] =
    "Water board restores supply\n"
    "Published: 03/04/2026\n"
    "Running water returned to the eastern districts late on Friday, the water board said.\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) world = readout_loader_load_bytes (bytes, NULL, NULL, &error);
  g_autoptr(ReadoutDocument) us = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (readout_document_get_published (world), ==, "2026-04-03");
  us = readout_loader_load_bytes (bytes, "https://www.nytimes.com/2026/03/04/x.html", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (readout_document_get_outlet (us), ==, "The New York Times");
  g_assert_cmpstr (readout_document_get_published (us), ==, "2026-03-04");
}

static void
test_metadata_info_lines (void)
{
  ReadoutLexicon *lexicon = readout_lexicon_get_default ();
  static const struct { const char *text; const char *iso; } dates[] = {
    { "Published: 12/03/2026", "2026-03-12" },
    { "12.03.2026", "2026-03-12" },
    { "03/25/2026", "2026-03-25" },
    { "2026-03-12", "2026-03-12" },
    { "Thursday, 12 March 2026", "2026-03-12" },
    { "version 1.12.03.2026b", NULL },
  };
  static const struct { const char *line; gboolean is_info; const char *iso; const char *byline; } infos[] = {
    { "Oakport | Monday, 3 August 2026 | Updated 09:15", TRUE, "2026-08-03", NULL },
    { "By Jane Doe • 4 min read", TRUE, NULL, "Jane Doe" },
    { "12 March 2026 | Updated 21:40", TRUE, "2026-03-12", NULL },
    { "News | World | Business", FALSE, NULL, NULL },
    { "Share: Facebook | X | WhatsApp", FALSE, NULL, NULL },
    { "Prices rose 3% | analysts expect more", FALSE, NULL, NULL },
  };
  static const struct { const char *line; const char *outlet; } lines[] = {
    { "© 2026 Riverton Daily Post. All rights reserved.", "Riverton Daily Post" },
    { "Copyright The Harbour Times 2026", "The Harbour Times" },
    { "© Getty Images 2026", NULL },
    { "© Jane Doe", NULL },
    { "Follow The Valley Echo on Telegram", "The Valley Echo" },
    { "Jane Doe is a senior correspondent for The Valley Echo. She lives in Oakport.", "The Valley Echo" },
    { "Valley Echo staff", "Valley Echo" },
  };
  static const struct { const char *line; const char *outlet; } mastheads[] = {
    { "The Valley Echo", "The Valley Echo" },
    { "THE VALLEY ECHO", "The Valley Echo" },
    { "KBC NEWS", "KBC News" },
    { "Valley Echo – Your town, your paper", "Valley Echo" },
    { "Opinion", NULL },
    { "Ferry operator suspends crossings", NULL },
    { "Updated 12 March 2026", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      ReadoutPartialDate date;
      g_autofree char *iso = NULL;

      if (readout_metadata_find_date (dates[i].text, strlen (dates[i].text), &date))
        iso = readout_metadata_format_date (&date);
      g_assert_cmpstr (iso, ==, dates[i].iso);
    }
  for (guint i = 0; i < G_N_ELEMENTS (infos); i++)
    {
      ReadoutPartialDate date = { 0, };
      g_autofree char *byline = NULL;
      g_autofree char *iso = NULL;
      gboolean is_info = readout_metadata_parse_info_line (infos[i].line, strlen (infos[i].line),
                                                           &date, &byline);

      g_assert_cmpint (is_info, ==, infos[i].is_info);
      if (!is_info)
        continue;
      if (date.month != 0)
        iso = readout_metadata_format_date (&date);
      g_assert_cmpstr (iso, ==, infos[i].iso);
      g_assert_cmpstr (byline, ==, infos[i].byline);
    }
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *outlet = readout_metadata_outlet_from_line (lexicon, lines[i].line, strlen (lines[i].line));
      g_assert_cmpstr (outlet, ==, lines[i].outlet);
    }
  for (guint i = 0; i < G_N_ELEMENTS (mastheads); i++)
    {
      g_autofree char *outlet = readout_metadata_outlet_from_masthead (lexicon, mastheads[i].line,
                                                                       strlen (mastheads[i].line),
                                                                       NULL, 0);
      g_assert_cmpstr (outlet, ==, mastheads[i].outlet);
    }
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
  g_test_add_func ("/loader/html/saved-from", test_html_saved_from);
  g_test_add_func ("/loader/bad/only-furniture", test_only_furniture);
  g_test_add_func ("/loader/bad/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/loader/bad/huge", test_huge);
  g_test_add_func ("/loader/bad/permission-denied", test_permission_denied);
  g_test_add_func ("/loader/text/crlf", test_crlf);
  g_test_add_func ("/loader/text/utf16", test_utf16);
  g_test_add_func ("/loader/text/title-with-site", test_title_with_site);
  g_test_add_func ("/loader/text/hard-wrapped", test_hard_wrapped);
  g_test_add_func ("/loader/text/large-is-fast", test_large_text_is_fast);
  g_test_add_func ("/loader/html/large-is-fast", test_large_html_is_fast);
  g_test_add_func ("/loader/html/wire-style", test_page_wire_style);
  g_test_add_func ("/loader/html/windows-1252", test_page_windows_1252);
  g_test_add_func ("/loader/html/broken", test_page_broken);
  g_test_add_func ("/loader/html/json-ld-graph", test_page_json_ld_graph);
  g_test_add_func ("/loader/html/split-story", test_page_split_story);
  g_test_add_func ("/loader/text/portal-style", test_text_portal_style);
  g_test_add_func ("/loader/text/agency-style", test_text_agency_style);
  g_test_add_func ("/loader/helpers/boilerplate-lines", test_boilerplate_lines);
  g_test_add_func ("/loader/helpers/dates", test_metadata_dates);
  g_test_add_func ("/loader/helpers/datelines", test_metadata_datelines);
  g_test_add_func ("/loader/helpers/bylines-outlets", test_metadata_bylines_outlets);
  g_test_add_func ("/loader/text/masthead-opinion", test_text_masthead_opinion);
  g_test_add_func ("/loader/text/info-line", test_text_info_line);
  g_test_add_func ("/loader/text/titlecase-dek", test_text_titlecase_dek);
  g_test_add_func ("/loader/text/numeric-date", test_text_numeric_date);
  g_test_add_func ("/loader/text/numeric-date-order", test_text_numeric_date_order);
  g_test_add_func ("/loader/text/wire-trailer", test_text_wire_trailer);
  g_test_add_func ("/loader/html/masthead-info", test_page_masthead_info);
  g_test_add_func ("/loader/helpers/info-lines", test_metadata_info_lines);

  return g_test_run ();
}
