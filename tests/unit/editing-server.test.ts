/**
 * The editing server (lib/cms/editing-server.ts) on a throwaway copy of the project: it saves
 * what the editing screens send, and refuses other pages, other host names, and any file but
 * sections, figure tables and images, writing nothing. Requests are sent as a browser or an
 * attacker would, with their own Host and Origin headers.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEditingServer, type EditingServer } from '../../lib/cms/editing-server.ts';
import { accepts, networkAddress } from '../fixtures/network-address.ts';
import { copyProject } from '../fixtures/project-copy.ts';

const EDITOR_PORT = 45_678;
const EDITOR = `http://localhost:${EDITOR_PORT}`;
const SECTION = 'content/tri-borough-story/the-story.md';
/** The first bytes of a real PNG file. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

let dir = '';
let outside = '';
let server: EditingServer;

before(async () => {
  dir = copyProject();
  // The copy owns its assets/: start its images folder empty, so what a test saves is all there is.
  rmSync(path.join(dir, 'assets/images'), { recursive: true, force: true });
  mkdirSync(path.join(dir, 'assets/images'), { recursive: true });
  outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
  symlinkSync(outside, path.join(dir, 'content/linked'));
  symlinkSync(path.join(outside, 'target.md'), path.join(dir, 'content/tri-borough-story/linked.md'));
  server = await startEditingServer(dir, { editorPort: EDITOR_PORT });
});

after(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: { error?: string } & Record<string, unknown>;
  headers: Record<string, unknown>;
}

/** Sends `POST /api/v1` with `body`, as from the editing screens unless `headers` say otherwise. */
function send(body: unknown, headers: Record<string, string> = {}, method = 'POST'): Promise<Answer> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const sent = { host: `127.0.0.1:${server.port}`, origin: EDITOR, 'content-type': 'application/json', ...headers };
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: '/api/v1', method, headers: sent }, (res) => {
      let data = '';
      res.on('data', (chunk: Buffer) => (data += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: /^[{[]/.test(data) ? JSON.parse(data) : {}, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

function persistEntry(file: string, raw = '---\ntitle: x\n---\n'): object {
  const entry = { slug: 'x', path: file, raw };
  return { action: 'persistEntry', params: { branch: 'main', dataFiles: [entry], assets: [], options: { commitMessage: 'x', useWorkflow: false, status: 'persisted' } } };
}

function persistMedia(file: string, bytes: Buffer): object {
  const asset = { path: file, content: bytes.toString('base64'), encoding: 'base64' };
  return { action: 'persistMedia', params: { branch: 'main', asset, options: { commitMessage: 'x' } } };
}

function copyHas(file: string): boolean {
  return existsSync(path.join(dir, file));
}

describe('startEditingServer', () => {
  it('saves a section the editing screens send', async () => {
    const answer = await send(persistEntry(SECTION, '---\ntitle: Saved\n---\nSaved text.\n'));
    assert.equal(answer.status, 200, answer.body.error);
    assert.match(readFileSync(path.join(dir, SECTION), 'utf8'), /Saved text\./);
  });

  it('saves a new section, a figure table and a real PNG', async () => {
    assert.equal((await send(persistEntry('content/community-budgets/new-page.md'))).status, 200);
    assert.ok(copyHas('content/community-budgets/new-page.md'));
    const table = readFileSync(path.join(dir, '_data/figures/savings.yaml'), 'utf8');
    assert.equal((await send(persistEntry('_data/figures/savings.yaml', table))).status, 200);
    assert.equal((await send(persistMedia('assets/images/photo.png', PNG))).status, 200);
    assert.deepEqual(readFileSync(path.join(dir, 'assets/images/photo.png')), PNG);
  });

  it('reads the sections of a publication', async () => {
    const answer = await send({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/community-budgets', extension: 'md', depth: 1 } });
    assert.equal(answer.status, 200);
    assert.ok(Array.isArray(answer.body));
  });

  for (const origin of ['http://localhost:9999', 'http://evil.example', 'null']) {
    it(`refuses a page from ${origin}, writing nothing`, async () => {
      const answer = await send(persistEntry('content/tri-borough-story/from-elsewhere.md'), { origin });
      assert.equal(answer.status, 403);
      assert.match(answer.body.error ?? '', new RegExp(`only the editing screens at ${EDITOR}/admin/ .*came from ${origin}`));
      assert.equal(answer.headers['access-control-allow-origin'], undefined, 'the page cannot read the answer');
      assert.ok(!copyHas('content/tri-borough-story/from-elsewhere.md'));
    });
  }

  it('refuses a preflight from another page, and lets the editing screens\' through', async () => {
    const preflight = { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' };
    const other = await send('', { ...preflight, origin: 'http://localhost:9999' }, 'OPTIONS');
    assert.equal(other.status, 403);
    const own = await send('', preflight, 'OPTIONS');
    assert.equal(own.status, 204);
    assert.equal(own.headers['access-control-allow-origin'], EDITOR);
  });

  for (const host of ['evil.example', `evil.example:${EDITOR_PORT}`, 'rebound.example.com:8082']) {
    it(`refuses a request addressed to ${host} (DNS rebinding), writing nothing`, async () => {
      const answer = await send(persistEntry('content/tri-borough-story/rebound.md'), { host, origin: `http://${host}` });
      assert.equal(answer.status, 403);
      assert.match(answer.body.error ?? '', new RegExp(`only answers requests addressed to 127\\.0\\.0\\.1:${server.port} or localhost:${server.port}`));
      assert.ok(!copyHas('content/tri-borough-story/rebound.md'));
    });
  }

  const escapes: Array<[string, RegExp]> = [
    ['../package.json', /not a plain file name/],
    ['/etc/x.md', /not a plain file name/],
    ['%2e%2e/package.json', /not a plain file name/],
    ['content/%2e%2e/x.md', /not a plain file name/],
    ['content/../lib/x.ts', /not a plain file name/],
    ['content\\..\\lib\\x.md', /not a plain file name/],
    ['_DATA/figures/x.yaml', /not a plain file name/],
    ['content/tri-borough-story/Odd Name.md', /not a plain file name/],
    ['content/tri-borough-story/.hidden.md', /not a plain file name/],
    ['_data/x.ts', /not a file the editing screens may change/],
    ['_data/site.yaml', /not a file the editing screens may change/],
    ['_data/figures/x.ts', /not a file the editing screens may change/],
    ['content/x.njk', /not a file the editing screens may change/],
    ['content/_includes/x.md', /not a file the editing screens may change/],
    ['content/tri-borough-story/x.njk', /not a file the editing screens may change/],
    ['content/tri-borough-story/x.11tydata.js', /not a plain file name/],
    ['content/tri-borough-story/x.MD', /not a plain file name/],
    ['lib/x.md', /not a file the editing screens may change/],
    ['assets/images/page.html', /not a file the editing screens may change/],
    ['content/linked/x.md', /goes through "content\/linked", a link/],
    ['content/tri-borough-story/linked.md', /goes through "content\/tri-borough-story\/linked\.md", a link/],
  ];
  for (const [file, message] of escapes) {
    it(`refuses to save ${file}, writing nothing`, async () => {
      const answer = await send(persistEntry(file));
      assert.equal(answer.status, 403);
      assert.match(answer.body.error ?? '', message);
      assert.equal(answer.headers['access-control-allow-origin'], EDITOR, 'the editing screens can show why');
      for (const written of ['package.json', 'x.md', 'lib/x.ts', 'lib/x.md', '_data/x.ts', 'content/x.njk', 'assets/images/page.html']) {
        assert.ok(!copyHas(written) || written === 'package.json', `${written} was written`);
      }
      assert.ok(!existsSync(path.join(outside, 'x.md')) && !existsSync(path.join(outside, 'target.md')), 'nothing written through the link');
      assert.ok(!existsSync(path.join(process.cwd(), 'lib/x.ts')));
    });
  }

  it('refuses an image whose bytes are a web page, and an HTML upload, writing nothing', async () => {
    const page = Buffer.from('<!doctype html><script>alert(1)</script>');
    const image = await send(persistMedia('assets/images/photo-page.png', page));
    assert.equal(image.status, 403);
    assert.match(image.body.error ?? '', /named as a \.png image, but its contents are not a PNG image/);
    assert.equal((await send(persistMedia('assets/images/page.html', page))).status, 403);
    assert.equal((await send(persistMedia('assets/images/fake.svg', page))).status, 403);
    assert.ok(!copyHas('assets/images/photo-page.png') && !copyHas('assets/images/page.html') && !copyHas('assets/images/fake.svg'));
  });

  it('refuses the whole save when one of its files is refused', async () => {
    const body = persistEntry('content/tri-borough-story/half.md') as { params: { dataFiles: object[] } };
    body.params.dataFiles.push({ slug: 'x', path: '_data/x.ts', raw: 'export default 1' });
    assert.equal((await send(body)).status, 403);
    assert.ok(!copyHas('content/tri-borough-story/half.md') && !copyHas('_data/x.ts'));
  });

  it('refuses to rename a section into another folder', async () => {
    const body = persistEntry(SECTION) as { params: { dataFiles: Array<Record<string, string>> } };
    body.params.dataFiles[0] = { ...body.params.dataFiles[0], newPath: '_data/figures/moved.yaml' };
    const answer = await send(body);
    assert.equal(answer.status, 403);
    assert.match(answer.body.error ?? '', /would change its folder/);
    assert.ok(copyHas(SECTION) && !copyHas('_data/figures/moved.yaml'));
  });

  it('refuses deletes outside the editable files, deleting nothing', async () => {
    for (const file of ['_data/pdfs.ts', '.eleventy.ts', '../package.json', 'content/linked/x.md']) {
      const answer = await send({ action: 'deleteFile', params: { branch: 'main', path: file, options: { commitMessage: 'x' } } });
      assert.equal(answer.status, 403, file);
    }
    const many = await send({ action: 'deleteFiles', params: { branch: 'main', paths: [SECTION, '_data/pdfs.ts'], options: { commitMessage: 'x' } } });
    assert.equal(many.status, 403);
    assert.ok(copyHas('_data/pdfs.ts') && copyHas('.eleventy.ts') && copyHas(SECTION));
  });

  it('refuses reads outside the editable files', async () => {
    for (const file of ['../package.json', '.eleventy.ts', '_data/pdfs.ts', 'content/linked/x.md']) {
      assert.equal((await send({ action: 'getEntry', params: { branch: 'main', path: file } })).status, 403, file);
    }
    const templates = await send({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content', extension: 'njk', depth: 1 } });
    assert.equal(templates.status, 403);
    const everything = await send({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'lib' } });
    assert.equal(everything.status, 403);
  });

  it('refuses actions the editing screens never send, and bodies that are not JSON', async () => {
    const unknown = await send({ action: 'unpublishedEntries', params: { branch: 'main' } });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.error ?? '', /did not understand this request \(unknown action "unpublishedEntries"\)/);
    assert.equal((await send('{"action": "persistEntry",')).status, 400);
    assert.equal((await send(persistEntry('content/tri-borough-story/plain.md'), { 'content-type': 'text/plain' })).status, 400);
    assert.ok(!copyHas('content/tri-borough-story/plain.md'));
  });

  it('listens on 127.0.0.1 only', async () => {
    assert.equal(server.address().address, '127.0.0.1');
    assert.equal(await accepts('127.0.0.1', server.port), true);
    const external = networkAddress();
    if (external) assert.equal(await accepts(external, server.port), false, `reachable at ${external}:${server.port}`);
  });
});
