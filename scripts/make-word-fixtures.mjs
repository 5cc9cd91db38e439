// Generates fixtures/word/: reports as Word documents (DOCX, legacy DOC) and saved web pages,
// plus bad inputs for the DOCX/DOC/HTML front ends. Run through scripts/make-word-fixtures.sh,
// which compiles test/support/*.ts first:   node scripts/make-word-fixtures.mjs BUILD_DIR WORK_DIR
//
//  - hongze-2023-template.docx: the official 2021 Word template filled with the Hongze 2023
//    numbers (make-docx-fixtures.mjs's buildDocx: XML edited, cells found by their labels);
//    hongze-2023-template.doc: that DOCX saved as Word 97–2003 by LibreOffice.
//  - zhangdian-2020.docx: the Zhangdian text fixture laid out in the 2019 format (the HTML of
//    make-pdf-fixtures.mjs's zhangdian()) imported by LibreOffice and saved as DOCX: its own
//    Word layout (merged headers, the vertical 三、本年度办理结果 cell, 本年新<br>制作数量, 减72462);
//    zhangdian-2020.doc: that DOCX saved as Word 97–2003.
//  - zhangdian-2020.html / hongze-2023-gbk.html: the reports as government web pages, wrapped in
//    typical site navigation, breadcrumbs, a side menu and a footer; Zhangdian in UTF-8 declared
//    by <meta http-equiv="Content-Type">, Hongze in GBK with no declaration at all.
//  - features-*.docx: generated reports written with the docx package (test/support/render-docx.ts)
//    with automatic numbering, a split table, tracked changes, a footnote, protection, a page
//    header and footer; a table pasted as a picture next to a seal.
//  - bad/: a truncated DOCX, a zip that is no Word document, a password-protected DOCX (an OLE
//    container holding EncryptedPackage), two zip bombs, an unreadable and a truncated DOC,
//    a web page that is no report.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [buildDir, workDir] = process.argv.slice(2).map((p) => resolve(p));
if (!buildDir || !workDir) throw new Error('usage: make-word-fixtures.mjs BUILD_DIR WORK_DIR');
const imp = (p) => import(pathToFileURL(join(buildDir, p)).href);
const { renderHtml, DEFAULT_LAYOUT, randomLayout, chineseDate } = await imp('test/support/render-html.js');
const { randomSpec, table2Paths, table3Paths, table4Paths } = await imp('test/support/random-report.js');
const { renderDocx } = await imp('test/support/render-docx.js');
const { zip, cfb } = await imp('test/support/containers.js');
const { buildDocx, zipDocx } = await import('./make-docx-fixtures.mjs');
const { zhangdian } = await import('./make-pdf-fixtures.mjs');
const iconv = createRequire(import.meta.url)('iconv-lite');

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'fixtures/word');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'bad'), { recursive: true });
const profile = pathToFileURL(join(workDir, 'lo-profile')).href;
const soffice = (args) => execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
const json = (name, obj) => writeFileSync(join(outDir, `${name}.json`), JSON.stringify(obj, null, 2) + '\n');

// ---- Hongze 2023 in the official template ---------------------------------------------------
// What the real PDF (fixtures/hongze-district-2023.pdf) prints; （六） as one row; no date printed,
// so the signature date here is one the fixture adds (the web page variant prints none).
function hongzeSpec() {
  const values = {};
  const put = (prefix, keys, nums) => keys.forEach((k, i) => (values[`${prefix}.${k}`] = nums[i]));
  const A = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'];
  const R = ['maintained', 'corrected', 'other', 'pending', 'total'];
  for (const p of [...table2Paths('2021'), ...table3Paths(), ...table4Paths()]) values[p] = 0;
  Object.assign(values, { 'activeDisclosure.normativeDocuments.repealed': 5, 'activeDisclosure.normativeDocuments.inForce': 5, 'activeDisclosure.licensing.decisions': 550, 'activeDisclosure.punishment.decisions': 4119, 'activeDisclosure.enforcement.decisions': 195, 'activeDisclosure.fees.amount': 7730.28 });
  put('applications.newReceived', A, [21, 0, 0, 0, 0, 0, 21]);
  put('applications.partiallyGranted', A, [4, 0, 0, 0, 0, 0, 4]);
  for (const r of ['denied.stateSecret', 'denied.processInfo', 'denied.enforcementCase', 'notProcessed.complaint']) put(`applications.${r}`, A, [1, 0, 0, 0, 0, 0, 1]);
  put('applications.unavailable.notHeld', A, [10, 0, 0, 0, 0, 0, 10]);
  put('applications.unavailable.needsCreation', A, [3, 0, 0, 0, 0, 0, 3]);
  put('applications.resultTotal', A, [21, 0, 0, 0, 0, 0, 21]);
  for (const r of ['overdueCorrection', 'overdueFee', 'other']) put(`applications.other.${r}`, A, A.map(() => null));
  put('reviewLitigation.review', R, [10, 1, 0, 0, 0]);
  put('reviewLitigation.litigationAfterReview', R, [5, 0, 0, 0, 0]);
  return { version: '2021', year: 2023, agency: '洪泽区人民政府', publishedOn: '2024-01-26', singleOtherRow: true, values };
}
const hongze = hongzeSpec();
{
  const stage = join(workDir, 'stage-hongze');
  const r = buildDocx({ name: 'hongze', seed: 2023, spec: hongze, opts: { single: true, center: true } }, stage);
  zipDocx(stage, join(outDir, 'hongze-2023-template.docx'));
  json('hongze-2023-template', { spec: r.spec, notes: 'The official 2021 Word template (fixtures/official-template-2021.docx) filled with the numbers of fixtures/hongze-district-2023.pdf by scripts/make-docx-fixtures.mjs\'s buildDocx (XML edited; table 三 （六） as one row, numbers centred); the body text is randomContent; the signature date is added (the real report prints none).' });
}

// ---- Zhangdian 2020 through LibreOffice's Word export ----------------------------------------
const zd = zhangdian();
// The text fixture wraps this header cell (`本年新` / `制作数量`): keep the break in the Word layout.
zd.html = zd.html.replace('>本年新制作数量<', '>本年新<br>制作数量<');
{
  const html = join(workDir, 'zhangdian-2020.html');
  writeFileSync(html, zd.html);
  soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, html]);
  json('zhangdian-2020', { spec: zd.spec, notes: `${zd.notes} Laid out as HTML by renderHtml (as generated/pdf/zhangdian-2020), imported by LibreOffice Writer and saved as DOCX.` });
}
// Both DOCX saved as Word 97–2003 by LibreOffice.
soffice(['--convert-to', 'doc:MS Word 97', '--outdir', outDir, join(outDir, 'zhangdian-2020.docx'), join(outDir, 'hongze-2023-template.docx')]);
for (const f of ['zhangdian-2020.docx', 'zhangdian-2020.doc', 'hongze-2023-template.doc']) if (!existsSync(join(outDir, f))) throw new Error(`LibreOffice made no ${f}`);

// ---- Web pages -------------------------------------------------------------------------------
/** A report's HTML (renderHtml) as a page of a government site: title in an <h1>, a date line, navigation around. */
function sitePage(reportHtml, { site, date, charsetTag, dropSignatureDate }) {
  const body = /<body>\n([\s\S]*)\n<\/body>/.exec(reportHtml)[1];
  const titles = [...body.matchAll(/<p class="title">(.*?)<\/p>/g)].map((m) => m[1]);
  let article = body.replace(/<p class="title">.*?<\/p>\n?/g, '');
  if (dropSignatureDate) article = article.replace(/<p class="sig">[^<]*日<\/p>\n?/, '');
  const title = titles.join('');
  const style = /<style>[\s\S]*?<\/style>/.exec(reportHtml)[0];
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
${charsetTag}
<title>${title}-${site}</title>
<meta name="ArticleTitle" content="${title}">
${style}
<script type="text/javascript">var _hmt = _hmt || []; function setFont(s) { document.getElementById('zoom').style.fontSize = s + 'px'; }</script>
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" width="420" height="90" alt="${site}"></div>
<div class="search"><form action="/search"><input type="text" name="q" value="请输入关键字"><button>搜索</button></form></div></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxq/">走进${site.slice(0, 3)}</a></li></ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年度报告</a></div>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td width="220" valign="top" class="left"><h3>政府信息公开</h3><ul><li><a href="/zn/">政府信息公开指南</a></li><li><a href="/zd/">政府信息公开制度</a></li><li><a href="/ndbg/">政府信息公开年度报告</a></li><li><a href="/fdzdgk/">法定主动公开内容</a></li></ul></td>
<td width="780" valign="top" class="right">
<h1 class="article-title">${title}</h1>
<div class="article-info"><span>发布日期：${date}</span>&nbsp;&nbsp;<span>来源：${site}</span>&nbsp;&nbsp;<span>浏览次数：<script>document.write(1024)</script></span>&nbsp;&nbsp;<span>字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></span></div>
<div id="zoom" class="TRS_Editor">
${article}
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
</td></tr></table>
<div class="footer"><p>主办：${site}办公室&nbsp;&nbsp;承办：${site}大数据中心</p><p>版权所有：${site}&nbsp;&nbsp;网站标识码：3208130001&nbsp;&nbsp;苏ICP备05009213号</p><p><img src="/images/jiucuo.png" width="110" height="55"> <img src="/images/dzjg.png" width="46" height="60"></p></div>
</body>
</html>
`;
}
writeFileSync(
  join(outDir, 'zhangdian-2020.html'),
  sitePage(zd.html, { site: '淄博市公安局交通警察支队', date: '2021-01-28', charsetTag: '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' }),
);
{
  const layout = { ...DEFAULT_LAYOUT, textSeed: 2023, paragraphsPerPart: 1, moneyTwoDecimals: true };
  const page = sitePage(renderHtml(hongze, layout), { site: '淮安市洪泽区人民政府', date: '2024-01-31', charsetTag: '', dropSignatureDate: true });
  writeFileSync(join(outDir, 'hongze-2023-gbk.html'), iconv.encode(page, 'gbk'));
  json('hongze-2023-gbk', { spec: { ...hongze, publishedOn: '2024-01-31' }, layout, notes: 'renderHtml(spec, layout) wrapped in site navigation, encoded in GBK with no charset declaration; the signature has no date, the date is the page\'s 发布日期 under the title.' });
}

// ---- Word features (docx package) ------------------------------------------------------------
const FEATURES = [
  { name: 'features-numbering', seed: 9101, options: { autoNumber: true, headingStyle: true, splitTable3At: 10, trackedChanges: true, footnote: true, protection: true, headerFooter: true }, what: 'automatic numbering of headings, subheadings and table 三 labels; headings in the Heading 1 style; table 三 split into two Word tables inside the （三）不予公开 group; tracked insertions and deletions in a paragraph and in numbers; a footnote on the title and on （七）总计; read-only protection with a password; a page header naming section 二 and a footer `- 1 -`' },
  { name: 'features-pictures', seed: 9102, options: { table4AsPicture: true, seal: true }, what: 'table 四 pasted as a 15 × 6 cm picture; a 4 × 4 cm seal after the signature' },
];
for (const f of FEATURES) {
  const spec = randomSpec(f.seed);
  const layout = randomLayout(f.seed);
  writeFileSync(join(outDir, `${f.name}.docx`), await renderDocx(spec, layout, f.options));
  json(f.name, { spec, layout, options: f.options, notes: `randomSpec(${f.seed}) / randomLayout(${f.seed}) written by renderDocx: ${f.what}.` });
}

// ---- Bad inputs --------------------------------------------------------------------------------
const bad = (name, bytes) => writeFileSync(join(outDir, 'bad', name), bytes);
const docx = readFileSync(join(outDir, 'hongze-2023-template.docx'));
bad('truncated.docx', docx.subarray(0, Math.floor(docx.length * 0.6)));

bad('not-word.zip', zip([{ name: 'readme.txt', data: '政府信息公开工作年度报告（附件）' }, { name: 'data/table.csv', data: '项目,数量\n新收申请,21\n' }]));
const types = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
// Declared sizes of 3.5 GB: refused from the central directory, before inflating anything.
bad('bomb-declared.docx', zip([{ name: '[Content_Types].xml', data: types }, { name: 'word/document.xml', data: '<w:document/>', declared: 0xd0000000 }]));
// Sizes that lie: 64 MB of XML padding declared as 4 KB; the inflate cap catches it.
bad('bomb-lying.docx', zip([{ name: '[Content_Types].xml', data: types }, { name: 'word/document.xml', data: Buffer.alloc(64 * 1024 * 1024, 0x20), declared: 4096 }]));

// What Word writes for a DOCX with an open password: EncryptionInfo (agile, XML descriptor) and EncryptedPackage.
const info = Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>')]);
let seed = 12345;
const noise = Buffer.alloc(8192).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
const pkg = Buffer.concat([Buffer.from([0x00, 0x20, 0, 0, 0, 0, 0, 0]), noise]);
bad('encrypted.docx', cfb([{ name: 'EncryptionInfo', data: info }, { name: 'EncryptedPackage', data: pkg }]));
// An OLE container whose WordDocument stream is not Word's (bad magic), and a DOC cut short.
bad('unreadable.doc', cfb([{ name: 'WordDocument', data: noise }]));
const doc = readFileSync(join(outDir, 'zhangdian-2020.doc'));
bad('truncated.doc', doc.subarray(0, Math.floor(doc.length * 0.4)));
bad('not-a-report.html', Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开指南</title></head><body>
<ul class="nav"><li>首页</li><li>政务公开</li></ul>
<h1>淮安市洪泽区人民政府政府信息公开指南</h1>
<p>为了保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。</p>
<h2>一、主动公开</h2><p>（一）公开范围。本机关主动公开本机关的机构职能、政策文件、规划计划等信息。</p><p>（二）公开方式。政府门户网站、政务新媒体、政务服务中心。</p>
<h2>二、依申请公开</h2><p>（一）受理机构。本机关办公室负责受理政府信息公开申请。</p><p>（二）申请方式。当面申请、邮寄申请、网络申请。</p>
<table border="1"><tr><td>受理机构</td><td>地址</td><td>电话</td></tr><tr><td>区政府办公室</td><td>洪泽区东七街1号</td><td>0517-87221234</td></tr></table>
<div class="footer">版权所有：淮安市洪泽区人民政府</div></body></html>
`));

console.log(`wrote the Word and web-page fixtures to ${outDir}`);
