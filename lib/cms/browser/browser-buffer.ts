/**
 * The editing screens' stand-in for Node's Buffer, which browsers lack: gray-matter keeps each
 * page's original text as a Buffer (file.orig), which nothing here reads, so the text itself
 * will do. scripts/cms-bundle.ts injects it; without it every page's front matter failed to
 * read wherever Decap, which sets window.Buffer, is not loaded (as in the unit tests).
 */
export const Buffer = {
  from: (text: string): string => text,
  isBuffer: (_value: unknown): boolean => false,
};
