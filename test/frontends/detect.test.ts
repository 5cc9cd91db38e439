import { detectFormat } from '../../src/frontends/detect.js';
import { fixtureBytes } from '../support/fixtures.js';

test('formats are told by their bytes', () => {
  expect(detectFormat(fixtureBytes('hongze-district-2023.pdf'))).toBe('pdf');
  expect(detectFormat(fixtureBytes('official-template-2021.docx'))).toBe('docx');
  expect(detectFormat(fixtureBytes('zhangdian-traffic-police-2020.txt'))).toBe('text');
  expect(detectFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('doc');
  expect(detectFormat(Buffer.from('PK\u0003\u0004abc'))).toBe('zip');
  expect(detectFormat(Buffer.from('\ufeff  <!DOCTYPE html><html>'))).toBe('html');
  expect(detectFormat(Buffer.from('<html lang="zh">'))).toBe('html');
  expect(detectFormat(Buffer.from('一、总体情况'))).toBe('text');
});

test('a password-protected DOCX (an OLE container holding EncryptedPackage) is told from a legacy DOC', () => {
  expect(detectFormat(fixtureBytes('word/bad/encrypted.docx'))).toBe('encrypted-docx');
  expect(detectFormat(fixtureBytes('word/zhangdian-2020.doc'))).toBe('doc');
  expect(detectFormat(fixtureBytes('word/zhangdian-2020.docx'))).toBe('docx');
  expect(detectFormat(fixtureBytes('word/zhangdian-2020.html'))).toBe('html');
  expect(detectFormat(fixtureBytes('word/bad/not-word.zip'))).toBe('zip');
});

test('a PDF with its header cut or overwritten is still a PDF (damaged), told by its objects or trailer', () => {
  const pdf = fixtureBytes('hongze-district-2023.pdf');
  const overwritten = Buffer.from(pdf);
  overwritten.write('XXXXXXXX', 0, 'latin1');
  expect(detectFormat(overwritten)).toBe('pdf');
  expect(detectFormat(pdf.subarray(2000))).toBe('pdf');
  expect(detectFormat(Buffer.from('1 0 obj is not how a report starts'))).toBe('text');
  expect(detectFormat(Buffer.from('一、总体情况\nstartxref'))).toBe('text');
});
