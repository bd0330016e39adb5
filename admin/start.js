/**
 * Starts Decap CMS, after admin/index.html's other scripts have registered what they add, and
 * once the report's files are loaded (save-checks.js), so the sections' previews are registered.
 */
/* global CMS */
(window.reportChecksLoaded || Promise.resolve()).then(function () { CMS.init(); });
