/**
 * The in-thread message port between pdfjs's API and xxgk's private worker
 * (load.ts), without the copying a thread boundary needs.
 *
 * pdfjs's own in-thread port (LoopbackPort) structured-clones every message,
 * as a real worker boundary would. Streamed chunks are the bulk of it: every
 * text content item and every operator list chunk (with the glyph objects of
 * each shown string), plus a pull message per chunk. Measured on the
 * fixtures, the clones were about a third of what a table page's operator
 * list adds to its text, and a tenth of the text itself.
 *
 * A stream chunk needs no deep copy here: pdfjs's sender never touches what
 * it sent again (the text reader starts new item arrays, the operator list
 * empties the arrays it sent, which is why their top level is copied, and
 * transferred buffers are given up by the transfer's own contract), and the
 * receiver only reads (and must: glyph arrays and glyph objects are the
 * worker's own font caches, shared by every later page, so walkOperators and
 * anything after it never change what an operator list holds). So stream
 * messages, and only those, get a shallow copy; every other message
 * (documents, fonts, errors, binary data) is cloned as pdfjs's port does.
 * Delivery is as LoopbackPort's: after the current task's synchronous work,
 * in order, to every listener. test/frontends/pdf/port.test.ts compares text
 * content and operator lists through this port and through pdfjs's own.
 */

/** pdfjs's StreamKind codes that carry chunks or flow control (ENQUEUE 4; CLOSE 3, PULL 6, PULL_COMPLETE 7, START_COMPLETE 8). */
const STREAM_MESSAGES: ReadonlySet<unknown> = new Set([3, 4, 6, 7, 8]);

type Listener = (this: InThreadPort, event: { data: unknown }) => void;

export class InThreadPort {
  private readonly listeners = new Set<Listener>();
  /** Each message is delivered in a microtask of its own, in the order posted (as LoopbackPort does). */
  private readonly settled: Promise<void> = Promise.resolve();

  postMessage(message: unknown, transfer?: Transferable[]): void {
    const shallow = shallowStreamMessage(message);
    const event = { data: shallow ?? structuredClone(message, transfer ? { transfer } : undefined) };
    void this.settled.then(() => {
      for (const listener of [...this.listeners]) listener.call(this, event);
    });
  }

  /** pdfjs's message handlers stop listening through the signal they pass (a destroyed document's handler goes away). */
  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal } | null): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    this.listeners.add(listener);
    signal?.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.listeners.delete(listener);
  }

  terminate(): void {
    this.listeners.clear();
  }
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

/** An object literal's kind of object, of any realm (the worker module may run in another context than its caller's: a test runner's). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]');
}
