# make_xlsxwriter_formulas_zh.py writes xlsxwriter_formulas_zh.xlsx as
# XlsxWriter (Debian python3-xlsxwriter) writes a report: 销售额 and the
# 合计 row are formulas, saved with XlsxWriter's placeholder result 0 and
# <calcPr fullCalcOnLoad="1"/>; 毛利 is a formula given its result.
import datetime

import xlsxwriter

wb = xlsxwriter.Workbook("xlsxwriter_formulas_zh.xlsx")
ws = wb.add_worksheet("月报")
money = wb.add_format({"num_format": "¥#,##0.00"})
day = wb.add_format({"num_format": "yyyy/m/d"})
ws.write_row(0, 0, ["日期", "单价", "数量", "销售额", "毛利"])
for i in range(3):
    r = i + 1
    ws.write_datetime(r, 0, datetime.datetime(2026, i + 1, 5), day)
    ws.write_number(r, 1, 12.5 * (i + 1), money)
    ws.write_number(r, 2, 10 + i)
    ws.write_formula(r, 3, f"=B{r + 1}*C{r + 1}", money)
    ws.write_formula(r, 4, f"=D{r + 1}*0.2", money, 12.5 * (i + 1) * (10 + i) * 0.2)
ws.write(4, 0, "合计")
for col in "BCDE":
    ws.write_formula(4, "BCDE".index(col) + 1, f"=SUM({col}2:{col}4)", money)
wb.close()
