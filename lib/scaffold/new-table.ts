import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ConfigError } from '../errors.ts';
import { slugify } from '../content/markdown.ts';
import { messages } from '../messages.ts';
import type { NewFile } from './new-section.ts';

/**
 * A new figure table with one example row, valid as it stands, citing the newest source.
 * @throws ConfigError when a table of that name exists already.
 */
export function newTable(root: string, title: string): NewFile {
  const file = `_data/figures/${slugify(title)}.yaml`;
  if (existsSync(path.join(root, file))) throw new ConfigError([{ file, message: messages.fileExists() }]);
  const sources = parse(readFileSync(path.join(root, '_data/sources.yaml'), 'utf8')) as { id: string; date: string }[];
  const newest = [...sources].sort((a, b) => b.date.localeCompare(a.date))[0]?.id ?? 'add-a-source-id';
  const text = `# ${title}. Cite a row in prose with {% figure "${slugify(title)}.<row id>" %}.
# unit: one of £m, £, weeks, families, people, percent, count.
# value: a number (0.92) or a range ({ min: 4, max: 5 }).
title: ${title}
unit: £m
source: ${newest}
# The headings above the table's two columns: what each row is, and what its value is.
columns:
  labels: Measure
  values: Value
rows:
  - id: first-row
    label: First row
    value: 0
# To show a total row, add:
# total:
#   label: Total
#   stated: 0   # the total the source states, if it states one: the build checks the sum against it
# To chart the table, add:
# chart: { type: bar, sort: descending }
`;
  return { file, text };
}
