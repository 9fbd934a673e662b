/* bench-corpus.h: a large synthetic article set made by varying a small real corpus.
 *
 * Every generated document is one of the real articles with the words of its people's names
 * (as the engine finds them) shuffled among themselves and its digits permuted, so that no two
 * documents are the same text while the sentences keep the shape of real news prose: the
 * engine finds as many cues, quotes, titles and names as on the originals.
 *
 * By default the documents come in events: event k is the whole corpus again (as many
 * articles as the corpus has), with one renaming for all its articles, and its own wording:
 * the lower-case words that no lexicon table mentions are shuffled too, per event. So the
 * articles of one event agree and disagree as the originals do, and articles of different
 * events do not repeat each other, as in a large set of articles about many events. With an
 * event size of 0 every document is renamed on its own and keeps the original wording: a
 * worst case of near-duplicates (syndicated wire copy). The first event is the originals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <readout.h>

G_BEGIN_DECLS

typedef struct _BenchCorpus BenchCorpus;

/* Loads every .txt, .htm and .html file of dir with the Readout loaders. */
BenchCorpus *bench_corpus_load         (const char   *dir,
                                        GError      **error);
void         bench_corpus_free         (BenchCorpus  *self);
guint        bench_corpus_get_n_base   (BenchCorpus  *self);
/* Documents per event (default: the number of articles loaded); 0 for near-duplicates. */
void         bench_corpus_set_event_size (BenchCorpus *self,
                                          guint        event_size);
/* n_documents new ReadoutDocuments: the originals first, then variants. *n_bytes gets the
 * total size of their cleaned text. */
GPtrArray   *bench_corpus_generate     (BenchCorpus  *self,
                                        guint         n_documents,
                                        gsize        *n_bytes);
/* As many documents as it takes to reach at least n_bytes of text. */
GPtrArray   *bench_corpus_generate_bytes (BenchCorpus *self,
                                          gsize        n_bytes,
                                          gsize       *out_bytes);

/* User + system CPU time of the process, in seconds. */
double       bench_cpu_seconds         (void);
/* Wall-clock time in seconds (monotonic). */
double       bench_wall_seconds        (void);
/* Peak resident set size of the process so far, in KiB (getrusage ru_maxrss). */
long         bench_peak_rss_kib        (void);
/* Current resident set size, in KiB (/proc/self/statm; 0 where there is none). */
long         bench_current_rss_kib     (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BenchCorpus, bench_corpus_free)

G_END_DECLS
