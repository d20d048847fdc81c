#!/bin/sh
# generate_thousands.sh writes libreoffice_thousands.xlsx, .xls and .ods
# into ./out: SheetJS writes the workbook (make_thousands.js), LibreOffice
# saves it again (node with npm xlsx, soffice).
set -eu
export HOME="${TMPDIR:-/tmp}/lohome"   # a throwaway LibreOffice profile
mkdir -p "$HOME" out tmp
node make_thousands.js
for t in xlsx xls ods; do
	soffice --headless --convert-to $t --outdir tmp thousands.xlsx
	mv tmp/thousands.$t out/libreoffice_thousands.$t
done
rm thousands.xlsx
