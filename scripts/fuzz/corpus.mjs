/**
 * What the fuzz harness mutates: one list, extended as front ends land (a new
 * DOCX, DOC or HTML fixture is one more line). `kind` chooses the mutations
 * that apply (zip formats also lose entries); `weight` is an entry's share of
 * the cases of `npm run fuzz`, `ciWeight` its share in the CI set (PDFs take
 * about 50 times as long as text, so the CI set has fewer, to fit in a minute or two).
 * Paths are relative to the project root; only the project's own fixtures.
 */
export const CORPUS = [
  { path: 'fixtures/zhangdian-traffic-police-2020.txt', kind: 'text', weight: 12, ciWeight: 30 },
  { path: 'fixtures/hongze-district-2023.pdf', kind: 'pdf', weight: 2, ciWeight: 1 },
  { path: 'fixtures/generated/pdf/report-2021-22-a4.pdf', kind: 'pdf', weight: 1, ciWeight: 0.5 },
  { path: 'fixtures/generated/pdf-borderless/borderless-2019-07-threeline-a4.pdf', kind: 'pdf', weight: 1, ciWeight: 0.25 },
  { path: 'fixtures/generated/chromium/chromium-2021-04-a4.pdf', kind: 'pdf', weight: 1, ciWeight: 0.25 },
  { path: 'fixtures/bad/encrypted-owner-only.pdf', kind: 'pdf', weight: 1, ciWeight: 0.25 },
  { path: 'fixtures/official-template-2021.docx', kind: 'zip', weight: 2, ciWeight: 4 },
  { path: 'fixtures/generated/docx/docx-2021-01-a4-template.docx', kind: 'zip', weight: 2, ciWeight: 4 },
  { path: 'fixtures/word/zhangdian-2020.docx', kind: 'zip', weight: 2, ciWeight: 3 },
  { path: 'fixtures/word/hongze-2023-template.docx', kind: 'zip', weight: 2, ciWeight: 3 },
  { path: 'fixtures/word/features-numbering.docx', kind: 'zip', weight: 1, ciWeight: 2 },
  { path: 'fixtures/word/features-pictures.docx', kind: 'zip', weight: 1, ciWeight: 2 },
  { path: 'fixtures/word/zhangdian-2020.doc', kind: 'ole', weight: 2, ciWeight: 3 },
  { path: 'fixtures/word/hongze-2023-template.doc', kind: 'ole', weight: 2, ciWeight: 3 },
  { path: 'fixtures/word/zhangdian-2020.html', kind: 'text', weight: 2, ciWeight: 4 },
  { path: 'fixtures/word/hongze-2023-gbk.html', kind: 'text', weight: 2, ciWeight: 4 },
  // Text as other converters flatten it (blank cells dropped, bars and underscores); not in the CI set, which stays as it was.
  { path: 'fixtures/generated/text-lynx/text-2021-02.txt', kind: 'text', weight: 1, ciWeight: 0 },
  { path: 'fixtures/generated/text-mutool/text-2019-01.txt', kind: 'text', weight: 1, ciWeight: 0 },
  { path: 'fixtures/generated/text-html2text/text-2021-02.txt', kind: 'text', weight: 1, ciWeight: 0 },
  { path: 'fixtures/generated/text-pdftotext-raw/text-2019-31.txt', kind: 'text', weight: 1, ciWeight: 0 },
  { path: 'fixtures/generated/text-py-html2text/text-2019-05.md', kind: 'text', weight: 1, ciWeight: 0 },
  { path: 'fixtures/generated/text-links/text-2021-06.txt', kind: 'text', weight: 1, ciWeight: 0 },
  { path: 'fixtures/generated/text-pdftotext-layout/text-2021-04.txt', kind: 'text', weight: 1, ciWeight: 0 },
  { path: 'fixtures/generated/pdf-rotated/report-2021-04-a4-rotate90.pdf', kind: 'pdf', weight: 1, ciWeight: 0 },
  // A web page's text as a browser gives it (lines of lone tabs).
  { path: 'fixtures/generated/text-real/hongze-2023-page.chromium.txt', kind: 'text', weight: 1, ciWeight: 0 },
  { path: 'fixtures/generated/text-chromium/text-2021-06.txt', kind: 'text', weight: 1, ciWeight: 0 },
  // Web pages saved as one file (MIME: boundaries, quoted-printable, base64 parts).
  { path: 'fixtures/word/zhangdian-2020.mhtml', kind: 'text', weight: 1, ciWeight: 0 },
  { path: 'fixtures/word/hongze-2023-word.mht', kind: 'text', weight: 1, ciWeight: 0 },
  // RTF (groups, control words, hex bytes, binary pictures).
  { path: 'fixtures/word/hongze-2023-template.rtf', kind: 'text', weight: 1, ciWeight: 0 },
  { path: 'fixtures/word/zhangdian-2020.rtf', kind: 'text', weight: 1, ciWeight: 0 },
];
