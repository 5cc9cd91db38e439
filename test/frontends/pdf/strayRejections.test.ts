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
