/**
 * Several printed rows may map to one template row: a subtotal beside its
 * total, an extra row resembling an official one, or a label that a flattened
 * layout cut wrong, so that one row's label now names its neighbour. Which
 * of them is read:
 * - a label printed as the template prints it (or as an accepted variant)
 *   beats one that only resembles it;
 * - between two of the same kind, the better match wins;
 * - but two labels that only resemble the row, with different values, leave
 *   it unread: nothing says which one the table meant, and reading the wrong
 *   one would be a wrong number that looks right (unless one of them holds
 *   no number at all).
 */
import type { WarningLocation } from '../codes.js';
import { readNumber } from '../util/numbers.js';
import type { ValueWriter } from './typed.js';

/** What to do with a row claiming a template row. */
export type Claim =
  /** The first row for it: read it. */
  | 'read'
  /** A better row than the one read: read it instead. */
  | 'replace'
  /** The row read stays; this one is not read. */
  | 'keep'
  /** Neither can be told to be the row: withdraw the values read, read none. */
  | 'ambiguous'
  /** Already ambiguous: not read. */
  | 'unread';

interface Held {
  exact: boolean;
  score: number;
  values: string;
  /** Whether any of its values is a number. */
  numbers: boolean;
}

export class RowClaims {
  private readonly held = new Map<string, Held>();
  private readonly ambiguous = new Set<string>();

  /** Template rows read (ambiguous ones left out). */
  keys(): Set<string> {
    return new Set(this.held.keys());
  }

  has(key: string): boolean {
    return this.held.has(key);
  }

  /** Rows left unread because two rows claimed them. */
  isAmbiguous(key: string): boolean {
    return this.ambiguous.has(key);
  }

  /**
   * A printed row claims `key`: `exact` when its label is the template's (or
   * a variant's) once normalised, `score` how well it matched, `values` its
   * value cells' texts.
   */
  claim(key: string, exact: boolean, score: number, values: string[]): Claim {
    if (this.ambiguous.has(key)) return 'unread';
    const joined = values.map((v) => v.trim()).join('\u0000');
    const earlier = this.held.get(key);
    const mine = { exact, score, values: joined, numbers: values.some((v) => readNumber(v).kind === 'number') };
    if (earlier === undefined) {
      this.held.set(key, mine);
      return 'read';
    }
    if (earlier.exact !== exact) {
      if (earlier.exact) return 'keep';
      this.held.set(key, mine);
      return 'replace';
    }
    if (!exact && earlier.values !== joined) {
      // A row of no numbers says nothing against one with numbers (the blank
      // rest of a row that a page break cut, its label's last line).
      if (!mine.numbers && earlier.numbers) return 'keep';
      if (mine.numbers && !earlier.numbers) {
        this.held.set(key, mine);
        return 'replace';
      }
      this.held.delete(key);
      this.ambiguous.add(key);
      return 'ambiguous';
    }
    if (earlier.score >= score) return 'keep';
    this.held.set(key, mine);
    return 'replace';
  }
}

/** A printed row claiming a template row, as the table mappers see it. */
export interface RowClaim {
  /** `二` or `三`, for the messages. */
  table: string;
  key: string;
  /** The label as printed. */
  label: string;
  /** Whether that label is the template's (or a variant's) once normalised. */
  exact: boolean;
  score: number;
  values: string[];
  where: WarningLocation;
}

/**
 * Settles a claim and says so (ROW_DUPLICATE): true when the row is to be
 * read, its key's earlier values withdrawn where it replaces them.
 */
export function settleClaim(claims: RowClaims, writer: ValueWriter, c: RowClaim): boolean {
  const outcome = claims.claim(c.key, c.exact, c.score, c.values);
  if (outcome === 'read') return true;
  if (outcome === 'ambiguous' || outcome === 'replace') writer.withdraw(c.key);
  const message = {
    keep: `Table ${c.table} has a second row for ${c.key} ("${c.label}"); the first is kept.`,
    unread: `Table ${c.table} has one more row for ${c.key} ("${c.label}"), already left unread; it is not read either.`,
    ambiguous: `Table ${c.table} has two rows for ${c.key} with other values, neither labelled as the template labels it (the second "${c.label}"); neither is read.`,
    replace: `Table ${c.table} has a second row for ${c.key} ("${c.label}") whose label matches better; it replaces the first.`,
  }[outcome];
  writer.warn('ROW_DUPLICATE', message, c.where);
  return outcome === 'replace';
}
