/* readout-metadata.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "readout-metadata.h"

/* Month names as news sites write them: "May", "MAY", "Sept.", "September". Case matters, so
 * that the verb "may" is not a month. */
#define MONTH \
  "(?:Jan(?:uary)?|JAN(?:UARY)?|Feb(?:ruary)?|FEB(?:RUARY)?|Mar(?:ch)?|MAR(?:CH)?|" \
  "Apr(?:il)?|APR(?:IL)?|May|MAY|June?|JUNE?|July?|JULY?|Aug(?:ust)?|AUG(?:UST)?|" \
  "Sept?(?:ember)?|SEPT?(?:EMBER)?|Oct(?:ober)?|OCT(?:OBER)?|Nov(?:ember)?|NOV(?:EMBER)?|" \
  "Dec(?:ember)?|DEC(?:EMBER)?)"

#define DATE_PATTERN \
  "\\b(?:(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})(?![\\d])" \
  "|(?<am>" MONTH ")\\.?\\s+(?<ad>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<ay>\\d{4})\\b)?" \
  "|(?<bd>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<bm>" MONTH ")\\b\\.?(?:,?\\s+(?<by>\\d{4})\\b)?" \
  "|(?<![\\d.,/])(?<nd>\\d{1,2})(?<sep>[/.])(?<nm>\\d{1,2})\\k<sep>(?<ny>\\d{4})(?![\\d]|[.,]\\d))"

#define NAME_WORD "(?:[A-Z][\\p{L}.'’-]*|[A-Z]\\.)"
#define NAMES NAME_WORD "(?:\\s+(?:(?:de|da|van|von|der|den|del|di|le|la|al|bin|ibn|and)\\s+)?" NAME_WORD "){0,4}"

/* An outlet's name as an author's note or a copyright notice writes it: capitalised words
 * without full stops, so that "The Courier. The views…" ends at "Courier". */
#define OUTLET_WORD "[A-Z][\\p{L}'’-]*"
#define OUTLET_NAME \
  "(?:The\\s+)?" OUTLET_WORD "(?:\\s+(?:(?:of|and|&|de|the)\\s+)?" OUTLET_WORD "){0,5}(?![\\p{L}])"

#define DATELINE_PATTERN \
  "^(?<place>(?:[A-Z][\\p{L}.'’-]+|[A-Z]{2,})(?:\\s+(?:(?:de|da|del|do|la|le|al|el|of|upon)\\s+)?" \
  "(?:[A-Z][\\p{L}.'’-]+|[A-Z]{2,})){0,3})" \
  "(?:,\\s*(?:(?<m>" MONTH ")\\.?\\s+(?<d>\\d{1,2})|(?<d2>\\d{1,2})\\s+(?<m2>" MONTH ")\\.?)" \
  "(?:,?\\s+(?<y>\\d{4}))?)?" \
  "\\s*(?:\\((?<agency>[\\p{L}][\\p{L} .&/-]{0,40})\\))?" \
  "\\s*(?::|—|–|-{1,2}(?=\\s))\\s*"

static GRegex *
compile_once (GRegex     **regex,
              const char  *pattern)
{
  if (g_once_init_enter (regex))
    {
      g_autoptr(GError) error = NULL;
      GRegex *compiled = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &error);

      /* The patterns are constants: failing to compile one is a programming error. */
      g_assert_no_error (error);
      g_once_init_leave (regex, compiled);
    }
  return *regex;
}

static GRegex *
date_regex (void)
{
  static GRegex *regex;
  return compile_once (&regex, DATE_PATTERN);
}

static int
month_number (const char *name)
{
  static const char *months[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec" };

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_ascii_strncasecmp (name, months[i], 3) == 0)
      return i + 1;
  return 0;
}

static char *
fetch (GMatchInfo *info,
       const char *name)
{
  char *value = g_match_info_fetch_named (info, name);

  if (value != NULL && *value == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

static gboolean
date_is_valid (int year,
               int month,
               int day)
{
  if (month < 1 || month > 12 || day < 1)
    return FALSE;
  /* Without a year, allow 29 February. */
  return day <= g_date_get_days_in_month (month, year ? year : 2000) &&
         (year == 0 || (year >= 1800 && year <= 2200));
}

static gboolean
date_from_match (GMatchInfo         *info,
                 ReadoutPartialDate *date)
{
  g_autofree char *iy = fetch (info, "iy");
  g_autofree char *am = fetch (info, "am");
  g_autofree char *bm = fetch (info, "bm");
  g_autofree char *ny = fetch (info, "ny");
  int start, end;

  memset (date, 0, sizeof *date);
  if (iy != NULL)
    {
      g_autofree char *im = fetch (info, "im");
      g_autofree char *id = fetch (info, "id");

      date->year = atoi (iy);
      date->month = atoi (im);
      date->day = atoi (id);
    }
  else if (am != NULL)
    {
      g_autofree char *ad = fetch (info, "ad");
      g_autofree char *ay = fetch (info, "ay");

      date->month = month_number (am);
      date->day = atoi (ad);
      date->year = ay ? atoi (ay) : 0;
    }
  else if (bm != NULL)
    {
      g_autofree char *bd = fetch (info, "bd");
      g_autofree char *by = fetch (info, "by");

      date->month = month_number (bm);
      date->day = atoi (bd);
      date->year = by ? atoi (by) : 0;
    }
  else if (ny != NULL)
    {
      g_autofree char *nd = fetch (info, "nd");
      g_autofree char *nm = fetch (info, "nm");

      /* "12/03/2026": the day comes first nearly everywhere; "03/25/2026" can only be
       * month-first. (Which a US page means by "03/12/2026" is not knowable from the text.) */
      date->year = atoi (ny);
      date->day = atoi (nd);
      date->month = atoi (nm);
      if (date->month > 12 && date->day <= 12)
        {
          int day = date->month;

          date->month = date->day;
          date->day = day;
        }
      else
        date->day_first_guess = date->day <= 12 && date->day != date->month;
    }
  else
    return FALSE;

  g_match_info_fetch_pos (info, 0, &start, &end);
  date->start = start;
  date->end = end;
  return date_is_valid (date->year, date->month, date->day);
}

gboolean
readout_metadata_find_date (const char         *text,
                            gsize               length,
                            ReadoutPartialDate *date)
{
  g_autoptr(GMatchInfo) info = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  g_regex_match_full (date_regex (), text, length, 0, 0, &info, NULL);
  while (g_match_info_matches (info))
    {
      if (date_from_match (info, date))
        return TRUE;
      g_match_info_next (info, NULL);
    }
  memset (date, 0, sizeof *date);
  return FALSE;
}

int
readout_metadata_find_year (const char *text,
                            gsize       length)
{
  g_autoptr(GMatchInfo) info = NULL;
  int year = 0;

  g_return_val_if_fail (text != NULL, 0);

  g_regex_match_full (date_regex (), text, length, 0, 0, &info, NULL);
  while (g_match_info_matches (info))
    {
      ReadoutPartialDate date;

      if (date_from_match (info, &date) && date.year > year)
        year = date.year;
      g_match_info_next (info, NULL);
    }
  return year;
}

char *
readout_metadata_format_date (const ReadoutPartialDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  if (!date_is_valid (date->year, date->month, date->day))
    return NULL;
  if (date->year == 0)
    return g_strdup_printf ("--%02d-%02d", date->month, date->day);
  return g_strdup_printf ("%04d-%02d-%02d", date->year, date->month, date->day);
}

char *
readout_metadata_normalize_date (const char *value)
{
  ReadoutPartialDate date = { 0, };
  const char *p;

  if (value == NULL)
    return NULL;
  p = value;
  while (g_ascii_isspace (*p))
    p++;

  /* ISO 8601 and its compact form, with or without a time. */
  if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
      g_ascii_isdigit (p[3]))
    {
      int y = 0, m = 0, d = 0;

      if (sscanf (p, "%4d-%2d-%2d", &y, &m, &d) == 3 ||
          sscanf (p, "%4d/%2d/%2d", &y, &m, &d) == 3 ||
          (strspn (p, "0123456789") >= 8 && sscanf (p, "%4d%2d%2d", &y, &m, &d) == 3))
        {
          date.year = y;
          date.month = m;
          date.day = d;
          if (date_is_valid (y, m, d))
            return readout_metadata_format_date (&date);
        }
    }

  if (readout_metadata_find_date (p, strlen (p), &date) && date.year != 0)
    return readout_metadata_format_date (&date);
  return NULL;
}

gboolean
readout_metadata_is_date_line (const char *line,
                               gsize       length)
{
  static const char *allowed[] = {
    "updated", "published", "posted", "last", "modified", "first", "on", "at", "am", "pm",
    "a", "m", "p", "ist", "gmt", "utc", "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst",
    "bst", "cet", "cest", "eet", "pkt", "jst", "kst", "hkt", "sgt", "aest", "aedt", "et", "pt",
    "hrs", "h", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "date", "time",
    "and", "created", "issued", "ago", "hour", "hours", "min", "mins", "minute", "minutes",
    "day", "days", "just", "now", "gmt+1", "local",
  };
  ReadoutPartialDate date;
  g_autofree char *rest = NULL;
  g_auto(GStrv) words = NULL;

  if (length > 160 || !readout_metadata_find_date (line, length, &date))
    return FALSE;
  if (date.year == 0 && date.day == 0)
    return FALSE;

  rest = g_ascii_strdown (line, length);
  memset (rest + date.start, ' ', date.end - date.start);
  for (char *p = rest; *p; p++)
    if (!g_ascii_isalnum (*p))
      *p = ' ';
  words = g_strsplit (rest, " ", -1);
  for (guint i = 0; words[i]; i++)
    {
      gboolean ok = words[i][0] == '\0' || strspn (words[i], "0123456789") == strlen (words[i]);

      for (guint j = 0; !ok && j < G_N_ELEMENTS (allowed); j++)
        ok = strcmp (words[i], allowed[j]) == 0;
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static GRegex *
time_field_regex (void)
{
  static GRegex *regex;
  return compile_once (&regex,
                       "^(?i:(?:(?:last\\s+)?(?:updated|published|posted|modified)(?:\\s+(?:on|at))?\\s*:?\\s*)?"
                       "(?:\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|hrs|h))?(?:\\s+[a-z]{2,5})?"
                       "|updated|\\d+\\s*(?:min|mins|minutes?|hours?|hrs?)(?:\\s+(?:read|ago))?"
                       "|(?:\\d+|a|an)\\s+(?:minutes?|hours?|days?)\\s+ago|just\\s+now))$");
}

static GRegex *
name_regex (void)
{
  static GRegex *regex;
  return compile_once (&regex, "^" NAMES "(?:,\\s*" NAMES ")?$");
}

gboolean
readout_metadata_is_name (const char *line,
                          gsize       length)
{
  g_autofree char *copy = NULL;

  g_return_val_if_fail (line != NULL, FALSE);

  if (length == 0 || length > 60)
    return FALSE;
  copy = g_strndup (line, length);
  return g_regex_match (name_regex (), copy, 0, NULL);
}

gboolean
readout_metadata_parse_info_line (const char          *line,
                                  gsize                length,
                                  ReadoutPartialDate  *date,
                                  char               **byline)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) fields = NULL;
  g_autofree char *author = NULL;
  ReadoutPartialDate found = { 0, };
  gboolean about_time = FALSE;
  guint n_fields = 0;

  g_return_val_if_fail (line != NULL, FALSE);

  if (length < 5 || length > 160)
    return FALSE;
  copy = g_strndup (line, length);
  /* Bullets and middle dots become bars: one separator to split on. */
  {
    GString *bars = g_string_new (NULL);

    for (const char *p = copy; *p; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (c == 0x2022 || c == 0x00B7 || c == 0x2219 || c == 0x25CF)
          g_string_append_c (bars, '|');
        else
          g_string_append_unichar (bars, c);
      }
    g_free (copy);
    copy = g_string_free (bars, FALSE);
  }
  if (strchr (copy, '|') == NULL)
    return FALSE;

  fields = g_strsplit (copy, "|", -1);
  for (guint i = 0; fields[i]; i++)
    {
      char *field = g_strstrip (fields[i]);
      gsize n = strlen (field);
      g_autofree char *name = NULL;
      ReadoutPartialDate field_date;

      if (n == 0)
        continue;
      n_fields++;
      if (readout_metadata_is_date_line (field, n) &&
          readout_metadata_find_date (field, n, &field_date))
        {
          if (found.month == 0)
            found = field_date;
          about_time = TRUE;
        }
      else if (g_regex_match (time_field_regex (), field, 0, NULL))
        about_time = TRUE;
      else if ((name = readout_metadata_parse_byline (field, n)) != NULL)
        {
          if (author == NULL)
            author = g_steal_pointer (&name);
        }
      else if (!readout_metadata_is_name (field, n))
        return FALSE;
    }
  if (n_fields < 2 || !about_time)
    return FALSE;
  if (date != NULL)
    *date = found;
  if (byline != NULL)
    *byline = g_steal_pointer (&author);
  return TRUE;
}

static char *
title_case (const char *name)
{
  static const char *small[] = { "of", "and", "the", "for", "on", "in", "de", "la", "du", "des" };
  g_auto(GStrv) words = g_strsplit (name, " ", -1);

  for (guint i = 0; words[i]; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);
      gboolean is_small = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (small); j++)
        is_small |= strcmp (lower, small[j]) == 0;
      /* Short words that are not articles are most likely initials: "BBC", "MBC". */
      if (g_utf8_strlen (words[i], -1) <= 3 && !is_small)
        continue;
      if (is_small && i > 0)
        {
          g_free (words[i]);
          words[i] = g_steal_pointer (&lower);
          continue;
        }
      {
        const char *rest = g_utf8_next_char (lower);
        g_autofree char *first = g_utf8_strup (lower, rest - lower);

        g_free (words[i]);
        words[i] = g_strconcat (first, rest, NULL);
      }
    }
  return g_strjoinv (" ", words);
}

char *
readout_metadata_outlet_from_masthead (ReadoutLexicon         *lexicon,
                                       const char             *line,
                                       gsize                   length,
                                       const ReadoutParagraph *paragraphs,
                                       guint                   n_paragraphs)
{
  /* A tagline after the name: "The Courier – Your coast, your news". */
  static const char *separators[] = { " | ", " – ", " — ", " - ", ": " };
  g_autofree char *name = NULL;
  g_auto(GStrv) words = NULL;
  gboolean has_lower = FALSE, has_letter = FALSE;
  char *known;
  guint n_words = 0;

  g_return_val_if_fail (READOUT_IS_LEXICON (lexicon), NULL);
  g_return_val_if_fail (line != NULL, NULL);

  if (length == 0 || length > 120)
    return NULL;
  name = g_strndup (line, length);
  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      char *cut = strstr (name, separators[i]);

      if (cut != NULL)
        *cut = '\0';
    }
  g_strstrip (name);
  if ((known = readout_metadata_outlet_for_agency (lexicon, name)) != NULL)
    return known;

  /* One to five words, each capitalised (small words aside), no digits, no sentence end. */
  words = g_strsplit (name, " ", -1);
  for (guint i = 0; words[i]; i++)
    {
      const char *w = words[i];
      gunichar c = g_utf8_get_char (w);

      if (*w == '\0')
        continue;
      n_words++;
      if (strpbrk (w, "0123456789.?!:;,\"“”") != NULL)
        return NULL;
      if (strcmp (w, "&") == 0 || strcmp (w, "of") == 0 || strcmp (w, "and") == 0 ||
          strcmp (w, "the") == 0 || strcmp (w, "de") == 0)
        continue;
      if (!g_unichar_isupper (c))
        return NULL;
      for (const char *p = w; *p; p = g_utf8_next_char (p))
        {
          gunichar d = g_utf8_get_char (p);

          has_letter |= g_unichar_isalpha (d);
          has_lower |= g_unichar_islower (d);
        }
    }
  if (n_words == 0 || n_words > 5 || !has_letter)
    return NULL;
  /* Section names and labels that also look like a name. */
  {
    g_autofree char *lower = g_utf8_strdown (name, -1);
    static const char *labels[] = { "home", "news", "latest", "latest news", "top stories",
                                    "breaking news", "opinion", "world", "menu", "search",
                                    "live", "video", "analysis", "editorial", "sign in" };

    for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
      if (strcmp (lower, labels[i]) == 0)
        return NULL;
  }
  if (has_lower)
    return g_steal_pointer (&name);

  /* "THE COURIER": the article may write the name in its own case. */
  for (guint i = 0; i < n_paragraphs; i++)
    {
      g_autofree char *text = g_strndup (paragraphs[i].text, paragraphs[i].length);
      g_autofree char *folded_text = g_utf8_casefold (text, -1);
      g_autofree char *folded_name = g_utf8_casefold (name, -1);
      const char *at = strstr (folded_text, folded_name);

      /* Only when folding kept the byte offsets (ASCII-like text) can the copy be cut out. */
      if (at != NULL && strlen (folded_text) == strlen (text))
        {
          g_autofree char *written = g_strndup (text + (at - folded_text), strlen (name));
          gboolean mixed = FALSE;

          for (const char *p = written; *p; p++)
            mixed |= g_ascii_islower (*p);
          if (mixed && g_unichar_isupper (g_utf8_get_char (written)))
            return g_steal_pointer (&written);
        }
    }
  return title_case (name);
}

static GRegex *
dateline_regex (void)
{
  static GRegex *regex;
  return compile_once (&regex, DATELINE_PATTERN);
}

gboolean
readout_metadata_parse_dateline (const char      *paragraph,
                                 gsize            length,
                                 ReadoutDateline *dateline)
{
  /* Paragraph labels written like datelines. */
  static const char *not_places[] = {
    "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "READ", "ALSO", "NOTE", "ANALYSIS",
    "OPINION", "EDITORIAL", "LIVE", "VIDEO", "PHOTOS", "Q", "A", "Update", "Watch", "Note",
    "Editor's Note", "Editor’s Note", "Read", "Also", "Related", "RELATED", "Photo", "Image",
    "Source", "Sources", "Credit", "Caption", "Disclaimer", "DISCLAIMER", "Tags", "TAGS",
  };
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *m = NULL;
  g_autofree char *d = NULL;
  g_autofree char *y = NULL;
  int end;

  g_return_val_if_fail (paragraph != NULL, FALSE);
  g_return_val_if_fail (dateline != NULL, FALSE);

  memset (dateline, 0, sizeof *dateline);
  if (!g_regex_match_full (dateline_regex (), paragraph, MIN (length, 200), 0, 0, &info, NULL))
    return FALSE;

  g_match_info_fetch_pos (info, 0, NULL, &end);
  /* A dateline leads into a sentence, not into the end of the paragraph. */
  if ((gsize)end >= length)
    return FALSE;

  dateline->place = fetch (info, "place");
  for (guint i = 0; i < G_N_ELEMENTS (not_places); i++)
    if (g_strcmp0 (dateline->place, not_places[i]) == 0)
      {
        readout_dateline_clear (dateline);
        return FALSE;
      }

  dateline->agency = fetch (info, "agency");
  m = fetch (info, "m");
  d = fetch (info, "d");
  if (m == NULL)
    {
      m = fetch (info, "m2");
      d = fetch (info, "d2");
    }
  y = fetch (info, "y");
  if (m != NULL && d != NULL)
    {
      dateline->date.month = month_number (m);
      dateline->date.day = atoi (d);
      dateline->date.year = y ? atoi (y) : 0;
      if (!date_is_valid (dateline->date.year, dateline->date.month, dateline->date.day))
        memset (&dateline->date, 0, sizeof dateline->date);
    }
  dateline->length = end;
  return TRUE;
}

void
readout_dateline_clear (ReadoutDateline *dateline)
{
  g_clear_pointer (&dateline->place, g_free);
  g_clear_pointer (&dateline->agency, g_free);
  memset (dateline, 0, sizeof *dateline);
}

/* "Courier staff" is written in lower case as often as not. */
#define DESK_WORDS \
  "(?i:Staff|Staff Reporter|Staff Writer|Web Desk|News Desk|Online Desk|Digital Desk|Desk|" \
  "News Service|Bureau|News Bureau|Correspondent|Editorial Board)"

static GRegex *
byline_regex (void)
{
  static GRegex *regex;
  return compile_once (&regex,
                       "^(?:(?:[Bb]y|BY|Written by|Reported by|Posted by|Words by)\\s*:?\\s+"
                       "(?<names>" NAMES "(?:\\s*(?:,|&|and)\\s*" NAMES ")*)"
                       "|(?<desk>" NAMES "\\s+" DESK_WORDS "))"
                       "\\s*(?:[|,–—-].{0,80})?$");
}

char *
readout_metadata_parse_byline (const char *line,
                               gsize       length)
{
  g_autoptr(GMatchInfo) info = NULL;
  char *names;

  g_return_val_if_fail (line != NULL, NULL);

  if (length > 160)
    return NULL;
  if (!g_regex_match_full (byline_regex (), line, length, 0, 0, &info, NULL))
    return NULL;
  names = fetch (info, "names");
  if (names == NULL)
    names = fetch (info, "desk");
  return names ? g_strstrip (names) : NULL;
}

static gboolean
decode_reference (const char **p,
                  GString     *out)
{
  static const struct { const char *name; gunichar c; } named[] = {
    { "amp;", '&' }, { "quot;", '"' }, { "apos;", '\'' }, { "lt;", '<' }, { "gt;", '>' },
    { "nbsp;", ' ' }, { "rsquo;", 0x2019 }, { "lsquo;", 0x2018 }, { "rdquo;", 0x201D },
    { "ldquo;", 0x201C }, { "ndash;", 0x2013 }, { "mdash;", 0x2014 }, { "hellip;", 0x2026 },
  };
  const char *s = *p + 1;

  if (*s == '#')
    {
      char *end = NULL;
      guint64 c = (s[1] == 'x' || s[1] == 'X') ? g_ascii_strtoull (s + 2, &end, 16)
                                               : g_ascii_strtoull (s + 1, &end, 10);

      if (end != NULL && *end == ';' && end > s + 1 && c > 0 && c < 0x110000 &&
          g_unichar_validate ((gunichar)c))
        {
          g_string_append_unichar (out, (gunichar)c);
          *p = end + 1;
          return TRUE;
        }
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (strncmp (s, named[i].name, strlen (named[i].name)) == 0)
      {
        g_string_append_unichar (out, named[i].c);
        *p = s + strlen (named[i].name);
        return TRUE;
      }
  return FALSE;
}

char *
readout_metadata_tidy (const char *value)
{
  GString *out;
  const char *p;

  if (value == NULL)
    return NULL;
  out = g_string_new (NULL);
  /* Twice: "&amp;#8217;" is "&#8217;" once decoded. */
  for (guint round = 0; round < 2; round++)
    {
      p = round == 0 ? value : out->str;
      {
        GString *next = g_string_new (NULL);

        while (*p)
          {
            if (*p == '&' && decode_reference (&p, next))
              continue;
            if (g_ascii_isspace (*p))
              {
                if (next->len > 0 && next->str[next->len - 1] != ' ')
                  g_string_append_c (next, ' ');
                p++;
                continue;
              }
            g_string_append_c (next, *p);
            p++;
          }
        g_string_free (out, TRUE);
        out = next;
      }
    }
  g_strstrip (out->str);
  if (out->str[0] == '\0' || !g_utf8_validate (out->str, -1, NULL))
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

char *
readout_metadata_clean_byline (const char *value)
{
  g_autofree char *copy = NULL;
  char *p;
  gsize cut;

  copy = readout_metadata_tidy (value);
  if (copy == NULL)
    return NULL;
  /* "Jane Doe | Updated May 1", "Jane Doe • 3 min read" */
  cut = strcspn (copy, "|\n");
  copy[cut] = '\0';
  if ((p = strstr (copy, " • ")) != NULL || (p = strstr (copy, " · ")) != NULL)
    *p = '\0';
  g_strstrip (copy);
  if (g_str_has_prefix (copy, "http://") || g_str_has_prefix (copy, "https://") ||
      strchr (copy, '@') != NULL || strchr (copy, '\n') != NULL || strlen (copy) > 200)
    return NULL;
  p = copy;
  if (g_ascii_strncasecmp (p, "by ", 3) == 0)
    p += 3;
  else if (g_ascii_strncasecmp (p, "by:", 3) == 0)
    p += 3;
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '\0')
    return NULL;
  return g_strdup (p);
}

char *
readout_metadata_host_of_url (const char *url)
{
  const char *p, *end;

  if (url == NULL)
    return NULL;
  while (g_ascii_isspace (*url))
    url++;
  p = strstr (url, "://");
  if (p != NULL)
    {
      if (g_ascii_strncasecmp (url, "http", 4) != 0)
        return NULL;
      p += 3;
    }
  else
    p = url;
  if (g_ascii_strncasecmp (p, "www.", 4) == 0)
    p += 4;
  end = p;
  while (*end && (g_ascii_isalnum (*end) || *end == '.' || *end == '-'))
    end++;
  if (end == p || memchr (p, '.', end - p) == NULL)
    return NULL;
  return g_ascii_strdown (p, end - p);
}

char *
readout_metadata_outlet_for_host (ReadoutLexicon *lexicon,
                                  const char     *url_or_host)
{
  g_autofree char *host = readout_metadata_host_of_url (url_or_host);
  const char *p = host;

  g_return_val_if_fail (READOUT_IS_LEXICON (lexicon), NULL);

  while (p != NULL && strchr (p, '.') != NULL)
    {
      const char * const *row = readout_lexicon_lookup (lexicon, "outlets", p);

      if (row != NULL && row[1] != NULL && row[1][0] != '\0')
        return g_strdup (row[1]);
      p = strchr (p, '.') + 1;
    }
  return NULL;
}

char *
readout_metadata_outlet_for_agency (ReadoutLexicon *lexicon,
                                    const char     *name)
{
  GPtrArray *rows;

  g_return_val_if_fail (READOUT_IS_LEXICON (lexicon), NULL);

  if (name == NULL || *name == '\0')
    return NULL;
  rows = readout_lexicon_get_rows (lexicon, "outlets");
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      g_auto(GStrv) aliases = NULL;

      if (row[1] == NULL || row[1][0] == '\0')
        continue;
      if (g_ascii_strcasecmp (row[1], name) == 0)
        return g_strdup (row[1]);
      if (row[2] == NULL)
        continue;
      aliases = g_strsplit (row[2], ",", -1);
      for (guint a = 0; aliases[a]; a++)
        if (g_ascii_strcasecmp (g_strstrip (aliases[a]), name) == 0)
          return g_strdup (row[1]);
    }
  return NULL;
}

gboolean
readout_metadata_outlet_is_month_first (ReadoutLexicon *lexicon,
                                        const char     *outlet)
{
  GPtrArray *rows;

  g_return_val_if_fail (READOUT_IS_LEXICON (lexicon), FALSE);

  if (outlet == NULL)
    return FALSE;
  rows = readout_lexicon_get_rows (lexicon, "outlets");
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);

      if (row[1] != NULL && g_ascii_strcasecmp (row[1], outlet) == 0 && row[2] != NULL &&
          row[3] != NULL && g_ascii_strcasecmp (row[3], "US") == 0)
        return TRUE;
    }
  return FALSE;
}

static GRegex *
self_mention_regex (void)
{
  static GRegex *regex;
  return compile_once (&regex,
                       "^(?<outlet>(?:The\\s+)?" NAMES ")\\s+(?:is\\s+now\\s+on|is\\s+on|now\\s+on)\\s+"
                       "(?:WhatsApp|Telegram|Google News|Instagram|YouTube|X|Threads|Bluesky)\\b"
                       "|^(?<desk>(?:The\\s+)?" NAMES ")\\s+" DESK_WORDS "\\s*$"
                       /* "Follow The Courier on WhatsApp", "More from The Courier" ends a page */
                       "|^Follow\\s+(?<follow>(?:The\\s+)?" NAMES ")\\s+on\\s+"
                       "(?:WhatsApp|Telegram|Google News|Instagram|YouTube|X|Threads|Bluesky|"
                       "Facebook|Twitter|LinkedIn|TikTok)\\b"
                       /* the author's note: "Jane Doe is a columnist for The Courier." */
                       "|^" NAMES "\\s+is\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?"
                       "(?:columnist|correspondent|reporter|writer|editor|contributor|journalist)"
                       "\\s+(?:for|at|with)\\s+(?<bio>" OUTLET_NAME ")"
                       /* "© 2026 The Courier. All rights reserved.", "Copyright The Courier 2026" */
                       "|^(?:©|\\([Cc]\\)|Copyright|COPYRIGHT)(?:\\s*©)?\\s*"
                       "(?<cyear>\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?"
                       "(?<copy>" OUTLET_NAME ")"
                       "(?:\\s*,?\\s*(?:Ltd|Limited|Inc|LLC|Pvt|plc|GmbH)\\.?)?"
                       "\\s*,?\\s*(?<cyear2>\\d{4})?\\s*[.,]?\\s*(?<rights>All\\s+[Rr]ights\\s+[Rr]eserved\\.?)?\\s*$");
}

static gboolean
is_picture_agency (const char *name)
{
  static const char *words[] = { "Images", "Image", "Photo", "Photos", "Pictures", "Getty",
                                 "Shutterstock", "Alamy", "Stock" };
  g_auto(GStrv) parts = g_strsplit (name, " ", -1);

  for (guint i = 0; parts[i]; i++)
    for (guint j = 0; j < G_N_ELEMENTS (words); j++)
      if (strcmp (parts[i], words[j]) == 0)
        return TRUE;
  return FALSE;
}

char *
readout_metadata_outlet_from_line (ReadoutLexicon *lexicon,
                                   const char     *line,
                                   gsize           length)
{
  /* Desk names that say nothing about the outlet. */
  static const char *generic[] = { "Our", "A", "The", "Special", "Senior", "Staff", "Our Special",
                                   "Express", "News", "Web", "Online", "Digital", "By", "Our Own" };
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *outlet = NULL;
  char *known;

  g_return_val_if_fail (READOUT_IS_LEXICON (lexicon), NULL);

  if (length > 200)
    return NULL;
  whole = g_strstrip (g_strndup (line, length));
  if ((known = readout_metadata_outlet_for_agency (lexicon, whole)) != NULL)
    return known;
  if (!g_regex_match (self_mention_regex (), whole, 0, &info))
    return NULL;
  outlet = fetch (info, "outlet");
  if (outlet == NULL)
    outlet = fetch (info, "desk");
  if (outlet == NULL)
    outlet = fetch (info, "follow");
  if (outlet == NULL)
    outlet = fetch (info, "bio");
  if (outlet == NULL && (outlet = fetch (info, "copy")) != NULL)
    {
      g_autofree char *year = fetch (info, "cyear");
      g_autofree char *year2 = fetch (info, "cyear2");
      g_autofree char *rights = fetch (info, "rights");

      /* "© Jane Doe" under a photo is a credit; a site's notice has a year or the rights. */
      if ((year == NULL && year2 == NULL && rights == NULL) || is_picture_agency (outlet))
        return NULL;
    }
  if (outlet == NULL)
    return NULL;
  /* "The Courier." at the end of a sentence */
  while (*outlet && outlet[strlen (outlet) - 1] == '.' &&
         !(strlen (outlet) >= 2 && g_ascii_isupper (outlet[strlen (outlet) - 2]) &&
           strlen (outlet) >= 3 && outlet[strlen (outlet) - 3] == '.'))
    outlet[strlen (outlet) - 1] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (generic); i++)
    if (strcmp (outlet, generic[i]) == 0)
      return NULL;
  if ((known = readout_metadata_outlet_for_agency (lexicon, outlet)) != NULL)
    return known;
  return g_steal_pointer (&outlet);
}

void
readout_text_metadata_clear (ReadoutTextMetadata *metadata)
{
  g_clear_pointer (&metadata->outlet, g_free);
  g_clear_pointer (&metadata->byline, g_free);
  g_clear_pointer (&metadata->published, g_free);
  g_clear_pointer (&metadata->masthead, g_free);
}

/* How far from the top and the bottom page furniture (bylines, dates, promos) is looked for. */
#define EDGE_PARAGRAPHS 30

static gboolean
near_edge (guint i,
           guint n)
{
  return i < EDGE_PARAGRAPHS || i + EDGE_PARAGRAPHS >= n;
}

static gboolean
mentions_publication (const char *text,
                      gsize       length)
{
  g_autofree char *lower = g_ascii_strdown (text, MIN (length, 200));

  return strstr (lower, "published") != NULL || strstr (lower, "posted") != NULL ||
         strstr (lower, "updated") != NULL;
}

/* "Track Latest News Live on NDTV.com": a word that is a known outlet's domain. */
static char *
outlet_for_domain_word (ReadoutLexicon *lexicon,
                        const char     *line)
{
  g_auto(GStrv) words = g_strsplit_set (line, " \t,;()|", -1);

  for (guint i = 0; words[i]; i++)
    {
      char *word = words[i];
      gsize n = strlen (word);

      while (n > 0 && (word[n - 1] == '.' || word[n - 1] == ':'))
        word[--n] = '\0';
      if (n > 3 && strchr (word, '.') != NULL && g_ascii_isalpha (word[n - 1]))
        {
          char *outlet = readout_metadata_outlet_for_host (lexicon, word);

          if (outlet != NULL)
            return outlet;
        }
    }
  return NULL;
}

/* g_set_str() is GLib 2.76. */
static void
replace_string (char       **slot,
                  const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*slot);
  *slot = copy;
}

static GRegex *
wire_trailer_regex (void)
{
  static GRegex *regex;
  return compile_once (&regex,
                       "^\\(?\\s*(?:Reporting|Reported|Writing)\\s+by\\s+"
                       "(?<names>" NAMES "(?:\\s*(?:,|&|and)\\s*" NAMES ")*)\\s*(?:[;)]|$|\\s+in\\s)");
}

static char *
parse_wire_trailer (const char *text,
                    gsize       length)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *copy = g_strndup (text, length);

  if (!g_regex_match (wire_trailer_regex (), copy, 0, &info))
    return NULL;
  return fetch (info, "names");
}

void
readout_metadata_infer_from_text (ReadoutLexicon         *lexicon,
                                  const ReadoutParagraph *paragraphs,
                                  guint                   n_paragraphs,
                                  guint                   body_start,
                                  ReadoutTextMetadata    *metadata)
{
  ReadoutPartialDate date = { 0, };
  gboolean have_date = FALSE;
  g_auto(ReadoutDateline) dateline = { 0, };
  gboolean have_dateline = FALSE;
  gboolean outlet_given;

  g_return_if_fail (READOUT_IS_LEXICON (lexicon));
  g_return_if_fail (metadata != NULL);

  outlet_given = metadata->outlet != NULL;

  /* The dateline opens the body, or one of its first paragraphs. */
  for (guint i = body_start; i < n_paragraphs && i < body_start + 3 && !have_dateline; i++)
    have_dateline = readout_metadata_parse_dateline (paragraphs[i].text, paragraphs[i].length,
                                                     &dateline);

  for (guint i = 0; i < n_paragraphs; i++)
    {
      const ReadoutParagraph *p = &paragraphs[i];
      gboolean short_line = p->length < 200;

      if (!near_edge (i, n_paragraphs) || !short_line)
        continue;

      if (metadata->outlet == NULL && readout_boilerplate_is_url (p->text, p->length))
        {
          g_autofree char *url = g_strndup (p->text, p->length);
          metadata->outlet = readout_metadata_outlet_for_host (lexicon, url);
        }
      /* "Source: https://www.example.com/…" */
      if (metadata->outlet == NULL && readout_boilerplate_count_words (p->text, p->length) <= 25 &&
          !readout_boilerplate_is_prose (p->text, p->length))
        {
          g_autofree char *line = g_strndup (p->text, p->length);
          const char *url = strstr (line, "://");

          if (url != NULL)
            {
              while (url > line && g_ascii_isalpha (url[-1]))
                url--;
              metadata->outlet = readout_metadata_outlet_for_host (lexicon, url);
            }
          else
            metadata->outlet = outlet_for_domain_word (lexicon, line);
        }
      if (metadata->outlet == NULL)
        metadata->outlet = readout_metadata_outlet_from_line (lexicon, p->text, p->length);
      if (metadata->byline == NULL && i < EDGE_PARAGRAPHS &&
          !readout_boilerplate_is_prose (p->text, p->length))
        metadata->byline = readout_metadata_parse_byline (p->text, p->length);
      if (!have_date && readout_metadata_is_date_line (p->text, p->length))
        have_date = readout_metadata_find_date (p->text, p->length, &date);
      if (i < EDGE_PARAGRAPHS && (!have_date || metadata->byline == NULL))
        {
          ReadoutPartialDate info_date;
          g_autofree char *author = NULL;

          if (readout_metadata_parse_info_line (p->text, p->length, &info_date, &author))
            {
              if (!have_date && info_date.month != 0)
                {
                  date = info_date;
                  have_date = TRUE;
                }
              if (metadata->byline == NULL)
                metadata->byline = g_steal_pointer (&author);
            }
        }
    }

  /* A wire story's trailer, "(Reporting by Jane Doe; Editing by John Roe)", names its
   * reporter when no byline did. */
  for (guint i = n_paragraphs; i > 0 && metadata->byline == NULL; i--)
    if (i + EDGE_PARAGRAPHS >= n_paragraphs + 1 && paragraphs[i - 1].length < 300)
      metadata->byline = parse_wire_trailer (paragraphs[i - 1].text, paragraphs[i - 1].length);

  if (!have_date && have_dateline && dateline.date.month != 0)
    {
      date = dateline.date;
      have_date = TRUE;
    }
  /* "Originally published at 10:11 am on May 1, this article was updated …" */
  for (guint i = 0; i < n_paragraphs && !have_date; i++)
    if (near_edge (i, n_paragraphs) && paragraphs[i].length < 400 &&
        mentions_publication (paragraphs[i].text, paragraphs[i].length))
      have_date = readout_metadata_find_date (paragraphs[i].text, paragraphs[i].length, &date);

  if (have_date && date.year == 0)
    {
      /* The year from the latest full date elsewhere in the article, if any. */
      for (guint i = 0; i < n_paragraphs; i++)
        date.year = MAX (date.year, readout_metadata_find_year (paragraphs[i].text,
                                                                 paragraphs[i].length));
      if (!date_is_valid (date.year, date.month, date.day))
        date.year = 0;
    }
  /* "03/04/2026" on a US site is 4 March. */
  if (have_date && date.day_first_guess &&
      readout_metadata_outlet_is_month_first (lexicon, metadata->outlet))
    {
      int day = date.month;

      date.month = date.day;
      date.day = day;
    }
  if (have_date && metadata->published == NULL)
    metadata->published = readout_metadata_format_date (&date);

  if (metadata->outlet == NULL && metadata->masthead != NULL)
    metadata->outlet = g_strdup (metadata->masthead);
  /* "Courier staff" under the masthead "Kestra Courier": the masthead is the full name. */
  if (!outlet_given && metadata->outlet != NULL && metadata->masthead != NULL &&
      strstr (metadata->masthead, metadata->outlet) != NULL)
    replace_string (&metadata->outlet, metadata->masthead);
  if (metadata->outlet == NULL && have_dateline && dateline.agency != NULL)
    {
      metadata->outlet = readout_metadata_outlet_for_agency (lexicon, dateline.agency);
      if (metadata->outlet == NULL)
        metadata->outlet = g_strdup (dateline.agency);
    }
}
