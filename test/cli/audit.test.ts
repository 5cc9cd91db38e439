import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../support/cli.js';
import { consistentSpec } from '../support/consistent-report.js';
import { renderText } from '../support/render-text.js';
import { fixturePath, ZHANGDIAN } from '../support/fixtures.js';
import { consecutive } from '../support/audit.js';
import { useSourceWorkers } from '../support/batch-env.js';

// Several files are parsed on the batch's worker pool: run its workers from the sources.
useSourceWorkers();

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xxgk-audit-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A generated report with no misnumbered heading and no blank cell (so it has no finding at all). */
function cleanReport(seed: number): string {
  for (let s = seed; ; s++) {
    const r = renderText(consistentSpec(s, undefined, false), s);
    if (r.misnumbered.length === 0) return r.text;
  }
}

test('audit prints each report, its findings and the totals', async () => {
  const { code, stdout, stderr } = await run(['audit', fixturePath(ZHANGDIAN)]);
  expect(code).toBe(0);
  expect(stderr).toBe('');
  expect(stdout.split('\n')).toEqual([
    fixturePath(ZHANGDIAN),
    '  淄博市公安局交通警察支队张店大队2020年政府信息公开工作年度报告  [2020, format 2019]',
    '  warning HEADING_MISNUMBERED (line 99): 标题序号有误（第三部分，第99行）：Section 三 (三、收到和处理政府信息公开申请情况) is printed as "3、收到和处理政府信息公开申请情况".',
    '  error   T3-1 (line 118): 表三“自然人”列：第一项加第二项之和（2）不等于第三项加第四项之和（0）',
    '  error   T3-2 (line 343): 表三“自然人”列：（七）总计（0）不等于各项办理结果之和（2）',
    '  error   T3-1 (line 124): 表三“总计”列：第一项加第二项之和（2）不等于第三项加第四项之和（0）',
    '  error   T3-2 (line 349): 表三“总计”列：（七）总计（0）不等于各项办理结果之和（2）',
    'total: 1 report; findings: 4 error, 1 warning, 0 info, 0 unchecked',
    'by rule: HEADING_MISNUMBERED 1, T3-1 2, T3-2 2',
    '',
  ]);
});

test('--json: { reports, across, totals }; --fail-on sets exit 1', async () => {
  const { code, stdout } = await run(['audit', fixturePath(ZHANGDIAN), '--json', '--fail-on', 'error']);
  expect(code).toBe(1);
  const out = JSON.parse(stdout);
  expect(Object.keys(out)).toEqual(['reports', 'across', 'totals']);
  expect(Object.keys(out.reports[0])).toEqual(['path', 'title', 'agency', 'year', 'formatVersion', 'findings']);
  expect(out.reports[0]).toMatchObject({ agency: '淄博市公安局交通警察支队张店大队', year: 2020, formatVersion: '2019' });
  expect(out.reports[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['HEADING_MISNUMBERED', 'T3-1', 'T3-2', 'T3-1', 'T3-2']);
  expect(out.totals).toEqual({
    reports: 1,
    inputErrors: 0,
    findings: 5,
    bySeverity: { error: 4, warning: 1, info: 0 },
    unchecked: 0,
    byRule: { HEADING_MISNUMBERED: { fail: 1, unchecked: 0 }, 'T3-1': { fail: 2, unchecked: 0 }, 'T3-2': { fail: 2, unchecked: 0 } },
  });
  const clean = join(dir, 'clean.txt');
  writeFileSync(clean, cleanReport(40));
  expect((await run(['audit', clean, '--fail-on', 'warning'])).code).toBe(0);
  expect((await run(['audit', fixturePath(ZHANGDIAN), '--fail-on', 'warning'])).code).toBe(1);
  expect((await run(['audit', fixturePath(ZHANGDIAN), '--fail-on', 'info'])).code).toBe(1); // not a choice: usage error
  expect((await run(['audit'])).code).toBe(1);
});

test('folders are walked recursively; a bad file is an error record (exit 2) and the others are still audited; across findings name positions', async () => {
  const folder = join(dir, 'batch');
  mkdirSync(join(folder, 'nested'), { recursive: true });
  const pair = consecutivePairTexts();
  writeFileSync(join(folder, 'a-2022.txt'), pair.prev);
  writeFileSync(join(folder, 'nested', 'b-2023.txt'), pair.cur);
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'notes.json'), '{}'); // not a report extension: skipped
  const { code, stdout, stderr } = await run(['audit', folder, '--json']);
  expect(code).toBe(2);
  const out = JSON.parse(stdout);
  expect(out.reports.map((r: { path: string }) => r.path.slice(folder.length + 1))).toEqual(['a-2022.txt', 'empty.txt', 'nested/b-2023.txt']);
  expect(out.reports[1]).toEqual({ path: join(folder, 'empty.txt'), error: { code: 'EMPTY_INPUT', message: expect.any(String) } });
  expect(out.across.map((f: { rule: string; location: { reports: number[]; column: string } }) => [f.rule, f.location.reports, f.location.column])).toEqual([['X-1', [0, 2], 'total']]);
  expect(out.totals).toMatchObject({ reports: 2, inputErrors: 1 });
  expect(stderr).toMatch(/^xxgk: EMPTY_INPUT: .*empty\.txt: /);
});

test('the same report twice after an unreadable file: REPORT_DUPLICATE names the files by their places in the list; a path named twice is audited once', async () => {
  const folder = join(dir, 'twice');
  mkdirSync(folder, { recursive: true });
  const pair = consecutivePairTexts();
  writeFileSync(join(folder, 'a-empty.txt'), '');
  writeFileSync(join(folder, 'b.txt'), pair.cur);
  writeFileSync(join(folder, 'c.txt'), pair.cur);
  const { stdout } = await run(['audit', folder, join(folder, 'b.txt'), '--json']);
  const out = JSON.parse(stdout);
  expect(out.reports.map((r: { path: string }) => r.path.slice(folder.length + 1))).toEqual(['a-empty.txt', 'b.txt', 'c.txt']);
  const dup = out.across.filter((f: { rule: string }) => f.rule === 'REPORT_DUPLICATE');
  expect(dup.map((f: { message: string; location: { reports: number[] } }) => [f.location.reports, /（第\d+份与第\d+份）/.exec(f.message)?.[0]])).toEqual([[[1, 2], '（第2份与第3份）']]);
});

test('--html writes one self-contained page', async () => {
  const html = join(dir, 'out.html');
  const { code } = await run(['audit', fixturePath(ZHANGDIAN), '--html', html]);
  expect(code).toBe(0);
  const page = readFileSync(html, 'utf8');
  expect(page).toMatch(/^<!DOCTYPE html>/);
  expect(page).not.toMatch(/<script|<link|src=|url\(/);
  expect(page).toContain('<td class="v fail" data-path="applications.resultTotal.naturalPerson"');
});

/** The consecutive pair of test/support/audit.ts, as the two texts (the X-1 break in 总计 only). */
function consecutivePairTexts() {
  const texts: string[] = [];
  consecutive((_p, c) => (c.values['applications.carriedOver.total']! += 1), (text) => texts.push(text));
  return { prev: texts[0]!, cur: texts[1]! };
}
