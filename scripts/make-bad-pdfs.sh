#!/usr/bin/env bash
# Generates fixtures/bad/: PDFs a parser must reject or handle gracefully.
# Needs: fixtures/generated/pdf/ (run scripts/make-pdf-fixtures.sh first), and
#   apt-get install -y libreoffice-writer-nogui poppler-utils qpdf img2pdf fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in soffice pdftoppm pdfinfo qpdf img2pdf; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y libreoffice-writer-nogui poppler-utils qpdf img2pdf)" >&2; exit 1; }
done
src=fixtures/generated/pdf/report-2021-04-a4.pdf   # a 4-page A4 report
[ -f "$src" ] || { echo "missing $src: run scripts/make-pdf-fixtures.sh first" >&2; exit 1; }
out=fixtures/bad
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
lo() { soffice "-env:UserInstallation=file://$work/lo-profile" --headless --norestore --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$work" "$@" >/dev/null 2>&1; }

# 1. Encrypted with a user password (cannot be opened without "secret").
qpdf --encrypt secret owner-secret 256 -- "$src" "$out/encrypted-user.pdf"
# 2. Encrypted with an owner password only: opens without a password, copying/printing restricted.
qpdf --encrypt "" owner-secret 256 --extract=n --print=none --modify=none -- "$src" "$out/encrypted-owner-only.pdf"
# 3. Truncated: the first 40% of the bytes (no xref, no trailer).
size=$(stat -c %s "$src")
head -c $(( size * 40 / 100 )) "$src" > "$out/truncated.pdf"
# 4. Image only: page 3 (table 三) rendered at 100 dpi, wrapped back into a PDF; no text layer.
pdftoppm -r 100 -gray -png -f 3 -l 3 "$src" "$work/page"
img2pdf --pagesize A4 -o "$out/image-only.pdf" "$work"/page-*3.png
# 5. One page scanned: the report with its page 2 replaced by an image of itself.
pdftoppm -r 100 -gray -png -f 2 -l 2 "$src" "$work/scan"
img2pdf --pagesize A4 -o "$work/scan.pdf" "$work"/scan-*2.png
qpdf --empty --pages "$src" 1 "$work/scan.pdf" 1 "$src" 3-z -- "$out/one-page-scanned.pdf"
# 6. Not a report: a 政府信息公开指南 excerpt (unrelated Chinese text, no tables of the report).
cat > "$work/guide.html" <<'HTML'
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>某某县交通运输局政府信息公开指南</title>
<style>@page { size: 210mm 297mm; margin: 30mm 26mm 30mm 28mm; } p { font-family: "Noto Serif CJK SC"; font-size: 14pt; line-height: 150%; margin: 0; } p.t { font-family: "Noto Sans CJK SC"; font-size: 20pt; text-align: center; font-weight: bold; } p.b { text-indent: 28pt; }</style></head><body>
<p class="t">某某县交通运输局政府信息公开指南</p>
<p class="b">为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，编制本指南。申请人在申请获取本机关政府信息前，请仔细阅读本指南。</p>
<p class="b">一、主动公开</p>
<p class="b">（一）公开范围。本机关主动公开的政府信息范围详见本机关政府信息公开目录，主要包括机构职能、政策文件、规划计划、行政许可、行政处罚、财政预决算等信息。</p>
<p class="b">（二）公开方式。本机关主动公开的政府信息，通过县人民政府门户网站、政务新媒体、政务服务中心查阅点等途径公开。</p>
<p class="b">（三）公开时限。属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开。法律、法规对政府信息公开的期限另有规定的，从其规定。</p>
<p class="b">二、依申请公开</p>
<p class="b">（一）受理机构。本机关政府信息公开工作机构为办公室，负责受理向本机关提出的政府信息公开申请。办公地址：某某县人民路88号；邮政编码：000000；办公时间：工作日上午9:00—12:00，下午13:30—17:30；联系电话：0000-1234567。</p>
<p class="b">（二）申请方式。申请人可以通过信函、网络、当面提交等方式提出申请。采用信函方式提出申请的，请在信封左下角注明“政府信息公开申请”字样。</p>
<p class="b">（三）申请的处理。本机关收到政府信息公开申请，能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。</p>
<p class="b">（四）收费。本机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，可以收取信息处理费，具体按照国办函〔2020〕109号执行。</p>
<p class="b">三、监督和救济</p>
<p class="b">公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>
</body></html>
HTML
lo "$work/guide.html"
mv "$work/guide.pdf" "$out/not-a-report.pdf"
# 7. Many pages: 250 nearly blank pages, a little text on each (small in bytes).
{
  echo '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>附件</title><style>@page { size: 210mm 297mm; margin: 25mm; } p { font-family: "Noto Serif CJK SC"; font-size: 10.5pt; margin: 0; }</style></head><body>'
  for i in $(seq 1 250); do
    brk=$([ "$i" -gt 1 ] && echo ' style="page-break-before: always"' || true)
    echo "<p$brk>附件 第${i}页（本页无正文）</p>"
  done
  echo '</body></html>'
} > "$work/many.html"
lo "$work/many.html"
mv "$work/many.pdf" "$out/many-pages.pdf"

for f in "$out"/*.pdf; do printf '%-28s %8s bytes\n' "$(basename "$f")" "$(stat -c %s "$f")"; done
