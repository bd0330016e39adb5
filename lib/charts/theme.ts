/**
 * The charts' look: the site's font stack and colours that pass 3:1 non-text contrast on white.
 * Meaning never rests on colour alone: every bar is labelled with its value in text.
 */

/** The site's font stack, as assets/report.css `--font`: its own font first (lib/site/site-font.ts), which charts are measured in. */
export const FONT = '"Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Colours, each with its contrast against white. */
export const COLOURS = {
  /** Bars: the site's brand blue, 11.6:1. */
  brand: '#0b3d6b',
  /** Bars for the earlier of two measures (before): dark grey, 7.0:1. */
  earlier: '#505a5f',
  /** Text: 19:1. */
  text: '#0b0c0c',
  /** The uncertain part of a range: a light tint inside a brand-blue outline, which carries the contrast. */
  rangeFill: '#c5d5e6',
  /** Targets are drawn as an outline: white inside a brand-blue border. */
  outlineFill: '#ffffff',
} as const;

/** The width charts are drawn at, in px; the SVG scales to its container from there. */
export const CHART_WIDTH = 360;

/** Label and value text size, in px at the drawn width. */
export const FONT_SIZE = 15;

/** Vega-Lite settings shared by every chart: the site's font, no frame, no vega ARIA (the figure carries it). */
export const chartConfig = {
  font: FONT,
  aria: false,
  view: { stroke: null },
  text: { fontSize: FONT_SIZE, color: COLOURS.text },
} as const;
