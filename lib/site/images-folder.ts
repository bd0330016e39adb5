/**
 * Where the report's images are kept, relative to the project root; the site serves the folder
 * at the same path. The checks look for images there, and the CMS saves uploads there.
 */
export const IMAGES_FOLDER = 'assets/images';

/**
 * The kinds of image editors may add, by file extension (lower case), with their media type.
 * Anything else is refused by the build (lib/check/find-asset-problems.ts) and the CMS: a file
 * published from assets/ is served from the site's own address, where HTML or script would run.
 */
export const IMAGE_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
} as const;

export type ImageExtension = keyof typeof IMAGE_TYPES;

/** Whether a file extension (without the dot, any case) is one of IMAGE_TYPES. */
export function isImageExtension(extension: string): extension is ImageExtension {
  return Object.hasOwn(IMAGE_TYPES, extension.toLowerCase());
}
