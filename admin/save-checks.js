/**
 * Runs before Decap CMS saves a file. It drops fields left empty, which Decap would save as ""
 * or null where the build accepts only a value or nothing, and refuses to save a figure table
 * whose rows break a rule no single field can check: each row needs a value or statements
 * (not both), and row ids must differ. Other checks (totals, dates) run when the site builds.
 * Loaded by admin/index.html after decap-cms.js.
 */
/* global CMS */
(function () {
  'use strict';

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

  /** Why a figure table's rows cannot be saved, or undefined. */
  function rowsProblem(data) {
    var rows = data.get('rows');
    if (!rows) return undefined;
    var seen = {};
    var problems = [];
    rows.forEach(function (row, index) {
      var name = row.get('id') || 'number ' + (index + 1);
      var hasValue = row.has('value');
      var hasStatements = row.has('statements');
      if (hasValue && hasStatements) problems.push('row "' + name + '" has both a value and statements: keep one');
      if (!hasValue && !hasStatements) problems.push('row "' + name + '" needs a value or at least one statement');
      if (seen[name]) problems.push('the id "' + name + '" is used by two rows: give each row its own');
      seen[name] = true;
    });
    return problems.length ? 'Not saved: ' + problems.join('; ') + '.' : undefined;
  }

  CMS.registerEventListener({
    name: 'preSave',
    handler: function (event) {
      var data = withoutEmpty(event.entry.get('data'));
      var path = String(event.entry.get('path') || '');
      var problem = path.indexOf('_data/figures/') === 0 ? rowsProblem(data) : undefined;
      if (problem) throw new Error(problem);
      return data;
    },
  });
})();
