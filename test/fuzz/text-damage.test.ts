/**
 * Issue 9, damaged text: 1,200 seeded mutations of the real Zhangdian text
 * (bytes overwritten with high bytes, NULs, random blocks inserted, lines
 * deleted or swapped). Every case ends in a result or an input error; a case
 * with under 1 % of its bytes damaged keeps every section whose heading line
 * is intact and every statistics table whose lines are intact, value for value.
 */
import { XxgkError } from '../../src/codes.js';
import type { ParseResult, Report, TableKind } from '../../src/model/report.js';
import { parseReport } from '../../src/parse.js';
import { fixtureBytes, ZHANGDIAN } from '../support/fixtures.js';
// @ts-expect-error: plain JavaScript shared with `npm run fuzz`
import { rng } from '../../scripts/fuzz/mutate.mjs';

const ORIGINAL = fixtureBytes(ZHANGDIAN);
const KINDS: TableKind[] = ['activeDisclosure', 'applications', 'reviewLitigation'];

/** A damaged copy and what it touched: original line numbers (1-based) and the bytes changed. */
interface Damage { bytes: Buffer; lines: Set<number>; changed: number; what: string }

/** Line number (1-based) of each byte offset of the original. */
const lineAt: number[] = [];
const lineStarts = [0];
for (let i = 0, line = 1; i < ORIGINAL.length; i++) {
  lineAt.push(line);
  if (ORIGINAL[i] === 10) (line++, lineStarts.push(i + 1));
}
const lineBytes = (n: number) => ORIGINAL.subarray(lineStarts[n - 1]!, lineStarts[n] ?? ORIGINAL.length);

function damage(seed: number): Damage {
  const r = rng(seed) as () => number;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const budget = r() < 0.8 ? int(1, 12) : int(1, Math.floor(ORIGINAL.length / 100));
  const lines = new Set<number>();
  const kind = int(0, 4);
  if (kind <= 1) {
    const out = Buffer.from(ORIGINAL);
    for (let n = 0; n < budget; n++) {
      const at = int(0, out.length - 1);
      // A line break overwritten joins two lines: both are damaged.
      if (out[at] === 10 || out[at] === 13) lines.add(lineAt[at]! + 1);
      out[at] = kind === 0 ? int(0x80, 0xff) : 0;
      lines.add(lineAt[at]!);
    }
    return { bytes: out, lines, changed: budget, what: kind === 0 ? `${budget} high bytes` : `${budget} NULs` };
  }
  if (kind === 2) {
    const at = int(0, ORIGINAL.length);
    const block = Buffer.from(Array.from({ length: budget }, () => int(0, 255)));
    lines.add(lineAt[Math.min(at, ORIGINAL.length - 1)]!);
    return { bytes: Buffer.concat([ORIGINAL.subarray(0, at), block, ORIGINAL.subarray(at)]), lines, changed: budget, what: `${budget} random bytes inserted` };
  }
  const count = lineStarts.length;
  const order = Array.from({ length: count }, (_, i) => i + 1);
  const n = int(1, 3);
  for (let k = 0; k < n; k++) {
    if (kind === 3) {
      const i = int(0, order.length - 1);
      const [gone] = order.splice(i, 1);
      [gone! - 1, gone!, gone! + 1].forEach((l) => lines.add(l));
    } else {
      const i = int(0, order.length - 1), j = int(0, order.length - 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
      [order[i]!, order[j]!].forEach((l) => [l - 1, l, l + 1].forEach((x) => lines.add(x)));
    }
  }
  const bytes = Buffer.concat(order.map(lineBytes));
  const changed = [...lines].reduce((s, l) => s + (l >= 1 && l <= count ? lineBytes(l).length : 0), 0);
  return { bytes, lines, changed, what: kind === 3 ? `${n} lines deleted` : `${n} line swaps` };
}

/** Line range of each statistics table of the reference, and each section's heading line. */
function landmarks(report: Report) {
  const tables = new Map<TableKind, [number, number]>();
  for (const t of report.tables) {
    if (!t.kind) continue;
    const ls = t.rows.flat().flatMap((c) => [c.location.line ?? 0, c.location.endLine ?? c.location.line ?? 0]).filter((l) => l > 0);
    tables.set(t.kind, [Math.min(...ls), Math.max(...ls)]);
  }
  return { tables, headings: report.sections.map((s) => ({ ordinal: s.ordinal, title: s.title, line: s.location.line! })) };
}

test('1,200 damaged copies of the real text: a result or an input error; under 1 % damage keeps what was not damaged', async () => {
  const reference = await parseReport(ORIGINAL);
  const marks = landmarks(reference.report);
  expect([...marks.tables.keys()].sort()).toEqual([...KINDS].sort());
  const outcomes: Record<string, number> = {};
  const lost: string[] = [];
  let checkedTables = 0;
  for (let seed = 1; seed <= 1200; seed++) {
    const d = damage(seed);
    let result: ParseResult | undefined;
    try {
      result = await parseReport(d.bytes);
      outcomes.result = (outcomes.result ?? 0) + 1;
    } catch (e) {
      const code = e instanceof XxgkError ? e.code : `not an XxgkError: ${String(e)}`;
      outcomes[code] = (outcomes[code] ?? 0) + 1;
    }
    if (d.changed >= ORIGINAL.length / 100) continue;
    if (!result) {
      lost.push(`seed ${seed} (${d.what}): no result`);
      continue;
    }
    const { report, warnings } = result;
    for (const h of marks.headings) {
      if (d.lines.has(h.line)) continue;
      if (!report.sections.some((s) => s.ordinal === h.ordinal && s.title === h.title)) lost.push(`seed ${seed} (${d.what}): section ${h.ordinal} lost`);
    }
    for (const [kind, [first, last]] of marks.tables) {
      if ([...d.lines].some((l) => l >= first - 1 && l <= last + 1)) continue;
      checkedTables++;
      if (JSON.stringify(report[kind]) !== JSON.stringify(reference.report[kind])) lost.push(`seed ${seed} (${d.what}): ${kind} differs`);
    }
    // Replaced bytes are said, line by line.
    const replaced = warnings.filter((w) => w.code === 'DECODING_REPLACED');
    if (report.source.encoding && d.what.includes('high bytes')) expect(replaced.every((w) => typeof w.location.line === 'number')).toBe(true);
  }
  console.log(`text damage: outcomes ${JSON.stringify(outcomes)}; ${checkedTables} undamaged tables compared`);
  expect(Object.keys(outcomes).filter((k) => !['result', 'NOT_A_REPORT', 'EMPTY_INPUT', 'UNSUPPORTED_FORMAT'].includes(k))).toEqual([]);
  expect(lost).toEqual([]);
  expect(checkedTables).toBeGreaterThan(1500);
}, 300_000);

test('3 high bytes, 8 high bytes, 3 NULs (the issue\'s trials): always read as UTF-8 with the damage warned where it is', async () => {
  for (const [count, high] of [[3, true], [8, true], [3, false]] as const) {
    for (let trial = 0; trial < 20; trial++) {
      const r = rng(1000 * count + trial + (high ? 1 : 0)) as () => number;
      const bytes = Buffer.from(ORIGINAL);
      const lines = new Set<number>();
      let joined = false;
      for (let k = 0; k < count; k++) {
        const at = Math.floor(r() * bytes.length);
        joined ||= bytes[at] === 10;
        bytes[at] = high ? 0x80 + Math.floor(r() * 0x80) : 0;
        lines.add(lineAt[at]!);
      }
      const { report, warnings } = await parseReport(bytes);
      expect(report.source.encoding).toBe('utf-8');
      const warned = warnings.filter((w) => w.code === 'DECODING_REPLACED').map((w) => w.location.line);
      // Every warned line is a damaged one (a byte inside an ASCII run of a line may replace nothing).
      // (Unless a line break was overwritten: the lines after it are then numbered one less.)
      if (!joined) for (const l of warned) expect(lines.has(l!)).toBe(true);
      expect(warned.length).toBeGreaterThan(0);
    }
  }
});
