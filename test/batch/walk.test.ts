import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globToRegExp, inShard, parseShard, walkInputs } from '../../src/batch/walk.js';
import { fsPath, nameOf } from '../../src/util/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'xxgk-walk-'));
const files = ['b/2.pdf', 'b/1.txt', 'a/x/deep.pdf', 'a/y.txt', 'c.pdf'];
beforeAll(() => {
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), f);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function list(inputs: string[], shard?: { index: number; count: number }): Promise<string[]> {
  const out: string[] = [];
  for await (const p of walkInputs(inputs, shard)) out.push(p.slice(dir.length + 1));
  return out;
}

test('folders are walked recursively, names sorted in each folder', async () => {
  expect(await list([dir])).toEqual(['a/x/deep.pdf', 'a/y.txt', 'b/1.txt', 'b/2.pdf', 'c.pdf']);
});

test('files are taken as named, a missing one kept (its row will say why)', async () => {
  expect(await list([join(dir, 'c.pdf'), join(dir, 'nope.txt'), join(dir, 'b')])).toEqual(['c.pdf', 'nope.txt', 'b/1.txt', 'b/2.pdf']);
});

test('globs: *, ** and ?', async () => {
  expect(await list([`${dir}/**/*.pdf`])).toEqual(['a/x/deep.pdf', 'b/2.pdf', 'c.pdf']);
  expect(await list([`${dir}/*/*.txt`])).toEqual(['a/y.txt', 'b/1.txt']);
  expect(await list([`${dir}/b/?.*`])).toEqual(['b/1.txt', 'b/2.pdf']);
  expect(globToRegExp('**/*.pdf').test('a/b/c.pdf')).toBe(true);
  expect(globToRegExp('*.pdf').test('a/c.pdf')).toBe(false);
  expect(globToRegExp('[ab].txt').test('b.txt')).toBe(true);
});

test('shards split the files into disjoint shares that cover them all', async () => {
  expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
  for (const bad of ['0/3', '4/3', '1/0', 'x', '1/2/3']) expect(parseShard(bad)).toBeNull();
  const paths = Array.from({ length: 300 }, (_, i) => `archive/${i}.pdf`);
  const shares = [1, 2, 3].map((index) => paths.filter((p) => inShard(p, { index, count: 3 })));
  expect(shares.flat().sort()).toEqual([...paths].sort());
  for (const s of shares) expect(s.length).toBeGreaterThan(70);
  const all = await list([dir]);
  const split = [...(await list([dir], { index: 1, count: 2 })), ...(await list([dir], { index: 2, count: 2 }))];
  expect(split.sort()).toEqual(all.sort());
});

test('nothing met is passed over: a glob matching nothing, a pipe, a name that is not UTF-8 each come out for a row of their own', async () => {
  const odd = join(dir, 'odd');
  mkdirSync(odd);
  // GBK names (`市2020.txt`, `县2020.txt`), as unzipping a Windows archive writes them: Node would read both as `�2020.txt`.
  const gbk = [Buffer.from([0xca, 0xd0]), Buffer.from([0xcf, 0xd8])].map((b) => Buffer.concat([Buffer.from(`${odd}/`), b, Buffer.from('2020.txt')]));
  gbk.forEach((p, i) => writeFileSync(p, `report ${i}`));
  execFileSync('mkfifo', [join(odd, 'pipe')]);
  expect(await list([odd])).toEqual(['odd/\\xCA\\xD02020.txt', 'odd/\\xCF\\xD82020.txt', 'odd/pipe']);
  // The escaped names open the files they stand for.
  expect(readFileSync(fsPath(join(odd, '\\xCF\\xD82020.txt')), 'utf8')).toBe('report 1');
  expect(nameOf(Buffer.from('县2020.txt'))).toBe('县2020.txt');
  expect(await list([`${dir}/**/*.docx`, join(dir, 'nowhere', '*.txt')])).toEqual(['**/*.docx', 'nowhere/*.txt']);
  rmSync(odd, { recursive: true });
});
