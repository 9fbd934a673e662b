/* readout-reader.c: the source reader, a WebKitWebView showing a page of ours.
 *
 * The page is built by readout-reader-page.c from the document's cleaned text, loaded with
 * webkit_web_view_load_html() and never navigated away from. The page's markup can run no
 * script at all (JavaScript markup is off and the page's policy says script-src 'none'); its
 * behaviour is a user script in the application's own script world, which talks back through
 * the "readout" script message handler of that world.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <webkit/webkit.h>

#include "readout-reader.h"
#include "readout-reader-private.h"

#define SCRIPT_WORLD "readout"
#define BASE_URI     "about:blank"

typedef enum
{
  SCROLL_TOP,
  SCROLL_SELECTED,
  SCROLL_EVIDENCE,
} ScrollTarget;

struct _ReadoutReader
{
  GtkWidget                 parent_instance;

  GtkWidget                *stack;
  GtkWidget                *empty_page;
  WebKitWebView            *web_view;

  ReadoutCorpus            *corpus;
  ReadoutDocument          *document;
  ReadoutStatement         *selected;
  ReadoutStatement         *just_activated; /* clicked in the page: selecting it must not scroll */
  ReadoutContradiction     *evidence_of;
  guint                     current_evidence;
  GPtrArray                *attributions;   /* of the page shown, numbered as in the page */

  GString                  *pending_script; /* run when the page has loaded */
  ScrollTarget              scroll_target;  /* where the next page opens */
  gboolean                  loading;
  ReadoutReaderTheme        theme;

  gboolean                  has_selection;
  gsize                     selection_start;
  gsize                     selection_end;
};

G_DEFINE_FINAL_TYPE (ReadoutReader, readout_reader, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_DOCUMENT,
  N_PROPS
};

enum {
  STATEMENT_ACTIVATED,
  SELECTION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

WebKitWebView *
readout_reader_get_web_view (ReadoutReader *self)
{
  g_return_val_if_fail (READOUT_IS_READER (self), NULL);

  return self->web_view;
}

gboolean
readout_reader_is_loading (ReadoutReader *self)
{
  g_return_val_if_fail (READOUT_IS_READER (self), FALSE);

  return self->loading;
}

static void
run_script (ReadoutReader *self,
            const char    *script)
{
  if (self->document == NULL)
    return;
  if (self->loading)
    {
      g_string_append (self->pending_script, script);
      g_string_append (self->pending_script, ";\n");
      return;
    }
  webkit_web_view_evaluate_javascript (self->web_view, script, -1, SCRIPT_WORLD,
                                       "readout:reader", NULL, NULL, NULL);
}

static const char *
theme_name (ReadoutReaderTheme theme)
{
  switch (theme)
    {
    case READOUT_READER_THEME_DARK: return "dark";
    case READOUT_READER_THEME_LIGHT: return "light";
    case READOUT_READER_THEME_AUTO:
    default: return "auto";
    }
}

static void
update_background (ReadoutReader *self)
{
  GdkRGBA background;

  /* The view's colour before the page paints, so a theme switch does not flash. */
  gdk_rgba_parse (&background, self->theme == READOUT_READER_THEME_DARK ? "#1e1e1e" : "#ffffff");
  webkit_web_view_set_background_color (self->web_view, &background);
}

static void
clear_selection (ReadoutReader *self)
{
  if (!self->has_selection)
    return;
  self->has_selection = FALSE;
  self->selection_start = self->selection_end = 0;
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
render (ReadoutReader *self)
{
  ReadoutReaderPageOptions options = { 0 };
  g_autofree char *nonce = NULL;
  g_autofree char *html = NULL;
  g_autofree char *scroll_to = NULL;

  g_string_truncate (self->pending_script, 0);
  g_clear_pointer (&self->attributions, g_ptr_array_unref);
  clear_selection (self);

  if (self->document == NULL)
    {
      self->scroll_target = SCROLL_TOP;
      self->loading = FALSE;
      gtk_stack_set_visible_child (GTK_STACK (self->stack), self->empty_page);
      return;
    }

  nonce = g_uuid_string_random ();
  options.statements = self->corpus ? readout_corpus_get_statements (self->corpus) : NULL;
  options.selected = self->selected;
  options.evidence_of = self->evidence_of;
  options.current_evidence = self->current_evidence;
  options.theme = self->theme;
  options.nonce = nonce;

  self->attributions = readout_reader_collect_attributions (self->document, options.statements);

  /* The page scrolls there itself as it loads; a script queued for after the load could run
   * on the page this one replaces. */
  if (self->scroll_target == SCROLL_EVIDENCE && self->evidence_of != NULL)
    scroll_to = g_strdup_printf ("ev-%u", self->current_evidence);
  else if (self->scroll_target == SCROLL_SELECTED && self->selected != NULL)
    {
      for (guint i = 0; i < self->attributions->len && scroll_to == NULL; i++)
        if (readout_attribution_get_statement (g_ptr_array_index (self->attributions, i)) == self->selected)
          scroll_to = g_strdup_printf ("att-%u", i);
    }
  self->scroll_target = SCROLL_TOP;
  options.scroll_to = scroll_to;

  html = readout_reader_build_html (self->document, &options);
  self->loading = TRUE;
  webkit_web_view_load_html (self->web_view, html, BASE_URI);
  gtk_stack_set_visible_child (GTK_STACK (self->stack), GTK_WIDGET (self->web_view));
}

static void
on_load_changed (WebKitWebView   *web_view,
                 WebKitLoadEvent  event,
                 ReadoutReader   *self)
{
  g_autofree char *script = NULL;

  /* A load replaced by a newer one also finishes, while the view still loads the newer. */
  if (event != WEBKIT_LOAD_FINISHED || webkit_web_view_is_loading (web_view))
    return;

  self->loading = FALSE;
  if (self->pending_script->len == 0)
    return;
  script = g_string_free (g_steal_pointer (&self->pending_script), FALSE);
  self->pending_script = g_string_new (NULL);
  run_script (self, script);
}

static gboolean
on_load_failed (WebKitWebView   *web_view,
                WebKitLoadEvent  event,
                const char      *uri,
                GError          *error,
                ReadoutReader   *self)
{
  /* Only our own page loads; a failure is a cancelled load replaced by a newer one. */
  g_debug ("Reader page load of %s failed: %s", uri, error->message);
  return FALSE;
}

static gboolean
on_decide_policy (WebKitWebView            *web_view,
                  WebKitPolicyDecision     *decision,
                  WebKitPolicyDecisionType  type,
                  ReadoutReader            *self)
{
  WebKitNavigationAction *action;
  WebKitURIRequest *request;

  if (type == WEBKIT_POLICY_DECISION_TYPE_RESPONSE)
    return FALSE;

  if (type == WEBKIT_POLICY_DECISION_TYPE_NAVIGATION_ACTION)
    {
      action = webkit_navigation_policy_decision_get_navigation_action (WEBKIT_NAVIGATION_POLICY_DECISION (decision));
      request = webkit_navigation_action_get_request (action);

      /* Our own page, loaded by render(): nothing else may replace it. */
      if (webkit_navigation_action_get_navigation_type (action) == WEBKIT_NAVIGATION_TYPE_OTHER &&
          g_strcmp0 (webkit_uri_request_get_uri (request), BASE_URI) == 0)
        {
          webkit_policy_decision_use (decision);
          return TRUE;
        }
    }

  webkit_policy_decision_ignore (decision);
  return TRUE;
}

static gboolean
on_context_menu (WebKitWebView       *web_view,
                 WebKitContextMenu   *menu,
                 WebKitHitTestResult *hit_test,
                 ReadoutReader       *self)
{
  GList *items = g_list_copy (webkit_context_menu_get_items (menu));

  /* Copying is all that makes sense here: no reload, back, inspect or open in a new window. */
  for (GList *l = items; l != NULL; l = l->next)
    {
      WebKitContextMenuItem *item = l->data;

      if (webkit_context_menu_item_get_stock_action (item) != WEBKIT_CONTEXT_MENU_ACTION_COPY)
        webkit_context_menu_remove (menu, item);
    }
  g_list_free (items);

  return webkit_context_menu_get_n_items (menu) == 0;
}

static gboolean
rerender_idle (gpointer data)
{
  ReadoutReader *self = data;

  render (self);
  return G_SOURCE_REMOVE;
}

static void
on_web_process_terminated (WebKitWebView                     *web_view,
                           WebKitWebProcessTerminationReason  reason,
                           ReadoutReader                     *self)
{
  g_debug ("Reader web process ended (%d); reloading the page", reason);
  self->loading = FALSE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rerender_idle, g_object_ref (self), g_object_unref);
}

static gboolean
read_number (JSCValue   *object,
             const char *name,
             gsize       max,
             gsize      *out)
{
  g_autoptr(JSCValue) value = jsc_value_object_get_property (object, name);
  double number;

  if (value == NULL || !jsc_value_is_number (value))
    return FALSE;
  number = jsc_value_to_double (value);
  if (!(number >= 0 && number <= (double)max))
    return FALSE;
  *out = (gsize)number;
  return TRUE;
}

/* A selection boundary from the page: {b: segment byte offset, u: UTF-16 offset in it}. */
static gboolean
read_point (ReadoutReader *self,
            JSCValue      *message,
            const char    *name,
            gsize         *offset)
{
  g_autoptr(JSCValue) point = jsc_value_object_get_property (message, name);
  const char *text = readout_document_get_text (self->document);
  gsize length = readout_document_get_length (self->document);
  gsize start, units;

  if (point == NULL || !jsc_value_is_object (point) || text == NULL)
    return FALSE;
  if (!read_number (point, "b", length, &start) || !read_number (point, "u", G_MAXINT32, &units))
    return FALSE;
  *offset = readout_reader_utf16_to_byte (text, length, start, units);
  return TRUE;
}

static void
handle_selection (ReadoutReader *self,
                  JSCValue      *message)
{
  gsize start, end;

  if (self->document == NULL ||
      !read_point (self, message, "start", &start) ||
      !read_point (self, message, "end", &end) ||
      start == end)
    {
      clear_selection (self);
      return;
    }
  if (start > end)
    {
      gsize swap = start;

      start = end;
      end = swap;
    }
  if (self->has_selection && self->selection_start == start && self->selection_end == end)
    return;
  self->has_selection = TRUE;
  self->selection_start = start;
  self->selection_end = end;
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
handle_activate (ReadoutReader *self,
                 JSCValue      *message)
{
  g_autoptr(JSCValue) id = jsc_value_object_get_property (message, "statement");
  g_autofree char *id_string = NULL;
  ReadoutStatement *statement;

  if (self->corpus == NULL || id == NULL || !jsc_value_is_string (id))
    return;
  id_string = jsc_value_to_string (id);
  statement = readout_corpus_find_statement (self->corpus, id_string);
  if (statement != NULL)
    {
      g_set_object (&self->just_activated, statement);
      g_signal_emit (self, signals[STATEMENT_ACTIVATED], 0, statement);
    }
}

static void
on_script_message (WebKitUserContentManager *manager,
                   JSCValue                 *message,
                   ReadoutReader            *self)
{
  g_autoptr(JSCValue) type = NULL;
  g_autofree char *type_string = NULL;

  if (!jsc_value_is_object (message))
    return;
  type = jsc_value_object_get_property (message, "type");
  if (type == NULL || !jsc_value_is_string (type))
    return;
  type_string = jsc_value_to_string (type);

  if (g_str_equal (type_string, "activate"))
    handle_activate (self, message);
  else if (g_str_equal (type_string, "selection"))
    handle_selection (self, message);
}

static void
on_dark_changed (AdwStyleManager *manager,
                 GParamSpec      *pspec,
                 ReadoutReader   *self)
{
  g_autofree char *script = NULL;

  self->theme = adw_style_manager_get_dark (manager) ? READOUT_READER_THEME_DARK
                                                     : READOUT_READER_THEME_LIGHT;
  update_background (self);
  script = g_strdup_printf ("window.readout.setTheme('%s')", theme_name (self->theme));
  run_script (self, script);
}

static gboolean
document_in_corpus (ReadoutCorpus   *corpus,
                    ReadoutDocument *document)
{
  GListModel *documents = readout_corpus_get_documents (corpus);
  guint n = g_list_model_get_n_items (documents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutDocument) item = g_list_model_get_item (documents, i);

      if (item == document)
        return TRUE;
    }
  return FALSE;
}

static void
on_corpus_analyzed (ReadoutCorpus *corpus,
                    ReadoutReader *self)
{
  /* The statements and contradictions were replaced: drop references to the old ones. */
  g_clear_object (&self->selected);
  g_clear_object (&self->just_activated);
  g_clear_object (&self->evidence_of);
  self->current_evidence = 0;
  if (self->document != NULL && !document_in_corpus (corpus, self->document))
    readout_reader_set_document (self, NULL);
  else
    render (self);
}

static void
on_documents_changed (GListModel    *documents,
                      guint          position,
                      guint          removed,
                      guint          added,
                      ReadoutReader *self)
{
  if (removed > 0 && self->document != NULL && !document_in_corpus (self->corpus, self->document))
    readout_reader_set_document (self, NULL);
}

static void
readout_reader_dispose (GObject *object)
{
  ReadoutReader *self = (ReadoutReader *)object;

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  if (self->web_view != NULL)
    {
      WebKitUserContentManager *manager = webkit_web_view_get_user_content_manager (self->web_view);

      g_signal_handlers_disconnect_by_data (manager, self);
      g_signal_handlers_disconnect_by_data (self->web_view, self);
    }
  readout_reader_set_corpus (self, NULL);
  g_clear_object (&self->document);
  g_clear_object (&self->selected);
  g_clear_object (&self->just_activated);
  g_clear_object (&self->evidence_of);
  g_clear_pointer (&self->attributions, g_ptr_array_unref);
  g_clear_pointer (&self->stack, gtk_widget_unparent);
  self->web_view = NULL;
  self->empty_page = NULL;

  G_OBJECT_CLASS (readout_reader_parent_class)->dispose (object);
}

static void
readout_reader_finalize (GObject *object)
{
  ReadoutReader *self = (ReadoutReader *)object;

  g_string_free (self->pending_script, TRUE);

  G_OBJECT_CLASS (readout_reader_parent_class)->finalize (object);
}

static void
readout_reader_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ReadoutReader *self = READOUT_READER (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_reader_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ReadoutReader *self = READOUT_READER (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      readout_reader_set_corpus (self, g_value_get_object (value));
      break;
    case PROP_DOCUMENT:
      readout_reader_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_reader_class_init (ReadoutReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_reader_dispose;
  object_class->finalize = readout_reader_finalize;
  object_class->get_property = readout_reader_get_property;
  object_class->set_property = readout_reader_set_property;

  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL,
                         READOUT_TYPE_CORPUS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         READOUT_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ReadoutReader::statement-activated:
   * @statement: the statement whose highlight the user clicked
   */
  signals[STATEMENT_ACTIVATED] =
    g_signal_new ("statement-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, READOUT_TYPE_STATEMENT);
  /**
   * ReadoutReader::selection-changed:
   *
   * The user's text selection changed; see readout_reader_get_selection().
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reader");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static WebKitSettings *
create_settings (void)
{
  WebKitSettings *settings = webkit_settings_new ();

  /* JavaScript stays on for our own script world; markup from the page runs none. */
  webkit_settings_set_enable_javascript (settings, TRUE);
  webkit_settings_set_enable_javascript_markup (settings, FALSE);
  webkit_settings_set_javascript_can_open_windows_automatically (settings, FALSE);
  webkit_settings_set_javascript_can_access_clipboard (settings, FALSE);
  webkit_settings_set_auto_load_images (settings, FALSE);
  webkit_settings_set_enable_html5_local_storage (settings, FALSE);
  webkit_settings_set_enable_html5_database (settings, FALSE);
  webkit_settings_set_enable_page_cache (settings, FALSE);
  webkit_settings_set_enable_webgl (settings, FALSE);
  webkit_settings_set_enable_webaudio (settings, FALSE);
  webkit_settings_set_enable_media (settings, FALSE);
  webkit_settings_set_enable_mediasource (settings, FALSE);
  webkit_settings_set_enable_media_stream (settings, FALSE);
  webkit_settings_set_enable_webrtc (settings, FALSE);
  webkit_settings_set_enable_fullscreen (settings, FALSE);
  webkit_settings_set_allow_file_access_from_file_urls (settings, FALSE);
  webkit_settings_set_allow_universal_access_from_file_urls (settings, FALSE);
  webkit_settings_set_allow_top_navigation_to_data_urls (settings, FALSE);
  webkit_settings_set_enable_back_forward_navigation_gestures (settings, FALSE);
  webkit_settings_set_enable_developer_extras (settings, g_getenv ("READOUT_READER_INSPECTOR") != NULL);
  webkit_settings_set_enable_site_specific_quirks (settings, FALSE);
  return settings;
}

static WebKitUserContentManager *
create_content_manager (void)
{
  WebKitUserContentManager *manager = webkit_user_content_manager_new ();
  g_autoptr(GBytes) source = NULL;
  g_autofree char *script = NULL;
  g_autoptr(WebKitUserScript) user_script = NULL;

  readout_views_ensure_resources ();
  source = g_resources_lookup_data (READOUT_READER_JS_RESOURCE, 0, NULL);
  g_assert (source != NULL);
  script = g_strndup (g_bytes_get_data (source, NULL), g_bytes_get_size (source));
  user_script = webkit_user_script_new_for_world (script, WEBKIT_USER_CONTENT_INJECT_TOP_FRAME,
                                                  WEBKIT_USER_SCRIPT_INJECT_AT_DOCUMENT_END,
                                                  SCRIPT_WORLD, NULL, NULL);
  webkit_user_content_manager_add_script (manager, user_script);
  webkit_user_content_manager_register_script_message_handler (manager, "readout", SCRIPT_WORLD);
  return manager;
}

static void
readout_reader_init (ReadoutReader *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autoptr(WebKitSettings) settings = create_settings ();
  g_autoptr(WebKitUserContentManager) manager = create_content_manager ();
  g_autoptr(WebKitNetworkSession) session = webkit_network_session_new_ephemeral ();

  self->pending_script = g_string_new (NULL);

  self->stack = gtk_stack_new ();
  gtk_stack_set_transition_type (GTK_STACK (self->stack), GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));

  self->empty_page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty_page), "x-office-document-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty_page), _("No Article Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty_page),
                                   _("Choose an article to read it with its statements highlighted"));
  gtk_stack_add_child (GTK_STACK (self->stack), self->empty_page);

  /* An ephemeral session: the reader stores nothing on disk and loads nothing remote. */
  self->web_view = g_object_new (WEBKIT_TYPE_WEB_VIEW,
                                 "settings", settings,
                                 "user-content-manager", manager,
                                 "network-session", session,
                                 "hexpand", TRUE,
                                 "vexpand", TRUE,
                                 NULL);
  gtk_stack_add_child (GTK_STACK (self->stack), GTK_WIDGET (self->web_view));
  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->empty_page);

  g_signal_connect (manager, "script-message-received::readout", G_CALLBACK (on_script_message), self);
  g_signal_connect (self->web_view, "load-changed", G_CALLBACK (on_load_changed), self);
  g_signal_connect (self->web_view, "load-failed", G_CALLBACK (on_load_failed), self);
  g_signal_connect (self->web_view, "decide-policy", G_CALLBACK (on_decide_policy), self);
  g_signal_connect (self->web_view, "context-menu", G_CALLBACK (on_context_menu), self);
  g_signal_connect (self->web_view, "web-process-terminated", G_CALLBACK (on_web_process_terminated), self);

  self->theme = adw_style_manager_get_dark (style_manager) ? READOUT_READER_THEME_DARK
                                                           : READOUT_READER_THEME_LIGHT;
  g_signal_connect (style_manager, "notify::dark", G_CALLBACK (on_dark_changed), self);
  update_background (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Article reader"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("The selected article with its statements highlighted"),
                                  -1);
}

GtkWidget *
readout_reader_new (void)
{
  return g_object_new (READOUT_TYPE_READER, NULL);
}

ReadoutCorpus *
readout_reader_get_corpus (ReadoutReader *self)
{
  g_return_val_if_fail (READOUT_IS_READER (self), NULL);

  return self->corpus;
}

void
readout_reader_set_corpus (ReadoutReader *self,
                           ReadoutCorpus *corpus)
{
  g_return_if_fail (READOUT_IS_READER (self));
  g_return_if_fail (corpus == NULL || READOUT_IS_CORPUS (corpus));

  if (self->corpus == corpus)
    return;

  if (self->corpus != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->corpus, self);
      g_signal_handlers_disconnect_by_data (readout_corpus_get_documents (self->corpus), self);
    }
  g_set_object (&self->corpus, corpus);
  if (corpus != NULL)
    {
      g_signal_connect (corpus, "analyzed", G_CALLBACK (on_corpus_analyzed), self);
      g_signal_connect (readout_corpus_get_documents (corpus), "items-changed",
                        G_CALLBACK (on_documents_changed), self);
    }

  /* Objects of another corpus have no place here. */
  g_clear_object (&self->selected);
  g_clear_object (&self->evidence_of);
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      if (self->document != NULL && (corpus == NULL || !document_in_corpus (corpus, self->document)))
        readout_reader_set_document (self, NULL);
      else
        render (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

void
readout_reader_set_document (ReadoutReader   *self,
                             ReadoutDocument *document)
{
  g_return_if_fail (READOUT_IS_READER (self));
  g_return_if_fail (document == NULL || READOUT_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  render (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

ReadoutDocument *
readout_reader_get_document (ReadoutReader *self)
{
  g_return_val_if_fail (READOUT_IS_READER (self), NULL);

  return self->document;
}

ReadoutStatement *
readout_reader_get_selected_statement (ReadoutReader *self)
{
  g_return_val_if_fail (READOUT_IS_READER (self), NULL);

  return self->selected;
}

/* The page numbers of the statement's attributions on the page shown, as a JS array. */
static char *
page_attributions_of (ReadoutReader    *self,
                      ReadoutStatement *statement)
{
  g_autoptr(GString) list = g_string_new ("[");
  guint found = 0;

  for (guint i = 0; self->attributions != NULL && i < self->attributions->len; i++)
    if (readout_attribution_get_statement (g_ptr_array_index (self->attributions, i)) == statement)
      g_string_append_printf (list, "%s%u", found++ ? "," : "", i);
  g_string_append (list, "]");
  return found ? g_string_free (g_steal_pointer (&list), FALSE) : NULL;
}

void
readout_reader_select_statement (ReadoutReader    *self,
                                 ReadoutStatement *statement)
{
  g_autofree char *list = NULL;
  g_autofree char *script = NULL;
  gboolean scroll;

  g_return_if_fail (READOUT_IS_READER (self));
  g_return_if_fail (statement == NULL || READOUT_IS_STATEMENT (statement));

  /* The text the user just clicked stays where it is under the pointer. */
  scroll = statement == NULL || statement != self->just_activated;
  g_clear_object (&self->just_activated);
  g_set_object (&self->selected, statement);
  if (statement == NULL)
    {
      run_script (self, "window.readout.select([], false)");
      return;
    }

  list = page_attributions_of (self, statement);
  if (list == NULL)
    {
      GListModel *attributions = readout_statement_get_attributions (statement);
      g_autoptr(ReadoutAttribution) first = g_list_model_get_item (attributions, 0);
      ReadoutDocument *document = first ? readout_attribution_get_document (first) : NULL;

      if (document == NULL || document == self->document)
        return;
      self->scroll_target = SCROLL_SELECTED;
      readout_reader_set_document (self, document);
      list = page_attributions_of (self, statement);
      if (list == NULL)
        return;
    }
  script = g_strdup_printf ("window.readout.select(%s, %s)", list, scroll ? "true" : "false");
  run_script (self, script);
}

void
readout_reader_show_evidence (ReadoutReader        *self,
                              ReadoutContradiction *contradiction,
                              guint                 index)
{
  g_autoptr(ReadoutEvidence) evidence = NULL;
  g_autofree char *script = NULL;
  ReadoutDocument *document;
  gboolean same_page;

  g_return_if_fail (READOUT_IS_READER (self));
  g_return_if_fail (contradiction == NULL || READOUT_IS_CONTRADICTION (contradiction));

  if (contradiction == NULL)
    {
      if (self->evidence_of != NULL)
        {
          g_clear_object (&self->evidence_of);
          self->current_evidence = 0;
          render (self);
        }
      return;
    }

  evidence = g_list_model_get_item (readout_contradiction_get_evidence (contradiction), index);
  g_return_if_fail (evidence != NULL);
  document = readout_evidence_get_document (evidence);
  if (document == NULL)
    return;

  same_page = self->evidence_of == contradiction && self->document == document;
  g_set_object (&self->evidence_of, contradiction);
  self->current_evidence = index;
  if (!same_page)
    {
      self->scroll_target = SCROLL_EVIDENCE;
      if (self->document == document)
        render (self);
      else
        readout_reader_set_document (self, document);
    }
  script = g_strdup_printf ("window.readout.showEvidence(%u)", index);
  run_script (self, script);
}

gboolean
readout_reader_get_selection (ReadoutReader *self,
                              gsize         *start,
                              gsize         *end)
{
  g_return_val_if_fail (READOUT_IS_READER (self), FALSE);

  if (start != NULL)
    *start = self->has_selection ? self->selection_start : 0;
  if (end != NULL)
    *end = self->has_selection ? self->selection_end : 0;
  return self->has_selection;
}
