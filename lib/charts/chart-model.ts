/** The shapes charts take: as editors write them in YAML, and once resolved against the figures. */
import type { TopLevelSpec } from 'vega-lite';
import type { Location } from '../errors.ts';
import type { FigureTable, Source, Statement, TableColumns } from '../figures/model.ts';
import type { Unit } from '../figures/units.ts';
import type { YamlFile } from '../figures/yaml-file.ts';
import type { Dataset } from '../open-data/dataset.ts';

/** How rows are ordered in a table's chart. */
export type ChartSort = 'descending' | 'ascending' | 'none';

/** The `chart:` field of a figure table, as an editor writes it. */
export interface TableChartOptions {
  /** `bar`: horizontal bars, one a row, ranges drawn from min to max. The default and only type. */
  type?: 'bar';
  /** `descending` (largest first), `ascending`, or `none` (the table's order). Default `none`. */
  sort?: ChartSort;
  /** The headline; default the table's title. The total and period are added after a colon. */
  title?: string;
  /** A hand-written Vega-Lite spec, drawn instead; its data are the table's open-data rows. */
  spec?: Record<string, unknown>;
}

/** What a chart definition file compares. */
export type ChartKind = 'before-after' | 'against-target' | 'bars';

/** A figure a chart definition names: `table.row`, optionally `@date` or `@source`, and a short bar label. */
export interface ChartFigureRef {
  id: string;
  label?: string;
}

/** A chart definition's data as a table: one row a statement of each figure it names. */
export interface StatementsTable {
  id: string;
  title: string;
  columns: TableColumns;
  figures: ChartFigure[];
}

/** A hand-written chart's own data as a table: its columns, and the rows it draws. */
export interface RowsTable {
  kind: 'rows';
  id: string;
  title: string;
  columns: readonly string[];
  rows: ReadonlyArray<Readonly<Record<string, string | number | boolean | null>>>;
}

/** A chart definition file in _data/charts/, named after its id, once checked. */
export interface ChartDefinition {
  id: string;
  file: string;
  /** The headline, in words: numbers come from the figures, never typed here. Default: the spec's own `title`. */
  title: string;
  /** One sentence saying what is measured; the sources are added after it. */
  description?: string;
  kind: ChartKind;
  figures: ChartFigureRef[];
  /** The headings of its data table's first two columns. */
  columns: TableColumns;
  spec?: Record<string, unknown>;
}

/** A figure a definition names, looked up: its statements (oldest first) and a label for its bars. */
export interface ChartFigure {
  id: string;
  label: string;
  /** The row's full label, for the data table. */
  rowLabel: string;
  unit: Unit;
  statements: Statement[];
}

/** One bar, or a group heading, as the bar builder draws it. Values are in the figures' unit. */
export interface ChartDatum {
  /** Unique within the chart: the bar's place on the vertical axis. */
  key: string;
  kind: 'bar' | 'heading';
  label: string;
  min: number;
  max: number;
  /** The value as text beside the bar, like "£4.54m" or "about £4m to £5m". */
  text: string;
  fill: string;
  stroke: string;
}

/** A chart ready to draw: its words, its spec, its data table and where it is defined. */
export interface Chart {
  id: string;
  /** The table's `chart:` field or the definition file: where a problem with the chart is reported. */
  location: Location;
  title: string;
  subtitle: string;
  /** A sentence or two saying what the chart shows, generated from the data. */
  summary: string;
  spec: TopLevelSpec;
  /** The hand-written spec's YAML, to say where a property was written; undefined for built specs. */
  specYaml?: YamlFile;
  /** The data as an accessible table: the figure table, the statements a definition names, or the rows a hand-written spec draws. */
  table: FigureTable | StatementsTable | RowsTable;
  /** The chart's data as open data, published as data/<dataset id>.csv and .json. */
  dataset: Dataset;
  /** Every source any value in the chart comes from. */
  sources: Source[];
}
