#!/usr/bin/env bash
# Generates fixtures/generated/pdf-stamped/: generated reports with a site's stamp set over
# every page as sites and archives add one, level, not at a slant (qpdf --overlay of a page
# Chromium prints): `公开日期 2024年3月5日` at 28 pt, pale grey, three times down the page,
# crossing the tables' cells (10.5 pt); and a page number `- 3 -` at the cells' own size,
# eight times down the page, as a footer stamped over pages whose table runs to the foot;
# and a red seal (44 mm, its agency's name set around the ring, each character turned, a star,
# and its serial number `3201080012345` at 11 px) with a slanted `2024年1月26日 与原件核对无误`,
# over every page of a ruled LibreOffice report, a Chromium one and a borderless one.
# Each JSON is its source's: the values stay those printed.
#   report-2019-11-a4-datestamp.pdf, report-2021-22-a4-datestamp.pdf
#   report-2019-11-a4-pageno.pdf, report-2021-22-a4-pageno.pdf
#   report-2019-01-a4-seal.pdf, chromium-2021-04-a4-seal.pdf, borderless-2021-04-threeline-b5-seal.pdf
# And a PDF printed through PostScript (pdftops, then ps2pdf), whose fonts lose their Unicode
# maps: report-2019-01-a4-ps2pdf.pdf (its text is glyph numbers).
# Needs: fixtures/generated/pdf/, apt-get install -y qpdf chromium fonts-noto-cjk poppler-utils ghostscript
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
need_tools "qpdf chromium poppler-utils ghostscript" qpdf chromium pdftops ps2pdf
out=fixtures/generated/pdf-stamped
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
cat > "$work/stamp.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{size:210mm 297mm;margin:0}body{margin:0}div{position:absolute;left:10mm;width:190mm;text-align:center;font-size:28pt;color:#d0d0d0}</style></head><body><div style="top:60mm">公开日期 2024年3月5日</div><div style="top:150mm">公开日期 2024年3月5日</div><div style="top:240mm">公开日期 2024年3月5日</div></body></html>
HTML
{
  echo "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>@page{size:210mm 297mm;margin:0}body{margin:0}div{position:absolute;left:0;width:210mm;text-align:center;font-size:10.5pt;font-family:'Liberation Serif'}</style></head><body>"
  for y in 45 75 105 135 165 195 225 255; do echo "<div style=\"top:${y}mm\">- 3 -</div>"; done
  echo '</body></html>'
} > "$work/pageno.html"
{
  echo '<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{size:210mm 297mm;margin:0}body{margin:0;width:210mm;height:297mm;position:relative;overflow:hidden;font-family:"Noto Serif CJK SC",serif}'
  echo '.seal{position:absolute;left:120mm;top:150mm;width:44mm;height:44mm;border:3px solid rgba(220,0,0,.8);border-radius:50%}'
  echo '.ch{position:absolute;left:20.5mm;top:0;height:22mm;transform-origin:bottom center;color:rgba(220,0,0,.85);font-size:15px}'
  echo '.star{position:absolute;left:14mm;top:13mm;color:rgba(220,0,0,.85);font-size:50px}.n{position:absolute;left:8mm;top:31mm;color:rgba(220,0,0,.85);font-size:11px}</style></head><body><div class="seal">'
  name=某某县人民政府办公室公章
  for i in $(seq 0 10); do
    echo "<div class=\"ch\" style=\"transform:rotate($((-110 + 22 * i))deg)\">${name:$i:1}</div>"
  done
  echo '<div class="star">★</div><div class="n">3201080012345</div></div>'
  echo '<div style="position:absolute;left:60mm;top:120mm;color:rgba(220,0,0,.6);font-size:28px;transform:rotate(-20deg)">2024年1月26日 与原件核对无误</div></body></html>'
} > "$work/seal.html"
for stamp in stamp pageno seal; do
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/chrome" --no-pdf-header-footer --print-to-pdf="$work/$stamp.pdf" "$work/$stamp.html" 2>/dev/null
done
for name in report-2019-11-a4 report-2021-22-a4; do
  qpdf "fixtures/generated/pdf/$name.pdf" --overlay "$work/stamp.pdf" --repeat=1 -- "$out/$name-datestamp.pdf"
  cp "fixtures/generated/pdf/$name.json" "$out/$name-datestamp.json"
  qpdf "fixtures/generated/pdf/$name.pdf" --overlay "$work/pageno.pdf" --repeat=1 -- "$out/$name-pageno.pdf"
  cp "fixtures/generated/pdf/$name.json" "$out/$name-pageno.json"
done
for source in pdf/report-2019-01-a4 chromium/chromium-2021-04-a4 pdf-borderless/borderless-2021-04-threeline-b5; do
  name="${source#*/}"
  qpdf "fixtures/generated/$source.pdf" --overlay "$work/seal.pdf" --repeat=1 -- "$out/$name-seal.pdf"
  cp "fixtures/generated/$source.json" "$out/$name-seal.json"
done
pdftops fixtures/generated/pdf/report-2019-01-a4.pdf "$work/report.ps"
ps2pdf "$work/report.ps" "$out/report-2019-01-a4-ps2pdf.pdf"
ls -l "$out"
