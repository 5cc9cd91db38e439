// Test-only (test/frontends/pdf/patchedWorker.test.ts): opens PDFs as xxgk does, with pdfjs's stock
// worker module or the patched one (argv[2]: stock | patched), and prints per file the digest of every
// page's text content and operator list, and the bytes of font files pdfjs sent for display.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import './ts-loader.mjs';

const { openDocument, usePatchedPdfjsWorker } = await import('../../src/frontends/pdf/load.ts');
const { textAndOperators } = await import('../frontends/pdf/helpers.ts');
const [mode, ...files] = process.argv.slice(2);
if (mode === 'patched') usePatchedPdfjsWorker();
const out = {};
for (const file of files) {
  const { doc } = await openDocument(readFileSync(file));
  // The font loader (a no-op, load.ts skipFontLoading) is handed each font file pdfjs made.
  let fontBytes = 0;
  const loader = doc._transport.fontLoader;
  const bind = loader.bind;
  loader.bind = (font) => {
    fontBytes += font.data?.length ?? 0;
    return bind.call(loader, font);
  };
  const json = await textAndOperators(doc);
  out[file] = { digest: createHash('sha256').update(json).digest('hex'), length: json.length, fontBytes };
  await doc.destroy();
}
process.stdout.write(JSON.stringify(out));
