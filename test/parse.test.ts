import iconv from 'iconv-lite';
import { parseReport } from '../src/parse.js';
import { parseText } from '../src/parseText.js';
import { XxgkError } from '../src/codes.js';
import type { Report } from '../src/model/report.js';
import { FIXTURES, fixtureBytes, fixturePath, treeOf, ZHANGDIAN, zhangdianText } from './support/fixtures.js';
import { rng } from './support/random-report.js';
import { ZHANGDIAN_ACTIVE, ZHANGDIAN_APPLICATIONS, ZHANGDIAN_REVIEW, ZHANGDIAN_SECTIONS } from './support/zhangdian-expected.js';

/** The model with source and locations set aside, and cell text compared without white space. */
function comparable(report: Report): unknown {
  const strip = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(strip);
    if (x && typeof x === 'object') {
      return Object.fromEntries(
        Object.entries(x)
          .filter(([k]) => k !== 'location' && k !== 'source')
          .map(([k, v]) => [k, k === 'text' && typeof v === 'string' ? v.replace(/[\s\u00a0\u3000]/g, '') : strip(v)]),
      );
    }
    return x;
  };
  return strip(report);
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(XxgkError);
    return (e as XxgkError).code;
  }
  throw new Error('expected an XxgkError');
}

describe('the real Zhangdian 2020 text report', () => {
  let report: Report;
  let warnings: Awaited<ReturnType<typeof parseReport>>['warnings'];
  beforeAll(async () => {
    ({ report, warnings } = await parseReport(fixturePath(ZHANGDIAN)));
  });

  test('metadata', () => {
    expect(report.title).toBe('淄博市公安局交通警察支队张店大队2020年政府信息公开工作年度报告');
    expect(report.agency).toBe('淄博市公安局交通警察支队张店大队');
    expect(report.year).toBe(2020);
    expect(report.publishedOn).toBe('2021-01-26');
    expect(report.formatVersion).toBe('2019');
    expect(report.source).toEqual({ format: 'text', encoding: 'utf-8', byteLength: 13218 });
    expect(report.signature).toEqual(['淄博市公安局交通警察支队张店大队', '2021年1月26日']);
    expect(report.preamble).toHaveLength(3);
  });

  test('every cell of the three statistics tables', () => {
    expect(report.activeDisclosure).toEqual(ZHANGDIAN_ACTIVE);
    expect(report.applications).toEqual(ZHANGDIAN_APPLICATIONS);
    expect(report.reviewLitigation).toEqual(ZHANGDIAN_REVIEW);
  });

  test('the section tree', () => {
    expect(treeOf(report.sections)).toEqual(ZHANGDIAN_SECTIONS);
    expect(report.sections.map((s) => s.tables)).toEqual([[], [0], [1], [2], [], []]);
    expect(report.sections[2]!.location).toEqual({ line: 99, endLine: 358 });
    expect(report.sections[4]!.subsections[0]!.paragraphs[0]).toMatch(/^围绕区委、区政府中心工作/);
  });

  test('the exact warnings', () => {
    expect(warnings).toEqual([
      {
        code: 'HEADING_MISNUMBERED',
        severity: 'warning',
        message: 'Section 三 (三、收到和处理政府信息公开申请情况) is printed as "3、收到和处理政府信息公开申请情况".',
        location: { line: 99, section: 3 },
      },
    ]);
  });

  test('tables as grids with their ragged rows and provenance', () => {
    expect(report.tables.map((t) => [t.kind, t.section, t.rows.length, t.location])).toEqual([
      ['activeDisclosure', 2, 18, { line: 24, endLine: 95 }],
      ['applications', 3, 26, { line: 100, endLine: 358 }],
      ['reviewLitigation', 4, 4, { line: 364, endLine: 405 }],
    ]);
    const t3 = report.tables[1]!;
    // Row lengths vary (8, 9 or 10 cells): merges are lost in the text layout.
    expect(t3.rows.slice(3, 7).map((r) => r.length)).toEqual([8, 8, 9, 9]);
    expect(t3.rows[5]!.map((c) => c.text)).toEqual(['三、本年度办理结果', '（一）予以公开', '2', '0', '0', '0', '0', '0', '2']);
    expect(t3.rows[5]!.map((c) => c.value)).toEqual([null, null, 2, 0, 0, 0, 0, 0, 2]);
    const header = report.tables[0]!.rows[1]!;
    expect(header.map((c) => c.text)).toEqual(['信息内容', '本年新\n制作数量', '本年新\n公开数量', '对外公开总数量']);
    expect(header[1]!.location).toEqual({ line: 27, endLine: 28 });
    expect(report.sources['applications.granted.total']).toEqual({ table: 1, row: 5, column: 8, location: { line: 143 } });
    expect(report.sources['activeDisclosure.licensing.change']).toEqual({ table: 0, row: 6, column: 2, location: { line: 52 } });
    expect(report.sources['reviewLitigation.litigationAfterReview.total']).toEqual({ table: 2, row: 3, column: 14, location: { line: 405 } });
    expect(Object.keys(report.sources)).toHaveLength(22 + 23 * 7 + 15);
  });

  test('path, bytes and { text } give the same report', async () => {
    const fromBytes = await parseReport(fixtureBytes(ZHANGDIAN));
    const fromText = await parseReport({ text: zhangdianText() });
    expect(fromBytes.report).toEqual(report);
    expect(comparable(fromText.report)).toEqual(comparable(report));
    expect(fromText.report.source).toEqual({ format: 'text', byteLength: 13218 });
    expect(parseText(zhangdianText()).report).toEqual(fromText.report);
  });
});

describe('re-encoded copies of the fixture give the same model', () => {
  const text = zhangdianText();
  const cases: [string, () => Buffer, string][] = [
    // NBSP is not in GBK: a GBK file has plain spaces there.
    ['GBK', () => iconv.encode(text.replace(/\u00a0/g, ' '), 'gbk'), 'gb18030'],
    ['GB18030', () => iconv.encode(text, 'gb18030'), 'gb18030'],
    ['UTF-16LE with BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), 'utf-16le'],
    ['UTF-16BE without BOM', () => iconv.encode(text, 'utf-16be'), 'utf-16be'],
    ['UTF-16LE without BOM', () => iconv.encode(text, 'utf-16le'), 'utf-16le'],
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8-bom'],
    ['CRLF', () => Buffer.from(text.replace(/\n/g, '\r\n')), 'utf-8'],
  ];
  let reference: Report;
  beforeAll(async () => {
    reference = (await parseReport(fixturePath(ZHANGDIAN))).report;
  });

  test.each(cases)('%s', async (_name, make, encoding) => {
    const bytes = make();
    const { report, warnings } = await parseReport(bytes);
    expect(report.source).toEqual({ format: 'text', encoding, byteLength: bytes.byteLength });
    expect(comparable(report)).toEqual(comparable(reference));
    expect(warnings.map((w) => w.code)).toEqual(['HEADING_MISNUMBERED']);
  });

  test('full-width digits read as numbers', () => {
    const wide = text.replace('176454', '１７６４５４').replace('减72462', '减７２４６２');
    const { report } = parseText(wide);
    expect(report.activeDisclosure).toEqual(ZHANGDIAN_ACTIVE);
  });

  test('invalid GBK bytes are replaced, counted and warned', async () => {
    const bytes = iconv.encode(text.replace(/\u00a0/g, ' '), 'gbk');
    const damaged = Buffer.concat([bytes.subarray(0, 200), Buffer.from([0x81, 0x20, 0xff]), bytes.subarray(200)]);
    const { report, warnings } = await parseReport(damaged);
    expect(report.source.encoding).toBe('gb18030');
    expect(warnings.map((w) => w.code)).toEqual(['DECODING_REPLACED', 'HEADING_MISNUMBERED']);
    const replaced = [...iconv.decode(damaged, 'gb18030')].filter((c) => c === '\ufffd').length;
    expect(replaced).toBeGreaterThan(0);
    expect(warnings[0]!.message).toBe(`${replaced} invalid byte sequence(s) in gb18030 were replaced by U+FFFD.`);
    expect(report.applications).toEqual(ZHANGDIAN_APPLICATIONS);
  });
});

describe('bad input gets its code', () => {
  test('empty bytes, empty text, whitespace only', async () => {
    expect(await codeOf(parseReport(new Uint8Array(0)))).toBe('EMPTY_INPUT');
    expect(await codeOf(parseReport({ text: '' }))).toBe('EMPTY_INPUT');
    expect(await codeOf(parseReport(Buffer.from(' \n\t\u3000\n', 'utf8')))).toBe('EMPTY_INPUT');
  });

  test('binary noise', async () => {
    const r = rng(42);
    const noise = (size: number) => Buffer.from(Array.from({ length: size }, () => Math.floor(r() * 256)));
    // (A dozen random bytes can be valid GB18030 text; from a few hundred on, noise never reads as text.)
    for (const size of [300, 1000, 4096, 100000]) expect(await codeOf(parseReport(noise(size)))).toBe('UNSUPPORTED_FORMAT');
  });

  test('a text that is not a report', async () => {
    const text = '关于做好春节期间安全生产工作的通知\n各单位：\n春节将至，请各单位切实做好安全生产工作。\n特此通知。\n2021年1月20日\n';
    expect(await codeOf(parseReport({ text }))).toBe('NOT_A_REPORT');
  });

  test('near misses: a 政府信息公开指南 and a notice quoting a report title', async () => {
    const guide = [
      '淄博市张店区人民政府政府信息公开指南',
      '为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。',
      '一、主动公开',
      '（一）公开范围',
      '本机关主动公开的政府信息主要包括机构职能、政策文件、规划计划等。',
      '（二）公开方式',
      '通过政府网站、政务新媒体等方式公开。',
      '二、依申请公开',
      '（一）受理机构',
      '公民、法人或者其他组织可以向本机关申请获取政府信息。',
      '三、监督和救济',
      '申请人认为本机关在政府信息公开工作中侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。',
    ].join('\n');
    expect(await codeOf(parseReport({ text: guide }))).toBe('NOT_A_REPORT');
    const notice = '关于公布《淄博市张店区人民政府2020年政府信息公开工作年度报告》的通知\n现将《淄博市张店区人民政府2020年政府信息公开工作年度报告》予以公布，其中包括总体情况、主动公开政府信息情况等内容。\n';
    expect(await codeOf(parseReport({ text: notice }))).toBe('NOT_A_REPORT');
  });

  test('too large, by default and as configured', async () => {
    expect(await codeOf(parseReport(Buffer.alloc(21 * 1024 * 1024, 0x61)))).toBe('TOO_LARGE');
    expect(await codeOf(parseReport(fixtureBytes(ZHANGDIAN), { maxTextBytes: 1000 }))).toBe('TOO_LARGE');
    expect(await codeOf(parseReport(fixturePath(ZHANGDIAN), { maxFileBytes: 1000 }))).toBe('TOO_LARGE');
  });

  test('a path that is not a regular file never blocks', async () => {
    expect(await codeOf(parseReport('/dev/zero'))).toBe('INPUT_UNREADABLE');
    expect(await codeOf(parseReport(FIXTURES))).toBe('INPUT_UNREADABLE');
  });

  test('wrong input types and options are input errors, not crashes', async () => {
    expect(await codeOf(parseReport(null as never))).toBe('UNSUPPORTED_FORMAT');
    expect(await codeOf(parseReport(42 as never))).toBe('UNSUPPORTED_FORMAT');
    expect(() => parseText(undefined as never)).toThrow(XxgkError);
    // An ArrayBuffer is bytes; an undefined or nonsensical limit keeps the default.
    expect((await parseReport(new Uint8Array(fixtureBytes(ZHANGDIAN)).buffer)).report.year).toBe(2020);
    expect((await parseReport({ text: zhangdianText() }, { maxTextBytes: undefined, maxPages: Number.NaN })).report.year).toBe(2020);
    expect(await codeOf(parseReport({ text: zhangdianText() }, { maxTextBytes: 10 }))).toBe('TOO_LARGE');
  });

  test('a path that cannot be read', async () => {
    expect(await codeOf(parseReport(fixturePath('no-such-file.txt')))).toBe('INPUT_UNREADABLE');
    expect(await codeOf(parseReport(fixturePath('')))).toBe('INPUT_UNREADABLE');
  });

  test('DOCX and HTML are read by their bytes, not their name', async () => {
    // The empty official template parses (six sections, three tables, no title); a page with one heading is no report.
    expect((await parseReport(fixtureBytes('official-template-2021.docx'))).report.sections.length).toBe(6);
    expect(await codeOf(parseReport(Buffer.from('<!DOCTYPE html><html><body>一、总体情况</body></html>')))).toBe('NOT_A_REPORT');
  });
});
