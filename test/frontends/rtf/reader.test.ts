import { createRequire } from 'node:module';
import { XxgkError } from '../../../src/codes.js';
import { readRtf } from '../../../src/frontends/rtf/index.js';
import type { Block } from '../../../src/model/blocks.js';
import { parseReport } from '../../../src/parse.js';

const LIMITS = { maxTextBytes: 20 * 1024 * 1024, maxFileBytes: 200 * 1024 * 1024, maxPages: 1000 };
const read = (rtf: string | Buffer) => readRtf(typeof rtf === 'string' ? Buffer.from(rtf, 'latin1') : rtf, LIMITS);
/** Blocks compactly: a paragraph's text, a table's rows of [text, rowSpan, colSpan], an image's size. */
const compact = (blocks: Block[]) =>
  blocks.map((b) =>
    b.kind === 'paragraph' ? b.text : b.kind === 'image' ? ['image', +b.widthCm.toFixed(2), +b.heightCm.toFixed(2)] : b.rows.map((r) => r.map((c) => [c.text, c.rowSpan, c.colSpan])),
  );
const blocksOf = (rtf: string | Buffer) => compact(read(rtf).blocks);
const damaged = (rtf: string | Buffer) => {
  try {
    read(rtf);
  } catch (e) {
    expect(e).toBeInstanceOf(XxgkError);
    return (e as XxgkError).code;
  }
  return 'read';
};

describe('tables', () => {
  test('spans from the cell edges of all rows; \\clvmgf/\\clvmrg merge down, \\clmgf/\\clmrg merge across', () => {
    const rtf = String.raw`{\rtf1\ansi
\trowd\cellx2000\cellx6000\pard\intbl A\cell B\cell\row
\trowd\clvmgf\cellx2000\cellx4000\cellx6000\pard\intbl C\cell D\cell E\cell\row
\trowd\clvmrg\cellx2000\cellx4000\cellx6000\pard\intbl \cell F\cell G\cell\row
\trowd\clmgf\cellx2000\clmrg\cellx4000\cellx6000\pard\intbl H\cell \cell I\cell\row
\pard after\par}`;
    expect(blocksOf(rtf)).toEqual([
      [
        [['A', 1, 1], ['B', 1, 2]],
        [['C', 2, 1], ['D', 1, 1], ['E', 1, 1]],
        [['F', 1, 1], ['G', 1, 1]],
        [['H', 1, 2], ['I', 1, 1]],
      ],
      'after',
    ]);
  });

  test('a cell\'s paragraphs joined with "\\n", \\line a line; two tables apart when a paragraph stands between them', () => {
    const rtf = String.raw`{\rtf1\ansi\trowd\cellx3000\pard\intbl one\par two\line three\cell\row\pard\par
\trowd\cellx3000\pard\intbl x\cell\row}`;
    expect(blocksOf(rtf)).toEqual([[[['one\ntwo\nthree', 1, 1]]], [[['x', 1, 1]]]]);
  });

  test('edges written a few twips apart are one grid line; a \\clvmrg with no cell above beginning in its column is a cell', () => {
    const rtf = String.raw`{\rtf1\ansi\trowd\cellx2000\cellx4000\pard\intbl a\cell b\cell\row
\trowd\cellx2005\cellx3999\pard\intbl c\cell d\cell\row
\trowd\clvmrg\cellx4000\pard\intbl \cell\row
\pard\par\trowd\cellx1000\clvmrg\cellx4000\pard\intbl e\cell f\cell\row}`;
    expect(blocksOf(rtf)).toEqual([[[['a', 1, 1], ['b', 1, 1]], [['c', 2, 1], ['d', 1, 1]]], [[['e', 1, 1], ['f', 1, 1]]]]);
  });

  test('a nested table (\\itap2, \\nestcell, {\\*\\nesttableprops … \\nestrow}) in a grid of data: its text in its outer cell', () => {
    const outerRow = String.raw`\trowd\cellx1000\cellx2000\cellx3000\cellx4000`;
    const rtf = String.raw`{\rtf1\ansi${outerRow}
\pard\intbl before\par
\pard\intbl\itap2 n1\nestcell n2\nestcell{\*\nesttableprops\trowd\cellx500\cellx900\nestrow}{\nonesttables\par}
\pard\intbl\itap1 tail\cell b\cell c\cell d\cell{${outerRow}\row}\pard\par}`;
    expect(blocksOf(rtf)).toEqual([[[['before\nn1\nn2\ntail', 1, 1], ['b', 1, 1], ['c', 1, 1], ['d', 1, 1]]]]);
  });

  test('a table holding a table that is no grid of data lays a page out: its content read in its place', () => {
    const rtf = String.raw`{\rtf1\ansi\trowd\cellx9000
\pard\intbl title\par
\pard\intbl\itap2 a\nestcell b\nestcell{\*\nesttableprops\trowd\cellx500\cellx900\nestrow}
\pard\intbl\itap2 c\nestcell d\nestcell{\*\nesttableprops\trowd\cellx500\cellx900\nestrow}
\pard\intbl\itap1 body\cell{\trowd\cellx9000\row}\pard\par}`;
    expect(blocksOf(rtf)).toEqual(['title', [[['a', 1, 1], ['b', 1, 1]], [['c', 1, 1], ['d', 1, 1]]], 'body']);
  });
});

describe('text', () => {
  test('\\uN with its \\ucN fallback skipped (group-scoped), negative N, surrogate pairs', () => {
    const rtf = String.raw`{\rtf1\ansi\uc1\u20013?{\uc2\u25991\'b6\'d4\u-28711ab}\u-10179?\u-8704?x\uc0\u25991 y\par}`;
    expect(blocksOf(rtf)).toEqual(['中文这\u{1f600}x文y']);
  });

  test('GBK \\\'hh pairs by \\ansicpg936; a font\'s \\fcharset decides where it differs from the document\'s', () => {
    expect(blocksOf(String.raw`{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset0 Times;}}\'d6\'d0\'ce\'c4\par}`)).toEqual(['中文']);
    const mixed = String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f0\froman\fcharset0 Times;}{\f1\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}\f0 caf\'e9 {\f1 \'d6\'d0\'ce\'c4} \f0\'e9\par}`;
    expect(blocksOf(mixed)).toEqual(['café 中文 é']);
    // Big5 by \fcharset136, and raw 8-bit GBK text (not 7-bit RTF, but written by some tools).
    expect(blocksOf(Buffer.concat([Buffer.from(String.raw`{\rtf1\ansi{\fonttbl{\f2\fcharset136 x;}{\f3\fcharset134 y;}}\f2\'a4\'a4\f3 `, 'latin1'), Buffer.from([0xd6, 0xd0]), Buffer.from('\\par}')]))).toEqual(['中中']);
  });

  test('bytes invalid in the code page are replaced and warned', () => {
    const r = read(String.raw`{\rtf1\ansi\ansicpg936 ok\'ff\par}`);
    expect(r.warnings.map((w) => w.code)).toEqual(['DECODING_REPLACED']);
  });

  test('hidden text (\\v), tracked deletions, field codes, footnotes, headers, footers and {\\*\\…} destinations are left out', () => {
    const rtf = String.raw`{\rtf1\ansi{\info{\title T}}{\header \pard 页眉\par}{\footerr \pard - 1 -\par}
abc{\v hidden}d\v e\v0 f{\deleted old}{\*\oldcprops \b}{\*\bkmkstart x}g{\field{\*\fldinst HYPERLINK "u"}{\fldrslt link}}{\field{\fldinst PAGE}{\fldrslt 3}}
h{\footnote \pard note\par}i{\*\unknowndest text}j\par}`;
    expect(blocksOf(rtf)).toEqual(['abcdfglink3hij']);
  });

  test('struck and raised figures are left out of a table cell, kept in running text (as DOCX)', () => {
    const rtf = String.raw`{\rtf1\ansi x{\strike 7}y{\super 1}\par
\trowd\cellx2000\cellx4000\pard\intbl{\strike 7}0\cell 21{\super 1}{\v 48}\cell\row\pard\par}`;
    expect(blocksOf(rtf)).toEqual(['x7y1', [[['0', 1, 1], ['21', 1, 1]]]]);
  });

  test('symbols: \\~ \\- \\_ \\tab \\line \\emdash; list numbers from {\\listtext} and {\\pntext} before the text', () => {
    const rtf = String.raw`{\rtf1\ansi a\~b\-c\_d\tab e\line f\emdash\ldblquote g\rdblquote\par
{\listtext\pard\plain \u19968?\u12289?\tab}\pard \u24635?\u20307?\par
{\pntext 1\tab}item\par
{\listtext (\u19968?)\tab}\par}`;
    expect(blocksOf(rtf)).toEqual(['a\u00a0bc-d e\nf—“g”', '一、总体', '1 item', '(一)']);
  });

  test('pictures: goal size scaled, in cm; Word\'s {\\*\\shppict} read, its {\\nonshppict} fallback not; \\bin data; a shape\'s fallback text is not read', () => {
    const rtf = String.raw`{\rtf1\ansi before{\*\shppict{\pict{\*\picprop{\sp{\sn x}{\sv y}}}\picscalex50\picscaley50\picw10\pich10\picwgoal5670\pichgoal2835\pngblip 89504e47}}{\nonshppict{\pict\picwgoal1\pichgoal1\wmetafile8 0100}}after\par
{\pict\picwgoal567\pichgoal1134\jpegblip\bin4 {}\}}\par
{\shp{\*\shpinst{\sp{\sn pib}{\sv{\pict\picwgoal10\pichgoal10\pngblip 00}}}}{\shprslt\par\pard 文本框{\pict\picwgoal1134\pichgoal1134\wmetafile8 00}\par}}\par}`;
    expect(blocksOf(rtf)).toEqual([['image', 5, 2.5], 'beforeafter', ['image', 1, 2], ['image', 2, 2]]);
  });
});

test('\\upr: only its Unicode half {\\*\\ud} is read; an embedded object shows its \\result only', () => {
  const rtf = String.raw`{\rtf1\ansi\ansicpg936 {\upr{\'d6\'d0}{\*\ud{\u20013?}}}{\object\objemb{\*\objclass Excel.Sheet.8}{\*\objdata 0102}{\result {\pict\picwgoal5670\pichgoal2835\wmetafile8 00}}}\par}`;
  expect(blocksOf(rtf)).toEqual([['image', 10, 5], '中']);
});

describe('Word\'s RTF, not LibreOffice\'s', () => {
  // As Word 2003 writes it: \ansicpg936, \'hh pairs for Chinese without \u, \loch\af \hich\af \dbch\af switching,
  // \trowd\irow0\irowband0\ltrrow, rows defined again after their cells, {\*\oldcprops}, \pard\plain, \u with \uc1.
  const gbk = encodeGbk;
  const row = (irow: number, cells: string) =>
    String.raw`\trowd \irow${irow}\irowband${irow}\ltrrow\ts11\trgaph108\trleft-108\trbrdrt\brdrs\brdrw10 \trftsWidth1\trautofit1\tblind0\tblindtype3 ${cells}`;
  const header = row(0, String.raw`\clvertalt\clbrdrt\brdrs\brdrw10 \cltxlrtb\clftsWidth3\clwWidth2840\clshdrawnil \cellx2732\clvertalt\cltxlrtb\clftsWidth3\clwWidth5680\clshdrawnil \cellx8412`);
  const body = (irow: number) => row(irow, String.raw`\clvertalt\cltxlrtb\clftsWidth3\clwWidth2840 \cellx2732\clvertalt\cltxlrtb\clftsWidth3\clwWidth2840 \cellx5572\clvertalt\cltxlrtb\clftsWidth3\clwWidth2840 \cellx8412`);
  const para = String.raw`\pard\plain \ltrpar\qc \li0\ri0\nowidctlpar\intbl\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0 \rtlch\fcs1 \af0\afs22\alang1025 \ltrch\fcs0 \fs21\lang1033\langfe2052\kerning2\loch\af0\hich\af0\dbch\af13\cgrid\langnp1033\langfenp2052 `;
  const run = (text: string) => String.raw`{\rtlch\fcs1 \af0 \ltrch\fcs0 \hich\af13\dbch\af13\loch\f13 ${text}}`;
  const cell = (text: string) => `${run(text)}{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid1 \\cell }`;
  const rowEnd = (def: string) => String.raw`\pard\plain \ltrpar\ql \li0\ri0\widctlpar\intbl\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0 {\rtlch\fcs1 \af0 \ltrch\fcs0 \insrsid1 ${def}\row }`;
  const doc = () =>
    String.raw`{\rtf1\adeflang1025\ansi\ansicpg936\uc2\adeff0\deff0\stshfdbch13\stshfloch0\stshfhich0\stshfbi0\deflang1033\deflangfe2052
{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}{\f13\fbidi \fnil\fcharset134\fprq2{\*\panose 02010600030101010101}\'cb\'ce\'cc\'e5{\*\falt SimSun};}}
{\colortbl;\red0\green0\blue0;}{\*\defchp \fs21\kerning2\loch\af0\hich\af0\dbch\af13 }
{\stylesheet{\ql \li0\ri0\nowidctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 \rtlch\fcs1 \af0\afs22\alang1025 \ltrch\fcs0 \fs21\lang1033\langfe2052\kerning2\loch\f0\hich\af0\dbch\af13\cgrid\langnp1033\langfenp2052 \snext0 \sqformat \spriority0 Normal;}}
{\*\rsidtbl \rsid1\rsid2}{\*\generator Microsoft Word 11.0.0000;}{\info{\title x}{\author ${gbk('张三')}}}
\paperw11906\paperh16838 \sectd \linex0\headery851\footery992\colsx425\endnhere\sectlinegrid312\sectspecifycl\sectrsid1
{\*\pnseclvl1\pnucrm\pnstart1\pnindent720\pnhang {\pntxta \'a1\'a2}}
\pard\plain \ltrpar\qc \li0\ri0\nowidctlpar\wrapdefault\faauto\rin0\lin0\itap0 \rtlch\fcs1 \af0\afs22\alang1025 \ltrch\fcs0 \fs21\lang1033\langfe2052\kerning2\loch\af0\hich\af0\dbch\af13\cgrid\langnp1033\langfenp2052 ${run(gbk('二、主动公开'))}{\*\oldcprops \b\f0 }{\rtlch\fcs1 \af0 \ltrch\fcs0 \uc1\u24773?\u20917?
\par }
${header}${para}${cell(gbk('项目'))}${cell(gbk('数量'))}${rowEnd(header)}
${body(1)}${para}${cell(gbk('收到'))}${cell('12')}${cell('3')}${rowEnd(body(1))}
\trowd \irow2\irowband2\lastrow \ltrrow\trleft-108\cellx2732\cellx5572\cellx8412${para}${cell(gbk('办结'))}${cell('10')}${cell(String.raw`\'a3\'b2`)}${rowEnd(String.raw`\trowd \irow2\irowband2\lastrow \ltrrow\trleft-108\cellx2732\cellx5572\cellx8412`)}
\pard \ltrpar\ql \li0\ri0\widctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 {\rtlch\fcs1 \af0 \ltrch\fcs0 \insrsid1 
\par }{\*\themedata 504b0304}{\*\colorschememapping 3c3f786d6c}{\*\latentstyles\lsdstimax156\lsdlockeddef0{\lsdlockedexcept \lsdqformat1 \lsdpriority0 \lsdlocked0 Normal;}}{\*\datastore 0105000002000000}}`;

  test('a 3×3 table with a merged header cell, Chinese as GBK byte pairs, its rows defined before and after their cells', () => {
    expect(blocksOf(doc())).toEqual([
      '二、主动公开情况',
      [
        [['项目', 1, 1], ['数量', 1, 2]],
        [['收到', 1, 1], ['12', 1, 1], ['3', 1, 1]],
        [['办结', 1, 1], ['10', 1, 1], ['２', 1, 1]],
      ],
    ]);
  });

  test('the same header merged with \\clmgf/\\clmrg, as Word 97 writes it', () => {
    const merged = doc().replace(/\\cellx2732\\clvertalt\\cltxlrtb\\clftsWidth3\\clwWidth5680\\clshdrawnil \\cellx8412/g, String.raw`\cellx2732\clmgf\cellx5572\clmrg\cellx8412`)
      .replace(`${'{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid1 \\cell }'}${'\\pard\\plain \\ltrpar\\ql'}`, '{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid1 \\cell }\\cell \\pard\\plain \\ltrpar\\ql');
    const table = blocksOf(merged)[1] as unknown[][];
    expect(table[0]).toEqual([['项目', 1, 1], ['数量', 1, 2]]);
    expect(table.length).toBe(3);
  });
});

/** GBK bytes of `s` as RTF \'hh pairs (the test's own encoder for the few characters it uses). */
function encodeGbk(s: string): string {
  const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  return [...iconv.encode(s, 'gbk')].map((b) => `\\'${b.toString(16).padStart(2, '0')}`).join('');
}

describe('damaged and hostile input: a typed error or a result, in linear time', () => {
  test('truncated, unbalanced, not RTF at all: the damaged code', () => {
    expect(damaged('{\\rtf1\\ansi {\\b abc')).toBe('RTF_DAMAGED');
    expect(damaged('{\\rtf1\\ansi {\\fonttbl{\\f0 x;}')).toBe('RTF_DAMAGED');
    expect(damaged('{\\rtf1 {\\pict\\bin99999 ab}}')).toBe('RTF_DAMAGED');
    expect(damaged('{\\rtf')).toBe('RTF_DAMAGED');
    expect(damaged('{\\rtf1 ok\\par}}}} trailing')).toBe('read');
  });

  test('100,000 nested groups are read without recursion, with or without formatting in each', () => {
    const n = 100_000;
    expect(blocksOf(`{\\rtf1 ${'{'.repeat(n)}deep${'}'.repeat(n)}\\par}`)).toEqual(['deep']);
    expect(blocksOf(`{\\rtf1 ${'{\\f1 {\\f2 '.repeat(n / 2)}deep${'}'.repeat(n)}\\par}`)).toEqual(['deep']);
    expect(damaged(`{\\rtf1 ${'{'.repeat(n)}`)).toBe('RTF_DAMAGED');
  });

  test('a file over the text limit is TOO_LARGE', () => {
    expect(() => readRtf(Buffer.from('{\\rtf1 abc}'), { ...LIMITS, maxTextBytes: 5 })).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
  });

  test('an aborted parse stops with the signal\'s reason', () => {
    const controller = new AbortController();
    const reason = new XxgkError('TIMEOUT');
    controller.abort(reason);
    expect(() => readRtf(Buffer.from(`{\\rtf1 ${'x\\par '.repeat(100_000)}}`), { ...LIMITS, signal: controller.signal })).toThrow(reason);
  });

  // 2 MB each here, to spare the suite's time; 10 MB of each reads in linear time too (measured apart: a few seconds at most).
  const MB10 = 2 * 1024 * 1024;
  const fill = (unit: string, head = '{\\rtf1 ', tail = '}') => head + unit.repeat(Math.floor((MB10 - head.length - tail.length) / unit.length)) + tail;
  const hostile: [string, () => string, string][] = [
    ['2 MB of {', () => '{\\rtf1 ' + '{'.repeat(MB10), 'RTF_DAMAGED'],
    ['1 MB of { then 1 MB of }', () => '{\\rtf1 ' + '{'.repeat(MB10 / 2) + '}'.repeat(MB10 / 2) + '}', 'read'],
    ['groups that each change the state', () => '{\\rtf1 ' + '{\\v\\v0 '.repeat(MB10 / 8), 'RTF_DAMAGED'],
    ['one parameter of 2 million digits', () => `{\\rtf1 \\fs${'9'.repeat(MB10)} x}`, 'read'],
    ['one control word of 2 million letters', () => `{\\rtf1 \\${'a'.repeat(MB10)} x}`, 'read'],
    ['\\u with a huge \\uc', () => fill('\\uc999999\\u20013 ab'), 'read'],
    ['GBK bytes', () => fill("\\'d6\\'d0"), 'read'],
    ['paragraphs', () => fill('x\\par '), 'read'],
    ['one-cell rows', () => fill('\\trowd\\cellx100\\pard\\intbl 1\\cell\\row'), 'read'],
    ['rows spanning a thousand-column grid', () => fill('\\trowd\\clvmrg\\cellx10000\\pard\\intbl\\cell\\row', '{\\rtf1 \\trowd' + Array.from({ length: 1000 }, (_, i) => `\\cellx${(i + 1) * 10}`).join('') + '\\pard\\intbl' + '\\cell'.repeat(1000) + '\\row'), 'read'],
    ['nested table levels', () => fill('\\pard\\intbl\\itap64 x\\nestcell\\itap1\\cell\\row'), 'read'],
    ['pictures', () => fill('{\\pict\\picwgoal99999999999\\pichgoal1 00}'), 'read'],
    ['skipped destinations', () => fill('{\\*\\x{\\y{\\z}}}'), 'read'],
    ['\\bin with a huge count', () => fill('{\\pict\\bin4294967296 }'), 'RTF_DAMAGED'],
  ];
  test.each(hostile)('%s', (_, make, outcome) => {
    const bytes = Buffer.from(make(), 'latin1');
    const started = performance.now();
    expect(damaged(bytes)).toBe(outcome);
    const ms = performance.now() - started;
    // Generous for a loaded machine; measured times are some hundreds of milliseconds.
    expect(ms).toBeLessThan(3000);
  });

  test('an RTF that is not a report is NOT_A_REPORT through parseReport, not a crash', async () => {
    await expect(parseReport(Buffer.from('{\\rtf1\\ansi hello\\par}'))).rejects.toMatchObject({ code: 'NOT_A_REPORT' });
  });
});

test('in a cell, \\up / \\dn marks of a figure or two after the line\'s own text are left out (one run however many pieces: \\u characters); a line shifted whole is read; a mark before the figure too; longer text set off leaves the cell unread', () => {
  const rtf = String.raw`{\rtf1\ansi\trowd\cellx1000\cellx2000\cellx3000\cellx4000` +
    String.raw`\pard\intbl 21{\up6 1}\cell 0{\dn6 2}\cell {\dn4 70}\cell 4{\up8 (see note)}\cell {\up6 1}23\cell 2{\up6 \uc1\u27880?\u37322?}\cell\row\pard\uc1\u38754?\u31215?{\up6 2}\par}`;
  const blocks = readRtf(Buffer.from(rtf, 'utf8'), LIMITS).blocks;
  expect(blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.kind === 'paragraph' ? b.text : ''))).toEqual([[['21', '0', '70', '4(see note)…', '23', '2']], '面积2']);
});
