/** Messages between parse.ts's isolated runner (host.ts) and its worker thread (entry.ts). */
import type { ErrorCode } from '../codes.js';
import type { DetectedFormat } from '../frontends/detect.js';
import type { ReadLimits } from '../frontends/index.js';
import type { ParseResult } from '../model/report.js';
import type { TestHooks } from '../testHooks.js';

export interface JobMessage {
  id: number;
  bytes: Uint8Array;
  limits: ReadLimits;
  hooks: TestHooks;
}

/** Load what reading this format needs (pdfjs for a PDF) before its first job arrives; no reply. */
export interface WarmMessage {
  warm: DetectedFormat;
}

export type ReplyMessage =
  | { id: number; result: ParseResult }
  | { id: number; error: { code: ErrorCode; message: string } };
