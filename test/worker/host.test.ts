/**
 * The isolated runner: a parse in a worker thread, stopped at its deadline.
 * The stall is the test hook that makes the PDF reader spin without yielding,
 * which nothing on the main thread could interrupt.
 */
import { deflateSync } from 'node:zlib';
import { parseReport, warmUp } from '../../src/parse.js';
import { testHooks } from '../../src/testHooks.js';
import { runningWorkers, stopWorkers } from '../../src/worker/host.js';
import { fixtureBytes, fixturePath } from '../support/fixtures.js';
// @ts-expect-error: plain JavaScript shared with `npm run fuzz`
import { mutatedBytes } from '../../scripts/fuzz/mutate.mjs';

afterAll(() => stopWorkers());

const HONGZE = 'hongze-district-2023.pdf';

/** A one-page PDF whose content stream is 1 MB of deflated spaces that inflate to `mb` MB. */
function deflateBomb(mb: number): Buffer {
  const data = deflateSync(Buffer.alloc(mb * 1024 * 1024, 0x20), { level: 1 });
  const head = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>'];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  const size = () => parts.reduce((n, p) => n + p.length, 0);
  head.forEach((o, i) => (offsets.push(size()), parts.push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1'))));
  offsets.push(size());
  parts.push(Buffer.from(`4 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1'));
  const xref = size();
  const table = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(Buffer.from(`xref\n0 5\n0000000000 65535 f \n${table}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

async function outcome(p: Promise<{ report: { applications: { newReceived: { total: number | null } } } }>): Promise<string> {
  try {
    const r = await p;
    return `result ${r.report.applications.newReceived.total}`;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

describe('parseReport in a worker thread (isolate, the default)', () => {
  it('reads a PDF to the same report as in process', async () => {
    const isolated = await parseReport(fixturePath(HONGZE));
    const inProcess = await parseReport(fixturePath(HONGZE), { isolate: false });
    expect(isolated).toEqual(inProcess);
    expect(isolated.report.applications.newReceived.total).toBe(21);
  });

  it('stops a spinning reader at the deadline with TIMEOUT, and the next call works', async () => {
    testHooks.spinPdfReader = true;
    const started = Date.now();
    try {
      expect(await outcome(parseReport(fixtureBytes(HONGZE), { timeoutMs: 1500 }))).toBe('TIMEOUT');
    } finally {
      testHooks.spinPdfReader = false;
    }
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(5000);
    expect(await outcome(parseReport(fixtureBytes(HONGZE)))).toBe('result 21');
  });

  it('keeps input errors as they are', async () => {
    expect(await outcome(parseReport(fixtureBytes('bad/truncated.pdf')))).toBe('PDF_DAMAGED');
    expect(await outcome(parseReport(fixtureBytes('bad/encrypted-user.pdf')))).toBe('PDF_ENCRYPTED');
    expect(await outcome(parseReport(fixtureBytes(HONGZE), { maxPages: 4 }))).toBe('TOO_LARGE');
  });

  it('refuses as TOO_LARGE a read that needs more heap than maxMemoryMb', async () => {
    expect(await outcome(parseReport(fixtureBytes(HONGZE), { maxMemoryMb: 8 }))).toBe('TOO_LARGE');
    expect(await outcome(parseReport(fixtureBytes(HONGZE)))).toBe('result 21');
  });

  it('stops a decompression bomb (streams that inflate past maxMemoryMb) with TOO_LARGE, and the next call works', async () => {
    expect(await outcome(parseReport(deflateBomb(256), { maxMemoryMb: 64 }))).toBe('TOO_LARGE');
    expect(await outcome(parseReport(fixtureBytes(HONGZE)))).toBe('result 21');
  });

  it("a file's leftover that ends the worker later does not fail the next files (fuzz seed 777123: a damaged encrypted PDF, then DOCX)", async () => {
    // pdfjs leaves a promise of the PDF's encryption code unawaited; it rejects with a TypeError during the next job.
    const damaged = mutatedBytes(fixtureBytes('bad/encrypted-owner-only.pdf'), 'overwrite', 3363581547) as Uint8Array;
    const docx = fixtureBytes('word/hongze-2023-template.docx');
    const results: string[] = [];
    // One after another, as a batch worker takes them.
    for (const bytes of [damaged, docx, docx]) results.push(await parseReport(bytes).then(() => 'result', (e: { code: string }) => e.code));
    expect(results).toEqual(['PDF_NO_TEXT_LAYER', 'result', 'result']);
  });

  it('a worker that crashes runs the job once more on a fresh worker; crashing again, the job is INTERNAL and the next call works', async () => {
    testHooks.crashWorker = true;
    try {
      await expect(parseReport(fixtureBytes(HONGZE))).rejects.toMatchObject({ code: 'INTERNAL', message: 'The parsing worker failed: crashWorker test hook' });
    } finally {
      testHooks.crashWorker = false;
    }
    expect(await outcome(parseReport(fixtureBytes(HONGZE)))).toBe('result 21');
  });

  it('runs concurrent calls side by side, each with its own result', async () => {
    const results = await Promise.all([HONGZE, 'bad/truncated.pdf', HONGZE].map((f) => outcome(parseReport(fixtureBytes(f)))));
    expect(results).toEqual(['result 21', 'PDF_DAMAGED', 'result 21']);
  });
});

describe('warmUp: the worker started ahead of the parse (the command line calls it first)', () => {
  beforeEach(() => stopWorkers());

  it('starts the worker a PDF parse then uses, with its heap limit', async () => {
    warmUp(fixturePath(HONGZE));
    expect(runningWorkers()).toBe(1);
    expect(await outcome(parseReport(fixturePath(HONGZE)))).toBe('result 21');
    expect(runningWorkers()).toBe(1);
  });

  it('starts nothing for text (read in process), a missing file, a folder or isolate: false, and never throws', () => {
    warmUp(fixturePath('zhangdian-traffic-police-2020.txt'));
    warmUp(fixturePath('no-such-file.pdf'));
    warmUp(fixturePath('bad'));
    warmUp(fixturePath(HONGZE), { isolate: false });
    expect(runningWorkers()).toBe(0);
  });
});

describe('parseReport in process (isolate: false)', () => {
  it('ends at the deadline with TIMEOUT between pages', async () => {
    expect(await outcome(parseReport(fixtureBytes(HONGZE), { isolate: false, timeoutMs: 1 }))).toBe('TIMEOUT');
    expect(await outcome(parseReport(fixtureBytes(HONGZE), { isolate: false }))).toBe('result 21');
  });
});
