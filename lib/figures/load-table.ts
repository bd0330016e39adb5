import type { Location, Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import { formatInterval } from '../format/format-figure.ts';
import { LARGEST_EXACT, decimalPlaces, interval, isExact, matchesStated, sum, type Interval } from './interval.ts';
import { DEFAULT_COLUMNS, type FigureRow, type FigureTable, type FigureTotal, type Source, type Statement, type TableColumns } from './model.ts';
import { tableSchema } from './schema.ts';
import { APPROXIMATE_QUALIFIERS, type Qualifier, type Unit } from './units.ts';
import { validateSchema } from './validate-schema.ts';
import { lazyLocation, parseYamlFile, type YamlFile, type YamlPath } from './yaml-file.ts';

type RawValue = number | { min: number; max: number };
interface RawStatement {
  value?: RawValue;
  approximate?: boolean;
  qualifier?: Qualifier;
  source?: string;
  date?: string;
  period?: string;
  note?: string;
}
interface RawRow extends RawStatement {
  id: string;
  label: string;
  unit?: Unit;
  statements?: RawStatement[];
  differs?: { note: string; with?: string[] };
}
interface RawTable {
  title: string;
  description?: string;
  unit?: Unit;
  period?: string;
  source: string;
  date?: string;
  columns?: Partial<TableColumns>;
  total?: { label?: string; stated?: RawValue };
  chart?: Record<string, unknown>;
  rows: RawRow[];
}

/** What reading one table needs to know beyond its own text. */
interface TableContext {
  yaml: YamlFile;
  raw: RawTable;
  sources: ReadonlyMap<string, Source>;
  problems: Problem[];
  /** The table's own source, looked up once: the source of every statement that names none. */
  tableSource: Source;
}

/** Each loaded table's parsed file, so later checks (its chart) can point at lines without reading it again. */
const parsedFiles = new WeakMap<FigureTable, YamlFile>();

/** The parsed YAML a table was loaded from, with its line numbers. */
export function tableYaml(table: FigureTable): YamlFile | undefined {
  return parsedFiles.get(table);
}

/**
 * Reads one figure table and checks it: the schema, then ranges, ids, sources, units and the stated total.
 * @param id the table id (its file name without .yaml).
 * @param schemaChecked the checks passed on exactly this file before: its schema need not be checked again.
 * @returns the table, or undefined with the problems that stop it being used.
 */
export function loadTable(text: string, file: string, id: string, sources: ReadonlyMap<string, Source>, schemaChecked = false): { table?: FigureTable; problems: Problem[] } {
  const { yaml, problems } = parseYamlFile(text, file, { decimalNumbersOnly: true });
  if (!yaml) return { problems };
  const schemaProblems = schemaChecked ? [] : validateSchema(tableSchema, yaml);
  if (schemaProblems.length > 0) return { problems: schemaProblems };
  const raw = yaml.data as RawTable;
  const context: TableContext = { yaml, raw, sources, problems, tableSource: findSource({ yaml, sources, problems }, raw.source, ['source']) };
  const table = buildTable(context, id, file);
  parsedFiles.set(table, yaml);
  return problems.length > 0 ? { problems } : { table, problems };
}

function buildTable(context: TableContext, id: string, file: string): FigureTable {
  const { raw, tableSource: source } = context;
  const rows = raw.rows.map((row, index) => buildRow(context, row, ['rows', index]));
  checkDuplicateIds(context, rows);
  const columns = { ...DEFAULT_COLUMNS, ...raw.columns };
  const table: FigureTable = { id, file, title: raw.title, description: raw.description, unit: raw.unit, period: raw.period, source, columns, rows, chart: raw.chart };
  if (raw.total) table.total = buildTotal(context, rows);
  return table;
}

function findSource(context: Pick<TableContext, 'yaml' | 'sources' | 'problems'>, id: string, path: YamlPath): Source {
  const source = context.sources.get(id);
  if (source) return source;
  context.problems.push({ ...context.yaml.locate(path), message: messages.unknownSource(id, [...context.sources.keys()]) });
  return { id, title: id, publisher: '', date: '' };
}

function buildRow(context: TableContext, row: RawRow, path: YamlPath): FigureRow {
  const locate = () => context.yaml.locate(path);
  const unit = row.unit ?? context.raw.unit;
  if (!unit) context.problems.push({ ...locate(), message: messages.noUnit() });
  if (row.value !== undefined && row.statements) context.problems.push({ ...locate(), message: messages.valueAndStatements() });
  if (row.value === undefined && !row.statements) context.problems.push({ ...locate(), message: messages.noValue() });
  const rawStatements = row.statements ?? [row];
  const statementPath = (index: number): YamlPath => (row.statements ? [...path, 'statements', index] : path);
  const statements = rawStatements.map((raw, index) => buildStatement(context, raw, statementPath(index)));
  statements.sort((a, b) => a.date.localeCompare(b.date));
  checkDistinctDates(context, statements, locate);
  const latest = statements.at(-1) as Statement;
  const figureRow: FigureRow = { id: row.id, label: row.label, unit: unit ?? 'count', statements, latest, location: lazyLocation(locate) };
  const differsAt: YamlPath = [...path, 'differs', ...(row.differs?.with ? ['with'] : [])];
  if (row.differs) figureRow.differs = { note: row.differs.note, with: row.differs.with ?? [], location: lazyLocation(() => context.yaml.locate(differsAt)) };
  return figureRow;
}

function buildStatement(context: TableContext, raw: RawStatement, path: YamlPath): Statement {
  const source = raw.source ? findSource(context, raw.source, [...path, 'source']) : context.tableSource;
  const approximate = raw.approximate === true || (raw.qualifier !== undefined && APPROXIMATE_QUALIFIERS.includes(raw.qualifier));
  const value = toInterval(context, raw.value ?? 0, [...path, 'value'], approximate);
  const date = raw.date ?? context.raw.date ?? source.date;
  const location = lazyLocation(() => context.yaml.locate(path));
  return { value, qualifier: raw.qualifier, source, date, period: raw.period ?? context.raw.period, note: raw.note, location };
}

function toInterval(context: TableContext, value: RawValue, path: YamlPath, approximate: boolean): Interval {
  for (const at of negativeZeros(value, path)) context.problems.push({ ...context.yaml.locate(at), message: messages.negativeZero(String(at.at(-1))) });
  if (typeof value === 'object' && value.min > value.max) {
    context.problems.push({ ...context.yaml.locate(path), message: messages.rangeBackwards(value.min, value.max) });
  }
  return interval(value, approximate);
}

/** Where a value is written as -0: the schema's "not negative" passes it (it equals 0), but it would show as "-£0m". */
function negativeZeros(value: RawValue, path: YamlPath): YamlPath[] {
  if (typeof value === 'number') return Object.is(value, -0) ? [path] : [];
  return (['min', 'max'] as const).filter((end) => Object.is(value[end], -0)).map((end) => [...path, end]);
}

function checkDistinctDates(context: TableContext, statements: readonly Statement[], locate: () => Location): void {
  for (let i = 1; i < statements.length; i++) {
    const [earlier, later] = [statements[i - 1], statements[i]];
    if (earlier && later && earlier.date === later.date) context.problems.push({ ...locate(), message: messages.ambiguousStatements(later.date) });
  }
}

function checkDuplicateIds(context: TableContext, rows: readonly FigureRow[]): void {
  const first = new Map<string, FigureRow>();
  for (const row of rows) {
    const earlier = first.get(row.id);
    if (earlier) context.problems.push({ ...row.location, message: messages.duplicateId(row.id, earlier.location.line) });
    else first.set(row.id, row);
  }
}

function buildTotal(context: TableContext, rows: readonly FigureRow[]): FigureTotal {
  const { raw, yaml } = context;
  const total: FigureTotal = { label: raw.total?.label ?? 'Total', value: sum(rows.map((row) => row.latest.value)) };
  if (!raw.unit) context.problems.push({ ...yaml.locateKey([], 'total'), message: messages.totalNeedsOneUnit() });
  if (!isExact(total.value)) context.problems.push({ ...yaml.locateKey([], 'total'), message: messages.totalTooLarge(LARGEST_EXACT) });
  const stated = raw.total?.stated;
  if (stated === undefined) return total;
  total.stated = toInterval(context, stated, ['total', 'stated'], false);
  const precision = typeof stated === 'number' ? decimalPlaces(stated) : Math.max(decimalPlaces(stated.min), decimalPlaces(stated.max));
  if (!matchesStated(total.value, total.stated, precision)) {
    const unit = raw.unit ?? 'count';
    const message = messages.totalMismatch(formatInterval(total.stated, unit), formatInterval(total.value, unit));
    context.problems.push({ ...yaml.locate(['total', 'stated']), message });
  }
  return total;
}
