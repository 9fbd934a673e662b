/* readout-palette.h: colours for actors, the same in the reader, the graph and the report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-types.h"

G_BEGIN_DECLS

/* A colour for the actor's speaker highlights: actors of one root affiliation (country or
 * organization) share a hue, and people within it vary in lightness. Stable for a given name. */
void readout_palette_actor_rgb        (ReadoutActor *actor,
                                       double        rgb[3]);
/* The colour of an affiliation group (for the graph legend). */
void readout_palette_affiliation_rgb  (ReadoutActor *root,
                                       double        rgb[3]);
/* "#rrggbb" for CSS. */
char *readout_palette_actor_css       (ReadoutActor *actor);
/* Gives the affiliation groups of the corpus's analysis distinct colours as far as the palette
 * allows, the groups with the most statements first; without it colours come from names alone
 * and two groups may share one. Depends only on the analysis, so it is stable across runs.
 * Call it when an analysis is complete (the graph layout does). */
void  readout_palette_prepare         (ReadoutCorpus *corpus);

G_END_DECLS
