/** The error of an RTF that cannot be read (truncated, unclosed groups, a `\bin` past the end). */
import { type ErrorCode, XxgkError } from '../../codes.js';

export const RTF_DAMAGED_CODE: ErrorCode = 'RTF_DAMAGED';

export function rtfDamaged(detail: string): XxgkError {
  return new XxgkError(RTF_DAMAGED_CODE, `The RTF document is damaged: ${detail}`);
}
