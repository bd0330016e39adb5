/** The PDF editions `npm run pdf` has made, by publication slug: { href, bytes }. */
import { pdfEditions } from '../lib/pdf/pdf-files.ts';

export default () => pdfEditions(process.cwd());
