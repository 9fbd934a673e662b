/* readout-metadata.h: dates, datelines, bylines and outlet names, read from article text and
 * from page metadata. Shared by the loaders.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-boilerplate.h"
#include "readout-lexicon.h"

G_BEGIN_DECLS

/* A calendar date as far as it is known: year 0 when the text gives none. */
typedef struct
{
  int   year;
  int   month;
  int   day;
  gsize start; /* where the date expression lies in the searched text */
  gsize end;
} ReadoutPartialDate;

/* Finds the first date written out in text ("May 01 2025", "1 May, 2025", "Thursday, May 1",
 * "2025-05-01"). Returns FALSE when there is none. */
gboolean  readout_metadata_find_date        (const char          *text,
                                             gsize                length,
                                             ReadoutPartialDate  *date);
/* The latest year given with a full date (month, day and year) anywhere in text; 0 if none. */
int       readout_metadata_find_year        (const char          *text,
                                             gsize                length);
/* "2025-05-01", or "--05-01" (ISO 8601 without a year) when the year is unknown; NULL when
 * the date is invalid. */
char     *readout_metadata_format_date      (const ReadoutPartialDate *date);
/* A date from a metadata value ("2025-05-01T10:11:00+05:30", "20250501", "May 1, 2025",
 * "Thu, 01 May 2025 10:11:00 GMT") as "2025-05-01"; NULL when it is not one. */
char     *readout_metadata_normalize_date   (const char          *value);
/* TRUE for a line that carries only a date, possibly with a time, a weekday and words such as
 * "Updated:" or "Published on" ("May 01 2025", "Updated: May 1, 2025 10:11 IST"). */
gboolean  readout_metadata_is_date_line     (const char          *line,
                                             gsize                length);

/* A dateline at the start of a paragraph: "New Delhi, May 1:", "NEW DELHI:",
 * "WASHINGTON (Reuters) -", "Srinagar, May 2 (PTI)". place and agency may be NULL. */
typedef struct
{
  char               *place;
  char               *agency; /* the agency in brackets, NULL if none */
  ReadoutPartialDate  date;   /* month 0 when the dateline has no date */
  gsize               length; /* bytes up to and including the separator */
} ReadoutDateline;

gboolean  readout_metadata_parse_dateline   (const char          *paragraph,
                                             gsize                length,
                                             ReadoutDateline     *dateline);
void      readout_dateline_clear            (ReadoutDateline     *dateline);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReadoutDateline, readout_dateline_clear)

/* The author named by a byline line ("By Jane Doe", "Jane Doe and John Roe",
 * "The Wire Staff"), or NULL when the line is not a byline. */
char     *readout_metadata_parse_byline     (const char          *line,
                                             gsize                length);
/* Cleans a byline from metadata: drops "By", URLs and surrounding space; NULL if nothing is
 * left. */
char     *readout_metadata_clean_byline     (const char          *value);

/* A metadata value as a reader should see it: HTML character references that were
 * escaped twice ("&amp;#8217;", "&#039;") decoded, white space collapsed, ends stripped.
 * NULL when nothing is left. */
char     *readout_metadata_tidy             (const char          *value);

/* The outlet of a web address or host name, from the "outlets" table; a subdomain matches
 * its parent. NULL when the table does not know it. */
char     *readout_metadata_outlet_for_host  (ReadoutLexicon      *lexicon,
                                             const char          *url_or_host);
/* The outlet a news agency's name or code stands for ("PTI", "Reuters"), NULL if unknown. */
char     *readout_metadata_outlet_for_agency (ReadoutLexicon     *lexicon,
                                              const char         *name);
/* An outlet naming itself in a line: "The Wire is now on WhatsApp", "The Wire Staff",
 * "Express News Service"; NULL when the line does not. */
char     *readout_metadata_outlet_from_line (ReadoutLexicon      *lexicon,
                                             const char          *line,
                                             gsize                length);
/* The host name of an http(s) address ("https://m.thewire.in/x" gives "m.thewire.in"). */
char     *readout_metadata_host_of_url      (const char          *url);

/* What the lines of an article say about it. */
typedef struct
{
  char *outlet;
  char *byline;
  char *published; /* ISO 8601 */
} ReadoutTextMetadata;

/* Reads the outlet (web addresses, self-mentions such as "The Wire Staff", a dateline's
 * agency), the byline and the publication date (date lines, the dateline, "Originally
 * published … on May 1"; a missing year from other dates in the text) from an article's
 * paragraphs, whether kept or not. body_start: the paragraph where the body begins (its
 * dateline is looked for there). Fields already set in metadata are left alone. */
void      readout_metadata_infer_from_text  (ReadoutLexicon          *lexicon,
                                             const ReadoutParagraph  *paragraphs,
                                             guint                    n_paragraphs,
                                             guint                    body_start,
                                             ReadoutTextMetadata     *metadata);
void      readout_text_metadata_clear       (ReadoutTextMetadata     *metadata);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReadoutTextMetadata, readout_text_metadata_clear)

G_END_DECLS
