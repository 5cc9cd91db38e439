/**
 * A file's identity before it is parsed: SHA-256 of its bytes, its size and
 * the format its first bytes show. Read in the main thread (a streaming hash
 * is fast) so that duplicates and already-archived files never reach a worker.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { detectFormat } from '../frontends/detect.js';
import { fsPath } from '../util/paths.js';

export interface Fingerprint {
  sha256: string | null;
  bytes: number | null;
  /** The detected format, null for an empty file or when unread. */
  format: string | null;
}

/** Fingerprints a file; what cannot be read (or exceeds `maxBytes`) gets nulls and is left to the parse to name. */
export async function fingerprint(path: string, maxBytes: number): Promise<Fingerprint> {
  const info = await stat(fsPath(path)).catch(() => null);
  if (!info || !info.isFile()) return { sha256: null, bytes: null, format: null };
  if (info.size > maxBytes) return { sha256: null, bytes: info.size, format: null };
  const hash = createHash('sha256');
  let head: Buffer | null = null;
  let last: Buffer | null = null; // a ZIP names its parts at the end: DOCX is told from ZIP there
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(fsPath(path), { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      if (!head) head = chunk;
      else last = chunk;
      hash.update(chunk);
      bytes += chunk.length;
    }
  } catch {
    return { sha256: null, bytes: info.size, format: null };
  }
  return { sha256: hash.digest('hex'), bytes, format: head && bytes > 0 ? detectFormat(last ? Buffer.concat([head, last]) : head) : null };
}
