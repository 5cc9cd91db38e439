import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { declareOwnThread, loadPdfjs, useStockPdfjsWorker } from '../../../src/frontends/pdf/load.js';
import { PDFJS_PATCHES, PDFJS_WORKER_MODULE, patchedWorkerSource } from '../../../src/frontends/pdf/patchedWorker.js';
import { graphicsTestPdf } from '../../support/graphics-pdf.js';
import { type3ImageMaskPdf } from '../../support/type3-pdf.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('patchedWorkerSource', () => {
  const patches = [{ why: 'test', find: 'compile() {\n', replace: 'compile() {\n  return [];\n' }];
  const source = 'class C {\n  compile() {\n    return work(import.meta.url);\n  }\n}\n\nexport { WorkerMessageHandler };\n';

  test('applies each patch, turns the export into a return and import.meta.url into the module\'s URL', () => {
    expect(patchedWorkerSource(source, patches, 'file:///x/pdf.worker.mjs')).toBe(
      '"use strict";\nclass C {\n  compile() {\n  return [];\n    return work("file:///x/pdf.worker.mjs");\n  }\n}\n\nreturn { WorkerMessageHandler };\n',
    );
  });

  test('a patch not found exactly once, or no export to turn into a return: nothing is patched (the stock module loads)', () => {
    expect(patchedWorkerSource(source.replace('compile', 'build'), patches, 'file:///x')).toBeNull();
    expect(patchedWorkerSource(`${source}\nclass D {\n  compile() {\n  }\n}\n`, patches, 'file:///x')).toBeNull();
    expect(patchedWorkerSource(source.replace('export {', 'export default {'), patches, 'file:///x')).toBeNull();
    // Two patches over the same text: neither is applied.
    expect(patchedWorkerSource(source, [...patches, { why: 'test', find: '  compile() {\n    return', replace: 'x' }], 'file:///x')).toBeNull();
  });

  test('every patch applies to the pinned pdfjs-dist (5.6.205): a new pdfjs must be checked again', async () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve(PDFJS_WORKER_MODULE);
    expect((JSON.parse(readFileSync(require.resolve('pdfjs-dist/package.json'), 'utf8')) as { version: string }).version).toBe('5.6.205');
    expect(patchedWorkerSource(readFileSync(file, 'utf8'), PDFJS_PATCHES, 'file:///x')).not.toBeNull();
    // And each alone, so that none is silently a no-op.
    for (const p of PDFJS_PATCHES) expect(patchedWorkerSource(readFileSync(file, 'utf8'), [p], 'file:///x')).not.toBeNull();
  });

  test('asked for after pdfjs has loaded in this thread: an INTERNAL error, not a silent stock load', async () => {
    await loadPdfjs();
    expect(() => declareOwnThread()).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    expect(() => useStockPdfjsWorker()).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
  });
});

// Each mode in a process of its own (a thread loads one pdfjs worker module): the digest of every
// page's text content and operator list, and the bytes of the font files pdfjs made for display.
describe('the patched worker against the stock one', () => {
  const files = [
    'fixtures/hongze-district-2023.pdf', // WPS, TrueType fonts: no CFF program anywhere
    'fixtures/generated/pdf/report-2019-01-a4.pdf', // LibreOffice
    'fixtures/generated/chromium/chromium-2019-01-a4.pdf',
    'fixtures/generated/pdf-borderless/borderless-2019-01-none-a4.pdf', // Type 1 standard fonts (converted to CFF)
    'fixtures/generated/chromium/chromium-2019-11-a4.pdf', // a Type3 font of Skia's, its glyphs drawn as paths
  ].map((f) => root + f);
  // A Type3 font whose glyph is an image mask (the one glyph pdfjs draws with a DOMMatrix of its own).
  const type3Dir = mkdtempSync(join(tmpdir(), 'xxgk-type3-'));
  afterAll(() => rmSync(type3Dir, { recursive: true, force: true }));
  const type3 = join(type3Dir, 'type3-image-mask.pdf');
  writeFileSync(type3, type3ImageMaskPdf());
  // Forms the text pass skips as empty of text, drawn again (the recording must leave the text as pdfjs's).
  const forms = join(type3Dir, 'graphics.pdf');
  writeFileSync(forms, graphicsTestPdf());
  type Dump = Record<string, { digest: string; length: number; fontBytes: number; type3Glyphs: number }> & { canvasLoaded: boolean | null };
  const dump = (mode: string): Dump =>
    JSON.parse(execFileSync(process.execPath, [`${root}test/support/pdfjs-dump.mjs`, mode, ...files, type3, forms], { encoding: 'utf8', cwd: root })) as Dump;

  test('the same text content, operator lists and Type3 glyph procedures; font files without their compiled CFF programs; pdfjs\'s drawing package left unloaded', () => {
    const stock = dump('stock');
    const patched = dump('patched');
    for (const f of [...files, type3, forms]) expect(patched[f]!.digest).toBe(stock[f]!.digest);
    for (const f of files) expect(stock[f]!.length).toBeGreaterThan(100_000);
    const bytes = (d: Dump) => files.map((f) => d[f]!.fontBytes);
    expect(bytes(stock)).toEqual([1603092, 240828, 627296, 309252, 833896]);
    expect(bytes(patched)).toEqual([1603092, 239132, 627296, 11124, 833896]);
    expect(files.map((f) => stock[f]!.type3Glyphs)).toEqual([0, 0, 0, 0, 2]);
    expect(stock[type3]!.type3Glyphs).toBe(1);
    // On Linux the mapped native library tells (null elsewhere).
    if (stock.canvasLoaded !== null) {
      expect(stock.canvasLoaded).toBe(true);
      expect(patched.canvasLoaded).toBe(false);
    }
  }, 60_000);
});

// The graphics recorded during the text pass (graphicsRecorder.ts) stand in for the operator list of a
// table page: walkOperators must find exactly the segments of the operator list, on every page.
describe('graphics recorded in the text pass', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-graphics-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const special = join(dir, 'graphics.pdf');
  writeFileSync(special, graphicsTestPdf());
  const fixtures = execFileSync('find', ['fixtures', '-name', '*.pdf', '!', '-path', 'fixtures/bad/*'], { encoding: 'utf8', cwd: root })
    .split('\n')
    .filter(Boolean)
    .sort()
    .map((f) => root + f);
  type Pages = { recorded: boolean; same: boolean; segments: number; verticalTexts: number }[];
  const dump = (mode: string, files: string[]) =>
    JSON.parse(execFileSync(process.execPath, [`${root}test/support/pdfjs-dump.mjs`, mode, ...files], { encoding: 'utf8', cwd: root, maxBuffer: 1 << 26 })) as Record<string, Pages>;

  test('a page drawn every way the operator list treats specially: the same 22 segments (white ones left out) and 8 vertical strings; a page whose forms the text pass skips: its operator list', () => {
    expect(dump('graphics', [special])[special]).toEqual([
      { recorded: true, same: true, segments: 22, verticalTexts: 8 },
      { recorded: false, same: false, segments: 6, verticalTexts: 0 },
    ]);
  }, 30_000);

  test('every PDF fixture, page by page: the same segments as the operator list (and only the patched worker records)', () => {
    const got = dump('graphics', fixtures);
    const pages = fixtures.flatMap((f) => got[f]!);
    expect(fixtures.length).toBeGreaterThan(90);
    expect(pages.filter((p) => !p.recorded || !p.same)).toEqual([]);
    // Most pages of the generated reports have rulings, and the real WPS report has vertical text: the comparison is not between empty lists.
    expect(pages.filter((p) => p.segments > 0).length).toBeGreaterThan(pages.length / 2);
    expect(got[root + 'fixtures/hongze-district-2023.pdf']!.map((p) => p.verticalTexts)).toEqual([0, 0, 1, 0, 0]);
    const stock = dump('stock-graphics', [fixtures[0]!]);
    expect(stock[fixtures[0]!]!.length).toBeGreaterThan(0);
    expect(stock[fixtures[0]!]!.filter((p) => p.recorded)).toEqual([]);
  }, 120_000);
});
