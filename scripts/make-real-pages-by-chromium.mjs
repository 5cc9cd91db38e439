// The two real report web pages (fixtures/word/*.html) through Debian's chromium:
//   fixtures/generated/text-real/{zhangdian-2020,hongze-2023}-page.chromium.txt
//     their text as the browser gives it (document.body.innerText, what a copy of the whole
//     page pastes as plain text);
//   fixtures/generated/pdf-printed/{zhangdian-2020,hongze-2023}-page.pdf
//     the pages printed as "Save as PDF" does with the page fitted to the paper (A4, 70 %):
//     the site's navigation column stands beside the report (src/frontends/pdf/columns.ts).
// Needs: npm ci; apt-get install -y chromium fonts-noto-cjk
//   node scripts/make-real-pages-by-chromium.mjs
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const gen = join(root, 'fixtures/generated');
mkdirSync(join(gen, 'pdf-printed'), { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'xxgk-pages-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await context.newPage();
for (const [source, name] of [
  ['zhangdian-2020.html', 'zhangdian-2020-page'],
  ['hongze-2023-gbk.html', 'hongze-2023-page'],
]) {
  await page.goto(pathToFileURL(join(root, 'fixtures/word', source)).href);
  writeFileSync(join(gen, 'text-real', `${name}.chromium.txt`), await page.evaluate(() => document.body.innerText));
  await page.pdf({ path: join(gen, 'pdf-printed', `${name}.pdf`), format: 'A4', scale: 0.7 });
}
await context.close();
rmSync(profile, { recursive: true, force: true });
console.log(`wrote the real pages' chromium text and print to ${gen}/text-real and ${gen}/pdf-printed`);
