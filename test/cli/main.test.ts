import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { fixturePath, ZHANGDIAN } from '../support/fixtures.js';
import { ZHANGDIAN_APPLICATIONS } from '../support/zhangdian-expected.js';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

test('parse --json prints { report, warnings }', async () => {
  const { code, stdout, stderr } = await run(['parse', fixturePath(ZHANGDIAN), '--json']);
  expect(code).toBe(0);
  expect(stderr).toBe('');
  const out = JSON.parse(stdout);
  expect(Object.keys(out)).toEqual(['report', 'warnings']);
  expect(out.report.applications).toEqual(ZHANGDIAN_APPLICATIONS);
  expect(out.warnings.map((w: { code: string }) => w.code)).toEqual(['HEADING_MISNUMBERED']);
});

test('parse prints a readable summary', async () => {
  const { code, stdout } = await run(['parse', fixturePath(ZHANGDIAN)]);
  expect(code).toBe(0);
  expect(stdout.split('\n').slice(0, 7)).toEqual([
    '淄博市公安局交通警察支队张店大队2020年政府信息公开工作年度报告',
    '  agency     淄博市公安局交通警察支队张店大队',
    '  year       2020    format 2019    published 2021-01-26',
    '  source     text (utf-8), 13218 bytes',
    'sections',
    '  1 一、总体情况  (7 numbered items, 0 tables)',
    '  2 二、主动公开政府信息情况  (0 numbered items, 1 table)',
  ]);
  expect(stdout).toContain('applications  new 2, carried over 0, granted 2, result total 0, carried forward 0');
  expect(stdout).toContain('  warning HEADING_MISNUMBERED (line 99): Section 三');
});

test('input errors: exit 2, the code on stderr, and as JSON with --json', async () => {
  const missing = fixturePath('nope.txt');
  const plain = await run(['parse', missing]);
  expect(plain.code).toBe(2);
  expect(plain.stdout).toBe('');
  expect(plain.stderr).toMatch(/^xxgk: INPUT_UNREADABLE: /);
  const json = await run(['parse', fixturePath('bad/encrypted-user.pdf'), '--json']);
  expect(json.code).toBe(2);
  expect(JSON.parse(json.stdout)).toEqual({ error: { code: 'PDF_ENCRYPTED', message: 'The PDF needs a user password to open.' } });
});

test('usage errors exit 1', async () => {
  expect((await run([])).code).toBe(1);
  expect((await run(['parse'])).code).toBe(1);
  expect((await run(['parse', 'a', '--bogus'])).code).toBe(1);
  expect((await run(['--help'])).code).toBe(0);
  expect((await run(['bogus'])).code).toBe(1);
});

test('--version prints the package version; each command has its own --help', async () => {
  const v = await run(['--version']);
  expect(v.code).toBe(0);
  expect(v.stdout).toBe('0.1.0\n');
  const h = await run(['parse', '--help']);
  expect(h.code).toBe(0);
  expect(h.stdout).toMatch(/^Usage: xxgk parse \[options\] <file>/);
  expect(h.stdout).toContain('--json');
});

// The installed command (built by `prepare` on npm ci / npm install).
const bin = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));
(existsSync(bin) ? test : test.skip)('the built bin runs as a process', () => {
  const r = spawnSync(process.execPath, [bin, 'parse', fixturePath(ZHANGDIAN), '--json'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).report.year).toBe(2020);
  const bad = spawnSync(process.execPath, [bin, 'parse', fixturePath('nope.txt'), '--json'], { encoding: 'utf8' });
  expect(bad.status).toBe(2);
  expect(JSON.parse(bad.stdout).error.code).toBe('INPUT_UNREADABLE');
});
