import type { Loader, View } from 'vega';
import { messages } from '../messages.ts';

/** A loader that refuses every address, and the addresses it was asked for while drawing a chart. */
export interface ClosedLoader {
  loader: Loader;
  refused: string[];
}

/**
 * A vega loader that reads no file, fetches nothing and passes no link or image address: the
 * build has already read each chart's data into its spec (local-chart-data.ts), so anything vega
 * still asks for (an address built by an expression, an image, a link) is one the checks did
 * not see. Vega only logs a failed load and draws the chart empty: see closeView.
 * @param makeLoader vega's `loader`, whose other settings are kept.
 */
export function closedLoader(makeLoader: (options?: object) => Loader): ClosedLoader {
  const refused: string[] = [];
  const refuse = async (uri: unknown): Promise<never> => {
    refused.push(String(uri));
    throw new Error(messages.chartLoadRefused(String(uri)));
  };
  // Vega's SVG writer fails on a rejected link (it reads the answer's href), so links and images
  // are answered with no address: neither is written into the SVG.
  const sanitize = async (uri: unknown): Promise<{ href: string }> => {
    refused.push(String(uri));
    return { href: null as unknown as string };
  };
  const loader = Object.assign(makeLoader(), { sanitize, load: refuse, file: refuse, http: refuse, fileAccess: false });
  return { loader, refused };
}

/**
 * Makes a view's drawing fail once vega has asked its closed loader for anything (when the view
 * was made, for data, or while drawing, for images and links), so a chart missing its data, an
 * image or a link is reported instead of published (and cached).
 * @returns the same view.
 */
export function closeView(view: View, { refused }: ClosedLoader): View {
  const toSvg = view.toSVG.bind(view);
  view.toSVG = async (scaleFactor?: number) => {
    const svg = await toSvg(scaleFactor);
    if (refused.length > 0) throw new Error(messages.chartLoadRefused(refused[0] ?? ''));
    return svg;
  };
  return view;
}
