import { readDocItems } from '../../../src/frontends/doc/binary.js';
import { cfb } from '../../support/containers.js';
import { fixtureBytes } from '../../support/fixtures.js';

test('cell and row marks: rows come out as Word stores them, with merged continuations as empty cells', async () => {
  const items = await readDocItems(fixtureBytes('word/zhangdian-2020.doc'));
  const rows = items.filter((i) => i.kind === 'row').map((i) => (i.kind === 'row' ? i.cells : []));
  const paragraphs = items.filter((i) => i.kind === 'paragraph').map((i) => (i.kind === 'paragraph' ? i.text : ''));
  expect(paragraphs.slice(0, 2)).toEqual(['淄博市公安局交通警察支队张店大队', '2020年政府信息公开工作年度报告']);
  const row = (label: string) => rows.find((r) => r.includes(label));
  expect(row('行政许可')).toEqual(['行政许可', '176454', '减72462', '103992']);
  // A header cell with a line break inside.
  expect(rows.flat()).toContain('本年新\n制作数量');
  // The first result row holds the vertical label; the rows under it start with its empty continuation.
  expect(row('（一）予以公开')).toEqual(['三、本年度办理结果', '（一）予以公开', '2', '0', '0', '0', '0', '0', '2']);
  expect(row('2.其他法律行政法规禁止公开')).toEqual(['', '', '2.其他法律行政法规禁止公开', '0', '0', '0', '0', '0', '0', '0']);
  expect(rows.filter((r) => r.length === 0)).toEqual([]);
});

test('a stream that is not Word, or an encrypted one, is DOC_DAMAGED', async () => {
  await expect(readDocItems(fixtureBytes('word/bad/unreadable.doc'))).rejects.toMatchObject({ code: 'DOC_DAMAGED' });
  const fib = Buffer.alloc(1024);
  fib.writeUInt16LE(0xa5ec, 0);
  fib.writeUInt16LE(0x0100, 0x0a); // fEncrypted
  await expect(readDocItems(cfb([{ name: 'WordDocument', data: fib }]))).rejects.toMatchObject({ code: 'DOC_DAMAGED', message: 'The Word (.doc) file is encrypted with a password.' });
  // An OLE container that is some other document (a spreadsheet's Workbook stream).
  await expect(readDocItems(cfb([{ name: 'Workbook', data: Buffer.alloc(100) }]))).rejects.toMatchObject({ code: 'DOC_DAMAGED' });
});

describe('an OLE container whose header or directory lies (probe 2026-12-07, fifteenth session)', () => {
  const SECTOR = 512;
  /** The Zhangdian .doc, its allocation table and the byte offsets of its directory entries. */
  const source = () => {
    const b = Buffer.from(fixtureBytes('word/zhangdian-2020.doc'));
    const sat = (id: number) => b.readInt32LE(SECTOR + b.readInt32LE(76) * SECTOR + 4 * id);
    const dirSectors: number[] = [];
    for (let s = b.readInt32LE(48); s >= 0 && dirSectors.length < 100; s = sat(s)) dirSectors.push(s);
    const entries = dirSectors.flatMap((s) => [0, 1, 2, 3].map((k) => (s + 1) * SECTOR + k * 128));
    return { b, entries };
  };

  test('every directory entry\'s left and right both the next entry (a subtree shared 2^n ways): DOC_DAMAGED, not a process V8 aborts', async () => {
    const { b, entries } = source();
    b.writeInt32LE(1, entries[0]! + 76);
    for (let i = 1; i < entries.length; i++) {
      const next = i + 1 < entries.length ? i + 1 : -1;
      b.writeInt32LE(next, entries[i]! + 68);
      b.writeInt32LE(next, entries[i]! + 72);
    }
    await expect(readDocItems(b)).rejects.toMatchObject({ code: 'DOC_DAMAGED', message: expect.stringContaining('reached twice') });
  });

  test('a header declaring more allocation-table sectors than the file holds (2^31, a looping master table): DOC_DAMAGED at once', async () => {
    const { b } = source();
    b.writeInt32LE(110, 44);
    b.writeInt32LE(0, 68);
    b.writeInt32LE(0x7fffffff, 72);
    await expect(readDocItems(b)).rejects.toMatchObject({ code: 'DOC_DAMAGED', message: expect.stringContaining('master-table sectors in a file of') });
  });
});
