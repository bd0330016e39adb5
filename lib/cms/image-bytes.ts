/**
 * Checks that an uploaded image is what its name says. A page (HTML) saved as photo.png would
 * be served from the report's own address and could run scripts there; real images cannot.
 * SVG is text, and its content is checked by the build (find-image-problems.ts).
 */

/** The bytes each binary image type starts with; `-1` matches any byte. */
const SIGNATURES: Record<string, readonly number[][]> = {
  png: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  jpg: [[0xff, 0xd8, 0xff]],
  jpeg: [[0xff, 0xd8, 0xff]],
  gif: [ascii('GIF87a'), ascii('GIF89a')],
  // RIFF, four bytes of length, then WEBP.
  webp: [[...ascii('RIFF'), -1, -1, -1, -1, ...ascii('WEBP')]],
};

/**
 * Whether `bytes` are an image of type `extension` (png, jpg, jpeg, webp, gif or svg).
 * @example isImageOfType('png', readFileSync('chart.png')) // true
 */
export function isImageOfType(extension: string, bytes: Uint8Array): boolean {
  if (extension === 'svg') return looksLikeSvg(bytes);
  return (SIGNATURES[extension] ?? []).some((signature) => signature.every((byte, i) => byte === -1 || bytes[i] === byte));
}

/** An SVG is UTF-8 text with an <svg> element; what it may hold is the build's concern. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /^\uFEFF?\s*</.test(text) && /<svg[\s>]/.test(text);
  } catch {
    return false;
  }
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}
