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
