#!/usr/bin/env bash
# Held-out reports (seeds no other fixture uses) kept where they found something, made as
# scripts/make-text-layout-fixtures.mjs makes the text-layout fixtures (LibreOffice DOCX and PDF,
# then each tool), NAME.json the spec:
# - fixtures/generated/text-padded/: seeds 7023 and 7033 (2019), whose fee block of table 二 (two
#   value columns in a four-column grid) pandoc pads with empty cells, a blank before the value
#   empty or an ideographic space: through pandoc -t plain, -t gfm and -t markdown;
# - fixtures/generated/text-heldout/: seed 13037 through pdftotext -layout (table 三's last rows
#   alone on a page, a column blank in all of them) and seed 13021 through pdftotext (table 二's
#   first column label broken, its piece among the other labels), seed 13052 through LibreOffice's
#   text export (a 2021 table 二 of three numbers, each before a blank cell); seed 14015 through
#   pdftotext -layout (table 二's third column label pushed onto lines of its own around the header);
#   seed 15007 through Debian's html2text (table 四's first value cell overwritten with `�`);
#   seed 16003 through pdftotext -layout (table 二's first column label on lines of its own, a row
#   with its last cell blank); seed 17030 through pdftotext -layout (table 三's page with one complete
#   row, a wide number packed against its neighbour, a `0` of the next row moved toward it).
# - text-heldout/ also: seeds 21011 and 21013 through pdftotext -layout (table 二 headers whose long
#   labels wrapped around the header line, `本年新公开数` above and `量` below, in every block);
#   seed 23001 through pdftotext (table 二 block (六) with two of its column labels printed elsewhere);
#   seed 24050 through pdftotext -layout and mutool (table 四 wider than its B5 page: the last 总计
#   off the paper whole, the number under it printed as its first digit);
#   seeds 20001 and 20018 through pandoc -f html -t plain --columns=200 of their
#   pages (grid tables whose bars CJK characters pushed; labels across three columns);
# - fixtures/generated/text-mammoth/: mammoth's HTML of four of seed 20001's DOCX (20005, 20007,
#   20019, 20034), markitdown's path for a DOCX (table 三 rows under a vertical merge);
# - text-heldout/ also: seeds 28030 and 28054 through wv's HTML and a text browser (see the end).
# Also needs html2text (Debian's) and mammoth in MAMMOTH_DIR.
# Needs what make-text-layout-fixtures.sh needs.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_text_layout_tools
need_tools html2text html2text
need_tools mupdf-tools mutool
: "${MAMMOTH_DIR:?set MAMMOTH_DIR to a folder with mammoth installed (npm install --prefix DIR mammoth)}"
build_support

# generate SEED [N]: N (60) reports from SEED into $work/SEED/gen (LibreOffice's DOCX in $work/SEED/docx).
generate() {
  mkdir -p "$work/$1"
  XXGK_SEED="$1" XXGK_N="${2:-60}" XXGK_GEN_DIR="$work/$1/gen" node scripts/make-text-layout-fixtures.mjs "$work/build" "$work/$1"
}

generate 7001
out=fixtures/generated/text-padded
rm -rf "$out" && mkdir -p "$out"
for name in text-2019-23 text-2019-33; do
  cp "$work/7001/gen/text-specs/$name.json" "$out/$name.json"
  cp "$work/7001/gen/text-pandoc-plain/$name.txt" "$out/$name.pandoc-plain.txt"
  cp "$work/7001/gen/text-pandoc-gfm/$name.md" "$out/$name.pandoc-gfm.md"
  pandoc -f docx -t markdown --wrap=none "$work/7001/docx/$name.docx" -o "$out/$name.pandoc-markdown.md"
done

generate 13001
out=fixtures/generated/text-heldout
rm -rf "$out" && mkdir -p "$out"
cp "$work/13001/gen/text-specs/text-2019-37.json" "$out/report-13037.json"
cp "$work/13001/gen/text-pdftotext-layout/text-2019-37.txt" "$out/report-13037.pdftotext-layout.txt"
cp "$work/13001/gen/text-specs/text-2019-21.json" "$out/report-13021.json"
cp "$work/13001/gen/text-pdftotext-raw/text-2019-21.txt" "$out/report-13021.pdftotext-raw.txt"
cp "$work/13001/gen/text-specs/text-2021-52.json" "$out/report-13052.json"
cp "$work/13001/gen/text-libreoffice/text-2021-52.txt" "$out/report-13052.libreoffice.txt"
generate 14001
cp "$work/14001/gen/text-specs/text-2019-15.json" "$out/report-14015.json"
cp "$work/14001/gen/text-pdftotext-layout/text-2019-15.txt" "$out/report-14015.pdftotext-layout.txt"
generate 15001
XXGK_GEN_DIR="$work/15001/gen" node scripts/make-text-tool-fixtures.mjs "$work/build" "$work/15001/tools" html2text
cp "$work/15001/gen/text-specs/text-2019-07.json" "$out/report-15007.json"
cp "$work/15001/gen/text-html2text/text-2019-07.txt" "$out/report-15007.html2text.txt"
generate 16001
cp "$work/16001/gen/text-specs/text-2019-03.json" "$out/report-16003.json"
cp "$work/16001/gen/text-pdftotext-layout/text-2019-03.txt" "$out/report-16003.pdftotext-layout.txt"
# Seed 17030 alone (the second of two from 17029: a 2021 report, as in the 60 from 17001).
generate 17029 2
cp "$work/17029/gen/text-specs/text-2021-02.json" "$out/report-17030.json"
cp "$work/17029/gen/text-pdftotext-layout/text-2021-02.txt" "$out/report-17030.pdftotext-layout.txt"
# LibreOffice's PDFs of two of 15001's into pdf-edge/ (a column cut by a B5 page's edge; a row broken by the page's end).
for n in 18 60; do
  cp "$work/15001/pdf/text-2021-$n.pdf" "fixtures/generated/pdf-edge/report-2021-150$n.pdf"
  cp "$work/15001/gen/text-specs/text-2021-$n.json" "fixtures/generated/pdf-edge/report-2021-150$n.json"
done
# mammoth's HTML of four of 20001's DOCX (markitdown's path for a DOCX, before markdownify) into
# text-mammoth/: needs mammoth in MAMMOTH_DIR (npm install --prefix MAMMOTH_DIR mammoth).
generate 20001
node scripts/make-mammoth-html.mjs "${MAMMOTH_DIR:?set MAMMOTH_DIR to a folder with mammoth installed}" "$work/20001/docx" "$work/20001/gen/text-specs" \
  fixtures/generated/text-mammoth text-2019-05=report-20005 text-2019-07=report-20007 text-2019-19=report-20019 text-2021-34=report-20034
# pandoc's plain text of two of 20001's pages (grid tables with bars pushed by CJK characters, labels across columns).
for pair in text-2019-01=report-20001 text-2021-18=report-20018; do
  pandoc -f html -t plain --columns=200 "$work/20001/html/${pair%%=*}.html" -o "fixtures/generated/text-heldout/${pair#*=}.pandoc-html-plain.txt"
  cp "$work/20001/gen/text-specs/${pair%%=*}.json" "fixtures/generated/text-heldout/${pair#*=}.json"
done
# Two of 21001's through pdftotext -layout (table 二 headers wrapped around their line).
generate 21001
for n in 11 13; do
  cp "$work/21001/gen/text-specs/text-2019-$n.json" "fixtures/generated/text-heldout/report-210$n.json"
  cp "$work/21001/gen/text-pdftotext-layout/text-2019-$n.txt" "fixtures/generated/text-heldout/report-210$n.pdftotext-layout.txt"
done
# One of 23001's through pdftotext without -layout (a table 二 header that lost two labels).
generate 23001
cp "$work/23001/gen/text-specs/text-2019-01.json" "fixtures/generated/text-heldout/report-23001.json"
cp "$work/23001/gen/text-pdftotext-raw/text-2019-01.txt" "fixtures/generated/text-heldout/report-23001.pdftotext-raw.txt"
# One of 24001's through pdftotext -layout and mutool (table 四's last 总计 off the paper whole, the number under it cut to its first digit).
generate 24001
XXGK_GEN_DIR="$work/24001/gen" node scripts/make-text-tool-fixtures.mjs "$work/build" "$work/24001/tools" mutool
cp "$work/24001/gen/text-specs/text-2021-50.json" "fixtures/generated/text-heldout/report-24050.json"
for tool in pdftotext-layout mutool; do
  cp "$work/24001/gen/text-$tool/text-2021-50.txt" "fixtures/generated/text-heldout/report-24050.$tool.txt"
done
# Two of 28001's through wv (apt-get install wv): wvHtml of LibreOffice's .doc leaves its cells' <p>
# unclosed, and text browsers draw each table row a column further right (a staircase, a grid of 15
# to 48 columns): 28030 through w3m, 28054 through wvText (wvHtml, then elinks).
need_tools wv wvHtml wvText
need_tools w3m w3m
generate 28001
soffice "-env:UserInstallation=file://$work/lo-profile" --headless --norestore --convert-to doc --outdir "$work/28001/doc" "$work/28001/docx/text-2021-30.docx" "$work/28001/docx/text-2021-54.docx" >/dev/null
wvHtml "$work/28001/doc/text-2021-30.doc" "$work/28001/text-2021-30.html"
w3m -dump -cols 200 -T text/html -I UTF-8 -O UTF-8 "$work/28001/text-2021-30.html" > fixtures/generated/text-heldout/report-28030.wv-w3m.txt
wvText "$work/28001/doc/text-2021-54.doc" fixtures/generated/text-heldout/report-28054.wvtext.txt
cp "$work/28001/gen/text-specs/text-2021-30.json" fixtures/generated/text-heldout/report-28030.json
cp "$work/28001/gen/text-specs/text-2021-54.json" fixtures/generated/text-heldout/report-28054.json
ls -l fixtures/generated/text-padded fixtures/generated/text-heldout fixtures/generated/text-mammoth
