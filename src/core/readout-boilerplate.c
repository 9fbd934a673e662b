/* readout-boilerplate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-boilerplate.h"
#include "readout-metadata.h"

/* Lines longer than these word counts are never matched by prefix/contains or raw patterns:
 * a real paragraph may well mention "follow us" or start with "Read more". */
#define MAX_PREFIX_WORDS 25
#define MAX_RAW_WORDS    40
/* How many leading words of a line are tried as prefixes. */
#define MAX_PREFIX_LENGTH 10

struct _ReadoutBoilerplate
{
  GHashTable *lines;    /* normalized pattern → verdict */
  GHashTable *prefixes; /* normalized pattern → verdict */
  GHashTable *prefix_starts; /* first words of the prefixes */
  GHashTable *words;    /* share-bar words */
  GPtrArray  *contains; /* Pattern */
  GPtrArray  *raw;      /* Pattern */
  gboolean    raw_plain; /* a raw pattern has none of RAW_MARKS */
  gboolean    is_mark[256];
};

/* Almost every caption or credit pattern has one of these; a line without any is checked
 * against the raw patterns only when some pattern lacks them too. */
#define RAW_MARKS "(:/|)\xc2"

typedef struct
{
  char               *text;
  gsize               length;
  gssize              mark;    /* offset of the first RAW_MARKS byte in text, or -1 */
  ReadoutLineVerdict  verdict;
} Pattern;

static void
pattern_free (Pattern *pattern)
{
  g_free (pattern->text);
  g_free (pattern);
}

char *
readout_boilerplate_normalize (const char *text,
                               gssize      length)
{
  GString *out;
  const char *p, *end;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  out = g_string_sized_new (length);
  end = text + length;
  for (p = text; p < end;)
    {
      gunichar c;
      gboolean alnum;

      if ((guchar)*p < 0x80)
        {
          c = *p++;
          alnum = g_ascii_isalnum (c);
        }
      else
        {
          c = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
          alnum = g_unichar_isalnum (c);
        }
      if (alnum)
        {
          if (pending_space && out->len > 0)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          if (c < 0x80)
            g_string_append_c (out, g_ascii_tolower (c));
          else
            g_string_append_unichar (out, g_unichar_tolower (c));
        }
      else
        pending_space = TRUE;
    }
  return g_string_free (out, FALSE);
}

guint
readout_boilerplate_count_words (const char *text,
                                 gsize       length)
{
  const char *p = text, *end = text + length;
  gboolean in_word = FALSE;
  guint words = 0;

  while (p < end)
    {
      gboolean alnum;

      /* Most text is ASCII: decode only what is not. */
      if ((guchar)*p < 0x80)
        {
          alnum = g_ascii_isalnum (*p);
          p++;
        }
      else
        {
          alnum = g_unichar_isalnum (g_utf8_get_char (p));
          p = g_utf8_next_char (p);
        }
      if (alnum && !in_word)
        words++;
      in_word = alnum;
    }
  return words;
}

gboolean
readout_boilerplate_is_prose (const char *text,
                              gsize       length)
{
  guint words = readout_boilerplate_count_words (text, length);
  const char *last;
  gunichar c;

  if (words >= 20)
    return TRUE;
  if (words < 5 || length == 0)
    return FALSE;
  last = g_utf8_find_prev_char (text, text + length);
  /* Closing quotes and brackets: look at what they close. */
  while (last != NULL)
    {
      c = g_utf8_get_char (last);
      if (c != '"' && c != '\'' && c != ')' && c != 0x201D && c != 0x2019 && c != 0xBB)
        break;
      last = g_utf8_find_prev_char (text, last);
    }
  if (last == NULL)
    return FALSE;
  c = g_utf8_get_char (last);
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == 0x2026 ||
         c == 0x3002 || c == '"' || c == 0x201D;
}

gboolean
readout_boilerplate_is_url (const char *text,
                            gsize       length)
{
  gsize i;
  gboolean dot = FALSE;

  if (length > 2048 || length == 0)
    return FALSE;
  if ((length > 7 && g_ascii_strncasecmp (text, "http://", 7) == 0) ||
      (length > 8 && g_ascii_strncasecmp (text, "https://", 8) == 0) ||
      (length > 4 && g_ascii_strncasecmp (text, "www.", 4) == 0))
    {
      for (i = 0; i < length; i++)
        if (g_ascii_isspace (text[i]))
          return FALSE;
      return TRUE;
    }
  /* A bare host name: "m.thewire.in". */
  for (i = 0; i < length; i++)
    {
      if (text[i] == '.')
        dot = TRUE;
      else if (!g_ascii_isalnum (text[i]) && text[i] != '-' && text[i] != '/')
        return FALSE;
    }
  return dot && g_ascii_isalpha (text[length - 1]) && length < 80 &&
         text[length - 1] != '.' && strchr ("abcdefghijklmnopqrstuvwxyz", text[0]) != NULL;
}

static ReadoutLineVerdict
parse_action (const char *action)
{
  return g_strcmp0 (action, "tail") == 0 ? READOUT_LINE_TAIL : READOUT_LINE_DROP;
}

ReadoutBoilerplate *
readout_boilerplate_new (ReadoutLexicon *lexicon)
{
  ReadoutBoilerplate *self = g_new0 (ReadoutBoilerplate, 1);
  GPtrArray *rows;

  g_return_val_if_fail (READOUT_IS_LEXICON (lexicon), NULL);

  self->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->prefix_starts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->contains = g_ptr_array_new_with_free_func ((GDestroyNotify)pattern_free);
  for (const char *m = RAW_MARKS; *m; m++)
    self->is_mark[(guchar)*m] = TRUE;
  self->raw = g_ptr_array_new_with_free_func ((GDestroyNotify)pattern_free);

  rows = readout_lexicon_get_rows (lexicon, "boilerplate");
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      const char *match = row[1] ? row[1] : "line";
      ReadoutLineVerdict verdict = parse_action (row[1] ? row[2] : NULL);
      Pattern *pattern;

      if (g_strcmp0 (match, "raw") == 0)
        {
          pattern = g_new0 (Pattern, 1);
          pattern->text = g_utf8_strdown (row[0], -1);
          pattern->length = strlen (pattern->text);
          pattern->mark = strcspn (pattern->text, RAW_MARKS);
          pattern->verdict = verdict;
          if (pattern->text[pattern->mark] == '\0')
            {
              pattern->mark = -1;
              self->raw_plain = TRUE;
            }
          g_ptr_array_add (self->raw, pattern);
          continue;
        }

      {
        g_autofree char *key = readout_boilerplate_normalize (row[0], -1);

        if (*key == '\0')
          continue;
        if (g_strcmp0 (match, "prefix") == 0)
          {
            g_hash_table_add (self->prefix_starts, g_strndup (key, strcspn (key, " ")));
            g_hash_table_replace (self->prefixes, g_steal_pointer (&key), GINT_TO_POINTER (verdict));
          }
        else if (g_strcmp0 (match, "word") == 0)
          g_hash_table_replace (self->words, g_steal_pointer (&key), GINT_TO_POINTER (verdict));
        else if (g_strcmp0 (match, "contains") == 0)
          {
            pattern = g_new0 (Pattern, 1);
            pattern->text = g_steal_pointer (&key);
            pattern->verdict = verdict;
            g_ptr_array_add (self->contains, pattern);
          }
        else
          {
            /* A table may list a line both as "drop" and as "tail": tail wins. */
            gpointer old = g_hash_table_lookup (self->lines, key);

            if (GPOINTER_TO_INT (old) != READOUT_LINE_TAIL)
              g_hash_table_replace (self->lines, g_steal_pointer (&key), GINT_TO_POINTER (verdict));
          }
      }
    }
  return self;
}

void
readout_boilerplate_free (ReadoutBoilerplate *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->lines);
  g_hash_table_unref (self->prefixes);
  g_hash_table_unref (self->prefix_starts);
  g_hash_table_unref (self->words);
  g_ptr_array_unref (self->contains);
  g_ptr_array_unref (self->raw);
  g_free (self);
}

ReadoutBoilerplate *
readout_boilerplate_get_default (void)
{
  static ReadoutBoilerplate *boilerplate;

  if (g_once_init_enter (&boilerplate))
    g_once_init_leave (&boilerplate, readout_boilerplate_new (readout_lexicon_get_default ()));
  return boilerplate;
}

static gboolean
is_share_row (ReadoutBoilerplate *self,
              const char         *normalized)
{
  g_auto(GStrv) words = g_strsplit (normalized, " ", -1);

  if (words[0] == NULL || g_hash_table_size (self->words) == 0)
    return FALSE;
  for (guint i = 0; words[i]; i++)
    if (!g_hash_table_contains (self->words, words[i]))
      return FALSE;
  return TRUE;
}

/* words: the line's word count; normalized: its normalize()d form. */
static ReadoutLineVerdict
match_line (ReadoutBoilerplate *self,
            const char         *line,
            gsize               length,
            guint               words,
            char               *normalized)
{
  gpointer verdict;

  if (words > MAX_RAW_WORDS)
    return READOUT_LINE_KEEP;

  if (self->raw->len > 0)
    {
      /* Each pattern is tried where the line has the pattern's mark ("(", ":", …), so a line
       * costs a few comparisons rather than a search for every pattern. */
      for (gsize i = 0; i < length; i++)
        {
          if (!self->is_mark[(guchar)line[i]])
            continue;
          for (guint r = 0; r < self->raw->len; r++)
            {
              Pattern *pattern = g_ptr_array_index (self->raw, r);
              gsize start;

              if (pattern->mark < 0 || pattern->text[pattern->mark] != line[i] ||
                  (gsize)pattern->mark > i)
                continue;
              start = i - pattern->mark;
              if (start + pattern->length <= length &&
                  g_ascii_strncasecmp (line + start, pattern->text, pattern->length) == 0)
                return pattern->verdict;
            }
        }
      if (self->raw_plain)
        {
          g_autofree char *lower = g_ascii_strdown (line, length);

          for (guint r = 0; r < self->raw->len; r++)
            {
              Pattern *pattern = g_ptr_array_index (self->raw, r);

              if (pattern->mark < 0 && strstr (lower, pattern->text) != NULL)
                return pattern->verdict;
            }
        }
    }
  if (words > MAX_PREFIX_WORDS)
    return READOUT_LINE_KEEP;

  if (g_hash_table_lookup_extended (self->lines, normalized, NULL, &verdict))
    return GPOINTER_TO_INT (verdict);

  /* Prefixes end at a word boundary: try the first one, two, … words of the line, if a
   * prefix starts with its first word at all. */
  {
    guint n = 0;
    gsize first_length = strcspn (normalized, " ");
    char saved_first = normalized[first_length];
    gboolean possible;

    normalized[first_length] = '\0';
    possible = g_hash_table_contains (self->prefix_starts, normalized);
    normalized[first_length] = saved_first;
    if (!possible)
      n = MAX_PREFIX_LENGTH;

    for (char *p = normalized; *p && n < MAX_PREFIX_LENGTH; p++)
      if (*p == ' ' || p[1] == '\0')
        {
          char saved;
          gboolean found;

          n++;
          if (p[1] == '\0')
            p++;
          saved = *p;
          *p = '\0';
          found = g_hash_table_lookup_extended (self->prefixes, normalized, NULL, &verdict);
          *p = saved;
          if (found)
            return GPOINTER_TO_INT (verdict);
          if (saved == '\0')
            break;
        }
  }

  for (guint i = 0; i < self->contains->len; i++)
    {
      Pattern *pattern = g_ptr_array_index (self->contains, i);
      const char *hit = strstr (normalized, pattern->text);
      gsize n = strlen (pattern->text);

      /* Whole words only. */
      if (hit != NULL && (hit == normalized || hit[-1] == ' ') && (hit[n] == '\0' || hit[n] == ' '))
        return pattern->verdict;
    }

  if (words <= 8 && is_share_row (self, normalized))
    return READOUT_LINE_DROP;
  return READOUT_LINE_KEEP;
}

ReadoutLineVerdict
readout_boilerplate_match (ReadoutBoilerplate *self,
                           const char         *line,
                           gsize               length)
{
  g_autofree char *normalized = NULL;
  guint words;

  g_return_val_if_fail (self != NULL, READOUT_LINE_KEEP);

  words = readout_boilerplate_count_words (line, length);
  if (words > MAX_RAW_WORDS)
    return READOUT_LINE_KEEP;
  normalized = readout_boilerplate_normalize (line, length);
  return match_line (self, line, length, words, normalized);
}

/* Placeholders of a page template that leaked into the text: "article_Author",
 * "tlbr_img1 Video tlbr_img2 Editor's pick". */
static gboolean
has_template_token (const char *text,
                    gsize       length)
{
  gsize i = 0;

  while (i < length)
    {
      gsize start, end;
      gboolean underscore = FALSE, letter = FALSE;

      while (i < length && g_ascii_isspace (text[i]))
        i++;
      start = i;
      while (i < length && !g_ascii_isspace (text[i]))
        i++;
      end = i;
      for (gsize j = start; j < end; j++)
        {
          if (text[j] == '_' && j > start && j + 1 < end)
            underscore = TRUE;
          else if (g_ascii_isalpha (text[j]))
            letter = TRUE;
          else if (!g_ascii_isdigit (text[j]) && text[j] != '_')
            {
              underscore = FALSE;
              break;
            }
        }
      if (underscore && letter)
        return TRUE;
    }
  return FALSE;
}

static gboolean
contains_url (const char *text,
              gsize       length)
{
  for (gsize i = 0; i + 4 <= length; i++)
    if ((text[i] == ':' && i + 3 <= length && text[i + 1] == '/' && text[i + 2] == '/') ||
        (g_ascii_strncasecmp (text + i, "www.", 4) == 0 && (i == 0 || !g_ascii_isalnum (text[i - 1]))))
      return TRUE;
  return FALSE;
}

/* A site's name written as its domain: "NDTV.com", "thehindu.co.in". */
static gboolean
contains_domain (const char *text,
                 gsize       length)
{
  static const char *tlds[] = { ".com", ".in", ".org", ".net", ".co.uk", ".news", ".tv", ".pk",
                                ".ca", ".au", ".de", ".fr", NULL };

  for (gsize i = 1; i < length; i++)
    {
      if (text[i] != '.' || !g_ascii_isalnum (text[i - 1]))
        continue;
      for (guint t = 0; tlds[t]; t++)
        {
          gsize n = strlen (tlds[t]);

          if (i + n <= length && g_ascii_strncasecmp (text + i, tlds[t], n) == 0 &&
              (i + n == length || !g_ascii_isalnum (text[i + n])))
            return TRUE;
        }
    }
  return FALSE;
}

typedef struct
{
  char    *key;   /* normalize()d text */
  guint    words;
  gboolean prose;
} Info;

/* After "You may also like": the headlines of the list, up to the next real paragraph. */
static gboolean
is_list_entry (const Info *info)
{
  return !info->prose || info->words < 12;
}

void
readout_boilerplate_filter (ReadoutBoilerplate *self,
                            ReadoutParagraph   *paragraphs,
                            guint               n_paragraphs,
                            const char         *title,
                            guint               body_start)
{
  g_autofree Info *infos = NULL;
  g_autofree char *title_key = NULL;
  g_autoptr(GHashTable) seen = NULL;
  gboolean in_tail_list = FALSE;
  guint first_body = G_MAXUINT, last_prose = G_MAXUINT, top_zone_end;

  g_return_if_fail (self != NULL);
  g_return_if_fail (n_paragraphs == 0 || paragraphs != NULL);

  if (n_paragraphs == 0)
    return;
  body_start = MIN (body_start, n_paragraphs);
  title_key = title ? readout_boilerplate_normalize (title, -1) : NULL;
  infos = g_new0 (Info, n_paragraphs);

  /* Pass 1: each line on its own. */
  for (guint i = 0; i < n_paragraphs; i++)
    {
      ReadoutParagraph *p = &paragraphs[i];
      Info *info = &infos[i];
      ReadoutLineVerdict verdict;
      g_autofree char *byline = NULL;

      info->key = readout_boilerplate_normalize (p->text, p->length);
      info->words = readout_boilerplate_count_words (p->text, p->length);
      info->prose = info->words >= 20 || readout_boilerplate_is_prose (p->text, p->length);
      p->keep = FALSE;

      if (info->key[0] == '\0')
        continue;
      verdict = match_line (self, p->text, p->length, info->words, info->key);
      if (verdict == READOUT_LINE_TAIL)
        {
          in_tail_list = TRUE;
          continue;
        }
      if (in_tail_list && is_list_entry (info))
        continue;
      in_tail_list = FALSE;
      if (verdict == READOUT_LINE_DROP)
        continue;
      if (info->words <= 12 && has_template_token (p->text, p->length))
        continue;
      if (readout_boilerplate_is_url (p->text, p->length))
        continue;
      /* "Source: https://…", "Read the original at www.…" */
      if (!info->prose && info->words <= 15 && contains_url (p->text, p->length))
        continue;
      if (title_key != NULL && strcmp (info->key, title_key) == 0)
        continue;
      if (!info->prose && readout_metadata_is_date_line (p->text, p->length))
        continue;
      /* "Salvera | 12 March 2026 | Updated 21:40" */
      if (!info->prose && readout_metadata_parse_info_line (p->text, p->length, NULL, NULL))
        continue;
      if (!info->prose && (byline = readout_metadata_parse_byline (p->text, p->length)) != NULL)
        continue;
      /* Front matter: deks survive, labels, names and credits do not. */
      if (i < body_start && !info->prose && info->words <= 6)
        continue;
      p->keep = TRUE;
    }

  /* Pass 2: short labels at the top and bottom of the body ("Marco Rubio" under a photo,
   * "Tags", a lone name), which a subheading in the middle of the article is not. */
  for (guint i = body_start; i < n_paragraphs; i++)
    if (paragraphs[i].keep)
      {
        if (first_body == G_MAXUINT)
          first_body = i;
        if (infos[i].prose)
          last_prose = i;
      }
  top_zone_end = first_body;
  for (guint i = first_body, kept = 0; i < n_paragraphs && kept < 8; i++)
    if (paragraphs[i].keep)
      {
        kept++;
        top_zone_end = i + 1;
      }
  for (guint i = first_body; i < top_zone_end && i < n_paragraphs; i++)
    if (paragraphs[i].keep && !infos[i].prose && infos[i].words <= 3 &&
        !(paragraphs[i].flags & READOUT_PARAGRAPH_HEADING))
      paragraphs[i].keep = FALSE;
  if (last_prose != G_MAXUINT)
    for (guint i = last_prose + 1; i < n_paragraphs; i++)
      if (paragraphs[i].keep && !infos[i].prose &&
          (infos[i].words < 8 || contains_domain (paragraphs[i].text, paragraphs[i].length)))
        paragraphs[i].keep = FALSE;

  /* Pass 3: repeated paragraphs. The first one stays, except when a front-matter paragraph
   * (a standfirst) is repeated in the body: the body's copy is the article's own. */
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n_paragraphs; i++)
    {
      gpointer previous;

      if (!paragraphs[i].keep)
        continue;
      if (g_hash_table_lookup_extended (seen, infos[i].key, NULL, &previous))
        {
          guint j = GPOINTER_TO_UINT (previous);

          if (j < body_start && i >= body_start)
            {
              paragraphs[j].keep = FALSE;
              g_hash_table_insert (seen, infos[i].key, GUINT_TO_POINTER (i));
            }
          else
            paragraphs[i].keep = FALSE;
          continue;
        }
      g_hash_table_insert (seen, infos[i].key, GUINT_TO_POINTER (i));
    }

  for (guint i = 0; i < n_paragraphs; i++)
    g_free (infos[i].key);
}

char *
readout_boilerplate_join (const ReadoutParagraph *paragraphs,
                          guint                   n_paragraphs,
                          GArray                 *spans)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (spans != NULL, NULL);

  for (guint i = 0; i < n_paragraphs; i++)
    {
      ReadoutSpan span;

      if (!paragraphs[i].keep)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      span.start = text->len;
      g_string_append_len (text, paragraphs[i].text, paragraphs[i].length);
      span.end = text->len;
      g_array_append_val (spans, span);
    }
  return g_string_free (text, FALSE);
}
