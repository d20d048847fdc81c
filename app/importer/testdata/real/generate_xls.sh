#!/bin/sh
# generate_xls.sh writes the .xls files of app/importer/testdata/real into
# ./out (python3, soffice): LibreOffice saves make_many_zh.py's workbook
# as .xls and .xlsx, and the .xlsx files it wrote before as .xls, so that
# each .xls has an .xlsx of the same data beside it. A string formula of
# an .xlsx saved again as .xls keeps 0 for its result (LibreOffice 7.4):
# the sheets of those files hold none.
set -eu
export HOME="${TMPDIR:-/tmp}/lohome"   # a throwaway LibreOffice profile
mkdir -p "$HOME" out tmp
python3 make_many_zh.py
soffice --headless --convert-to xls --outdir tmp many_zh.fods
soffice --headless --convert-to xlsx --outdir tmp many_zh.fods
mv tmp/many_zh.xls out/libreoffice_many_zh.xls
mv tmp/many_zh.xlsx out/libreoffice_many_zh.xlsx
rm many_zh.fods
for f in zh merged_zh formats_1904 sales_zh channels_zh; do
	soffice --headless --convert-to xls --outdir tmp libreoffice_$f.xlsx
	mv tmp/libreoffice_$f.xls out/
done
