/**
 * Loaded before decap-cms.js: Decap CMS waits for admin/start.js, after our widgets, words and
 * checks are registered (Decap reads its English words once, as it starts).
 */
window.CMS_MANUAL_INIT = true;
