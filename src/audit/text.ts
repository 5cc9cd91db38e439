import type { Report, Subsection } from '../model/report.js';
import { lineOrPage } from '../middle/sections.js';
import { collapseSpaces, toHalfWidth } from '../util/normalize.js';
import type { FindingLocation } from './finding.js';

/** A sentence of the report's running text, with where it stands. */
export interface Sentence {
  /** As printed, spaces next to CJK characters removed. */
  text: string;
  /** For matching: half-width digits, no spaces at all. */
  normal: string;
  /** Section ordinal (undefined in the preamble). */
  section?: number;
  /** Titles of the subsections it stands under (`依申请公开情况`). */
  headings: string[];
  location: FindingLocation;
}

const SENTENCES = new WeakMap<Report, Sentence[]>();

/** The running text of a report (preamble, sections, subsections) as sentences, in document order (read once per report). */
export function sentencesOf(report: Report): Sentence[] {
  let out = SENTENCES.get(report);
  if (!out) SENTENCES.set(report, (out = readSentences(report)));
  return out;
}

function readSentences(report: Report): Sentence[] {
  const out: Sentence[] = [];
  const add = (paragraph: string, section: number | undefined, headings: string[], location: FindingLocation) => {
    for (const s of splitSentences(paragraph)) {
      const text = collapseSpaces(s);
      out.push({ text, normal: normalizeSentence(text), ...(section !== undefined ? { section } : {}), headings, location });
    }
  };
  for (const p of report.preamble) add(p, undefined, [], {});
  for (const section of report.sections) {
    const where: FindingLocation = { section: section.ordinal, ...lineOrPage(section.location) };
    for (const p of section.paragraphs) add(p, section.ordinal, [], where);
    const walk = (subs: Subsection[], headings: string[]) => {
      for (const sub of subs) {
        const h = [...headings, sub.title];
        const at: FindingLocation = { section: section.ordinal, ...lineOrPage(sub.location) };
        add(sub.title, section.ordinal, h, at);
        for (const p of sub.paragraphs) add(p, section.ordinal, h, at);
        walk(sub.children, h);
      }
    };
    walk(section.subsections, []);
  }
  return out;
}

/** Splits at 。！？； (keeping the mark); a sentence is the unit a statement is quoted in. */
export function splitSentences(paragraph: string): string[] {
  return (paragraph.match(/[^。！？；!?;]+[。！？；!?;]?/g) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Half-width digits, no white space, `1,234` → `1234`. */
export function normalizeSentence(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}
