/**
 * The public types as a consumer sees them: the declarations are emitted
 * (tsc, as `npm run build` does) into a package laid out as npm installs it,
 * and small consumer files are type-checked against it with `tsc --noEmit` in
 * a strict project. `Report` must narrow by `formatVersion`; misuse must not compile.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
let dir: string;

function check(files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xxgk-types-'));
  const pkg = join(dir, 'node_modules/xxgk');
  mkdirSync(pkg, { recursive: true });
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--emitDeclarationOnly', '--sourceMap', 'false', '--outDir', join(pkg, 'dist')], { stdio: 'pipe' });
  const { name, type, main, types, exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name, type, main, types, exports }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
}, 120000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tsconfig = (file: string) =>
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      skipLibCheck: true, // node's own types are not ours to check; ours are used by the files below
      types: ['node'],
      typeRoots: [join(root, 'node_modules/@types')],
    },
    files: [file],
  });

test('a strict consumer narrows Report by formatVersion and catches XxgkError', () => {
  const out = check({
    'tsconfig.json': tsconfig('consumer.ts'),
    'consumer.ts': `
import { auditReport, compareReports, parseReport, XxgkError, type ErrorCode, type Finding, type Report } from 'xxgk';

export function licensingChange(report: Report): number | null {
  if (report.formatVersion === '2019') return report.activeDisclosure.licensing.change;
  return null;
}
export function fees(report: Report): number | null {
  switch (report.formatVersion) {
    case '2019': return report.activeDisclosure.procurement.totalAmount;
    case '2021': return (report.activeDisclosure.fees.amount ?? 0) + (report.activeDisclosure.regulations.inForce ?? 0);
  }
}
export async function main(path: string): Promise<Finding[]> {
  try {
    const result = await parseReport(path);
    const granted: number | null = result.report.applications.granted.total;
    void granted;
    const cmp = compareReports(result, result);
    const pct: number | null | undefined = cmp.cells[0]?.percent;
    void pct;
    return auditReport(result).filter((f) => f.status === 'fail' && f.severity === 'error');
  } catch (e) {
    if (e instanceof XxgkError) {
      const code: ErrorCode = e.code;
      void code;
    }
    return [];
  }
}
`,
  });
  expect(out).toBe('');
});

test('misuse does not compile: a 2019 field without narrowing, or under the 2021 branch', () => {
  const out = check({
    'tsconfig.json': tsconfig('misuse.ts'),
    'misuse.ts': `
import type { Report } from 'xxgk';
export const a = (r: Report) => r.activeDisclosure.licensing.change;
export const b = (r: Report) => (r.formatVersion === '2021' ? r.activeDisclosure.licensing.change : null);
export const c = (r: Report) => (r.formatVersion === '2019' ? r.activeDisclosure.fees.amount : null);
`,
  });
  const errors = [...out.matchAll(/misuse\.ts\((\d+),\d+\): error (TS\d+)/g)].map((m) => [Number(m[1]), m[2]]);
  expect(errors).toEqual([
    [3, 'TS2339'],
    [4, 'TS2339'],
    [5, 'TS2339'],
  ]);
});
