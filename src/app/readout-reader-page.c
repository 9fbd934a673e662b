/* readout-reader-page.c: the HTML page the source reader shows.
 *
 * The page is ours: the article's cleaned text goes in as escaped text only, split into
 * segments at every attribution and evidence boundary so that overlapping and nested spans
 * need no nesting of elements. Every segment carries its byte offset in the document text
 * (data-b), which lets the page map a selection back to byte offsets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "readout-palette.h"
#include "readout-reader-private.h"
#include "readout-views-resources.h"

typedef enum
{
  ITEM_ATTRIBUTION,
  ITEM_EVIDENCE,
} ItemKind;

/* A span to mark in the text. */
typedef struct
{
  gsize    start;
  gsize    end;
  ItemKind kind;
  guint    index; /* into the attributions, or the contradiction's evidence */
} Item;

typedef struct
{
  ReadoutDocument                *document;
  const char                     *text;
  gsize                           length;
  const ReadoutReaderPageOptions *options;
  GPtrArray                      *attributions; /* ReadoutAttribution */
  gboolean                       *selected;     /* per attribution */
  gboolean                       *anchored;     /* per item: its anchor was written */
  GArray                         *items;        /* Item, sorted by start */
  GHashTable                     *speakers;     /* ReadoutActor → class number */
  GPtrArray                      *speaker_list; /* ReadoutActor, class number - 1 */
  GString                        *html;
} PageBuilder;

void
readout_views_ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      readout_views_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

/* Escapes text for HTML content and attribute values. Unlike g_markup_escape_text() it keeps
 * control characters as they are (HTML maps character references to C1 controls to other
 * characters) and writes carriage returns as references (the HTML parser would turn a raw CR
 * into LF): the DOM text must stay identical to the document text for the offsets to hold. */
static void
append_escaped_len (GString    *html,
                    const char *text,
                    gsize       length)
{
  const char *p = text;
  const char *end = text + length;
  const char *run = p;

  for (; p < end; p++)
    {
      const char *entity;

      switch (*p)
        {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        case '\'': entity = "&#39;"; break;
        case '\r': entity = "&#13;"; break;
        default: entity = NULL; break;
        }
      if (entity == NULL)
        continue;
      g_string_append_len (html, run, p - run);
      g_string_append (html, entity);
      run = p + 1;
    }
  g_string_append_len (html, run, end - run);
}

static void
append_escaped (GString    *html,
                const char *text)
{
  if (text != NULL)
    append_escaped_len (html, text, strlen (text));
}

/* Moves a byte offset back to the start of the UTF-8 character it falls in. */
static gsize
char_boundary (const char *text,
               gsize       length,
               gsize       offset)
{
  offset = MIN (offset, length);
  while (offset > 0 && offset < length && ((guchar)text[offset] & 0xC0) == 0x80)
    offset--;
  return offset;
}

gsize
readout_reader_utf16_to_byte (const char *text,
                              gsize       length,
                              gsize       start,
                              gsize       utf16_units)
{
  const char *p, *end;

  g_return_val_if_fail (text != NULL, 0);

  start = char_boundary (text, length, start);
  p = text + start;
  end = text + length;
  while (utf16_units > 0 && p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      const char *next;

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          /* Not UTF-8 (the model promises it is): count the byte as one unit. */
          next = p + 1;
          utf16_units--;
        }
      else
        {
          guint units = c >= 0x10000 ? 2 : 1;

          next = g_utf8_next_char (p);
          utf16_units = utf16_units > units ? utf16_units - units : 0;
        }
      p = MIN (next, end);
    }
  return p - text;
}

gsize
readout_reader_byte_to_utf16 (const char *text,
                              gsize       start,
                              gsize       end)
{
  gsize units = 0;
  const char *p;

  g_return_val_if_fail (text != NULL, 0);

  for (p = text + start; p < text + end; p = g_utf8_next_char (p))
    units += g_utf8_get_char (p) >= 0x10000 ? 2 : 1;
  return units;
}

static int
compare_attributions (gconstpointer a,
                      gconstpointer b)
{
  ReadoutAttribution *x = *(ReadoutAttribution **)a;
  ReadoutAttribution *y = *(ReadoutAttribution **)b;
  gsize xs = readout_attribution_get_start (x), ys = readout_attribution_get_start (y);
  gsize xe = readout_attribution_get_end (x), ye = readout_attribution_get_end (y);

  if (xs != ys)
    return xs < ys ? -1 : 1;
  if (xe != ye)
    return xe > ye ? -1 : 1;
  return 0;
}

GPtrArray *
readout_reader_collect_attributions (ReadoutDocument *document,
                                     GListModel      *statements)
{
  GPtrArray *attributions = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_statements;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (document), attributions);

  if (statements == NULL)
    return attributions;

  n_statements = g_list_model_get_n_items (statements);
  for (guint i = 0; i < n_statements; i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);
      GListModel *list = readout_statement_get_attributions (statement);
      guint n = g_list_model_get_n_items (list);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(ReadoutAttribution) attribution = g_list_model_get_item (list, j);

          if (readout_attribution_get_document (attribution) == document)
            g_ptr_array_add (attributions, g_steal_pointer (&attribution));
        }
    }
  g_ptr_array_sort (attributions, compare_attributions);
  return attributions;
}

static ReadoutActor *
attribution_speaker (ReadoutAttribution *attribution)
{
  ReadoutActor *speaker = readout_attribution_get_speaker (attribution);
  ReadoutStatement *statement;

  if (speaker != NULL)
    return speaker;
  statement = readout_attribution_get_statement (attribution);
  return statement ? readout_statement_get_speaker (statement) : NULL;
}

/* The CSS class number of a speaker's colour; 0 for an unknown speaker. */
static guint
speaker_class (PageBuilder  *builder,
               ReadoutActor *speaker)
{
  gpointer number;

  if (speaker == NULL)
    return 0;
  number = g_hash_table_lookup (builder->speakers, speaker);
  if (number == NULL)
    {
      g_ptr_array_add (builder->speaker_list, speaker);
      number = GUINT_TO_POINTER (builder->speaker_list->len);
      g_hash_table_insert (builder->speakers, speaker, number);
    }
  return GPOINTER_TO_UINT (number);
}

static const char *
kind_class (ReadoutAttributionKind kind)
{
  switch (kind)
    {
    case READOUT_ATTRIBUTION_DIRECT: return "direct";
    case READOUT_ATTRIBUTION_INDIRECT: return "indirect";
    case READOUT_ATTRIBUTION_MIXED: return "mixed";
    default: return "indirect";
    }
}

static const char *
kind_label (ReadoutAttributionKind kind)
{
  switch (kind)
    {
    case READOUT_ATTRIBUTION_DIRECT: return _("Direct quote");
    case READOUT_ATTRIBUTION_MIXED: return _("Partial quote");
    case READOUT_ATTRIBUTION_INDIRECT:
    default: return _("Reported speech");
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return (int)x->kind - (int)y->kind;
}

static void
add_item (PageBuilder *builder,
          gsize        start,
          gsize        end,
          ItemKind     kind,
          guint        index)
{
  Item item;

  item.start = char_boundary (builder->text, builder->length, start);
  item.end = char_boundary (builder->text, builder->length, end);
  item.kind = kind;
  item.index = index;
  if (item.start < item.end)
    g_array_append_val (builder->items, item);
}

static void
collect_items (PageBuilder *builder)
{
  const ReadoutReaderPageOptions *options = builder->options;

  for (guint i = 0; i < builder->attributions->len; i++)
    {
      ReadoutAttribution *attribution = g_ptr_array_index (builder->attributions, i);

      add_item (builder, readout_attribution_get_start (attribution),
                readout_attribution_get_end (attribution), ITEM_ATTRIBUTION, i);
      builder->selected[i] = options->selected != NULL &&
                             readout_attribution_get_statement (attribution) == options->selected;
    }

  if (options->evidence_of != NULL)
    {
      GListModel *evidence = readout_contradiction_get_evidence (options->evidence_of);
      guint n = g_list_model_get_n_items (evidence);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ReadoutEvidence) item = g_list_model_get_item (evidence, i);

          if (readout_evidence_get_document (item) == builder->document)
            add_item (builder, readout_evidence_get_start (item), readout_evidence_get_end (item),
                      ITEM_EVIDENCE, i);
        }
    }
  g_array_sort (builder->items, compare_items);
}

/* Active attribution items, the innermost (shortest) first: it decides colour and click. */
static int
compare_by_length (gconstpointer a,
                   gconstpointer b)
{
  const Item *x = *(const Item **)a, *y = *(const Item **)b;
  gsize xl = x->end - x->start, yl = y->end - y->start;

  if (xl != yl)
    return xl < yl ? -1 : 1;
  return x->start > y->start ? -1 : (x->start < y->start ? 1 : 0);
}

static void
append_segment (PageBuilder *builder,
                gsize        start,
                gsize        end,
                GPtrArray   *active)
{
  g_autoptr(GPtrArray) attributions = g_ptr_array_new ();
  g_autoptr(GPtrArray) evidence = g_ptr_array_new ();
  GString *html = builder->html;
  gboolean selected = FALSE, current = FALSE, first = FALSE;
  gboolean evidence_starts = FALSE, evidence_ends = FALSE;
  ReadoutAttribution *innermost = NULL;

  for (guint i = 0; i < active->len; i++)
    {
      Item *item = g_ptr_array_index (active, i);
      guint item_number = item - (Item *)(gpointer)builder->items->data;

      /* An empty element marks where an attribution or evidence begins: for scrolling. */
      if (!builder->anchored[item_number])
        {
          builder->anchored[item_number] = TRUE;
          g_string_append_printf (html, "<span class=\"anchor\" id=\"%s-%u\"></span>",
                                  item->kind == ITEM_ATTRIBUTION ? "att" : "ev", item->index);
          if (item->kind == ITEM_ATTRIBUTION)
            first = TRUE;
        }
      if (item->kind == ITEM_ATTRIBUTION)
        {
          g_ptr_array_add (attributions, item);
          selected |= builder->selected[item->index];
        }
      else
        {
          g_ptr_array_add (evidence, item);
          current |= item->index == builder->options->current_evidence;
          evidence_starts |= item->start == start;
          evidence_ends |= item->end == end;
        }
    }

  if (active->len == 0)
    {
      g_string_append_printf (html, "<span data-b=\"%" G_GSIZE_FORMAT "\">", start);
      append_escaped_len (html, builder->text + start, end - start);
      g_string_append (html, "</span>");
      return;
    }

  g_string_append (html, "<mark class=\"");
  if (attributions->len > 0)
    {
      g_ptr_array_sort (attributions, compare_by_length);
      innermost = g_ptr_array_index (builder->attributions,
                                     ((Item *)g_ptr_array_index (attributions, 0))->index);
      g_string_append_printf (html, "hl %s spk-%u",
                              kind_class (readout_attribution_get_kind (innermost)),
                              speaker_class (builder, attribution_speaker (innermost)));
      if (attributions->len > 1)
        g_string_append (html, " nested");
      if (selected)
        g_string_append (html, " selected");
      if (evidence->len > 0)
        g_string_append (html, " ");
    }
  if (evidence->len > 0)
    {
      /* The frame's sides close at the evidence's ends only, not at every segment. */
      g_string_append (html, current ? "ev ev-current" : "ev");
      if (evidence_starts)
        g_string_append (html, " ev-start");
      if (evidence_ends)
        g_string_append (html, " ev-end");
    }
  g_string_append (html, "\"");

  if (innermost != NULL)
    {
      ReadoutStatement *statement = readout_attribution_get_statement (innermost);

      g_string_append (html, " data-a=\"");
      for (guint i = 0; i < attributions->len; i++)
        g_string_append_printf (html, "%s%u", i ? " " : "",
                                ((Item *)g_ptr_array_index (attributions, i))->index);
      g_string_append (html, "\"");
      if (statement != NULL && readout_statement_get_id (statement) != NULL)
        {
          g_string_append (html, " data-s=\"");
          append_escaped (html, readout_statement_get_id (statement));
          g_string_append (html, "\"");
        }
      if (first)
        g_string_append (html, " tabindex=\"0\" role=\"button\"");
    }
  if (evidence->len > 0)
    {
      g_string_append (html, " data-ev=\"");
      for (guint i = 0; i < evidence->len; i++)
        g_string_append_printf (html, "%s%u", i ? " " : "",
                                ((Item *)g_ptr_array_index (evidence, i))->index);
      g_string_append (html, "\"");
    }
  g_string_append_printf (html, " data-b=\"%" G_GSIZE_FORMAT "\">", start);
  append_escaped_len (html, builder->text + start, end - start);
  g_string_append (html, "</mark>");
}

static int
compare_gsize (gconstpointer a,
               gconstpointer b)
{
  gsize x = *(const gsize *)a, y = *(const gsize *)b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const ReadoutSpan *x = a, *y = b;

  return x->start < y->start ? -1 : (x->start > y->start ? 1 : 0);
}

static void
append_article (PageBuilder *builder)
{
  const ReadoutSpan *paragraphs;
  guint n_paragraphs;
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (ReadoutSpan));
  g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GPtrArray) active = g_ptr_array_new ();
  guint next_item = 0, next_bound = 0;

  paragraphs = readout_document_get_paragraphs (builder->document, &n_paragraphs);
  for (guint i = 0; i < n_paragraphs; i++)
    {
      ReadoutSpan span;

      span.start = char_boundary (builder->text, builder->length, paragraphs[i].start);
      span.end = char_boundary (builder->text, builder->length, paragraphs[i].end);
      if (span.start < span.end)
        g_array_append_val (spans, span);
    }
  if (spans->len == 0 && builder->length > 0)
    {
      ReadoutSpan whole = { 0, builder->length };

      g_array_append_val (spans, whole);
    }
  g_array_sort (spans, compare_spans);

  if (spans->len == 0)
    {
      g_string_append_printf (builder->html, "<p class=\"empty\">%s</p>\n",
                              _("This article has no text."));
      return;
    }

  for (guint i = 0; i < builder->items->len; i++)
    {
      Item *item = &g_array_index (builder->items, Item, i);

      g_array_append_val (bounds, item->start);
      g_array_append_val (bounds, item->end);
    }
  g_array_sort (bounds, compare_gsize);

  for (guint p = 0; p < spans->len; p++)
    {
      gsize start = g_array_index (spans, ReadoutSpan, p).start;
      gsize end = g_array_index (spans, ReadoutSpan, p).end;

      /* Overlapping paragraph spans would repeat text: skip what was already written. */
      if (p > 0)
        start = MAX (start, g_array_index (spans, ReadoutSpan, p - 1).end);
      if (start >= end)
        continue;

      g_string_append (builder->html, "<p dir=\"auto\">");
      while (next_bound < bounds->len && g_array_index (bounds, gsize, next_bound) <= start)
        next_bound++;

      while (start < end)
        {
          gsize stop = end;

          if (next_bound < bounds->len && g_array_index (bounds, gsize, next_bound) < end)
            stop = g_array_index (bounds, gsize, next_bound);
          while (next_bound < bounds->len && g_array_index (bounds, gsize, next_bound) <= stop)
            next_bound++;

          while (next_item < builder->items->len &&
                 g_array_index (builder->items, Item, next_item).start <= start)
            {
              Item *item = &g_array_index (builder->items, Item, next_item);

              if (item->end > start)
                g_ptr_array_add (active, item);
              next_item++;
            }
          for (guint i = active->len; i > 0; i--)
            if (((Item *)g_ptr_array_index (active, i - 1))->end <= start)
              g_ptr_array_remove_index (active, i - 1);

          append_segment (builder, start, stop, active);
          start = stop;
        }
      g_string_append (builder->html, "</p>\n");
    }
}

static void
append_row (GString    *html,
            const char *label,
            const char *value)
{
  g_string_append (html, "<div class=\"card-row\"><span class=\"card-label\">");
  append_escaped (html, label);
  g_string_append (html, "</span> ");
  append_escaped (html, value);
  g_string_append (html, "</div>");
}

/* The hover card of one attribution, hidden in the page until the script shows it. */
static void
append_card (PageBuilder        *builder,
             guint               index,
             ReadoutAttribution *attribution)
{
  GString *html = builder->html;
  ReadoutStatement *statement = readout_attribution_get_statement (attribution);
  ReadoutActor *speaker = attribution_speaker (attribution);
  ReadoutActor *reported_by = readout_attribution_get_reported_by (attribution);
  const char *cue = readout_attribution_get_cue (attribution);
  g_autoptr(GPtrArray) outlets = g_ptr_array_new ();

  g_string_append_printf (html, "<div id=\"card-%u\">", index);
  g_string_append_printf (html, "<div class=\"card-speaker\"><span class=\"swatch spk-%u\"></span>",
                          speaker_class (builder, speaker));
  append_escaped (html, speaker ? readout_actor_get_name (speaker) : _("Unknown speaker"));
  g_string_append (html, "</div><div class=\"card-kind\">");
  append_escaped (html, kind_label (readout_attribution_get_kind (attribution)));
  if (cue != NULL && *cue != '\0')
    {
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), cue);

      g_string_append (html, " · ");
      append_escaped (html, quoted);
    }
  g_string_append (html, "</div>");

  if (reported_by != NULL)
    append_row (html, _("Reported by"), readout_actor_get_name (reported_by));

  if (statement != NULL)
    {
      GListModel *addressees = readout_statement_get_addressees (statement);
      GListModel *reports = readout_statement_get_attributions (statement);
      guint n;

      n = g_list_model_get_n_items (addressees);
      if (n > 0)
        {
          g_autoptr(GString) names = g_string_new (NULL);

          for (guint i = 0; i < n; i++)
            {
              g_autoptr(ReadoutActor) addressee = g_list_model_get_item (addressees, i);

              if (i > 0)
                g_string_append (names, ", ");
              g_string_append (names, readout_actor_get_name (addressee));
            }
          append_row (html, _("Addressed to"), names->str);
        }

      n = g_list_model_get_n_items (reports);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ReadoutAttribution) report = g_list_model_get_item (reports, i);
          ReadoutDocument *document = readout_attribution_get_document (report);

          if (document != NULL && document != builder->document &&
              !g_ptr_array_find (outlets, document, NULL))
            g_ptr_array_add (outlets, document);
        }
    }

  if (outlets->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < outlets->len; i++)
        {
          if (i > 0)
            g_string_append (names, ", ");
          g_string_append (names, readout_document_get_display_name (g_ptr_array_index (outlets, i)));
        }
      append_row (html, _("Also reported by"), names->str);
    }
  else
    {
      g_string_append (html, "<div class=\"card-row card-muted\">");
      append_escaped (html, _("No other article reports this statement"));
      g_string_append (html, "</div>");
    }
  g_string_append (html, "<div class=\"card-hint\">");
  append_escaped (html, _("Click to select the statement"));
  g_string_append (html, "</div></div>\n");
}

/* A date for people: "1 May 2025"; "1 May" for ISO 8601's year-less "--05-01". */

static void
append_header (PageBuilder *builder)
{
  ReadoutDocument *document = builder->document;
  GString *html = builder->html;
  g_autofree char *title = readout_document_dup_display_title (document);
  const char *outlet = readout_document_get_outlet (document);
  const char *byline = readout_document_get_byline (document);
  const char *published = readout_document_get_published (document);
  gboolean need_separator = FALSE;

  g_string_append (html, "<header class=\"article-header\">");
  if (outlet != NULL && *outlet != '\0')
    {
      g_string_append (html, "<div class=\"outlet\">");
      append_escaped (html, outlet);
      g_string_append (html, "</div>");
    }
  g_string_append (html, "<h1 dir=\"auto\">");
  append_escaped (html, title);
  g_string_append (html, "</h1><div class=\"meta\">");
  if (published != NULL && *published != '\0')
    {
      g_autofree char *label = readout_document_dup_display_date (document, FALSE);

      g_string_append (html, "<time datetime=\"");
      append_escaped (html, published);
      g_string_append (html, "\">");
      append_escaped (html, label ? label : published);
      g_string_append (html, "</time>");
      need_separator = TRUE;
    }
  if (byline != NULL && *byline != '\0')
    {
      if (need_separator)
        g_string_append (html, "<span class=\"sep\"> · </span>");
      g_string_append (html, "<span class=\"byline\">");
      append_escaped (html, byline);
      g_string_append (html, "</span>");
    }
  g_string_append (html, "</div></header>\n");

  g_string_append (html, "<div class=\"legend\">");
  if (builder->attributions->len > 0)
    {
      g_autofree char *count = g_strdup_printf (ngettext ("%u highlighted statement",
                                                          "%u highlighted statements",
                                                          builder->attributions->len),
                                                builder->attributions->len);
      append_escaped (html, count);
      g_string_append (html, "<span class=\"sep\"> · </span><span class=\"sample direct\">");
      append_escaped (html, _("Direct quote"));
      g_string_append (html, "</span> <span class=\"sample indirect\">");
      append_escaped (html, _("Reported speech"));
      g_string_append (html, "</span>");
    }
  else
    append_escaped (html, _("No statements found in this article"));
  if (builder->options->evidence_of != NULL)
    {
      g_string_append (html, " <span class=\"sample ev\">");
      append_escaped (html, _("Evidence"));
      g_string_append (html, "</span>");
    }
  g_string_append (html, "</div>\n");
}

static void
append_speaker_styles (PageBuilder *builder)
{
  /* Every speaker's colour as an "r, g, b" triple the stylesheet mixes with alpha. */
  for (guint i = 0; i < builder->speaker_list->len; i++)
    {
      double rgb[3];

      readout_palette_actor_rgb (g_ptr_array_index (builder->speaker_list, i), rgb);
      g_string_append_printf (builder->html, ".spk-%u{--spk:%d,%d,%d}\n", i + 1,
                              (int)CLAMP (rgb[0] * 255.0 + 0.5, 0, 255),
                              (int)CLAMP (rgb[1] * 255.0 + 0.5, 0, 255),
                              (int)CLAMP (rgb[2] * 255.0 + 0.5, 0, 255));
    }
}

char *
readout_reader_build_html (ReadoutDocument                *document,
                           const ReadoutReaderPageOptions *options)
{
  static const ReadoutReaderPageOptions defaults = { 0 };
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) page = g_string_new (NULL);
  g_autoptr(GBytes) stylesheet = NULL;
  g_autofree char *generated_nonce = NULL;
  const char *nonce;
  const char *title;
  PageBuilder builder = { 0 };

  g_return_val_if_fail (READOUT_IS_DOCUMENT (document), NULL);

  if (options == NULL)
    options = &defaults;
  nonce = options->nonce;
  /* The nonce goes into an attribute and the policy unescaped: accept only plain characters. */
  if (nonce == NULL || *nonce == '\0' ||
      strspn (nonce, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") != strlen (nonce))
    {
      generated_nonce = g_uuid_string_random ();
      nonce = generated_nonce;
    }

  builder.document = document;
  builder.text = readout_document_get_text (document);
  if (builder.text == NULL)
    builder.text = "";
  builder.length = MIN (readout_document_get_length (document), strlen (builder.text));
  builder.options = options;
  builder.attributions = readout_reader_collect_attributions (document, options->statements);
  builder.selected = g_new0 (gboolean, builder.attributions->len + 1);
  builder.items = g_array_new (FALSE, FALSE, sizeof (Item));
  builder.speakers = g_hash_table_new (NULL, NULL);
  builder.speaker_list = g_ptr_array_new ();
  builder.html = body;

  collect_items (&builder);
  builder.anchored = g_new0 (gboolean, builder.items->len + 1);

  append_header (&builder);
  g_string_append (body, "<article>\n");
  append_article (&builder);
  g_string_append (body, "</article>\n<div id=\"cards\" hidden>\n");
  for (guint i = 0; i < builder.attributions->len; i++)
    append_card (&builder, i, g_ptr_array_index (builder.attributions, i));
  g_string_append (body, "</div>\n");

  title = readout_document_get_title (document);
  if (title == NULL || *title == '\0')
    title = readout_document_get_display_name (document);

  g_string_append_printf (page, "<!DOCTYPE html>\n<html class=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
                          options->theme == READOUT_READER_THEME_DARK ? "dark" :
                          options->theme == READOUT_READER_THEME_LIGHT ? "light" : "auto");
  /* Nothing but our own style may apply and nothing may load: the article's text is escaped,
   * and the page's script comes from the application in an isolated world, not the page. */
  g_string_append_printf (page,
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'nonce-%s'; script-src 'none'; img-src 'none'; font-src 'none'; "
                          "media-src 'none'; connect-src 'none'; object-src 'none'; frame-src 'none'; "
                          "base-uri 'none'; form-action 'none'\">\n", nonce);
  g_string_append (page, "<meta name=\"referrer\" content=\"no-referrer\">\n"
                         "<meta name=\"color-scheme\" content=\"light dark\">\n<title>");
  append_escaped (page, title);
  g_string_append_printf (page, "</title>\n<style nonce=\"%s\">\n", nonce);

  readout_views_ensure_resources ();
  stylesheet = g_resources_lookup_data (READOUT_READER_CSS_RESOURCE, 0, NULL);
  if (stylesheet != NULL)
    g_string_append_len (page, g_bytes_get_data (stylesheet, NULL), g_bytes_get_size (stylesheet));
  {
    GString *saved = builder.html;

    builder.html = page;
    append_speaker_styles (&builder);
    builder.html = saved;
  }
  g_string_append (page, "</style>\n</head>\n<body");
  if (options->scroll_to != NULL)
    {
      g_string_append (page, " data-scroll-to=\"");
      append_escaped (page, options->scroll_to);
      g_string_append (page, "\"");
    }
  g_string_append (page, ">\n");
  g_string_append_len (page, body->str, body->len);
  g_string_append (page, "</body>\n</html>\n");

  g_free (builder.selected);
  g_free (builder.anchored);
  g_array_unref (builder.items);
  g_hash_table_unref (builder.speakers);
  g_ptr_array_unref (builder.speaker_list);
  g_ptr_array_unref (builder.attributions);

  return g_string_free (g_steal_pointer (&page), FALSE);
}
