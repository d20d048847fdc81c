# make_notes_zh.py writes notes_zh.fods: a Kingdee-style yearly report, a title
# and a unit line above the header, 日期 date cells shown 2023年1月3日, yuan
# with negatives in brackets ((¥452.55), （100.25）), a 合计 row of SUM
# formulas and a line of signatures below it.
# tiny .fods writer
import html
HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
%s
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
"""
TAIL = """  </office:spreadsheet>
 </office:body>
</office:document>
"""
def esc(s): return html.escape(str(s), quote=True)

def S(t): return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % esc(t)
def E(n=1): return '<table:table-cell table:number-columns-repeated="%d"/>' % n if n > 1 else '<table:table-cell/>'
def D(iso, st): return '<table:table-cell table:style-name="%s" office:value-type="date" office:date-value="%s"/>' % (st, iso)
def N(v, st=None):
    a = ' table:style-name="%s"' % st if st else ''
    return '<table:table-cell%s office:value-type="float" office:value="%r"/>' % (a, v)
def C(v, st, cur="CNY"): return '<table:table-cell table:style-name="%s" office:value-type="currency" office:currency="%s" office:value="%r"/>' % (st, cur, v)
def P(v, st): return '<table:table-cell table:style-name="%s" office:value-type="percentage" office:value="%r"/>' % (st, v)
def F(formula, st=None, vt="float"):
    a = ' table:style-name="%s"' % st if st else ''
    return '<table:table-cell%s table:formula="%s" office:value-type="%s"/>' % (a, esc(formula), vt)

def row(cells, attrs=""): return "    <table:table-row%s>%s</table:table-row>\n" % (attrs, "".join(cells))

def write(path, styles, sheets):
    out = [HEAD % styles]
    for name, rows in sheets:
        out.append('   <table:table table:name="%s">\n' % esc(name))
        out.extend(rows)
        out.append('   </table:table>\n')
    out.append(TAIL)
    open(path, "w", encoding="utf-8").write("".join(out))
import datetime, random
styles = """
  <number:date-style style:name="Nymd" number:language="zh" number:country="CN">
   <number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text>
  </number:date-style>
  <number:currency-style style:name="NyuanP" number:language="zh" number:country="CN">
   <number:currency-symbol number:language="zh" number:country="CN">¥</number:currency-symbol>
   <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>
  </number:currency-style>
  <number:currency-style style:name="Nyuan" number:language="zh" number:country="CN">
   <number:text>(</number:text>
   <number:currency-symbol number:language="zh" number:country="CN">¥</number:currency-symbol>
   <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>
   <number:text>)</number:text>
   <style:map style:condition="value()&gt;=0" style:apply-style-name="NyuanP"/>
  </number:currency-style>
  <number:number-style style:name="NfwP">
   <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>
  </number:number-style>
  <number:number-style style:name="Nfw">
   <number:text>（</number:text>
   <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>
   <number:text>）</number:text>
   <style:map style:condition="value()&gt;=0" style:apply-style-name="NfwP"/>
  </number:number-style>
  <style:style style:name="ymd" style:family="table-cell" style:data-style-name="Nymd"/>
  <style:style style:name="yuan" style:family="table-cell" style:data-style-name="Nyuan"/>
  <style:style style:name="fw" style:family="table-cell" style:data-style-name="Nfw"/>
"""
rows = [row([S("2023年度销售收入明细表")]), row([S("单位：元"), E(3)]),
        row([S("日期"), S("收入"), S("退款"), S("净额")])]
random.seed(7)
d = datetime.date(2023, 1, 3)
n = 4
exp = {"收入": 0, "退款": 0, "净额": 0}
for i in range(8):
    inc = round(random.uniform(100, 90000), 2)
    ref = -round(random.uniform(0, 3000), 2) if i % 3 == 0 else 0.0
    if i == 4: ref = -inc - 100.25
    rows.append(row([D(d.isoformat(), "ymd"), C(inc, "yuan"), C(ref, "yuan"), F("of:=[.B%d]+[.C%d]" % (n, n), "fw")]))
    exp["收入"] += inc; exp["退款"] += ref; exp["净额"] += inc + ref
    d += datetime.timedelta(days=45); n += 1
rows.append(row([S("合计"), F("of:=SUM([.B4:.B%d])" % (n-1), "yuan"), F("of:=SUM([.C4:.C%d])" % (n-1), "yuan"), F("of:=SUM([.D4:.D%d])" % (n-1), "fw")]))
rows.append(row([S("制表人：张三　审核：李四")]))
write("notes_zh.fods", styles, [("收入明细", rows)])
print({k: round(v, 2) for k, v in exp.items()})
