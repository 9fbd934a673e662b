/* readout-report-articles.c: every article in full, annotated.
 *
 * Statements are tinted in their speaker's colour and, when quoted directly, underlined, so
 * that both survive grey printing; the mention of the speaker is bold. Each report of a
 * statement gets a number in the margin beside the line where it starts, and a note under
 * its paragraph names the speaker, the cue, who relays it and the findings it is part of.
 * The evidence of the findings gets a named destination at its line, for the links of the
 * findings section.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-actor.h"
#include "readout-attribution.h"
#include "readout-contradiction.h"
#include "readout-corpus.h"
#include "readout-document.h"
#include "readout-evidence.h"
#include "readout-palette.h"
#include "readout-report-private.h"
#include "readout-statement.h"

#define MARKER_FONT   "DejaVu Sans Bold 6.5"
#define MARKER_HEIGHT 10.0
#define MARKER_GAP    3.0
#define MAX_MARKERS   2     /* side by side in the margin, wide enough for two of three digits */
#define NOTE_INDENT   12.0
/* Statement tints: light enough for black text on them, dark enough to show in grey print. */
#define TINT_GREY     0.86

typedef struct
{
  ReadoutAttribution *attribution;
  guint               number;
  gboolean            placed;
} Mention;

typedef struct
{
  char     *dest;
  gsize     start;
  gboolean  placed;
} Anchor;

typedef struct
{
  ReadoutReport *report;
  GArray        *mentions; /* Mention, of the whole document */
  GArray        *anchors;  /* Anchor, of the whole document */
  gsize          paragraph_start;
  gsize          paragraph_end;
  gboolean       last_paragraph;
} ArticleState;

static void
clear_anchor (gpointer data)
{
  g_free (((Anchor *)data)->dest);
}

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const Mention *ma = a, *mb = b;
  gsize sa = readout_attribution_get_start (ma->attribution);
  gsize sb = readout_attribution_get_start (mb->attribution);

  return sa < sb ? -1 : (sa > sb ? 1 : 0);
}

/* Every report of a statement in the document, in text order and numbered. */
static GArray *
collect_mentions (ReadoutReport   *report,
                  ReadoutDocument *document)
{
  GListModel *statements = readout_corpus_get_statements (report->corpus);
  GArray *mentions = g_array_new (FALSE, TRUE, sizeof (Mention));

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);
      GListModel *attributions = readout_statement_get_attributions (statement);

      for (guint j = 0; j < g_list_model_get_n_items (attributions); j++)
        {
          g_autoptr(ReadoutAttribution) attribution = g_list_model_get_item (attributions, j);
          Mention mention = { attribution, 0, FALSE };

          if (readout_attribution_get_document (attribution) != document)
            continue;
          g_array_append_val (mentions, mention);
        }
    }
  g_array_sort (mentions, compare_mentions);
  for (guint i = 0; i < mentions->len; i++)
    g_array_index (mentions, Mention, i).number = i + 1;
  return mentions;
}

static void
add_anchors (ReadoutReport   *report,
             ReadoutDocument *document,
             GPtrArray       *contradictions,
             GArray          *anchors)
{
  for (guint i = 0; i < contradictions->len; i++)
    {
      GListModel *evidence = readout_contradiction_get_evidence (contradictions->pdata[i]);

      for (guint j = 0; j < g_list_model_get_n_items (evidence); j++)
        {
          g_autoptr(ReadoutEvidence) item = g_list_model_get_item (evidence, j);
          Anchor anchor = { NULL, readout_evidence_get_start (item), FALSE };

          if (readout_evidence_get_document (item) != document)
            continue;
          anchor.dest = readout_report_evidence_dest (report, document, anchor.start);
          g_array_append_val (anchors, anchor);
        }
    }
}

static void
statement_colour (ReadoutAttribution *attribution,
                  double              rgb[3])
{
  ReadoutActor *speaker = readout_attribution_get_speaker (attribution);
  ReadoutStatement *statement = readout_attribution_get_statement (attribution);

  if (speaker == NULL && statement != NULL)
    speaker = readout_statement_get_speaker (statement);
  if (speaker)
    readout_palette_actor_rgb (speaker, rgb);
  else
    rgb[0] = rgb[1] = rgb[2] = 0.6;
}

static guint16
channel (double value)
{
  return (guint16)(CLAMP (value, 0, 1) * 65535);
}

/* How much of the colour to mix into white so that the tint's grey level is about TINT_GREY:
 * light colours (yellow) need more of themselves than dark ones (blue). */
static double
tint_strength (const double rgb[3])
{
  double luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];

  return CLAMP ((1 - TINT_GREY) / MAX (1 - luminance, 0.01), 0.22, 0.7);
}

/* Offsets of the document clamped into [0, length] of a paragraph that starts at start. */
static guint
local_index (gsize offset,
             gsize start,
             gsize length)
{
  if (offset <= start)
    return 0;
  return (guint)MIN (offset - start, length);
}

static PangoAttrList *
paragraph_attributes (ArticleState *state,
                      gsize         start,
                      gsize         end)
{
  PangoAttrList *list = pango_attr_list_new ();
  gsize length = end - start;

  for (guint i = 0; i < state->mentions->len; i++)
    {
      Mention *mention = &g_array_index (state->mentions, Mention, i);
      ReadoutAttribution *attribution = mention->attribution;
      gsize a_start = readout_attribution_get_start (attribution);
      gsize a_end = readout_attribution_get_end (attribution);
      ReadoutSpan speaker = readout_attribution_get_speaker_span (attribution);
      double rgb[3];
      PangoAttribute *attr;

      statement_colour (attribution, rgb);
      if (a_end > start && a_start < end)
        {
          guint s = local_index (a_start, start, length), e = local_index (a_end, start, length);
          double tint = tint_strength (rgb);

          attr = pango_attr_background_new (channel (1 - (1 - rgb[0]) * tint),
                                            channel (1 - (1 - rgb[1]) * tint),
                                            channel (1 - (1 - rgb[2]) * tint));
          attr->start_index = s;
          attr->end_index = e;
          pango_attr_list_change (list, attr);

          if (readout_attribution_get_kind (attribution) != READOUT_ATTRIBUTION_INDIRECT)
            {
              attr = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);
              attr->start_index = s;
              attr->end_index = e;
              pango_attr_list_insert (list, attr);
              attr = pango_attr_underline_color_new (channel (rgb[0] * 0.6), channel (rgb[1] * 0.6),
                                                     channel (rgb[2] * 0.6));
              attr->start_index = s;
              attr->end_index = e;
              pango_attr_list_insert (list, attr);
            }
        }
      if (speaker.end > speaker.start && speaker.end > start && speaker.start < end)
        {
          attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
          attr->start_index = local_index (speaker.start, start, length);
          attr->end_index = local_index (speaker.end, start, length);
          pango_attr_list_insert (list, attr);
        }
    }
  return list;
}

/* Draws the number (or the range mention–last) of a statement right-aligned at right;
 * returns its width. */
static double
draw_marker (ReadoutReportWriter *w,
             Mention             *mention,
             Mention             *last,
             double               right,
             double               top)
{
  cairo_t *cr = readout_report_writer_get_cairo (w);
  g_autoptr(PangoLayout) layout = readout_report_writer_create_layout (w, MARKER_FONT, 60);
  g_autofree char *text = last ? g_strdup_printf ("%u–%u", mention->number, last->number)
                               : g_strdup_printf ("%u", mention->number);
  double rgb[3], x, width;
  int text_width, text_height;

  statement_colour (mention->attribution, rgb);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  width = MAX (text_width + 5, MARKER_HEIGHT + 2);
  x = right - width;

  cairo_save (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + 2.5, top + 3.5, 2.5, G_PI, 1.5 * G_PI);
  cairo_arc (cr, x + width - 2.5, top + 3.5, 2.5, 1.5 * G_PI, 2 * G_PI);
  cairo_arc (cr, x + width - 2.5, top + 1 + MARKER_HEIGHT - 2.5, 2.5, 0, 0.5 * G_PI);
  cairo_arc (cr, x + 2.5, top + 1 + MARKER_HEIGHT - 2.5, 2.5, 0.5 * G_PI, G_PI);
  cairo_close_path (cr);
  cairo_set_source_rgb (cr, 1 - (1 - rgb[0]) * 0.6, 1 - (1 - rgb[1]) * 0.6, 1 - (1 - rgb[2]) * 0.6);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, rgb[0] * 0.45, rgb[1] * 0.45, rgb[2] * 0.45);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0.05, 0.05, 0.08);
  cairo_move_to (cr, x + (width - text_width) / 2, top + 1 + (MARKER_HEIGHT - text_height) / 2);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  return width;
}

/* Does a document offset belong to this line of the current paragraph? Offsets before the
 * paragraph (in the gap after the previous one) go to its first line. */
static gboolean
offset_in_line (ArticleState *state,
                gsize         offset,
                int           line_start,
                int           line_end)
{
  gsize local;

  if (offset >= state->paragraph_end)
    return FALSE;
  local = offset <= state->paragraph_start ? 0 : offset - state->paragraph_start;
  return local < (gsize)line_end || line_start == line_end;
}

static void
on_article_line (ReadoutReportWriter *w,
                 int                  start,
                 int                  end,
                 double               top,
                 double               height,
                 gpointer             user_data)
{
  ArticleState *state = user_data;
  g_autoptr(GPtrArray) line_mentions = g_ptr_array_new ();
  double right = readout_report_writer_get_left (w) - 6, marker_top;

  for (guint i = 0; i < state->mentions->len; i++)
    {
      Mention *mention = &g_array_index (state->mentions, Mention, i);

      if (mention->placed ||
          !offset_in_line (state, readout_attribution_get_start (mention->attribution), start, end))
        continue;
      g_ptr_array_add (line_mentions, mention);
      mention->placed = TRUE;
    }
  /* Right-aligned in the inner margin, in order from the left; more than fit become one
   * marker for the range (their notes follow the paragraph all the same). */
  marker_top = top + (height - MARKER_HEIGHT) / 2 - 1;
  if (line_mentions->len > MAX_MARKERS)
    draw_marker (w, line_mentions->pdata[0], line_mentions->pdata[line_mentions->len - 1], right, marker_top);
  else
    for (guint i = line_mentions->len; i > 0; i--)
      right -= draw_marker (w, line_mentions->pdata[i - 1], NULL, right, marker_top) + MARKER_GAP;

  for (guint i = 0; i < state->anchors->len; i++)
    {
      Anchor *anchor = &g_array_index (state->anchors, Anchor, i);

      if (anchor->placed || !offset_in_line (state, anchor->start, start, end))
        continue;
      readout_report_mark (state->report, anchor->dest, readout_report_writer_get_left (w), top);
      anchor->placed = TRUE;
    }
}

/* The outlet, else "article N": titles are too long for a note. */
static char *
short_source (ReadoutReport   *report,
              ReadoutDocument *document)
{
  const char *outlet = readout_document_get_outlet (document);
  guint number = GPOINTER_TO_UINT (g_hash_table_lookup (report->document_numbers, document));

  if (outlet && *outlet)
    return readout_report_escape (outlet);
  /* Translators: a reference to one of the report's articles by number */
  return g_strdup_printf (_("article %u"), number);
}

static char *
mention_note (ArticleState *state,
              Mention      *mention,
              char        **link_dest)
{
  ReadoutAttribution *attribution = mention->attribution;
  ReadoutStatement *statement = readout_attribution_get_statement (attribution);
  ReadoutActor *speaker = readout_attribution_get_speaker (attribution);
  ReadoutActor *reported_by = readout_attribution_get_reported_by (attribution);
  ReadoutDocument *document = readout_attribution_get_document (attribution);
  const char *cue = readout_attribution_get_cue (attribution);
  GPtrArray *findings = statement ? g_hash_table_lookup (state->report->statement_findings, statement) : NULL;
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *name = NULL;

  if (speaker == NULL && statement)
    speaker = readout_statement_get_speaker (statement);
  name = readout_report_escape (speaker ? readout_actor_get_name (speaker) : _("Unknown speaker"));
  g_string_append_printf (note, "<b>%u</b>  <b>%s</b>", mention->number, name);

  if (cue && *cue)
    {
      g_autofree char *escaped = readout_report_escape (cue);
      g_string_append_printf (note, " · “%s”", escaped);
    }
  switch (readout_attribution_get_kind (attribution))
    {
    case READOUT_ATTRIBUTION_DIRECT: g_string_append_printf (note, " · %s", _("direct quote")); break;
    case READOUT_ATTRIBUTION_INDIRECT: g_string_append_printf (note, " · %s", _("reported speech")); break;
    case READOUT_ATTRIBUTION_MIXED: g_string_append_printf (note, " · %s", _("partly quoted")); break;
    default: break;
    }
  if (reported_by)
    {
      g_autofree char *escaped = readout_report_escape (readout_actor_get_name (reported_by));
      /* Translators: in a note: who relays the speaker's words */
      g_string_append_printf (note, " · %s %s", _("as relayed by"), escaped);
    }

  /* The other outlets that carry the same statement. */
  if (statement)
    {
      GListModel *attributions = readout_statement_get_attributions (statement);
      g_autoptr(GPtrArray) others = g_ptr_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (attributions); i++)
        {
          g_autoptr(ReadoutAttribution) other = g_list_model_get_item (attributions, i);
          ReadoutDocument *other_document = readout_attribution_get_document (other);

          if (other_document && other_document != document && !g_ptr_array_find (others, other_document, NULL))
            g_ptr_array_add (others, other_document);
        }
      for (guint i = 0; i < others->len; i++)
        {
          g_autofree char *outlet = short_source (state->report, others->pdata[i]);

          if (i == 0)
            g_string_append_printf (note, " · %s %s", _("also in"), outlet);
          else
            g_string_append_printf (note, ", %s", outlet);
        }
    }

  for (guint i = 0; findings && i < findings->len; i++)
    {
      ReadoutContradiction *contradiction = findings->pdata[i];
      g_autofree char *dest = readout_report_finding_dest (state->report, contradiction);
      const char *kind = readout_contradiction_kind_to_label (readout_contradiction_get_kind (contradiction));
      guint number;

      if (dest == NULL)
        continue;
      number = (guint)g_ascii_strtoull (dest + strlen ("finding-"), NULL, 10);
      /* Translators: in a note: "part of key finding 2 (Quote wording)" */
      g_string_append_printf (note, " · <i>%s %u (%s)</i>", _("part of key finding"), number, kind);
      if (*link_dest == NULL)
        *link_dest = g_steal_pointer (&dest);
    }
  return g_string_free (g_steal_pointer (&note), FALSE);
}

static void
write_notes (ArticleState *state,
             guint         first,
             guint         last)
{
  ReadoutReportWriter *w = state->report->writer;
  cairo_t *cr = readout_report_writer_get_cairo (w);
  double width = readout_report_writer_get_width (w) - NOTE_INDENT;

  if (first >= last)
    return;
  readout_report_writer_skip (w, 2);
  for (guint i = first; i < last; i++)
    {
      Mention *mention = &g_array_index (state->mentions, Mention, i);
      g_autofree char *link = NULL;
      g_autofree char *markup = mention_note (state, mention, &link);
      g_autoptr(PangoLayout) layout =
        readout_report_writer_create_markup (w, READOUT_REPORT_FONT_NOTE, width, markup);

      cairo_set_source_rgb (cr, 0.25, 0.25, 0.28);
      readout_report_writer_flow (w, layout, NOTE_INDENT, link, NULL, NULL);
      readout_report_writer_skip (w, 1);
    }
}

static void
write_article (ReadoutReport   *report,
               ReadoutDocument *document,
               guint            number)
{
  ReadoutReportWriter *w = report->writer;
  cairo_t *cr = readout_report_writer_get_cairo (w);
  const char *text = readout_document_get_text (document);
  g_autofree char *title = readout_document_dup_display_title (document);
  g_autofree char *dest = g_strdup_printf ("doc-%u", number);
  g_autoptr(GArray) anchors = g_array_new (FALSE, TRUE, sizeof (Anchor));
  g_autoptr(GArray) mentions = collect_mentions (report, document);
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autofree char *escaped_title = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *source = NULL;
  ArticleState state = { report, mentions, anchors, 0, 0, FALSE };
  const ReadoutSpan *paragraphs;
  guint n_paragraphs, next_note = 0;
  g_autoptr(PangoLayout) heading_layout = NULL;

  g_array_set_clear_func (anchors, clear_anchor);
  add_anchors (report, document, report->findings, anchors);
  add_anchors (report, document, report->corroborations, anchors);

  /* The first article starts under the section's introduction, the others on a new page. */
  readout_report_writer_set_section (w, readout_document_get_display_name (document));
  if (number > 1)
    readout_report_writer_new_page (w);
  else
    readout_report_writer_skip (w, 18);
  readout_report_mark (report, dest, readout_report_writer_get_left (w), readout_report_writer_get_y (w));
  readout_report_writer_add_outline (w, report->outline_articles, title, FALSE);

  escaped_title = readout_report_escape (title);
  heading = g_strdup_printf ("<span foreground=\"#666666\">%u</span>  %s", number, escaped_title);
  heading_layout = readout_report_writer_create_markup (w, READOUT_REPORT_FONT_H1, readout_report_writer_get_width (w), heading);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.12);
  readout_report_writer_flow (w, heading_layout, 0, NULL, NULL, NULL);
  readout_report_writer_skip (w, 4);

  if (readout_document_get_outlet (document))
    {
      g_autofree char *escaped = readout_report_escape (readout_document_get_outlet (document));
      g_string_append_printf (meta, "<b>%s</b>", escaped);
    }
  if (readout_document_get_published (document))
    {
      g_autofree char *formatted = readout_document_dup_display_date (document, FALSE);
      g_autofree char *escaped = readout_report_escape (formatted ? formatted : readout_document_get_published (document));
      g_string_append_printf (meta, "%s%s", meta->len ? " · " : "", escaped);
    }
  if (readout_document_get_byline (document))
    {
      g_autofree char *escaped = readout_report_escape (readout_document_get_byline (document));
      g_string_append_printf (meta, "%s%s", meta->len ? " · " : "", escaped);
    }
  /* Where the article comes from: its web address, else the file's name (a local path
   * means nothing to the report's reader). */
  if (readout_document_get_uri (document) && g_str_has_prefix (readout_document_get_uri (document), "http"))
    source = g_strdup (readout_document_get_uri (document));
  else if (readout_document_get_path (document))
    source = g_path_get_basename (readout_document_get_path (document));
  if (source)
    {
      g_autofree char *escaped = readout_report_escape (source);
      g_string_append_printf (meta, "%s<span foreground=\"#555555\">%s</span>", meta->len ? "\n" : "", escaped);
    }
  if (meta->len)
    {
      g_autoptr(PangoLayout) layout =
        readout_report_writer_create_markup (w, READOUT_REPORT_FONT_META, readout_report_writer_get_width (w), meta->str);

      cairo_set_source_rgb (cr, 0.2, 0.2, 0.22);
      readout_report_writer_flow (w, layout, 0, NULL, NULL, NULL);
    }
  readout_report_writer_skip (w, 12);

  paragraphs = readout_document_get_paragraphs (document, &n_paragraphs);
  for (guint p = 0; p < n_paragraphs && text != NULL; p++)
    {
      g_autofree char *slice = readout_document_dup_slice (document, paragraphs[p].start, paragraphs[p].end);
      g_autoptr(PangoLayout) layout = NULL;
      PangoAttrList *attributes;
      guint last_note;
      int lines, line_height;

      if (g_cancellable_is_cancelled (report->cancellable))
        return;

      state.paragraph_start = paragraphs[p].start;
      state.paragraph_end = p + 1 < n_paragraphs ? paragraphs[p + 1].start : G_MAXSIZE;
      layout = readout_report_writer_create_layout (w, READOUT_REPORT_FONT_BODY, readout_report_writer_get_width (w));
      pango_layout_set_text (layout, slice, -1);
      pango_layout_set_justify (layout, TRUE);
      pango_layout_set_line_spacing (layout, 1.15);
      attributes = paragraph_attributes (&state, paragraphs[p].start, paragraphs[p].end);
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);

      /* No single line of a paragraph alone at the foot of a page. */
      lines = pango_layout_get_line_count (layout);
      pango_layout_get_size (layout, NULL, &line_height);
      line_height /= MAX (lines, 1);
      readout_report_writer_ensure_space (w, (MIN (lines, 2) * line_height) / (double)PANGO_SCALE);

      cairo_set_source_rgb (cr, 0.05, 0.05, 0.08);
      readout_report_writer_flow (w, layout, 0, NULL, on_article_line, &state);

      /* The notes of the statements that start in this paragraph. */
      for (last_note = next_note; last_note < mentions->len; last_note++)
        if (!g_array_index (mentions, Mention, last_note).placed)
          break;
      write_notes (&state, next_note, last_note);
      next_note = last_note;
      readout_report_writer_skip (w, 7);
    }

  /* Evidence or statements outside every paragraph still get their anchor and note. */
  for (guint i = 0; i < anchors->len; i++)
    if (!g_array_index (anchors, Anchor, i).placed)
      readout_report_mark (report, g_array_index (anchors, Anchor, i).dest,
                           readout_report_writer_get_left (w), readout_report_writer_get_y (w));
  write_notes (&state, next_note, mentions->len);
}

void
readout_report_write_articles (ReadoutReport *report)
{
  ReadoutReportWriter *w = report->writer;
  GListModel *documents = readout_corpus_get_documents (report->corpus);
  guint n_documents = g_list_model_get_n_items (documents);
  g_autoptr(PangoLayout) legend = NULL;

  report->outline_articles = readout_report_section (report, "sec-articles", _("Articles"));
  if (n_documents == 0)
    {
      legend = readout_report_writer_create_layout (w, READOUT_REPORT_FONT_BODY, readout_report_writer_get_width (w));
      pango_layout_set_text (legend, _("No articles."), -1);
      readout_report_writer_flow (w, legend, 0, NULL, NULL, NULL);
      return;
    }

  legend = readout_report_writer_create_markup (w, READOUT_REPORT_FONT_META, readout_report_writer_get_width (w),
                                                _("Each article in full. Statements are tinted in the colour of "
                                                  "their speaker (see the table of actors); direct quotes are "
                                                  "also underlined, and the speaker’s name is in bold. The number "
                                                  "in the margin refers to the note under the paragraph, which "
                                                  "names the speaker, the cue, who relays the words, the other "
                                                  "outlets that report them and the key findings they are part of."));
  cairo_set_source_rgb (readout_report_writer_get_cairo (w), 0.2, 0.2, 0.22);
  readout_report_writer_flow (w, legend, 0, NULL, NULL, NULL);

  for (guint i = 0; i < n_documents; i++)
    {
      g_autoptr(ReadoutDocument) document = g_list_model_get_item (documents, i);

      if (g_cancellable_is_cancelled (report->cancellable))
        return;
      write_article (report, document, i + 1);
    }
}
