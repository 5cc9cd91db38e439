import { score } from './support/text-layouts.js';
test('dbg3', () => {
  process.env.ALLNULLS = '1';
  const s = score('pdftotext-layout');
  const by = new Map<string, number>();
  for (const n of s.silentNulls) { const p = n.split(' ')[1]!.split('.'); const k = p.slice(0, p[0] === 'applications' ? 2 : 2).join('.'); by.set(k, (by.get(k) ?? 0) + 1); }
  const byFile = new Map<string, number>();
  for (const n of s.silentNulls) { const k = n.split(' ')[0]! + ' ' + n.split(' ')[1]!.split('.')[0]; byFile.set(k, (byFile.get(k) ?? 0) + 1); }
  console.log([...by].sort((a, b) => b[1] - a[1]).slice(0, 30), [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 30));
});
