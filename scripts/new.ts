/**
 * `npm run new -- section "Title" [--publication=tri-borough-story]` or `npm run new -- table "Title"`:
 * writes a new section or figure table that is valid as it stands, ready to fill in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { reportFailure } from '../lib/build/report-failure.ts';
import { ConfigError } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import { newSection } from '../lib/scaffold/new-section.ts';
import { newTable } from '../lib/scaffold/new-table.ts';

try {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { publication: { type: 'string' } } });
  const [kind, title] = positionals;
  if (!title || (kind !== 'section' && kind !== 'table')) throw new ConfigError([{ file: 'npm run new', message: messages.newUsage() }]);
  const today = new Date().toISOString().slice(0, 10);
  const created = kind === 'section' ? newSection(process.cwd(), title, values.publication, today) : newTable(process.cwd(), title);
  mkdirSync(path.dirname(created.file), { recursive: true });
  writeFileSync(created.file, created.text, { flag: 'wx' });
  console.log(`Created ${created.file}. Open it, fill it in, and run npm start to see it.`);
} catch (error) {
  process.exitCode = reportFailure(error, 'new');
}
