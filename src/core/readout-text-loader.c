/* readout-text-loader.c
 *
 * A plain-text article is usually what a browser's "Save as text" or a copy and paste gave:
 * the headline, some of the page's furniture (promos, share rows, bylines, captions) and the
 * article, one paragraph a line. Each line is a candidate paragraph; the boilerplate filter
 * decides which ones are the body.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-boilerplate.h"
#include "readout-document.h"
#include "readout-metadata.h"
#include "readout-text-loader.h"

/* How many lines from the top the headline is looked for in. */
#define TITLE_SEARCH_LINES 15
/* Headlines are shorter than this. */
#define MAX_TITLE_WORDS 30

static gboolean
is_space_at (const char *p)
{
  return g_ascii_isspace (*p) || ((guchar)*p >= 0x80 && g_unichar_isspace (g_utf8_get_char (p)));
}

/* Splits text into stripped, non-empty lines. "\r\n", "\r" and "\n" all end a line. */
static GArray *
split_lines (const char *text)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (ReadoutParagraph));
  const char *p = text;

  while (*p)
    {
      const char *end = p + strcspn (p, "\r\n");
      const char *s = p, *e = end;

      while (s < e && is_space_at (s))
        s = g_utf8_next_char (s);
      while (e > s)
        {
          const char *prev = g_utf8_find_prev_char (s, e);

          if (prev == NULL || !is_space_at (prev))
            break;
          e = prev;
        }
      if (e > s)
        {
          ReadoutParagraph line = { s, e - s, READOUT_PARAGRAPH_NONE, FALSE };
          g_array_append_val (lines, line);
        }
      p = end;
      if (*p == '\r')
        p++;
      if (*p == '\n')
        p++;
    }
  return lines;
}

/* Text saved with hard line breaks (some browsers' "Save as text" wraps at about 72
 * columns): lines are never long, most are nearly as wide as the widest, and paragraphs run
 * over several lines. Returns the wrap width in characters, or 0. */
static glong
hard_wrap_width (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  glong widest = 0;
  guint non_empty = 0, wide = 0, continued = 0;

  for (guint i = 0; lines[i] && widest <= 100; i++)
    widest = MAX (widest, g_utf8_strlen (g_strchomp (lines[i]), -1));
  if (widest < 40 || widest > 100)
    return 0;
  for (guint i = 0; lines[i]; i++)
    {
      glong width = g_utf8_strlen (lines[i], -1);

      if (width == 0)
        continue;
      non_empty++;
      if (width * 10 >= widest * 7)
        {
          wide++;
          if (lines[i + 1] != NULL && lines[i + 1][0] != '\0')
            continued++;
        }
    }
  return non_empty >= 8 && wide * 2 >= non_empty && continued >= 3 ? widest : 0;
}

/* Joins the lines of each wrapped paragraph: a line as wide as the wrap continues on the
 * next one, a shorter line ends its paragraph. */
static char *
unwrap (const char *text,
        glong       width)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_sized_new (strlen (text));

  for (guint i = 0; lines[i]; i++)
    {
      char *line = g_strstrip (lines[i]);
      glong length = g_utf8_strlen (line, -1);

      g_string_append (out, line);
      if (lines[i + 1] == NULL)
        break;
      if (length * 10 >= width * 7 && *g_strstrip (lines[i + 1]) != '\0')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static gboolean
ends_with_period (const ReadoutParagraph *line)
{
  const char *last = line->text + line->length - 1;

  /* "U.S." or "Inc." at the end of a headline is not a full stop, a sentence is. */
  return *last == '.' && !(line->length >= 3 && g_ascii_isupper (last[-1]) && last[-2] == '.');
}

/* "Home » World » Asia", "News | India | Politics": navigation, not a headline. */
static gboolean
is_breadcrumb (const ReadoutParagraph *line)
{
  guint separators = 0;

  for (gsize i = 0; i < line->length; i++)
    {
      if (line->text[i] == '|' || line->text[i] == '>')
        separators++;
      else if (i + 2 <= line->length && (memcmp (line->text + i, "»", 2) == 0 ||
                                         (i + 3 <= line->length && memcmp (line->text + i, "›", 3) == 0)))
        separators++;
    }
  return separators >= 2;
}

static gboolean
is_headline_candidate (ReadoutBoilerplate     *boilerplate,
                       const ReadoutParagraph *line)
{
  guint words = readout_boilerplate_count_words (line->text, line->length);
  g_autofree char *byline = NULL;

  return words >= 3 && words <= MAX_TITLE_WORDS && !ends_with_period (line) &&
         readout_boilerplate_match (boilerplate, line->text, line->length) == READOUT_LINE_KEEP &&
         !is_breadcrumb (line) &&
         !readout_boilerplate_is_url (line->text, line->length) &&
         !readout_metadata_is_date_line (line->text, line->length) &&
         (byline = readout_metadata_parse_byline (line->text, line->length)) == NULL;
}

/* Prose that certainly belongs to the article: it opens with a dateline, or it is a real
 * sentence (a question in a headline is not). */
static gboolean
is_article_prose (const ReadoutParagraph *line)
{
  g_auto(ReadoutDateline) dateline = { 0, };

  if (!readout_boilerplate_is_prose (line->text, line->length))
    return FALSE;
  return readout_metadata_parse_dateline (line->text, line->length, &dateline) ||
         ends_with_period (line) ||
         readout_boilerplate_count_words (line->text, line->length) >= 15;
}

/* Words of four letters or more, the ones a headline shares with its article. */
static GHashTable *
content_words (const char *text,
               gsize       length)
{
  g_autofree char *key = readout_boilerplate_normalize (text, length);
  g_auto(GStrv) words = g_strsplit (key, " ", -1);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; words[i]; i++)
    if (g_utf8_strlen (words[i], -1) >= 4)
      g_hash_table_add (set, g_strdup (words[i]));
  return set;
}

/* The first line of the page that is not furniture (a "Skip to content" link, a web
 * address, a row of sections), where a masthead stands; -1 when there is none. */
static int
find_masthead_line (ReadoutBoilerplate     *boilerplate,
                    const ReadoutParagraph *lines,
                    guint                   n_lines)
{
  for (guint i = 0; i < n_lines && i < 4; i++)
    {
      if (readout_boilerplate_match (boilerplate, lines[i].text, lines[i].length) != READOUT_LINE_KEEP ||
          readout_boilerplate_is_url (lines[i].text, lines[i].length) || is_breadcrumb (&lines[i]))
        continue;
      return (int)i;
    }
  return -1;
}

/* The outlet's name when the first line of the page is one and a headline follows it. */
static char *
find_masthead_outlet (ReadoutBoilerplate     *boilerplate,
                      const ReadoutParagraph *lines,
                      guint                   n_lines,
                      int                     title_index)
{
  int masthead = find_masthead_line (boilerplate, lines, n_lines);

  if (masthead < 0 || masthead >= title_index)
    return NULL;
  return readout_metadata_outlet_from_masthead (readout_lexicon_get_default (),
                                                lines[masthead].text, lines[masthead].length,
                                                lines, n_lines);
}

static gboolean
shares_content_word (const ReadoutParagraph *a,
                     const ReadoutParagraph *b)
{
  g_autoptr(GHashTable) words_a = content_words (a->text, a->length);
  g_autoptr(GHashTable) words_b = content_words (b->text, b->length);
  GHashTableIter iter;
  gpointer word;

  g_hash_table_iter_init (&iter, words_a);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (g_hash_table_contains (words_b, word))
      return TRUE;
  return FALSE;
}

/* The headline: among the lines above the first paragraph of the article that could be one
 * (not furniture, not a sentence), the one sharing most words with the article's opening,
 * preferring one followed by a byline or date, and not the standfirst under it. Returns its
 * index, or -1 when the text starts straight with the article. */
static int
find_title (ReadoutBoilerplate     *boilerplate,
            const ReadoutParagraph *lines,
            guint                   n_lines)
{
  int masthead = find_masthead_line (boilerplate, lines, n_lines);
  g_autoptr(GHashTable) opening = NULL;
  guint limit = 0, candidates = 0;
  int best = -1;
  double best_score = -1;

  while (limit < n_lines && limit < TITLE_SEARCH_LINES && !is_article_prose (&lines[limit]))
    limit++;
  if (limit >= n_lines)
    limit = MIN (n_lines, TITLE_SEARCH_LINES);

  opening = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = limit; i < n_lines && i < limit + 3; i++)
    {
      g_autoptr(GHashTable) words = content_words (lines[i].text, lines[i].length);
      GHashTableIter iter;
      gpointer word;

      g_hash_table_iter_init (&iter, words);
      while (g_hash_table_iter_next (&iter, &word, NULL))
        g_hash_table_add (opening, g_strdup (word));
    }

  for (guint i = 0; i < limit; i++)
    {
      g_autoptr(GHashTable) words = NULL;
      GHashTableIter iter;
      gpointer word;
      guint shared = 0;
      double score;

      if (!is_headline_candidate (boilerplate, &lines[i]))
        continue;
      candidates++;
      words = content_words (lines[i].text, lines[i].length);
      g_hash_table_iter_init (&iter, words);
      while (g_hash_table_iter_next (&iter, &word, NULL))
        if (g_hash_table_contains (opening, word))
          shared++;
      score = g_hash_table_size (words) ? 2.0 * shared / g_hash_table_size (words) : 0;
      for (guint j = i + 1; j < limit && j <= i + 2; j++)
        {
          g_autofree char *byline = readout_metadata_parse_byline (lines[j].text, lines[j].length);

          if (byline != NULL || readout_metadata_is_date_line (lines[j].text, lines[j].length))
            score += 0.5;
        }
      /* Ties go to the later line: site names and taglines come first. */
      if (score >= best_score)
        {
          best = i;
          best_score = score;
        }
    }
  /* A standfirst (the summary under the headline) shares even more words with the article
   * than the headline: when the chosen line is long and the line right above it is a shorter
   * candidate, that one is the headline, unless it is the page's masthead (which, unlike a
   * headline, has no word in common with the line under it). */
  if (best > 0 && is_headline_candidate (boilerplate, &lines[best - 1]) &&
      (best - 1 != masthead || shares_content_word (&lines[best - 1], &lines[best])))
    {
      guint words = readout_boilerplate_count_words (lines[best].text, lines[best].length);
      guint above = readout_boilerplate_count_words (lines[best - 1].text, lines[best - 1].length);

      if (words >= 12 && words * 2 >= above * 3)
        best--;
    }
  return candidates > 0 ? best : -1;
}

/* "Minister resigns | The Hindu": a headline saved with the site's name after it. The name
 * is cut off when the outlets table knows it, and taken as the outlet. */
static void
split_site_from_title (char  *title,
                       char **outlet)
{
  static const char *separators[] = { " | ", " - ", " – ", " — " };

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      char *cut = g_strrstr (title, separators[i]);
      g_autofree char *site = NULL;

      if (cut == NULL || cut == title)
        continue;
      site = readout_metadata_outlet_for_agency (readout_lexicon_get_default (),
                                                 cut + strlen (separators[i]));
      if (site == NULL)
        continue;
      *cut = '\0';
      if (*outlet == NULL)
        *outlet = g_steal_pointer (&site);
      return;
    }
}

/* Where the article proper begins: a paragraph that opens with a dateline, else the first
 * paragraph that reads as prose. What lies before is front matter. */
static guint
find_body_start (const ReadoutParagraph *lines,
                 guint                   n_lines,
                 guint                   first)
{
  guint first_prose = G_MAXUINT;

  for (guint i = first; i < n_lines && i < first + TITLE_SEARCH_LINES; i++)
    {
      g_auto(ReadoutDateline) dateline = { 0, };

      if (!readout_boilerplate_is_prose (lines[i].text, lines[i].length))
        continue;
      if (readout_metadata_parse_dateline (lines[i].text, lines[i].length, &dateline))
        return i;
      if (first_prose == G_MAXUINT)
        first_prose = i;
    }
  return first_prose == G_MAXUINT ? first : first_prose;
}

static gboolean
is_date_or_info_line (const ReadoutParagraph *line)
{
  return readout_metadata_is_date_line (line->text, line->length) ||
         readout_metadata_parse_info_line (line->text, line->length, NULL, NULL);
}

/* A byline without "By": a name on its own line between the headline and the article, next
 * to the date ("Jane Doe" over "Salvera | 12 March 2026"). */
static char *
find_name_byline (const ReadoutParagraph *lines,
                  guint                   first,
                  guint                   body_start)
{
  for (guint i = first; i < body_start; i++)
    {
      guint words = readout_boilerplate_count_words (lines[i].text, lines[i].length);
      g_autofree char *byline = NULL;

      if (words < 2 || words > 4 || !readout_metadata_is_name (lines[i].text, lines[i].length))
        continue;
      /* "By Jane Doe" is a byline of its own. */
      if ((byline = readout_metadata_parse_byline (lines[i].text, lines[i].length)) != NULL)
        return NULL;
      if ((i + 1 < body_start && is_date_or_info_line (&lines[i + 1])) ||
          (i > first && is_date_or_info_line (&lines[i - 1])))
        return g_strndup (lines[i].text, lines[i].length);
    }
  return NULL;
}

ReadoutDocument *
readout_text_loader_load (const char  *text,
                          const char  *uri,
                          GError     **error)
{
  ReadoutBoilerplate *boilerplate = readout_boilerplate_get_default ();
  g_autoptr(ReadoutDocument) document = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (ReadoutSpan));
  g_auto(ReadoutTextMetadata) metadata = { 0, };
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *unwrapped = NULL;
  g_autofree char *site_outlet = NULL;
  ReadoutParagraph *paragraphs;
  guint n_paragraphs, first, body_start;
  glong wrap_width;
  int title_index;

  g_return_val_if_fail (text != NULL, NULL);

  /* Only plain "\n" text is looked at for wrapping: that is what such tools write. */
  if (strchr (text, '\r') == NULL && (wrap_width = hard_wrap_width (text)) > 0)
    text = unwrapped = unwrap (text, wrap_width);
  lines = split_lines (text);
  paragraphs = (ReadoutParagraph *)(gpointer)lines->data;
  n_paragraphs = lines->len;

  title_index = find_title (boilerplate, paragraphs, n_paragraphs);
  if (title_index >= 0)
    {
      title = g_strndup (paragraphs[title_index].text, paragraphs[title_index].length);
      split_site_from_title (title, &site_outlet);
    }
  first = title_index >= 0 ? (guint)title_index + 1 : 0;
  body_start = find_body_start (paragraphs, n_paragraphs, first);

  readout_boilerplate_filter (boilerplate, paragraphs, n_paragraphs, title, body_start);
  /* Everything up to the headline is page furniture. */
  for (guint i = 0; i < first; i++)
    paragraphs[i].keep = FALSE;

  if (uri != NULL)
    metadata.outlet = readout_metadata_outlet_for_host (readout_lexicon_get_default (), uri);
  if (metadata.outlet == NULL)
    metadata.outlet = g_steal_pointer (&site_outlet);
  if (title_index > 0)
    metadata.masthead = find_masthead_outlet (boilerplate, paragraphs, n_paragraphs, title_index);
  metadata.byline = find_name_byline (paragraphs, first, body_start);

  readout_metadata_infer_from_text (readout_lexicon_get_default (), paragraphs, n_paragraphs,
                                    body_start, &metadata);

  body = readout_boilerplate_join (paragraphs, n_paragraphs, spans);
  if (spans->len == 0)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_NO_CONTENT,
                   _("The file has no article text, only a headline or page elements"));
      return NULL;
    }

  document = readout_document_new ();
  readout_document_set_uri (document, uri);
  readout_document_set_title (document, title);
  readout_document_set_outlet (document, metadata.outlet);
  readout_document_set_byline (document, metadata.byline);
  readout_document_set_published (document, metadata.published);
  readout_document_set_content (document, body, (const ReadoutSpan *)(gpointer)spans->data, spans->len);
  return g_steal_pointer (&document);
}
