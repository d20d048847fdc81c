# make_group_header_zh.py writes group_header_zh.fods: a ledger whose header
# is two rows, 收入 merged over 数量 and 金额, 支出 over the next two, with
# dates shown 2023/1/5. LibreOffice saves it as libreoffice_group_header_zh.csv:
#   soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' group_header_zh.fods
# It also writes group_header_merged_zh.fods, as Excel users lay the same
# ledger out: 日期 and 备注 merged down over both header rows, a third group
# 退货 of one 数量 column beside 备注, and a 合计 row of SUM formulas whose
# results LibreOffice works out; saved as .xlsx, .xls and .ods:
#   soffice --headless --convert-to xlsx group_header_merged_zh.fods (and xls, ods)
# and group_header_row2_zh.fods, whose 日期 is named in the second header
# row only, saved as CSV as above.
HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="Nd"><number:year number:style="long"/><number:text>/</number:text><number:month/><number:text>/</number:text><number:day/></number:date-style>
  <style:style style:name="d" style:family="table-cell" style:data-style-name="Nd"/>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   <table:table table:name="账">
"""
TAIL = """   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
"""


def s(t):
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % t


def merged(t, n):
    return ('<table:table-cell table:number-columns-spanned="%d" office:value-type="string"><text:p>%s</text:p></table:table-cell>'
            '<table:covered-table-cell table:number-columns-repeated="%d"/>') % (n, t, n - 1)


def down(t):
    return ('<table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>%s</text:p></table:table-cell>' % t)


def F(formula):
    return '<table:table-cell table:formula="%s" office:value-type="float"/>' % formula


def row(cells):
    return "    <table:table-row>" + "".join(cells) + "</table:table-row>\n"


out = [HEAD, row([s("日期"), merged("收入", 2), merged("支出", 2)]),
       row(['<table:table-cell/>', s("数量"), s("金额"), s("数量"), s("金额")])]
for d, a, b, c, e in [("2023-01-05", 3, 300.5, 1, 80), ("2023-02-05", 5, 500, 2, 120.25), ("2023-03-05", 4, 410, 6, 600)]:
    cells = ['<table:table-cell table:style-name="d" office:value-type="date" office:date-value="%s"/>' % d]
    cells += ['<table:table-cell office:value-type="float" office:value="%r"/>' % v for v in (a, b, c, e)]
    out.append(row(cells))
out.append(TAIL)
open("group_header_zh.fods", "w", encoding="utf-8").write("".join(out))

DAYS = [("2023-01-05", 3, 300.5, 1, 80, 1, "首单"), ("2023-01-20", 2, 199.99, 0, 0, 0, ""),
        ("2023-02-05", 5, 500, 2, 120.25, 2, ""), ("2023-03-05", 4, 410, 6, 600, 1, "补货")]


def date(d):
    return '<table:table-cell table:style-name="d" office:value-type="date" office:date-value="%s"/>' % d


def merged_file():
    cov = '<table:covered-table-cell/>'
    out = [HEAD, row([down("日期"), merged("收入", 2), merged("支出", 2), s("退货"), down("备注")]),
           row([cov, s("数量"), s("金额"), s("数量"), s("金额"), s("数量"), cov])]
    for d, a, b, c, e, r, note in DAYS:
        cells = [date(d)] + ['<table:table-cell office:value-type="float" office:value="%r"/>' % v for v in (a, b, c, e, r)]
        cells.append(s(note) if note else '<table:table-cell/>')
        out.append(row(cells))
    last = 2 + len(DAYS)
    out.append(row([s("合计")] + [F("of:=SUM([.%s3:.%s%d])" % (col, col, last)) for col in "BCDEF"]))
    out.append(TAIL)
    open("group_header_merged_zh.fods", "w", encoding="utf-8").write("".join(out))


def row2_file():
    out = [HEAD, row(['<table:table-cell/>', merged("收入", 2), merged("支出", 2)]),
           row([s("日期"), s("数量"), s("金额"), s("数量"), s("金额")])]
    for d, a, b, c, e, _, _ in DAYS:
        out.append(row([date(d)] + ['<table:table-cell office:value-type="float" office:value="%r"/>' % v for v in (a, b, c, e)]))
    out.append(TAIL)
    open("group_header_row2_zh.fods", "w", encoding="utf-8").write("".join(out))


merged_file()
row2_file()
