/**
 * What an SVG image may contain: the elements that draw (shapes, text, gradients, filters...),
 * and nothing that runs, loads or embeds. An allowlist, so an element a browser may one day make
 * active is refused until someone decides it is safe. Names are case-sensitive, as in XML.
 */
export const SVG_ELEMENTS: ReadonlySet<string> = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood',
  'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

/** The one namespace an SVG's elements may be in: another (XHTML) would make them HTML. */
export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * Why an attribute is refused, or undefined: event handlers run script, and a link or url()
 * that leaves the document loads from elsewhere (or is javascript:). Only "#id" stays inside.
 */
export function attributeProblem(name: string, value: string): string | undefined {
  const local = name.slice(name.lastIndexOf(':') + 1).toLowerCase();
  if (local.startsWith('on')) return `has an event attribute (${name}), which runs script`;
  if (name === 'xmlns' && value !== SVG_NAMESPACE) return `declares the namespace ${value}, which would make its elements HTML`;
  if (local === 'href' && !value.trim().startsWith('#')) return `links to ${value.slice(0, 60)} (only links inside the image, like href="#shape", are allowed)`;
  // Presentation attributes (fill, filter, mask...) are CSS values too.
  return local === 'style' ? styleProblem(value) : urlProblem(value);
}

/** Why a style element or attribute is refused, or undefined. */
export function styleProblem(css: string): string | undefined {
  if (/@import/i.test(css)) return 'imports a stylesheet (@import), which loads from elsewhere';
  // Only @media (say, for a dark theme): @font-face and the rest load or declare what an image does not need.
  if (/@(?!media\b)/i.test(css)) return 'has a CSS at-rule other than @media, which may load from elsewhere';
  const loader = /\b(image-set|image|src|cross-fade|element)\(/i.exec(css);
  if (loader) return `uses ${loader[1]}(), which may load from elsewhere`;
  return urlProblem(css);
}

/** Why a CSS value is refused, or undefined: a url() leaving the document, or an escape that could spell one. */
function urlProblem(css: string): string | undefined {
  // A CSS escape can spell url( or @import so that no pattern sees it: \75 rl(...).
  if (css.includes('\\')) return 'has a CSS escape (\\), which can hide a url() or @import';
  for (const match of css.matchAll(/url\(\s*(['"]?)\s*([^'")]*)/gi)) {
    const target = (match[2] ?? '').trim();
    if (!target.startsWith('#')) return `loads url(${target.slice(0, 60)}) (only url(#id), inside the image, is allowed)`;
  }
  return undefined;
}
