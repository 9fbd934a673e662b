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
  ReadoutSegmentation  *seg;
  ReadoutEngineLexicon *lexicon;
  GArray               *open;  /* OpenQuote, innermost last */
  gboolean              continuation; /* the next paragraph's opening mark continues the quote */
} Segmenter;

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0x202F || c == 0xFEFF;
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
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

/* Scans a word or number from pos; returns its end and sets *possessive_at. */
static gsize
scan_word (const char *text,
           gsize       pos,
           gsize       end,
           gsize      *base_end)
{
  gsize q = pos;
  gboolean dotted = FALSE;
  gunichar first = char_at (text, pos, end);
  gboolean digits = first < 0x80 ? g_ascii_isdigit (first) : g_unichar_isdigit (first);

  while (q < end)
    {
      gunichar c, next, prev;
      gsize after;

      /* Plain ASCII letters and digits: the common case, whatever surrounds them */
      if ((guchar)text[q] < 0x80 && g_ascii_isalnum (text[q]))
        {
          q++;
          continue;
        }
      c = char_at (text, q, end);
      after = next_pos (text, q);
      next = char_at (text, after, end);
      prev = char_before (text, q, pos);

      if (is_word_char (c))
        q = after;
      else if ((is_apostrophe (c) || is_hyphen (c)) && q > pos &&
               is_word_char (prev) && is_word_char (next))
        q = after;
      else if (digits && (c == ',' || c == '.') && g_unichar_isdigit (next) && g_unichar_isdigit (prev))
        q = after;
      else if (c == '.' && g_unichar_isalpha (next) && g_unichar_isalpha (prev) &&
               (q - pos == 1 || text[q - 2] == '.'))
        {
          /* "U.S", "e.g": one letter between dots */
          dotted = TRUE;
          q = after;
        }
      else if (c == '&' && g_unichar_isupper (prev) && g_unichar_isupper (next))
        q = after;
      else
        break;
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

static void
add_token (Segmenter *self,
           guint      start,
           guint      end,
           guint      base_end,
           guint8     kind)
{
  const char *text = self->seg->text;
  ReadoutToken token = { start, end, base_end, kind, 0, 0, -1 };

  if (self->open->len)
    token.quote = g_array_index (self->open, OpenQuote, self->open->len - 1).quote;
  if (kind == READOUT_TOKEN_WORD)
    {
      gunichar c = char_at (text, start, end);
      gboolean all_caps;
      guint letters = 0;

      if (c < 0x80 ? g_ascii_isupper (c) : (g_unichar_isupper (c) || g_unichar_istitle (c)))
        token.flags |= READOUT_TOKEN_CAPITALIZED;
      /* only a capitalized word can be all capitals */
      all_caps = (token.flags & READOUT_TOKEN_CAPITALIZED) != 0;
      for (gsize p = start; all_caps && p < base_end; p = next_pos (text, p))
        {
          gunichar u = char_at (text, p, base_end);
          if (u < 0x80 ? g_ascii_isalpha (u) : g_unichar_isalpha (u))
            {
              letters++;
              if (!(u < 0x80 ? g_ascii_isupper (u) : g_unichar_isupper (u)))
                all_caps = FALSE;
            }
        }
      if (all_caps && letters >= 2)
        token.flags |= READOUT_TOKEN_ALL_CAPS;
    }
  if (base_end < end)
    token.flags |= READOUT_TOKEN_POSSESSIVE;
  g_array_append_val (self->seg->tokens, token);
}

static guint
open_quote (Segmenter *self,
            guint      mark_token,
            guint      mark)
{
  ReadoutToken *token = &g_array_index (self->seg->tokens, ReadoutToken, mark_token);
  ReadoutQuote quote = { mark_token, G_MAXUINT, mark_token + 1, 0, token->end, 0, 0, token->quote };
  OpenQuote open = { self->seg->quotes->len, mark };

  g_array_append_val (self->seg->quotes, quote);
  g_array_append_val (self->open, open);
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
      const ReadoutToken *t = readout_segmentation_token (self->seg, i);
      if (t->kind == READOUT_TOKEN_WORD || t->kind == READOUT_TOKEN_NUMBER || t->kind == READOUT_TOKEN_HANDLE)
        quote->n_words++;
    }
}

/* Closes the innermost open quote of the given mark; FALSE when none is open. */
static gboolean
close_quote (Segmenter *self,
             guint      mark,
             guint      close_token)
{
  const ReadoutToken *t = readout_segmentation_token (self->seg, close_token);
  gint found = -1;

  for (gint i = self->open->len - 1; i >= 0; i--)
    if (g_array_index (self->open, OpenQuote, i).mark == mark)
      {
        found = i;
        break;
      }
  if (found < 0)
    return FALSE;
  while ((gint)self->open->len > found)
    {
      OpenQuote open = g_array_index (self->open, OpenQuote, self->open->len - 1);
      finish_quote (self, open.quote, close_token, close_token, t->start);
      g_array_set_size (self->open, self->open->len - 1);
    }
  return TRUE;
}

static gboolean
double_open (Segmenter *self)
{
  for (guint i = 0; i < self->open->len; i++)
    if (g_array_index (self->open, OpenQuote, i).mark == MARK_DOUBLE)
      return TRUE;
  return FALSE;
}

static gboolean
single_open (Segmenter *self)
{
  return self->open->len && g_array_index (self->open, OpenQuote, self->open->len - 1).mark == MARK_SINGLE;
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
  guint token_index = self->seg->tokens->len;

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
              ReadoutToken *t = &g_array_index (self->seg->tokens, ReadoutToken, token_index - 1);
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

  if (opening && self->open->len >= MAX_OPEN_QUOTES)
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
        g_array_index (self->seg->tokens, ReadoutToken, token_index).kind = READOUT_TOKEN_PUNCT;
      else
        g_array_index (self->seg->tokens, ReadoutToken, token_index).quote =
          self->open->len ? (gint)g_array_index (self->open, OpenQuote, self->open->len - 1).quote : -1;
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
  guint first_token = self->seg->tokens->len;

  while (p < end)
    {
      gunichar c = char_at (text, p, end);
      gsize after = next_pos (text, p);

      if (is_space (c))
        {
          p = after;
          continue;
        }
      if (is_word_char (c))
        {
          gsize base_end;
          gsize q = scan_word (text, p, end, &base_end);

          add_token (self, p, q, base_end,
                     g_unichar_isdigit (c) ? READOUT_TOKEN_NUMBER : READOUT_TOKEN_WORD);
          p = q;
        }
      else if ((c == '@' || c == '#') && is_word_char (char_at (text, after, end)))
        {
          gsize base_end;
          gsize q = scan_word (text, after, end, &base_end);

          add_token (self, p, q, base_end, READOUT_TOKEN_HANDLE);
          p = q;
        }
      else if (is_quote_char (c))
        {
          handle_quote_mark (self, c, p, after, start, end, first);
          p = after;
        }
      else
        {
          add_token (self, p, after, after, READOUT_TOKEN_PUNCT);
          p = after;
        }
      first = FALSE;
    }

  if (self->seg->tokens->len > first_token)
    g_array_index (self->seg->tokens, ReadoutToken, first_token).flags |= READOUT_TOKEN_PARAGRAPH_START;

  /* Quotes still open at the end of the paragraph */
  if (self->open->len && has_next && double_open (self) &&
      paragraph_opens_with_quote (text, next_start, next_end))
    {
      self->continuation = TRUE;
      return;
    }
  while (self->open->len)
    {
      OpenQuote open = g_array_index (self->open, OpenQuote, self->open->len - 1);
      guint last = self->seg->tokens->len;
      guint quote_end = last > first_token ? g_array_index (self->seg->tokens, ReadoutToken, last - 1).end : end;

      finish_quote (self, open.quote, G_MAXUINT, last, quote_end);
      g_array_set_size (self->open, self->open->len - 1);
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
  return *s == '.' || *s == '!' || *s == '?' || g_utf8_get_char (s) == 0x2026;
}

static gboolean
is_abbreviation_before (Segmenter *self,
                        guint      i)
{
  const ReadoutSegmentation *seg = self->seg;
  const ReadoutToken *dot = readout_segmentation_token (seg, i);
  const ReadoutToken *prev;
  char word[32];
  gsize len;

  if (i == 0 || seg->text[dot->start] != '.')
    return FALSE;
  prev = readout_segmentation_token (seg, i - 1);
  if (prev->end != dot->start || prev->kind != READOUT_TOKEN_WORD)
    return FALSE;
  len = prev->end - prev->start;
  /* An initial: "S. Jaishankar" */
  if (g_utf8_strlen (seg->text + prev->start, len) == 1 && (prev->flags & READOUT_TOKEN_CAPITALIZED))
    return TRUE;
  if (len >= sizeof word)
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
      ReadoutToken *t = &g_array_index (seg->tokens, ReadoutToken, i);
      const char *s = seg->text + t->start;

      if (t->kind == READOUT_TOKEN_PUNCT && i > first &&
          (*s == ':' || *s == '-' || g_utf8_get_char (s) == 0x2013 || g_utf8_get_char (s) == 0x2014))
        {
          if (!strong)
            return first;
          for (guint k = first; k <= i; k++)
            g_array_index (seg->tokens, ReadoutToken, k).flags |= READOUT_TOKEN_DATELINE;
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
    g_array_index (self->seg->tokens, ReadoutToken, i).sentence = index;
  g_array_index (self->seg->tokens, ReadoutToken, first).flags |= READOUT_TOKEN_SENTENCE_START;
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
    g_array_index (seg->tokens, ReadoutToken, i).sentence = seg->sentences->len;

  for (guint i = start; i < last; i++)
    {
      const ReadoutToken *t = readout_segmentation_token (seg, i);
      guint j;

      if (!is_sentence_end_punct (seg, t) || is_abbreviation_before (self, i))
        continue;
      j = i + 1;
      while (j < last)
        {
          const ReadoutToken *n = readout_segmentation_token (seg, j);
          const char *s = seg->text + n->start;
          if (n->kind == READOUT_TOKEN_QUOTE_CLOSE || *s == ')' || *s == ']' ||
              (n->kind == READOUT_TOKEN_PUNCT && n->start == readout_segmentation_token (seg, j - 1)->end &&
               (*s == '"' || g_utf8_get_char (s) == 0x201D)))
            j++;
          else
            break;
        }
      if (j < last)
        {
          const ReadoutToken *n = readout_segmentation_token (seg, j);
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

ReadoutSegmentation *
readout_segmentation_new (const char           *text,
                          gsize                 length,
                          const ReadoutSpan    *paragraphs,
                          guint                 n_paragraphs,
                          ReadoutEngineLexicon *lexicon)
{
  ReadoutSegmentation *seg = g_new0 (ReadoutSegmentation, 1);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  ReadoutSpan whole = { 0, length };
  Segmenter self = { seg, lexicon, g_array_new (FALSE, FALSE, sizeof (OpenQuote)), FALSE };

  seg->text = text;
  seg->length = length;
  seg->lower = g_malloc (length + 1);
  for (gsize i = 0; i < length; i++)
    seg->lower[i] = g_ascii_tolower (text[i]);
  seg->lower[length] = '\0';
  seg->tokens = g_array_sized_new (FALSE, FALSE, sizeof (ReadoutToken), length / 5 + 16);
  seg->sentences = g_array_new (FALSE, FALSE, sizeof (ReadoutSentence));
  seg->quotes = g_array_new (FALSE, FALSE, sizeof (ReadoutQuote));

  if (paragraphs == NULL || n_paragraphs == 0)
    {
      paragraphs = &whole;
      n_paragraphs = length ? 1 : 0;
    }

  for (guint p = 0; p < n_paragraphs; p++)
    {
      guint first = seg->tokens->len;
      gboolean has_next = p + 1 < n_paragraphs;

      g_array_append_val (starts, first);
      tokenize_paragraph (&self, paragraphs[p].start, MIN (paragraphs[p].end, length),
                          has_next ? paragraphs[p + 1].start : 0,
                          has_next ? MIN (paragraphs[p + 1].end, length) : 0, has_next);
    }
  for (guint p = 0; p < n_paragraphs; p++)
    {
      guint first = g_array_index (starts, guint, p);
      guint last = p + 1 < n_paragraphs ? g_array_index (starts, guint, p + 1) : seg->tokens->len;
      split_sentences (&self, first, last, p);
    }

  g_array_unref (self.open);

  /* What the lexicon knows of each word, looked up once */
  seg->info = g_new0 (guint, seg->tokens->len + 1);
  for (guint i = 0; i < seg->tokens->len; i++)
    {
      const ReadoutToken *t = readout_segmentation_token (seg, i);
      if (t->kind == READOUT_TOKEN_WORD)
        seg->info[i] = readout_engine_lexicon_word_info (lexicon, seg->lower + t->start, t->base_end - t->start);
    }
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
