/**
 * What the editing screens call each field of the figure tables and the section front matter.
 * The schemas name fields for the YAML; editors read these labels instead.
 */
import { DEFAULT_COLUMNS } from '../figures/model.ts';
import { UNITS, type Unit } from '../figures/units.ts';

/** The label of each field name; a name not listed is shown capitalised. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  notes: 'Notes for editors',
  title: 'Title',
  order: 'Place in the publication',
  summary: 'Summary',
  source: 'Source',
  updated: 'Last updated',
  publication: 'Publication landing page',
  layout: 'Layout',
  body: 'Text',
  description: 'Description',
  unit: 'Unit',
  period: 'Period',
  date: 'Date',
  columns: 'Column headings',
  total: 'Total row',
  label: 'Label',
  stated: 'Total the source states',
  rows: 'Rows',
  id: 'Id',
  value: 'Value',
  approximate: 'Approximate ("~" in the source)',
  qualifier: 'Word before the number',
  note: 'Note',
  statements: 'Statements from different sources',
};

/** What one item of a list is called, as in "Add row". */
export const SINGULAR_LABELS: Readonly<Record<string, string>> = { rows: 'row', statements: 'statement' };

/**
 * Hints that say more in the editing screens than the schema's description, which is written
 * for people editing the YAML.
 */
export const FIELD_HINTS: Readonly<Record<string, string>> = {
  source: 'The document this comes from. A developer adds new documents to _data/sources.yaml.',
  columns: `The headings above the table's first two columns. Left empty, they read "${DEFAULT_COLUMNS.labels}" and "${DEFAULT_COLUMNS.values}".`,
  total: 'The total row under the table. The build adds up the rows and checks the sum against the stated total, so change both together.',
  approximate: 'Tick when the source gives the value as approximate ("~").',
  statements: 'The value as each source states it. Pages show the newest unless a figure code asks for a year.',
};

/** What a list item shows in its header, from its own fields (Decap's summary template). */
export const ITEM_SUMMARIES: Readonly<Record<string, string>> = { rows: '{{fields.label}}', statements: '{{fields.source}}' };

/** Fields that hold a sentence or more, edited in a multi-line box. */
export const MULTILINE_FIELDS: ReadonlySet<string> = new Set(['summary', 'description', 'note', 'notes']);

/** The label of a field: its entry above, or its name capitalised. */
export function fieldLabel(name: string): string {
  return FIELD_LABELS[name] ?? name.charAt(0).toUpperCase() + name.slice(1);
}

/** The label of a unit in a select: the unit and what it means, like "£m: a number of £ millions, like 0.92". */
export function unitLabel(unit: Unit): string {
  return `${unit}: ${UNITS[unit]}`;
}

/** The hint under a field: its entry in FIELD_HINTS, or the schema description as a sentence. */
export function hintOf(name: string, description: string | undefined): string | undefined {
  if (FIELD_HINTS[name]) return FIELD_HINTS[name];
  if (!description) return undefined;
  return `${description.charAt(0).toUpperCase()}${description.slice(1)}.`;
}

/**
 * A name for a file or folder id, for menus: "net-fiscal-benefits" is "Net fiscal benefits".
 * Labels come from ids, not titles, so editing a title in the CMS leaves admin/config.yml as it is.
 */
export function labelOfId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
