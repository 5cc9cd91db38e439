/** Which front end reads these bytes: decided from the bytes, never the file name. */
export type DetectedFormat = 'pdf' | 'docx' | 'doc' | 'zip' | 'html' | 'mhtml' | 'rtf' | 'office-xml' | 'text' | 'encrypted-docx';

/** Word documents saved as one XML file: Word 2003 XML, Word's flat OPC, LibreOffice's flat ODT. */
const OFFICE_XML = /<(?:w:wordDocument|pkg:package|office:document)\b/;

/** The OLE stream name of an encrypted OOXML package (UTF-16LE in the container's directory). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function detectFormat(bytes: Uint8Array): DetectedFormat {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    // The central directory (at the end) names every part: a Word document has word/document.xml.
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml') ? 'docx' : 'zip';
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    // Word saves a password-protected DOCX as an OLE container holding the zip encrypted.
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE) ? 'encrypted-docx' : 'doc';
  }
  if (looksLikeDamagedPdf(bytes)) return 'pdf';
  const start = head.toString('latin1').replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (looksLikeMhtml(bytes)) return 'mhtml';
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || (start.startsWith('<?xml') && start.includes('<html'))) return 'html';
  if (start.startsWith('<?xml') && OFFICE_XML.test(head.toString('latin1'))) return 'office-xml';
  return 'text';
}

/**
 * A PDF whose header was cut or overwritten is still a PDF (damaged, and
 * pdfjs may still recover it): its objects (`12 0 obj … endobj`) or its
 * trailer (`startxref`, `%%EOF`) say so. No text report prints these.
 */
function looksLikeDamagedPdf(bytes: Uint8Array): boolean {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = all.subarray(0, 65536).toString('latin1');
  const end = all.subarray(Math.max(0, all.length - 2048)).toString('latin1');
  // The cheap test first: a text report has no `endobj`, and the regex would scan all of it.
  const objects = start.includes('endobj') && /\b\d+ \d+ obj\b/.test(start);
  return objects || (end.includes('startxref') && end.includes('%%EOF'));
}

/**
 * A web page saved as one file (browsers' "single file" `.mht`/`.mhtml`, Word's
 * single-file web page, often renamed `.doc`): a MIME message whose header
 * declares a multipart body. Text reports never open with MIME headers.
 */
function looksLikeMhtml(bytes: Uint8Array): boolean {
  // The header can be long: Chromium writes the page's title and address in it, encoded.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 16384)).toString('latin1');
  if (!/^(?:[\w-]+:|[ \t])/.test(text)) return false;
  const end = text.search(/\r?\n\r?\n/);
  const header = end < 0 ? text : text.slice(0, end);
  return /^mime-version\s*:/im.test(header) && /^content-type\s*:\s*multipart\//im.test(header);
}
