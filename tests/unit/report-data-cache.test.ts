/**
 * /admin/report-data.json holds every page and table as text for the editing screens; a build
 * reads it back from .cache/report-data/ under the stamp of its inputs (lib/cms/report-data-cache.ts)
 * rather than reading every file again. The same stamp must give the same files, a new stamp the new files.
 */
import assert from 'node:assert/strict';
import { appendFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { reportDataJson, useReportDataStamp } from '../../lib/cms/report-data-cache.ts';
import { copyProject } from '../fixtures/project-copy.ts';

const SECTION = 'content/tri-borough-story/the-story.md';
const dir = copyProject();
after(() => rmSync(dir, { recursive: true, force: true }));

const pageText = (json: string): string => (JSON.parse(json) as { pages: Record<string, string> }).pages[SECTION] ?? '';

describe('reportDataJson', () => {
  it('reads the files again under a new stamp, and keeps their JSON under it', () => {
    useReportDataStamp(dir, 'stamp-1');
    const first = reportDataJson(dir);
    appendFileSync(path.join(dir, SECTION), '\nAn added paragraph.\n');
    // The same stamp means the same files (the stamp changes with any file's size or time): kept JSON.
    assert.equal(reportDataJson(dir), first);
    useReportDataStamp(dir, 'stamp-2');
    assert.match(pageText(reportDataJson(dir)), /An added paragraph\.\n$/);
    assert.doesNotMatch(pageText(first), /An added paragraph/);
  });

  it('reads the files every time when the build has no stamp (under tsx, as npm start runs)', () => {
    useReportDataStamp(dir, undefined);
    appendFileSync(path.join(dir, SECTION), 'Another.\n');
    assert.match(pageText(reportDataJson(dir)), /Another\.\n$/);
  });
});
