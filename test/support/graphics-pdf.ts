/**
 * A two-page PDF that draws table-like rulings every way the operator list
 * treats specially, for test/frontends/pdf/patchedWorker.test.ts, which checks
 * that the graphics recorded in the text pass (graphicsRecorder.ts) give the
 * same segments as the page's operator list, and that the text stays pdfjs's.
 * Page 1, recorded whole:
 * - `q cm path paint Q` at coordinates a float32 cannot hold (pdfjs's
 *   optimizer would fold these into pre-transformed float32 paths; the
 *   operator list of `page.getOperatorList()` is not optimized, and neither
 *   is the recording);
 * - white fills and strokes in every colour form (`g`, `k`, `rg`/`RG`,
 *   `cs`/`sc`, an indexed space through `scn`), which are not rulings, and
 *   a colour and an ExtGState between a path and its paint;
 * - a clipped table, and a form XObject drawn twice whose content leaves two
 *   `q` unclosed;
 * - strings in a vertical font (a predefined vertical CMap) shown by every
 *   show operator, with a horizontal font between them, a font that a `Q`
 *   brings back, and a horizontal string after a `Q` that walkOperators
 *   reads as the last Tf's (vertical.ts).
 * Page 2, where the text pass skips what the operator list draws, so the
 * recording is marked failed and the page takes its operator list: a form
 * with no text drawn twice (the text pass caches it as empty), and a form
 * with text drawn first off the page, then on it.
 */
import { pdfStream, writePdf } from './pdf-writer.js';

export function graphicsTestPdf(): Buffer {
  const content = [
    'BT /F1 12 Tf 50 750 Td (Label) Tj 200 0 Td (123) Tj ET',
    'q 1 0 0 1 10.1 20.3 cm 50.37 700.11 200.13 0.5 re f Q',
    'q 1.7 0 0 1.7 0.3 0.1 cm 25.3 340.7 100.1 0.25 re f Q',
    'q 1 0 0 1 5.1 5.3 cm 0 0 1 RG 50.7 600.3 m 250.1 600.3 l S Q',
    'q 1 0 0 1 5.1 5.3 cm 50.7 590.3 m 250.1 590.3 l S Q',
    'q 1.3 0 0 1.3 0.1 0.7 cm 30.1 390.3 m 160.7 390.3 l S Q',
    'q 1 0 0 1 3.1 3.3 cm /GS0 gs 50.7 560.3 200.1 0.5 re f Q',
    'q 1 0 0 1 3.1 3.3 cm /GS1 gs 50.7 550.3 200.1 0.5 re f Q',
    '1 g 50 540 200 0.5 re f 0 g 50 536 200 0.5 re f',
    '/CS0 cs 1 1 1 sc 50 530 200 0.5 re f 0 0 0 sc 50 526 200 0.5 re f',
    '/CS1 cs 1 scn 50 520 200 0.5 re f 0 scn 50 515 200 0.5 re f',
    '0 0 0 0 k 50 510 200 0.5 re f 0 0 0 1 k 50 506 200 0.5 re f',
    '1 1 1 RG 50 500 m 250 500 l S 0 0 0 RG 50 496 m 250 496 l S',
    '50 470.3 m 250.1 470.3 l 0 0 1 RG /GS1 gs S 0 0 0 RG',
    'q 40 400 100 50 re W n 0 420 m 300 420 l S 60 380 m 60 470 l S Q',
    '/Fm1 Do',
    'q 1 0 0 1 0 -100 cm /Fm1 Do Q',
    '50 100 m 250 100 l S',
    // Vertical text (a predefined vertical CMap): strings in every show operator, a horizontal font between, a font restored by Q.
    'BT /F2 12 Tf 1 0 0 1 300 700 Tm <4E0930014E2D5E74> Tj ET',
    'BT /F2 12 Tf 1 0 0 1 330.3 700.7 Tm [<672C5E74> -200 <5EA6529E>] TJ /F1 10 Tf (abc) Tj /F2 12 Tf <7406> Tj ET',
    'q BT /F1 10 Tf 1 0 0 1 400 700 Tm (x) Tj ET Q',
    'BT /F2 12 Tf 1 0 0 1 360 700 Tm <4E00> Tj 14 TL <4E8C> \' 0 0 <4E09> " ET',
    'q BT /F2 12 Tf 1 0 0 1 380 700 Tm <56DB> Tj ET Q BT /F2 12 Tf 1 0 0 1 380 600 Tm <4E94> Tj ET',
    'BT /F1 10 Tf 1 0 0 1 420 700 Tm (x) Tj ET q BT /F2 12 Tf 1 0 0 1 440 700 Tm <516D> Tj ET Q BT 1 0 0 1 440 600 Tm (def) Tj ET',
  ].join('\n');
  const page2 = ['BT /F1 12 Tf 50 750 Td (Page two) Tj ET', '/Fm2 Do', 'q 1 0 0 1 0 -100 cm /Fm2 Do Q', 'q 1 0 0 1 -2000 0 cm /Fm3 Do Q', '/Fm3 Do'].join('\n');
  const form = 'q q 0 0 m 100 0 l S 0 10 100 0.8 re f 0 0 m 0 60 l S BT /F1 8 Tf 2 2 Td (f) Tj ET';
  const fonts = '/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> /F2 6 0 R >>';
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << ${fonts} ` +
      '/XObject << /Fm1 5 0 R >> ' +
      '/ExtGState << /GS0 << /OP false /op false /OPM 1 >> /GS1 << /CA 1 /ca 1 >> >> ' +
      '/ColorSpace << /CS0 /DeviceRGB /CS1 [/Indexed /DeviceRGB 1 <000000FFFFFF>] >> >> >>',
    pdfStream(content),
    pdfStream(form, '/Type /XObject /Subtype /Form /BBox [0 0 300 300] /Matrix [1 0 0 1 300 200]'),
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-V /DescendantFonts [7 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /FontDescriptor 8 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 10 0 R /Resources << ${fonts} /XObject << /Fm2 11 0 R /Fm3 12 0 R >> >> >>`,
    pdfStream(page2),
    pdfStream('0 0 m 100 0 l S 0 5 m 100 5 l S', '/Type /XObject /Subtype /Form /BBox [0 0 300 300]'),
    pdfStream('BT /F1 10 Tf 10 10 Td (Cell text) Tj ET 0 0 m 100 0 l S', '/Type /XObject /Subtype /Form /BBox [0 0 300 300] /Matrix [1 0 0 1 100 300]'),
  ]);
}
