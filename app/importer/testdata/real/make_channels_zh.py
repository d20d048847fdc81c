# make_channels_zh.py writes channels_zh.fods: a year (2023) of daily sales
# rows 日期/门店/产品/地区/渠道/销售额(元)/新增客户, 3 products x 2 regions x
# 2 channels a day (4,380 rows), 门店 one of 2 per region; date cells shown
# 2023/1/5 and yuan cells shown ¥1,234.56; and a sheet 汇总 whose quarterly
# totals are SUMIFS formulas LibreOffice computes: North America's products
# A and B not sold online (地区 = 北美, 产品 in {A, B}, 渠道 ≠ 线上), Europe's
# sales and all new customers. With "serial" as its argument it writes
# channels_serial.fods instead, its dates plain numbers (Excel serials such
# as 44931) and its amounts plain numbers with two decimals.
import datetime
import sys

serial = len(sys.argv) > 1 and sys.argv[1] == "serial"

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="Nslash" number:language="zh" number:country="CN">
   <number:year number:style="long"/><number:text>/</number:text>
   <number:month/><number:text>/</number:text><number:day/>
  </number:date-style>
  <number:currency-style style:name="Nyuan" number:language="zh" number:country="CN">
   <number:currency-symbol number:language="zh" number:country="CN">¥</number:currency-symbol>
   <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>
  </number:currency-style>
  <number:number-style style:name="Nplain">
   <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/>
  </number:number-style>
  <style:style style:name="slash" style:family="table-cell" style:data-style-name="Nslash"/>
  <style:style style:name="yuan" style:family="table-cell" style:data-style-name="Nyuan"/>
  <style:style style:name="plain" style:family="table-cell" style:data-style-name="Nplain"/>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
"""

def s(text):
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % text

def row(cells):
    return "    <table:table-row>" + "".join(cells) + "</table:table-row>\n"

STORES = {"北美": ["纽约店", "多伦多店"], "欧洲": ["伦敦店", "巴黎店"]}
out = [HEAD, '   <table:table table:name="明细">\n']
out.append(row([s(h) for h in ["日期", "门店", "产品", "地区", "渠道", "销售额(元)", "新增客户"]]))
d, i = datetime.date(2023, 1, 1), 0
epoch = datetime.date(1899, 12, 30)
while d.year == 2023:
    for product in ["A", "B", "C"]:
        for region in ["北美", "欧洲"]:
            for channel in ["线上", "门店"]:
                cents = (i * 7919) % 900000 + 500  # 5.00 to 9,004.99 yuan
                store = STORES[region][i % 2]
                if serial:
                    date = '<table:table-cell office:value-type="float" office:value="%d"/>' % (d - epoch).days
                    amount = '<table:table-cell table:style-name="plain" office:value-type="float" office:value="%d.%02d"/>' % (cents // 100, cents % 100)
                else:
                    date = '<table:table-cell table:style-name="slash" office:value-type="date" office:date-value="%s"/>' % d.isoformat()
                    amount = '<table:table-cell table:style-name="yuan" office:value-type="currency" office:currency="CNY" office:value="%d.%02d"/>' % (cents // 100, cents % 100)
                out.append(row([date, s(store), s(product), s(region), s(channel), amount,
                                '<table:table-cell office:value-type="float" office:value="%d"/>' % (i % 7)]))
                i += 1
    d += datetime.timedelta(days=1)
n = i + 1  # the last data row
out.append("   </table:table>\n")
out.append('   <table:table table:name="汇总">\n')
out.append(row([s(h) for h in ["季度", "北美AB非线上", "欧洲", "新增客户"]]))
col = lambda c: "[$明细.$%s$2:.$%s$%d]" % (c, c, n)
for q in range(1, 5):
    if serial:
        start, end = str((datetime.date(2023, 3 * q - 2, 1) - epoch).days), str(((datetime.date(2023, 3 * q + 1, 1) if q < 4 else datetime.date(2024, 1, 1)) - epoch).days)
    else:
        start = "DATE(2023;%d;1)" % (3 * q - 2)
        end = "DATE(2023;%d;1)" % (3 * q + 1) if q < 4 else "DATE(2024;1;1)"
    when = '%s;&quot;&gt;=&quot;&amp;%s;%s;&quot;&lt;&quot;&amp;%s' % (col("A"), start, col("A"), end)
    na = "+".join('SUMIFS(%s;%s;&quot;北美&quot;;%s;&quot;%s&quot;;%s;&quot;&lt;&gt;线上&quot;;%s)' % (col("F"), col("D"), col("C"), p, col("E"), when) for p in "AB")
    eu = 'SUMIFS(%s;%s;&quot;欧洲&quot;;%s)' % (col("F"), col("D"), when)
    nc = 'SUMIFS(%s;%s)' % (col("G"), when)
    cells = [s("2023-Q%d" % q)]
    for f in (na, eu, nc):
        cells.append('<table:table-cell table:formula="of:=%s" office:value-type="float"/>' % f)
    out.append(row(cells))
out.append("   </table:table>\n  </office:spreadsheet>\n </office:body>\n</office:document>\n")
name = "channels_serial.fods" if serial else "channels_zh.fods"
open(name, "w", encoding="utf-8").write("".join(out))
