// Measures how the built parser (dist/index.js) reads fixtures/generated/<folder>/*.pdf against
// their NAME.json specs, without asserting anything: per fixture, exact or not, nulls (value
// unread where the spec has a number), WRONG values (a non-null value that differs from the
// spec), metadata, section ordinals and warnings. "exact" = every value, the metadata and the
// section ordinals match; warnings are counted separately (VERBOSE=1 lists them).
//   npx tsc -p tsconfig.build.json
//   npx tsc -p scripts/tsconfig.fixtures.json --outDir /tmp/xxgk-support && echo '{"type":"module"}' > /tmp/xxgk-support/package.json
//   node scripts/make-chromium-fixtures.measure.mjs /tmp/xxgk-support [folder=chromium] [--json]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const [buildDir, folder = 'chromium'] = args.filter((a) => a !== '--json');
if (!buildDir) throw new Error('usage: make-chromium-fixtures.measure.mjs SUPPORT_BUILD_DIR [folder] [--json]');
const root = fileURLToPath(new URL('..', import.meta.url));
const { parseReport } = await import(pathToFileURL(resolve(process.env.XXGK_DIST ?? join(root, 'dist'), 'index.js')).href);
const { table2Paths, table3Paths, table4Paths } = await import(pathToFileURL(join(resolve(buildDir), 'test/support/random-report.js')).href);

const at = (obj, path) => path.split('.').reduce((n, k) => n?.[k], obj);
const dir = join(root, 'fixtures/generated', folder);
const results = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort()) {
  const name = f.replace(/\.pdf$/, '');
  const { spec } = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  const r = { name, nulls: [], wrong: [], extra: [], meta: [], ordinals: null, warnings: [], error: null };
  try {
    const { report, warnings } = await parseReport(join(dir, f));
    if (report.formatVersion !== spec.version) r.meta.push(`formatVersion ${report.formatVersion} ≠ ${spec.version}`);
    for (const k of ['year', 'agency', 'publishedOn']) if (report[k] !== spec[k]) r.meta.push(`${k} ${JSON.stringify(report[k])} ≠ ${JSON.stringify(spec[k])}`);
    const ords = report.sections.map((s) => s.ordinal);
    if (JSON.stringify(ords) !== '[1,2,3,4,5,6]') r.ordinals = ords;
    for (const p of [...table2Paths(spec.version), ...table3Paths(), ...table4Paths()]) {
      const got = at(report, p) ?? null;
      const want = spec.values[p];
      if (got === want) continue;
      if (got === null) r.nulls.push(p);
      else if (want === null) r.extra.push({ path: p, got }); // a number where the spec has a blank: also WRONG
      else r.wrong.push({ path: p, got, want });
    }
    r.warnings = warnings.map((w) => `${w.code}${w.location.row ? ` ${w.location.row}` : ''}${w.location.column ? `.${w.location.column}` : ''}${w.location.page ? ` p${w.location.page}` : ''}`);
  } catch (e) {
    r.error = `${e.code ?? ''} ${e.message}`;
  }
  r.exact = !r.error && !r.nulls.length && !r.wrong.length && !r.extra.length && !r.meta.length && !r.ordinals;
  results.push(r);
}
if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const r of results) {
    console.log(`${r.name}: ${r.error ? `ERROR ${r.error}` : r.exact ? 'exact' : 'NOT exact'}; nulls ${r.nulls.length}; WRONG ${r.wrong.length + r.extra.length}; warnings ${r.warnings.length}`);
    for (const w of r.wrong) console.log(`  WRONG ${w.path}: got ${w.got}, want ${w.want}`);
    for (const w of r.extra) console.log(`  WRONG ${w.path}: got ${w.got}, want null (blank)`);
    if (r.nulls.length) {
      // Grouped by row: `applications.denied.stateSecret.* (7)`, or the single path.
      const rows = new Map();
      for (const p of r.nulls) {
        const row = p.replace(/\.[^.]+$/, '');
        rows.set(row, [...(rows.get(row) ?? []), p]);
      }
      console.log(`  nulls: ${[...rows].map(([row, ps]) => (ps.length === 1 ? ps[0] : `${row}.* (${ps.length})`)).join(', ')}`);
    }
    if (r.meta.length) console.log(`  metadata: ${r.meta.join('; ')}`);
    if (r.ordinals) console.log(`  section ordinals: ${JSON.stringify(r.ordinals)}`);
    if (r.warnings.length) {
      const counts = new Map();
      for (const w of r.warnings) counts.set(w.split(' ')[0], (counts.get(w.split(' ')[0]) ?? 0) + 1);
      console.log(`  warnings: ${[...counts].map(([c, n]) => `${c}×${n}`).join(', ')}${process.env.VERBOSE ? ` — ${r.warnings.join(', ')}` : ''}`);
    }
  }
  const exact = results.filter((r) => r.exact).length;
  console.log(`${exact}/${results.length} exact`);
}
