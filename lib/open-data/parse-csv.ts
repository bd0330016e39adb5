import { BOM } from './csv.ts';

/**
 * Reads CSV text (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes) into
 * records keyed by the header row. Every cell comes back as text. The reverse of toCsv.
 * @example parseCsv('id,label\r\na,"x, y"\r\n') // [{ id: 'a', label: 'x, y' }]
 */
export function parseCsv(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseRows(text.startsWith(BOM) ? text.slice(1) : text);
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}

function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') [cell, i] = [`${cell}"`, i + 1];
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') [cells, cell] = [[...cells, cell], ''];
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      rows.push([...cells, cell]);
      [cells, cell] = [[], ''];
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) rows.push([...cells, cell]);
  return rows;
}
