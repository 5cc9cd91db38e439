import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../support/cli.js';
import { consecutive } from '../support/audit.js';

let dir: string;
let prevPath: string;
let curPath: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xxgk-compare-cli-'));
  const texts: string[] = [];
  consecutive((_p, c) => (c.values['applications.carriedOver.naturalPerson']! += 2), (t) => texts.push(t));
  prevPath = join(dir, '2022.txt');
  curPath = join(dir, '2023.txt');
  writeFileSync(prevPath, texts[0]!);
  writeFileSync(curPath, texts[1]!);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('compare prints the changes, the repeated text and the X-1 findings', async () => {
  const { code, stdout } = await run(['compare', prevPath, curPath]);
  expect(code).toBe(0);
  const lines = stdout.split('\n');
  expect(lines[0]).toBe('previous  淮安市洪泽区人民政府2022年政府信息公开工作年度报告  [2022, format 2021]');
  expect(lines[1]).toBe('current   淮安市洪泽区人民政府2023年政府信息公开工作年度报告  [2023, format 2021]');
  expect(lines[2]).toMatch(/^cells: \d+ changed, \d+ unchanged, \d+ not comparable \(format, or printed in one year only\)$/);
  expect(stdout).toContain('text repeated from the previous year\n  1 总体情况: ');
  expect(stdout).toMatch(/findings\n {2}warning X-1 \(line \d+\): 表三“自然人”列：2023年“二、上年结转政府信息公开申请数量”行“自然人”列（\d+）不等于2022年报告“四、结转下年度继续办理”（\d+）\n/);
});

test('--json is the Comparison; --html writes the side-by-side page; input errors exit 2', async () => {
  const html = join(dir, 'cmp.html');
  const { code, stdout } = await run(['compare', prevPath, curPath, '--json', '--html', html]);
  expect(code).toBe(0);
  const cmp = JSON.parse(stdout);
  expect(Object.keys(cmp)).toEqual(['previous', 'current', 'sameAgency', 'cells', 'sections', 'findings']);
  expect(cmp.findings.map((f: { rule: string; location: { column: string } }) => [f.rule, f.location.column])).toEqual([['X-1', 'naturalPerson']]);
  // The two years print table 三's （六） differently (one row / three sub-rows): only those cells are not comparable.
  const nc = cmp.cells.filter((c: { comparable: boolean }) => !c.comparable).map((c: { path: string }) => c.path);
  expect(nc.length).toBeGreaterThan(0);
  for (const p of nc) expect(p).toMatch(/^applications\.other\./);
  const page = readFileSync(html, 'utf8');
  expect(page).toContain('<td class="v fail" data-path="applications.carriedOver.naturalPerson"');
  expect(page).toContain('class="v changed"');
  const bad = await run(['compare', prevPath, join(dir, 'missing.txt'), '--json']);
  expect(bad.code).toBe(2);
  expect(JSON.parse(bad.stdout).error.code).toBe('INPUT_UNREADABLE');
});
