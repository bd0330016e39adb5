import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BOM, csvCell, toCsv } from '../../lib/open-data/csv.ts';
import { parseCsv } from '../../lib/open-data/parse-csv.ts';
import { formatFileSize } from '../../lib/open-data/format-file-size.ts';

describe('csvCell', () => {
  it('returns plain text as it is', () => assert.equal(csvCell('Libraries'), 'Libraries'));
  it('returns text with a comma quoted', () => assert.equal(csvCell('Health, social care'), '"Health, social care"'));
  it('returns quotes doubled inside quotes', () => assert.equal(csvCell('the "pilot"'), '"the ""pilot"""'));
  it('returns a line break inside quotes', () => assert.equal(csvCell('one\ntwo'), '"one\ntwo"'));
  it('returns numbers and yes/no as they are', () => assert.deepEqual([csvCell(0.92), csvCell(false)], ['0.92', 'false']));
  it('returns nothing for a missing value', () => assert.deepEqual([csvCell(null), csvCell(undefined)], ['', '']));

  for (const formula of ['=1+1', '+44 20', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
    it(`returns ${JSON.stringify(formula)} with an apostrophe, so a spreadsheet shows it rather than runs it`, () => {
      assert.ok(csvCell(formula).replace(/^"/, '').startsWith(`'${formula.charAt(0)}`));
    });
  }

  it('returns a formula with a comma both neutralised and quoted', () => assert.equal(csvCell('=HYPERLINK("x","y")'), '"\'=HYPERLINK(""x"",""y"")"'));
});

describe('toCsv', () => {
  it('returns a BOM, a header and CRLF lines', () => {
    assert.equal(toCsv(['id', 'note'], [{ id: 'a', note: 'x, y' }]), `${BOM}id,note\r\na,"x, y"\r\n`);
  });
});

describe('parseCsv', () => {
  it('returns records keyed by the header, from quoted cells with commas, quotes and line breaks', () => {
    assert.deepEqual(parseCsv(`${BOM}id,note\r\na,"x, ""y""\nz"\r\nb,\r\n`), [{ id: 'a', note: 'x, "y"\nz' }, { id: 'b', note: '' }]);
  });

  it('returns any text written by toCsv unchanged, unless it starts like a formula', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', '£', 'é') });
    fc.assert(
      fc.property(fc.array(fc.record({ id: text, note: text }), { maxLength: 5 }), (records) => {
        const parsed = parseCsv(toCsv(['id', 'note'], records));
        const neutralised = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
        assert.deepEqual(parsed, records.map((record) => ({ id: neutralised(record.id), note: neutralised(record.note) })));
      }),
    );
  });
});

describe('formatFileSize', () => {
  it('returns bytes under 1 KB', () => assert.equal(formatFileSize(655), '655 bytes'));
  it('returns KB with one decimal under 10 KB', () => assert.equal(formatFileSize(1536), '1.5 KB'));
  it('returns whole KB above', () => assert.equal(formatFileSize(13448), '13 KB'));
});
