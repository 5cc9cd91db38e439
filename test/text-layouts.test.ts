import { score, TEXT_LAYOUTS, type TextLayoutName } from './support/text-layouts.js';

describe('generated reports flattened by real converters parse back', () => {
  test.each(Object.keys(TEXT_LAYOUTS) as TextLayoutName[])('%s', (layout) => {
    const s = score(layout);
    console.log(layout, JSON.stringify({ ...s, wrongList: s.wrongList.slice(0, 10), silentNulls: s.silentNulls.slice(0, 10) }));
  });
});
