import { droppedRejections, guardStrayRejections, isPdfjsException } from '../../../src/frontends/pdf/strayRejections.js';

test("pdfjs's exceptions are told by their class names", () => {
  const named = (name: string) => Object.assign(new Error('x'), { name });
  for (const name of ['XRefEntryException', 'XRefParseException', 'FormatError', 'InvalidPDFException', 'UnknownErrorException', 'JpxError']) {
    expect(isPdfjsException(named(name))).toBe(true);
  }
  for (const reason of [new Error('x'), new TypeError('x'), named('XxgkError'), null, undefined, 'XRefEntryException']) {
    expect(isPdfjsException(reason)).toBe(false);
  }
});

test('the listener is installed once and drops only pdfjs exceptions', async () => {
  const before = process.listenerCount('unhandledRejection');
  guardStrayRejections();
  guardStrayRejections();
  expect(process.listenerCount('unhandledRejection')).toBe(before + 1);
  const listener = process.listeners('unhandledRejection').at(-1)!;
  const dropped = droppedRejections();
  listener(Object.assign(new Error('Bad (uncompressed) XRef entry: 44R'), { name: 'XRefEntryException' }), Promise.resolve());
  expect(droppedRejections()).toBe(dropped + 1);
  // Anything else is handed on as Node would (thrown) when no other listener exists; here jest has its own, so it is left alone.
  if (process.listenerCount('unhandledRejection') > 1) expect(() => listener(new TypeError('ours'), Promise.resolve())).not.toThrow();
  else expect(() => listener(new TypeError('ours'), Promise.resolve())).toThrow('ours');
  expect(droppedRejections()).toBe(dropped + 1);
});

test('an error raised in pdfjs code (its top stack frame in pdfjs-dist) is one of its echoes; one that only passed through pdfjs is not', () => {
  const raisedIn = (frames: string[]) => Object.assign(new TypeError("Cannot read properties of undefined (reading 'get')"), { stack: ['TypeError: x', ...frames.map((f) => `    at ${f}`)].join('\n') });
  const pdfjs = 'CipherTransformFactory.createCipherTransform (file:///app/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs:64011:62)';
  const ours = 'readPage (file:///app/dist/frontends/pdf/page.js:36:20)';
  expect(isPdfjsException(raisedIn([pdfjs, 'XRef.fetch (file:///app/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs:64648:49)']))).toBe(true);
  expect(isPdfjsException(raisedIn([ours, pdfjs]))).toBe(false);
  expect(isPdfjsException(Object.assign(new TypeError('x'), { stack: 'TypeError: x' }))).toBe(false);
});
