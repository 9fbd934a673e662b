/* readout-segmenter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-segmenter.h"

enum { MARK_DOUBLE, MARK_SINGLE };

/* Deeper nesting than this is broken text; the cap keeps the quote stack small. */
#define MAX_OPEN_QUOTES 8

typedef struct
{
  guint quote;
  guint mark;
} OpenQuote;

typedef struct
{
  ReadoutSegmentation        *seg;
  ReadoutEngineLexicon       *lexicon;
  const ReadoutWordInfoIndex *words; /* the lexicon's word info, looked up inline */
  /* The tokens are written straight into seg->tokens->data, sized ahead and grown by doubling
   * (see push_token()), and seg->tokens->len is set once at the end: a g_array_append_val()
   * per token, a library call copying through a pointer, was a good part of the time. The
   * word info (seg->info) grows along, so it is looked up as each word is found. */
  ReadoutToken               *tokens;
  guint                      *info;
  guint                       n_tokens;
  guint                       capacity;
  OpenQuote                   open[MAX_OPEN_QUOTES]; /* innermost last; no more open (handle_quote_mark()) */
  guint                       n_open;
  gint                        innermost; /* open[n_open - 1].quote or -1: the quote of new tokens */
  gboolean                    continuation; /* the next paragraph's opening mark continues the quote */
} Segmenter;

/* The character tests below take the ASCII case (most text) without a call into GLib's
 * Unicode tables; for ASCII they answer exactly as the g_unichar_* functions would. */

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static inline gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isspace (c);
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0x202F || c == 0xFEFF;
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  /* The General Punctuation block (curly quotes, dashes, the apostrophe U+2019) holds spaces,
   * marks of punctuation and format characters, but no letter, digit or combining mark */
  if (c >= 0x2000 && c <= 0x206F)
    return FALSE;
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static inline gboolean
is_digit (gunichar c)
{
  return c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c);
}

static inline gboolean
is_alpha (gunichar c)
{
  return c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c);
}

static inline gboolean
is_upper (gunichar c)
{
  return c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c);
}

static inline gunichar
char_at (const char *text,
         gsize       pos,
         gsize       end)
{
  if (pos >= end)
    return 0;
  if ((guchar)text[pos] < 0x80)
    return (guchar)text[pos];
  return g_utf8_get_char (text + pos);
}

static inline gunichar
char_before (const char *text,
             gsize       pos,
             gsize       start)
{
  if (pos <= start)
    return 0;
  if ((guchar)text[pos - 1] < 0x80)
    return (guchar)text[pos - 1];
  return g_utf8_get_char (g_utf8_prev_char (text + pos));
}

static inline gsize
next_pos (const char *text,
          gsize       pos)
{
  if ((guchar)text[pos] < 0x80)
    return pos + 1;
  return g_utf8_next_char (text + pos) - text;
}

/* Whether an ASCII byte that is no letter or digit may still continue a word (apostrophes,
 * hyphens, "3,000", "U.S.", "AT&T"): any other one ends it without a closer look. They are all
 * below 64, so a set of 64 bits holds them. */
static inline gboolean
is_joining_mark (guchar b)
{
  const guint64 marks = 1ull << '\'' | 1ull << '-' | 1ull << ',' | 1ull << '.' | 1ull << '&';

  return b < 64 && ((marks >> b) & 1) != 0;
}

/* Whether a word whose ASCII letters and digits end at q may go on, for scan_word() to decide:
 * a non-ASCII character follows, or an apostrophe (also a possessive ending), or another mark
 * that may join words and is itself followed by a letter or digit (what all of those rules
 * want on its right). Most words end at a space, a comma or a full stop and take no more. */
static inline gboolean
may_go_on (const char *text,
           gsize       q,
           gsize       end)
{
  guchar b = (guchar)text[q];
  guchar next;

  /* the end of most words, first */
  if (b == ' ')
    return FALSE;
  if (b >= 0x80 || b == '\'')
    return TRUE;
  if (!is_joining_mark (b))
    return FALSE;
  if (q + 1 >= end)
    return FALSE;
  next = (guchar)text[q + 1];
  return next >= 0x80 || g_ascii_isalnum (next);
}

/* The end of the ASCII letters and digits from pos: the bulk of the text, in a loop of its own */
static inline gsize
skip_ascii_alnum (const char *text,
                  gsize       pos,
                  gsize       end)
{
  const char *p = text + pos;
  const char *e = text + end;

  while (p < e && g_ascii_isalnum (*p))
    p++;
  return p - text;
}

/* The same where text[end] is readable and no letter or digit, so it stops the loop by itself
 * and the loop needs no check of the end per byte */
static inline gsize
skip_ascii_alnum_to_stop (const char *text,
                          gsize       pos)
{
  const char *p = text + pos;

  while (g_ascii_isalnum (*p))
    p++;
  return p - text;
}

/* Scans the rest of a word or number that starts at pos and whose ASCII letters and digits
 * have been skipped up to q, where something that may join words follows (see
 * may_go_on()); returns its end and sets *base_end (the end without a possessive or a
 * contraction). Out of line: few words need it, and inlined it would slow down the others. */
G_NO_INLINE static gsize
scan_word (const char *text,
           gsize       pos,
           gsize       q,
           gsize       end,
           gsize      *base_end)
{
  gboolean dotted = FALSE;
  /* whether anything but ASCII letters and digits is in the word: only then can it hold an
   * apostrophe, so only then are contractions looked for */
  gboolean joined = FALSE;
  gboolean digits = is_digit (char_at (text, pos, end));

  for (;;)
    {
      gunichar c, next, prev;
      gsize after;

      q = skip_ascii_alnum (text, q, end);
      if (q >= end || ((guchar)text[q] < 0x80 && !is_joining_mark (text[q])))
        break;

      c = char_at (text, q, end);
      after = next_pos (text, q);
      next = char_at (text, after, end);
      prev = char_before (text, q, pos);

      if (is_word_char (c))
        q = after;
      else if ((is_apostrophe (c) || is_hyphen (c)) && q > pos &&
               is_word_char (prev) && is_word_char (next))
        q = after;
      else if (digits && (c == ',' || c == '.') && is_digit (next) && is_digit (prev))
        q = after;
      else if (c == '.' && is_alpha (next) && is_alpha (prev) &&
               (q - pos == 1 || text[q - 2] == '.'))
        {
          /* "U.S", "e.g": one letter between dots */
          dotted = TRUE;
          q = after;
        }
      else if (c == '&' && is_upper (prev) && is_upper (next))
        q = after;
      else
        break;
      joined = TRUE;
    }
  if (dotted && q < end && text[q] == '.')
    q++;

  /* A plural possessive with a plain apostrophe: "the dockers' union" */
  if (q < end && q - pos > 1 && text[q] == '\'' && text[q - 1] == 's' &&
      (q + 1 >= end || g_ascii_isspace (text[q + 1])))
    {
      *base_end = q;
      return q + 1;
    }

  *base_end = q;
  if (!joined)
    return q;

  /* Contractions: "I’ve", "they’re", "we’ll" */
  for (gsize k = pos + 1; k < q; k++)
    {
      /* ASCII bytes decode to themselves: no call for them */
      gunichar c = (guchar)text[k] < 0x80 ? (gunichar)(guchar)text[k] : g_utf8_get_char (text + k);
      if (is_apostrophe (c))
        {
          const char *rest = g_utf8_next_char (text + k);
          gsize n = text + q - rest;
          if ((n == 2 && (strncmp (rest, "ve", 2) == 0 || strncmp (rest, "re", 2) == 0 || strncmp (rest, "ll", 2) == 0)) ||
              (n == 1 && (*rest == 'm' || *rest == 'd')))
            {
              *base_end = k;
              return q;
            }
        }
    }
  if (q - pos > 2 && text[q - 1] == 's')
    {
      const char *before_s = g_utf8_prev_char (text + q - 1);
      if (before_s > text + pos && is_apostrophe (g_utf8_get_char (before_s)))
        *base_end = before_s - text;
    }
  return q;
}

static inline ReadoutToken *
token_at (Segmenter *self,
          guint      i)
{
  return &self->tokens[i];
}

static inline ReadoutToken *
push_token (Segmenter *self)
{
  if (G_UNLIKELY (self->n_tokens == self->capacity))
    {
      self->capacity *= 2;
      g_array_set_size (self->seg->tokens, self->capacity);
      self->tokens = (ReadoutToken *)(gpointer)self->seg->tokens->data;
      self->info = g_renew (guint, self->info, self->capacity + 1);
    }
  self->info[self->n_tokens] = 0;
  return &self->tokens[self->n_tokens++];
}

/* Inline: once per token */
G_ALWAYS_INLINE static inline ReadoutToken *
add_token (Segmenter *self,
           guint      start,
           guint      end,
           guint      base_end,
           guint8     kind)
{
  ReadoutToken *token = push_token (self);

  token->start = start;
  token->end = end;
  token->base_end = base_end;
  token->kind = kind;
  token->flags = base_end < end ? READOUT_TOKEN_POSSESSIVE : 0;
  token->sentence = 0;
  token->quote = self->innermost;
  return token;
}

/* CAPITALIZED and ALL_CAPS of a word */
static guint8
case_flags (const char *text,
            gsize       start,
            gsize       base_end,
            gsize       end)
{
  gunichar c = char_at (text, start, end);
  guint letters = 0;

  if (!(c < 0x80 ? g_ascii_isupper (c) : (g_unichar_isupper (c) || g_unichar_istitle (c))))
    return 0;
  /* Most capitalized words go on in ASCII lower case: "Rubio" */
  if (c < 0x80 && start + 1 < base_end && (guchar)(text[start + 1] - 'a') < 26)
    return READOUT_TOKEN_CAPITALIZED;
  /* only a capitalized word can be all capitals */
  for (gsize p = start; p < base_end; p = next_pos (text, p))
    {
      gunichar u = char_at (text, p, base_end);
      if (is_alpha (u))
        {
          letters++;
          if (!is_upper (u))
            return READOUT_TOKEN_CAPITALIZED;
        }
    }
  return letters >= 2 ? READOUT_TOKEN_CAPITALIZED | READOUT_TOKEN_ALL_CAPS : READOUT_TOKEN_CAPITALIZED;
}

/* Adds the word, number or handle starting at start whose letters start at from; returns its
 * end. end_stops: whether the byte at end of the lower-case copy (which ends with a NUL) is no
 * letter or digit, as at the end of most paragraphs. */
static gsize
add_word (Segmenter *self,
          gsize      start,
          gsize      from,
          gsize      end,
          gboolean   end_stops,
          guint8     kind)
{
  const char *text = self->seg->text;
  const char *lower = self->seg->lower;
  gsize q = end_stops ? skip_ascii_alnum_to_stop (lower, from) : skip_ascii_alnum (lower, from, end);
  gsize base_end = q;
  ReadoutToken *token;

  if (q < end && may_go_on (text, q, end))
    q = scan_word (text, from, q, end, &base_end);
  token = add_token (self, start, q, base_end, kind);
  if (kind != READOUT_TOKEN_WORD)
    return q;
  /* a word starting with an ASCII lower-case letter has no case flags */
  if ((guchar)(text[start] - 'a') >= 26)
    token->flags |= case_flags (text, start, base_end, q);
  /* What the lexicon knows of the word (its base_end never changes afterwards) */
  self->info[self->n_tokens - 1] = readout_word_info_lookup (self->words, lower + start, base_end - start);
  return q;
}

static guint
open_quote (Segmenter *self,
            guint      mark_token,
            guint      mark)
{
  ReadoutToken *token = token_at (self, mark_token);
  ReadoutQuote quote = { mark_token, G_MAXUINT, mark_token + 1, 0, token->end, 0, 0, token->quote };
  OpenQuote open = { self->seg->quotes->len, mark };

  g_array_append_val (self->seg->quotes, quote);
  self->open[self->n_open++] = open;
  self->innermost = open.quote;
  return open.quote;
}

static void
finish_quote (Segmenter *self,
              guint      index,
              guint      close_token,
              guint      last,
              guint      end)
{
  ReadoutQuote *quote = &g_array_index (self->seg->quotes, ReadoutQuote, index);

  quote->close = close_token;
  quote->last = last;
  quote->end = end;
  for (guint i = quote->first; i < last; i++)
    {
      const ReadoutToken *t = token_at (self, i);
      if (t->kind == READOUT_TOKEN_WORD || t->kind == READOUT_TOKEN_NUMBER || t->kind == READOUT_TOKEN_HANDLE)
        quote->n_words++;
    }
}

static void
pop_open_quote (Segmenter *self)
{
  self->n_open--;
  self->innermost = self->n_open ? (gint)self->open[self->n_open - 1].quote : -1;
}

/* Closes the innermost open quote of the given mark; FALSE when none is open. */
static gboolean
close_quote (Segmenter *self,
             guint      mark,
             guint      close_token)
{
  const ReadoutToken *t = token_at (self, close_token);
  gint found = -1;

  for (gint i = self->n_open - 1; i >= 0; i--)
    if (self->open[i].mark == mark)
      {
        found = i;
        break;
      }
  if (found < 0)
    return FALSE;
  while ((gint)self->n_open > found)
    {
      finish_quote (self, self->open[self->n_open - 1].quote, close_token, close_token, t->start);
      pop_open_quote (self);
    }
  return TRUE;
}

static gboolean
double_open (Segmenter *self)
{
  for (guint i = 0; i < self->n_open; i++)
    if (self->open[i].mark == MARK_DOUBLE)
      return TRUE;
  return FALSE;
}

static gboolean
single_open (Segmenter *self)
{
  return self->n_open && self->open[self->n_open - 1].mark == MARK_SINGLE;
}

static void
handle_quote_mark (Segmenter *self,
                   gunichar   c,
                   gsize      pos,
                   gsize      after,
                   gsize      para_start,
                   gsize      para_end,
                   gboolean   first_in_paragraph)
{
  const char *text = self->seg->text;
  gunichar prev = char_before (text, pos, para_start);
  gunichar next = char_at (text, after, para_end);
  gboolean prev_open = prev == 0 || is_space (prev) || prev == '(' || prev == '[' ||
                       prev == 0x2014 || prev == 0x2013 || prev == 0x201C || prev == 0x2018 || prev == ':';
  gboolean next_open = next == 0 || is_space (next) || g_unichar_ispunct (next);
  guint mark = (c == 0x2018 || c == 0x2019) ? MARK_SINGLE : MARK_DOUBLE;
  gboolean opening;
  guint token_index = self->n_tokens;

  if (first_in_paragraph && self->continuation && mark == MARK_DOUBLE)
    {
      /* A quotation continued from the previous paragraph: this mark opens nothing new. */
      add_token (self, pos, after, after, READOUT_TOKEN_PUNCT);
      self->continuation = FALSE;
      return;
    }

  switch (c)
    {
    case 0x201C: case 0x201E: case 0x00AB:
      opening = !(is_space (prev) == FALSE && prev != 0 && next_open && double_open (self));
      break;
    case 0x201D: case 0x00BB:
      opening = prev_open && !next_open && !double_open (self);
      break;
    case 0x2018:
      opening = TRUE;
      break;
    case 0x2019:
      if (!single_open (self) || g_unichar_isalpha (next))
        {
          /* An apostrophe ("tourists’ lives") */
          if (token_index > 0)
            {
              ReadoutToken *t = token_at (self, token_index - 1);
              if (t->end == pos && t->kind == READOUT_TOKEN_WORD)
                {
                  t->end = after;
                  t->flags |= READOUT_TOKEN_POSSESSIVE;
                  return;
                }
            }
          add_token (self, pos, after, after, READOUT_TOKEN_PUNCT);
          return;
        }
      opening = FALSE;
      break;
    default: /* '"' */
      if (prev_open && !next_open)
        opening = TRUE;
      else if (next_open && !prev_open)
        opening = FALSE;
      else
        opening = !double_open (self);
      break;
    }

  if (opening && self->n_open >= MAX_OPEN_QUOTES)
    {
      /* Quotes nested this deep are broken text: marks, not quotations */
      add_token (self, pos, after, after, READOUT_TOKEN_PUNCT);
    }
  else if (opening)
    {
      add_token (self, pos, after, after, READOUT_TOKEN_QUOTE_OPEN);
      open_quote (self, token_index, mark);
    }
  else
    {
      add_token (self, pos, after, after, READOUT_TOKEN_QUOTE_CLOSE);
      if (!close_quote (self, mark, token_index))
        token_at (self, token_index)->kind = READOUT_TOKEN_PUNCT;
      else
        token_at (self, token_index)->quote = self->innermost;
    }
}

static gboolean
is_quote_char (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB ||
         c == 0x2018 || c == 0x2019;
}

static gboolean
paragraph_opens_with_quote (const char *text,
                            gsize       start,
                            gsize       end)
{
  gsize p = start;

  while (p < end && is_space (g_utf8_get_char (text + p)))
    p = next_pos (text, p);
  if (p >= end)
    return FALSE;
  return g_utf8_get_char (text + p) == 0x201C || text[p] == '"';
}

static void
tokenize_paragraph (Segmenter *self,
                    gsize      start,
                    gsize      end,
                    gsize      next_start,
                    gsize      next_end,
                    gboolean   has_next)
{
  const char *text = self->seg->text;
  gsize p = start;
  gboolean first = TRUE;
  guint first_token = self->n_tokens;
  gboolean end_stops = !g_ascii_isalnum (self->seg->lower[end]);

  while (p < end)
    {
      guchar b = (guchar)text[p];
      gsize from = p; /* where the letters of a word, number or handle start */
      guint8 kind;

      /* ASCII spaces, letters and digits, most of the text, need no decoding */
      if (g_ascii_isspace (b))
        {
          p++;
          continue;
        }
      if (g_ascii_isalnum (b))
        kind = g_ascii_isdigit (b) ? READOUT_TOKEN_NUMBER : READOUT_TOKEN_WORD;
      else
        {
          gunichar c = char_at (text, p, end);
          gsize after = next_pos (text, p);

          if (is_space (c))
            {
              p = after;
              continue;
            }
          if (is_word_char (c))
            kind = is_digit (c) ? READOUT_TOKEN_NUMBER : READOUT_TOKEN_WORD;
          else if ((c == '@' || c == '#') && is_word_char (char_at (text, after, end)))
            {
              kind = READOUT_TOKEN_HANDLE;
              from = after;
            }
          else
            {
              if (is_quote_char (c))
                handle_quote_mark (self, c, p, after, start, end, first);
              else
                add_token (self, p, after, after, READOUT_TOKEN_PUNCT);
              p = after;
              first = FALSE;
              continue;
            }
        }
      p = add_word (self, p, from, end, end_stops, kind);
      /* the space after most words, skipped here rather than by one more round */
      if (p < end && text[p] == ' ')
        p++;
      first = FALSE;
    }

  if (self->n_tokens > first_token)
    token_at (self, first_token)->flags |= READOUT_TOKEN_PARAGRAPH_START;

  /* Quotes still open at the end of the paragraph */
  if (self->n_open && has_next && double_open (self) &&
      paragraph_opens_with_quote (text, next_start, next_end))
    {
      self->continuation = TRUE;
      return;
    }
  while (self->n_open)
    {
      OpenQuote open = self->open[self->n_open - 1];
      guint last = self->n_tokens;
      guint quote_end = last > first_token ? token_at (self, last - 1)->end : end;

      finish_quote (self, open.quote, G_MAXUINT, last, quote_end);
      pop_open_quote (self);
    }
  self->continuation = FALSE;
}

static gboolean
is_sentence_end_punct (const ReadoutSegmentation *seg,
                       const ReadoutToken        *t)
{
  const char *s = seg->text + t->start;

  if (t->kind != READOUT_TOKEN_PUNCT)
    return FALSE;
  return *s == '.' || *s == '!' || *s == '?' || ((guchar)*s >= 0x80 && g_utf8_get_char (s) == 0x2026);
}

static gboolean
is_abbreviation_before (Segmenter *self,
                        guint      i)
{
  const ReadoutSegmentation *seg = self->seg;
  const ReadoutToken *dot = token_at (self, i);
  const ReadoutToken *prev;
  char word[32];
  gsize len;

  if (i == 0 || seg->text[dot->start] != '.')
    return FALSE;
  prev = token_at (self, i - 1);
  if (prev->end != dot->start || prev->kind != READOUT_TOKEN_WORD)
    return FALSE;
  len = prev->end - prev->start;
  /* An initial: "S. Jaishankar" (a word of one character) */
  if (next_pos (seg->text, prev->start) == prev->end && (prev->flags & READOUT_TOKEN_CAPITALIZED))
    return TRUE;
  if (len >= sizeof word)
    return FALSE;
  /* Most words are no abbreviation in any case, as their word info (of the lower-case word,
   * when it has no possessive ending) tells without a lookup */
  if (prev->base_end == prev->end && !(seg->info[i - 1] & READOUT_WORD_INFO_ABBREVIATION))
    return FALSE;
  memcpy (word, seg->text + prev->start, len);
  word[len] = '\0';
  return readout_engine_lexicon_is_abbreviation (self->lexicon, word);
}

/* "NEW DELHI:", "New Delhi, May 1:" at the start of a paragraph; returns the token after it. */
static guint
skip_dateline (Segmenter *self,
               guint      first,
               guint      last)
{
  ReadoutSegmentation *seg = self->seg;
  gboolean strong = FALSE;

  for (guint i = first; i < last && i < first + 10; i++)
    {
      ReadoutToken *t = token_at (self, i);
      const char *s = seg->text + t->start;

      if (t->kind == READOUT_TOKEN_PUNCT && i > first &&
          (*s == ':' || *s == '-' || g_utf8_get_char (s) == 0x2013 || g_utf8_get_char (s) == 0x2014))
        {
          if (!strong)
            return first;
          for (guint k = first; k <= i; k++)
            token_at (self, k)->flags |= READOUT_TOKEN_DATELINE;
          return i + 1;
        }
      if (t->kind == READOUT_TOKEN_WORD)
        {
          if (!(t->flags & READOUT_TOKEN_CAPITALIZED))
            return first;
          if (t->flags & READOUT_TOKEN_ALL_CAPS)
            strong = TRUE;
        }
      else if (t->kind == READOUT_TOKEN_NUMBER)
        strong = TRUE;
      else if (t->kind == READOUT_TOKEN_PUNCT && (*s == '(' || *s == ')'))
        strong = TRUE;  /* "(Reuters)" */
      else if (!(t->kind == READOUT_TOKEN_PUNCT && *s == ','))
        return first;
    }
  return first;
}

static void
add_sentence (Segmenter *self,
              guint      first,
              guint      last,
              guint      paragraph)
{
  ReadoutSentence sentence = { first, last, paragraph };
  guint index = self->seg->sentences->len;

  if (first >= last)
    return;
  g_array_append_val (self->seg->sentences, sentence);
  for (guint i = first; i < last; i++)
    token_at (self, i)->sentence = index;
  token_at (self, first)->flags |= READOUT_TOKEN_SENTENCE_START;
}

static void
split_sentences (Segmenter *self,
                 guint      first,
                 guint      last,
                 guint      paragraph)
{
  ReadoutSegmentation *seg = self->seg;
  guint start = skip_dateline (self, first, last);

  /* Dateline tokens belong to the first sentence but never start it */
  for (guint i = first; i < start; i++)
    token_at (self, i)->sentence = seg->sentences->len;

  for (guint i = start; i < last; i++)
    {
      const ReadoutToken *t = token_at (self, i);
      guint j;

      if (!is_sentence_end_punct (seg, t) || is_abbreviation_before (self, i))
        continue;
      j = i + 1;
      while (j < last)
        {
          const ReadoutToken *n = token_at (self, j);
          const char *s = seg->text + n->start;
          if (n->kind == READOUT_TOKEN_QUOTE_CLOSE || *s == ')' || *s == ']' ||
              (n->kind == READOUT_TOKEN_PUNCT && n->start == token_at (self, j - 1)->end &&
               (*s == '"' || g_utf8_get_char (s) == 0x201D)))
            j++;
          else
            break;
        }
      if (j < last)
        {
          const ReadoutToken *n = token_at (self, j);
          gboolean starts = (n->flags & READOUT_TOKEN_CAPITALIZED) || n->kind == READOUT_TOKEN_NUMBER ||
                            n->kind == READOUT_TOKEN_QUOTE_OPEN || n->kind == READOUT_TOKEN_HANDLE ||
                            seg->text[n->start] == '(';
          if (!starts)
            continue;
        }
      add_sentence (self, start, j, paragraph);
      start = j;
      i = j - 1;
    }
  add_sentence (self, start, last, paragraph);
}

/* The ASCII-lower-cased copy of the text. A plain loop over bytes with no call and no branch,
 * which the compiler turns into vector code. */
static char *
lower_copy (const char *text,
            gsize       length)
{
  char *lower = g_malloc (length + 1);

  for (gsize i = 0; i < length; i++)
    {
      /* bytes only, no widening to int, so that a vector holds 16 or 32 of them */
      guchar c = (guchar)text[i];
      guchar offset = (guchar)(c - 'A');
      lower[i] = (char)(offset < 26 ? (guchar)(c + ('a' - 'A')) : c);
    }
  lower[length] = '\0';
  return lower;
}

ReadoutSegmentation *
readout_segmentation_new (const char           *text,
                          gsize                 length,
                          const ReadoutSpan    *paragraphs,
                          guint                 n_paragraphs,
                          ReadoutEngineLexicon *lexicon)
{
  ReadoutSegmentation *seg = g_new0 (ReadoutSegmentation, 1);
  g_autofree guint *starts = NULL;
  ReadoutSpan whole = { 0, length };
  Segmenter self = {
    .seg = seg,
    .lexicon = lexicon,
    .words = readout_engine_lexicon_word_index (lexicon),
    /* About one token in five bytes of news text: usually no growing at all */
    .capacity = length / 5 + 16,
    .innermost = -1,
  };

  seg->text = text;
  seg->length = length;
  seg->lower = lower_copy (text, length);
  seg->tokens = g_array_sized_new (FALSE, FALSE, sizeof (ReadoutToken), self.capacity);
  g_array_set_size (seg->tokens, self.capacity);
  self.tokens = (ReadoutToken *)(gpointer)seg->tokens->data;
  self.info = g_new (guint, self.capacity + 1);
  /* Sized for typical news text too, saving most reallocations as they grow */
  seg->quotes = g_array_sized_new (FALSE, FALSE, sizeof (ReadoutQuote), length / 512 + 4);

  if (paragraphs == NULL || n_paragraphs == 0)
    {
      paragraphs = &whole;
      n_paragraphs = length ? 1 : 0;
    }

  starts = g_new (guint, n_paragraphs + 1);
  for (guint p = 0; p < n_paragraphs; p++)
    {
      gboolean has_next = p + 1 < n_paragraphs;

      starts[p] = self.n_tokens;
      tokenize_paragraph (&self, paragraphs[p].start, MIN (paragraphs[p].end, length),
                          has_next ? paragraphs[p + 1].start : 0,
                          has_next ? MIN (paragraphs[p + 1].end, length) : 0, has_next);
    }
  starts[n_paragraphs] = self.n_tokens;
  g_array_set_size (seg->tokens, self.n_tokens);
  /* the sentences below read and write the tokens through self.tokens, as the tokenizer did */
  self.tokens = (ReadoutToken *)(gpointer)seg->tokens->data;
  self.info[self.n_tokens] = 0;
  seg->info = g_renew (guint, self.info, self.n_tokens + 1);

  seg->sentences = g_array_sized_new (FALSE, FALSE, sizeof (ReadoutSentence),
                                      self.n_tokens / 16 + n_paragraphs);
  for (guint p = 0; p < n_paragraphs; p++)
    split_sentences (&self, starts[p], starts[p + 1], p);
  return seg;
}

void
readout_segmentation_free (ReadoutSegmentation *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->tokens);
  g_array_unref (self->sentences);
  g_array_unref (self->quotes);
  g_free (self->lower);
  g_free (self->info);
  g_free (self);
}

gboolean
readout_segmentation_phrase (const ReadoutSegmentation *self,
                             guint                      first,
                             guint                      last,
                             gboolean                   lower,
                             char                      *buffer,
                             gsize                      size)
{
  const char *source = lower ? self->lower : self->text;
  gsize n = 0;

  for (guint i = first; i < last; i++)
    {
      const ReadoutToken *t = readout_segmentation_token (self, i);
      gsize len = t->base_end - t->start;

      if (n + len + 2 > size)
        return FALSE;
      if (i > first)
        buffer[n++] = ' ';
      memcpy (buffer + n, source + t->start, len);
      n += len;
    }
  buffer[n] = '\0';
  return TRUE;
}
