/**
 * The file line a page's body starts on, given the whole file and the body after its front
 * matter: Markdown parsers count lines from the body, editors from the file.
 * @example bodyLine('---\ntitle: A\n---\nText', 'Text') // 4
 */
export function bodyLine(text: string, body: string): number {
  return text.slice(0, text.length - body.length).split('\n').length;
}
