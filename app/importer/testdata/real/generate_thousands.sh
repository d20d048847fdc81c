#!/bin/sh
# generate_thousands.sh writes libreoffice_thousands.xlsx, .xls and .ods
# and libreoffice_wan_zh.xlsx, .xls and .ods into ./out: SheetJS writes the
# workbooks (make_thousands.js, make_wan_zh.js), LibreOffice saves them
# again (node with npm xlsx, soffice); and libreoffice_scaled_zh.xlsx and
# .ods, which LibreOffice saves of the workbook make_scaled_zh.py writes.
set -eu
export HOME="${TMPDIR:-/tmp}/lohome"   # a throwaway LibreOffice profile
mkdir -p "$HOME" out tmp
node make_thousands.js
for t in xlsx xls ods; do
	soffice --headless --convert-to $t --outdir tmp thousands.xlsx
	mv tmp/thousands.$t out/libreoffice_thousands.$t
done
rm thousands.xlsx
node make_wan_zh.js
for t in xlsx xls ods; do
	soffice --headless --convert-to $t --outdir tmp wan_zh.xlsx
	mv tmp/wan_zh.$t out/libreoffice_wan_zh.$t
done
rm wan_zh.xlsx
python3 make_scaled_zh.py
for t in xlsx ods; do
	soffice --headless --convert-to $t --outdir tmp scaled_zh.xlsx
	mv tmp/scaled_zh.$t out/libreoffice_scaled_zh.$t
done
rm scaled_zh.xlsx
