/**
 * The HTML page in a real headless browser (Debian's chromium, driven by
 * playwright-core): failing cells are drawn in the highlight colour, unchecked
 * ones in theirs, passing ones in neither, and the page has no console errors
 * and asks for nothing over the network. `.ci/run` installs chromium and
 * fonts-noto-cjk when /usr/bin/chromium is missing.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { auditReport } from '../../../src/audit/index.js';
import { compareReports } from '../../../src/audit/compare.js';
import { auditPage, comparePage, COLOURS } from '../../../src/audit/html/page.js';
import { parseReport } from '../../../src/parse.js';
import { fixturePath, ZHANGDIAN } from '../../support/fixtures.js';
import { consecutive, generated } from '../../support/audit.js';
import { decodePng } from '../../support/png.js';

const CHROMIUM = '/usr/bin/chromium';
const maybe = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) console.warn(`${CHROMIUM} is missing (apt-get install -y chromium fonts-noto-cjk): the browser test is skipped`);

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];

maybe('the HTML page in headless chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xxgk-html-'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1400, height: 1000 },
      deviceScaleFactor: 1,
    });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('request', (r) => !r.url().startsWith('file:') && requests.push(r.url()));
  }, 60000);

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Share of a cell's inner pixels (inside its borders) that are exactly `colour`. */
  async function share(selector: string, colour: string): Promise<number> {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`no box for ${selector}`);
    const clip = { x: Math.ceil(box.x) + 2, y: Math.ceil(box.y) + 2, width: Math.floor(box.width) - 4, height: Math.floor(box.height) - 4 };
    const img = decodePng(await page.screenshot({ clip, fullPage: true }));
    const [r, g, b] = hex(colour);
    let n = 0;
    for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) {
      const [pr, pg, pb] = img.rgb(x, y);
      if (pr === r && pg === g && pb === b) n++;
    }
    return n / (img.width * img.height);
  }

  const cell = (path: string, nth = 0) => `td[data-path="${path}"] >> nth=${nth}`;

  test('audit page: failing cells are the highlight colour, unchecked cells theirs, passing cells neither; no console errors, no requests', async () => {
    const zd = await parseReport(fixturePath(ZHANGDIAN));
    const blank = generated(4, { version: '2021', blanks: false, edit: (s) => (s.values['reviewLitigation.review.pending'] = null) }).result;
    const file = join(dir, 'audit.html');
    writeFileSync(
      file,
      auditPage(
        [
          { path: 'zhangdian.txt', result: zd, findings: auditReport(zd) },
          { path: 'generated.txt', result: blank, findings: auditReport(blank) },
          { path: 'bad.txt', error: { code: 'EMPTY_INPUT', message: 'The input is empty (or only whitespace).' } },
        ],
        [],
      ),
    );
    await page.goto(`file://${file}`);
    await page.waitForLoadState('load');

    // Zhangdian: T3-1 and T3-2 fail in 自然人 and 总计 (every cell of those columns' identities).
    for (const path of ['applications.newReceived.naturalPerson', 'applications.resultTotal.naturalPerson', 'applications.granted.total', 'applications.carriedForward.total']) {
      expect(await page.locator(cell(path)).getAttribute('class')).toBe('v fail');
      expect(await share(cell(path), COLOURS.fail)).toBeGreaterThan(0.6);
    }
    // Passing cells of the same table (商业企业, a column whose identities hold) and of table 二.
    for (const path of ['applications.newReceived.commercial', 'applications.resultTotal.research', 'activeDisclosure.licensing.decisions']) {
      expect(await page.locator(cell(path)).getAttribute('class')).toBe('v');
      expect(await share(cell(path), COLOURS.fail)).toBe(0);
      expect(await share(cell(path), COLOURS.unchecked)).toBe(0);
    }
    // The generated report's blank 行政复议 尚未审结 makes T4-1 unchecked: its cells are marked, not failed.
    const blankCell = cell('reviewLitigation.review.pending', 1);
    expect(await page.locator(blankCell).getAttribute('class')).toBe('v blank unchecked');
    expect(await share(blankCell, COLOURS.unchecked)).toBeGreaterThan(0.9);
    expect(await share(blankCell, COLOURS.fail)).toBe(0);
    expect(await share(cell('reviewLitigation.review.total', 1), COLOURS.unchecked)).toBeGreaterThan(0.6);
    // The finding is beside its table, and the structural one is listed with its place.
    expect(await page.locator('ol.side li').first().textContent()).toBe('T3-1 error（第三部分，第118行）：表三“自然人”列：第一项加第二项之和（2）不等于第三项加第四项之和（0）');
    expect(await page.getByText('HEADING_MISNUMBERED warning（第三部分，第99行）：标题序号有误（第三部分，第99行）').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  }, 60000);

  test('compare page: the two years side by side, changes shaded, the X-1 break highlighted', async () => {
    const { prev, cur } = consecutive((_p, c) => (c.values['applications.carriedOver.naturalPerson']! += 2));
    const cmp = compareReports(prev, cur);
    const file = join(dir, 'compare.html');
    writeFileSync(file, comparePage(prev.report, cur.report, cmp));
    await page.goto(`file://${file}`);
    expect(await page.locator('table.t3').count()).toBe(2);
    const broken = cell('applications.carriedOver.naturalPerson', 1);
    expect(await share(broken, COLOURS.fail)).toBeGreaterThan(0.6);
    const changed = cmp.cells.find((c) => c.comparable && c.change !== null && c.change !== 0 && c.path !== 'applications.carriedOver.naturalPerson')!;
    const unchanged = cmp.cells.find((c) => c.comparable && c.change === 0)!;
    expect(await share(cell(changed.path, 1), COLOURS.changed)).toBeGreaterThan(0.6);
    expect(await share(cell(unchanged.path, 1), COLOURS.changed)).toBe(0);
    expect(await share(cell(changed.path, 0), COLOURS.changed)).toBe(0); // last year's table is not shaded
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  }, 60000);
});
