/**
 * What one request to decap-server's API (`POST /api/v1`, `{ action, params }`) would read,
 * list, write or delete, so each path can be checked before decap-server acts on it.
 */
import { refusals } from './refusals.ts';

/** One file or folder a request touches. `bytes` is what a write would save. */
export type ApiTarget =
  | { access: 'list'; folder: unknown; extension: unknown }
  | { access: 'read' | 'delete'; path: unknown }
  | { access: 'write'; path: unknown; bytes: Uint8Array; movedFrom?: unknown };

type Params = Record<string, unknown>;

/** For each action the editing screens use, the files it touches; any other action is refused. */
const ACTIONS: Record<string, (params: Params) => ApiTarget[]> = {
  info: () => [],
  getDeployPreview: () => [],
  entriesByFolder: (p) => [{ access: 'list', folder: p.folder, extension: p.extension }],
  entriesByFiles: (p) => list(p.files).map((file) => ({ access: 'read', path: (file as Params)?.path })),
  getEntry: (p) => [{ access: 'read', path: p.path }],
  getMedia: (p) => [{ access: 'list', folder: p.mediaFolder, extension: '' }],
  getMediaFile: (p) => [{ access: 'read', path: p.path }],
  persistEntry: (p) => [...list(p.dataFiles ?? [p.entry]).flatMap(dataFileWrites), ...list(p.assets).map(assetWrite)],
  persistMedia: (p) => [assetWrite(p.asset)],
  deleteFile: (p) => [{ access: 'delete', path: p.path }],
  deleteFiles: (p) => list(p.paths).map((path) => ({ access: 'delete', path })),
};

/**
 * The files a request body touches.
 * @returns them, or the message refusing a request the editing screens never send.
 */
export function apiTargets(body: unknown): { targets: ApiTarget[] } | { refused: string } {
  const { action, params } = (body ?? {}) as Params;
  const targets = typeof action === 'string' && Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
  if (!targets) return { refused: refusals.notUnderstood(`unknown action ${JSON.stringify(action)}`) };
  if (action !== 'info' && (typeof params !== 'object' || params === null)) return { refused: refusals.notUnderstood('no params') };
  try {
    return { targets: targets((params ?? {}) as Params) };
  } catch (error) {
    return { refused: refusals.notUnderstood((error as Error).message) };
  }
}

/** A saved entry: its file, and its new name when renamed (decap-server moves the file after writing it). */
function dataFileWrites(file: unknown): ApiTarget[] {
  const { path, raw, newPath } = object(file);
  const bytes = Buffer.from(text(raw, 'raw'));
  return newPath === undefined ? [{ access: 'write', path, bytes }] : [{ access: 'write', path, bytes }, { access: 'write', path: newPath, bytes, movedFrom: path }];
}

function assetWrite(asset: unknown): ApiTarget {
  const { path, content, encoding } = object(asset);
  if (encoding !== 'base64') throw new Error('an upload must be base64');
  return { access: 'write', path, bytes: Buffer.from(text(content, 'content'), 'base64') };
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error('a list is missing');
  return value;
}

function object(value: unknown): Params {
  if (typeof value !== 'object' || value === null) throw new Error('a file is missing');
  return value as Params;
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new Error(`"${name}" is not text`);
  return value;
}
