// Web pages saved as one file (MHTML), by the tools that save them:
//   fixtures/word/{zhangdian-2020,hongze-2023-gbk}.mhtml: the two real report pages saved by
//     Debian's chromium (CDP Page.captureSnapshot, what "Save as: Webpage, Single File" writes:
//     the page re-serialised as UTF-8, quoted-printable, its pictures as base64 parts);
//   fixtures/generated/mhtml/NAME.mhtml + NAME.json: the generated reports of
//     fixtures/generated/chromium/ (their spec and layout rendered by renderHtml()) saved the same way.
// Word's own single-file web page (gb2312, quoted-printable, often published renamed .doc) is
// made by scripts/make-mhtml-fixtures.py with Python's email package.
// Run through scripts/make-mhtml-fixtures.sh, which compiles test/support/*.ts first.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [buildDir] = process.argv.slice(2).map((p) => resolve(p));
if (!buildDir) throw new Error('usage: make-mhtml-fixtures.mjs BUILD_DIR');
const { renderHtml } = await import(pathToFileURL(join(buildDir, 'test/support/render-html.js')).href);

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'fixtures/generated/mhtml');
mkdirSync(outDir, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'xxgk-mhtml-'));
const pages = mkdtempSync(join(tmpdir(), 'xxgk-mhtml-pages-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
async function save(file, out) {
  await page.goto(pathToFileURL(file).href);
  const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
  writeFileSync(out, data);
}
for (const name of ['zhangdian-2020', 'hongze-2023-gbk']) {
  await save(join(root, 'fixtures/word', `${name}.html`), join(root, 'fixtures/word', `${name}.mhtml`));
}
const chromiumSet = join(root, 'fixtures/generated/chromium');
for (const json of readdirSync(chromiumSet).filter((f) => f.endsWith('.json')).sort()) {
  const { spec, layout } = JSON.parse(readFileSync(join(chromiumSet, json), 'utf8'));
  const name = json.replace(/^chromium-/, 'mhtml-').replace(/\.json$/, '');
  const html = join(pages, `${name}.html`);
  writeFileSync(html, renderHtml(spec, layout));
  await save(html, join(outDir, `${name}.mhtml`));
  copyFileSync(join(chromiumSet, json), join(outDir, `${name}.json`));
}
await context.close();
rmSync(profile, { recursive: true, force: true });
rmSync(pages, { recursive: true, force: true });
console.log(`wrote fixtures/word/*.mhtml and ${outDir}`);
