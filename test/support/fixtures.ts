import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Section, Subsection } from '../../src/model/report.js';

/** The project's own fixtures folder (never ../shared). */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function fixturePath(name: string): string {
  return FIXTURES + name;
}

export function fixtureBytes(name: string): Buffer {
  return readFileSync(fixturePath(name));
}

export const ZHANGDIAN = 'zhangdian-traffic-police-2020.txt';
export const zhangdianText = (): string => fixtureBytes(ZHANGDIAN).toString('utf8');

/** Reads a canonical path (`applications.denied.stateSecret.total`) out of an object. */
export function at(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], root);
}

/** The applicant columns in order, to write table 三 rows compactly. */
export function applicant(values: (number | null)[]) {
  const [naturalPerson, commercial, research, socialWelfare, legalService, otherOrg, total] = values;
  return { naturalPerson, commercial, research, socialWelfare, legalService, otherOrg, total };
}

export function review(values: (number | null)[]) {
  const [maintained, corrected, other, pending, total] = values;
  return { maintained, corrected, other, pending, total };
}

/** The section tree in a compact form: sections with their printed numbers, titles, paragraph counts and nested items. */
export function treeOf(sections: Section[]) {
  const items = (subs: Subsection[]): unknown[] => subs.map((s) => [s.number, s.title, s.paragraphs.length, items(s.children)]);
  return sections.map((s) => ({
    ordinal: s.ordinal,
    number: s.number,
    kind: s.kind,
    title: s.title,
    paragraphs: s.paragraphs.length,
    subsections: items(s.subsections),
  }));
}
