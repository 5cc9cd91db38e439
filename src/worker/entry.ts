/**
 * The worker thread that parses isolated inputs (host.ts): bytes → front end →
 * report, one job at a time, posted back as a result or an error code. pdfjs
 * is imported once per worker and reused by every job it runs.
 */
import { parentPort } from 'node:worker_threads';
import { XxgkError } from '../codes.js';
import { prepareReader, readBytes } from '../frontends/index.js';
import { declareOwnThread } from '../frontends/pdf/load.js';
import { buildReport } from '../middle/build.js';
import { asXxgkError } from '../parseOptions.js';
import { testHooks } from '../testHooks.js';
import type { JobMessage, ReplyMessage, WarmMessage } from './protocol.js';

// This thread is xxgk's own.
declareOwnThread();
const port = parentPort!;
port.on('message', (message: JobMessage | WarmMessage) => {
  // A failure while warming is the first job's to meet and report.
  if ('warm' in message) void prepareReader(message.warm).catch(() => undefined);
  else void run(message).then((reply) => port.postMessage(reply));
});

async function run(job: JobMessage): Promise<ReplyMessage> {
  Object.assign(testHooks, job.hooks);
  if (testHooks.crashWorker) {
    // Thrown outside the job, which waits for it (a warm parse may finish without yielding to the event loop).
    setImmediate(() => {
      throw new Error('crashWorker test hook');
    });
    await new Promise<never>(() => undefined);
  }
  try {
    return { id: job.id, result: buildReport(await readBytes(job.bytes, job.limits)) };
  } catch (e) {
    const err = asXxgkError(e);
    return { id: job.id, error: { code: err.code, message: err.message } };
  }
}
