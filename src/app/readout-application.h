/* readout-application.h: the Readout application: windows, app-wide actions and settings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define READOUT_TYPE_APPLICATION (readout_application_get_type ())
G_DECLARE_FINAL_TYPE (ReadoutApplication, readout_application, READOUT, APPLICATION, AdwApplication)

ReadoutApplication *readout_application_new          (void);
/* The app's settings (schema io.github.readout.Readout). */
GSettings          *readout_application_get_settings (ReadoutApplication *self);

G_END_DECLS
