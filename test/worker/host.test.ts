/**
 * The isolated runner: a parse in a worker thread, stopped at its deadline.
 * The stall is the test hook that makes the PDF reader spin without yielding,
 * which nothing on the main thread could interrupt.
 */
import { parseReport } from '../../src/parse.js';
import { testHooks } from '../../src/testHooks.js';
import { stopWorkers } from '../../src/worker/host.js';
import { fixtureBytes, fixturePath } from '../support/fixtures.js';

afterAll(() => stopWorkers());

const HONGZE = 'hongze-district-2023.pdf';

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

  it('runs concurrent calls side by side, each with its own result', async () => {
    const results = await Promise.all([HONGZE, 'bad/truncated.pdf', HONGZE].map((f) => outcome(parseReport(fixtureBytes(f)))));
    expect(results).toEqual(['result 21', 'PDF_DAMAGED', 'result 21']);
  });
});

describe('parseReport in process (isolate: false)', () => {
  it('ends at the deadline with TIMEOUT between pages', async () => {
    expect(await outcome(parseReport(fixtureBytes(HONGZE), { isolate: false, timeoutMs: 1 }))).toBe('TIMEOUT');
    expect(await outcome(parseReport(fixtureBytes(HONGZE), { isolate: false }))).toBe('result 21');
  });
});
