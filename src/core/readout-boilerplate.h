/* readout-boilerplate.h: telling page furniture from article paragraphs, shared by the loaders.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-lexicon.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_LINE_KEEP,
  READOUT_LINE_DROP, /* a boilerplate line */
  READOUT_LINE_TAIL, /* "You may also like": drop it and the list of headlines after it */
} ReadoutLineVerdict;

typedef enum
{
  READOUT_PARAGRAPH_NONE    = 0,
  READOUT_PARAGRAPH_HEADING = 1 << 0, /* a subheading in the body (HTML h2..h6) */
  READOUT_PARAGRAPH_QUOTE   = 1 << 1, /* a block quotation */
  READOUT_PARAGRAPH_LIST    = 1 << 2, /* a list item */
} ReadoutParagraphFlags;

/* One candidate paragraph: a stripped, non-empty piece of valid UTF-8 that the caller owns. */
typedef struct
{
  const char *text;
  gsize       length;
  guint       flags;    /* ReadoutParagraphFlags */
  gboolean    keep;     /* out: TRUE when it belongs to the article body */
} ReadoutParagraph;

typedef struct _ReadoutBoilerplate ReadoutBoilerplate;

/* The matcher built from the "boilerplate" table of the default lexicon, built once. */
ReadoutBoilerplate *readout_boilerplate_get_default (void);
ReadoutBoilerplate *readout_boilerplate_new         (ReadoutLexicon     *lexicon);
void                readout_boilerplate_free        (ReadoutBoilerplate *self);

/* What the lexicon says about one line. */
ReadoutLineVerdict  readout_boilerplate_match       (ReadoutBoilerplate *self,
                                                     const char         *line,
                                                     gsize               length);

/* Folds case and turns every run of characters that are not letters or digits into one
 * space, without leading or trailing space: the key under which paragraphs that differ only
 * in spacing, case or punctuation compare equal. */
char               *readout_boilerplate_normalize   (const char         *text,
                                                     gssize              length);

/* Words in a line (runs of letters or digits). */
guint               readout_boilerplate_count_words (const char         *text,
                                                     gsize               length);

/* TRUE when the line reads as running prose: it ends like a sentence and has a few words, or
 * it is long. Headlines, names, labels and share rows are not prose. */
gboolean            readout_boilerplate_is_prose    (const char         *text,
                                                     gsize               length);

/* TRUE for a line that is only a web address or a bare domain name. */
gboolean            readout_boilerplate_is_url      (const char         *text,
                                                     gsize               length);

/* Decides which paragraphs are the article body: drops lexicon boilerplate, share rows,
 * template tokens ("article_Author"), lines that are only a web address, a date or a byline,
 * photo captions, repetitions of the title or of its slug, lists after "You may also like",
 * short labels before the body and after its end, and paragraphs that repeat earlier ones
 * (equal after normalize()). Paragraphs before body_start are front matter (title area):
 * only prose survives there, and a front-matter paragraph that the body repeats is the
 * one dropped. Linear in the size of the input. */
void                readout_boilerplate_filter      (ReadoutBoilerplate *self,
                                                     ReadoutParagraph   *paragraphs,
                                                     guint               n_paragraphs,
                                                     const char         *title,
                                                     guint               body_start);

/* Joins the kept paragraphs with "\n" and returns the text; spans (of ReadoutSpan) receives
 * the byte range of each paragraph in it. */
char               *readout_boilerplate_join        (const ReadoutParagraph *paragraphs,
                                                     guint                   n_paragraphs,
                                                     GArray                 *spans);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutBoilerplate, readout_boilerplate_free)

G_END_DECLS
