/* readout-types.h: enumerations, the error domain and forward declarations of the core model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _ReadoutDocument      ReadoutDocument;
typedef struct _ReadoutActor         ReadoutActor;
typedef struct _ReadoutStatement     ReadoutStatement;
typedef struct _ReadoutAttribution   ReadoutAttribution;
typedef struct _ReadoutRelation      ReadoutRelation;
typedef struct _ReadoutEvidence      ReadoutEvidence;
typedef struct _ReadoutContradiction ReadoutContradiction;
typedef struct _ReadoutCorpus        ReadoutCorpus;
typedef struct _ReadoutLexicon       ReadoutLexicon;

typedef enum
{
  READOUT_ACTOR_PERSON,
  READOUT_ACTOR_ORGANIZATION,
  READOUT_ACTOR_COUNTRY,
  READOUT_ACTOR_GROUP,
} ReadoutActorKind;

typedef enum
{
  READOUT_ATTRIBUTION_DIRECT,   /*< nick=direct >*/
  READOUT_ATTRIBUTION_INDIRECT, /*< nick=indirect >*/
  READOUT_ATTRIBUTION_MIXED,    /*< nick=mixed >*/
} ReadoutAttributionKind;

/* The nicks are the "kind" strings of the JSON format and of the gold files. */
typedef enum
{
  READOUT_CONTRADICTION_ATTRIBUTION,   /*< nick=attribution >*/
  READOUT_CONTRADICTION_STANCE,        /*< nick=stance >*/
  READOUT_CONTRADICTION_NUMERIC,       /*< nick=numeric >*/
  READOUT_CONTRADICTION_DATE,          /*< nick=date >*/
  READOUT_CONTRADICTION_RETRACTION,    /*< nick=retraction >*/
  READOUT_CONTRADICTION_QUOTE_VARIANT, /*< nick=quote-variant >*/
  READOUT_CONTRADICTION_OMISSION,      /*< nick=omission >*/
  READOUT_CONTRADICTION_NEGATION,      /*< nick=negation >*/
  READOUT_CONTRADICTION_OTHER,         /*< nick=other >*/
  READOUT_CONTRADICTION_CORROBORATION, /*< nick=corroboration >*/
} ReadoutContradictionKind;

typedef enum
{
  READOUT_REVIEW_UNREVIEWED, /*< nick=unreviewed >*/
  READOUT_REVIEW_CONFIRMED,  /*< nick=confirmed >*/
  READOUT_REVIEW_DISMISSED,  /*< nick=dismissed >*/
} ReadoutReviewState;

#define READOUT_ERROR (readout_error_quark ())

typedef enum
{
  READOUT_ERROR_EMPTY,         /* the file has no text */
  READOUT_ERROR_BINARY,        /* the file is not text */
  READOUT_ERROR_ENCODING,      /* the text cannot be converted to UTF-8 */
  READOUT_ERROR_TOO_LARGE,     /* over the size limit */
  READOUT_ERROR_PARSE,         /* HTML or JSON that cannot be read */
  READOUT_ERROR_NO_CONTENT,    /* no article body found */
  READOUT_ERROR_FORMAT,        /* a project file of an unknown or broken format */
  READOUT_ERROR_NEWER_VERSION, /* a project written by a newer Readout */
  READOUT_ERROR_NETWORK,       /* a download failed */
  READOUT_ERROR_FAILED,
} ReadoutError;

GQuark readout_error_quark (void);

/* Byte range [start, end) in a document's cleaned text. */
typedef struct
{
  gsize start;
  gsize end;
} ReadoutSpan;

/* Limits shared by loaders and the analysis. */
#define READOUT_MAX_FILE_SIZE (64 * 1024 * 1024)

G_END_DECLS
