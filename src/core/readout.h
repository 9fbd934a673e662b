/* readout.h: the public header of the Readout core library.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "readout-types.h"
#include "readout-enums.h"
#include "readout-actor.h"
#include "readout-attribution.h"
#include "readout-contradiction.h"
#include "readout-corpus.h"
#include "readout-correction.h"
#include "readout-decisions.h"
#include "readout-document.h"
#include "readout-evidence.h"
#include "readout-graph-layout.h"
#include "readout-history.h"
#include "readout-json.h"
#include "readout-lexicon.h"
#include "readout-loader.h"
#include "readout-palette.h"
#include "readout-project.h"
#include "readout-relation.h"
#include "readout-report.h"
#include "readout-statement.h"
