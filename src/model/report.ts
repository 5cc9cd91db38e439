import type { Warning } from '../codes.js';
import type { SourceInfo, SourceLocation } from './blocks.js';
import type { ActiveDisclosure2019, ActiveDisclosure2021, Applications, FormatVersion, ReviewLitigation } from './statistics.js';

/** A numbered item inside a section: （一）, 1、, (1) … */
export interface Subsection {
  /** The number as printed, e.g. `（一）`, `1、`. */
  number: string;
  /** Heading text after the number (up to the first `。` when the item runs on). */
  title: string;
  paragraphs: string[];
  children: Subsection[];
  location: SourceLocation;
}

/** Kind keys of the six top-level sections. */
export type SectionKind = 'overview' | 'activeDisclosure' | 'applications' | 'reviewLitigation' | 'problems' | 'otherMatters';

/** One of the six top-level sections. */
export interface Section {
  /** 1–6: which official section this is (by its title, not its printed number). */
  ordinal: number;
  /** The number as printed, e.g. `三、` or `3、`. */
  number: string;
  kind: SectionKind;
  /** The title as printed, without its number. */
  title: string;
  /** Paragraphs directly under the heading, before any numbered subsection. */
  paragraphs: string[];
  subsections: Subsection[];
  /** Indices into `report.tables` of the tables printed in this section. */
  tables: number[];
  /** Where the section runs: its heading's location, and the last line or page it covers. */
  location: SourceLocation;
}

/** One cell of a table grid. */
export interface Cell {
  /** The text as printed (lines joined with "\n"). */
  text: string;
  /** The number read from the text, or null (blank, or not a number). */
  value: number | null;
  rowSpan: number;
  colSpan: number;
  location: SourceLocation;
}

/** Which statistics table a grid is, when recognised. */
export type TableKind = 'activeDisclosure' | 'applications' | 'reviewLitigation';

/** Every table of the document, as a grid. */
export interface Table {
  /** Its index in `report.tables`. */
  index: number;
  /** The recognised statistics table, or null for other tables. */
  kind: TableKind | null;
  /** Ordinal of the section it is printed in, or null (before section 一). */
  section: number | null;
  rows: Cell[][];
  /**
   * The number of columns the source declares (a markdown pipe table's
   * delimiter row), when it does: a row spanning exactly this many holds each
   * cell in its column. Absent where only the rows tell.
   */
  columns?: number;
  /**
   * `reading` where the source wrote a row's cells in reading order rather than
   * column by column (plain text from some converters): their order in a header
   * row is not their columns' order.
   */
  cellOrder?: 'reading';
  /**
   * `true` where the grid's columns were inferred from where the text stands
   * (a PDF table without ruling lines) rather than drawn or declared.
   */
  inferred?: true;
  location: SourceLocation;
}

/** Where a typed value came from: a cell of `report.tables`. */
export interface CellSource {
  table: number;
  row: number;
  column: number;
  location: SourceLocation;
}

export interface ReportMetadata {
  /** Full title as printed, wrapped lines joined, spaces between CJK characters removed. */
  title: string | null;
  /** The reporting body, from the title or the signature. */
  agency: string | null;
  /** The year reported on. */
  year: number | null;
  /** The date printed in the document (ISO yyyy-mm-dd), never file metadata. */
  publishedOn: string | null;
  /** Decided by the tables (report-format.md). */
  formatVersion: FormatVersion;
  source: SourceInfo;
}

/** What every report holds, whichever format version it follows. */
export interface ReportBase extends ReportMetadata {
  /** Paragraphs before section 一 (title and preamble). */
  preamble: string[];
  /** The closing signature lines (agency, date) taken from the end of the last section. */
  signature: string[];
  /** The six sections found, in document order. */
  sections: Section[];
  tables: Table[];
  applications: Applications;
  reviewLitigation: ReviewLitigation;
  /**
   * Provenance of every typed leaf that was read from a cell: path (e.g.
   * `applications.denied.stateSecret.naturalPerson`) → cell.
   */
  sources: Record<string, CellSource>;
}

/** A report in the 2019 format: table 二 has the 2019 blocks. */
export interface Report2019 extends ReportBase {
  formatVersion: '2019';
  activeDisclosure: ActiveDisclosure2019;
}

/** A report in the 2021 format: table 二 has the 2021 blocks. */
export interface Report2021 extends ReportBase {
  formatVersion: '2021';
  activeDisclosure: ActiveDisclosure2021;
}

/**
 * A parsed report, discriminated by `formatVersion`: testing it narrows
 * `activeDisclosure` to that version's table 二
 * (`if (r.formatVersion === '2019') r.activeDisclosure.licensing.change`).
 */
export type Report = Report2019 | Report2021;

export interface ParseResult {
  report: Report;
  warnings: Warning[];
}
