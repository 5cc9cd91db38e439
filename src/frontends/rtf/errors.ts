/** The error of an RTF that cannot be read (truncated, unclosed groups, a `\bin` past the end). */
import { XxgkError } from '../../codes.js';

export function rtfDamaged(detail: string): XxgkError {
  return new XxgkError('RTF_DAMAGED', `The RTF document is damaged: ${detail}`);
}
