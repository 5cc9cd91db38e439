/**
 * Seeded mutations of a file's bytes, the damage real files suffer: cut off,
 * bytes overwritten, NULs, random blocks inserted, regions duplicated, lines
 * reordered or deleted (a download with broken offsets), zip entries deleted.
 * One case is one 32-bit seed: the same seed gives the same bytes.
 */

/**
 * mulberry32, the PRNG of test/support/random-report.ts, restated here because
 * the harness runs as plain Node (child processes, `npm run fuzz`) without a
 * TypeScript build of test/support.
 */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
/** Damage is mostly small (a few bytes), sometimes large. */
const howMany = (r, len) => (r() < 0.7 ? int(r, 1, 8) : int(r, 1, Math.max(1, Math.floor(len / 100))));

function splitLines(bytes) {
  const lines = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) (lines.push(bytes.subarray(start, i + 1)), (start = i + 1));
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

export const MUTATIONS = {
  truncate(b, r) {
    return b.subarray(0, int(r, 0, b.length - 1));
  },
  overwrite(b, r) {
    const out = Buffer.from(b);
    for (let n = howMany(r, b.length); n > 0; n--) out[int(r, 0, out.length - 1)] = r() < 0.5 ? int(r, 0x80, 0xff) : int(r, 0, 0xff);
    return out;
  },
  nul(b, r) {
    const out = Buffer.from(b);
    for (let n = howMany(r, b.length); n > 0; n--) out[int(r, 0, out.length - 1)] = 0;
    return out;
  },
  insertBlock(b, r) {
    const at = int(r, 0, b.length);
    const block = Buffer.alloc(int(r, 1, 512));
    for (let i = 0; i < block.length; i++) block[i] = int(r, 0, 255);
    return Buffer.concat([b.subarray(0, at), block, b.subarray(at)]);
  },
  duplicate(b, r) {
    const from = int(r, 0, b.length - 1);
    const region = b.subarray(from, Math.min(b.length, from + int(r, 1, 4096)));
    const at = int(r, 0, b.length);
    return Buffer.concat([b.subarray(0, at), region, b.subarray(at)]);
  },
  reorderLines(b, r) {
    const lines = splitLines(b);
    if (lines.length < 3) return Buffer.from(b);
    for (let n = howMany(r, lines.length * 100); n > 0; n--) {
      const i = int(r, 1, lines.length - 1), j = int(r, 1, lines.length - 1);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return Buffer.concat(lines);
  },
  deleteLines(b, r) {
    const lines = splitLines(b);
    for (let n = howMany(r, lines.length * 100); n > 0 && lines.length > 1; n--) lines.splice(int(r, 0, lines.length - 1), 1);
    return Buffer.concat(lines);
  },
  /** A well-formed zip with one entry removed (its local record and its central directory record). */
  deleteZipEntry(b, r) {
    const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0) return Buffer.from(b);
    const count = b.readUInt16LE(eocd + 10);
    const cdStart = b.readUInt32LE(eocd + 16);
    const entries = [];
    for (let p = cdStart, i = 0; i < count; i++) {
      const len = 46 + b.readUInt16LE(p + 28) + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
      entries.push({ cd: b.subarray(p, p + len), local: b.readUInt32LE(p + 42) });
      p += len;
    }
    if (entries.length === 0) return Buffer.from(b);
    const sorted = [...entries].sort((x, y) => x.local - y.local);
    sorted.forEach((e, i) => (e.localEnd = i + 1 < sorted.length ? sorted[i + 1].local : cdStart));
    const drop = int(r, 0, entries.length - 1);
    const parts = [];
    const cds = [];
    let offset = 0;
    for (const [i, e] of entries.entries()) {
      if (i === drop) continue;
      const cd = Buffer.from(e.cd);
      cd.writeUInt32LE(offset, 42);
      cds.push(cd);
      parts.push(b.subarray(e.local, e.localEnd));
      offset += e.localEnd - e.local;
    }
    const cd = Buffer.concat(cds);
    const end = Buffer.from(b.subarray(eocd, eocd + 22));
    end.writeUInt16LE(cds.length, 8);
    end.writeUInt16LE(cds.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    end.writeUInt16LE(0, 20);
    return Buffer.concat([...parts, cd, end]);
  },
};

const BY_KIND = {
  text: ['truncate', 'overwrite', 'nul', 'insertBlock', 'duplicate', 'reorderLines', 'deleteLines'],
  pdf: ['truncate', 'overwrite', 'nul', 'insertBlock', 'duplicate', 'reorderLines', 'deleteLines'],
  zip: ['truncate', 'overwrite', 'nul', 'insertBlock', 'duplicate', 'deleteZipEntry', 'deleteZipEntry'],
  // An OLE container (legacy DOC): bytes, no lines.
  ole: ['truncate', 'overwrite', 'nul', 'insertBlock', 'duplicate'],
};

/** The corpus entry and mutation a case seed stands for (cheap: no bytes). */
export function describeCase(seed, corpus, weight = 'weight') {
  const r = rng(seed);
  const total = corpus.reduce((s, e) => s + e[weight], 0);
  let pick = r() * total;
  const entry = corpus.find((e) => (pick -= e[weight]) < 0) ?? corpus.at(-1);
  const names = BY_KIND[entry.kind];
  const mutation = names[int(r, 0, names.length - 1)];
  return { entry, mutation, mutationSeed: Math.floor(r() * 4294967296) };
}

/** The mutated bytes of a case. */
export function mutatedBytes(original, mutation, mutationSeed) {
  return MUTATIONS[mutation](original, rng(mutationSeed));
}

/** The case seeds of a run: `count` seeds derived from the run's seed. */
export function caseSeeds(runSeed, count) {
  const r = rng(runSeed);
  return Array.from({ length: count }, () => Math.floor(r() * 4294967296));
}
