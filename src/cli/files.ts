import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Extensions of the report files a folder walk picks up (a named file is always taken, whatever its name). */
export const REPORT_EXTENSIONS = ['.txt', '.pdf', '.docx', '.doc', '.html', '.htm'];

/**
 * The files named on the command line, folders walked recursively (sorted,
 * hidden entries skipped, only report extensions). A path that cannot be read
 * is kept as is, so that reading it gives its input error in its place.
 */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
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
  return out;
}
