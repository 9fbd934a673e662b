/* readout-document.h: one article with its metadata and cleaned text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-types.h"

G_BEGIN_DECLS

#define READOUT_TYPE_DOCUMENT (readout_document_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutDocument, readout_document, READOUT, DOCUMENT, GObject)

ReadoutDocument   *readout_document_new            (void);
const char        *readout_document_get_id         (ReadoutDocument *self);
void               readout_document_set_id         (ReadoutDocument *self,
                                                    const char      *id);
const char        *readout_document_get_path       (ReadoutDocument *self);
void               readout_document_set_path       (ReadoutDocument *self,
                                                    const char      *path);
const char        *readout_document_get_uri        (ReadoutDocument *self);
void               readout_document_set_uri        (ReadoutDocument *self,
                                                    const char      *uri);
const char        *readout_document_get_title      (ReadoutDocument *self);
void               readout_document_set_title      (ReadoutDocument *self,
                                                    const char      *title);
const char        *readout_document_get_outlet     (ReadoutDocument *self);
void               readout_document_set_outlet     (ReadoutDocument *self,
                                                    const char      *outlet);
const char        *readout_document_get_byline     (ReadoutDocument *self);
void               readout_document_set_byline     (ReadoutDocument *self,
                                                    const char      *byline);
/* ISO 8601: "2025-05-01", or with a time; NULL when unknown. */
const char        *readout_document_get_published  (ReadoutDocument *self);
void               readout_document_set_published  (ReadoutDocument *self,
                                                    const char      *published);
GDateTime         *readout_document_dup_published_date (ReadoutDocument *self);
const char        *readout_document_get_text       (ReadoutDocument *self);
gsize              readout_document_get_length     (ReadoutDocument *self);
/* Sets the cleaned text and its paragraphs at once; spans must lie in text on UTF-8 boundaries. */
void               readout_document_set_content    (ReadoutDocument   *self,
                                                    const char        *text,
                                                    const ReadoutSpan *paragraphs,
                                                    guint              n_paragraphs);
/* Splits text at newlines into paragraphs (blank lines dropped from the spans). */
void               readout_document_set_text       (ReadoutDocument *self,
                                                    const char      *text);
const ReadoutSpan *readout_document_get_paragraphs (ReadoutDocument *self,
                                                    guint           *n_paragraphs);
/* A copy of text[start, end) clamped to the text. */
char              *readout_document_dup_slice      (ReadoutDocument *self,
                                                    gsize            start,
                                                    gsize            end);
/* The publication date for people: "1 May 2025", "1 May" for a date without a year ("--05-01"),
 * or NULL when unknown. abbreviated: "1 May" / "1 Sept 2025" style month names. */
char              *readout_document_dup_display_date  (ReadoutDocument *self,
                                                       gboolean         abbreviated);
/* The title, else the opening words of the text ("The US has nudged India and…"), else the
 * file name: never empty. */
char              *readout_document_dup_display_title (ReadoutDocument *self);
/* A short label for lists: outlet, else title, else file name. */
const char        *readout_document_get_display_name (ReadoutDocument *self);

G_END_DECLS
