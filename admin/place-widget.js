/**
 * The "report-place" widget for Decap CMS: a section's place in its publication (front matter
 * `order`), Decap's own number box, with the number the site's contents will show for the
 * section under it, worked out by the build's own ordering (reportChecks.contentsNumber). The
 * site numbers the landing page 1, so a place is not the number readers see: place 11 may show
 * as 12, and places 5 and 20 as 6 and 7. Loaded by admin/index.html after save-checks.js.
 */
/* global CMS, createClass, h, reportChecks */
(function () {
  'use strict';

  var number = CMS.getWidget('number');

  /** The section's file, as save-checks.js names it: a new section has no path yet. */
  function pathOf(entry) {
    return entry.get('path') || 'content/' + entry.get('collection') + '/' + (entry.get('slug') || 'new-section') + '.md';
  }

  var PlaceControl = createClass(Object.assign({}, window.waitsForReportChecks, {
    // Decap asks the control whether its value may be saved: the number box's own check (min: 0).
    isValid: function () {
      return this.inner && typeof this.inner.isValid === 'function' ? this.inner.isValid() : true;
    },
    render: function () {
      var self = this;
      var entry = this.props.entry;
      var shown = this.state.ready && entry && typeof this.props.value === 'number'
        ? reportChecks.contentsNumber(pathOf(entry), { title: entry.getIn(['data', 'title']), order: this.props.value })
        : undefined;
      var props = Object.assign({}, this.props, { ref: function (control) { self.inner = control; } });
      return h('div', null,
        h(number.control, props),
        h('p', { id: this.props.forID + '-number', 'aria-live': 'polite', style: { margin: '8px 0 0' } },
          shown === undefined ? '' : 'On the site: number ' + shown + ' in the contents.'));
    },
  }));

  CMS.registerWidget('report-place', PlaceControl, number.preview);
})();
