# make_merged_zh.py writes merged_zh.xlsx with openpyxl (Debian
# python3-openpyxl 3.0.9); generate_formats.sh has LibreOffice save it
# again. Sheet 月报: a title merged across the table (A1:D1), then 月份,
# 门店, 销售额, 目标 with each month's date cell (shown 2026年1月) merged
# over its three stores' rows, and its 目标 (one target a month) merged
# the same way.
import datetime

from openpyxl import Workbook

wb = Workbook()
ws = wb.active
ws.title = "月报"
ws["A1"] = "2026年 各门店月报"
ws.merge_cells("A1:D1")
ws.append(["月份", "门店", "销售额", "目标"])
row = 3
for month, target in ((1, 500), (2, 600)):
    ws.cell(row, 1, datetime.date(2026, month, 1)).number_format = 'yyyy"年"m"月"'
    ws.cell(row, 4, target)
    for store, sales in (("总店", 100), ("分店", 10), ("东店", 1)):
        ws.cell(row, 2, store)
        ws.cell(row, 3, sales * month)
        row += 1
    for col in (1, 4):
        ws.merge_cells(start_row=row - 3, start_column=col, end_row=row - 1, end_column=col)
wb.save("merged_zh.xlsx")
