import type { Report } from '../model/report.js';
import { cellLocation, cellName, otherRows, round, splitPath, valueAt } from './cells.js';
import type { Finding } from './finding.js';
import { EARLIER_PERIOD, INCLUDES_MORE, OTHER_PERIOD, PHRASES, TOPIC_SECTION, TOPIC_WORDS, type Phrase } from './phrases.js';
import { severityOf } from './rules.js';
import { sentencesOf, type Sentence } from './text.js';

/** One figure the text states about a table, bound to its cells by a phrase. */
export interface Statement {
  phrase: Phrase;
  value: number;
  cells: string[];
  sentence: Sentence;
}

const CLAUSE = /[，,、：:（）()]/;
const MASK = '□';
const FIGURE = /\d件/;

/** The statements of the report's text that name table cells unambiguously (src/audit/phrases.ts). */
export function statementsOf(report: Report): Statement[] {
  const out: Statement[] = [];
  for (const sentence of sentencesOf(report)) {
    // Every pattern ends in a count of 件: most sentences have none.
    if (!FIGURE.test(sentence.normal)) continue;
    const matched = new Set<string>();
    // Clauses with their offsets in the sentence, so the text after a figure can be looked at.
    let offset = 0;
    for (const raw of sentence.normal.split(CLAUSE)) {
      const start = offset;
      offset += raw.length + 1;
      let clause = raw;
      for (const phrase of PHRASES) {
        if (phrase.after && !matched.has(phrase.after)) continue;
        if (!onTopic(sentence, phrase)) continue;
        const m = phrase.pattern.exec(clause);
        if (!m) continue;
        const masked = clause.slice(0, m.index) + MASK.repeat(m[0].length) + clause.slice(m.index + m[0].length);
        clause = masked;
        const rest = masked.replace(/□+/g, ' ');
        if (OTHER_PERIOD.test(rest) || phrase.exclude?.test(rest) || otherYear(rest, report.year)) continue;
        // The period can be set by an earlier clause of the sentence (`2019年，…收到申请5件`, `与上年相比，…`).
        const earlier = sentence.normal.slice(0, start);
        if (EARLIER_PERIOD.test(earlier) || otherYear(earlier, report.year)) continue;
        if (INCLUDES_MORE.test(sentence.normal.slice(start + m.index + m[0].length))) continue;
        matched.add(phrase.id);
        out.push({ phrase, value: Number(m[1]), cells: resolve(report, phrase.cells), sentence });
      }
    }
  }
  return out;
}

function onTopic(sentence: Sentence, phrase: Phrase): boolean {
  if (sentence.section === TOPIC_SECTION[phrase.topic]) return true;
  const words = TOPIC_WORDS[phrase.topic];
  return words.test(sentence.normal) || sentence.headings.some((h) => words.test(h));
}

/** A year in the clause that is not the report's: the figure is another year's. */
function otherYear(clause: string, year: number | null): boolean {
  for (const m of clause.matchAll(/(\d{4})年/g)) if (Number(m[1]) !== year) return true;
  return false;
}

/** `applications.{other}.total` → the （六） row(s) this report prints. */
function resolve(report: Report, cells: string[]): string[] {
  return cells.flatMap((c) => (c.includes('{other}') ? otherRows(report).map((r) => c.replace('{other}', r)) : [c]));
}

/** every statement whose figure differs from its cells; `unchecked` when a cell is blank. */
export function auditStatements(report: Report): Finding[] {
  const out: Finding[] = [];
  for (const st of statementsOf(report)) {
    const values = st.cells.map((p) => valueAt(report, p));
    const first = st.cells[0]!;
    const cellWhere = cellLocation(report, first);
    const location = {
      ...st.sentence.location,
      ...(cellWhere.table !== undefined ? { table: cellWhere.table } : {}),
      ...(st.cells.length === 1 ? { row: splitPath(first).row, column: splitPath(first).column } : {}),
    };
    const where = st.sentence.section ? `第${'一二三四五六'[st.sentence.section - 1]}部分` : '标题和导语';
    const quote = `${where}“${st.sentence.text}”`;
    const blanks = st.cells.filter((_, i) => values[i] === null);
    if (blanks.length > 0) {
      out.push({
        rule: 'X-2',
        severity: 'info',
        status: 'unchecked',
        message: `${quote}称${st.phrase.states}${st.value}件，无法与表格核对，空白或无法读取的单元格：${blanks.map(cellName).join('、')}`,
        location,
        cells: st.cells,
        printed: st.value,
      });
      continue;
    }
    const table = round(values.reduce<number>((s, v) => s + (v ?? 0), 0));
    if (table === st.value) continue;
    out.push({
      rule: 'X-2',
      severity: severityOf('X-2'),
      status: 'fail',
      message: `${quote}称${st.phrase.states}${st.value}件，而${st.phrase.cellsName}为${table}`,
      location,
      cells: st.cells,
      printed: st.value,
      expected: table,
    });
  }
  return out;
}
