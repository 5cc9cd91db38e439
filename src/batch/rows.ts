/**
 * A parse result as the archive's rows: metadata, one row per leaf of the
 * statistics tables (with the page or line it was read from), warnings and
 * findings. Runs in the workers.
 */
import { auditReport } from '../audit/index.js';
import type { ParseResult, TableKind } from '../model/report.js';
import type { CellRow, FindingRow, ParsedReply, WarningRow } from './task.js';

const TABLES: TableKind[] = ['activeDisclosure', 'applications', 'reviewLitigation'];

/** Every leaf of the typed tables: the path up to the leaf's parent is the row key, the leaf's key the column key. */
export function cellRows(result: ParseResult): CellRow[] {
  const rows: CellRow[] = [];
  const { report } = result;
  const visit = (table: TableKind, node: unknown, keys: string[]) => {
    if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) visit(table, v, [...keys, k]);
      return;
    }
    const row = keys.slice(0, -1).join('.');
    const column = keys[keys.length - 1]!;
    const at = report.sources[`${table}.${row}.${column}`]?.location;
    rows.push([table, row, column, typeof node === 'number' ? node : null, at?.page ?? null, at?.line ?? null]);
  };
  for (const table of TABLES) visit(table, report[table], []);
  return rows;
}

/** The audit's findings for one report (the audit reads only the parsed result). */
export function findingRows(result: ParseResult): FindingRow[] {
  return auditReport(result).map((f) => [f.rule, f.severity, f.status, f.message, JSON.stringify(f.location)]);
}

/** Everything the archive stores for a parsed file. */
export function parsedReply(id: number, result: ParseResult, sha256: string): ParsedReply {
  const { report } = result;
  const warnings: WarningRow[] = result.warnings.map((w) => [w.code, w.severity, w.message, JSON.stringify(w.location)]);
  return {
    id,
    ok: true,
    sha256,
    json: JSON.stringify(result),
    meta: {
      title: report.title,
      agency: report.agency,
      year: report.year,
      publishedOn: report.publishedOn,
      formatVersion: report.formatVersion,
      format: report.source.format,
      encoding: report.source.encoding ?? null,
      pages: report.source.pages ?? null,
    },
    cells: cellRows(result),
    warnings,
    findings: findingRows(result),
  };
}
