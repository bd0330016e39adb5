/**
 * The files the editing screens may read and change, and nothing else: sections, figure tables
 * and images. Everything else in the project (code, templates, settings) is out of their reach,
 * because an editor's change must never become code the preview or the build runs.
 */
import { IMAGES_FOLDER } from '../site/images-folder.ts';

/** A kind of file the editing screens change. */
export interface EditableKind {
  /** What editors call it, for messages. */
  label: string;
  /** Its folder, relative to the project root; `*` stands for one folder name (a publication). */
  folder: string;
  /** The file types it may have, lower-case, without the dot. */
  extensions: readonly string[];
}

/** The image types editors may upload; image-bytes.ts checks each file is what its name says. */
export const IMAGE_TYPES = ['png', 'jpg', 'jpeg', 'webp', 'gif', 'svg'] as const;

export const EDITABLE_KINDS: readonly EditableKind[] = [
  { label: 'sections', folder: 'content/*', extensions: ['md'] },
  { label: 'figure tables', folder: '_data/figures', extensions: ['yaml'] },
  { label: 'images', folder: IMAGES_FOLDER, extensions: IMAGE_TYPES },
];

/**
 * A folder or file name the editing screens may use: lower-case letters, digits, hyphens and
 * underscores, as Decap's slug settings make them. This leaves out `..`, `%2e`, backslashes,
 * spaces, hidden files and upper-case variants of the folders (`_DATA`) in one rule.
 */
export const PLAIN_NAME = /^[a-z0-9_][a-z0-9_-]*$/;

/** A publication's folder name, as `npm run new` and the build make them: no leading `_` or `-`. */
const PUBLICATION_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** Whether `folder` (a pattern of EditableKind) matches the folder `actual`. */
export function folderMatches(pattern: string, actual: string): boolean {
  const wanted = pattern.split('/');
  const parts = actual.split('/');
  return wanted.length === parts.length && wanted.every((part, i) => part === parts[i] || (part === '*' && PUBLICATION_NAME.test(parts[i] ?? '')));
}

/** The kind of file a folder holds, if the editing screens may use it. */
export function kindOfFolder(folder: string): EditableKind | undefined {
  return EDITABLE_KINDS.find((kind) => folderMatches(kind.folder, folder));
}

/** What editors are told may be changed: "sections (content/<publication>/<name>.md), ... and images (...)". */
export function describeEditable(): string {
  const kinds = EDITABLE_KINDS.map((kind) => {
    const folder = kind.folder.replace('*', '<publication>');
    return `${kind.label} (${folder}/<name>.${orList(kind.extensions.map((extension) => `.${extension}`)).slice(1)})`;
  });
  return `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}`;
}

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');
}
