/**
 * The editing screens' preview and inserts, with the build's own code (admin/report-checks.js):
 * the preview uses the site's stylesheet and shows each {% figure %} formatted as the site shows
 * it, each {% figureTable %} as its table, and a code the build would refuse as the build's
 * message. In Rich Text mode, the Figure, Table and Chart buttons insert a code chosen from the
 * report's real ids. Loaded by admin/index.html after save-checks.js.
 */
/* global CMS, createClass, h, reportChecks */
(function () {
  'use strict';

  // Decap opens the text box in the mode last chosen, Rich Text the first time, where "## " typed
  // is saved escaped ("\\## "): open it in Markdown on every visit; Rich Text stays a click away.
  localStorage.setItem('cms.md-mode', 'raw');

  // Decap's English, where it misleads: "Writing in Savings collection"; "Failed to persist entry";
  // and, on this computer (npm run cms), "Publish" saves into the files here, not to the public.
  var en = CMS.getLocale('en');
  var local = location.hostname === 'localhost' || location.hostname === '127.0.0.1';
  en.editor.editorToolbar.backCollection = ' Writing in %{collectionLabel}';
  en.ui.toast.onFailToPersist = '%{details}';
  if (local) {
    en.editor.editorToolbar.publish = 'Save';
    en.editor.editorToolbar.publishNow = 'Save into the files on this computer';
    en.editor.editorToolbar.publishing = 'Saving…';
    en.editor.editorToolbar.publishAndCreateNew = 'Save and create new';
    en.editor.editorToolbar.publishAndDuplicate = 'Save and duplicate';
    en.editor.editorToolbar.published = 'Saved on this computer';
    en.ui.toast.entrySaved = 'Saved into the files on this computer. The public site changes only when the change is merged: see the editing guide.';
  }
  CMS.registerLocale('en', en);

  CMS.registerPreviewStyle(new URL('../assets/report.css', location.href).href);

  var markdown = CMS.getWidget('markdown');
  var ReportPreview = createClass({
    getInitialState: function () { return { ready: false }; },
    componentDidMount: function () {
      var self = this;
      window.reportChecksLoaded.then(function () { self.setState({ ready: true }); });
    },
    render: function () {
      var html = this.state.ready ? reportChecks.previewHtml(String(this.props.value || '')) : '';
      return h('div', { className: 'cms-preview', dangerouslySetInnerHTML: { __html: html } });
    },
  });
  CMS.registerWidget('markdown', markdown.control, ReportPreview);

  /** A button that inserts one shortcode, its id picked from a list. */
  function insert(id, label, name, options) {
    var pattern = new RegExp('^\\{%\\s*' + name + '\\s+"([^"]*)"\\s*%\\}$');
    CMS.registerEditorComponent({
      id: id,
      label: label,
      fields: [{ name: 'id', label: label, widget: 'select', options: options }],
      pattern: pattern,
      fromBlock: function (match) { return { id: match[1] }; },
      toBlock: function (data) { return '{% ' + name + ' "' + data.id + '" %}'; },
      toPreview: function (data) { return '{% ' + name + ' "' + data.id + '" %}'; },
    });
  }

  window.reportChecksLoaded.then(function (ready) {
    if (!ready) return;
    insert('figure', 'Figure', 'figure', reportChecks.figureChoices().map(function (c) { return { label: c.label, value: c.id }; }));
    insert('figureTable', 'Table', 'figureTable', reportChecks.tableChoices());
    insert('chart', 'Chart', 'chart', reportChecks.tableChoices(true));
  });
})();
