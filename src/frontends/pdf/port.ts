/**
 * pdfjs's in-thread message port without the copying a thread boundary needs.
 *
 * In Node pdfjs runs its "worker" in the calling thread and the two halves
 * talk through a LoopbackPort whose postMessage structured-clones every
 * message, as a real worker boundary would. Streamed chunks are the bulk of
 * it: every text content item and every operator list chunk (with the glyph
 * objects of each shown string), plus a pull message per chunk. Measured on
 * the fixtures, the clones were about a third of what a table page's operator
 * list adds to its text, and a tenth of the text itself.
 *
 * A stream chunk needs no deep copy here: pdfjs's sender never touches what
 * it sent again (the text reader starts new item arrays, the operator list
 * empties the arrays it sent, which is why their top level is copied, and
 * transferred buffers are given up by the transfer's own contract), and the
 * receiver only reads (and must: glyph arrays and glyph objects are the
 * worker's own font caches, shared by every later page, so walkOperators and
 * anything after it never change what an operator list holds). So for stream
 * messages, and only those, the port's
 * clone is swapped for a shallow copy during that one synchronous call.
 * Every other message (documents, fonts, errors, binary data) is cloned as
 * pdfjs does. test/frontends/pdf/port.test.ts compares text content and
 * operator lists with and without this, and fails if the pinned pdfjs moves
 * the port.
 */
import { XxgkError } from '../../codes.js';

/** pdfjs's StreamKind codes that carry chunks or flow control (ENQUEUE 4; CLOSE 3, PULL 6, PULL_COMPLETE 7, START_COMPLETE 8). */
const STREAM_MESSAGES: ReadonlySet<unknown> = new Set([3, 4, 6, 7, 8]);

interface PortLike {
  postMessage(message: unknown, transfer?: unknown): void;
}

/** Makes the document's in-thread port pass stream messages by reference (see above). */
export function passStreamsByReference(doc: object): void {
  const port = (doc as unknown as { _transport?: { messageHandler?: { comObj?: PortLike } } })._transport?.messageHandler?.comObj;
  if (typeof port?.postMessage !== 'function' || port.constructor?.name !== 'LoopbackPort') {
    throw new XxgkError('INTERNAL', 'pdfjs-dist changed: its in-thread message port is not where xxgk expects it (src/frontends/pdf/port.ts).');
  }
  const post = port.postMessage;
  port.postMessage = function (this: PortLike, message: unknown, transfer?: unknown) {
    const copy = shallowStreamMessage(message);
    if (copy === undefined) return post.call(this, message, transfer);
    // LoopbackPort calls the global structuredClone synchronously, once: it gets the ready copy.
    const clone = globalThis.structuredClone;
    globalThis.structuredClone = (() => copy) as typeof structuredClone;
    try {
      return post.call(this, message, transfer);
    } finally {
      globalThis.structuredClone = clone;
    }
  };
}

/**
 * The copy a stream message gets instead of a clone, or undefined for any
 * message that must be cloned: not a stream message, a field other than the
 * chunk that is not a primitive, or a chunk that is not a plain object (binary
 * data).
 */
export function shallowStreamMessage(message: unknown): object | undefined {
  if (!isPlainObject(message) || !STREAM_MESSAGES.has(message.stream)) return undefined;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(message)) {
    if (key === 'chunk' && value !== undefined) {
      if (!isPlainObject(value)) return undefined;
      const chunk: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) chunk[k] = Array.isArray(v) ? v.slice() : v;
      copy[key] = chunk;
    } else if (value !== null && typeof value === 'object') {
      return undefined;
    } else {
      copy[key] = value;
    }
  }
  return copy;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
