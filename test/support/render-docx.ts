/**
 * Renders a ReportSpec as a DOCX with the `docx` package: the same layout as
 * `renderHtml` (read back from its HTML, so merges, wrapped labels, `减N`,
 * money and blank cells are the same), with the Word-only features a real
 * report may use switched on by options. Deterministic for a given input.
 */
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import {
  AlignmentType, DeletedTextRun, Document, DocumentProtectionType, Footer, FootnoteReferenceRun, Header, HeadingLevel, ImageRun,
  InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { cellText } from '../../src/frontends/html/tables.js';
import type { ReportSpec } from './random-report.js';
import { randomContent, renderHtml, type HtmlLayout, type ReportContent } from './render-html.js';

export interface DocxOptions {
  /** Section headings, （一） subheadings, 1、 items and table 三's group and item labels numbered by Word (the number is not in the text). */
  autoNumber?: boolean;
  /** Section headings in the Heading 1 style. */
  headingStyle?: boolean;
  /** Split table 三 into two Word tables after this many rows (a page break between them). */
  splitTable3At?: number;
  /** A seal picture (4 cm) after the signature. */
  seal?: boolean;
  /** Table 四 pasted as a picture instead of a table. */
  table4AsPicture?: boolean;
  /** Tracked changes: an insertion and a deletion in a paragraph and in a table-三 number. */
  trackedChanges?: boolean;
  /** A footnote on the title and on table 三's （七）总计 label. */
  footnote?: boolean;
  /** Editing protection (read-only, with a password). */
  protection?: boolean;
  /** A page header that names a section, and a footer with a page number field text. */
  headerFooter?: boolean;
  /** Edits the HTML layout before it is written as Word (to print a cell otherwise). */
  edit?: (html: string) => string;
}

/** A 1×1 PNG: pictures only need a size. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const CM = 96 / 2.54;
const REV = { author: 'reviewer', date: '2024-01-15T10:30:00Z' };
const CN = '一二三四五六七八九十';

export async function renderDocx(spec: ReportSpec, layout: HtmlLayout, options: DocxOptions = {}, content: ReportContent = randomContent(spec, layout)): Promise<Buffer> {
  const html = renderHtml(spec, layout, content);
  const $ = cheerio.load(options.edit ? options.edit(html) : html);
  const children: (Paragraph | Table)[] = [];
  let tableNo = 0;
  let revision = 1;
  let sectionNo = 0;
  let subNo = 0;
  let minorNo = 0;
  let firstBody = true;
  for (const el of $('body').children().toArray()) {
    const cls = el.attribs.class ?? '';
    const text = $(el).text();
    if (el.name === 'table') {
      tableNo++;
      const isT3 = $(el).text().includes('申请人情况');
      const isT4 = $(el).text().includes('行政复议') && $(el).text().includes('行政诉讼');
      if (isT4 && options.table4AsPicture) {
        children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 15 * CM, height: 6 * CM } })] }));
        continue;
      }
      if (isT3 && options.splitTable3At) {
        const [a, b] = splitRows($, el, options.splitTable3At);
        children.push(docxTable(a.map((r) => r.map((c) => cellOf($, c, isT3 ? options : {}, () => revision++)))));
        children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
        children.push(docxTable(b.map((r) => r.map((c) => cellOf($, c, isT3 ? options : {}, () => revision++)))));
      } else {
        children.push(docxTable(tableRows($, el, isT3 ? options : {}, () => revision++)));
      }
      continue;
    }
    if (cls === 'gap') continue;
    if (cls === 'title') {
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true }), ...(options.footnote && children.length === 0 ? [new FootnoteReferenceRun(1)] : [])] }));
      continue;
    }
    if (cls === 'sig') {
      children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(text)] }));
      continue;
    }
    if (cls === 'h1') {
      sectionNo++;
      subNo = 0;
      const auto = options.autoNumber && text.startsWith(`${CN[sectionNo - 1]}、`);
      children.push(
        new Paragraph({
          heading: options.headingStyle ? HeadingLevel.HEADING_1 : undefined,
          numbering: auto ? { reference: 'headings', level: 0 } : undefined,
          children: [new TextRun({ text: auto ? text.slice(2) : text, bold: true })],
        }),
      );
      continue;
    }
    if (cls === 'h2') {
      subNo++;
      minorNo = 0;
      const prefix = `（${CN[subNo - 1]}）`;
      const auto = options.autoNumber && text.startsWith(prefix);
      children.push(new Paragraph({ numbering: auto ? { reference: 'headings', level: 1 } : undefined, children: [new TextRun({ text: auto ? text.slice(prefix.length) : text, bold: true })] }));
      continue;
    }
    if (cls === 'h3') {
      minorNo++;
      const m = /^(\d+)、/.exec(text);
      const auto = options.autoNumber && m !== null && Number(m[1]) === minorNo;
      children.push(new Paragraph({ numbering: auto ? { reference: 'headings', level: 2 } : undefined, children: [new TextRun(auto ? text.slice(m![0].length) : text)] }));
      continue;
    }
    // A body paragraph; the first one carries a tracked insertion and deletion.
    if (options.trackedChanges && firstBody && text.length > 10) {
      firstBody = false;
      children.push(
        new Paragraph({
          children: [
            new TextRun(text.slice(0, 6)),
            new DeletedTextRun({ id: revision++, ...REV, text: '（删除的文字）' }),
            new InsertedTextRun({ id: revision++, ...REV, text: text.slice(6, 10) }),
            new TextRun(text.slice(10)),
          ],
        }),
      );
      continue;
    }
    children.push(new Paragraph({ children: [new TextRun(text)] }));
  }
  if (options.seal) {
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 4 * CM, height: 4 * CM } })] }));
  }
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'headings',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3、' },
          ],
        },
        {
          reference: 'groups',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '（%1）' },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
          ],
        },
      ],
    },
    footnotes: options.footnote ? { 1: { children: [new Paragraph('本报告所列数据的统计期限自1月1日起至12月31日止。')] } } : undefined,
    protection: options.protection ? { type: DocumentProtectionType.READ_ONLY, password: 'secret' } : undefined,
    sections: [
      {
        headers: options.headerFooter ? { default: new Header({ children: [new Paragraph('二、主动公开政府信息情况')] }) } : undefined,
        footers: options.headerFooter ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('- 1 -')] })] }) } : undefined,
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

interface HtmlCell {
  el: Element;
  rowSpan: number;
  colSpan: number;
}

function htmlRows($: cheerio.CheerioAPI, table: Element): HtmlCell[][] {
  return $(table)
    .find('tr')
    .toArray()
    .map((tr) =>
      $(tr)
        .children('td')
        .toArray()
        .map((el) => ({ el, rowSpan: Number(el.attribs.rowspan ?? 1), colSpan: Number(el.attribs.colspan ?? 1) })),
    );
}

function tableRows($: cheerio.CheerioAPI, table: Element, options: DocxOptions, rev: () => number): TableCell[][] {
  return htmlRows($, table).map((r) => r.map((c) => cellOf($, c, options, rev)));
}

/**
 * Rows split in two at `at`: a cell spanning the split keeps its text in the
 * first part; the second part starts with an empty cell spanning the rest (as
 * Word does when a table is split inside a merged cell). The spanning cells
 * are label columns, left of the row's own cells, in column order.
 */
function splitRows($: cheerio.CheerioAPI, table: Element, at: number): [HtmlCell[][], HtmlCell[][]] {
  const rows = htmlRows($, table);
  const carried: { col: number; cell: HtmlCell }[] = [];
  const taken: boolean[][] = rows.map(() => []);
  const first = rows.slice(0, at).map((r, ri) => {
    let ci = 0;
    return r.map((c) => {
      while (taken[ri]![ci]) ci++;
      for (let y = ri; y < ri + c.rowSpan; y++) for (let x = ci; x < ci + c.colSpan; x++) taken[y]![x] = true;
      const inFirst = Math.min(c.rowSpan, at - ri);
      if (inFirst < c.rowSpan) carried.push({ col: ci, cell: { el: $('<td></td>')[0] as Element, rowSpan: c.rowSpan - inFirst, colSpan: c.colSpan } });
      ci += c.colSpan;
      return { ...c, rowSpan: inFirst };
    });
  });
  const second = rows.slice(at).map((r) => [...r]);
  second[0]!.unshift(...carried.sort((a, b) => a.col - b.col).map((x) => x.cell));
  return [first, second];
}

/** One cell: its lines as paragraphs; auto-numbered labels, tracked changes and footnotes as the options say. */
function cellOf($: cheerio.CheerioAPI, c: HtmlCell, options: DocxOptions, rev: () => number): TableCell {
  const text = cellText($, c.el);
  let paragraph: Paragraph;
  const group = /^（([一二三四五六七])）/.exec(text);
  const item = /^(\d)\./.exec(text);
  if (options.autoNumber && group) {
    paragraph = new Paragraph({ numbering: { reference: 'groups', level: 0 }, children: [new TextRun(text.slice(group[0].length))] });
  } else if (options.autoNumber && item) {
    paragraph = new Paragraph({ numbering: { reference: 'groups', level: 1 }, children: [new TextRun(text.slice(item[0].length))] });
  } else if (options.trackedChanges && /^\d+$/.test(text) && text.length >= 3) {
    // A number corrected with tracked changes on: the accepted value is the printed one.
    paragraph = new Paragraph({ children: [new DeletedTextRun({ id: rev(), ...REV, text: '9' + text }), new InsertedTextRun({ id: rev(), ...REV, text })] });
  } else {
    const lines = text.split('\n');
    const runs = lines.map((l, i) => new TextRun({ text: l, break: i > 0 ? 1 : 0 }));
    if (options.footnote && text.endsWith('总计') && text.startsWith('（七）')) runs.push(new FootnoteReferenceRun(1));
    paragraph = new Paragraph({ children: runs });
  }
  return new TableCell({ children: [paragraph], rowSpan: c.rowSpan, columnSpan: c.colSpan, width: { size: 0, type: WidthType.AUTO } });
}

function docxTable(rows: TableCell[][]): Table {
  return new Table({ rows: rows.map((cells) => new TableRow({ children: cells })), width: { size: 100, type: WidthType.PERCENTAGE } });
}
