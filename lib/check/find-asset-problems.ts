import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import { IMAGE_TYPES, isImageExtension } from '../site/images-folder.ts';
import { SAFE_NAME } from '../site/published-asset.ts';
import { SITE_ASSETS, isSiteFile } from '../site/site-files.ts';
import { findSvgProblems } from './find-svg-problems.ts';
import { imageKind } from './image-kind.ts';

/**
 * Files in assets/ the site would publish as they are, at its own address, where HTML, script or
 * an SVG that runs script would act for the site: only images are allowed (by their bytes, not
 * their name), plus the site's own stylesheets.
 * @param files root-relative paths of the files under assets/ (lib/check/list-files.ts).
 */
export function findAssetProblems(root: string, files: readonly string[]): Problem[] {
  return files.filter((file) => !isSiteFile(file, SITE_ASSETS)).flatMap((file) => assetProblems(root, file));
}

function assetProblems(root: string, file: string): Problem[] {
  const name = path.posix.basename(file);
  const extension = name.includes('.') ? (name.split('.').pop() ?? '') : '';
  if (!isImageExtension(extension)) return [{ file, message: messages.assetNotImage(extension, Object.keys(IMAGE_TYPES)) }];
  const badPart = file.split('/').slice(1).find((part) => !SAFE_NAME.test(part));
  if (badPart) return [{ file, message: messages.assetName(badPart, safeName(badPart)) }];
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(root, file));
  } catch (error) {
    return [{ file, message: messages.notReadable(String((error as NodeJS.ErrnoException).code ?? error)) }];
  }
  return imageProblems(file, extension.toLowerCase(), bytes);
}

function imageProblems(file: string, extension: string, bytes: Buffer): Problem[] {
  if (extension === 'svg') return svgProblems(file, bytes);
  const expected = extension === 'jpg' ? 'jpeg' : extension;
  const kind = imageKind(bytes);
  if (!kind) return [{ file, message: messages.notAnImage(expected) }];
  if (kind !== expected) return [{ file, message: messages.wrongImageExtension(kind, file.replace(/\.[^.]+$/, `.${kind === 'jpeg' ? 'jpg' : kind}`)) }];
  return [];
}

/** An SVG must be UTF-8, the one encoding the check and every browser read alike. */
function svgProblems(file: string, bytes: Buffer): Problem[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return [{ file, message: messages.unsafeSvg('is not written in UTF-8') }];
  }
  return findSvgProblems(text).map(({ line, reason }) => ({ file, line, col: 1, message: messages.unsafeSvg(reason) }));
}

/** The name as its reader meant it (%-escapes decoded, accents dropped), other characters made hyphens. */
function safeName(name: string): string {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // Not a valid escape: the characters are replaced below as they are.
  }
  const plain = decoded.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return plain.replace(/[^a-z0-9.]+/g, '-').replace(/^[-.]+|-+(?=\.)/g, '') || 'image';
}
