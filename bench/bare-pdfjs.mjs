// The baseline for `npm run bench`: extract every page's text with the same
// pdfjs-dist and options xxgk uses, and nothing else.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const base = dirname(require.resolve('pdfjs-dist/package.json'));
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await pdfjs.getDocument({
  data,
  cMapUrl: join(base, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(base, 'standard_fonts') + '/',
  isEvalSupported: false,
  verbosity: pdfjs.VerbosityLevel.ERRORS,
}).promise;
let chars = 0;
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const content = await page.getTextContent();
  for (const item of content.items) chars += item.str?.length ?? 0;
  page.cleanup();
}
await doc.destroy();
process.stdout.write(`${chars}\n`);
