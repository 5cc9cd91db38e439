import iconv from 'iconv-lite';
import { decodeText, replacementWarnings, textiness } from '../../../src/frontends/text/decode.js';
// @ts-expect-error: plain JavaScript shared with `npm run fuzz`
import { rng } from '../../../scripts/fuzz/mutate.mjs';
import { XxgkError } from '../../../src/codes.js';

const sample = '一、总体情况\n2020年，本机关共收到政府信息公开申请2件。Ｏｋ\u00a0\u3000';

test.each([
  ['utf-8', Buffer.from(sample)],
  ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)])],
  ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample, 'utf-16le')])],
  ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sample, 'utf-16be')])],
  ['utf-16le', iconv.encode(sample, 'utf-16le')],
  ['utf-16be', iconv.encode(sample, 'utf-16be')],
  ['gb18030', iconv.encode(sample, 'gb18030')],
])('%s', (encoding, bytes) => {
  expect(decodeText(bytes)).toEqual({ text: sample, encoding, replaced: 0 });
});

test('GBK text decodes as GB18030 (its superset)', () => {
  const gbk = iconv.encode(sample.replace('\u00a0', ' '), 'gbk');
  expect(decodeText(gbk)).toEqual({ text: sample.replace('\u00a0', ' '), encoding: 'gb18030', replaced: 0 });
});

test('invalid bytes are counted', () => {
  const bytes = Buffer.concat([iconv.encode(sample, 'gb18030'), Buffer.from([0x81, 0x7f])]);
  const d = decodeText(bytes);
  expect(d.encoding).toBe('gb18030');
  expect(d.replaced).toBe([...d.text].filter((c) => c === '\ufffd').length);
  expect(d.replaced).toBeGreaterThan(0);
});

test('UTF-8 with a stray bad byte or cut inside its last character stays UTF-8, the bytes counted', () => {
  const utf8 = Buffer.from(sample.repeat(3));
  expect(decodeText(Buffer.concat([utf8.subarray(0, 19), Buffer.from([0xff]), utf8.subarray(19)]))).toMatchObject({ encoding: 'utf-8', replaced: 1 });
  expect(decodeText(utf8.subarray(0, utf8.length - 3 - 1))).toMatchObject({ encoding: 'utf-8', replaced: 1 });
  // GBK bytes are not "UTF-8 with bad bytes": nearly every character fails.
  expect(decodeText(iconv.encode(sample.repeat(3), 'gbk'))).toMatchObject({ encoding: 'gb18030', replaced: 0 });
});

test('bytes that read as no text are UNSUPPORTED_FORMAT', () => {
  const binary = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 32));
  expect(() => decodeText(binary)).toThrow(XxgkError);
  expect(textiness('一、总体情况 ok')).toBe(1);
  expect(textiness('\u0001\u0002ab')).toBe(0.5);
});

test('paragraphs in Uyghur, Tibetan, Mongolian or Yi, and rare ideographs of plane 2, are text (four bytes each in GB18030: 3,000 Uyghur letters made a report UNSUPPORTED_FORMAT)', () => {
  const scripts = {
    uyghur: 'ئاپتونوم رايون خەلق ھۆكۈمىتى ئۇچۇر ئاشكارىلاش',
    tibetan: 'བོད་རང་སྐྱོང་ལྗོངས་མི་དམངས་སྲིད་གཞུང་།',
    mongolian: 'ᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠣᠨ',
    yi: 'ꆈꌠꁱꂷ ꉢꌋꇁꏦ',
    extB: '𠀀𠀁𠀂𪚥𫠠',
  };
  for (const [name, words] of Object.entries(scripts)) {
    const text = `${sample}\n${`${words}\n`.repeat(Math.ceil(6000 / words.length))}${sample}\n`;
    const decoded = decodeText(iconv.encode(text, 'gb18030'));
    expect([name, decoded.encoding, decoded.replaced, decoded.text === text]).toEqual([name, 'gb18030', 0, true]);
    expect(decodeText(Buffer.from(text, 'utf8')).text).toBe(text);
  }
  // A lone high surrogate is no character: random UTF-16 still scores low.
  expect(textiness('\ud840x'.repeat(100))).toBeCloseTo(0.5);
});

describe('damaged text is text', () => {
  const report = (sample + '\n').repeat(40);

  test('a NUL here and there is a damaged byte, not UTF-16: replaced and counted', () => {
    const bytes = Buffer.from(report);
    bytes[5] = 0;
    bytes[700] = 0;
    const d = decodeText(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text.includes('\u0000')).toBe(false);
    expect(d.replaced).toBe([...d.text].filter((c) => c === '\ufffd').length);
    expect(d.replaced).toBeGreaterThanOrEqual(2);
  });

  test('a GBK paragraph pasted into UTF-8 text: UTF-8, the paragraph replaced', () => {
    const gbk = iconv.encode('本机关共收到政府信息公开申请', 'gbk');
    const bytes = Buffer.concat([Buffer.from(report.slice(0, 200)), gbk, Buffer.from(report.slice(200))]);
    const d = decodeText(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text.startsWith(report.slice(0, 200))).toBe(true);
    expect(d.text.endsWith(report.slice(200))).toBe(true);
    expect(d.replaced).toBeGreaterThan(0);
  });

  test('UTF-16 without a BOM is still told by its NULs', () => {
    expect(decodeText(iconv.encode(report, 'utf-16le'))).toEqual({ text: report, encoding: 'utf-16le', replaced: 0 });
  });

  test('a UTF-8 line in a GBK file (pasted from another source) is read as UTF-8; a GBK line that happens to be valid UTF-8 stays GBK', () => {
    const text = report.replace(/\u00a0/g, ' '); // GBK has no no-break space
    const utf8 = Buffer.from('（一）予以公开\n');
    const at = text.indexOf('\n', 200) + 1;
    const bytes = Buffer.concat([iconv.encode(text.slice(0, at), 'gbk'), utf8, iconv.encode(text.slice(at), 'gbk')]);
    expect(decodeText(bytes)).toEqual({ text: `${text.slice(0, at)}（一）予以公开\n${text.slice(at)}`, encoding: 'gb18030', replaced: 0 });
    // `一` in GBK is D2 BB, valid UTF-8 for `һ`: one such character is no UTF-8 line.
    const lone = Buffer.concat([iconv.encode(text, 'gbk'), iconv.encode('一\n', 'gbk')]);
    expect(decodeText(lone).text).toBe(`${text}一\n`);
  });

  test.each([
    ['utf-16le', true],
    ['utf-16be', true],
    ['utf-16le', false],
    ['utf-16be', false],
  ] as const)('UTF-16 (%s, BOM %s) with a byte lost or one too many: the damage costs its own line, the others read as they were', (encoding, bom) => {
    const clean = Buffer.concat([bom ? Buffer.from(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), iconv.encode(report, encoding)]);
    const lines = report.split('\n');
    for (const at of [0.1, 0.4, 0.9, 0.999]) {
      const i = Math.floor(clean.length * at);
      for (const damaged of [Buffer.concat([clean.subarray(0, i), clean.subarray(i + 1)]), Buffer.concat([clean.subarray(0, i), Buffer.from([0x41]), clean.subarray(i)])]) {
        const d = decodeText(damaged);
        expect(d.encoding).toBe(encoding);
        // One line comes out damaged (two run together when the newline itself lost a byte); every other reads as it was.
        const got = d.text.split('\n');
        let head = 0;
        while (got[head] === lines[head]) head++;
        let tail = 0;
        while (tail < got.length - head && got[got.length - 1 - tail] === lines[lines.length - 1 - tail]) tail++;
        expect([got.length - head - tail, lines.length - head - tail <= 2]).toEqual([1, true]);
        expect(got[head]).toContain('\ufffd');
        expect(d.replaced).toBe(1);
      }
    }
  });

  test('DECODING_REPLACED says which lines, one warning each, the rest after 20 lines in one', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `第${i + 1}行`);
    lines[2] = 'a\ufffd\ufffdb';
    const one = replacementWarnings({ text: lines.join('\n'), encoding: 'utf-8', replaced: 2 });
    expect(one).toEqual([
      { code: 'DECODING_REPLACED', severity: 'warning', message: '2 invalid byte sequence(s) in utf-8 were replaced by U+FFFD.', location: { line: 3 } },
    ]);
    const many = replacementWarnings({ text: lines.map((l) => `${l}\ufffd`).join('\r\n'), encoding: 'gb18030', replaced: 31 });
    expect(many).toHaveLength(21);
    expect(many[20]).toEqual({
      code: 'DECODING_REPLACED',
      severity: 'warning',
      message: '10 invalid byte sequence(s) in gb18030 were replaced by U+FFFD on 10 more lines (21–30).',
      location: { line: 21 },
    });
    expect(replacementWarnings({ text: 'ok', encoding: 'utf-8', replaced: 0 })).toEqual([]);
  });

  test('only what is mostly not text is refused', () => {
    const r = rng(7);
    const noise = Buffer.from(Array.from({ length: 2000 }, () => Math.floor(r() * 256)));
    expect(() => decodeText(noise)).toThrow(XxgkError);
    // 5 % of the bytes overwritten: still text.
    const bytes = Buffer.from(report);
    for (let i = 0; i < bytes.length; i += 20) bytes[i] = 0x80 + Math.floor(r() * 0x80);
    expect(decodeText(bytes).encoding).toBe('utf-8');
  });
});
