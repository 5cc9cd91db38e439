import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMany, type FileResult } from '../../src/batch/parseMany.js';
import { parseReport } from '../../src/parse.js';
import { buildArchive } from '../support/archive.js';
import { useSourceWorkers } from '../support/batch-env.js';

useSourceWorkers();
const dir = mkdtempSync(join(tmpdir(), 'xxgk-many-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('every file once, in completion order, each result equal to parseReport', async () => {
  const archive = buildArchive(dir, { texts: 12, pdfs: 2 });
  const seen: FileResult[] = [];
  for await (const r of parseMany([dir], { jobs: 2 })) seen.push(r);
  expect(seen.map((r) => r.path).sort()).toEqual([...archive.files.keys()].sort());
  for (const r of seen) {
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.result).toEqual(JSON.parse(JSON.stringify(await parseReport(r.path))));
  }
  expect(new Set(seen.map((r) => r.worker))).toEqual(new Set([1, 2]));
}, 120_000);

test('breaking out of the loop ends the pool; errors come with their code', async () => {
  let n = 0;
  for await (const r of parseMany([join(dir, 'none.txt'), dir], { jobs: 1 })) {
    if (n++ === 0) expect(r).toMatchObject({ ok: false, error: { code: 'INPUT_UNREADABLE' } });
    if (n === 3) break;
  }
  expect(n).toBe(3);
}, 60_000);
