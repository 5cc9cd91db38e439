/**
 * The one normative list of codes: parse and audit warnings, and input errors.
 * Every feature reuses these; the README tables them.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Warning codes: something was odd, but a report was still produced. */
export const WARNING_CODES = {
  HEADING_MISNUMBERED: { severity: 'warning', summary: 'A section heading is recognised by its title, but printed with a different number.' },
  SECTION_MISSING: { severity: 'error', summary: 'One of the six numbered sections was not found.' },
  SECTION_OUT_OF_ORDER: { severity: 'warning', summary: 'A section appears after a section with a higher number.' },
  SECTION_DUPLICATE: { severity: 'warning', summary: 'A section heading is printed again after its section began (a section repeated, or several reports in one file); what follows it is read into the section before it.' },
  SECTION_EMPTY: { severity: 'warning', summary: 'Nothing is printed under a section heading before the next one.' },
  SECTION_EXTRA: { severity: 'info', summary: 'A part numbered past the six sections (`七、…`) follows section 六; it is read into section 六.' },
  TABLE_MISSING: { severity: 'error', summary: 'A statistics table (二, 三 or 四) was not found.' },
  TABLE_MISPLACED: { severity: 'warning', summary: 'A statistics table stands in another section than its own (table 三 under 五); it is read all the same.' },
  ROW_MISSING: { severity: 'error', summary: 'A row of the official template is not in the table; its values are null.' },
  ROW_DUPLICATE: { severity: 'warning', summary: 'Two rows of a table map to the same template row: the one labelled as the template labels it is kept, else the first; two that only resemble it, with other values, leave it null.' },
  COLUMN_MISSING: { severity: 'warning', summary: 'A column of the official template is not in the table header or rows.' },
  COLUMN_ORDER_UNCLEAR: { severity: 'warning', summary: 'A table header prints its columns in another order than the official one, but not whole enough to follow (labels in variants, a level left out); the values under it are not read, rather than read in the official order.' },
  CELL_MERGED: { severity: 'warning', summary: 'A label cell also holds a number (two cells run together); that number is not read.' },
  ROW_MISALIGNED: { severity: 'warning', summary: 'In a table whose columns were found from where its text stands (a PDF without ruling lines), a row\'s label holds a number while its first value cell is filled, or a value cell holds non-ASCII text that is no number (label and values parted in the wrong place), or the line under it holds the rest of its label or values beside no row\'s label (its cells run on over two lines): the row\'s values are not read.' },
  CELLS_VANISHED: { severity: 'warning', summary: 'A flattened table lost a row\'s blank cells, so which column each of its values is in cannot be told; the row is not read.' },
  CELL_NOT_NUMERIC: { severity: 'warning', summary: 'A data cell holds text that is not a number; its value is null.' },
  LABEL_UNRECOGNIZED: { severity: 'warning', summary: 'A row or column label matches no template label; it is kept in the grid only.' },
  FORMAT_OUTDATED: { severity: 'warning', summary: 'A report on 2021 or later uses the 2019 table format.' },
  FORMAT_UNDETERMINED: { severity: 'warning', summary: 'Table 二 does not tell the format version; it was inferred from table 三 or the year.' },
  METADATA_MISSING: { severity: 'info', summary: 'The title, reporting body (agency), year or publication date could not be read.' },
  TEXT_REWRAPPED: { severity: 'info', summary: 'Plain text whose lines were cut at a fixed width after it was made (`fold`, through the bytes of characters): the cut lines were joined back before reading.' },
  DECODING_REPLACED: { severity: 'warning', summary: 'Bytes that are invalid in the detected encoding were replaced by U+FFFD.' },
  PDF_PAGE_NO_TEXT: { severity: 'warning', summary: 'A PDF page has no text layer (a scanned image); its content is missing.' },
  ALIGNMENT_LOST: { severity: 'warning', summary: 'Aligned text lost the spaces that place table values in their columns (lines trimmed or runs of spaces collapsed); only rows that print every column are read.' },
  TABS_AMBIGUOUS: { severity: 'warning', summary: 'Aligned text padded with tabs reads differently depending on how columns are counted before a tab (bytes, characters or display width); the cells that differ are not read.' },
  TEXT_OFF_PAGE: { severity: 'warning', summary: 'A table wider than the PDF page: a number or blank cell at the edge of the page, or in a text made from such a page a number in the last column of a table whose header ends in a cut label (or lacks the label of that column whole, the total not adding up), may be cut short or lost there; it is not read.' },
  PDF_PAGE_DAMAGED: { severity: 'warning', summary: 'A PDF page could not be read (damaged content); its content is missing.' },
  TABLE_IS_IMAGE: { severity: 'error', summary: 'A statistics table is printed as a picture (DOCX, HTML): its numbers are not in the document.' },
  // Audit findings with a name (the identities keep report-format.md's ids, see src/audit/rules.ts).
  FEE_NOT_REPORTED: { severity: 'info', summary: 'Audit: a 2021-format report does not state the information-processing fee (信息处理费) and its amount in section 六.' },
  PERIOD_MISMATCH: { severity: 'warning', summary: 'Audit: the statistics period stated in the text is not the year in the title, or the report is dated before that year ended.' },
  REPORT_DUPLICATE: { severity: 'warning', summary: 'Audit: the same agency and year appear in two reports.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/** Input errors: the input cannot be read as a report at all. Thrown as XxgkError. */
export const ERROR_CODES = {
  EMPTY_INPUT: 'The input is empty (or only whitespace).',
  UNSUPPORTED_FORMAT: 'The bytes are not a format xxgk reads (plain text, PDF, DOCX, DOC, RTF, HTML, MHTML).',
  NOT_A_REPORT: 'The document has no statistics table and fewer than two of the six section titles (one is enough under a report title).',
  TOO_LARGE: 'The input exceeds the configured size, page or memory limit.',
  PDF_ENCRYPTED: 'The PDF needs a user password to open.',
  PDF_NO_TEXT_LAYER: 'The PDF has no text layer at all (scanned images): it needs OCR.',
  PDF_TEXT_UNDECODABLE: 'The PDF\'s text does not decode (fonts without a Unicode map give glyph numbers, as after printing through PostScript): it needs OCR.',
  PDF_DAMAGED: 'The PDF is truncated or damaged beyond recovery.',
  DOCX_DAMAGED: 'The DOCX is damaged: a corrupt or truncated zip, or a document part that is not XML.',
  ZIP_NOT_DOCX: 'The zip archive is not a Word document (no word/document.xml, or an Excel or PowerPoint package).',
  DOCX_ENCRYPTED: 'The DOCX is password-protected (an encrypted OLE package): it needs the password to open.',
  DOC_DAMAGED: 'The legacy Word (.doc) file cannot be read: damaged, encrypted, or another OLE document (a spreadsheet).',
  RTF_DAMAGED: 'The RTF document cannot be read: truncated, its groups unclosed, or binary data running past its end.',
  INPUT_UNREADABLE: 'The file cannot be read (missing, a directory, no permission).',
  TIMEOUT: 'The parse did not finish within its time limit (`timeoutMs`) and was stopped.',
  INTERNAL: 'A bug in xxgk; never an expected outcome. Please report it.',
  OUT_OF_MEMORY: 'The parse needed more memory than the per-file limit allows (batch workers).',
} as const;

export type WarningCode = keyof typeof WARNING_CODES;
export type ErrorCode = keyof typeof ERROR_CODES;

/** Where a warning points. Every field is optional and set as it applies. */
export interface WarningLocation {
  line?: number;
  page?: number;
  /** Section ordinal 1–6. */
  section?: number;
  /** Index into `report.tables`. */
  table?: number;
  /** Canonical row key, e.g. "denied.stateSecret", or the printed label when unrecognised. */
  row?: string;
  /** Canonical column key, e.g. "naturalPerson". */
  column?: string;
}

export interface Warning {
  code: WarningCode;
  severity: Severity;
  message: string;
  location: WarningLocation;
}

/** Makes a warning with the code's standard severity. */
export function warning(code: WarningCode, message: string, location: WarningLocation = {}): Warning {
  return { code, severity: WARNING_CODES[code].severity, message, location };
}

/** The one error class for inputs that cannot be parsed. */
export class XxgkError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? ERROR_CODES[code], options);
    this.name = 'XxgkError';
    this.code = code;
  }
}
