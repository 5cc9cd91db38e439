#!/usr/bin/env bash
# Generates fixtures/generated/pdf-borderless/ (random reports with borderless or
# three-line tables) from test/support/render-html.ts through LibreOffice.
# Needs: npm ci; apt-get install -y libreoffice-writer-nogui poppler-utils qpdf \
#   fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei fonts-liberation2
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in soffice pdfinfo qpdf; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y libreoffice-writer-nogui poppler-utils qpdf)" >&2; exit 1; }
done
for font in "Noto Serif CJK SC" "Noto Sans CJK SC" "AR PL UMing CN" "WenQuanYi Zen Hei" "Liberation Serif"; do
  [ -n "$(fc-list "$font" family)" ] || { echo "missing font $font: apt-get install -y fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei fonts-liberation2" >&2; exit 1; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Compile the renderer (and what it imports) with the project's TypeScript into a temp dir.
npx tsc -p scripts/tsconfig.fixtures.json --outDir "$work/build"
echo '{"type":"module"}' > "$work/build/package.json"
node scripts/make-borderless-fixtures.mjs "$work/build" "$work"
du -ch fixtures/generated/pdf-borderless/*.pdf | tail -1
