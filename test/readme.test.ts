import { readFileSync } from 'node:fs';
import { ERROR_CODES, WARNING_CODES } from '../src/codes.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

test('the README tables every code exactly as codes.ts defines it', () => {
  for (const [code, { severity, summary }] of Object.entries(WARNING_CODES)) {
    expect(readme).toContain(`| \`${code}\` | ${severity} | ${summary} |`);
  }
  for (const [code, meaning] of Object.entries(ERROR_CODES)) {
    expect(readme).toContain(`| \`${code}\` | ${meaning} |`);
  }
  const tabled = [...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
  expect(tabled.sort()).toEqual([...Object.keys(WARNING_CODES), ...Object.keys(ERROR_CODES)].sort());
});

test('the README shows the two fresh-clone commands', () => {
  expect(readme).toContain('npm install && npm start');
  expect(readme).toContain('npm test');
});
