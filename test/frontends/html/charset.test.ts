import { createRequire } from 'node:module';
import { decodePage, declaredCharset } from '../../../src/frontends/html/charset.js';

const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
const page = (head: string) => `<html><head>${head}<title>报告</title></head><body><p>一、总体情况：政府信息公开工作年度报告</p></body></html>`;

test('the declared charset: <meta charset>, http-equiv Content-Type, an XML declaration', () => {
  expect(declaredCharset(Buffer.from(page('<meta charset="GB2312">')))).toBe('gb2312');
  expect(declaredCharset(Buffer.from(page('<meta http-equiv="Content-Type" content="text/html; charset=gbk" />')))).toBe('gbk');
  expect(declaredCharset(Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${page('')}`))).toBe('utf-8');
  expect(declaredCharset(Buffer.from(page('')))).toBeNull();
});

test('pages decode as declared, else as detected; GBK and GB2312 are read as GB18030', () => {
  const gbk = page('<meta charset="gbk">');
  expect(decodePage(iconv.encode(gbk, 'gbk'))).toEqual({ text: gbk, encoding: 'gb18030', replaced: 0 });
  const undeclared = page('');
  expect(decodePage(iconv.encode(undeclared, 'gbk'))).toEqual({ text: undeclared, encoding: 'gb18030', replaced: 0 });
  expect(decodePage(Buffer.from(undeclared))).toEqual({ text: undeclared, encoding: 'utf-8', replaced: 0 });
  // A page that declares UTF-8 but is GBK reads better undeclared.
  const lying = page('<meta charset="utf-8">');
  expect(decodePage(iconv.encode(lying, 'gbk'))).toEqual({ text: lying, encoding: 'gb18030', replaced: 0 });
  // Bytes invalid in the declared encoding are counted.
  const bad = Buffer.concat([Buffer.from(page('<meta charset="utf-8">')), Buffer.from([0xff])]);
  expect(decodePage(bad).replaced).toBe(1);
});
