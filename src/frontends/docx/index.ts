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
  if (!main) throw new XxgkError('ZIP_NOT_DOCX', `The zip has no Word document part (${mainName}).`);
  const dir = mainName.includes('/') ? mainName.slice(0, mainName.lastIndexOf('/') + 1) : '';
  const body = child(rootOf(bytes, main), 'w:body');
  if (!body) throw new XxgkError('DOCX_DAMAGED', `${mainName} has no w:body.`);
  // Styles matter here only for the lists they attach: without a numbering part there are none.
  const numbering = part(`${dir}numbering.xml`);
  const reader = new DocumentReader(new Numbering(numbering), numbering ? readStyles(part(`${dir}styles.xml`)) : new Map());
  reader.readBody(body);
  return {
    blocks: reader.blocks,
    source: { format: 'docx', byteLength: bytes.byteLength },
    warnings: [],
  };
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
