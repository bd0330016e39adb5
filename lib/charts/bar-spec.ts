import type { TopLevelSpec } from 'vega-lite';
import type { ChartDatum } from './chart-model.ts';
import { CHART_WIDTH, COLOURS, chartConfig } from './theme.ts';
import { VEGA_LITE_SCHEMA_URL } from './custom-spec.ts';

/** Vertical space for one bar and the label above it, in px. */
const ROW_STEP = 46;
/** The parameter holding the rows' keys, top to bottom: the y scale's domain. */
const ROW_ORDER = 'rowOrder';
/** A bar's thickness, in px. */
const BAR_HEIGHT = 18;

const isBar = { filter: "datum.kind === 'bar'" };
const quantity = (field: 'min' | 'max') => ({ field, type: 'quantitative', axis: null, scale: { zero: true, nice: false } }) as const;

/** One layer of a layered Vega-Lite spec. */
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** Bars from zero to each minimum; ranges from minimum to maximum; then values, labels and headings as text. */
const LAYERS: Layer[] = [
  {
    name: 'bars',
    transform: [isBar],
    mark: { type: 'bar', height: BAR_HEIGHT, yOffset: BAR_HEIGHT / 2 + 1, strokeWidth: 2 },
    encoding: {
      x: quantity('min'),
      fill: { field: 'fill', type: 'nominal', scale: null },
      stroke: { field: 'stroke', type: 'nominal', scale: null },
    },
  },
  {
    name: 'ranges',
    transform: [isBar, { filter: 'datum.max > datum.min' }],
    mark: { type: 'bar', height: BAR_HEIGHT, yOffset: BAR_HEIGHT / 2 + 1, fill: COLOURS.rangeFill, stroke: COLOURS.brand, strokeWidth: 2 },
    encoding: { x: quantity('min'), x2: { field: 'max' } },
  },
  {
    name: 'values',
    transform: [isBar],
    mark: { type: 'text', align: 'left', baseline: 'middle', dx: 6, yOffset: BAR_HEIGHT / 2 + 1, fontWeight: 'bold' },
    encoding: { x: quantity('max'), text: { field: 'text' } },
  },
  {
    name: 'labels',
    transform: [isBar],
    mark: { type: 'text', align: 'left', baseline: 'bottom', yOffset: -2 },
    encoding: { x: { datum: 0, type: 'quantitative' }, text: { field: 'label' } },
  },
  {
    name: 'headings',
    transform: [{ filter: "datum.kind === 'heading'" }],
    mark: { type: 'text', align: 'left', baseline: 'bottom', yOffset: 12, fontWeight: 'bold' },
    encoding: { x: { datum: 0, type: 'quantitative' }, text: { field: 'label' } },
  },
];

/**
 * A labelled horizontal bar chart that reads on a phone: each bar's label on its own line above
 * it, its value as text at its end, no axes to decode. A range is a solid bar to its minimum
 * and an outlined bar from minimum to maximum, never a midpoint. Headings group bars.
 * @param data the bars and headings, top to bottom.
 * @returns a Vega-Lite spec; the data are inline, so it renders with no files or network.
 */
export function barSpec(data: readonly ChartDatum[]): TopLevelSpec {
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    width: CHART_WIDTH,
    height: { step: ROW_STEP },
    autosize: { type: 'fit-x', contains: 'padding' },
    padding: { top: 4, right: 4, bottom: 4, left: 4 },
    background: 'transparent',
    config: chartConfig,
    data: { values: data.map((datum) => ({ ...datum })) },
    // The rows' order is given so headings keep their place: each layer sees only its own rows.
    // A parameter rather than a literal domain, so every bar chart compiles to the same Vega
    // dataflow and one view draws them all (draw-svg.ts).
    params: [{ name: ROW_ORDER, value: data.map((datum) => datum.key) }],
    encoding: { y: { field: 'key', type: 'nominal', sort: null, axis: null, scale: { domain: { expr: ROW_ORDER }, paddingInner: 0, paddingOuter: 0 } } },
    layer: structuredClone(LAYERS),
  };
}
