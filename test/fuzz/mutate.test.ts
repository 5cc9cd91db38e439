/** The fuzz mutations (scripts/fuzz/mutate.mjs): deterministic, and each does the damage it names. */
import { fixtureBytes } from '../support/fixtures.js';
// @ts-expect-error: plain JavaScript shared with `npm run fuzz`
import { caseSeeds, describeCase, MUTATIONS, mutatedBytes } from '../../scripts/fuzz/mutate.mjs';
// @ts-expect-error: plain JavaScript shared with `npm run fuzz`
import { CORPUS } from '../../scripts/fuzz/corpus.mjs';

const zipEntries = (b: Buffer) => {
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const names: string[] = [];
  for (let p = b.readUInt32LE(eocd + 16), i = 0; i < b.readUInt16LE(eocd + 10); i++) {
    const n = b.readUInt16LE(p + 28);
    names.push(b.subarray(p + 46, p + 46 + n).toString('latin1'));
    // Each entry's local header is where the central directory says.
    expect(b.readUInt32LE(b.readUInt32LE(p + 42))).toBe(0x04034b50);
    p += 46 + n + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return names;
};

test('a seed always gives the same case and the same bytes', () => {
  const text = fixtureBytes('zhangdian-traffic-police-2020.txt');
  expect(caseSeeds(5, 3)).toEqual(caseSeeds(5, 3));
  for (const name of Object.keys(MUTATIONS)) expect(mutatedBytes(text, name, 42).equals(mutatedBytes(text, name, 42))).toBe(true);
  const c = describeCase(123, CORPUS);
  expect(describeCase(123, CORPUS)).toEqual(c);
  expect(CORPUS.map((e: { path: string }) => e.path)).toContain(c.entry.path);
});

test('deleteZipEntry leaves a well-formed zip with one entry fewer', () => {
  const docx = fixtureBytes('official-template-2021.docx');
  const before = zipEntries(docx);
  const after = zipEntries(mutatedBytes(docx, 'deleteZipEntry', 5));
  expect(after).toHaveLength(before.length - 1);
  expect(after.every((n) => before.includes(n))).toBe(true);
});

test('truncate cuts, nul and overwrite keep the length, insertBlock and duplicate add bytes', () => {
  const text = fixtureBytes('zhangdian-traffic-police-2020.txt');
  expect(mutatedBytes(text, 'truncate', 1).length).toBeLessThan(text.length);
  expect(mutatedBytes(text, 'nul', 1).length).toBe(text.length);
  expect(mutatedBytes(text, 'nul', 1).includes(0)).toBe(true);
  expect(mutatedBytes(text, 'overwrite', 1).length).toBe(text.length);
  expect(mutatedBytes(text, 'insertBlock', 1).length).toBeGreaterThan(text.length);
  expect(mutatedBytes(text, 'duplicate', 1).length).toBeGreaterThan(text.length);
  const reordered = mutatedBytes(text, 'reorderLines', 3);
  expect(reordered.length).toBe(text.length);
  expect(reordered.toString('utf8').split('\n').sort()).toEqual(text.toString('utf8').split('\n').sort());
  expect(mutatedBytes(text, 'deleteLines', 3).length).toBeLessThan(text.length);
});
