/** The shapes figures take once read and checked: what templates, charts and prose use. */
import type { Location } from '../errors.ts';
import type { Interval } from './interval.ts';
import type { Qualifier, Unit } from './units.ts';

/** A document facts come from: an entry in _data/sources.yaml. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  /** As precise as the document is: "2013" or "2017-08-10". */
  date: string;
  kind?: string;
  where?: string;
  url?: string;
  /** "published": a document issued once, on its date; "updated": a page last changed on its date. */
  dated?: 'published' | 'updated';
  /** What readers should know of its age, said after its date: "this brochure describes the plans of that time". */
  age?: string;
}

/** A value as one source states it, on one date. */
export interface Statement {
  value: Interval;
  qualifier?: Qualifier;
  source: Source;
  date: string;
  period?: string;
  note?: string;
  /** Where the statement is written, for messages about it. */
  location?: Location;
}

/** Why a measure's figures differ (the row's `differs:` field). */
export interface Differs {
  /** One sentence, written by an editor from what the sources say. */
  note: string;
  /** Other figures, `table.row`, measuring the same thing another way. */
  with: string[];
  /** Where `with:` is written (or `differs:` without it), for a figure it names that does not exist. */
  location: Location;
}

/** One measure: a row of a table. Several statements when sources disagree, oldest first. */
export interface FigureRow {
  id: string;
  label: string;
  unit: Unit;
  statements: Statement[];
  /** The newest statement: the one pages show unless a date is asked for. */
  latest: Statement;
  location: Location;
  differs?: Differs;
}

/** A table's total row: computed from the rows, and the total the source states, if it does. */
export interface FigureTotal {
  label: string;
  value: Interval;
  stated?: Interval;
}

/** The headings of a table's first two columns: its row labels and their values. */
export interface TableColumns {
  labels: string;
  values: string;
}

/** The headings a table gets when its YAML names none. */
export const DEFAULT_COLUMNS: Readonly<TableColumns> = { labels: 'Measure', values: 'Value' };

/** One YAML file in _data/figures/: its file name is its id. */
export interface FigureTable {
  id: string;
  file: string;
  title: string;
  description?: string;
  unit?: Unit;
  period?: string;
  source: Source;
  /** The column headings readers see. */
  columns: TableColumns;
  rows: FigureRow[];
  total?: FigureTotal;
  /** Chart settings, checked by lib/charts. */
  chart?: Record<string, unknown>;
}

/** Everything the figures engine read: the sources and the checked tables. */
export interface Figures {
  sources: Source[];
  tables: FigureTable[];
}
