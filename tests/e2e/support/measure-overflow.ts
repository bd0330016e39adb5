/**
 * How wide the page is against the window, and the outermost elements that stick out. Runs in
 * the page (page.evaluate), so it uses nothing from outside.
 */
export function measureOverflow(): { scrollWidth: number; innerWidth: number; widest: string[] } {
  const innerWidth = window.innerWidth;
  const sticksOut = [...document.body.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > innerWidth + 0.5);
  const outermost = sticksOut.filter((element) => !sticksOut.some((other) => other !== element && other.contains(element)));
  const widest = outermost.slice(0, 5).map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`);
  return { scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth, widest };
}
