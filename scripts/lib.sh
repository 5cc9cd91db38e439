# Shared steps of the fixture scripts (sourced, not run).

# need_tools "APT PACKAGES" TOOL...: stop unless every tool is on PATH.
need_tools() {
  local packages="$1"; shift
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y $packages)" >&2; exit 1; }
  done
}

# need_fonts "APT PACKAGES" FAMILY...: stop unless fontconfig knows every family.
need_fonts() {
  local packages="$1"; shift
  for font in "$@"; do
    [ -n "$(fc-list "$font" family)" ] || { echo "missing font $font: apt-get install -y $packages" >&2; exit 1; }
  done
}

# build_support: compiles the renderers (and what they import) with the project's
# TypeScript into a temporary work dir, removed on exit; sets $work.
build_support() {
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  npx tsc -p scripts/tsconfig.fixtures.json --outDir "$work/build"
  echo '{"type":"module"}' > "$work/build/package.json"
}

# need_text_layout_tools: what scripts/make-text-layout-fixtures.mjs runs (LibreOffice,
# poppler, qpdf, pandoc and the fonts of its reports).
need_text_layout_tools() {
  need_tools "libreoffice-writer-nogui poppler-utils qpdf pandoc" soffice pdfinfo pdftotext qpdf pandoc
  need_fonts "fonts-noto-cjk fonts-liberation2" "Noto Serif CJK SC" "Noto Sans CJK SC" "Liberation Serif"
}

# need_pdf_fixture_tools: what the LibreOffice PDF fixture scripts run (html-to-pdf.mjs) and the fonts of their reports.
need_pdf_fixture_tools() {
  need_tools "libreoffice-writer-nogui poppler-utils qpdf" soffice pdfinfo qpdf
  need_fonts "fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei fonts-liberation2" "Noto Serif CJK SC" "Noto Sans CJK SC" "AR PL UMing CN" "WenQuanYi Zen Hei" "Liberation Serif"
}
