/* readout-actors-view.h: the actors of the corpus with roles and affiliation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "readout.h"

G_BEGIN_DECLS

#define READOUT_TYPE_ACTORS_VIEW (readout_actors_view_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutActorsView, readout_actors_view, READOUT, ACTORS_VIEW, GtkWidget)

void          readout_actors_view_set_corpus   (ReadoutActorsView *self,
                                                ReadoutCorpus     *corpus);
ReadoutActor *readout_actors_view_get_selected (ReadoutActorsView *self);
void          readout_actors_view_set_selected (ReadoutActorsView *self,
                                                ReadoutActor      *actor);
/* The rows shown, sorted. */
GListModel   *readout_actors_view_get_shown    (ReadoutActorsView *self);

/* "Person", "Organization"… (translated). */
const char   *readout_actor_kind_to_label      (ReadoutActorKind   kind);

G_END_DECLS
