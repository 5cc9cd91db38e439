/**
 * A small reader for the zip container of a DOCX. Our own (node:zlib only)
 * rather than mammoth's JSZip, because a zip bomb must be refused from the
 * central directory, before anything is inflated: the entry count and the
 * declared sizes are checked first, and every part is inflated with a hard
 * output cap, so a header that lies about its size cannot blow up memory.
 */
import { inflateRawSync } from 'node:zlib';
import { XxgkError } from '../../codes.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** More entries than any Word document has (a DOCX holds a few dozen parts). */
export const MAX_ZIP_ENTRIES = 10000;

const damaged = (why: string) => new XxgkError('DOCX_DAMAGED', `The DOCX (zip) is damaged: ${why}.`);

/** The central directory: part name → entry. Throws DOCX_DAMAGED or TOO_LARGE. */
export function readZipDirectory(bytes: Uint8Array, maxTotalBytes: number): Map<string, ZipEntry> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no end of central directory (truncated?)');
  const count = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw damaged('zip64 archives are not Word documents');
  if (count > MAX_ZIP_ENTRIES) throw new XxgkError('TOO_LARGE', `The zip has ${count} entries; a Word document has a few dozen.`);
  if (dirOffset + dirSize > eocd) throw damaged('the central directory lies outside the file');
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw damaged('a central directory entry is corrupt');
    const nameLen = buf.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    };
    total += entry.size;
    if (total > maxTotalBytes) throw new XxgkError('TOO_LARGE', `The zip declares more than ${maxTotalBytes} bytes once inflated (a zip bomb?).`);
    entries.set(entry.name, entry);
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** One part's bytes, inflated with an output cap of its declared size. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) throw damaged(`the local header of ${entry.name} is corrupt`);
  if (entry.flags & 1) throw new XxgkError('DOCX_ENCRYPTED', `${entry.name} is encrypted in the zip.`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw damaged(`${entry.name} runs past the end of the file`);
  const data = buf.subarray(start, end);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw damaged(`${entry.name} uses compression method ${entry.method}`);
  try {
    // +1 so that more output than declared is seen (and refused) rather than cut silently.
    const out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    if (out.length > entry.size) throw new XxgkError('TOO_LARGE', `${entry.name} inflates to more than its declared ${entry.size} bytes (a zip bomb?).`);
    return out;
  } catch (e) {
    if (e instanceof XxgkError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new XxgkError('TOO_LARGE', `${entry.name} inflates to more than its declared ${entry.size} bytes (a zip bomb?).`);
    }
    throw damaged(`${entry.name} does not inflate (${(e as Error).message})`);
  }
}
