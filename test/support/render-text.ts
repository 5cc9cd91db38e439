/**
 * Lays a ReportSpec out as a Word-to-text converter does (the layout of the
 * real text fixture): table cells one per tab-prefixed line, a blank line
 * after each row, wrapped cell text continued on untabbed lines, merged cells
 * as bare tabs (or gone), values padded with NBSP / U+3000.
 */
import { SECTIONS } from '../../src/templates/sections.js';
import { TABLE2 } from '../../src/templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../../src/templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../src/templates/table4.js';
import { int, pick, rng, type Random, type ReportSpec } from './random-report.js';

export interface RenderedText {
  text: string;
  /** Ordinals of the sections whose heading was printed with a wrong or Arabic number. */
  misnumbered: number[];
}

const PADS = ['', '', ' ', '\u00a0', '\u3000', '\u3000\u3000', '\u00a0 ', '    '];
const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function pad(r: Random, s: string): string {
  return pick(r, PADS) + s + pick(r, PADS);
}

/** Splits a label over 1–3 lines at random points (the converter's continuation lines). */
function wrap(r: Random, label: string): string {
  if (label.length < 4 || r() < 0.5) return label;
  const cut = int(r, 1, label.length - 1);
  const second = label.slice(cut);
  if (second.length >= 4 && r() < 0.3) {
    const cut2 = int(r, 1, second.length - 1);
    return `${label.slice(0, cut)}\n${second.slice(0, cut2)}\n${second.slice(cut2)}`;
  }
  return `${label.slice(0, cut)}\n${second}`;
}

function formatValue(r: Random, v: number | null, signed: boolean): string {
  if (v === null) return pick(r, ['', '', '\u00a0', '\u3000']);
  if (signed && v < 0) return pad(r, `${pick(r, ['减', '减', '-'])}${-v}`);
  if (signed && v > 0 && r() < 0.3) return pad(r, `${pick(r, ['增', '+'])}${v}`);
  return pad(r, String(v));
}

/** Text table layouts: the converter's (a cell a line) or tab-separated values (a row a line). */
export type TextLayout = 'cells' | 'tsv';

/** A table row: each cell on a tab line (continuation lines untabbed) then a blank line; or one TSV line. */
function row(cells: string[], layout: TextLayout = 'cells'): string {
  if (layout === 'tsv') return `${cells.map((c) => c.replace(/\n/g, '')).join('\t')}\n`;
  return `${cells.map((c) => `\t${c}`).join('\n')}\n\n`;
}

function chineseYear(y: number): string {
  return [...String(y)].map((d) => CN[Number(d)]).join('');
}

function chineseSmall(n: number): string {
  if (n <= 10) return n === 10 ? '十' : CN[n]!;
  if (n < 20) return `十${CN[n - 10]}`;
  return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
}

const FILLER = ['本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续深化政务公开。', '进一步规范依申请公开办理流程，及时答复申请人。', '加强政府网站信息发布审核，确保信息准确规范。'];

export function renderText(spec: ReportSpec, seed: number, layout: TextLayout = 'cells'): RenderedText {
  const r = rng(seed ^ 0x5eed);
  const v = spec.values;
  const misnumbered: number[] = [];
  let out = '';
  const para = (s: string) => (out += `${s}\n`);

  if (r() < 0.5) {
    para(spec.agency);
    para(`${spec.year}年政府信息公开工作年度报告`);
  } else {
    para(`${spec.agency}${spec.year}年政府信息公开工作年度报告`);
  }
  out += '\n';
  para(`根据《中华人民共和国政府信息公开条例》规定，现公布${spec.agency}${spec.year}年政府信息公开工作年度报告。`);

  const heading = (ordinal: number) => {
    const t = SECTIONS[ordinal - 1]!;
    let number = `${t.numeral}、`;
    const roll = r();
    if (roll < 0.12) {
      number = `${ordinal}、${pick(r, ['', ' '])}`;
      misnumbered.push(ordinal);
    } else if (roll < 0.18) {
      number = `${pick(r, CN.slice(1, 10).filter((c) => c !== t.numeral))}、`;
      misnumbered.push(ordinal);
    }
    const title = ordinal === 5 && r() < 0.3 ? '政府信息公开工作存在的主要问题及改进情况' : t.heading.slice(2);
    para(`${number}${title}`);
  };

  heading(1);
  para(pick(r, FILLER));
  ['主动公开情况', '依申请公开情况', '政府信息管理情况', '平台建设情况', '监督保障情况'].forEach((t, i) => {
    para(`（${CN[i + 1]}）${t}`);
    para(pick(r, FILLER));
  });

  heading(2);
  for (const block of TABLE2[spec.version]) {
    out += row([block.title], layout);
    out += row(['信息内容', ...block.columns.map((c) => wrap(r, c.label))], layout);
    for (const rowT of block.rows) {
      const label = spec.version === '2019' || rowT.key !== 'normativeDocuments' ? rowT.label : pick(r, [rowT.label, '规范性文件']);
      out += row([wrap(r, label), ...block.columns.map((c) => formatValue(r, v[`activeDisclosure.${rowT.key}.${c.key}`] ?? null, c.key === 'change'))], layout);
    }
  }
  out += '\n\n';

  heading(3);
  const bare = () => (r() < 0.8 ? [''] : []);
  out += row(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'], layout);
  out += row(['', '自然人', '法人或其他组织', '总计'], layout);
  out += row(['', '', ...TABLE3_COLUMNS.slice(1, 6).map((c) => c.label), ''], layout);
  const printed = TABLE3_ROWS.filter((t) =>
    t.key === 'other.total' ? spec.version === '2019' || spec.singleOtherRow : t.only === '2021' ? spec.version === '2021' && !spec.singleOtherRow : true,
  );
  let lastGroup: string | undefined;
  for (const t of printed) {
    const values = TABLE3_COLUMNS.map((c) => formatValue(r, v[`applications.${t.key}.${c.key}`] ?? null, false));
    const lead: string[] = [];
    if (t.key === 'granted') lead.push('三、本年度办理结果');
    else if (!['newReceived', 'carriedOver', 'carriedForward'].includes(t.key)) lead.push(...bare());
    if (t.group && t.group !== lastGroup) lead.push(t.group);
    else if (t.group) lead.push(...bare());
    lastGroup = t.group;
    out += row([...lead, wrap(r, t.label), ...values], layout);
  }
  out += '\n\n';

  heading(4);
  out += '\n';
  out += row(['行政复议', '行政诉讼'], layout);
  out += row([...TABLE4_COLUMNS.map((c) => c.label), '未经复议直接起诉', '复议后起诉'], layout);
  out += row(['', '', '', '', '', ...TABLE4_COLUMNS.map((c) => c.label), ...TABLE4_COLUMNS.map((c) => c.label)], layout);
  out += row(TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => formatValue(r, v[`reviewLitigation.${g.key}.${c.key}`] ?? null, false))), layout);
  out += '\n\n';

  heading(5);
  para(pick(r, FILLER));
  para(`（一）${pick(r, ['加强组织领导', '完善工作机制'])}。${pick(r, FILLER)}`);
  para(`（二）${pick(r, ['提升公开质量', '强化平台建设'])}。${pick(r, FILLER)}`);
  heading(6);
  para(spec.version === '2021' ? `${spec.year}年，本机关未收取政府信息公开信息处理费。` : pick(r, FILLER));
  out += '\n';
  para(spec.agency);
  const [y, m, d] = spec.publishedOn.split('-').map(Number) as [number, number, number];
  para(r() < 0.7 ? `${y}年${m}月${d}日` : `${chineseYear(y)}年${chineseSmall(m)}月${chineseSmall(d)}日`);
  return { text: out, misnumbered };
}
