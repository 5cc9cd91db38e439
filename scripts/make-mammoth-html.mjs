// mammoth's HTML of LibreOffice DOCX files: what markitdown converts a DOCX through before
// markdownify writes its pipe tables (test/support/pipe-tables.ts emulates that step; markitdown
// itself does not install here: no PyPI). mammoth is not a dependency of xxgk (its own DOCX
// reader is), so this script takes it from another folder:
//   npm install --prefix /tmp/mammoth mammoth
//   node scripts/make-mammoth-html.mjs /tmp/mammoth DOCX_DIR SPEC_DIR OUT_DIR NAME=OUT_NAME...
// writes OUT_DIR/OUT_NAME.html (the body mammoth gives), OUT_DIR/OUT_NAME.json (the spec) and
// OUT_DIR/OUT_NAME.pandoc-plain.txt (pandoc -f html -t plain --columns=200 of that body in a page).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const [mammothDir, docxDir, specDir, outDir, ...pairs] = process.argv.slice(2);
if (!mammothDir || !docxDir || !specDir || !outDir || pairs.length === 0) throw new Error('usage: make-mammoth-html.mjs MAMMOTH_DIR DOCX_DIR SPEC_DIR OUT_DIR NAME=OUT_NAME...');
const mammoth = createRequire(join(resolve(mammothDir), 'package.json'))('mammoth');
mkdirSync(outDir, { recursive: true });
for (const pair of pairs) {
  const [name, outName] = pair.split('=');
  const { value } = await mammoth.convertToHtml({ buffer: readFileSync(join(docxDir, `${name}.docx`)) });
  writeFileSync(join(outDir, `${outName}.html`), `${value}\n`);
  copyFileSync(join(specDir, `${name}.json`), join(outDir, `${outName}.json`));
  const page = `<html><head><meta charset="utf-8"></head><body>\n${value}\n\n</body></html>\n`;
  writeFileSync(join(outDir, `${outName}.pandoc-plain.txt`), execFileSync('pandoc', ['-f', 'html', '-t', 'plain', '--columns=200'], { input: page }));
}
