/**
 * Where the report's images are kept, relative to the project root; the site serves the folder
 * at the same path. The checks look for images there, and the CMS saves uploads there.
 */
export const IMAGES_FOLDER = 'assets/images';
