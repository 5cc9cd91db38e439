// The two real report web pages (fixtures/word/*.html) as Debian's chromium gives their
// text (document.body.innerText, what a copy of the whole page pastes as plain text), into
// fixtures/generated/text-real/:
//   zhangdian-2020-page.chromium.txt   fixtures/word/zhangdian-2020.html
//   hongze-2023-page.chromium.txt      fixtures/word/hongze-2023-gbk.html (GBK, as saved)
// Needs: npm ci; apt-get install -y chromium fonts-noto-cjk
//   node scripts/make-text-real-pages.mjs
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const profile = mkdtempSync(join(tmpdir(), 'xxgk-pages-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await context.newPage();
for (const [source, name] of [
  ['zhangdian-2020.html', 'zhangdian-2020-page.chromium.txt'],
  ['hongze-2023-gbk.html', 'hongze-2023-page.chromium.txt'],
]) {
  await page.goto(pathToFileURL(join(root, 'fixtures/word', source)).href);
  writeFileSync(join(root, 'fixtures/generated/text-real', name), await page.evaluate(() => document.body.innerText));
}
await context.close();
rmSync(profile, { recursive: true, force: true });
console.log('wrote the real pages as chromium gives their text to fixtures/generated/text-real/');
