/**
 * A one-page PDF whose text is set in a Type3 font whose glyph is an 8×8
 * image mask (`BI … ID … EI`): the one glyph pdfjs's worker would turn into a
 * path with a DOMMatrix (compileType3Glyph), were the image not left out
 * first (load.ts MAX_IMAGE_PIXELS). test/frontends/pdf/patchedWorker.test.ts
 * reads it with the stock worker and in xxgk's own thread (noCanvas.ts).
 */
import { pdfStream, writePdf } from './pdf-writer.js';

export function type3ImageMaskPdf(): Buffer {
  // An 8×8 one-bit mask: a ring, so the glyph's outline has an inside.
  const mask = Buffer.from([0x00, 0x7e, 0x42, 0x5a, 0x5a, 0x42, 0x7e, 0x00]);
  const glyph = Buffer.concat([Buffer.from('8 0 0 0 8 8 d1\nq 8 0 0 8 0 0 cm\nBI /W 8 /H 8 /IM true /BPC 1 /D [1 0] ID '), mask, Buffer.from('\nEI Q\n')]);
  const content = Buffer.from('BT /F1 24 Tf 20 100 Td (aba) Tj ET\n');
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 8 8] /FontMatrix [0.125 0 0 0.125 0 0] /CharProcs << /ring 6 0 R >> ' +
      '/Encoding << /Type /Encoding /Differences [97 /ring 98 /ring] >> /FirstChar 97 /LastChar 98 /Widths [8 8] /Resources << >> >>',
    pdfStream(content),
    pdfStream(glyph),
  ]);
}
