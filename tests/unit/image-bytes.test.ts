import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isImageOfType } from '../../lib/cms/image-bytes.ts';

/** The first bytes of real files of each type, and a web page disguised as each. */
const GOOD: Record<string, Buffer> = {
  png: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  jpg: Buffer.from('ffd8ffe000104a464946', 'hex'),
  jpeg: Buffer.from('ffd8ffe1001845786966', 'hex'),
  gif: Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'),
  webp: Buffer.concat([Buffer.from('RIFF'), Buffer.from('24000000', 'hex'), Buffer.from('WEBPVP8 ')]),
  svg: Buffer.from('\uFEFF<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
};
const PAGE = Buffer.from('<!doctype html><html><script>alert(1)</script></html>');

describe('isImageOfType', () => {
  for (const [type, bytes] of Object.entries(GOOD)) {
    it(`returns true for a ${type} file, false for a web page or another type named .${type}`, () => {
      assert.equal(isImageOfType(type, bytes), true);
      assert.equal(isImageOfType(type, PAGE), false);
      const other = type === 'png' ? GOOD.gif : GOOD.png;
      assert.equal(isImageOfType(type, other as Buffer), false);
    });
  }

  it('returns false for an empty file, an unknown type, and an SVG that is not UTF-8 text', () => {
    assert.equal(isImageOfType('png', Buffer.alloc(0)), false);
    assert.equal(isImageOfType('html', PAGE), false);
    assert.equal(isImageOfType('svg', Buffer.from([0x3c, 0x73, 0x76, 0x67, 0x20, 0xff, 0xfe])), false);
  });
});
