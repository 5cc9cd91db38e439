/**
 * Page numbers as reports print them: `-1-`, `- 2 -`, `第 3 页 共 5 页`, `3/5`,
 * `Page 2 of 9`, or bare digits. Shared by the front ends that meet them
 * between lines of content (PDF page furniture, text converted from a paginated file).
 */
import { toHalfWidth } from './normalize.js';

const PAGE_NUMBER = [
  /^[-—–－‐~～_\s]*\d{1,4}[-—–－‐~～_\s]*$/,
  /^第\s*\d{1,4}\s*页\s*[,，/／]?\s*(共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^(page|Page|PAGE)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/,
];

/** Reads as a page number; `bare` says it is only digits (weaker evidence). */
export function pageNumberKind(text: string): 'decorated' | 'bare' | null {
  // Full-width digits (`－３－`) are the same page number.
  const t = toHalfWidth(text.trim());
  if (/^\d{1,4}$/.test(t)) return 'bare';
  return PAGE_NUMBER.some((re) => re.test(t)) ? 'decorated' : null;
}
