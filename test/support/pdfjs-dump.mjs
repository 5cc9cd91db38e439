// Test-only (test/frontends/pdf/patchedWorker.test.ts): opens PDFs as xxgk does, with pdfjs's stock
// worker module or the patched one (argv[2]: stock | patched, or graphics | stock-graphics), and prints per
// file the digest of every page's text content and operator list (Type3 glyph procedures included), the
// bytes of font files pdfjs sent for display, and whether the process loaded pdfjs's drawing package
// (@napi-rs/canvas); in the graphics modes only, per file and page, how the graphics recorded in the text pass
// compare with the operator list's (helpers.ts recordedGraphicsPages).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import './ts-loader.mjs';

const { declareOwnThread, loadPdfjs, openDocument, useStockPdfjsWorker } = await import('../../src/frontends/pdf/load.ts');
const { recordedGraphicsPages, textAndOperators } = await import('../frontends/pdf/helpers.ts');
const [mode, ...files] = process.argv.slice(2);
// The patched modes run as xxgk's own threads do; the stock modes as a caller's thread, with the stock worker module.
if (mode === 'patched' || mode === 'graphics') declareOwnThread();
else useStockPdfjsWorker();
const out = {};
for (const file of files) {
  const { doc } = await openDocument(readFileSync(file));
  if (mode === 'graphics' || mode === 'stock-graphics') {
    out[file] = await recordedGraphicsPages(await loadPdfjs(), doc);
    await doc.destroy();
    continue;
  }
  // The font loader (a no-op, load.ts skipFontLoading) is handed each font file pdfjs made.
  let fontBytes = 0;
  const loader = doc._transport.fontLoader;
  const bind = loader.bind;
  loader.bind = (font) => {
    fontBytes += font.data?.length ?? 0;
    return bind.call(loader, font);
  };
  const json = await textAndOperators(doc);
  // Type3 fonts' glyph procedures come as operator lists of their own, with the font.
  const glyphs = [];
  for (const [, value] of doc._transport.commonObjs) if (value?.charProcOperatorList) glyphs.push(value.charProcOperatorList);
  out[file] = { digest: createHash('sha256').update(json).update(JSON.stringify(glyphs)).digest('hex'), length: json.length, fontBytes, type3Glyphs: glyphs.reduce((n, g) => n + Object.keys(g).length, 0) };
  await doc.destroy();
}
// Whether this process loaded pdfjs's drawing package (its native library mapped; Linux).
let maps = '';
try {
  maps = readFileSync('/proc/self/maps', 'utf8');
} catch {}
out.canvasLoaded = maps === '' ? null : /@napi-rs[/+]canvas/.test(maps);
process.stdout.write(JSON.stringify(out));
