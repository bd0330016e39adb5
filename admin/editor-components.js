/**
 * The editing screens' preview and inserts, with the build's own code (admin/report-checks.js):
 * the preview uses the site's stylesheet and shows each {% figure %} formatted as the site shows
 * it, each {% figureTable %} as its table, and a code the build would refuse as the build's
 * message. Above the text, lists of the report's real figure ids (with their values as the site
 * shows them), tables and charts type the chosen code where the cursor is, in either mode; in Rich
 * Text mode, the Figure, Table and Chart buttons do the same. Loaded by admin/index.html after save-checks.js.
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
  var ReportPreview = createClass(Object.assign({}, window.waitsForReportChecks, {
    render: function () {
      var html = this.state.settled ? reportChecks.previewHtml(String(this.props.value || '')) : '';
      return h('div', { className: 'cms-preview', dangerouslySetInnerHTML: { __html: html } });
    },
  }));

  /**
   * Puts a code into the text box where the cursor was (or at the end) as a paste of plain text,
   * which Decap's editor takes as typed: its Markdown box keeps its own copy of the text and
   * ignores a value set from outside.
   */
  function typeInto(box, code) {
    var editable = box && box.querySelector('[contenteditable="true"]');
    if (!editable) return;
    var paste = function () {
      var data = new DataTransfer();
      data.setData('text/plain', code);
      var selection = window.getSelection();
      var node = selection.rangeCount > 0 && editable.contains(selection.anchorNode) ? selection.anchorNode : editable;
      var target = node.nodeType === 1 ? node : node.parentElement;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    };
    var selection = window.getSelection();
    if (selection.rangeCount > 0 && editable.contains(selection.anchorNode)) return paste();
    // No cursor in the text: put it at the end, and let the editor see it before pasting.
    editable.focus();
    var range = document.createRange();
    range.selectNodeContents(editable);
    range.collapse(false);
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    setTimeout(paste, 50);
  }

  /** One list of the report's real ids: choosing one types its code. */
  function insertList(id, label, name, options, box) {
    return h('label', { htmlFor: id, style: { display: 'inline-block', margin: '0 16px 8px 0' } }, label + ' ',
      h('select', {
        id: id,
        value: '',
        onChange: function (event) {
          if (event.target.value) typeInto(box(), '{% ' + name + ' "' + event.target.value + '" %}');
        },
      }, [h('option', { key: '', value: '' }, 'Choose…')].concat(options.map(function (option) {
        return h('option', { key: option.value, value: option.value }, option.label);
      }))));
  }

  /** The Markdown box with lists above it that insert a figure, a table or a chart by its real id. */
  var MarkdownWithInserts = createClass(Object.assign({}, window.waitsForReportChecks, {
    render: function () {
      var self = this;
      var box = function () { return self.box; };
      var ids = function (list) { return list.map(function (id) { return { value: id, label: id }; }); };
      var inserts = this.state.ready ? h('div', { className: 'report-inserts' },
        insertList(this.props.forID + '-figure', 'Insert a figure', 'figure', reportChecks.figureChoices().map(function (c) { return { value: c.id, label: c.label }; }), box),
        insertList(this.props.forID + '-table', 'Insert a table', 'figureTable', ids(reportChecks.tableChoices()), box),
        insertList(this.props.forID + '-chart', 'Insert a chart', 'chart', ids(reportChecks.tableChoices(true)), box)) : null;
      return h('div', { ref: function (element) { self.box = element; } }, inserts, h(markdown.control, this.props));
    },
  }));
  CMS.registerWidget('markdown', MarkdownWithInserts, ReportPreview);

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

  /** A section's preview: its title and its text as the site shows them, without Decap's list of the other fields' raw values. */
  var SectionPreview = createClass({
    render: function () {
      return h('main', null, h('h1', null, String(this.props.entry.getIn(['data', 'title']) || '')), this.props.widgetFor('body'));
    },
  });

  window.reportChecksLoaded.then(function (ready) {
    if (!ready) return;
    reportChecks.publications().forEach(function (name) { CMS.registerPreviewTemplate(name, SectionPreview); });
    insert('figure', 'Figure', 'figure', reportChecks.figureChoices().map(function (c) { return { label: c.label, value: c.id }; }));
    insert('figureTable', 'Table', 'figureTable', reportChecks.tableChoices());
    insert('chart', 'Chart', 'chart', reportChecks.tableChoices(true));
  });
})();
