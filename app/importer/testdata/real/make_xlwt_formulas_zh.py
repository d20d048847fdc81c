# make_xlwt_formulas_zh.py writes xlwt_formulas_zh.xls with xlwt (Debian
# python3-xlwt 1.3.0), as scripts and web systems export "Excel" files:
# xlwt works no formula out, saving each with an empty string for its
# result, and writes no RECALCID record, so that Excel calculates them on
# opening. Run with /usr/bin/python3.
import datetime

import xlwt

wb = xlwt.Workbook(encoding="utf-8")
ws = wb.add_sheet("销售")
ws.write(0, 0, "2026年销售明细")
for c, h in enumerate(["日期", "门店", "销售额", "合计", "备注"]):
    ws.write(2, c, h)
day = xlwt.easyxf(num_format_str="YYYY/M/D")
yuan = xlwt.easyxf(num_format_str='"¥"#,##0.00')
rows = [
    (datetime.date(2026, 3, 31), "北京", 1234.5),
    (datetime.date(2026, 4, 1), "上海", -50),
    (datetime.date(2026, 5, 1), "广州", 100000),
]
for i, (d, store, v) in enumerate(rows):
    r = 3 + i
    ws.write(r, 0, d, day)
    ws.write(r, 1, store)
    ws.write(r, 2, v, yuan)
    ws.write(r, 3, xlwt.Formula("C%d*2" % (r + 1)), yuan)
    ws.write(r, 4, xlwt.Formula('IF(C%d<0;"退款";"")' % (r + 1)))
wb.save("xlwt_formulas_zh.xls")
