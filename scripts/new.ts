/**
 * `npm run new -- section "Title" [--publication=tri-borough-story]`, `npm run new -- table "Title"`
 * or `npm run new -- publication "Title"`: writes a new section, figure table or publication
 * that is valid as it stands, ready to fill in. The `--` may be left out (lib/scaffold/new-args.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reportFailure } from '../lib/build/report-failure.ts';
import { parseNewArgs } from '../lib/scaffold/new-args.ts';
import { newPublication } from '../lib/scaffold/new-publication.ts';
import { newSection } from '../lib/scaffold/new-section.ts';
import { newTable } from '../lib/scaffold/new-table.ts';

try {
  const { kind, title, publication } = parseNewArgs(process.argv.slice(2), process.env);
  const root = process.cwd();
  const today = new Date().toISOString().slice(0, 10);
  const created =
    kind === 'section' ? newSection(root, title, publication, today) : kind === 'table' ? newTable(root, title) : newPublication(root, title, today);
  mkdirSync(path.dirname(created.file), { recursive: true });
  writeFileSync(created.file, created.text, { flag: 'wx' });
  console.log(`Created ${created.file}. Open it, fill it in, and run npm start to see it.`);
} catch (error) {
  process.exitCode = reportFailure(error, 'new');
}
