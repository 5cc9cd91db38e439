/**
 * A generated archive for the batch tests and the batch benchmark: distinct
 * reports in every format xxgk knows (text in three encodings and two layouts,
 * PDFs of generated reports, DOCX and HTML), in nested folders, plus exact
 * copies, bad files, test-hook files and fuzzed files, each with what the
 * batch must record for it.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import type { FormatVersion } from '../../src/model/statistics.js';
import { FIXTURES } from './fixtures.js';
import { type FlatValues, int, randomSpec, rng, type ReportSpec } from './random-report.js';
import { zip } from './containers.js';
import { DEFAULT_LAYOUT, renderHtml } from './render-html.js';
import { renderText } from './render-text.js';

export type Expectation =
  /** A report whose statistics cells must equal these values. */
  | { kind: 'values'; version: FormatVersion; agency: string; year: number; values: FlatValues }
  | { kind: 'error'; code: string }
  | { kind: 'duplicate'; of: string }
  /** Fuzzed bytes: a row of its own, parsed or with a listed input error code. */
  | { kind: 'any' };

export interface ArchiveSpec {
  /** Generated text reports (seeds 1…n). */
  texts: number;
  /** Committed generated PDFs to include (at most 36). */
  pdfs?: number;
  /** Variants of each PDF (after the first, each gets a distinct trailing comment that readers ignore). */
  pdfCopies?: number;
  /** DOCX and HTML reports (each). */
  wordAndHtml?: number;
  /** Exact copies of earlier files. */
  copies?: number;
  /** Bad files (empty, truncated, random bytes, password, …) and the test-hook files. */
  bad?: boolean;
  /** Fuzzed variants of a PDF and a text report. */
  fuzzed?: number;
}

export interface TestArchive {
  root: string;
  /** Every file's path as the walk yields it → what the batch must record. */
  files: Map<string, Expectation>;
}

interface GeneratedJson {
  spec: ReportSpec;
}

/** Committed generated PDFs read completely (LibreOffice and Chromium producers), with their specs. */
export function generatedPdfs(): { file: string; spec: ReportSpec }[] {
  const out: { file: string; spec: ReportSpec }[] = [];
  for (const folder of ['pdf', 'chromium']) {
    const dir = join(FIXTURES, 'generated', folder);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.pdf') && !n.startsWith('zhangdian')).sort()) {
      const { spec } = JSON.parse(readFileSync(join(dir, f.replace(/\.pdf$/, '.json')), 'utf8')) as GeneratedJson;
      out.push({ file: join(dir, f), spec });
    }
  }
  return out;
}

const valuesOf = (spec: ReportSpec) => ({ version: spec.version, agency: spec.agency, year: spec.year, values: spec.values });

/** The bytes of a text report in one of the encodings real archives hold. */
function encodeText(text: string, seed: number): Buffer {
  if (seed % 5 === 0) return iconv.encode(text, 'gb18030');
  if (seed % 7 === 0) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return Buffer.from(text, 'utf8');
}

/** Seeded byte damage: flipped bytes, a cut, or garbage spliced in. */
function fuzz(bytes: Buffer, seed: number): Buffer {
  const r = rng(seed);
  const out = Buffer.from(bytes);
  switch (seed % 3) {
    case 0:
      for (let i = 0, n = int(r, 1, 64); i < n; i++) out[int(r, 0, out.length - 1)] = int(r, 0, 255);
      return out;
    case 1:
      return out.subarray(0, int(r, 1, out.length - 1));
    default: {
      const at = int(r, 0, out.length);
      const junk = Buffer.from(Array.from({ length: int(r, 1, 4096) }, () => int(r, 0, 255)));
      return Buffer.concat([out.subarray(0, at), junk, out.subarray(at)]);
    }
  }
}

export function buildArchive(root: string, spec: ArchiveSpec): TestArchive {
  const files = new Map<string, Expectation>();
  const put = (rel: string, bytes: Buffer | string, expect: Expectation) => {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    files.set(path, expect);
    return path;
  };

  // Text reports, nested by year and agency, in two layouts and three encodings.
  for (let seed = 1; seed <= spec.texts; seed++) {
    const report = randomSpec(seed);
    const { text } = renderText(report, seed, seed % 2 ? 'cells' : 'tsv');
    put(`text/${report.year}/${report.agency}/report-${seed}.txt`, encodeText(text, seed), { kind: 'values', ...valuesOf(report) });
  }

  // PDFs of generated reports (committed fixtures); further copies differ by a trailing comment, which readers ignore.
  const pdfs = generatedPdfs().slice(0, spec.pdfs ?? 0);
  for (let copy = 0; copy < (spec.pdfCopies ?? 1); copy++) {
    for (const { file, spec: report } of pdfs) {
      const bytes = readFileSync(file);
      const name = file.split('/').slice(-2).join('/');
      const variant = copy === 0 ? bytes : Buffer.concat([bytes, Buffer.from(`\n%xxgk archive copy ${copy}\n`)]);
      put(`pdf/${report.year}/${copy === 0 ? name : name.replace(/\.pdf$/, `-${copy}.pdf`)}`, variant, { kind: 'values', ...valuesOf(report) });
    }
  }

  // Formats whose front ends land later: refused today, read (with these values) then.
  const docxDir = join(FIXTURES, 'generated', 'docx');
  const docx = readdirSync(docxDir).filter((n) => n.endsWith('.docx')).sort().slice(0, spec.wordAndHtml ?? 0);
  for (const name of docx) {
    const { spec: report } = JSON.parse(readFileSync(join(docxDir, name.replace(/\.docx$/, '.json')), 'utf8')) as GeneratedJson;
    put(`word/${name}`, readFileSync(join(docxDir, name)), { kind: 'values', ...valuesOf(report) });
  }
  for (let i = 0; i < (spec.wordAndHtml ?? 0); i++) {
    const report = randomSpec(5000 + i);
    put(`html/report-${5000 + i}.html`, renderHtml(report, DEFAULT_LAYOUT), { kind: 'values', ...valuesOf(report) });
  }

  // Exact copies under another folder (walked after the originals): recorded as duplicates of the first path.
  const originals = [...files.entries()].filter(([, e]) => e.kind === 'values');
  for (let i = 0; i < (spec.copies ?? 0) && originals.length; i++) {
    const [path] = originals[Math.floor((i * originals.length) / (spec.copies ?? 1))]!;
    const target = join(root, 'zz-copies', `copy-${i}${path.slice(path.lastIndexOf('.'))}`);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(path, target);
    files.set(target, { kind: 'duplicate', of: path });
  }

  if (spec.bad) {
    const r = rng(99);
    put('bad/empty.txt', '', { kind: 'error', code: 'EMPTY_INPUT' });
    put('bad/whitespace.txt', ' \n\t\u3000\n', { kind: 'error', code: 'EMPTY_INPUT' });
    put('bad/truncated.pdf', readFileSync(join(FIXTURES, 'bad', 'truncated.pdf')), { kind: 'error', code: 'PDF_DAMAGED' });
    put('bad/user-password.pdf', readFileSync(join(FIXTURES, 'bad', 'encrypted-user.pdf')), { kind: 'error', code: 'PDF_ENCRYPTED' });
    put('bad/scanned.pdf', readFileSync(join(FIXTURES, 'bad', 'image-only.pdf')), { kind: 'error', code: 'PDF_NO_TEXT_LAYER' });
    put('bad/not-a-report.pdf', readFileSync(join(FIXTURES, 'bad', 'not-a-report.pdf')), { kind: 'error', code: 'NOT_A_REPORT' });
    put('bad/random.bin', Buffer.from(Array.from({ length: 5000 }, () => int(r, 0, 255))), { kind: 'error', code: 'UNSUPPORTED_FORMAT' });
    put('bad/zip.zip', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]), { kind: 'error', code: 'DOCX_DAMAGED' });
    put('bad/not-word.zip', zip([{ name: 'readme.txt', data: Buffer.from('not a Word document') }]), { kind: 'error', code: 'ZIP_NOT_DOCX' });
    const text = renderText(randomSpec(1), 1).text;
    put('bad/cut-short.txt', text.slice(0, 60), { kind: 'error', code: 'NOT_A_REPORT' });
    // Test hooks (active only with XXGK_BATCH_TEST_HOOKS=1): stall, exhaust memory, crash the worker.
    // Last in walk order, so that a worker held up by the stall for the whole time limit does not
    // leave the other to parse everything else alone (the test checks that both workers did work).
    put('zz-hooks/hang.bin', 'XXGK-TEST-HANG\n', { kind: 'error', code: 'TIMEOUT' });
    put('zz-hooks/oom.bin', 'XXGK-TEST-OOM\n', { kind: 'error', code: 'OUT_OF_MEMORY' });
    put('zz-hooks/crash.bin', 'XXGK-TEST-CRASH\n', { kind: 'error', code: 'INTERNAL' });
    const dangling = join(root, 'bad', 'dangling-link.txt');
    symlinkSync(join(root, 'bad', 'no-such-file'), dangling);
    files.set(dangling, { kind: 'error', code: 'INPUT_UNREADABLE' });
  }

  const pdf = readFileSync(generatedPdfs()[0]!.file);
  const txt = Buffer.from(renderText(randomSpec(2), 2).text, 'utf8');
  for (let i = 0; i < (spec.fuzzed ?? 0); i++) put(`fuzz/fuzz-${i}.${i % 2 ? 'txt' : 'pdf'}`, fuzz(i % 2 ? txt : pdf, 7000 + i), { kind: 'any' });
  return { root, files };
}
