/**
 * The editing screen for one figure table: the table schema's fields, fitted to what the
 * table holds, so the CMS cannot save a table the build would reject field by field.
 */
import { tableSchema } from '../figures/schema.ts';
import { UNITS, isUnit } from '../figures/units.ts';
import type { DecapField, DecapFile } from './decap-types.ts';
import { labelOfId, unitLabel } from './field-labels.ts';
import { mapFields } from './map-fields.ts';
import { FIGURE_VALUE_WIDGET, objectFields, type FieldContext } from './schema-field.ts';

/** A figure table as its YAML file holds it, before any checking. */
export interface TableInput {
  /** The file name without .yaml. */
  id: string;
  /** Root-relative path, like _data/figures/savings.yaml. */
  file: string;
  data: { unit?: unknown; total?: unknown; rows?: ReadonlyArray<Readonly<Record<string, unknown>>> };
}

/**
 * The Decap files-collection entry for one table.
 * @example tableFile({ id: 'savings', file: '_data/figures/savings.yaml', data }, { sources })
 */
export function tableFile(table: TableInput, context: FieldContext): DecapFile {
  const unit = isUnit(table.data.unit) ? table.data.unit : undefined;
  const fields = objectFields(tableSchema, context)
    // A table without a total gets no empty total row to fill in.
    .filter((field) => field.name !== 'total' || table.data.total !== undefined)
    .map((field) => fittedField(field, table));
  const withUnits = mapFields(fields, (field) => (field.name === 'unit' ? unitSelect(field) : field));
  return { name: table.id, label: labelOfId(table.id), file: table.file, fields: mapFields(withUnits, (field) => withValueHint(field, unit)) };
}

/** A top-level field as this table needs it: its rows and its column headings are fitted. */
function fittedField(field: DecapField, table: TableInput): DecapField {
  if (field.name === 'rows') return rowsField(field, table);
  if (field.name === 'columns') return columnsField(field);
  return field;
}

/**
 * The row fields this table needs. A table whose rows all hold one `value` gets no statements
 * list, and its value is required (the build needs a value or statements). A row's own unit is
 * offered only when the table has none (then it is required), or when a row already has one.
 */
function rowsField(rows: DecapField, table: TableInput): DecapField {
  const data = table.data.rows ?? [];
  const usesStatements = data.some((row) => row.statements !== undefined);
  const rowUnits = table.data.unit === undefined || data.some((row) => row.unit !== undefined);
  const fields = (rows.fields ?? [])
    .filter((field) => (field.name === 'statements' ? usesStatements : field.name !== 'unit' || rowUnits))
    .map((field) => {
      if (field.name === 'value' && !usesStatements) return { ...field, required: true };
      if (field.name === 'unit' && table.data.unit === undefined) return { ...field, required: true };
      return field;
    });
  // Statements last: a row's own value comes first, where editors look for it.
  return { ...rows, fields: [...fields.filter((f) => f.name !== 'statements'), ...fields.filter((f) => f.name === 'statements')] };
}

/** The column headings' two boxes, named for the columns they head. */
function columnsField(columns: DecapField): DecapField {
  const labels: Record<string, string> = { labels: 'Heading of the row labels column', values: 'Heading of the values column' };
  return { ...columns, fields: (columns.fields ?? []).map((field) => ({ ...field, label: labels[field.name] ?? field.label })) };
}

function unitSelect(field: DecapField): DecapField {
  return { ...field, options: Object.keys(UNITS).filter(isUnit).map((unit) => ({ label: unitLabel(unit), value: unit })) };
}

/** The hint under a value box: in the table's unit where it has one. */
function withValueHint(field: DecapField, unit: keyof typeof UNITS | undefined): DecapField {
  if (field.widget !== FIGURE_VALUE_WIDGET) return field;
  const single = unit ? UNITS[unit] : 'a number, like 0.92';
  return { ...field, hint: `${single.charAt(0).toUpperCase()}${single.slice(1)}. For a range, tick “Range” and give the lowest and highest.` };
}
