#!/usr/bin/env bash
# Generates fixtures/generated/docx/: the official Word template of the 2021 format
# (fixtures/official-template-2021.docx) filled with randomSpec(seed, '2021') values,
# saved as .docx and converted to PDF by LibreOffice (Word import).
# Needs: npm ci; apt-get install -y libreoffice-writer-nogui poppler-utils zip unzip \
#   fonts-noto-cjk fonts-arphic-uming fonts-liberation2
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in soffice pdfinfo zip unzip; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y libreoffice-writer-nogui poppler-utils zip unzip)" >&2; exit 1; }
done
for font in "Noto Serif CJK SC" "AR PL UMing CN" "Liberation Serif"; do
  [ -n "$(fc-list "$font" family)" ] || { echo "missing font $font: apt-get install -y fonts-noto-cjk fonts-arphic-uming fonts-liberation2" >&2; exit 1; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Compile the renderer (and what it imports) with the project's TypeScript into a temp dir.
npx tsc -p scripts/tsconfig.fixtures.json --outDir "$work/build"
echo '{"type":"module"}' > "$work/build/package.json"
node scripts/make-docx-fixtures.mjs "$work/build" "$work"
du -ch fixtures/generated/docx/* | tail -1
