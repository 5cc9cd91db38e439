import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Extensions of the report files a folder walk picks up (a named file is always taken, whatever its name). */
export const REPORT_EXTENSIONS = ['.txt', '.pdf', '.docx', '.doc', '.html', '.htm'];

/**
 * The files named on the command line, folders walked recursively (sorted,
 * hidden entries skipped, only report extensions). A path that cannot be read
 * is kept as is, so that reading it gives its input error in its place.
 * Links to folders are followed, each folder walked once; a path that comes
 * twice is listed once.
 */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  // Folders already walked, by their real path: a link back up the tree (`ln -s . self`) is walked once, not forever.
  const seen = new Set<string>();
  const walk = (dir: string) => {
    const real = (() => {
      try {
        return realpathSync(dir);
      } catch {
        return dir;
      }
    })();
    if (seen.has(real)) return;
    seen.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      out.push(dir);
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        out.push(path);
        continue;
      }
      if (isDir) walk(path);
      else if (REPORT_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e))) out.push(path);
    }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // Missing or unreadable: parseReport says which.
    }
    if (isDir) walk(p);
    else out.push(p);
  }
  // A path named twice (a folder and a file in it, or a glob the shell expanded over it) is one file.
  return [...new Set(out)];
}
