import type { Loader, View } from 'vega';
import { messages } from '../messages.ts';

/**
 * A vega loader for a view that may draw links (an `href` encoding), with what it refused.
 * Vega checks each link after drawing, in a promise of its own that nobody waits for: a value
 * that is no web address (a number, `javascript:`) failed there with an unhandled rejection,
 * which ends the process, and under `npm start` the preview with it. Here the refusal is noted
 * instead, and raised by the drawing (see failOnRefusedLinks), as an error at the chart.
 */
export function linkCheckingLoader(base: Loader): { loader: Loader; refused: string[] } {
  const refused: string[] = [];
  const sanitize = base.sanitize.bind(base);
  const loader: Loader = {
    ...base,
    sanitize: async (uri, options) => {
      try {
        return await sanitize(uri, options);
      } catch (error) {
        if (options.context !== 'href') throw error;
        refused.push(JSON.stringify(uri) ?? String(uri));
        return { href: '' };
      }
    },
  };
  return { loader, refused };
}

/**
 * Makes every drawing of `view` fail when a link in it was refused, so the chart is reported
 * where it is written, as any chart vega cannot draw.
 */
export function failOnRefusedLinks(view: View, refused: string[]): View {
  const toSVG = view.toSVG.bind(view);
  view.toSVG = async (scaleFactor?: number) => {
    const svg = await toSVG(scaleFactor);
    const [link] = refused.splice(0);
    if (link !== undefined) throw new Error(messages.chartLinkRefused(link));
    return svg;
  };
  return view;
}
