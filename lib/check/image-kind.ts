/** The raster image kinds the site publishes, as named by their usual file extension. */
export type RasterKind = 'png' | 'jpeg' | 'gif' | 'webp';

/**
 * What kind of image a file's bytes are, by their signature (magic number), or undefined when
 * they are none of the kinds: a file named .png that is really HTML is then refused, since a
 * browser may sniff it and run it.
 */
export function imageKind(bytes: Uint8Array): RasterKind | undefined {
  const ascii = (start: number, end: number): string => String.fromCharCode(...bytes.subarray(start, end));
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return undefined;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}
