// Makes docs/audit-page.png, the README's picture of `xxgk audit --html`:
// the two real fixtures audited, the top of the page drawn by Debian's chromium.
// Needs: npm run build; apt-get install -y chromium fonts-noto-cjk
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { runAudit } from '../dist/cli/commands/audit.js';
import { auditPage } from '../dist/audit/html/page.js';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const { output, page: files } = await runAudit(['fixtures/zhangdian-traffic-police-2020.txt', 'fixtures/hongze-district-2023.pdf']);
const dir = mkdtempSync(join(tmpdir(), 'xxgk-shot-'));
const html = join(dir, 'audit.html');
writeFileSync(html, auditPage(files, output.across));
const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  viewport: { width: 1440, height: 900 },
});
const page = await context.newPage();
await page.goto(`file://${html}`);
const t3 = await page.locator('table.t3').first().boundingBox();
await page.screenshot({ path: join(root, 'docs/audit-page.png'), clip: { x: 0, y: 0, width: 1440, height: Math.ceil(t3.y + t3.height + 20) }, fullPage: true });
await context.close();
rmSync(dir, { recursive: true, force: true });
