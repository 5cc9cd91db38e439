/**
 * The text-layout fixtures (fixtures/generated/text-*, made by
 * scripts/make-text-layout-fixtures.sh): each generated report flattened by a
 * real converter, and a scorer that counts, per layout, the values read right,
 * left null (and warned) and read wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseText } from '../../src/parseText.js';
import type { ParseResult } from '../../src/model/report.js';
import { at, FIXTURES } from './fixtures.js';
import { table2Paths, table3Paths, table4Paths, type ReportSpec } from './random-report.js';

/** Converter → its fixture folder and file extension. */
export const TEXT_LAYOUTS = {
  'pdftotext-layout': 'txt',
  'pdftotext-raw': 'txt',
  libreoffice: 'txt',
  'pandoc-plain': 'txt',
  'pandoc-gfm': 'md',
  'pandoc-markdown': 'md',
  w3m: 'txt',
  lynx: 'txt',
  html2text: 'txt',
  mutool: 'txt',
  'py-html2text': 'md',
  elinks: 'txt',
  links: 'txt',
  chromium: 'txt',
  'pdftotext-stream': 'txt',
  docx2txt: 'txt',
  'pandoc-org': 'org',
  'pandoc-rst': 'rst',
  'pandoc-asciidoc': 'adoc',
  'pandoc-mediawiki': 'wiki',
  'mammoth-raw': 'txt',
  officeparser: 'txt',
  'python-docx': 'txt',
} as const;
export type TextLayoutName = keyof typeof TEXT_LAYOUTS;

export interface LayoutFixture {
  name: string;
  spec: ReportSpec;
  text: string;
}

export function layoutFixtures(layout: TextLayoutName): LayoutFixture[] {
  const specs = `${FIXTURES}generated/text-specs/`;
  return readdirSync(specs)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -5);
      const spec = (JSON.parse(readFileSync(specs + f, 'utf8')) as { spec: ReportSpec }).spec;
      const text = readFileSync(`${FIXTURES}generated/text-${layout}/${name}.${TEXT_LAYOUTS[layout]}`, 'utf8');
      return { name, spec, text };
    });
}

export interface Score {
  reports: number;
  /** Reports whose every value is right. */
  exact: number;
  /** Values (all canonical leaves, null ones included) read as the spec has them. */
  right: number;
  /** Values the spec has but the parse left null. */
  nulled: number;
  /** Of those, values whose row (or table) a warning names. */
  nulledWarned: number;
  /** Values read as a number the spec does not have. */
  wrong: number;
  /** `name path: expected → got` for each wrong value. */
  wrongList: string[];
  /** `name path` for each null that no warning covers. */
  silentNulls: string[];
}

const TABLE_OF: Record<string, string> = { activeDisclosure: 'activeDisclosure', applications: 'applications', reviewLitigation: 'reviewLitigation' };

/** Whether a warning accounts for a null at `path` (its row or its whole table). */
/** Whether a null is warned where it is: its row, or its whole table (table 四 has one value row, so a ROW_MISSING without a row is its). */
function warned(result: ParseResult, path: string): boolean {
  const [table, ...rest] = path.split('.');
  const row = rest.slice(0, -1).join('.');
  const kinds = result.report.tables.filter((t) => t.kind === TABLE_OF[table!]).map((t) => t.index);
  return result.warnings.some(
    (w) =>
      (w.code === 'TABLE_MISSING' && w.message.includes(table === 'activeDisclosure' ? '二' : table === 'applications' ? '三' : '四')) ||
      ((w.location.row === row || w.location.row === undefined) && (w.location.table === undefined || kinds.includes(w.location.table)) && w.code !== 'HEADING_MISNUMBERED' && w.code !== 'METADATA_MISSING' && (w.location.row === row || w.code === 'CELLS_VANISHED' || w.code === 'COLUMN_MISSING' || w.code === 'TABS_AMBIGUOUS' || w.code === 'ALIGNMENT_LOST' || (w.code === 'ROW_MISSING' && table === 'reviewLitigation'))),
  );
}

export function score(layout: TextLayoutName, fixtures = layoutFixtures(layout)): Score {
  return scoreResults(fixtures.map((f) => ({ name: f.name, spec: f.spec, result: parseText(f.text) })));
}

/** The same count over results already parsed (from bytes, say). */
export function scoreResults(parsed: { name: string; spec: ReportSpec; result: ParseResult }[]): Score {
  const s: Score = { reports: 0, exact: 0, right: 0, nulled: 0, nulledWarned: 0, wrong: 0, wrongList: [], silentNulls: [] };
  for (const f of parsed) {
    const result = f.result;
    s.reports++;
    let exact = true;
    for (const path of [...table2Paths(f.spec.version), ...table3Paths(), ...table4Paths()]) {
      const want = f.spec.values[path] ?? null;
      const got = (at(result.report, path) as number | null | undefined) ?? null;
      if (got === want) s.right++;
      else if (got === null) {
        exact = false;
        s.nulled++;
        if (warned(result, path)) s.nulledWarned++;
        else s.silentNulls.push(`${f.name} ${path}`);
        if (process.env.ALLNULLS) s.silentNulls.push(`${f.name} ${path}`);
      } else {
        exact = false;
        s.wrong++;
        s.wrongList.push(`${f.name} ${path}: ${want} → ${got}`);
      }
    }
    if (exact) s.exact++;
  }
  return s;
}
