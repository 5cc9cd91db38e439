// HTML → PDF through LibreOffice's Writer HTML import, with page numbers stamped by a qpdf
// overlay; used by scripts/make-pdf-fixtures.mjs and the other generators
// (scripts/make-borderless-fixtures.mjs, make-chromium-fixtures).
//   await htmlToPdf(reports, workDir, PAGE_SIZES) with reports = [{ name, html, layout }]
//   → returns the path of each report's PDF in workDir/pdf (NAME.pdf)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const pageCount = (pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);

export function htmlToPdf(reports, workDir, PAGE_SIZES) {
  const htmlDir = join(workDir, 'html');
  const pdfDir = join(workDir, 'pdf');
  const footDir = join(workDir, 'footer');
  const footPdf = join(workDir, 'footer-pdf');
  for (const d of [htmlDir, pdfDir, footDir, footPdf]) mkdirSync(d, { recursive: true });
  const profile = pathToFileURL(join(workDir, 'lo-profile')).href;
  const soffice = (files, outdir) => {
    // One LibreOffice process per batch; its own profile so it does not clash with another soffice.
    for (let i = 0; i < files.length; i += 40) {
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', outdir, ...files.slice(i, i + 40)], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
  };
  for (const r of reports) writeFileSync(join(htmlDir, `${r.name}.html`), r.html);
  soffice(reports.map((r) => join(htmlDir, `${r.name}.html`)), pdfDir);
  for (const r of reports) if (!existsSync(join(pdfDir, `${r.name}.pdf`))) throw new Error(`LibreOffice made no PDF for ${r.name}`);

  // Page numbers: a footer-only PDF per report (same page size and side margins), overlaid with qpdf.
  const numbered = reports.filter((r) => r.layout.pageNumbers !== 'none');
  for (const r of numbered) {
    const n = pageCount(join(pdfDir, `${r.name}.pdf`));
    const [w, h] = PAGE_SIZES[r.layout.pageSize];
    const [, mr, mb, ml] = r.layout.marginsMm;
    const lineAt = Math.max(6, mb / 2); // baseline area, mm from the bottom edge
    const pages = Array.from({ length: n }, (_, k) => {
      const label = r.layout.pageNumbers === 'dash' ? `- ${k + 1} -` : String(k + 1);
      return `<p align="center" style="${k ? 'page-break-before: always; ' : ''}font-family: 'Noto Serif CJK SC'; font-size: 10.5pt; margin: 0">${label}</p>`;
    });
    writeFileSync(join(footDir, `${r.name}.html`), `<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { size: ${w}mm ${h}mm; margin: ${(h - lineAt - 4).toFixed(1)}mm ${mr}mm ${(lineAt - 4).toFixed(1)}mm ${ml}mm; }</style></head><body>\n${pages.join('\n')}\n</body></html>\n`);
  }
  if (numbered.length) {
    soffice(numbered.map((r) => join(footDir, `${r.name}.html`)), footPdf);
    for (const r of numbered) {
      const src = join(pdfDir, `${r.name}.pdf`);
      const tmp = join(pdfDir, `${r.name}.numbered.pdf`);
      const foot = join(footPdf, `${r.name}.pdf`);
      if (pageCount(foot) !== pageCount(src)) throw new Error(`${r.name}: footer pages ${pageCount(foot)} != ${pageCount(src)}`);
      execFileSync('qpdf', [src, '--overlay', foot, '--', tmp]);
      renameSync(tmp, src);
    }
  }
  return Object.fromEntries(reports.map((r) => [r.name, join(pdfDir, `${r.name}.pdf`)]));
}
