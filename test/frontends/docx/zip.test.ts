import { readZipDirectory, readZipEntry, MAX_ZIP_ENTRIES } from '../../../src/frontends/docx/zip.js';
import { XxgkError } from '../../../src/codes.js';
import { zip } from '../../support/containers.js';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(XxgkError);
    return (e as XxgkError).code;
  }
  return 'ok';
}

test('entries are listed from the central directory and inflated', () => {
  const bytes = zip([{ name: 'a.txt', data: '政府信息公开' }, { name: 'b/c.xml', data: '<x/>', store: true }]);
  const dir = readZipDirectory(bytes, 1e6);
  expect([...dir.keys()]).toEqual(['a.txt', 'b/c.xml']);
  expect(readZipEntry(bytes, dir.get('a.txt')!).toString('utf8')).toBe('政府信息公开');
  expect(readZipEntry(bytes, dir.get('b/c.xml')!).toString('utf8')).toBe('<x/>');
});

test('a zip bomb is refused before inflating: declared sizes over the cap, too many entries', () => {
  const declared = zip([{ name: 'word/document.xml', data: '<w:document/>', declared: 0xd0000000 }]);
  expect(codeOf(() => readZipDirectory(declared, 200 * 1024 * 1024))).toBe('TOO_LARGE');
  const many = zip(Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `${i}`, data: '', store: true })));
  expect(codeOf(() => readZipDirectory(many, 1e9))).toBe('TOO_LARGE');
});

test('an entry that inflates past its declared size stops at the cap', () => {
  const lying = zip([{ name: 'word/document.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20), declared: 4096 }]);
  const dir = readZipDirectory(lying, 1e9);
  expect(codeOf(() => readZipEntry(lying, dir.get('word/document.xml')!))).toBe('TOO_LARGE');
});

test('damaged zips are DOCX_DAMAGED; an encrypted entry is DOCX_ENCRYPTED', () => {
  const bytes = zip([{ name: 'a.txt', data: 'x'.repeat(1000) }]);
  expect(codeOf(() => readZipDirectory(bytes.subarray(0, 40), 1e6))).toBe('DOCX_DAMAGED');
  const dir = readZipDirectory(bytes, 1e6);
  const corrupt = Buffer.from(bytes);
  corrupt.fill(0xff, 30 + 5, 30 + 20); // inside the deflate stream
  expect(codeOf(() => readZipEntry(corrupt, dir.get('a.txt')!))).toBe('DOCX_DAMAGED');
  expect(codeOf(() => readZipEntry(bytes, { ...dir.get('a.txt')!, localOffset: 7 }))).toBe('DOCX_DAMAGED');
  expect(codeOf(() => readZipEntry(bytes, { ...dir.get('a.txt')!, flags: 1 }))).toBe('DOCX_ENCRYPTED');
});
