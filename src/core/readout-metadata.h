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
  /* A numeric date read day first ("03/04/2026" as 3 April) that could be month first. */
  gboolean day_first_guess;
} ReadoutPartialDate;

/* Finds the first date written out in text ("May 01 2025", "1 May, 2025", "Thursday, May 1",
 * "2025-05-01", "12/03/2026", "12.03.2026"). Numeric dates are read day first, as most of the
 * world writes them, unless only month first makes a date ("03/25/2026"). Returns FALSE when
 * there is none. */
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

/* A line of short fields about the article, separated by "|", "•" or "·": a place, a date, a
 * time, "Updated …", "4 min read", "By …" ("Salvera | Thursday, 12 March 2026 | Updated 21:40").
 * At least one field must be about time. When the line is one, date receives its date (month
 * 0 when it gives none) and byline the author of a "By …" field (else NULL); either may be
 * NULL. */
gboolean  readout_metadata_parse_info_line  (const char          *line,
                                             gsize                length,
                                             ReadoutPartialDate  *date,
                                             char               **byline);
/* TRUE for a line that is only a name: capitalised words ("Jane Doe", "New Delhi"). */
gboolean  readout_metadata_is_name          (const char          *line,
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
/* TRUE when the "outlets" table says that the outlet (a display name) writes numeric dates
 * month first, as US outlets do. */
gboolean  readout_metadata_outlet_is_month_first (ReadoutLexicon *lexicon,
                                                  const char     *outlet);
/* An outlet naming itself in a line: "The Wire is now on WhatsApp", "The Wire Staff",
 * "Express News Service"; NULL when the line does not. */
char     *readout_metadata_outlet_from_line (ReadoutLexicon      *lexicon,
                                             const char          *line,
                                             gsize                length);
/* The outlet named by a masthead, the page's first line ("THE COURIER", "Kestra Courier –
 * Your coast, your news"): one to five capitalised words, a tagline after a dash cut off.
 * A name in capitals is given as the paragraphs write it, else in title case. NULL when the
 * line is not such a name. The caller decides that the line is in the masthead's place. */
char     *readout_metadata_outlet_from_masthead (ReadoutLexicon         *lexicon,
                                                 const char             *line,
                                                 gsize                   length,
                                                 const ReadoutParagraph *paragraphs,
                                                 guint                   n_paragraphs);
/* The host name of an http(s) address ("https://m.thewire.in/x" gives "m.thewire.in"). */
char     *readout_metadata_host_of_url      (const char          *url);

/* What the lines of an article say about it. */
typedef struct
{
  char *outlet;
  char *byline;
  char *published; /* ISO 8601 */
  /* in: the outlet a masthead names, weaker evidence than the article's own mentions of its
   * outlet but stronger than a dateline's agency (a wire story carried by the masthead's
   * site); NULL if none */
  char *masthead;
} ReadoutTextMetadata;

/* Reads the outlet (web addresses, self-mentions such as "The Wire Staff", "Follow The Wire
 * on X", "© 2026 The Wire", an author's note "… is a columnist for The Wire", then the
 * masthead given in metadata, then a dateline's agency), the byline ("By …", a field of an
 * info line, a wire trailer "Reporting by …") and the publication date (date lines, info
 * lines, the dateline, "Originally published … on May 1"; a missing year from other dates
 * in the text) from an article's paragraphs, whether kept or not. body_start: the paragraph where the body begins (its
 * dateline is looked for there). Fields already set in metadata are left alone. */
void      readout_metadata_infer_from_text  (ReadoutLexicon          *lexicon,
                                             const ReadoutParagraph  *paragraphs,
                                             guint                    n_paragraphs,
                                             guint                    body_start,
                                             ReadoutTextMetadata     *metadata);
void      readout_text_metadata_clear       (ReadoutTextMetadata     *metadata);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReadoutTextMetadata, readout_text_metadata_clear)

G_END_DECLS
