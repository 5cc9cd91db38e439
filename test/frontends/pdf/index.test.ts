/**
 * The PDF front end end to end: the real Hongze 2023 report (WPS export), and
 * bad inputs. Expected grids were checked against the rendered pages
 * (pdftoppm): what is printed, typos and non-adding totals included.
 */
import { readFileSync } from 'node:fs';
import { XxgkError } from '../../../src/codes.js';
import { readPdf } from '../../../src/frontends/pdf/index.js';
import type { Block, FrontEndResult, TableBlock } from '../../../src/model/blocks.js';
import { rowsOf } from './helpers.js';

const HONGZE = readFileSync(new URL('../../../fixtures/hongze-district-2023.pdf', import.meta.url));
const BAD = (name: string) => new URL(`../../../fixtures/bad/${name}`, import.meta.url);

const tables = (r: FrontEndResult) => r.blocks.filter((b): b is TableBlock => b.kind === 'table');
const paragraphs = (r: FrontEndResult) => r.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (err) {
    return err instanceof XxgkError ? err.code : `not an XxgkError: ${String(err)}`;
  }
}

/** A minimal valid one-page PDF with the given content stream (xref offsets computed). */
function minimalPdf(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe('readPdf on the Hongze 2023 report', () => {
  let result: FrontEndResult;
  beforeAll(async () => {
    result = await readPdf(new Uint8Array(HONGZE));
  });

  it('describes the source and raises no warnings', () => {
    expect(result.source).toEqual({ format: 'pdf', byteLength: 293525, pages: 5 });
    expect(result.warnings).toEqual([]);
  });

  it('gives the title, the six section headings in order as paragraphs of their own, and no page numbers', () => {
    const ps = paragraphs(result);
    expect(ps[0]).toBe('洪泽区人民政府2023年政府信息公开工作年度报告');
    expect(ps.filter((p) => /^[一二三四五六]、/.test(p))).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(ps.some((p) => /^-\s*\d+\s*-$/.test(p) || /-\s*\d\s*-/.test(p))).toBe(false);
  });

  it('joins wrapped lines and a paragraph broken by a page break (page number dropped)', () => {
    const ps = paragraphs(result);
    expect(ps).toContain('（三）政府信息管理情况。');
    expect(ps).toContain(
      '加强区政府门户网站及政务新媒体日常管理，运用第三方检测平台实行常态化监测，执行信息审核发布制度。严格执行“分级审核、先审后发”程序，落实“三审三校”制度，从严从实把好政治关、法律关、政策关、保密关、文字关，未经审核的信息一律不准发布。',
    );
    expect(ps).toContain('2023年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。');
  });

  it('orders blocks: each table right after its section heading', () => {
    const kinds = result.blocks.map((b: Block) => (b.kind === 'table' ? 'T' : b.kind === 'paragraph' ? b.text.slice(0, 2) : 'I'));
    expect(kinds.filter((k) => k === 'T' || /^[一二三四五六]、/.test(k))).toEqual(['一、', '二、', 'T', '三、', 'T', '四、', 'T', '五、', '六、']);
  });

  it('rebuilds table 二 as one table over pages 2 and 3', () => {
    const t = tables(result)[0]!;
    expect(rowsOf(t)).toEqual([
      ['第二十条第（一）项→4'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '0', '5', '5'],
      ['第二十条第（五）项→4'],
      ['信息内容', '本年处理决定数量→3'],
      ['行政许可', '550→3'],
      ['第二十条第（六）项→4'],
      ['信息内容', '本年处理决定数量→3'],
      ['行政处罚', '4119→3'],
      ['行政强制', '195→3'],
      ['第二十条第（八）项→4'],
      ['信息内容', '本年收费金额（单位：万元）→3'],
      ['行政事业性收费', '7730.28→3'],
    ]);
    expect(t.location.page).toBe(2);
    expect(t.rows[2]![0]!.location.page).toBe(2);
    expect(t.rows[9]![1]!.location).toEqual({ page: 3, box: { x: 231.3, y: 122.28, width: 286.33, height: 35.45 } });
  });

  it('rebuilds table 三 over pages 3 and 4 with its header spans and the vertical label recovered', () => {
    const t = tables(result)[1]!;
    const rows = rowsOf(t);
    expect(rows.slice(0, 3)).toEqual([
      ['（本列数据的勾稽关系为：第一项加第二项之和，等|于第三项加第四项之和）↓3→3', '申请人情况→7'],
      ['自然人↓2', '法人或其他组织→5', '总计↓2'],
      ['商业|企业', '科研|机构', '社会|公益|组织', '法律|服务|机构', '其他'],
    ]);
    const data = rows.slice(3);
    const v = (...n: number[]) => n.map(String);
    const z = v(0, 0, 0, 0, 0, 0, 0);
    expect(data).toEqual([
      ['一、本年新收政府信息公开申请数量→3', ...v(21, 0, 0, 0, 0, 0, 21)],
      ['二、上年结转政府信息公开申请数量→3', ...z],
      ['三、本年度办理结果↓20', '（一）予以公开→2', ...z],
      ['（二）部分公开（区分处理的，只计这一情形，不|计其他情形）→2', ...v(4, 0, 0, 0, 0, 0, 4)],
      ['（三）不予公开↓8', '1.属于国家秘密', ...v(1, 0, 0, 0, 0, 0, 1)],
      ['2.其他法律行政止公开', ...z],
      ['3.危及“三安全一稳定”', ...z],
      ['4.保护第三方合法权益', ...z],
      ['5.属于三类内部事务信息', ...z],
      ['6.属于四类过程性信息', ...v(1, 0, 0, 0, 0, 0, 1)],
      ['7.属于行政执法案卷', ...v(1, 0, 0, 0, 0, 0, 1)],
      ['8.属于行政查询事项', ...z],
      ['（四）无法提供↓3', '1.本机关不掌握相关政府信息', ...v(10, 0, 0, 0, 0, 0, 10)],
      ['2.没有现成信息需要另行制作', ...v(3, 0, 0, 0, 0, 0, 3)],
      ['3.补正后申请内容仍不明确', ...z],
      ['（五）不予处理↓5', '1.信访举报投诉类申请', ...v(1, 0, 0, 0, 0, 0, 1)],
      ['2.重复申请', ...z],
      ['3.要求提供公开出版物', ...z],
      ['4.无正当理由大量反复申请', ...z],
      ['5.要求行政机关确认或重新出具|已获取信息', ...z],
      ['（六）其他处理→2', ...z],
      ['（七）总计→2', ...v(21, 0, 0, 0, 0, 0, 21)],
      ['四、结转下年度继续办理→3', ...z],
    ]);
    // Cells keep the page they are printed on.
    expect(t.rows[3]![1]!.location.page).toBe(3);
    expect(t.rows[20]![1]!.location.page).toBe(4);
  });

  it('rebuilds table 四: three header levels over one row of 15 numbers, as printed', () => {
    const t = tables(result)[2]!;
    expect(rowsOf(t)).toEqual([
      ['行政复议→5', '行政诉讼→10'],
      ['结果|维持↓2', '结果|纠正↓2', '其他|结果↓2', '尚未|审结↓2', '总计↓2', '未经复议直接起诉→5', '复议后起诉→5'],
      ['结果|维持', '结果|纠正', '其他|结果', '尚未|审结', '总计', '结果|维持', '结果|纠正', '其他|结果', '尚未|审结', '总计'],
      ['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0'],
    ]);
    expect(t.location).toEqual({ page: 4, box: { x: 77.11, y: 327.2, width: 438.58, height: 145.43 } });
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = new Uint8Array(HONGZE);
    await readPdf(bytes);
    expect(bytes.byteLength).toBe(293525);
  });
});

describe('readPdf on bad input', () => {
  it('PDF_DAMAGED for truncated bytes and garbage', async () => {
    expect(await code(readPdf(new Uint8Array(HONGZE.subarray(0, 50_000))))).toBe('PDF_DAMAGED');
    expect(await code(readPdf(new Uint8Array(HONGZE.subarray(0, 290_000))))).toBe('PDF_DAMAGED');
    expect(await code(readPdf(new TextEncoder().encode('%PDF-1.4\nnot really a pdf\n%%EOF\n')))).toBe('PDF_DAMAGED');
  });

  it('PDF_NO_TEXT_LAYER for a valid PDF that draws but has no text', async () => {
    expect(await code(readPdf(minimalPdf('0 0 1 rg 100 100 200 200 re f')))).toBe('PDF_NO_TEXT_LAYER');
  });

  it('TOO_LARGE past maxPages', async () => {
    expect(await code(readPdf(new Uint8Array(HONGZE), { maxPages: 4 }))).toBe('TOO_LARGE');
  });

  it('PDF_ENCRYPTED with a user password; an owner-only password opens normally', async () => {
    expect(await code(readPdf(new Uint8Array(readFileSync(BAD('encrypted-user.pdf')))))).toBe('PDF_ENCRYPTED');
    const owner = await readPdf(new Uint8Array(readFileSync(BAD('encrypted-owner-only.pdf'))));
    expect(owner.source.pages).toBe(4);
    expect(tables(owner).length).toBe(3);
  });

  it('PDF_NO_TEXT_LAYER for a scanned-only PDF', async () => {
    expect(await code(readPdf(new Uint8Array(readFileSync(BAD('image-only.pdf')))))).toBe('PDF_NO_TEXT_LAYER');
  });

  it('reads the rest of a PDF with one scanned page and warns about that page', async () => {
    const r = await readPdf(new Uint8Array(readFileSync(BAD('one-page-scanned.pdf'))));
    expect(r.warnings.map((w) => [w.code, w.severity, w.location])).toEqual([['PDF_PAGE_NO_TEXT', 'warning', { page: 2 }]]);
    expect(paragraphs(r)).toContain('四、政府信息公开行政复议、行政诉讼情况');
  });

  it('PDF_DAMAGED for the committed truncated file', async () => {
    expect(await code(readPdf(new Uint8Array(readFileSync(BAD('truncated.pdf')))))).toBe('PDF_DAMAGED');
  });
});
