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

test('a web page saved as one file (MHTML) is told by its MIME header, however long; RTF by its opening', () => {
  expect(detectFormat(fixtureBytes('word/zhangdian-2020.mhtml'))).toBe('mhtml');
  expect(detectFormat(fixtureBytes('word/hongze-2023-word.mht'))).toBe('mhtml');
  const longSubject = `From: <Saved by Blink>\r\nSubject: ${'=?utf-8?Q?=E6=B7=84?=\r\n '.repeat(200)}x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="b"\r\n\r\n--b\r\n`;
  expect(detectFormat(Buffer.from(longSubject))).toBe('mhtml');
  // A MIME header that declares no multipart body, or the words in a report's text, are not a saved page.
  expect(detectFormat(Buffer.from('MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n一、总体情况'))).toBe('text');
  expect(detectFormat(Buffer.from('一、总体情况\nMIME-Version: 1.0\nContent-Type: multipart/related\n'))).toBe('text');
  expect(detectFormat(Buffer.from('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}}'))).toBe('rtf');
  expect(detectFormat(Buffer.from('\ufeff {\\rtf1}'))).toBe('rtf');
});

test('a word processor document saved as one XML file (Word 2003 XML, flat OPC, flat ODT) is told apart from text and pages', () => {
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  expect(detectFormat(Buffer.from(`${xml}<?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">`))).toBe('office-xml');
  expect(detectFormat(Buffer.from(`${xml}<?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">`))).toBe('office-xml');
  expect(detectFormat(Buffer.from(`${xml}<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3">`))).toBe('office-xml');
  expect(detectFormat(Buffer.from(`${xml}<html xmlns="http://www.w3.org/1999/xhtml"><body>`))).toBe('html');
  expect(detectFormat(Buffer.from(`${xml}<report>一、总体情况</report>`))).toBe('text');
});
