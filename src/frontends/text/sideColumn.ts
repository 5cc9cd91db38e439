/**
 * A column of text beside the body, as a text browser lays out a web page
 * whose site navigation stands left of the report (`w3m -dump`, elinks,
 * links): the body indented to one column, the navigation's lines sharing
 * lines with it (`政府信息公开        淄博市…年度报告`). Such lines are split at
 * the body's column, and the column left of it is read before the body
 * beside it (the PDF front end's columns.ts does the same with boxes).
 *
 * Only a deep, common indentation counts as the body's column, and only a
 * stretch with several lines of words left of it, two of them sharing a line
 * with the body across a gap of two spaces at least.
 */
import { isColumnWords } from '../../util/normalize.js';
import { columnsOf, indentOf } from './width.js';
import type { RebuiltLines } from './separatorLines.js';

/** The body's column must be at least this deep (display columns) … */
const MIN_INDENT = 16;
/** … and start over this share of the non-blank lines. */
const MIN_SHARE = 0.3;
const MIN_COLUMN_LINES = 3;
const MIN_SHARED = 2;

type Kind = 'blank' | 'body' | 'left' | 'shared' | 'across';

interface Classified {
  kind: Kind;
  /** For a shared line: the text left of the body's column, trimmed. */
  left?: string;
}

function classify(raw: string, edge: number): Classified {
  const line = raw.trimEnd();
  if (line === '') return { kind: 'blank' };
  const { chars, starts, width } = columnsOf(line, 'display');
  const first = chars.findIndex((c) => c.trim() !== '');
  if (starts[first]! >= edge) return { kind: 'body' };
  if (width <= edge - 1) return { kind: 'left' };
  // Text left of the edge, a blank in the column just before it, and the body's text from the edge on.
  const before = chars.findIndex((_, k) => (starts[k + 1] ?? width) >= edge);
  if (before < 0 || chars[before]!.trim() !== '') return { kind: 'across' };
  return { kind: 'shared', left: chars.slice(0, before).join('').trim() };
}

/** The indentation most non-blank lines share, if deep enough and common enough. */
function bodyColumn(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  let nonBlank = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    nonBlank++;
    const indent = indentOf(line, 'display');
    counts.set(indent, (counts.get(indent) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [indent, n] of counts) if (indent >= MIN_INDENT && n > bestCount) [best, bestCount] = [indent, n];
  return best !== null && bestCount > MIN_SHARE * nonBlank ? best : null;
}

/**
 * The lines with each side column read before the body beside it, or null
 * when the text shows none. `origin` gives each line's number in the text.
 */
export function splitTextSideColumn(lines: readonly string[]): RebuiltLines | null {
  const edge = bodyColumn(lines);
  if (edge === null) return null;
  const kinds = lines.map((l) => classify(l, edge));
  const out: RebuiltLines = { lines: [], origin: [] };
  let changed = false;
  const push = (line: string, no: number): void => {
    out.lines.push(line);
    out.origin.push(no);
  };
  // Stretches between lines that run across the edge (a breadcrumb, a wide line).
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && kinds[i]!.kind !== 'across') continue;
    const zone = columnZone(kinds, start, i);
    const words = zone ? range(zone[0], zone[1]).filter((k) => isColumnWords(kinds[k]!.kind === 'shared' ? kinds[k]!.left! : lines[k]!)).length : 0;
    if (zone && words >= MIN_COLUMN_LINES) {
      changed = true;
      const [from, to] = zone;
      for (let k = start; k < from; k++) push(lines[k]!, k + 1);
      // The column first, then a blank line, then the body beside it.
      for (const k of range(from, to)) if (kinds[k]!.kind !== 'body' && kinds[k]!.kind !== 'blank') push(kinds[k]!.left ?? lines[k]!, k + 1);
      push('', from + 1);
      for (const k of range(from, to)) {
        const c = kinds[k]!;
        if (c.kind === 'body' || c.kind === 'blank') push(lines[k]!, k + 1);
        else if (c.kind === 'shared') push(blankLeft(lines[k]!, edge), k + 1);
      }
      for (let k = to; k < i; k++) push(lines[k]!, k + 1);
    } else for (let k = start; k < i; k++) push(lines[k]!, k + 1);
    if (i < lines.length) push(lines[i]!, i + 1);
    start = i + 1;
  }
  return changed ? out : null;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

/**
 * Where a side column stands in the stretch [start, end): from its first line
 * sharing a line with the body (and the column's own lines just above it) to
 * its last (and those just under it); null without two shared lines.
 */
function columnZone(kinds: readonly Classified[], start: number, end: number): [number, number] | null {
  const shared = range(start, end).filter((k) => kinds[k]!.kind === 'shared');
  if (shared.length < MIN_SHARED) return null;
  let from = shared[0]!;
  while (from > start && kinds[from - 1]!.kind === 'left') from--;
  let to = shared[shared.length - 1]! + 1;
  while (to < end && kinds[to]!.kind === 'left') to++;
  return [from, to];
}

/** The line with its text left of the edge blanked out (the body's text keeps its columns). */
function blankLeft(line: string, edge: number): string {
  const { chars, starts } = columnsOf(line, 'display');
  const at = starts.findIndex((x) => x >= edge);
  return ' '.repeat(starts[at]!) + chars.slice(at).join('');
}
