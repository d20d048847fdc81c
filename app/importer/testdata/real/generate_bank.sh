#!/bin/sh
# generate_bank.sh writes the bank statement files of app/importer/testdata/real
# into ./out with LibreOffice (soffice): a statement as banks export it,
# newest first, each row with its time; 账户余额 is the balance after it.
set -eu
export HOME="${TMPDIR:-/tmp}/lohome"   # a throwaway LibreOffice profile
mkdir -p "$HOME" out tmp
cat > bank_zh.csv <<'CSV'
交易时间,摘要,收入,支出,账户余额
2023-02-01 09:15:02,货款,"3,000.00",,"13,000.00"
2023-01-31 17:40:11,货款,"2,000.00",,"10,000.00"
2023-01-31 11:02:45,房租,,"5,000.00","8,000.00"
2023-01-31 08:30:00,货款,"1,000.00",,"13,000.00"
2023-01-15 10:00:00,货款,"2,000.00",,"12,000.00"
CSV
# Read as LibreOffice reads a typed sheet: date-time and number cells.
soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir tmp bank_zh.csv
mv tmp/bank_zh.xlsx out/libreoffice_bank_zh.xlsx
# The workbook saved again as shown, UTF-8 with commas.
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir tmp out/libreoffice_bank_zh.xlsx
mv tmp/libreoffice_bank_zh.csv out/libreoffice_bank_zh.csv
rm bank_zh.csv
