# make_xlsxwriter_index_zh.py writes xlsxwriter_index_zh.xlsx as a script
# writes a pandas DataFrame with its index under a report's title, with
# XlsxWriter (Debian python3-xlsxwriter): the title merged over A1:D1, the
# header with the index's blank corner cell (A2), the index 0 to 3 in
# column A, dates as date cells, amounts shown #,##0.00.
import datetime

import xlsxwriter

wb = xlsxwriter.Workbook("xlsxwriter_index_zh.xlsx", {"default_date_format": "yyyy-mm-dd"})
ws = wb.add_worksheet("数据")
bold = wb.add_format({"bold": True})
money = wb.add_format({"num_format": "#,##0.00"})
ws.merge_range(0, 0, 0, 3, "2026年 华东区 销售", bold)
ws.write_row(1, 0, ["", "日期", "门店", "销售额"], bold)
rows = [(datetime.datetime(2026, 1, 5), "上海一店", 1234.5), (datetime.datetime(2026, 1, 6), "上海二店", 98765.43),
        (datetime.datetime(2026, 2, 1), "上海一店", 50), (datetime.datetime(2026, 2, 2), "上海二店", 1000000)]
for i, (day, store, amount) in enumerate(rows):
    ws.write_number(i + 2, 0, i)
    ws.write_datetime(i + 2, 1, day)
    ws.write_string(i + 2, 2, store)
    ws.write_number(i + 2, 3, amount, money)
wb.close()
