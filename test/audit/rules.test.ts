import { readFileSync } from 'node:fs';
import { AUDIT_RULES, STRUCTURAL_CODES, severityOf } from '../../src/audit/rules.js';
import { WARNING_CODES } from '../../src/codes.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('the README tables every audit rule exactly as rules.ts defines it', () => {
  for (const [id, r] of Object.entries(AUDIT_RULES)) {
    expect(readme).toContain(`| ${id} | ${r.severity} | ${r.family} | ${r.checks} | ${r.identity} |`);
  }
  const tabled = [...readme.matchAll(/^\| ([A-Z][A-Z0-9_-]*) \| (error|warning|info) \| [a-z]+ \|/gm)].map((m) => m[1]);
  expect(tabled.sort()).toEqual(Object.keys(AUDIT_RULES).sort());
  const structure = readme.split('\n').find((l) => l.startsWith('| structure |'))!;
  for (const code of STRUCTURAL_CODES) expect(structure).toContain(code);
});

test('named audit rules are codes of the one list, with the same severity', () => {
  for (const code of ['FEE_NOT_REPORTED', 'PERIOD_MISMATCH', 'REPORT_DUPLICATE', 'FORMAT_OUTDATED'] as const) {
    expect(severityOf(code)).toBe(WARNING_CODES[code].severity);
  }
  expect(severityOf('HEADING_MISNUMBERED')).toBe('warning');
  expect(severityOf('T3-1')).toBe('error');
});
