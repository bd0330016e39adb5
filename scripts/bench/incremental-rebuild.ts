import { median } from './measure-runs.ts';
import { SECTION, startPreview, timeEdit, timeStructureChange } from './preview-server.ts';

/** Edit-to-page times under `npm start` (incremental: only the pages an edit touches). */
export interface IncrementalResult {
  section: string;
  edits: number;
  /** From writing the Markdown to the rebuilt page containing the edit, in ms, per edit. */
  samples: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** A section added: from saving it to every other page of its publication listing it, in ms. */
  structural: { changes: number; samples: number[]; medianMs: number; minMs: number; maxMs: number };
}

/**
 * Runs `npm start` on a snapshot of the real report, then appends a line to one section `edits`
 * times after a warm-up edit, timing each until the rebuilt page on disk contains it; then adds
 * (and removes) a section `edits` times, timing each until every other page lists it.
 */
export async function incrementalRebuild(scratch: string, edits: number): Promise<IncrementalResult> {
  const preview = await startPreview(scratch);
  try {
    const counted: number[] = [];
    for (let index = 1; index <= edits; index += 1) counted.push(await timeEdit(preview, index));
    const added: number[] = [];
    for (let index = 1; index <= edits; index += 1) added.push(await timeStructureChange(preview, index));
    const structural = { changes: added.length, samples: added.map(Math.round), medianMs: median(added), minMs: Math.min(...added), maxMs: Math.max(...added) };
    return { section: `content/${SECTION}.md`, edits: counted.length, samples: counted.map(Math.round), medianMs: median(counted), minMs: Math.min(...counted), maxMs: Math.max(...counted), structural };
  } finally {
    await preview.server.stop();
  }
}
