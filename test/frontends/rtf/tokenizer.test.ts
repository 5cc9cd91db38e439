import { RtfTokenizer, Token } from '../../../src/frontends/rtf/tokenizer.js';

/** Every token of `rtf` in a compact form. */
function tokens(rtf: string | Buffer): string[] {
  const tok = new RtfTokenizer(typeof rtf === 'string' ? Buffer.from(rtf, 'latin1') : rtf);
  const out: string[] = [];
  for (let t = tok.next(); t !== Token.End; t = tok.next()) {
    if (t === Token.GroupStart) out.push('{');
    else if (t === Token.GroupEnd) out.push('}');
    else if (t === Token.Word) out.push(`\\${tok.word}${tok.param ?? ''}`);
    else if (t === Token.Symbol) out.push(`sym:${tok.symbol}`);
    else if (t === Token.Hex) out.push(`hex:${tok.hex.toString(16)}`);
    else if (t === Token.Text) out.push(`text:${Buffer.from(tok.input.subarray(tok.start, tok.end)).toString('latin1')}`);
    else if (t === Token.Bin) out.push(`bin:${tok.end - tok.start}`);
  }
  return out;
}

test('control words: negative parameters, the delimiting space is eaten, other delimiters are not', () => {
  expect(tokens('{\\rtf1\\ansi\\ansicpg936 \\u-28711?\\b0x \\li-20\\par\n}')).toEqual([
    '{', '\\rtf1', '\\ansi', '\\ansicpg936', '\\u-28711', 'text:?', '\\b0', 'text:x ', '\\li-20', '\\par', '}',
  ]);
  // A hyphen not followed by a digit is text, not a sign.
  expect(tokens('\\word-x')).toEqual(['\\word', 'text:-x']);
});

test('control symbols, hex bytes, line ends (skipped, a backslash before one is a paragraph) and a BOM before {\\rtf', () => {
  const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("\r\n{\\'d6\\'D0\\~\\-\\_\\{\\}\\\\a\r\nb\\\nc\\'zz\\'4}", 'latin1')]);
  expect(tokens(input)).toEqual([
    '{', 'hex:d6', 'hex:d0', 'sym:~', 'sym:-', 'sym:_', 'sym:{', 'sym:}', 'sym:\\', 'text:a', 'text:b', 'sym:\n', 'text:c', "sym:'", 'text:zz', 'hex:4', '}',
  ]);
});

test('\\binN takes N raw bytes, braces and backslashes among them; past the end it is damage', () => {
  expect(tokens('{\\pict\\bin4 {}\\}x}')).toEqual(['{', '\\pict', 'bin:4', 'text:x', '}']);
  expect(() => tokens('{\\bin2147483647 ab}')).toThrow(expect.objectContaining({ code: 'RTF_DAMAGED' }));
});

test('an enormous parameter is held at 2^31-1, a million-letter word is one token', () => {
  expect(tokens(`\\fs${'9'.repeat(100000)} x`)).toEqual([`\\fs${2 ** 31 - 1}`, 'text:x']);
  const long = tokens(`\\${'a'.repeat(1_000_000)}1 y`);
  expect(long.length).toBe(2);
  expect(long[1]).toBe('text:y');
});

test('skipGroup: to the matching brace, escaped braces and \\bin data not counted; truncated is damage', () => {
  const tok = new RtfTokenizer(Buffer.from('{\\fonttbl{\\f0 a\\}b;}\\bin3 }}}}after', 'latin1'));
  expect(tok.next()).toBe(Token.GroupStart);
  expect(tok.next()).toBe(Token.Word);
  tok.skipGroup();
  expect(tok.next()).toBe(Token.Text);
  expect(Buffer.from(tok.input.subarray(tok.start, tok.end)).toString()).toBe('after');
  const truncated = new RtfTokenizer(Buffer.from('{\\info{\\title x}', 'latin1'));
  truncated.next();
  truncated.next();
  expect(() => truncated.skipGroup()).toThrow(expect.objectContaining({ code: 'RTF_DAMAGED' }));
});
