/* readout-reader-private.h: the reader's page, built without a web view so tests can read it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <webkit/webkit.h>

#include "readout.h"
#include "readout-reader.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_READER_THEME_AUTO,  /* follow prefers-color-scheme */
  READOUT_READER_THEME_LIGHT,
  READOUT_READER_THEME_DARK,
} ReadoutReaderTheme;

typedef struct
{
  GListModel           *statements;     /* nullable: ReadoutStatement, their attributions are highlighted */
  ReadoutStatement     *selected;       /* nullable: drawn as selected */
  ReadoutContradiction *evidence_of;    /* nullable: its evidence spans in this document are marked */
  guint                 current_evidence; /* the evidence drawn as the current one */
  ReadoutReaderTheme    theme;
  const char           *nonce;          /* nullable: the Content-Security-Policy nonce of our style */
  const char           *scroll_to;      /* nullable: the id of the anchor the page opens at */
} ReadoutReaderPageOptions;

/* The resource paths of the page's stylesheet and script. */
#define READOUT_READER_CSS_RESOURCE "/io/github/readout/Readout/reader/readout-reader.css"
#define READOUT_READER_JS_RESOURCE  "/io/github/readout/Readout/reader/readout-reader.js"

/* Registers the views' GResource bundle (idempotent). */
void   readout_views_ensure_resources     (void);

/* The HTML page showing the document: header, paragraphs, highlights and hover cards. The
 * article's text is always escaped; the page carries a strict Content-Security-Policy. */
char  *readout_reader_build_html          (ReadoutDocument                *document,
                                           const ReadoutReaderPageOptions *options);

/* The attributions of the statements that lie in the document, in the order the page numbers
 * them (data-a="N" is the index into this array). */
GPtrArray *readout_reader_collect_attributions (ReadoutDocument *document,
                                                GListModel      *statements);

/* The byte offset reached by advancing utf16_units UTF-16 code units (what a JavaScript string
 * offset counts) from byte offset start in text; clamped to the end of the text. A code unit
 * count ending inside a surrogate pair counts the whole character. */
gsize  readout_reader_utf16_to_byte       (const char *text,
                                           gsize       length,
                                           gsize       start,
                                           gsize       utf16_units);
/* The inverse: how many UTF-16 code units text[start, end) holds. */
gsize  readout_reader_byte_to_utf16       (const char *text,
                                           gsize       start,
                                           gsize       end);

/* For tests: the web view, and whether a page load is under way. */
WebKitWebView *readout_reader_get_web_view (ReadoutReader *self);
gboolean       readout_reader_is_loading   (ReadoutReader *self);

G_END_DECLS
