/**
 * A label naming an earlier period than the report's (`上年现行有效件数`,
 * `上一年处理决定数量`, `上年`, `去年同期`): a comparison printed beside the
 * report's own figures, never them.
 */
export const EARLIER_PERIOD = /^(上一?年度?|去年|前一年)(同期)?/;
