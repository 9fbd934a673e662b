/* readout-segmenter.h: tokens, sentences and quotations of a document's text.
 *
 * Tokens keep their byte offsets; words keep inner apostrophes and hyphens ("Lashkar-e-Taiba",
 * "India’s") and dotted abbreviations ("U.S."). Sentences do not end after abbreviations
 * ("Lt.", "Mr."), initials ("S. Jaishankar") or inside a dateline ("NEW DELHI:"), and always end
 * with a paragraph. Quotations pair curly and straight double quotes and single curly quotes; a
 * quotation left open at the end of a paragraph continues when the next paragraph opens with a
 * quote mark (the news convention for quotes over several paragraphs).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "readout-engine-lexicon.h"
#include "readout-types.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_TOKEN_WORD,
  READOUT_TOKEN_NUMBER,
  READOUT_TOKEN_HANDLE,
  READOUT_TOKEN_PUNCT,
  READOUT_TOKEN_QUOTE_OPEN,
  READOUT_TOKEN_QUOTE_CLOSE,
} ReadoutTokenKind;

typedef enum
{
  READOUT_TOKEN_CAPITALIZED     = 1 << 0,
  READOUT_TOKEN_ALL_CAPS        = 1 << 1,
  READOUT_TOKEN_SENTENCE_START  = 1 << 2,
  READOUT_TOKEN_PARAGRAPH_START = 1 << 3,
  READOUT_TOKEN_POSSESSIVE      = 1 << 4, /* "India’s": base_end stops before the apostrophe */
  READOUT_TOKEN_DATELINE        = 1 << 5,
} ReadoutTokenFlags;

typedef struct
{
  guint  start;
  guint  end;
  guint  base_end;  /* end without a possessive ending */
  guint8 kind;      /* ReadoutTokenKind */
  guint8 flags;     /* ReadoutTokenFlags */
  guint  sentence;
  gint   quote;     /* innermost quotation holding the token, or -1 */
} ReadoutToken;

typedef struct
{
  guint first; /* tokens [first, last) */
  guint last;
  guint paragraph;
} ReadoutSentence;

typedef struct
{
  guint open;     /* token of the opening mark */
  guint close;    /* token of the closing mark, or G_MAXUINT when the paragraph ends first */
  guint first;    /* content tokens [first, last) */
  guint last;
  guint start;    /* byte span of the content, inside the marks */
  guint end;
  guint n_words;
  gint  parent;   /* enclosing quotation or -1 */
} ReadoutQuote;

typedef struct
{
  const char *text;    /* not owned */
  char       *lower;   /* ASCII-lower-cased copy of text */
  gsize       length;
  GArray     *tokens;    /* ReadoutToken */
  GArray     *sentences; /* ReadoutSentence */
  GArray     *quotes;    /* ReadoutQuote, by opening position */
  guint      *info;      /* per token: readout_engine_lexicon_word_info() of its lower-case base */
} ReadoutSegmentation;

ReadoutSegmentation *readout_segmentation_new  (const char           *text,
                                                gsize                 length,
                                                const ReadoutSpan    *paragraphs,
                                                guint                 n_paragraphs,
                                                ReadoutEngineLexicon *lexicon);
void                 readout_segmentation_free (ReadoutSegmentation  *self);

static inline const ReadoutToken *
readout_segmentation_token (const ReadoutSegmentation *self,
                            guint                      i)
{
  return &g_array_index (self->tokens, ReadoutToken, i);
}

static inline ReadoutWordClass
readout_segmentation_word_class (const ReadoutSegmentation *self,
                                 guint                      i)
{
  return i < self->tokens->len ? (ReadoutWordClass)(self->info[i] & 0xff) : READOUT_WORD_NONE;
}

/* Whether a phrase of the table may start at token i (a quick filter). */
static inline gboolean
readout_segmentation_may_start (const ReadoutSegmentation *self,
                                guint                      i,
                                ReadoutPhraseTable         table)
{
  return i < self->tokens->len && (self->info[i] & (1u << (8 + table))) != 0;
}

/* TRUE when token i is exactly the ASCII word (compared case-insensitively). Inline: called
 * with literal words all over the rules, so the length check folds to a constant. */
static inline gboolean
readout_segmentation_token_is (const ReadoutSegmentation *self,
                               guint                      i,
                               const char                *word)
{
  const ReadoutToken *t;
  gsize len;

  if (i >= self->tokens->len)
    return FALSE;
  t = readout_segmentation_token (self, i);
  /* Most tokens differ in the first letter: no need for the length of a word not known here */
  if (word[0] != '\0' && self->lower[t->start] != word[0])
    return FALSE;
  len = strlen (word);
  if (t->end - t->start != len)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    if (self->lower[t->start + k] != word[k])
      return FALSE;
  return TRUE;
}
/* Copies the lower-cased words [first, last) joined by single spaces into buffer; FALSE when
 * they do not fit. */
gboolean readout_segmentation_phrase   (const ReadoutSegmentation *self,
                                        guint                      first,
                                        guint                      last,
                                        gboolean                   lower,
                                        char                      *buffer,
                                        gsize                      size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutSegmentation, readout_segmentation_free)

G_END_DECLS
