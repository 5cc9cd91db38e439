import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPaths } from '../../src/cli/files.js';

test('folders are walked recursively and sorted, hidden entries and other extensions skipped; named paths kept as given', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-files-'));
  try {
    mkdirSync(join(dir, 'b', 'c'), { recursive: true });
    mkdirSync(join(dir, '.git'));
    for (const f of ['z.pdf', 'a.TXT', 'notes.json', '.hidden.txt', 'b/x.docx', 'b/c/y.html', '.git/config.txt']) writeFileSync(join(dir, f), 'x');
    expect(expandPaths([dir]).map((p) => p.slice(dir.length + 1))).toEqual(['a.TXT', 'b/c/y.html', 'b/x.docx', 'z.pdf']);
    const named = join(dir, 'notes.json');
    const missing = join(dir, 'missing.txt');
    expect(expandPaths([named, missing])).toEqual([named, missing]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a link back up the tree is walked once, not forever: two such links list each file once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-files-'));
  try {
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd', 'r.txt'), 'x');
    symlinkSync('.', join(dir, 'd', 'self'));
    symlinkSync('..', join(dir, 'd', 'up'));
    expect(expandPaths([dir]).map((p) => p.slice(dir.length + 1))).toEqual(['d/r.txt']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a path named twice, or a folder and a file in it, is listed once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-files-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'x');
    writeFileSync(join(dir, 'b.txt'), 'x');
    expect(expandPaths([dir, join(dir, 'b.txt'), join(dir, 'a.txt'), join(dir, 'a.txt')]).map((p) => p.slice(dir.length + 1))).toEqual(['a.txt', 'b.txt']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
