# make_formats_zh.py writes formats_1904.xlsx with openpyxl (Debian
# python3-openpyxl 3.0.9): a workbook in the 1904 date system, as old Excel
# for Mac saved, whose sheet 门店 has date cells and numbers shown with a
# unit or as fractions; generate_formats.sh has LibreOffice save it again,
# so that the file the tests read is LibreOffice's own.
#   日期   date cells shown yyyy-mm-dd (15 January, February, March 2026)
#   月份   the same months as date cells shown mm.yyyy ("01.2026")
#   客户数 120, 3 and 1000 shown #,##0"人" ("120人")
#   件数   1.5, 2.25 and 0.75 shown # ?/? ("1 1/2")
#   重量   12.5, 800 and 0.5 shown 0.0" kg" ("12.5 kg")
import datetime

from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

wb = Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "门店"
ws.append(["日期", "月份", "客户数", "件数", "重量"])
for i, (customers, pieces, weight) in enumerate([(120, 1.5, 12.5), (3, 2.25, 800), (1000, 0.75, 0.5)]):
    row = i + 2
    ws.cell(row, 1, datetime.date(2026, i + 1, 15)).number_format = "yyyy-mm-dd"
    ws.cell(row, 2, datetime.date(2026, i + 1, 1)).number_format = "mm.yyyy"
    ws.cell(row, 3, customers).number_format = '#,##0"人"'
    ws.cell(row, 4, pieces).number_format = "# ?/?"
    ws.cell(row, 5, weight).number_format = '0.0" kg"'
wb.save("formats_1904.xlsx")
