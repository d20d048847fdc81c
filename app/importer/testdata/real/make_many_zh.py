# make_many_zh.py writes many_zh.fods, a flat OpenDocument spreadsheet
# that generate_xls.sh has LibreOffice save as .xls and .xlsx. Sheet 明细:
# 4,000 rows of 日期 (date cells shown 2026/1/5), 客户 (a different
# Chinese name on each row, so that the .xls's shared strings run over
# many CONTINUE records), 产品, 销售额(元) (¥1,234.50), 完成率 (85.3%) and
# 备注 (Latin-1 text, and Chinese text with a bold run); each week's
# 周目标 is merged over its seven rows. Sheet 汇总: formulas with a saved
# number, text, TRUE and #DIV/0!. Sheet 隐藏 is hidden.
import datetime

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
PRODUCTS = ("茶叶", "月饼", "咖啡")
ROWS = 4000
START = datetime.date(2026, 1, 5)


def cell(kind, value="", shown="", style="", extra=""):
    attrs = f' table:style-name="{style}"' if style else ""
    if kind == "string":
        return f'<table:table-cell office:value-type="string"{attrs}{extra}><text:p>{value}</text:p></table:table-cell>'
    if kind == "date":
        return f'<table:table-cell office:value-type="date" office:date-value="{value}"{attrs}{extra}><text:p>{shown}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="{kind}" office:value="{value}"{attrs}{extra}><text:p>{shown}</text:p></table:table-cell>'


def row(cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def detail():
    out = [row(cell("string", h) for h in ("日期", "客户", "产品", "销售额(元)", "完成率", "备注", "周目标"))]
    for i in range(ROWS):
        day = START + datetime.timedelta(days=i // 4)
        name = SURNAMES[i % 20] + GIVEN[(i // 20) % len(GIVEN)] + GIVEN[(i // 480) % len(GIVEN)] + f"{i + 1}号店"
        sales = round(1000 + (i * 37) % 9000 + (i % 100) / 100, 2)
        rate = round(((i * 13) % 1000) / 1000, 3)
        note = "Café Müller" if i % 3 == 0 else ("新客户<text:span text:style-name=\"T1\">重点</text:span>跟进" if i % 3 == 1 else "")
        cells = [
            cell("date", day.isoformat(), f"{day.year}/{day.month}/{day.day}", "ce1"),
            cell("string", name),
            cell("string", PRODUCTS[i % 3]),
            cell("currency", sales, f"¥{sales:,.2f}", "ce2", ' office:currency="CNY"'),
            cell("percentage", rate, f"{rate * 100:.1f}%", "ce3"),
            cell("string", note) if note else "<table:table-cell/>",
        ]
        if i % 7 == 0:
            span = min(7, ROWS - i)
            cells.append(cell("float", 7000 + i, str(7000 + i), "", f' table:number-rows-spanned="{span}" table:number-columns-spanned="1"'))
        else:
            cells.append("<table:covered-table-cell/>")
        out.append(row(cells))
    return "".join(out)


def formula(f, style=""):
    # No saved result: LibreOffice works it out, and saves it in both files.
    attrs = f' table:style-name="{style}"' if style else ""
    return f'<table:table-cell table:formula="of:={f}"{attrs}/>'


def summary():
    return "".join([
        row([cell("string", "项目"), cell("string", "结果")]),
        row([cell("string", "销售额合计"), formula(f"SUM([$明细.D2:.D{ROWS + 1}])", "ce2")]),
        row([cell("string", "说明"), formula("&quot;合计&quot;&amp;[$明细.C2]")]),
        row([cell("string", "达标"), formula("[$明细.D2]&gt;100")]),
        row([cell("string", "错误"), formula("1/0")]),
    ])


HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="N1"><number:year number:style="long"/><number:text>/</number:text><number:month/><number:text>/</number:text><number:day/></number:date-style>
<number:currency-style style:name="N2"><number:currency-symbol number:language="zh" number:country="CN">¥</number:currency-symbol><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:currency-style>
<number:percentage-style style:name="N3"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>
<style:style style:name="ce3" style:family="table-cell" style:data-style-name="N3"/>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""

with open("many_zh.fods", "w", encoding="utf-8") as f:
    f.write(HEAD)
    f.write('<table:table table:name="明细" table:style-name="ta1">' + detail() + "</table:table>")
    f.write('<table:table table:name="汇总" table:style-name="ta1">' + summary() + "</table:table>")
    f.write('<table:table table:name="隐藏" table:style-name="ta2">' + row([cell("string", "旧数据")]) + "</table:table>")
    f.write("</office:spreadsheet></office:body></office:document>\n")
