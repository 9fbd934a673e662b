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
#include "readout-document.h"
#include "readout-evidence.h"
#include "readout-json.h"
#include "readout-lexicon.h"
#include "readout-loader.h"
#include "readout-relation.h"
#include "readout-statement.h"
