import { readFileSync } from 'node:fs';
import { documentParams, loadPdfjs, openDocument, skipFontLoading, type PdfDocument } from '../../../src/frontends/pdf/load.js';
import { takeRecordedGraphics } from '../../../src/frontends/pdf/graphicsRecorder.js';
import { textAndOperators } from './helpers.js';

describe('loadPdfjs', () => {
  // Taken before pdfjs loads (it loads lazily): core-js also makes its replacements' toString read "[native code]".
  const engine = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };

  test('leaves the engine’s own push, JSON.stringify and JSON.parse in place (the legacy build’s core-js replaces them), and the thread’s pdfjsWorker global as it was', async () => {
    // A caller's own pdfjs worker (this is a caller's thread): the stock module xxgk imports here would replace it.
    const callers = { WorkerMessageHandler: 'the caller’s' };
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = callers;
    const pdfjs = await loadPdfjs();
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBe(callers);
    delete (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker;
    expect(typeof pdfjs.getDocument).toBe('function');
    expect(Array.prototype.push).toBe(engine.push);
    expect(JSON.stringify).toBe(engine.stringify);
    expect(JSON.parse).toBe(engine.parse);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')).toMatchObject({ writable: true, enumerable: false, configurable: true });
    expect(Object.getOwnPropertyDescriptor(JSON, 'stringify')).toMatchObject({ writable: true, enumerable: false, configurable: true });
  });
});

describe('openDocument: fonts are not loaded for display', () => {
  // A table page of the real fixture: text in two fonts, ruled table.
  const bytes = readFileSync(new URL('../../../fixtures/hongze-district-2023.pdf', import.meta.url));

  /** Text content and operator list of every page, and the ids of the shared objects pdfjs sent. */
  async function readAll(doc: PdfDocument) {
    const pages = await textAndOperators(doc);
    const ids = [...(doc as unknown as { _transport: { commonObjs: Iterable<[string, unknown]> } })._transport.commonObjs].map(([id]) => id);
    return { pages, ids };
  }

  test('the pinned pdfjs is the one skipFontLoading was written against', async () => {
    const pdfjs = await loadPdfjs();
    // A new pdfjs must be checked again: its font loader may have moved, or the
    // operator list may depend on disableFontFace in a new way.
    expect(pdfjs.version).toBe('5.6.205');
  });

  test('gives the same text and operator lists as pdfjs’s Node defaults, without a glyph path', async () => {
    const ours = await openDocument(bytes);
    const pdfjs = await loadPdfjs();
    // The same parameters with pdfjs's Node default for font faces.
    const stock = await pdfjs.getDocument({ ...documentParams(pdfjs, bytes), disableFontFace: true }).promise;
    try {
      const a = await readAll(ours.doc);
      const b = await readAll(stock);
      expect(a.pages).toEqual(b.pages);
      // The defaults compile and send glyph outlines ("<font>_path_<char>"); ours sends none.
      expect(b.ids.filter((id) => id.includes('_path_')).length).toBeGreaterThan(100);
      expect(a.ids.filter((id) => id.includes('_path_'))).toEqual([]);
    } finally {
      await ours.doc.destroy();
      await stock.destroy();
    }
  });

  test('a pdfjs without the font loader is an INTERNAL error, not a silent slowdown', () => {
    expect(() => skipFontLoading({} as PdfDocument)).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
  });
});

describe('openDocument in a caller’s thread', () => {
  test('xxgk’s documents get the private patched worker (their text content carries the recorded graphics); pdfjs’s own in-thread worker, the stock one, does not', async () => {
    const bytes = readFileSync(new URL('../../../fixtures/hongze-district-2023.pdf', import.meta.url));
    const pdfjs = await loadPdfjs();
    const ours = await openDocument(bytes);
    const stock = await pdfjs.getDocument(documentParams(pdfjs, bytes)).promise;
    try {
      const recorded = (doc: PdfDocument) => doc.getPage(3).then(async (page) => takeRecordedGraphics((await page.getTextContent()).items));
      const mine = await recorded(ours.doc);
      expect(mine?.failed).toBe(false);
      expect(mine!.fnArray.length).toBeGreaterThan(100);
      expect(await recorded(stock)).toBeNull();
    } finally {
      await ours.doc.destroy();
      await stock.destroy();
    }
  });
});
