#!/bin/sh
# generate_formats.sh writes libreoffice_formats_1904.xlsx into ./out:
# openpyxl writes the workbook (make_formats_zh.py), LibreOffice saves it
# again (python3 with openpyxl, soffice).
set -eu
export HOME="${TMPDIR:-/tmp}/lohome"   # a throwaway LibreOffice profile
mkdir -p "$HOME" out tmp
python3 make_formats_zh.py
soffice --headless --convert-to xlsx --outdir tmp formats_1904.xlsx
mv tmp/formats_1904.xlsx out/libreoffice_formats_1904.xlsx
rm formats_1904.xlsx
