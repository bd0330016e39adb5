/**
 * Every message the editing server sends when it refuses a request, in plain English: the
 * editing screens show it under "Failed to persist", and `npm run cms` prints it. Each says what
 * was refused and what is allowed instead.
 */
import { describeEditable } from './editable-files.ts';

export const refusals = {
  wrongHost: (host: string, allowed: readonly string[]): string =>
    `Refused: the editing server only answers requests addressed to ${allowed.join(' or ')}, and this one was addressed to "${host}". Open the editing screens from the address \`npm run cms\` prints.`,
  wrongOrigin: (origin: string, allowed: readonly string[]): string =>
    `Refused: only the editing screens at ${allowed.map((site) => `${site}/admin/`).join(' or ')} may save through the editing server, and this request came from ${origin}.`,
  notUnderstood: (detail: string): string =>
    `Refused: the editing server did not understand this request (${detail}). Reload the editing screens and try again.`,
  failed: (detail: string): string =>
    `The editing server could not check this request (${detail}). Nothing was saved; try again, and if it fails again, restart \`npm run cms\`.`,
  notPlainPath: (file: string): string =>
    `Refused: "${file}" is not a plain file name. Names may use only lower-case letters, digits, hyphens and underscores, with folders separated by "/", and no "..".`,
  notEditable: (file: string): string =>
    `Refused: "${file}" is not a file the editing screens may change. They may change ${describeEditable()}.`,
  notEditableFolder: (folder: string): string =>
    `Refused: the folder "${folder}" is not one the editing screens may list. They may use ${describeEditable()}.`,
  symlinked: (file: string, link: string): string =>
    `Refused: "${file}" goes through "${link}", a link to somewhere else, so a save there could land outside the project. Replace the link with a real folder or file.`,
  notAnImage: (file: string, extension: string): string =>
    `Refused: "${file}" is named as a .${extension} image, but its contents are not a ${extension.toUpperCase()} image. Upload the image file itself, saved as .${extension}.`,
  movedAcrossFolders: (from: string, to: string): string =>
    `Refused: moving "${from}" to "${to}" would change its folder. A page can be renamed, but stays in its publication.`,
};
