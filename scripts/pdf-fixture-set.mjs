// Shared steps of the scripts that make a set of generated PDF fixtures through LibreOffice
// (make-borderless-fixtures.mjs, make-footnote-mark-pdfs.mjs): the compiled renderers, and
// the set written as NAME.pdf + NAME.json = { spec, layout } (the folder's old files replaced).
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { htmlToPdf } from './html-to-pdf.mjs';

/** BUILD_DIR and WORK_DIR from the command line, and the renderers compiled in BUILD_DIR. */
export async function setUp(script) {
  const [buildDir, workDir] = process.argv.slice(2).map((p) => resolve(p));
  if (!buildDir || !workDir) throw new Error(`usage: ${script} BUILD_DIR WORK_DIR`);
  const imp = (p) => import(pathToFileURL(join(buildDir, p)).href);
  const { renderHtml, randomLayout, PAGE_SIZES } = await imp('test/support/render-html.js');
  const { randomSpec } = await imp('test/support/random-report.js');
  return { workDir, renderHtml, randomLayout, randomSpec, PAGE_SIZES };
}

/** Renders `reports` ({ name, spec, layout, html }) to PDF into fixtures/generated/FOLDER/. */
export function writeSet(folder, reports, workDir, pageSizes) {
  const outDir = join(fileURLToPath(new URL('..', import.meta.url)), 'fixtures/generated', folder);
  mkdirSync(outDir, { recursive: true });
  const pdfs = htmlToPdf(reports, workDir, pageSizes);
  for (const f of readdirSync(outDir)) if (/\.(pdf|json)$/.test(f)) rmSync(join(outDir, f));
  for (const r of reports) {
    renameSync(pdfs[r.name], join(outDir, `${r.name}.pdf`));
    writeFileSync(join(outDir, `${r.name}.json`), JSON.stringify({ spec: r.spec, layout: r.layout }, null, 2) + '\n');
  }
  console.log(`wrote ${reports.length} PDF fixtures to ${outDir}`);
}
