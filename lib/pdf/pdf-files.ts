import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Where `npm run pdf` keeps the PDF editions; the build copies them into the site from here. */
export const PDF_DIR = '.cache/pdf';

/** A publication's PDF edition, as the pages link to it. */
export interface PdfEdition {
  href: string;
  bytes: number;
}

/**
 * The PDF editions made so far, by publication slug, with their real sizes.
 * @example pdfEditions('.')['tri-borough-story'] // { href: '/tri-borough-story.pdf', bytes: 312345 }
 */
export function pdfEditions(root: string): Record<string, PdfEdition> {
  const dir = path.join(root, PDF_DIR);
  if (!existsSync(dir)) return {};
  const editions: Record<string, PdfEdition> = {};
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.pdf'))) {
    editions[path.basename(name, '.pdf')] = { href: `/${name}`, bytes: statSync(path.join(dir, name)).size };
  }
  return editions;
}
