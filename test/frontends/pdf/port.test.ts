import { readFileSync } from 'node:fs';
import { documentParams, loadPdfjs, openDocument, skipFontLoading } from '../../../src/frontends/pdf/load.js';
import { InThreadPort, shallowStreamMessage } from '../../../src/frontends/pdf/port.js';
import { textAndOperators as readAll } from './helpers.js';

const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url));

describe('InThreadPort', () => {
  // The real ruled report, a LibreOffice report with a vertical-font cell, and a borderless one.
  test.each(['hongze-district-2023.pdf', 'generated/pdf/report-2019-01-a4.pdf', 'generated/pdf-borderless/borderless-2019-01-none-a4.pdf'])(
    '%s: the same text content and operator lists as through pdfjs’s cloning port and shared worker, with no stream chunk cloned',
    async (path) => {
      const bytes = fixture(path);
      const pdfjs = await loadPdfjs();
      const ours = await openDocument(bytes);
      // The same document opened as openDocument does, but through pdfjs's shared in-thread worker and its cloning port.
      const stock = await pdfjs.getDocument(documentParams(pdfjs, bytes)).promise;
      skipFontLoading(stock);
      const clone = globalThis.structuredClone;
      let cloned = 0;
      globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) => {
        if ((value as { chunk?: unknown }).chunk !== undefined) cloned++;
        return clone(value, options);
      }) as typeof structuredClone;
      try {
        const stockJson = await readAll(stock);
        const stockCloned = cloned;
        cloned = 0;
        const oursJson = await readAll(ours.doc);
        expect(oursJson).toBe(stockJson);
        expect(oursJson.length).toBeGreaterThan(50_000);
        // pdfjs's own port clones every chunk (text items, operator list parts); ours none.
        expect(stockCloned).toBeGreaterThanOrEqual(2 * ours.doc.numPages);
        expect(cloned).toBe(0);
      } finally {
        globalThis.structuredClone = clone;
        await ours.doc.destroy();
        await stock.destroy();
      }
    },
  );

  test('delivers after the sender’s synchronous work, in order; clones other messages, passes stream chunks by reference; a listener leaves with its signal', async () => {
    const port = new InThreadPort();
    const got: unknown[] = [];
    const ac = new AbortController();
    port.addEventListener('message', (e) => got.push(e.data), { signal: ac.signal });
    const doc = { action: 'GetDoc', data: { list: [1] } };
    const items = [{ str: 'a' }];
    const chunk = { sourceName: 'w', targetName: 'm', stream: 4, streamId: 1, chunk: { items } };
    port.postMessage(doc);
    port.postMessage(chunk);
    doc.data.list.push(2); // after posting: the clone already taken does not see it
    expect(got).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(got).toEqual([{ action: 'GetDoc', data: { list: [1] } }, { sourceName: 'w', targetName: 'm', stream: 4, streamId: 1, chunk: { items } }]);
    expect((got[1] as typeof chunk).chunk.items[0]).toBe(items[0]);
    ac.abort();
    port.postMessage({ action: 'after' });
    await Promise.resolve();
    expect(got).toHaveLength(2);
  });
});

describe('shallowStreamMessage', () => {
  test('copies a chunk’s own arrays, so the sender may empty its arrays after sending', () => {
    const fnArray = [1, 2];
    const glyphs = [{ unicode: '三' }];
    const argsArray = [null, [glyphs]];
    const message = { sourceName: 'fake0_worker', targetName: 'fake0', stream: 4, streamId: 3, chunk: { fnArray, argsArray, lastChunk: false, length: 2 } };
    const copy = shallowStreamMessage(message) as { chunk: { fnArray: number[]; argsArray: unknown[] } };
    fnArray.length = 0;
    argsArray.length = 0;
    expect(copy).toEqual({ sourceName: 'fake0_worker', targetName: 'fake0', stream: 4, streamId: 3, chunk: { fnArray: [1, 2], argsArray: [null, [[{ unicode: '三' }]]], lastChunk: false, length: 2 } });
    // Below the top level nothing is copied: the sender never changes it.
    expect((copy.chunk.argsArray[1] as unknown[])[0]).toBe(glyphs);
  });

  test('passes flow-control messages as copies of their fields', () => {
    expect(shallowStreamMessage({ sourceName: 'a', targetName: 'b', stream: 6, streamId: 1, desiredSize: 16 })).toEqual({ sourceName: 'a', targetName: 'b', stream: 6, streamId: 1, desiredSize: 16 });
  });

  test.each([
    ['a request, not a stream message', { sourceName: 'a', targetName: 'b', action: 'GetPage', data: { pageIndex: 0 } }],
    ['an error (its reason is an object)', { sourceName: 'a', targetName: 'b', stream: 5, streamId: 1, reason: { message: 'x' } }],
    ['binary data', { sourceName: 'a', targetName: 'b', stream: 4, streamId: 1, chunk: new ArrayBuffer(8) }],
    ['a chunk beside another object field', { sourceName: 'a', targetName: 'b', stream: 4, streamId: 1, chunk: {}, extra: [1] }],
    ['not an object', 'message'],
  ])('leaves %s to pdfjs’s clone', (_, message) => {
    expect(shallowStreamMessage(message)).toBeUndefined();
  });
});
