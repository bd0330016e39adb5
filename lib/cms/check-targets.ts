/**
 * Checks every file a request to the editing server touches: a plain path to an editable file
 * (editable-path.ts), reached through no link (find-link.ts), and, for an image, image bytes.
 */
import path from 'node:path';
import type { ApiTarget } from './api-targets.ts';
import { IMAGE_TYPES } from './editable-files.ts';
import { checkEditableFile, checkEditableFolder } from './editable-path.ts';
import { findLink } from './find-link.ts';
import { isImageOfType } from './image-bytes.ts';
import { refusals } from './refusals.ts';

/**
 * @param root the project folder.
 * @returns every reason to refuse the request, none if it may go ahead.
 */
export async function checkTargets(root: string, targets: readonly ApiTarget[]): Promise<string[]> {
  const problems = await Promise.all(targets.map((target) => checkTarget(root, target)));
  return [...new Set(problems.filter((problem): problem is string => problem !== undefined))];
}

async function checkTarget(root: string, target: ApiTarget): Promise<string | undefined> {
  const listed = target.access === 'list';
  const check = listed ? checkEditableFolder(target.folder, target.extension) : checkEditableFile(target.path);
  if ('refused' in check) return check.refused;
  const where = String(listed ? target.folder : target.path);
  const link = await findLink(root, where);
  if (link) return refusals.symlinked(where, link);
  if (target.access !== 'write') return undefined;
  const isImage = (IMAGE_TYPES as readonly string[]).includes(check.extension);
  if (isImage && !isImageOfType(check.extension, target.bytes)) return refusals.notAnImage(where, check.extension);
  // decap-server moves a renamed entry's whole folder with it: keep a rename inside its folder.
  if (target.movedFrom !== undefined && path.posix.dirname(String(target.movedFrom)) !== path.posix.dirname(where)) {
    return refusals.movedAcrossFolders(String(target.movedFrom), where);
  }
  return undefined;
}
