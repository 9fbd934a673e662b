/* readout-corpus.h: the documents being read together and the analysis of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "readout-types.h"

G_BEGIN_DECLS

#define READOUT_TYPE_CORPUS (readout_corpus_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutCorpus, readout_corpus, READOUT, CORPUS, GObject)

ReadoutCorpus  *readout_corpus_new                   (void);
/* The lexicon the analysis uses; the default one unless set. */
ReadoutLexicon *readout_corpus_get_lexicon           (ReadoutCorpus        *self);
void            readout_corpus_set_lexicon           (ReadoutCorpus        *self,
                                                      ReadoutLexicon       *lexicon);

/* List models, all updated on the main thread only. */
GListModel     *readout_corpus_get_documents         (ReadoutCorpus        *self);
GListModel     *readout_corpus_get_actors            (ReadoutCorpus        *self);
GListModel     *readout_corpus_get_statements        (ReadoutCorpus        *self);
GListModel     *readout_corpus_get_relations         (ReadoutCorpus        *self);
GListModel     *readout_corpus_get_contradictions    (ReadoutCorpus        *self);
GListModel     *readout_corpus_get_corroborations    (ReadoutCorpus        *self);

/* Gives the document an id ("d1", …) when it has none. */
void            readout_corpus_add_document          (ReadoutCorpus        *self,
                                                      ReadoutDocument      *document);
void            readout_corpus_remove_document       (ReadoutCorpus        *self,
                                                      ReadoutDocument      *document);
ReadoutDocument *readout_corpus_find_document        (ReadoutCorpus        *self,
                                                      const char           *id);
ReadoutActor   *readout_corpus_find_actor            (ReadoutCorpus        *self,
                                                      const char           *id);
ReadoutStatement *readout_corpus_find_statement      (ReadoutCorpus        *self,
                                                      const char           *id);
/* Loads a file with the loaders and adds it. */
ReadoutDocument *readout_corpus_load_file            (ReadoutCorpus        *self,
                                                      GFile                *file,
                                                      GCancellable         *cancellable,
                                                      GError              **error);

/* Runs the pipeline on the current documents and replaces the analysis. */
gboolean        readout_corpus_analyze               (ReadoutCorpus        *self,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
/* The same in a worker thread; "progress" is updated on the main thread meanwhile and the
 * lists are replaced when it completes. Emits ::analyzed after a replacement. */
void            readout_corpus_analyze_async         (ReadoutCorpus        *self,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean        readout_corpus_analyze_finish        (ReadoutCorpus        *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
gboolean        readout_corpus_get_busy              (ReadoutCorpus        *self);
double          readout_corpus_get_progress          (ReadoutCorpus        *self);
/* Removes everything: documents and analysis. */
void            readout_corpus_clear                 (ReadoutCorpus        *self);

G_END_DECLS
