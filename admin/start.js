/** Starts Decap CMS, after admin/index.html's other scripts have registered what they add. */
/* global CMS */
CMS.init();
