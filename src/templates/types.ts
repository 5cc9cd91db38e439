/** Shapes of the official-format templates (the data in this folder). */

/** A labelled item of a template: the label as the official format prints it, and its canonical key. */
export interface LabelKey {
  label: string;
  key: string;
  /** Other printed forms seen in real reports that the similarity match would not find (`总计` for `（七）总计`, `合计` for a column's `总计`). */
  aliases?: string[];
  /**
   * Shorter printed forms that are also the piece a wrapped label leaves on a line of
   * its own (`维持` of `结果` / `维持`): never used to place columns, only to notice a
   * header whose neighbouring labels stand in another order than the one read.
   */
  shortForms?: string[];
}

/** A template row of table 三 (or any row-keyed table). */
export interface TemplateRow extends LabelKey {
  /** The printed group header the row sits under, e.g. `（三）不予公开`. */
  group?: string;
  /** Only printed in this format version (the 2021 sub-rows of （六）). */
  only?: '2019' | '2021';
}

/** One `第二十条第（X）项` block of table 二. */
export interface Table2Block {
  /** Printed block title, e.g. `第二十条第（一）项`. */
  title: string;
  rows: LabelKey[];
  columns: LabelKey[];
}

/** A section of the report. */
export interface SectionTemplate {
  ordinal: number;
  /** The numeral as printed, e.g. `一`. */
  numeral: string;
  heading: string;
  kind: string;
  /**
   * Normalised substrings any of which identifies the title (so longer or
   * slightly different wordings still match).
   */
  signatures: string[];
}
