#!/usr/bin/env bash
# Generates fixtures/generated/pdf-stamped/: generated reports with a site's stamp set over
# every page as sites and archives add one, level, not at a slant (qpdf --overlay of a page
# Chromium prints): `公开日期 2024年3月5日` at 28 pt, pale grey, three times down the page,
# crossing the tables' cells (10.5 pt); and a page number `- 3 -` at the cells' own size,
# eight times down the page, as a footer stamped over pages whose table runs to the foot.
# Each JSON is its source's: the values stay those printed.
#   report-2019-11-a4-datestamp.pdf, report-2021-22-a4-datestamp.pdf
#   report-2019-11-a4-pageno.pdf, report-2021-22-a4-pageno.pdf
# Needs: fixtures/generated/pdf/, apt-get install -y qpdf chromium fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
need_tools "qpdf chromium" qpdf chromium
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
for stamp in stamp pageno; do
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/chrome" --no-pdf-header-footer --print-to-pdf="$work/$stamp.pdf" "$work/$stamp.html" 2>/dev/null
done
for name in report-2019-11-a4 report-2021-22-a4; do
  qpdf "fixtures/generated/pdf/$name.pdf" --overlay "$work/stamp.pdf" --repeat=1 -- "$out/$name-datestamp.pdf"
  cp "fixtures/generated/pdf/$name.json" "$out/$name-datestamp.json"
  qpdf "fixtures/generated/pdf/$name.pdf" --overlay "$work/pageno.pdf" --repeat=1 -- "$out/$name-pageno.pdf"
  cp "fixtures/generated/pdf/$name.json" "$out/$name-pageno.json"
done
ls -l "$out"
