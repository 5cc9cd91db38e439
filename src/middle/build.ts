import { warning, XxgkError, type Warning } from '../codes.js';
import type { Block, FrontEndResult } from '../model/blocks.js';
import type { CellSource, ParseResult, Report, Table } from '../model/report.js';
import type { FormatVersion } from '../model/statistics.js';
import { mapActiveDisclosure, versionOfTable2 } from './active.js';
import { mapApplications } from './applications.js';
import { findTitle, namesYearRange, readMetadata } from './metadata.js';
import { mapReviewLitigation } from './review.js';
import { tableAsPicture } from './pictures.js';
import { findSections } from './sections.js';
import { headingOutOfTable } from './tableHeadings.js';
import { SECTIONS } from '../templates/sections.js';
import { classifyTable, homeSection, settleKinds, splitRunTogether, toTable } from './tables.js';

/**
 * The middle: a front end's block stream → the typed report. Written once for
 * every format: section tree, table grids, the three statistics tables typed
 * against the official templates, and metadata.
 */
export function buildReport(fe: FrontEndResult): ParseResult {
  // A grid that runs statistics tables together is one grid per table.
  const blocks = fe.blocks
    .flatMap((b): Block[] => (b.kind === 'table' ? headingOutOfTable(b) : [b]))
    .flatMap((b): Block[] => (b.kind === 'table' ? splitRunTogether(b) : [b]));
  // Which statistics table each table block is, by its labels (once: sections and tables both need it).
  const kinds = blocks.map((b) => (b.kind === 'table' ? classifyTable(b.rows) : null));
  const tree = findSections(blocks, (i) => homeSection(kinds[i] ?? null));
  const tables: Table[] = [];
  const blockOf: number[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'table') return;
    const table = toTable(b, tables.length, tree.sectionOfBlock[i] ?? null, kinds[i] ?? null);
    tables.push(table);
    blockOf.push(i);
    tree.sections.find((s) => s.ordinal === table.section)?.tables.push(table.index);
  });
  settleKinds(tables, (t) => blocks[blockOf[t.index]! - 1]?.kind === 'table');
  // Some tools list a document's tables after all of its text (python-docx dumps): there a
  // statistics table under the last section, and the sections it left empty, say nothing of the report.
  const firstStats = tables.find((t) => t.kind !== null);
  const tablesApart = firstStats !== undefined && blocks.slice(blockOf[firstStats.index]).every((b) => b.kind === 'table');
  if (tablesApart) {
    const moved = new Set(tables.map((t) => homeSection(t.kind)));
    tree.warnings = tree.warnings.filter((w) => !(w.code === 'SECTION_EMPTY' && moved.has(w.location.section ?? null)));
  } else tree.warnings.push(...misplacedTables(tables, tree.sections));

  const statsFound = tables.some((t) => t.kind !== null);
  const titled = findTitle(tree.preamble);
  if (tree.sections.length < 2 && !statsFound && !(tree.sections.length === 1 && titled)) {
    throw new XxgkError(
      'NOT_A_REPORT',
      `No statistics table and ${tree.sections.length === 0 ? 'none' : 'only one'} of the six section titles: this is not an annual report.`,
    );
  }

  const warnings: Warning[] = [...fe.warnings, ...tree.warnings];
  const { title, year, agency, publishedOn, signature } = readMetadata(titled?.title ?? null, tree.preamble, tree.sections);

  const version = decideVersion(tables, year, warnings);
  const active = mapActiveDisclosure(tables, version);
  const applications = mapApplications(tables, version);
  const review = mapReviewLitigation(tables, year);
  const mapped = [
    { m: active, name: '二 (主动公开政府信息情况)', section: 2 },
    { m: applications, name: '三 (收到和处理政府信息公开申请情况)', section: 3 },
    { m: review, name: '四 (行政复议、行政诉讼情况)', section: 4 },
  ];
  for (const { m, name, section } of mapped) {
    if (!m.found) {
      const picture = tableAsPicture(blocks, tree.sectionOfBlock, section);
      if (picture) warnings.push(picture);
      warnings.push(warning('TABLE_MISSING', `Table ${name} was not found; its values are null.`, { section }));
    }
    warnings.push(...m.writer.warnings);
  }
  if (year !== null && year >= 2021 && version === '2019' && versionOfTable2(tables) === '2019') {
    warnings.push(warning('FORMAT_OUTDATED', `A report on ${year} uses the 2019 table format.`, { section: 2 }));
  }
  if (!title) warnings.push(warning('METADATA_MISSING', 'No title (ending in 年度报告, 年报 or 工作报告) was found before section 一.', {}));
  else if (year === null) {
    const why = namesYearRange(title) ? 'names a range of years, not the one the report is on' : 'prints no year';
    warnings.push(warning('METADATA_MISSING', `The title "${title}" ${why}.`, {}));
  }
  if (!publishedOn) warnings.push(warning('METADATA_MISSING', 'No publication date was found in the signature or under the title.', {}));
  if (!agency) warnings.push(warning('METADATA_MISSING', 'No reporting body was read from the title, the signature or the preamble.', {}));

  // Table 二's tree was built from `version`'s template (emptyActiveDisclosure),
  // so `activeDisclosure` matches `formatVersion`: the one place the union is tied.
  const report = {
    title,
    agency,
    year,
    publishedOn,
    formatVersion: version,
    source: fe.source,
    preamble: tree.preamble,
    signature,
    sections: tree.sections,
    tables,
    activeDisclosure: active.value,
    applications: applications.value,
    reviewLitigation: review.value,
    sources: mergeSources(active.writer.sources, applications.writer.sources, review.writer.sources),
  } as Report;
  return { report, warnings };
}

/**
 * The format version, decided by table 二's labels (report-format.md); when
 * they say nothing, by table 三's （六） sub-rows, else by the year, with a warning.
 */
function decideVersion(tables: Table[], year: number | null, warnings: Warning[]): FormatVersion {
  const byTable2 = versionOfTable2(tables);
  if (byTable2) return byTable2;
  const probe = mapApplications(tables, '2021');
  const sub = ['overdueCorrection', 'overdueFee'].some((k) => probe.writer.sources[`applications.other.${k}.naturalPerson`]);
  const version: FormatVersion = sub ? '2021' : year !== null && year >= 2021 ? '2021' : '2019';
  warnings.push(
    warning(
      'FORMAT_UNDETERMINED',
      `Table 二 does not show the format version; taken as ${version} from ${sub ? "table 三's （六） sub-rows" : 'the report year'}.`,
      { section: 2 },
    ),
  );
  return version;
}

/**
 * One provenance map from the three writers'. Not a spread: V8 copies a spread
 * of these dictionary-mode objects (hundreds of dotted keys) about twenty times
 * slower than plain assignment, a sixth of a small text report's parse.
 */
function mergeSources(...parts: Record<string, CellSource>[]): Record<string, CellSource> {
  const merged: Record<string, CellSource> = {};
  for (const part of parts) for (const key in part) merged[key] = part[key]!;
  return merged;
}

/**
 * A statistics table standing in another section than its own, where its own
 * was found (table 三 under 五, 三 left empty): a report whose parts were put
 * together wrong. Once per kind, at its first such table.
 */
function misplacedTables(tables: Table[], sections: { ordinal: number }[]): Warning[] {
  const out: Warning[] = [];
  const warned = new Set<string>();
  for (const t of tables) {
    const home = homeSection(t.kind);
    if (t.kind === null || home === null || t.section === null || t.section === home || warned.has(t.kind)) continue;
    if (!sections.some((s) => s.ordinal === home)) continue;
    warned.add(t.kind);
    const numeral = (n: number) => SECTIONS[n - 1]!.numeral;
    out.push(warning('TABLE_MISPLACED', `Table ${numeral(home)} stands in section ${numeral(t.section)}, not in section ${numeral(home)}; it is read all the same.`, { section: t.section, table: t.index }));
  }
  return out;
}
