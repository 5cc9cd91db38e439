import { loadPdfjs } from '../../../src/frontends/pdf/load.js';

describe('loadPdfjs', () => {
  test('leaves the engine’s own Array.prototype.push in place (the legacy build’s core-js replaces it)', async () => {
    const pdfjs = await loadPdfjs();
    expect(typeof pdfjs.getDocument).toBe('function');
    expect(Function.prototype.toString.call(Array.prototype.push)).toBe('function push() { [native code] }');
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')).toMatchObject({ writable: true, enumerable: false, configurable: true });
  });
});
