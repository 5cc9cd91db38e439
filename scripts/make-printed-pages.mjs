// The two real report web pages (fixtures/word/*.html) printed to PDF by Debian's chromium,
// as "Save as PDF" does with the page scaled to fit the paper (A4, 70 %), into
// fixtures/generated/pdf-printed/:
//   zhangdian-2020-page.pdf   fixtures/word/zhangdian-2020.html
//   hongze-2023-page.pdf      fixtures/word/hongze-2023-gbk.html
// The sites' navigation column stands beside the report (src/frontends/pdf/columns.ts).
// Needs: npm ci; apt-get install -y chromium fonts-noto-cjk
//   node scripts/make-printed-pages.mjs
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'fixtures/generated/pdf-printed');
mkdirSync(out, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'xxgk-print-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await context.newPage();
for (const [source, name] of [
  ['zhangdian-2020.html', 'zhangdian-2020-page.pdf'],
  ['hongze-2023-gbk.html', 'hongze-2023-page.pdf'],
]) {
  await page.goto(pathToFileURL(join(root, 'fixtures/word', source)).href);
  await page.pdf({ path: join(out, name), format: 'A4', scale: 0.7 });
}
await context.close();
rmSync(profile, { recursive: true, force: true });
console.log(`wrote the real pages printed to PDF to ${out}`);
