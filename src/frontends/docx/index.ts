/**
 * The DOCX front end: zip → word/document.xml (+ numbering and styles) → blocks.
 * Neither mammoth nor cheerio: the parts are read with our own zip reader and
 * XML tokenizer (xmlparse.ts), which is what the 30 ms budget of a 6-page
 * report allows, and what lets a zip bomb be refused before inflating.
 */
import type { Element } from 'domhandler';
import { XxgkError } from '../../codes.js';
import type { FrontEndResult } from '../../model/blocks.js';
import type { ReadLimits } from '../index.js';
import { DocumentReader, readStyles } from './document.js';
import { Numbering } from './numbering.js';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip.js';
import { child, isTag } from './xml.js';
import { parseXml } from './xmlparse.js';

const MAIN_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

export async function readDocx(bytes: Uint8Array, limits: ReadLimits): Promise<FrontEndResult> {
  if (bytes.byteLength > limits.maxFileBytes) throw new XxgkError('TOO_LARGE', `The DOCX has ${bytes.byteLength} bytes; the limit is ${limits.maxFileBytes}.`);
  // A zip bomb is refused here, from the central directory, before anything is inflated.
  const entries = readZipDirectory(bytes, limits.maxFileBytes);
  const part = (name: string): Element | undefined => {
    const entry = entries.get(name);
    return entry ? rootOf(bytes, entry) : undefined;
  };
  const mainName = mainPartName(part('_rels/.rels')) ?? 'word/document.xml';
  const main = entries.get(mainName);
  if (!main) {
    // LibreOffice's own format names itself in a `mimetype` entry: say so, and what to do.
    const mimetype = entries.get('mimetype');
    const odf = mimetype ? readZipEntry(bytes, mimetype).toString('latin1').trim() : '';
    if (odf.startsWith('application/vnd.oasis.opendocument')) throw new XxgkError('ZIP_NOT_DOCX', `The zip is an OpenDocument file (${odf}), not a Word document: save it as DOCX.`);
    throw new XxgkError('ZIP_NOT_DOCX', `The zip has no Word document part (${mainName}).`);
  }
  const dir = mainName.includes('/') ? mainName.slice(0, mainName.lastIndexOf('/') + 1) : '';
  const root = rootOf(bytes, main);
  // Excel and PowerPoint packages name their main part the same way (xl/workbook.xml): not a Word document, not a damaged one.
  if (!/^(?:[\w-]+:)?document$/.test(root.name)) throw new XxgkError('ZIP_NOT_DOCX', `The zip is an Office package whose main part (${mainName}, <${root.name}>) is not a Word document.`);
  const body = child(root, 'w:body');
  if (!body) throw new XxgkError('DOCX_DAMAGED', `${mainName} has no w:body.`);
  // Styles matter here for the lists they attach and the text they hide. Without a numbering
  // part they attach no list, and a damaged styles part then costs only what it would hide.
  const numbering = part(`${dir}numbering.xml`);
  const reader = new DocumentReader(new Numbering(numbering), readStyles(numbering ? part(`${dir}styles.xml`) : optionalPart(() => part(`${dir}styles.xml`))));
  reader.readBody(body);
  return {
    blocks: reader.blocks,
    source: { format: 'docx', byteLength: bytes.byteLength },
    warnings: [],
  };
}

/** A part that the document reads without (its damage is no reason to refuse the document), or undefined when damaged. */
function optionalPart(read: () => Element | undefined): Element | undefined {
  try {
    return read();
  } catch (e) {
    if (e instanceof XxgkError && e.code === 'DOCX_DAMAGED') return undefined;
    throw e;
  }
}

/** A part's root element (`w:document`, `w:numbering` …). */
function rootOf(bytes: Uint8Array, entry: ZipEntry): Element {
  const xml = readZipEntry(bytes, entry).toString('utf8');
  let root: Element | undefined;
  try {
    root = parseXml(xml);
  } catch (e) {
    throw new XxgkError('DOCX_DAMAGED', `${entry.name} is not well-formed XML: ${(e as Error).message}.`, { cause: e });
  }
  if (!root) throw new XxgkError('DOCX_DAMAGED', `${entry.name} is not XML.`);
  return root;
}

/** The main document's part name from the package relationships (`word/document.xml` nearly always). */
function mainPartName(rels: Element | undefined): string | undefined {
  const rel = rels?.children.find((r) => isTag(r) && r.attribs.Type === MAIN_DOCUMENT) as Element | undefined;
  const target = rel?.attribs.Target;
  return target ? target.replace(/^\//, '') : undefined;
}
