#!/usr/bin/env bash
# docs/report-page-1.png and -2.png: the built-in report of 篇3's run (the four units' 送温暖 submissions
# and the 76-person 劳模 roster) as LibreOffice renders it — the CLI writes the .docx, LibreOffice
# converts it to PDF, pdftoppm (poppler-utils) draws pages 1 and 2 at 72 dpi (595 × 842 px, A4).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm run --silent build:cli
node dist-cli/apps/cli/main.js check assets/samples/submissions assets/samples/laomo-weiwen-hami.xlsx --report "$work/报告.docx" >/dev/null || [ $? -eq 1 ]
soffice --headless --convert-to pdf --outdir "$work" "$work/报告.docx" >/dev/null
pdftoppm -png -r 72 -f 1 -l 2 "$work/报告.pdf" "$work/page"
cp "$work/page-1.png" docs/report-page-1.png
cp "$work/page-2.png" docs/report-page-2.png
echo "docs/report-page-1.png docs/report-page-2.png"
