/** Every shortcode, registered by name in a loop in .eleventy.ts. */
export { figure } from './figure.ts';
export { figureTable } from './figure-table.ts';
export { chart } from './chart.ts';
