#!/usr/bin/env bash
# Generates the RTF fixtures: Word documents saved as RTF by LibreOffice, the way a report
# is often published (an RTF with a .doc name). Each RTF keeps its DOCX's name, and its
# .json (spec and values) stays next to the DOCX it was made from.
#   fixtures/word/{hongze-2023-template,hongze-2023-charprops,hongze-2023-position,zhangdian-2020,features-numbering,features-pictures}.rtf
#   fixtures/generated/rtf/docx-*.rtf   (from fixtures/generated/docx/docx-*.docx)
# Needs: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
need_tools "libreoffice-writer-nogui" soffice
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A profile of its own, so that a running LibreOffice is not disturbed; timeout so that a hang cannot stay behind.
to_rtf() {
  local outdir="$1"; shift
  mkdir -p "$outdir"
  timeout 300 soffice "-env:UserInstallation=file://$work/lo-profile" --headless --norestore --convert-to rtf --outdir "$outdir" "$@" >/dev/null 2>&1
}
to_rtf fixtures/word fixtures/word/hongze-2023-charprops.docx fixtures/word/hongze-2023-position.docx fixtures/word/hongze-2023-template.docx fixtures/word/zhangdian-2020.docx fixtures/word/features-numbering.docx fixtures/word/features-pictures.docx
to_rtf fixtures/generated/rtf fixtures/generated/docx/docx-*.docx
ls -l fixtures/word/*.rtf fixtures/generated/rtf/*.rtf
