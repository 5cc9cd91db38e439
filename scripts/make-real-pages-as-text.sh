#!/usr/bin/env bash
# The two real report web pages (fixtures/word/*.html) as text, into fixtures/generated/text-real/:
#   {zhangdian-2020,hongze-2023}-page.{w3m,elinks}.txt   dumped by the text browsers that set the
#       site's navigation column beside the report (src/frontends/text/sideColumn.ts);
#   {zhangdian-2020,hongze-2023}-page.pandoc-gfm.md      pandoc -t gfm, which keeps the page's layout
#       table as raw HTML, the whole report in one cell (src/frontends/text/markdown.ts);
#   {zhangdian-2020,hongze-2023}-page.pandoc-plain.txt   pandoc -t plain, which draws the layout table
#       as a grid table, the report inside one cell (src/frontends/text/grid.ts), and writes
#       [TABLE] for tables it cannot draw (tables 三 and 四, which merge cells).
# The Hongze page is GBK and names no charset: it is given to the tools as UTF-8 (read as
# Latin-1 it would be mojibake, which no reader can undo).
# Needs: apt-get install -y w3m elinks pandoc
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in w3m elinks pandoc iconv; do command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y w3m elinks pandoc)" >&2; exit 1; }; done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=fixtures/generated/text-real
cp fixtures/word/zhangdian-2020.html "$work/zhangdian-2020-page.html"
iconv -f GB18030 -t UTF-8 fixtures/word/hongze-2023-gbk.html > "$work/hongze-2023-page.html"
for name in zhangdian-2020-page hongze-2023-page; do
  w3m -dump -cols 200 -T text/html -I UTF-8 -O UTF-8 "$work/$name.html" > "$out/$name.w3m.txt"
  elinks -dump -dump-width 200 -no-references -no-numbering -dump-charset utf-8 "$work/$name.html" > "$out/$name.elinks.txt"
  pandoc -f html -t gfm --wrap=none "$work/$name.html" -o "$out/$name.pandoc-gfm.md"
  pandoc -f html -t plain --wrap=none "$work/$name.html" -o "$out/$name.pandoc-plain.txt"
done
ls -l "$out"/*-page.*
