/**
 * Writers for the containers Word files come in, for fixtures and tests: a
 * zip (stored or deflated entries, sizes that may lie, as zip bombs do) and a
 * minimal OLE compound file (CFB v3), which is what a password-protected DOCX
 * and a legacy DOC are. Deterministic: no timestamps.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipInput {
  name: string;
  data: string | Uint8Array;
  /** Store instead of deflating. */
  store?: boolean;
  /** The inflated size the headers declare (default: the true size). */
  declared?: number;
}

export function zip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const raw = Buffer.from(e.data);
    const body = e.store ? raw : deflateRawSync(raw, { level: 9 });
    const size = e.declared ?? raw.length;
    const method = e.store ? 0 : 8;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(method, 8);
    head.writeUInt32LE(crc32(raw), 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(crc32(raw), 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(head, name, body);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** An OLE compound file (CFB v3, 512-byte sectors) holding these streams in its root; each is padded to 4096 bytes so no mini stream is needed. */
export function cfb(streams: { name: string; data: Uint8Array }[]): Buffer {
  const SECT = 512;
  const FREE = 0xffffffff, END = 0xfffffffe, FATSECT = 0xfffffffd, NONE = 0xffffffff;
  const fat: number[] = new Array(128).fill(FREE);
  fat[0] = FATSECT;
  fat[1] = END;
  let next = 2;
  const laid = streams.map((s) => {
    const size = Math.max(4096, s.data.length);
    const padded = Buffer.alloc(Math.ceil(size / SECT) * SECT);
    Buffer.from(s.data).copy(padded);
    const start = next;
    const n = padded.length / SECT;
    for (let k = 0; k < n; k++) fat[next + k] = k === n - 1 ? END : next + k + 1;
    next += n;
    return { name: s.name, padded, size, start };
  });
  if (next > 128 || streams.length > 3) throw new Error('cfb: at most 3 streams of ~60 KB in all');
  const header = Buffer.alloc(SECT);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(END, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);
  const fatSect = Buffer.alloc(SECT);
  fat.forEach((v, i) => fatSect.writeUInt32LE(v >>> 0, i * 4));
  const dir = Buffer.alloc(SECT);
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const o = i * 128;
    Buffer.from(`${name}\0`, 'utf16le').copy(dir, o);
    dir.writeUInt16LE((name.length + 1) * 2, o + 64);
    dir[o + 66] = type;
    dir[o + 67] = 1; // black
    dir.writeUInt32LE(NONE, o + 68);
    dir.writeUInt32LE(right, o + 72);
    dir.writeUInt32LE(child, o + 76);
    dir.writeUInt32LE(start >>> 0, o + 116);
    dir.writeUInt32LE(size, o + 120);
  };
  entry(0, 'Root Entry', 5, 1, NONE, END, 0);
  laid.forEach((d, i) => entry(i + 1, d.name, 2, NONE, i + 2 <= laid.length ? i + 2 : NONE, d.start, d.size));
  for (let i = laid.length + 1; i < 4; i++) for (const o of [68, 72, 76]) dir.writeUInt32LE(NONE, i * 128 + o);
  return Buffer.concat([header, fatSect, dir, ...laid.map((d) => d.padded)]);
}
