/** What the focused element looks like, measured in the page after a Tab. */
export interface FocusState {
  /** A short description of the element, for messages: `a.site-title "Tri-borough reports"`. */
  element: string;
  /** Whether its outline or box shadow differs from the one it has unfocused. */
  indicated: boolean;
  /** Whether its box is inside the window (or, if taller than the window, overlaps it). */
  inView: boolean;
  /** What is drawn at the centre of its box, when something else is. */
  coveredBy: string | undefined;
}

/**
 * Remembers, in the page, each focusable element's outline and box shadow while nothing is
 * focused, so a focus indicator can be told from the element's resting style.
 * Runs in the page, so it is self-contained.
 * @returns how many elements can take focus.
 */
export function rememberUnfocusedStyles(): number {
  const selector = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]';
  const styles = new Map<Element, string>();
  for (const element of document.querySelectorAll(selector)) {
    const style = getComputedStyle(element);
    styles.set(element, `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`);
  }
  (window as unknown as { unfocusedStyles: Map<Element, string> }).unfocusedStyles = styles;
  return styles.size;
}

/**
 * Measures the focused element: its focus indicator, whether it is in view, and whether
 * anything (a sticky header, say) is drawn over it. Runs in the page, so it is self-contained.
 * @returns undefined when focus has left the page's elements.
 */
export function measureFocus(): FocusState | undefined {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) return undefined;
  const describe = (e: Element): string => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''} "${(e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
  const style = getComputedStyle(element);
  const before = (window as unknown as { unfocusedStyles: Map<Element, string> }).unfocusedStyles.get(element) ?? 'none 0px transparent | none';
  const [beforeOutline = '', beforeShadow = ''] = before.split(' | ');
  const outline = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
  const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !/rgba\(.*, 0\)$|transparent/.test(style.outlineColor);
  const indicated = (hasOutline && outline !== beforeOutline) || (style.boxShadow !== 'none' && style.boxShadow !== beforeShadow);
  const boxes = [...element.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
  const box = boxes.sort((a, b) => b.width * b.height - a.width * a.height)[0];
  if (!box) return { element: describe(element), indicated, inView: false, coveredBy: 'nothing: it has no box' };
  const { innerWidth: width, innerHeight: height } = window;
  const fits = box.height <= height;
  const inView = box.left >= -1 && box.right <= width + 1 && (fits ? box.top >= -1 && box.bottom <= height + 1 : box.top < height && box.bottom > 0);
  const centreY = fits ? box.top + box.height / 2 : Math.max(box.top, 0) + (Math.min(box.bottom, height) - Math.max(box.top, 0)) / 2;
  const hit = document.elementFromPoint(box.left + box.width / 2, centreY);
  const coveredBy = hit && (hit === element || element.contains(hit)) ? undefined : hit ? describe(hit) : 'nothing: it is off screen';
  return { element: describe(element), indicated, inView, coveredBy };
}
