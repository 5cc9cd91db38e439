#!/usr/bin/env bash
# fixtures/generated/text-padded/: two reports of the 2019 format (held-out seeds 7023 and 7033)
# whose fee block of table 二 (two value columns in a four-column grid) pandoc pads with empty
# cells, a blank before the value empty or an ideographic space: NAME.json (the spec) and the report through
# pandoc -t plain, -t gfm and -t markdown of LibreOffice's DOCX (scripts/make-text-layout-fixtures.mjs).
# Needs what make-text-layout-fixtures.sh needs.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_text_layout_tools
build_support
XXGK_SEED=7001 XXGK_N=60 XXGK_GEN_DIR="$work/gen" node scripts/make-text-layout-fixtures.mjs "$work/build" "$work"
out=fixtures/generated/text-padded
rm -rf "$out" && mkdir -p "$out"
for name in text-2019-23 text-2019-33; do
  cp "$work/gen/text-specs/$name.json" "$out/$name.json"
  cp "$work/gen/text-pandoc-plain/$name.txt" "$out/$name.pandoc-plain.txt"
  cp "$work/gen/text-pandoc-gfm/$name.md" "$out/$name.pandoc-gfm.md"
  pandoc -f docx -t markdown --wrap=none "$work/docx/$name.docx" -o "$out/$name.pandoc-markdown.md"
done
ls -l "$out"
