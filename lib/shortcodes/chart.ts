import { atCallSite, type ShortcodeContext } from './context.ts';

/** PLACEHOLDER until lib/charts lands: renders nothing. */
export function chart(this: ShortcodeContext, id: string): string {
  return atCallSite(this, `"${id}"`, () => '');
}
