/**
 * A text layer that does not decode: fonts without a Unicode map give glyph
 * numbers as characters, as after printing a PDF through PostScript (`pdftops`
 * then `ps2pdf`) or some re-writers: ASCII and Latin-1 signs where the report's
 * Chinese stood (`!"#$%&'()*+,-./0121`, `ÄÅ¾¿À`), or characters scattered over
 * scripts a Chinese report never uses (`⍚⌭४Ӫ≁᭯ᓌ`). Such a PDF holds the report
 * only as pictures of glyphs: it needs OCR, which is not "not a report".
 */
import { IDEOGRAPH } from '../../util/normalize.js';
import type { PageContent } from './types.js';

/** Fewer CJK characters than this share of the text: no Chinese report. */
const CJK_SHARE = 0.01;
/** Punctuation, symbols and Latin-1 letters at least this share of the rest: glyph numbers, not words. */
const SYMBOL_SHARE = 0.25;
/** Too little text to judge below this many characters. */
const MIN_CHARS = 100;
/** More than this share of characters outside what Chinese reports print: scattered glyph numbers. */
const UNUSUAL_SHARE = 0.3;

const SYMBOL = /[\p{P}\p{S}\u0080-\u024f\ue000-\uf8ff\ufffd]/u;
/**
 * What a Chinese report prints: ASCII, Latin-1, general punctuation, letter-like and number forms,
 * arrows, mathematical signs, circled numbers, shapes, CJK punctuation, the common ideographs (not
 * the rare ones of Extension A, where glyph numbers often land), full-width forms.
 */
const USUAL = /[\u0020-\u00ff\u2000-\u22ff\u2460-\u27bf\u3000-\u303f\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

export function undecodable(pages: readonly PageContent[]): boolean {
  let chars = 0, cjk = 0, symbols = 0, unusual = 0;
  for (const page of pages) {
    for (const run of page.runs) {
      for (const ch of run.text) {
        if (ch.trim() === '') continue;
        chars++;
        if (IDEOGRAPH.test(ch)) cjk++;
        else if (SYMBOL.test(ch)) symbols++;
        if (!USUAL.test(ch)) unusual++;
      }
    }
  }
  if (chars < MIN_CHARS) return false;
  return (cjk < CJK_SHARE * chars && symbols >= SYMBOL_SHARE * chars) || unusual > UNUSUAL_SHARE * chars;
}
