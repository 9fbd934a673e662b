/* readout-application.c: the Readout application: windows, app-wide actions and settings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "readout-application.h"
#include "readout-window.h"

struct _ReadoutApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (ReadoutApplication, readout_application, ADW_TYPE_APPLICATION)

static ReadoutWindow *
get_or_create_window (ReadoutApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (READOUT_IS_WINDOW (window))
    return READOUT_WINDOW (window);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (READOUT_IS_WINDOW (l->data))
      return READOUT_WINDOW (l->data);

  return readout_window_new (GTK_APPLICATION (self));
}

static void
readout_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_or_create_window (READOUT_APPLICATION (app))));
}

/* Files from the command line, from the file manager or from a second `readout FILE…`: the
 * running instance opens them in its window. */
static void
readout_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  ReadoutWindow *window = get_or_create_window (READOUT_APPLICATION (app));
  g_autoptr(GPtrArray) local = g_ptr_array_new ();

  for (int i = 0; i < n_files; i++)
    {
      if (g_file_has_uri_scheme (files[i], "http") || g_file_has_uri_scheme (files[i], "https"))
        {
          g_autofree char *uri = g_file_get_uri (files[i]);
          readout_window_open_url (window, uri);
        }
      else
        g_ptr_array_add (local, files[i]);
    }
  readout_window_open_files (window, (GFile **)local->pdata, local->len);
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  ReadoutWindow *window = get_or_create_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  readout_window_show_open_dialog (window);
}

static void
open_url_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ReadoutWindow *window = get_or_create_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  readout_window_show_open_url_dialog (window);
}

static void
new_window_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (readout_window_new (GTK_APPLICATION (user_data))));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  const char *developers[] = { _("The Readout developers"), NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("Readout"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Readout developers"),
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/readout/readout",
                        "issue-url", "https://github.com/readout/readout/issues",
                        "comments", _("Read several news articles about one event together: who said what to whom, as reported by whom, and where the accounts disagree."),
                        "copyright", _("© The Readout developers"),
                        /* TRANSLATORS: your names, one a line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
shortcuts_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  /* GtkApplication loads gtk/help-overlay.ui from the resource base path into every window. */
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Closing (not destroying) lets each window ask about unsaved work. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
show_uri_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_show_uri (window, g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static void
readout_application_startup (GApplication *app)
{
  ReadoutApplication *self = READOUT_APPLICATION (app);
  const GActionEntry entries[] = {
    { "open", open_activated },
    { "open-url", open_url_activated },
    { "new-window", new_window_activated },
    { "about", about_activated },
    { "shortcuts", shortcuts_activated },
    { "quit", quit_activated },
    { "show-uri", show_uri_activated, "s" },
  };
  const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.open", { "<Control>o", NULL } },
    { "app.open-url", { "<Control>l", NULL } },
    { "app.new-window", { "<Control>n", NULL } },
    { "app.shortcuts", { "<Control>question", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.toggle-sidebar", { "F9", NULL } },
    { "win.cancel", { "Escape", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Shift><Control>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Shift><Control>z", NULL } },
    { "win.reanalyze", { "F5", NULL } },
    { "win.view('reader')", { "<Alt>1", NULL } },
    { "win.view('graph')", { "<Alt>2", NULL } },
    { "win.view('statements')", { "<Alt>3", NULL } },
    { "win.view('actors')", { "<Alt>4", NULL } },
  };

  G_APPLICATION_CLASS (readout_application_parent_class)->startup (app);

  /* Follow the system's light or dark preference. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);
}

static void
readout_application_dispose (GObject *object)
{
  ReadoutApplication *self = (ReadoutApplication *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (readout_application_parent_class)->dispose (object);
}

static void
readout_application_class_init (ReadoutApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = readout_application_dispose;
  app_class->startup = readout_application_startup;
  app_class->activate = readout_application_activate;
  app_class->open = readout_application_open;
}

static void
readout_application_init (ReadoutApplication *self)
{
}

ReadoutApplication *
readout_application_new (void)
{
  return g_object_new (READOUT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/readout/Readout",
                       NULL);
}

GSettings *
readout_application_get_settings (ReadoutApplication *self)
{
  g_return_val_if_fail (READOUT_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  return self->settings;
}
