/**
 * The batch's inputs: files, folders (walked recursively) and globs, streamed
 * in a stable order (names sorted within each folder) so that two runs over
 * the same tree see the same files in the same order.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fsPath, nameOf } from '../util/paths.js';

/** A share of the archive: this run takes the files whose path hashes to `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n); null when malformed. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/** FNV-1a of the path: stable across machines and runs, so shards never overlap. */
export function inShard(path: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(path.split(sep).join('/'), 'utf8')) h = Math.imul(h ^ ch, 0x01000193) >>> 0;
  return h % shard.count === shard.index - 1;
}

const GLOB_CHARS = /[*?[]/;

/** A glob (`*`, `**`, `?`, `[…]`) as a regular expression over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches any number of folders, including none.
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * A folder's files, depth first. Nothing met is passed over: a folder that
 * cannot be listed, a pipe, a device or a link is yielded as it is, for its
 * row to say why it was not read; names that are not UTF-8 as `nameOf` writes them.
 */
async function* walkFolder(dir: string): AsyncGenerator<string> {
  let entries: Dirent<Buffer>[];
  try {
    entries = await readdir(fsPath(dir), { withFileTypes: true, encoding: 'buffer' });
  } catch {
    yield dir; // unlisted: its row records it (a folder, not a file)
    return;
  }
  const named = entries.map((e) => ({ e, name: nameOf(e.name) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { e, name } of named) {
    const p = join(dir, name);
    if (e.isDirectory()) yield* walkFolder(p);
    else yield p;
  }
}

/** The files a glob matches; a glob that matches none is yielded itself, for its row to say so. */
async function* walkGlob(glob: string): AsyncGenerator<string> {
  const parts = glob.split(/[\\/]/);
  const first = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, first).join('/') || (glob.startsWith('/') ? '/' : '.');
  const pattern = globToRegExp(parts.slice(first).join('/'));
  let matched = false;
  if (await stat(base).then((s) => s.isDirectory(), () => false)) {
    for await (const p of walkFolder(base)) {
      if (pattern.test(relative(base, p).split(sep).join('/'))) {
        matched = true;
        yield p;
      }
    }
  }
  if (!matched) yield glob;
}

/**
 * Every file named by the inputs, in order. A path that does not exist is
 * yielded as is (its row records INPUT_UNREADABLE), never dropped. A file
 * named twice (a folder and a file in it) comes twice; the runner keeps one.
 */
export async function* walkInputs(inputs: Iterable<string> | AsyncIterable<string>, shard?: Shard): AsyncGenerator<string> {
  for await (const input of inputs) {
    const info = await stat(input).catch(() => null);
    const source = info?.isDirectory() ? walkFolder(input) : !info && GLOB_CHARS.test(input) ? walkGlob(input) : [input];
    for await (const p of source) if (inShard(p, shard)) yield p;
  }
}
