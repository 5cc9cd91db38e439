import type { Section } from '../model/report.js';
import { collapseSpaces, toHalfWidth, trimAll } from '../util/normalize.js';
import { chineseNumeral } from './headings.js';

/** Title, agency, year and publication date, from what the document prints. */

/** How a title ends: `…工作年度报告`, `…年报`, `…年度工作报告`, `…年度政府信息公开工作报告`. */
const TITLE_END = /(年度报告|年报|工作报告)$/;
/** A title is about 政府信息公开 (or 政务公开). */
const TITLE_TOPIC = /政府信息公开|政务公开/;
/** A year printed on its own line under the title: `（2020年度）`. */
const YEAR_LINE = /^[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）]$/;
/** Zero as Chinese reports print it in numeral years and dates: 〇, 零, ○ (a circle), O (a letter). */
const ZEROS = '〇零○◯OoＯ0０';
const CN_YEAR = `[${ZEROS}一二三四五六七八九]{4}`;
/** A year's figures, Arabic or Chinese. */
const YEAR_FIGURES = `(?:(?:19|20)\\d{2}|${CN_YEAR})`;
/** The first year of a range and its dash: `2019-`, `二〇一九至`, `2019年—`. */
const RANGE_START = `${YEAR_FIGURES}\\s*年?度?\\s*[-—–~～至到]\\s*`;

function cnDigits(s: string): number {
  return Number([...s].map((c) => (ZEROS.includes(c) ? 0 : chineseNumeral(c) ?? 0)).join(''));
}

/** Joins title lines; spaces next to CJK characters (letter-spacing) go, those between Latin words stay. */
function joinTitle(lines: string[]): string {
  return collapseSpaces(lines.join(''));
}

/** A line that can be part of a title: short, no `key：value` (索引号, 发布日期, 来源) and no sentence. */
function titleLike(line: string): boolean {
  return line.length <= 40 && !/[:：。；>＞›»|/／]/.test(line) && !DOCUMENT_NUMBER.test(line) && !CONTENTS_LINE.test(line) && dateOnly(line) === null;
}

/** A table of contents' heading or entry (`目录`, `五、存在的主要问题及改进情况5`): never part of a title. */
const CONTENTS_LINE = /^(?:目\s*录|(?:第[一二三四五六七八九十]{1,2}部分|[一二三四五六七八九十]{1,2}\s*[、.．]).*)$/;

/** A document number (`张政办字〔2021〕3号`): printed above a title, never part of it. */
const DOCUMENT_NUMBER = /[〔［\[]\s*(?:19|20)\d{2}\s*[〕］\]]\s*\d+\s*号/;
/** A line that ends a name or a site's heading (`某某区人民政府`, `政务公开`, `门户网站`) … */
const WHOLE_NAME = /(?:政府|局|委员会|委|办公室|办|厅|部|院|所|中心|大队|支队|街道办事处|街道|镇|乡|公司|网站|门户|平台|专栏|政务公开|信息公开)$/;
/** … above a title whose own agency starts with a place's name (`淄博市…`), is no part of that title. */
const STARTS_WITH_PLACE = /^[\p{Script=Han}]{1,6}?(?:省|自治区|市|区|县|旗|州|盟)/u;

/** Whether the line above a title stands apart from it: a whole name or heading over a title that names its own agency. */
function apartFrom(above: string, title: string): boolean {
  const agency = agencyOfTitle(title);
  return WHOLE_NAME.test(above) && agency !== null && STARTS_WITH_PLACE.test(agency);
}

/**
 * The title: the lines among the first few of the preamble that end in
 * 年度报告 once joined (a title may wrap inside a word), with the title-like
 * lines just before them (the agency on its own line) and a year line after.
 * Portal furniture above the title (`索引号：…`, `发布日期：…`) is not part of it.
 */
export function findTitle(preamble: string[]): { title: string; lines: number } | null {
  // A title with its year first, and further down only such a one: a web page dumped as text
  // puts its site's navigation first, whose links (`政府信息公开年度报告`) end like a title too.
  const first = preamble.slice(0, 8).map(trimAll);
  return titleAmong(first, true, true) ?? titleAmong(preamble.slice(0, 60).map(trimAll), true, false) ?? titleAmong(first, false, true);
}

/** The first title among `lines`; `extend`: with the title-like lines just above it (the agency). */
function titleAmong(lines: string[], needsYear: boolean, extend: boolean): { title: string; lines: number } | null {
  for (let end = 0; end < lines.length; end++) {
    if (!titleLike(lines[end]!)) continue;
    for (let start = end; start >= Math.max(0, end - 2); start--) {
      if (!titleLike(lines[start]!)) break;
      const joined = joinTitle(lines.slice(start, end + 1));
      if (!TITLE_END.test(joined.replace(/[（(][^）)]*[)）]$/, '')) || !TITLE_TOPIC.test(joined) || (needsYear && yearOf(joined) === null)) continue;
      let first = start;
      while (
        extend &&
        first > 0 &&
        start - first < 2 &&
        titleLike(lines[first - 1]!) &&
        !TITLE_END.test(lines[first - 1]!) &&
        !apartFrom(lines[first - 1]!, joinTitle(lines.slice(first, end + 1)))
      )
        first--;
      let last = end;
      if (lines[last + 1] !== undefined && YEAR_LINE.test(lines[last + 1]!)) last++;
      return { title: joinTitle(lines.slice(first, last + 1)), lines: last + 1 };
    }
  }
  return null;
}

const YEAR_IN_TITLE = new RegExp(`(${YEAR_FIGURES})\\s*年`);

/** Two years joined as a range: `2019-2020年`, `二〇一九至二〇二〇年度`. */
const YEAR_RANGE = new RegExp(`${RANGE_START}${YEAR_FIGURES}\\s*年`);

/** Whether the title names a range of years, which is no one report year. */
export function namesYearRange(text: string): boolean {
  return YEAR_RANGE.test(toHalfWidth(text));
}

/** The year a title prints (`2020年`, `二〇二〇年`, `二○二○年`); of a range, the one before `年`. */
export function yearOf(text: string): number | null {
  const m = YEAR_IN_TITLE.exec(toHalfWidth(text));
  if (!m) return null;
  const y = m[1]!;
  return /^\d+$/.test(y) ? Number(y) : cnDigits(y);
}

const YEAR = `${YEAR_FIGURES}\\s*年度?`;

/** The end of a name that is a year's first part or a year not read as one: digits, spaces, `年`, a range's dash or `至`. */
const YEAR_LEFTOVER = new RegExp(`(?:\\d[\\d\\s]*(?:年度?|年)?\\s*(?:[-—–~～至到]\\s*)?|${RANGE_START})$`);

/** A body named for the work it does: `某市政府信息公开办公室`, `…政府信息公开领导小组办公室`, `…政府信息公开中心`. */
const DISCLOSURE_OFFICE = /政府信息公开(?:工作)?(?:领导小组)?(?:办公室|办|中心)$/;

/**
 * The agency in the title: what stands before the year (`某局2020年政府信息公开…`),
 * or before 政府信息公开 when the year comes first or last (`2020年某局政府信息公开…`,
 * `某局政府信息公开工作年度报告（2020年）`).
 */
export function agencyOfTitle(title: string): string | null {
  const t = toHalfWidth(title);
  const before = new RegExp(`^(.*?)${YEAR}`).exec(t)?.[1];
  const candidates = [
    before,
    // The topic's 政府信息公开 is followed by 工作, 年度 or 年报; an office's (`某市政府信息公开办公室`) is not.
    new RegExp(`^(?:(?:${RANGE_START})?${YEAR})?(.*?)政府信息公开(?=工作|年度|年报)`).exec(t)?.[1],
    new RegExp(`^(?:(?:${RANGE_START})?${YEAR})?(.*?)政府信息公开`).exec(t)?.[1],
  ];
  for (const c of candidates) {
    // `某局关于2020年度…`, `关于某局2020年度…`: 关于 ("about") belongs to the sentence, not the name;
    // nor do the pieces of a year the year pattern did not take (`2019-` of `2019-2020年`, `2 0 2 0年`, `2020`).
    const agency = c === undefined ? '' : trimAll(c).replace(/^关于|关于$/g, '').replace(YEAR_LEFTOVER, '').trim();
    // A name holds a CJK character (`---`, a markdown rule joined to the title, is none).
    if (agency.length >= 2 && /\p{Script=Han}/u.test(agency) && (!agency.includes('政府信息公开') || DISCLOSURE_OFFICE.test(agency))) return agency;
  }
  return null;
}

const DATE_ARABIC = /^((?:19|20)\d{2})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?$/;
const DATE_CHINESE = new RegExp(`^(${CN_YEAR})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$`);
/** A label before a date: `日期：`, `发布日期:`, `成文日期：`. */
const DATE_LABEL = /^(?:发布|成文|发文|印发)?(?:日期|时间)\s*[:：]\s*/;

/** A paragraph that is only a date (`2021年1月26日`, `二〇二一年一月二十六日`, `2021-01-26`, `日期：2021年1月26日`) → ISO, else null. */
export function dateOnly(text: string): string | null {
  const t = toHalfWidth(trimAll(text)).replace(/^[（(]|[)）]$/g, '').replace(DATE_LABEL, '').replace(/\s+/g, '');
  let y: number, mo: number, d: number;
  const a = DATE_ARABIC.exec(t);
  const c = a ? null : DATE_CHINESE.exec(t);
  if (a) {
    [y, mo, d] = [Number(a[1]), Number(a[2]), Number(a[3])];
  } else if (c) {
    y = cnDigits(c[1]!);
    mo = chineseNumeral(c[2]!) ?? 0;
    d = chineseNumeral(c[3]!) ?? 0;
  } else {
    return null;
  }
  // A real calendar date only (`2021年2月30日` is a typo, not a date).
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A signature with agency and date on one line: `某某局  2021年1月20日` → both, else null. */
export function agencyAndDate(text: string): { agency: string; date: string } | null {
  const m = /^(.{2,40}?)[\s\u3000]+(\S+年\S+月\S+日|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/.exec(trimAll(text));
  if (!m || !isSignatureLine(m[1]!)) return null;
  const date = dateOnly(m[2]!);
  return date ? { agency: trimAll(m[1]!), date } : null;
}

/**
 * A web page's dated line under the title, with more after the date:
 * `发布日期：2021-01-28  来源：…` (run together where a PDF's line lost its spaces:
 * `发布日期：2024-01-31来源：…`).
 */
const PORTAL_DATE = /^(?:发布|成文|发文|印发)(?:日期|时间)\s*[:：]\s*(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\S+?年\S+?月\S+?日)(?=\s|[^\d\s])/;

function portalDate(text: string): string | null {
  const m = PORTAL_DATE.exec(toHalfWidth(trimAll(text)));
  return m ? dateOnly(m[1]!) : null;
}

/** A signature line: a short name with no sentence punctuation and no figures. */
export function isSignatureLine(text: string): boolean {
  const t = trimAll(text);
  // A name holds a CJK character: a rule (`---`, a page break in markdown) is no signature.
  return t.length >= 2 && t.length <= 40 && /\p{Script=Han}/u.test(t) && !/[。，；：,;:！？\d０-９]/.test(t);
}

/**
 * The metadata from what the document prints: year and agency from the title
 * (the agency from the signature when the title has none), the date from the
 * signature (or a date line under the title). The signature lines are taken
 * out of the last section's paragraphs.
 */
export function readMetadata(
  title: string | null,
  preamble: string[],
  sections: Section[],
): { title: string | null; year: number | null; agency: string | null; publishedOn: string | null; signature: string[] } {
  const signature = takeSignature(sections);
  return {
    title,
    // A range (`2019-2020年度`) names no one year: which of its years the statistics are is not printed.
    year: title && !namesYearRange(title) ? yearOf(title) : null,
    // A signature set letter-spaced (`淄 博 市 公 安 局`) names the body without the spaces, as a title does.
    agency: (title && agencyOfTitle(title)) || (signature.agency && collapseSpaces(signature.agency)) || agencyOfPreamble(preamble),
    publishedOn: signature.date ?? preamble.map((l) => dateOnly(l) ?? portalDate(l)).find((d) => d !== null) ?? null,
    signature: signature.lines,
  };
}

/**
 * The body the preamble's formula names, `…要求，某局编制了本报告`, when neither
 * title nor signature names one; `本机关`, `我局` and the like name none.
 */
export function agencyOfPreamble(preamble: string[]): string | null {
  for (const line of preamble) {
    const named = /要求[，,]\s*([^，,。；;]{2,40}?)(?:编制了|特?编制)本?报告/.exec(trimAll(line))?.[1]?.trim();
    if (named && !/^[本我该]/.test(named)) return named;
  }
  return null;
}

/** The first line of a name signed over two: a place (`某市某区`) or a whole name (`某市某区人民政府`), short. */
function namePart(line: string): boolean {
  const t = trimAll(line);
  return isSignatureLine(t) && t.length <= 20 && STARTS_WITH_PLACE.test(t) && (WHOLE_NAME.test(t) || /(?:省|自治区|市|区|县|旗|州|盟)$/.test(t));
}

/** How many of the last paragraphs may hold the signature's date. */
const SIGNATURE_REACH = 8;

/**
 * The signature at the end of the last section: a date line (or agency and
 * date on one line) among its last paragraphs, with the agency line above it;
 * taken out of the paragraphs with any note after it (`（此件公开发布）`).
 */
function takeSignature(sections: Section[]): { lines: string[]; agency: string | null; date: string | null } {
  const last = sections[sections.length - 1];
  const none = { lines: [], agency: null, date: null };
  if (!last) return none;
  const paragraphs = innermostTail(last);
  for (let k = paragraphs.length - 1; k >= Math.max(0, paragraphs.length - SIGNATURE_REACH); k--) {
    const line = paragraphs[k]!;
    const both = agencyAndDate(line);
    const date = both?.date ?? dateOnly(line);
    if (!date) continue;
    let from = k;
    let agency = both?.agency ?? null;
    if (!agency && k > 0 && isSignatureLine(paragraphs[k - 1]!)) {
      from = k - 1;
      agency = paragraphs[k - 1]!;
      // A long name signed over two lines (`某市某区人民政府` / `办公室`): the line above starts a name, this one ends it.
      const above = paragraphs[k - 2];
      if (above !== undefined && namePart(above) && !STARTS_WITH_PLACE.test(trimAll(agency)) && WHOLE_NAME.test(trimAll(agency))) {
        from = k - 2;
        agency = trimAll(above) + trimAll(agency);
      }
    }
    // Further up than the last three paragraphs (a web page's footer after it:
    // `【打印本页】`, `主办：…`), only a date under an agency is a signature.
    if (k < paragraphs.length - 3 && agency === null) continue;
    // After the date only a bracketed note (`（此件公开发布）`) belongs to the signature.
    let to = k + 1;
    while (to < paragraphs.length && /^[（(].*[)）]$/.test(trimAll(paragraphs[to]!))) to++;
    return { lines: paragraphs.splice(from, to - from), agency, date };
  }
  return none;
}

/** The paragraph list that holds a section's last paragraph (its last item's, when it ends in one). */
function innermostTail(section: Section): string[] {
  let node: { paragraphs: string[]; children?: { paragraphs: string[]; children: unknown[] }[] } = {
    paragraphs: section.paragraphs,
    children: section.subsections,
  };
  for (;;) {
    const kids = (node.children ?? []) as typeof node[];
    const lastKid = kids[kids.length - 1];
    if (!lastKid) return node.paragraphs;
    node = lastKid;
  }
}
