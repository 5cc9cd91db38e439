import { formatNumber, Numbering } from '../../../src/frontends/docx/numbering.js';
import { parseXml } from '../../../src/frontends/docx/xmlparse.js';

test('counter values in Word number formats', () => {
  expect([1, 2, 10, 11, 20, 21, 105].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '二', '十', '十一', '二十', '二十一', '一百零五']);
  expect(formatNumber(3, 'chineseCountingThousand')).toBe('三');
  expect(formatNumber(12, 'chineseLegalSimplified')).toBe('壹拾贰');
  expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
  expect(formatNumber(2020, 'ideographDigital')).toBe('二〇二〇');
  expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
  expect(formatNumber(7, 'decimalFullWidth')).toBe('７');
  expect([formatNumber(4, 'upperRoman'), formatNumber(9, 'lowerRoman'), formatNumber(28, 'upperLetter'), formatNumber(2, 'lowerLetter')]).toEqual(['IV', 'ix', 'BB', 'b']);
  expect([formatNumber(5, 'decimal'), formatNumber(5, 'decimalZero'), formatNumber(5, 'bullet'), formatNumber(5, 'none')]).toEqual(['5', '05', '', '']);
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
function numbering(xml: string): Numbering {
  return new Numbering(parseXml(`<?xml version="1.0"?>\n<w:numbering ${W}>${xml}</w:numbering>`));
}
const lvl = (ilvl: number, fmt: string, text: string, extra = '') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

test('counters replay Word numbering: deeper levels restart, lists sharing a definition continue, overrides restart', () => {
  const n = numbering(
    `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%1.%3')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%2)', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>` +
      `<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`,
  );
  expect([n.next('1', 0), n.next('1', 1), n.next('1', 1), n.next('1', 2), n.next('2', 0), n.next('2', 1), n.next('1', 2)]).toEqual(['一、', '（一）', '（二）', '一.1', '二、', '（一）', '二.1']);
  // lvlRestart 0: level 1 keeps counting across level-0 items.
  expect([n.next('3', 1), n.next('3', 0), n.next('3', 1)]).toEqual(['1)', '1.', '2)']);
  expect([n.next('4', 0), n.next('4', 0)]).toEqual(['5.', '6.']);
  expect([n.next('9', 0), n.next('0', 0)]).toEqual(['', '']);
});

test('a list defined through a numbering style (w:numStyleLink → w:styleLink) takes the style\'s levels', () => {
  const n = numbering(
    `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ReportList"/>${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum>` +
      '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ReportList"/></w:abstractNum>' +
      '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>',
  );
  expect([n.next('5', 0), n.next('5', 0)]).toEqual(['一、', '二、']);
});
