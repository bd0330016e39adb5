/**
 * Checks a path the editing screens send, by its text alone: a plain relative name, in a folder
 * they may use, of a type that folder holds. The file system is checked after (find-link.ts).
 */
import { IMAGES_FOLDER } from '../site/images-folder.ts';
import { PLAIN_NAME, kindOfFolder, type EditableKind } from './editable-files.ts';
import { refusals } from './refusals.ts';

/** A path that passed, or why it did not. */
export type PathCheck = { kind: EditableKind; extension: string } | { refused: string };

/**
 * Checks a file path like `content/tri-borough-story/the-story.md`.
 * @returns its kind and type, or the message refusing it.
 */
export function checkEditableFile(file: unknown): PathCheck {
  const text = String(file);
  const parts = text.split('/');
  const match = /^(.*)\.([a-z0-9]+)$/.exec(parts.pop() ?? '');
  if (typeof file !== 'string' || !match || ![...parts, match[1]].every(isPlain)) return { refused: refusals.notPlainPath(text) };
  const extension = match[2] ?? '';
  const kind = kindOfFolder(parts.join('/'));
  if (!kind?.extensions.includes(extension)) return { refused: refusals.notEditable(text) };
  return { kind, extension };
}

/**
 * Checks a folder to list, like `content/tri-borough-story`, and the file type listed.
 * @param extension what the listing keeps (Decap sends the collection's, like `md`); `''` for all.
 */
export function checkEditableFolder(folder: unknown, extension: unknown = ''): PathCheck {
  const text = String(folder);
  if (typeof folder !== 'string' || !text.split('/').every(isPlain)) return { refused: refusals.notPlainPath(text) };
  const kind = kindOfFolder(text);
  const type = String(extension).replace(/^\./, '');
  // Decap lists the images folder whole (getMedia); other folders only by their file type.
  const typeAllowed = type === '' ? kind?.folder === IMAGES_FOLDER : kind?.extensions.includes(type);
  if (!kind || !typeAllowed) return { refused: refusals.notEditableFolder(text) };
  return { kind, extension: type };
}

function isPlain(name: string | undefined): boolean {
  return name !== undefined && PLAIN_NAME.test(name);
}
