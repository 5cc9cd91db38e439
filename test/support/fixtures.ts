import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
