/**
 * Renders a ReportSpec as a full HTML document in the official layout of the
 * annual report (title, preamble, six sections, tables 二 三 四 with the
 * official rowspan/colspan grid, signature). The HTML is written for
 * LibreOffice's Writer HTML import (`--infilter="HTML (StarWriter)"`), which
 * honours `@page` size and margins, table `border`/`cellpadding` attributes,
 * `<col width>` and simple CSS on paragraphs, so the same document converts to
 * a PDF that looks like a real report. Browsers render it the same way.
 *
 * Everything is deterministic for a given spec + layout (+ content).
 */
import type { FormatVersion } from '../../src/model/statistics.js';
import { SECTIONS } from '../../src/templates/sections.js';
import { MONEY_COLUMNS, SIGNED_COLUMNS, TABLE2 } from '../../src/templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../../src/templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../src/templates/table4.js';
import type { Table2Block, TemplateRow } from '../../src/templates/types.js';
import { int, pick, rng, type Random, type ReportSpec } from './random-report.js';

/** What a real producer varies when laying out a report. */
export interface HtmlLayout {
  /** Paper size, via CSS `@page { size }`. */
  pageSize: 'A4' | 'Letter' | 'B5';
  /** Page margins in millimetres: top, right, bottom, left. */
  marginsMm: [number, number, number, number];
  /** Body text size in pt (公文 三号 = 16pt, 小四 = 12pt, 五号 = 10.5pt). */
  bodyFontPt: number;
  /** Table text size in pt. */
  tableFontPt: number;
  titleFontPt: number;
  /**
   * Font files: `noto` (Noto CJK, OpenType/CFF: LibreOffice embeds them as several
   * 8-bit Type 1 subsets, so text runs split wherever the subset changes, even
   * inside a number) or `truetype` (AR PL UMing / WenQuanYi Zen Hei: embedded as
   * CID TrueType Identity-H, as WPS and Word do).
   */
  fonts: 'noto' | 'truetype';
  /** Numbers in the tables in the body font, or in a Latin font (Liberation Serif, metric twin of Times New Roman, as WPS/Word reports often do). */
  numberFont: 'body' | 'latin';
  /** Serif (宋体/仿宋-like) or sans (黑体-like) body text. */
  bodyFont: 'serif' | 'sans';
  /** Line height of body paragraphs, in percent. */
  lineHeightPct: number;
  /** Title on one line, or `<agency>` / `<year>年政府信息公开工作年度报告` on two. */
  titleLines: 1 | 2;
  /** Section headings in bold (黑体) or plain body text. */
  headingBold: boolean;
  /** `五、政府信息公开工作存在的主要问题及改进情况` instead of `五、存在的主要问题及改进情况`. */
  longProblemsHeading: boolean;
  /**
   * The preamble ends with contact details (address, postcode, telephone). Besides
   * being common, its telephone number holds all ten digits early in the text, so
   * LibreOffice puts the digits into its first font subset and numbers in the
   * tables come out as single text runs; without it numbers may split into runs.
   */
  contactInPreamble: boolean;
  /** Number of body paragraphs per subsection (1–3). */
  paragraphsPerPart: number;
  /** Seed of the random filler text. */
  textSeed: number;
  /** Table 二 as one table with block title rows, or one table per `第二十条` block. */
  table2Mode: 'single' | 'perBlock';
  /** Width of table 二's label column, percent of the table width. */
  table2LabelPct: number;
  /** Whether table 三's top-left cell carries the `（本列数据的勾稽关系为…）` note (else it is empty). */
  table3NoteCell: boolean;
  /** Widths of table 三's three label columns (vertical label, group, item), percent of the table. */
  table3LabelPct: [number, number, number];
  /** Table 三's `社会公益组织` / `法律服务机构` headers broken over lines too (the template breaks only `商业/企业`, `科研/机构`). */
  table3HeaderBreaks: boolean;
  /** How the vertical `三、本年度办理结果` label is printed: one character per line (`<br>`), a narrow column that wraps, or a wider column wrapping over 2–4 lines. */
  verticalLabel: 'br' | 'narrow' | 'wrap';
  /** Table 四's header labels broken as `结果<br>维持` (as the official template does) or left to wrap. */
  table4HeaderBreaks: boolean;
  /** Table width, percent of the text width. */
  tableWidthPct: number;
  cellPaddingPt: number;
  numberAlign: 'center' | 'right' | 'left';
  /** How a negative `本年增/减` is printed: `减N` or `-N`. */
  negativeStyle: 'jian' | 'minus';
  /** How a positive `本年增/减` is printed: `N`, `+N` or `增N`. */
  positiveStyle: 'plain' | 'plus' | 'zeng';
  /** Money with two decimals (`12.50`) or as short as possible (`12.5`). */
  moneyTwoDecimals: boolean;
  /** 2019 format: `采购总金额` printed with its unit (`251000元`). */
  amountWithUnit: boolean;
  /** A blank (null) cell is empty, or holds a full-width space (U+3000) as Word users type. */
  blankCell: 'empty' | 'ideographicSpace';
  /** Page numbers stamped in the footer by the PDF script (the HTML itself has none). */
  pageNumbers: 'none' | 'dash' | 'plain';
  /**
   * Ruling of the statistics tables: `grid` (every cell boxed, the official look; the
   * default when absent), `none` (no lines at all) or `threeLine` (三线表: a thick rule
   * above the header, a thin one under it and a thick one under the last row, nothing
   * else). Optional so that layouts without it (the committed `generated/pdf/` ones)
   * render exactly as before.
   */
  tableBorders?: 'grid' | 'none' | 'threeLine';
}

/** Page sizes in millimetres. */
export const PAGE_SIZES: Record<HtmlLayout['pageSize'], [number, number]> = {
  A4: [210, 297],
  Letter: [215.9, 279.4],
  B5: [176, 250],
};

export const DEFAULT_LAYOUT: HtmlLayout = {
  pageSize: 'A4',
  marginsMm: [37, 26, 35, 28],
  bodyFontPt: 16,
  tableFontPt: 10.5,
  titleFontPt: 22,
  fonts: 'truetype',
  numberFont: 'latin',
  bodyFont: 'serif',
  lineHeightPct: 150,
  titleLines: 1,
  headingBold: true,
  longProblemsHeading: false,
  contactInPreamble: true,
  paragraphsPerPart: 1,
  textSeed: 1,
  table2Mode: 'single',
  table2LabelPct: 34,
  table3NoteCell: true,
  table3LabelPct: [6, 12, 26],
  table3HeaderBreaks: false,
  verticalLabel: 'narrow',
  table4HeaderBreaks: true,
  tableWidthPct: 100,
  cellPaddingPt: 2,
  numberAlign: 'center',
  negativeStyle: 'jian',
  positiveStyle: 'plain',
  moneyTwoDecimals: false,
  amountWithUnit: false,
  blankCell: 'empty',
  pageNumbers: 'dash',
};

/** A random but plausible layout, deterministic for a seed. */
export function randomLayout(seed: number): HtmlLayout {
  const r = rng(seed * 7919 + 17);
  const pageSize = pick(r, ['A4', 'A4', 'A4', 'Letter', 'B5'] as const);
  const marginsMm = pick(r, [
    [37, 26, 35, 28], // GB/T 9704 公文
    [25.4, 31.8, 25.4, 31.8], // Word default
    [20, 20, 20, 20],
    [12, 12, 12, 12], // narrow
    [30, 15, 25, 35], // asymmetric
  ] as [number, number, number, number][]);
  const bodyFontPt = pick(r, [10.5, 12, 14, 16]);
  const narrowText = pageSize === 'B5' || marginsMm[1] + marginsMm[3] > 60;
  const table3LabelPct = pick(r, [
    [5, 11, 24],
    [6, 12, 26],
    [8, 14, 30],
    [4, 9, 20],
    [7, 16, 36],
  ] as [number, number, number][]);
  return {
    pageSize,
    marginsMm,
    bodyFontPt,
    tableFontPt: pick(r, narrowText ? [7.5, 9, 9] : [9, 10.5, 12]),
    titleFontPt: pick(r, [18, 20, 22]),
    fonts: pick(r, ['noto', 'truetype'] as const),
    numberFont: pick(r, ['body', 'latin'] as const),
    bodyFont: pick(r, ['serif', 'serif', 'sans'] as const),
    lineHeightPct: pick(r, [115, 130, 150, 175]),
    titleLines: pick(r, [1, 2] as const),
    headingBold: r() < 0.7,
    longProblemsHeading: r() < 0.3,
    contactInPreamble: r() < 0.6,
    paragraphsPerPart: int(r, 1, 3),
    textSeed: int(r, 1, 1_000_000),
    table2Mode: pick(r, ['single', 'perBlock'] as const),
    table2LabelPct: pick(r, [20, 28, 34, 45]),
    table3NoteCell: r() < 0.75,
    table3LabelPct,
    table3HeaderBreaks: r() < 0.5,
    verticalLabel: pick(r, ['br', 'narrow', 'wrap'] as const),
    table4HeaderBreaks: r() < 0.5,
    tableWidthPct: pick(r, [100, 100, 95, 90]),
    cellPaddingPt: pick(r, [1, 2, 3, 4]),
    numberAlign: pick(r, ['center', 'center', 'right', 'left'] as const),
    negativeStyle: pick(r, ['jian', 'minus'] as const),
    positiveStyle: pick(r, ['plain', 'plain', 'plus', 'zeng'] as const),
    moneyTwoDecimals: r() < 0.5,
    amountWithUnit: r() < 0.25,
    blankCell: r() < 0.3 ? 'ideographicSpace' : 'empty',
    pageNumbers: pick(r, ['none', 'dash', 'dash', 'plain'] as const),
  };
}

// ---------------------------------------------------------------------------
// Document content (title, headings, paragraphs) — separate from the tables so
// a real report's text can be laid out with a spec's values.

/** A block of the document body in reading order. */
export type ContentBlock =
  | { kind: 'heading'; text: string } // section heading (一、总体情况 …)
  | { kind: 'subheading'; text: string } // （一）主动公开政府信息情况 …
  | { kind: 'minorheading'; text: string } // 1、主动公开政府信息数量 …
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: 2 | 3 | 4 };

export interface ReportContent {
  titleLines: string[];
  blocks: ContentBlock[];
  /** Signature lines: agency, date. */
  signature: string[];
}

/** `2021-03-05` → `2021年3月5日`. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A short name for the agency as used inside the text (`本机关`, `我局` …). */
function selfName(agency: string): string {
  if (agency.endsWith('人民政府')) return '我区政府';
  if (agency.endsWith('人民政府办公室')) return '我办';
  if (agency.endsWith('委员会')) return '我委';
  if (agency.endsWith('局')) return '我局';
  if (agency.endsWith('大队') || agency.endsWith('支队')) return '我队';
  return '本机关';
}

const OVERVIEW_PARTS: [string, string[]][] = [
  ['（一）主动公开', [
    '{self}坚持以公开为常态、不公开为例外，围绕中心工作和群众关切，及时、准确公开政府信息。',
    '全年通过政府门户网站主动公开各类信息{n1}条，其中机构职能、政策文件、规划计划、财政预决算等重点领域信息{n2}条。',
    '严格落实政策文件与解读材料同步组织、同步审签、同步部署的要求，发布政策解读{n3}篇。',
    '进一步规范政府信息公开专栏，对栏目设置进行梳理优化，确保信息分类科学、内容完整、更新及时。',
    '围绕优化营商环境、民生保障等领域，主动公开办事指南、服务流程等信息，方便群众查询办理。',
    '及时公开财政预决算、“三公”经费等信息，主动接受社会监督。',
    '加大重大建设项目、公共资源配置、社会公益事业等重点领域信息公开力度。',
  ]],
  ['（二）依申请公开', [
    '{self}严格按照《条例》规定的程序和时限办理政府信息公开申请，做到依法受理、按时答复。',
    '本年度共收到政府信息公开申请{apps}件，均已在法定期限内答复完毕。',
    '进一步完善依申请公开工作流程，规范登记、审核、答复、归档等各个环节，提高答复质量。',
    '对申请内容不明确的，及时与申请人沟通，一次性告知需要补正的事项。',
    '全年未发生因依申请公开答复引起的行政复议被纠错情况。',
    '建立依申请公开会商机制，对疑难申请组织法律顾问研究答复意见。',
  ]],
  ['（三）政府信息管理', [
    '严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，全年未发生泄密事件。',
    '对现行有效的规范性文件进行全面清理，并向社会公布清理结果。',
    '加强政府信息公开属性源头认定，在公文拟制环节明确公开属性，做到应公开尽公开。',
    '定期对已公开信息进行梳理，及时更新调整过时信息，保证信息的准确性和时效性。',
    '完善政府信息公开目录，动态调整公开事项，做到目录与实际相符。',
  ]],
  ['（四）平台建设', [
    '充分发挥政府门户网站第一平台作用，优化栏目设置，完善检索功能，提升用户体验。',
    '利用政务微信、政务微博等新媒体平台，及时发布政务动态和便民服务信息。',
    '加强政务服务大厅信息公开查阅点建设，为群众提供便捷的查阅服务。',
    '按照集约化建设要求，完成网站数据迁移和栏目整合工作，实现信息统一发布。',
    '开通政务服务热线，畅通群众咨询渠道，及时回应群众诉求。',
  ]],
  ['（五）监督保障', [
    '成立政府信息公开工作领导小组，由主要负责同志任组长，明确专人负责日常工作。',
    '将政府信息公开工作纳入年度目标考核，定期开展自查，及时整改发现的问题。',
    '组织开展政府信息公开业务培训{n4}次，进一步提升工作人员的业务能力。',
    '本年度未发生因政府信息公开工作受到责任追究的情况。',
    '主动接受人大代表、政协委员和社会公众监督，认真听取意见建议。',
  ]],
];

const PROBLEM_SENTENCES = [
  '{year}年，{self}政府信息公开工作取得了一定成效，但也存在一些不足：一是公开内容的深度和广度还需进一步拓展；二是政策解读形式较为单一，图文、视频解读偏少；三是工作人员业务能力有待提升。',
  '针对上述问题，{self}将重点做好以下工作：（一）深化重点领域信息公开，及时回应社会关切；（二）丰富政策解读形式，提高解读质量；（三）加强业务培训，提升工作人员的能力和水平。',
  '下一步，{self}将继续严格落实《条例》要求，健全完善工作机制，推动政府信息公开工作提质增效。',
  '部分栏目更新不够及时，信息发布的规范性有待加强。我们将建立栏目巡查机制，确保信息更新及时、内容准确。',
];

const OTHER_SENTENCES_2021 = [
  '本年度，{self}未收取政府信息公开信息处理费，全年收取政府信息公开信息处理费0元。',
  '依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度未发生收取信息处理费的情况。',
];
const OTHER_SENTENCES = [
  '本年度，{self}共办理人大代表建议和政协委员提案{n5}件，办结率100%。',
  '{self}无其他需要报告的事项。',
  '按照上级部署，认真做好政务公开标准化规范化工作，完善基层政务公开标准目录。',
];

function fill(t: string, vars: Record<string, string>): string {
  return t.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

/** Choose `n` distinct sentences (kept in bank order). */
function choose(r: Random, bank: string[], n: number): string[] {
  const idx = bank.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, Math.min(n, bank.length)).sort((a, b) => a - b).map((i) => bank[i]!);
}

/** Random but plausible text for a spec (figures quoted in the text agree with the tables). */
export function randomContent(spec: ReportSpec, layout: HtmlLayout): ReportContent {
  const r = rng(layout.textSeed);
  const self = selfName(spec.agency);
  const apps = spec.values['applications.newReceived.total'];
  const vars: Record<string, string> = {
    self,
    year: String(spec.year),
    n1: String(int(r, 50, 3000)),
    n2: String(int(r, 10, 300)),
    n3: String(int(r, 1, 40)),
    n4: String(int(r, 1, 6)),
    n5: String(int(r, 0, 30)),
    apps: apps == null ? String(int(r, 0, 20)) : String(apps),
  };
  /** `n` paragraphs from distinct sentences of a bank (no sentence twice in a part). */
  const para = (bank: string[], n = layout.paragraphsPerPart): string[] => {
    const k = Math.min(bank.length, Math.max(n, int(r, n + 1, n * 2 + 1)));
    const picked = choose(r, bank, k).map((s) => fill(s, vars));
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const lo = Math.floor((i * picked.length) / n);
      const hi = Math.floor(((i + 1) * picked.length) / n);
      out.push(picked.slice(lo, hi).join(''));
    }
    return out.filter((p) => p !== '');
  };
  const blocks: ContentBlock[] = [];
  const heading = (ordinal: number): string => {
    if (ordinal === 5 && layout.longProblemsHeading) return '五、政府信息公开工作存在的主要问题及改进情况';
    return SECTIONS[ordinal - 1]!.heading;
  };
  blocks.push({ kind: 'heading', text: heading(1) });
  blocks.push({ kind: 'paragraph', text: fill(`${spec.year}年，{self}深入贯彻落实《中华人民共和国政府信息公开条例》，认真落实上级关于政务公开工作的部署要求，扎实推进决策、执行、管理、服务、结果公开，政府信息公开工作取得新成效。`, vars) });
  for (const [sub, bank] of OVERVIEW_PARTS) {
    const title = sub + pick(r, ['', '情况']);
    if (r() < 0.5) {
      blocks.push({ kind: 'subheading', text: title });
      for (const p of para(bank)) blocks.push({ kind: 'paragraph', text: p });
    } else {
      // Run-in subheading: `（一）主动公开情况。正文……`
      const ps = para(bank);
      blocks.push({ kind: 'paragraph', text: `${title}。${ps[0]}` });
      for (const p of ps.slice(1)) blocks.push({ kind: 'paragraph', text: p });
    }
  }
  blocks.push({ kind: 'heading', text: heading(2) });
  blocks.push({ kind: 'table', table: 2 });
  blocks.push({ kind: 'heading', text: heading(3) });
  blocks.push({ kind: 'table', table: 3 });
  blocks.push({ kind: 'heading', text: heading(4) });
  blocks.push({ kind: 'table', table: 4 });
  blocks.push({ kind: 'heading', text: heading(5) });
  for (const p of choose(r, PROBLEM_SENTENCES, layout.paragraphsPerPart + 1)) blocks.push({ kind: 'paragraph', text: fill(p, vars) });
  blocks.push({ kind: 'heading', text: heading(6) });
  const others = spec.version === '2021' ? [pick(r, OTHER_SENTENCES_2021), ...choose(r, OTHER_SENTENCES, 1)] : choose(r, OTHER_SENTENCES, int(r, 1, 2));
  for (const p of others) blocks.push({ kind: 'paragraph', text: fill(p, vars) });

  const title = `${spec.year}年政府信息公开工作年度报告`;
  // Telephone numbers using all ten digits (see HtmlLayout.contactInPreamble).
  const phone = pick(r, ['0533-2876914', '010-85962734', '021-50816397', '020-83917546', '028-85176930', '0571-86329045']);
  const contact = layout.contactInPreamble
    ? `（地址：${spec.agency.slice(0, 3)}政务服务中心${int(r, 2, 9)}楼；邮编：${pick(r, ['255000', '223100', '100020', '200120', '510030', '610041', '310012', '450000'])}；电话：${phone}；传真：${phone.replace(/\d$/, (d) => String((Number(d) + 1) % 10))}）`
    : '';
  return {
    titleLines: layout.titleLines === 2 ? [spec.agency, title] : [spec.agency + title],
    blocks: [
      {
        kind: 'paragraph',
        text: `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和${spec.version === '2019' ? '《中华人民共和国政府信息公开工作年度报告格式（试行）》' : '《中华人民共和国政府信息公开工作年度报告格式》'}要求，${spec.agency}编制了本报告。本报告所列数据的统计期限自${spec.year}年1月1日起至${spec.year}年12月31日止。本报告电子版可在政府门户网站查阅，如对本报告有任何疑问，请与${spec.agency}办公室联系${contact}。`,
      },
      ...blocks,
    ],
    signature: [spec.agency, chineseDate(spec.publishedOn)],
  };
}

// ---------------------------------------------------------------------------
// Cells and tables.

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Trim a float to at most 2 decimals without binary noise. */
function money(v: number, twoDecimals: boolean): string {
  const s = (Math.round(v * 100) / 100).toFixed(2);
  if (twoDecimals && !Number.isInteger(v)) return s;
  return s.replace(/\.?0+$/, '');
}

/** The printed text of a value in column `column` (a key), as the official forms print it. */
export function formatValue(v: number | null, column: string, layout: HtmlLayout): string {
  if (v == null) return layout.blankCell === 'ideographicSpace' ? '\u3000' : '';
  if (SIGNED_COLUMNS.has(column)) {
    if (v < 0) return (layout.negativeStyle === 'jian' ? '减' : '-') + String(-v);
    if (v > 0) return (layout.positiveStyle === 'plus' ? '+' : layout.positiveStyle === 'zeng' ? '增' : '') + String(v);
    return '0';
  }
  if (MONEY_COLUMNS.has(column)) {
    const s = money(v, layout.moneyTwoDecimals);
    return column === 'totalAmount' && layout.amountWithUnit ? `${s}元` : s;
  }
  return String(v);
}

interface Cell {
  text: string;
  colspan?: number;
  rowspan?: number;
  align?: 'left' | 'center' | 'right';
  html?: boolean; // text already HTML
  bold?: boolean;
  shade?: boolean;
  /** A number cell (gets the layout's number font). */
  number?: boolean;
}

function td(c: Cell, widthPct: number, layout: HtmlLayout, style?: string): string {
  const attrs: string[] = [];
  if (c.colspan && c.colspan > 1) attrs.push(`colspan="${c.colspan}"`);
  if (c.rowspan && c.rowspan > 1) attrs.push(`rowspan="${c.rowspan}"`);
  attrs.push(`width="${Math.max(1, Math.round(widthPct))}%"`, 'valign="middle"');
  if (style) attrs.push(`style="${style}"`);
  if (c.shade) attrs.push('bgcolor="#dde7f3"');
  let inner = c.html ? c.text : esc(c.text);
  if (c.bold) inner = `<b>${inner}</b>`;
  if (c.number && layout.numberFont === 'latin' && inner !== '') inner = `<font face="Liberation Serif">${inner}</font>`;
  return `<td ${attrs.join(' ')}><p class="c" align="${c.align ?? 'center'}">${inner}</p></td>`;
}

/** CSS borders of a three-line table's cell spanning rows `top`…`bottom` (LibreOffice's HTML import honours `border-*` on cells; a cell `style` drops the table's cellpadding, so it is repeated). */
function threeLineStyle(top: number, bottom: number, headerRows: number, nrows: number, layout: HtmlLayout): string {
  const css = [`padding: ${layout.cellPaddingPt}pt`];
  if (top === 0) css.push('border-top: 1.5pt solid #000000');
  if (bottom === nrows - 1) css.push('border-bottom: 1.5pt solid #000000');
  else if (bottom === headerRows - 1) css.push('border-bottom: 0.75pt solid #000000');
  return css.join('; ');
}

/**
 * A ruled table (`layout.tableBorders`, default grid); every cell gets its width (the sum of the columns it
 * spans), which LibreOffice honours better than `<col>`. `headerRows`: rows above a three-line table's middle rule.
 */
function table(cols: number[], rows: Cell[][], layout: HtmlLayout, headerRows = 1): string {
  const borders = layout.tableBorders ?? 'grid';
  const colgroup = `<colgroup>${cols.map((w) => `<col width="${Math.max(1, Math.round(w))}%">`).join('')}</colgroup>`;
  const taken: boolean[][] = rows.map(() => cols.map(() => false));
  const body = rows
    .map((r, ri) => {
      let ci = 0;
      const tds = r.map((c) => {
        while (taken[ri]![ci]) ci++;
        const cs = c.colspan ?? 1;
        const rs = c.rowspan ?? 1;
        for (let y = ri; y < Math.min(rows.length, ri + rs); y++) for (let x = ci; x < ci + cs; x++) taken[y]![x] = true;
        const w = cols.slice(ci, ci + cs).reduce((a, b) => a + b, 0);
        ci += cs;
        if (borders === 'threeLine') return td(c, w, layout, threeLineStyle(ri, Math.min(rows.length, ri + rs) - 1, headerRows, rows.length, layout));
        return td(c, w, layout);
      });
      return `<tr>${tds.join('')}</tr>`;
    })
    .join('\n');
  return `<table class="t" border="${borders === 'grid' ? 1 : 0}" cellspacing="0" cellpadding="${Math.round(layout.cellPaddingPt * 1.33)}" width="${layout.tableWidthPct}%">\n${colgroup}\n${body}\n</table>`;
}

/** Width of the table in millimetres. */
export function tableWidthMm(layout: HtmlLayout): number {
  const [w] = PAGE_SIZES[layout.pageSize];
  return ((w - layout.marginsMm[1] - layout.marginsMm[3]) * layout.tableWidthPct) / 100;
}

/** The narrowest cell (mm) that holds `chars` digits unwrapped. */
function minCellMm(chars: number, layout: HtmlLayout): number {
  return ((chars * 0.6 + 0.5) * layout.tableFontPt + 2 * layout.cellPaddingPt * 1.33 + 2) * 0.3528;
}

const num = (layout: HtmlLayout, text: string, extra: Partial<Cell> = {}): Cell => ({ text, align: layout.numberAlign, number: true, ...extra });

/** Table 二 as HTML: one table (4 columns, block title rows) or one table per block. */
export function renderTable2(spec: ReportSpec, layout: HtmlLayout): string {
  const blocks: Table2Block[] = TABLE2[spec.version];
  const width = Math.max(...blocks.map((b) => b.columns.length)); // 3
  const blockRows = (b: Table2Block, ncols: number): Cell[][] => {
    const rows: Cell[][] = [];
    rows.push([{ text: b.title, colspan: ncols + 1, shade: layout.table2Mode === 'single' && layout.headingBold }]);
    // Header: the last column spans what is left of the grid.
    const spanOf = (i: number): number => (i === b.columns.length - 1 ? ncols - b.columns.length + 1 : 1);
    rows.push([{ text: '信息内容', bold: true }, ...b.columns.map((c, i) => ({ text: c.label, colspan: spanOf(i), bold: true }))]);
    for (const row of b.rows) {
      rows.push([
        { text: row.label, align: 'left' as const },
        ...b.columns.map((c, i) => num(layout, formatValue(spec.values[`activeDisclosure.${row.key}.${c.key}`] ?? null, c.key, layout), { colspan: spanOf(i) })),
      ]);
    }
    return rows;
  };
  const cols = (ncols: number): number[] => [layout.table2LabelPct, ...Array.from({ length: ncols }, () => (100 - layout.table2LabelPct) / ncols)];
  if (layout.table2Mode === 'single') {
    return table(cols(width), blocks.flatMap((b) => blockRows(b, width)), layout, 2);
  }
  return blocks.map((b) => table(cols(b.columns.length), blockRows(b, b.columns.length), layout, 2)).join('\n<p class="gap"></p>\n');
}

const VERTICAL = '三、本年度办理结果';
const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** The table 三 rows printed for a spec: 2019 and single-row 2021 print `（六）其他处理` as one row. */
export function table3PrintedRows(version: FormatVersion, singleOtherRow: boolean): TemplateRow[] {
  const single = version === '2019' || singleOtherRow;
  return TABLE3_ROWS.filter((r) => (r.key === 'other.total' ? single : r.only === '2021' ? !single : true));
}

/** Table 三 as HTML in the official 10-column grid. */
export function renderTable3(spec: ReportSpec, layout: HtmlLayout): string {
  const rows = table3PrintedRows(spec.version, spec.singleOtherRow);
  const [v0, gPct, lPct] = layout.table3LabelPct;
  // A narrow first column makes the vertical label wrap one character a line; a wider one wraps it over a few lines.
  const vPct = layout.verticalLabel === 'narrow' ? Math.min(v0, 4) : layout.verticalLabel === 'wrap' ? Math.max(v0, 8) : v0;
  // Data columns must be wide enough for the longest number (LibreOffice otherwise
  // ignores the requested widths altogether); the label columns give way.
  const longest = Math.max(1, ...rows.flatMap((r) => TABLE3_COLUMNS.map((c) => formatValue(spec.values[`applications.${r.key}.${c.key}`] ?? null, c.key, layout).length)));
  const needPct = (100 * minCellMm(longest, layout)) / tableWidthMm(layout);
  let labels = [vPct, gPct, lPct];
  const labelSum = vPct + gPct + lPct;
  if ((100 - labelSum) / 7 < needPct) {
    const room = Math.max(18, 100 - 7 * needPct);
    labels = labels.map((x) => (x * room) / labelSum);
  }
  const dataPct = (100 - labels[0]! - labels[1]! - labels[2]!) / 7;
  const cols = [...labels, ...Array.from({ length: 7 }, () => dataPct)];
  const out: Cell[][] = [];
  const orgCols = TABLE3_COLUMNS.slice(1, 6);
  out.push([
    { text: layout.table3NoteCell ? NOTE : '', colspan: 3, rowspan: 3, align: 'left' },
    { text: '申请人情况', colspan: 7 },
  ]);
  out.push([{ text: TABLE3_COLUMNS[0]!.label, rowspan: 2 }, { text: '法人或其他组织', colspan: 5 }, { text: TABLE3_COLUMNS[6]!.label, rowspan: 2 }]);
  // The official template breaks `商业/企业` and `科研/机构`; some producers break all five.
  const breakAt: Record<string, number> = layout.table3HeaderBreaks
    ? { 商业企业: 2, 科研机构: 2, 社会公益组织: 4, 法律服务机构: 4 }
    : { 商业企业: 2, 科研机构: 2 };
  out.push(orgCols.map((c) => {
    const at = breakAt[c.label];
    return at ? { text: `${esc(c.label.slice(0, at))}<br>${esc(c.label.slice(at))}`, html: true } : { text: c.label };
  }));
  const dataCells = (key: string): Cell[] =>
    TABLE3_COLUMNS.map((c) => num(layout, formatValue(spec.values[`applications.${key}.${c.key}`] ?? null, c.key, layout)));
  const resultRows = rows.filter((r) => r.key !== 'newReceived' && r.key !== 'carriedOver' && r.key !== 'carriedForward');
  const verticalHtml =
    layout.verticalLabel === 'br' ? [...VERTICAL].map(esc).join('<br>') : esc(VERTICAL);
  let firstResult = true;
  let lastGroup: string | undefined;
  for (const row of rows) {
    const cells: Cell[] = [];
    if (row.key === 'newReceived' || row.key === 'carriedOver' || row.key === 'carriedForward') {
      cells.push({ text: row.label, colspan: 3, align: 'left' });
    } else {
      if (firstResult) {
        cells.push({ text: verticalHtml, html: true, rowspan: resultRows.length });
        firstResult = false;
      }
      if (row.group) {
        if (row.group !== lastGroup) {
          cells.push({ text: row.group, rowspan: rows.filter((x) => x.group === row.group).length });
        }
        cells.push({ text: row.label, align: 'left' });
      } else {
        cells.push({ text: row.label, colspan: 2, align: 'left' });
      }
    }
    lastGroup = row.group;
    out.push([...cells, ...dataCells(row.key)]);
  }
  return table(cols, out, layout, 3);
}

/** Table 四 as HTML: 3-level header, one row of 15 numbers. */
export function renderTable4(spec: ReportSpec, layout: HtmlLayout): string {
  const label = (s: string): Cell =>
    layout.table4HeaderBreaks && s.length === 4 ? { text: `${esc(s.slice(0, 2))}<br>${esc(s.slice(2))}`, html: true } : { text: s };
  const [review, direct, after] = TABLE4_GROUPS;
  const rows: Cell[][] = [
    [{ text: review!.label, colspan: 5 }, { text: '行政诉讼', colspan: 10 }],
    [...TABLE4_COLUMNS.map((c) => ({ ...label(c.label), rowspan: 2 })), { text: direct!.label, colspan: 5 }, { text: after!.label, colspan: 5 }],
    [...TABLE4_COLUMNS.map((c) => label(c.label)), ...TABLE4_COLUMNS.map((c) => label(c.label))],
    TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => num(layout, formatValue(spec.values[`reviewLitigation.${g.key}.${c.key}`] ?? null, c.key, layout)))),
  ];
  return table(Array.from({ length: 15 }, () => 100 / 15), rows, layout, 3);
}

// ---------------------------------------------------------------------------

function css(layout: HtmlLayout): string {
  const [w, h] = PAGE_SIZES[layout.pageSize];
  const [mt, mr, mb, ml] = layout.marginsMm;
  const serif = layout.fonts === 'noto' ? '"Noto Serif CJK SC", serif' : '"AR PL UMing CN", serif';
  const sans = layout.fonts === 'noto' ? '"Noto Sans CJK SC", sans-serif' : '"WenQuanYi Zen Hei", sans-serif';
  const body = layout.bodyFont === 'serif' ? serif : sans;
  return `
@page { size: ${w}mm ${h}mm; margin: ${mt}mm ${mr}mm ${mb}mm ${ml}mm; }
body { font-family: ${body}; font-size: ${layout.bodyFontPt}pt; }
p { font-family: ${body}; font-size: ${layout.bodyFontPt}pt; line-height: ${layout.lineHeightPct}%; margin-top: 0; margin-bottom: 0; }
p.body { text-indent: ${2 * layout.bodyFontPt}pt; text-align: justify; }
p.title { font-family: ${sans}; font-size: ${layout.titleFontPt}pt; text-align: center; font-weight: bold; margin-bottom: 6pt; }
p.h1 { font-family: ${layout.headingBold ? sans : body}; text-indent: ${2 * layout.bodyFontPt}pt; ${layout.headingBold ? 'font-weight: bold;' : ''} }
p.h2 { text-indent: ${2 * layout.bodyFontPt}pt; ${layout.headingBold ? 'font-weight: bold;' : ''} }
p.h3 { text-indent: ${2 * layout.bodyFontPt}pt; }
p.sig { text-align: right; }
p.gap { font-size: 6pt; line-height: 100%; }
p.c { font-size: ${layout.tableFontPt}pt; line-height: 120%; text-indent: 0; }
`.trim();
}

/** The full HTML document of a report. `content` defaults to random text from `layout.textSeed`. */
export function renderHtml(spec: ReportSpec, layout: HtmlLayout, content: ReportContent = randomContent(spec, layout)): string {
  const parts: string[] = [];
  for (const t of content.titleLines) parts.push(`<p class="title">${esc(t)}</p>`);
  parts.push('<p class="gap"></p>');
  for (const b of content.blocks) {
    switch (b.kind) {
      case 'heading':
        parts.push(`<p class="h1">${esc(b.text)}</p>`);
        break;
      case 'subheading':
        parts.push(`<p class="h2">${esc(b.text)}</p>`);
        break;
      case 'minorheading':
        parts.push(`<p class="h3">${esc(b.text)}</p>`);
        break;
      case 'paragraph':
        parts.push(`<p class="body">${esc(b.text)}</p>`);
        break;
      case 'table':
        parts.push(b.table === 2 ? renderTable2(spec, layout) : b.table === 3 ? renderTable3(spec, layout) : renderTable4(spec, layout));
        parts.push('<p class="gap"></p>');
        break;
    }
  }
  parts.push('<p class="gap">&nbsp;</p>');
  for (const s of content.signature) parts.push(`<p class="sig">${esc(s)}</p>`);
  const title = content.titleLines.join('');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
${css(layout)}
</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
