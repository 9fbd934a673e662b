/* readout-detector.h: the interface of the contradiction and corroboration detectors.
 *
 * A detector is a ReadoutDetector value in its own file (readout-detector-KIND.c) listed in
 * readout-compare.c: adding a kind is adding a file. Every detector reads one shared,
 * read-only ReadoutCompareContext (the documents cut into sentences and tokens, quotes, name
 * mentions, the statements of the attribution engine and the cross-document passage
 * alignments) and reports ReadoutContradictions through readout_compare_context_report().
 *
 * Detectors must stay near-linear in the size of the corpus: they group candidates in hash
 * tables keyed by speaker, affiliation, quantity or event and compare only inside a group.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "readout-actor.h"
#include "readout-attribution.h"
#include "readout-contradiction.h"
#include "readout-document.h"
#include "readout-evidence.h"
#include "readout-lexicon.h"
#include "readout-pipeline.h"
#include "readout-statement.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_TOKEN_WORD      = 1 << 0, /* letters or digits, not punctuation */
  READOUT_TOKEN_CONTENT   = 1 << 1, /* a word that is not a function word */
  READOUT_TOKEN_CAPITAL   = 1 << 2, /* starts with an upper-case letter */
  READOUT_TOKEN_NUMBER    = 1 << 3, /* digits ("26", "1,000") or a number word ("thirty") */
  READOUT_TOKEN_IN_QUOTE  = 1 << 4, /* inside double quotation marks */
  READOUT_TOKEN_EDITORIAL = 1 << 5, /* inside [brackets]: the outlet's insertion, not the speaker's */
  READOUT_TOKEN_SENT_START = 1 << 6, /* first word of its sentence */
  READOUT_TOKEN_SPEECH_VERB = 1 << 7, /* readout_compare_context_is_speech_verb() of its norm */
} ReadoutTokenFlags;

/* Kept small: the comparison holds one per word of every document. Offsets fit in 32 bits
 * (the loaders refuse larger files). */
typedef struct
{
  guint32 start;
  guint32 end;
  /* Both interned in the context (one copy per distinct word): compare with g_str_equal() or,
   * within one context, by pointer. */
  const char *norm; /* lower case, typographic apostrophes folded, possessive 's dropped */
  const char *stem; /* a crude stem for matching: "defence"/"defend" → "defen" */
  double value;    /* the number when READOUT_TOKEN_NUMBER, else 0 */
  guint  sentence; /* index into the document's sentences */
  guint  quote;    /* 1 + index of the quote it is in, 0 outside quotes */
  guint  flags;
} ReadoutToken;

typedef struct
{
  gsize start;
  gsize end;
  guint first_token; /* tokens [first_token, last_token) */
  guint last_token;
  guint paragraph;
} ReadoutSentence;

typedef struct
{
  ReadoutDocument *document;
  guint            index;
  const char      *text;
  ReadoutToken    *tokens;    /* n_tokens of them, exactly: a GArray rounds its size up to a
                               * power of two, and tokens are most of the comparison's memory */
  guint            n_tokens;
  GArray          *sentences; /* ReadoutSentence */
  GArray          *quotes;    /* ReadoutSpan: the text between the quotation marks */
  GArray          *content;   /* guint: token indices of the content words outside brackets */
  GDateTime       *published; /* or NULL */
  char            *short_name;
} ReadoutDocumentView;

/* Two passages, in two documents or in two places of one, whose content words largely match. */
typedef enum
{
  READOUT_DIFF_EQUAL,
  READOUT_DIFF_SUBSTITUTE, /* a[...] written where b has b[...] */
  READOUT_DIFF_ONLY_A,     /* words in a that b lacks */
  READOUT_DIFF_ONLY_B,
} ReadoutDiffKind;

typedef struct
{
  ReadoutDiffKind kind;
  guint           a_first; /* content-token positions (see readout_document_view_content) */
  guint           a_last;  /* exclusive */
  guint           b_first;
  guint           b_last;
} ReadoutDiffOp;

typedef struct
{
  ReadoutDocumentView *a;
  ReadoutDocumentView *b;
  guint                a_first; /* content-token positions, [first, last) */
  guint                a_last;
  guint                b_first;
  guint                b_last;
  guint                n_equal; /* matched content words */
  GArray              *ops;     /* ReadoutDiffOp */
} ReadoutAlignment;

typedef struct _ReadoutCompareContext ReadoutCompareContext;
/* Evidence already given to findings, by document: adding a span that overlaps one there is
 * a no-op, without walking the finding's whole list. */
typedef struct _ReadoutEvidenceSet ReadoutEvidenceSet;

typedef struct
{
  const char *name;
  /* Reads the context and reports findings; returns FALSE only with error set (cancelled). */
  gboolean  (*run) (ReadoutCompareContext  *context,
                    GCancellable           *cancellable,
                    GError                **error);
} ReadoutDetector;

extern const ReadoutDetector readout_detector_attribution;
extern const ReadoutDetector readout_detector_hedge;
extern const ReadoutDetector readout_detector_stance;
extern const ReadoutDetector readout_detector_numeric;
extern const ReadoutDetector readout_detector_temporal;
extern const ReadoutDetector readout_detector_retraction;
extern const ReadoutDetector readout_detector_quote_variant;
extern const ReadoutDetector readout_detector_omission;
extern const ReadoutDetector readout_detector_negation;
extern const ReadoutDetector readout_detector_corroboration;

ReadoutCompareContext *readout_compare_context_new   (GPtrArray             *documents,
                                                      ReadoutLexicon        *lexicon,
                                                      ReadoutAnalysisResult *result);
void                   readout_compare_context_free  (ReadoutCompareContext *context);
guint                  readout_compare_context_get_n_views (ReadoutCompareContext *context);
ReadoutDocumentView   *readout_compare_context_get_view    (ReadoutCompareContext *context,
                                                            guint                  index);
ReadoutDocumentView   *readout_compare_context_find_view   (ReadoutCompareContext *context,
                                                            ReadoutDocument       *document);
ReadoutLexicon        *readout_compare_context_get_lexicon (ReadoutCompareContext *context);
ReadoutAnalysisResult *readout_compare_context_get_result  (ReadoutCompareContext *context);
/* The cross-document passage alignments (computed once, on first use); ReadoutAlignment. */
GPtrArray             *readout_compare_context_get_alignments (ReadoutCompareContext *context);
/* Hands a finding over. importance (0..1) weighs it in the ranking next to its confidence:
 * a conflict between officials matters more than a transcription variant. Takes ownership. */
void                   readout_compare_context_report (ReadoutCompareContext *context,
                                                       ReadoutContradiction  *contradiction,
                                                       double                 importance);
/* Steals the findings, merged and ranked. */
void                   readout_compare_context_finish (ReadoutCompareContext *context,
                                                       GPtrArray             *contradictions,
                                                       GPtrArray             *corroborations);

/* Word lists: TRUE when word (lower case) is in the first column of the table. */
gboolean    readout_compare_context_in_table (ReadoutCompareContext *context,
                                              const char            *table,
                                              const char            *word);

/* Text helpers. */
guint       readout_document_view_n_content  (ReadoutDocumentView *view);
/* The token index of the content-token position. */
guint       readout_document_view_content    (ReadoutDocumentView *view,
                                              guint                position);
const ReadoutToken    *readout_document_view_token    (ReadoutDocumentView *view,
                                                       guint                index);
const ReadoutSentence *readout_document_view_sentence (ReadoutDocumentView *view,
                                                       guint                index);
/* The sentence that contains byte offset, or G_MAXUINT. */
guint       readout_document_view_sentence_at (ReadoutDocumentView *view,
                                               gsize                offset);
/* The first token that starts at or after offset. */
guint       readout_document_view_token_at    (ReadoutDocumentView *view,
                                               gsize                offset);
/* TRUE when tokens [first_token, last_token) contain a phrase of the table's first column
 * (words separated by spaces, a trailing star matching any ending); the row and the tokens
 * of the match are returned. */
gboolean    readout_document_view_find_phrase (ReadoutDocumentView   *view,
                                               ReadoutCompareContext *context,
                                               guint                  first_token,
                                               guint                  last_token,
                                               const char            *table,
                                               const char * const   **row,
                                               guint                 *match_first,
                                               guint                 *match_last);

/* Evidence trimmed of surrounding spaces and punctuation (but keeping quotation marks that
 * are inside); NULL when nothing is left. */
ReadoutEvidence *readout_evidence_new_trimmed (ReadoutDocumentView *view,
                                               gsize                start,
                                               gsize                end);
/* Evidence for the tokens [first, last). */
ReadoutEvidence *readout_evidence_new_tokens  (ReadoutDocumentView *view,
                                               guint                first,
                                               guint                last);
/* Short text for a summary: the bytes, whitespace collapsed, cut at max_chars with "…". */
char       *readout_compare_excerpt            (const char *text,
                                                gsize       start,
                                                gsize       end,
                                                guint       max_chars);
/* Who the document is: its outlet, else title, else file name. */
const char *readout_compare_outlet_name        (ReadoutDocumentView *view);

/* The crude stem used for matching. */
char       *readout_compare_stem               (const char *word);

/* Name mentions: the speaker or actor named at a token ("Pete Hegseth", "Hegseth", "he"
 * resolved to the last person named). Returns a lower-case key (the surname or the single
 * word) or NULL. */
const char *readout_compare_context_person_before (ReadoutCompareContext *context,
                                                   ReadoutDocumentView   *view,
                                                   guint                  token);
/* The root affiliation key ("us", "india") of a person key, from the engine's actors and the
 * country words written before the name in the documents ("US defence secretary Pete
 * Hegseth"); NULL when unknown. */
const char *readout_compare_context_affiliation   (ReadoutCompareContext *context,
                                                   const char            *person_key);
/* A display name for a person key ("Pete Hegseth"). */
const char *readout_compare_context_display_name  (ReadoutCompareContext *context,
                                                   const char            *person_key);
/* The engine's actor for a person key, or NULL. */
ReadoutActor *readout_compare_context_find_actor  (ReadoutCompareContext *context,
                                                   const char            *person_key);
/* The engine's statements whose attributions overlap [start, end) of a document. */
void        readout_compare_context_add_statements_in (ReadoutCompareContext *context,
                                                       ReadoutContradiction  *contradiction,
                                                       ReadoutDocumentView   *view,
                                                       gsize                  start,
                                                       gsize                  end);

/* Adds evidence to the contradiction with the engine's statements (and their speakers) that
 * overlap it. */
void        readout_compare_context_add_evidence  (ReadoutCompareContext *context,
                                                   ReadoutContradiction  *contradiction,
                                                   ReadoutDocumentView   *view,
                                                   ReadoutEvidence       *evidence);

/* Evidence for side a or b of an alignment: the matched passage. */
ReadoutEvidence *readout_alignment_evidence (ReadoutAlignment *alignment,
                                            gboolean          side_b);
/* Matched words that differ: names (a swap of who is addressed) and numbers written
 * differently ("a thousand" / "1,000"). */
void        readout_alignment_count_variants (ReadoutAlignment *alignment,
                                              guint            *n_entities,
                                              guint            *n_numbers);
/* TRUE when tokens [first, last) are in a quote or in a sentence with a speech verb. */
gboolean    readout_compare_context_is_reported (ReadoutCompareContext *context,
                                                 ReadoutDocumentView   *view,
                                                 guint                  first,
                                                 guint                  last);

/* The country key ("india", "united states") named at a token ("India", "Indian", "New
 * Delhi", "US"), or NULL; *n_tokens gets the length of the name. */
const char *readout_compare_context_country (ReadoutCompareContext *context,
                                             ReadoutDocumentView   *view,
                                             guint                  token,
                                             guint                 *n_tokens);
/* TRUE for an inflected form of a reporting verb of the cues table ("said", "wrote"); for a
 * token, readout_token_is_speech_verb() has the answer at hand. */
gboolean    readout_compare_context_is_speech_verb (ReadoutCompareContext *context,
                                                    const char            *norm);
static inline gboolean
readout_token_is_speech_verb (const ReadoutToken *token)
{
  return (token->flags & READOUT_TOKEN_SPEECH_VERB) != 0;
}

/* The person a token refers to (a name, a title, he/she), or NULL. */
const char *readout_compare_context_person_at (ReadoutCompareContext *context,
                                               ReadoutDocumentView   *view,
                                               guint                  token);

/* TRUE for a word of a title ("secretary", "minister"). */
gboolean    readout_compare_context_is_role_word (ReadoutCompareContext *context,
                                                  const char            *norm);

/* TRUE for a form of a contact cue of the cues table ("spoke", "called", "met"). */
gboolean    readout_compare_context_is_contact_word (ReadoutCompareContext *context,
                                                     const char            *norm);

ReadoutEvidenceSet *readout_evidence_set_new  (void);
void                readout_evidence_set_free (ReadoutEvidenceSet   *set);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutEvidenceSet, readout_evidence_set_free)
/* Adds evidence to the contradiction (or, with NULL, only remembers it) unless it overlaps
 * evidence added through the set. */
gboolean            readout_evidence_set_add  (ReadoutEvidenceSet   *set,
                                               ReadoutContradiction *contradiction,
                                               ReadoutEvidence      *evidence);
guint               readout_evidence_set_n_in_document (ReadoutEvidenceSet *set,
                                                        ReadoutDocument    *document);

G_END_DECLS
