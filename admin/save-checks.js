/**
 * Runs before Decap CMS saves a file. It drops fields left empty, which Decap would save as ""
 * or null where the build accepts only a value or nothing, then asks the build's own checks
 * (admin/report-checks.js, bundled from lib/ by `npm run cms:bundle`) what they would say about
 * the report with this file changed, and refuses the save with their messages. The report's
 * files come from /admin/report-data.json, which the build writes, so this works both with
 * `npm run cms` and on the published site. Loaded by admin/index.html after decap-cms.js.
 */
/* global CMS, reportChecks */
(function () {
  'use strict';

  var loaded = fetch('report-data.json', { cache: 'no-store' })
    .then(function (response) {
      if (!response.ok) throw new Error('report-data.json: ' + response.status);
      return response.json();
    })
    .then(function (files) { reportChecks.load(files); return true; })
    .catch(function () { return false; });
  window.reportChecksLoaded = loaded;

  /**
   * The part of an editing-screen component that waits for the build's checks, for
   * createClass(Object.assign({}, window.waitsForReportChecks, { render: ... })): its state's
   * `settled` turns true once report-data.json has been tried, `ready` when the checks have the
   * report's files.
   */
  window.waitsForReportChecks = {
    getInitialState: function () { return { settled: false, ready: false }; },
    componentDidMount: function () {
      var self = this;
      loaded.then(function (ready) { self.setState({ settled: true, ready: ready }); });
    },
  };

  /** Whether Decap's value is empty: "", null, or an empty map or list. */
  function isEmpty(value) {
    return value === '' || value === null || value === undefined || (value && typeof value.size === 'number' && value.size === 0);
  }

  /** The value without empty fields, at any depth (Decap's data is Immutable maps and lists). */
  function withoutEmpty(value) {
    if (!value || typeof value.map !== 'function' || typeof value.filter !== 'function') return value;
    var cleaned = value.map(withoutEmpty);
    // A list keeps its items where they are; a map loses its empty fields.
    if (typeof value.push === 'function') return cleaned;
    return cleaned.filter(function (item) { return !isEmpty(item); });
  }

  /**
   * The file an entry is saved to. A new section or table has no path until Decap names it from
   * its title: the checks need only its folder, a section's publication's (the collection's name).
   */
  function pathOf(entry) {
    var path = entry.get('path');
    if (path) return String(path);
    if (entry.get('collection') === 'new-figure-table') return '_data/figures/' + (entry.get('slug') || 'new-table') + '.yaml';
    return 'content/' + entry.get('collection') + '/' + (entry.get('slug') || 'new-section') + '.md';
  }

  /** An error Decap shows as it is, without "Error: " before it. */
  function refusal(message) {
    var error = new Error(message);
    error.toString = function () { return message; };
    return error;
  }

  /** The text the file will hold, as the checks read it. */
  function textOf(entry, data) {
    return reportChecks.entryText(pathOf(entry), data.toJS());
  }

  CMS.registerEventListener({
    name: 'preSave',
    handler: function (event) {
      var data = withoutEmpty(event.entry.get('data'));
      var path = pathOf(event.entry);
      return loaded.then(function (ready) {
        if (!ready) throw refusal('Not saved: the report’s checks could not be loaded. Reload this page and try again.');
        var problems = reportChecks.checkEdit(path, textOf(event.entry, data));
        if (problems.length > 0) throw refusal('Not saved: the build would refuse this change. ' + problems.join(' — '));
        return data;
      });
    },
  });

  // Decap rejects a refused save's promise after showing why (a required field left empty: no
  // reason; a failed save, like the build's messages above: its ENTRY_PERSIST_FAILURE action),
  // and nothing catches it: the page would report an uncaught error the editor has been told about.
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    if (reason === undefined || (reason && reason.type === 'ENTRY_PERSIST_FAILURE')) event.preventDefault();
  });

  CMS.registerEventListener({
    name: 'postSave',
    handler: function (event) {
      var path = pathOf(event.entry);
      reportChecks.saved(path, textOf(event.entry, event.entry.get('data')));
    },
  });
})();
