/* readout-lexicon.h: the tab-separated word lists the analysis is driven by.
 *
 * Each table is data/lexicon/NAME.tsv, compiled into the library as a GResource, extended by
 * $XDG_DATA_HOME/readout/lexicon/NAME.tsv and by the directories in $READOUT_LEXICON_PATH
 * (colon-separated), whose rows are added after the built-in ones. Lines starting with '#' and
 * blank lines are skipped; columns are separated by tabs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "readout-types.h"

G_BEGIN_DECLS

#define READOUT_TYPE_LEXICON (readout_lexicon_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutLexicon, readout_lexicon, READOUT, LEXICON, GObject)

/* The shared lexicon with the built-in tables and the user's additions. Thread-safe; the
 * lexicon is immutable once built. */
ReadoutLexicon      *readout_lexicon_get_default (void);
/* Only the built-in tables plus the given directories (for tests). */
ReadoutLexicon      *readout_lexicon_new         (const char * const *extra_dirs);
/* Every row of a table, each a NULL-terminated array of columns; an empty array when there is
 * no such table. */
GPtrArray           *readout_lexicon_get_rows    (ReadoutLexicon     *self,
                                                  const char         *table);
/* The first row whose first column equals key, compared after ASCII case folding. */
const char * const  *readout_lexicon_lookup      (ReadoutLexicon     *self,
                                                  const char         *table,
                                                  const char         *key);
/* TRUE when key is in the first column of the table. */
gboolean             readout_lexicon_contains    (ReadoutLexicon     *self,
                                                  const char         *table,
                                                  const char         *key);

G_END_DECLS
