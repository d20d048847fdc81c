# make_locales.py writes sales_ch.fods, sales_in.fods and sales_ru.fods: the
# same three months of sales as date, number and currency cells formatted
# in the de-CH (1'234.50, CHF), en-IN (12,34,567.89, ₹) and ru-RU (1 234,50
# with no-break spaces, ₽) locales, which generate_formats.sh saves as shown.


def doc(name, lang, country, sep, values, sym):
    day = '<number:day number:style="long"/><number:text>%s</number:text>' % sep
    month = '<number:month number:style="long"/><number:text>%s</number:text>' % sep
    rows = "".join(
        '<table:table-row>'
        '<table:table-cell table:style-name="d" office:value-type="date" office:date-value="%s"/>'
        '<table:table-cell table:style-name="n" office:value-type="float" office:value="%s"/>'
        '<table:table-cell table:style-name="c" office:value-type="currency" office:value="%s"/>'
        '</table:table-row>\n' % v for v in values)
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="Nd" number:language="{lang}" number:country="{country}">{day}{month}<number:year number:style="long"/></number:date-style>
  <number:number-style style:name="Nn" number:language="{lang}" number:country="{country}"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <number:currency-style style:name="Nc" number:language="{lang}" number:country="{country}"><number:currency-symbol number:language="{lang}" number:country="{country}">{sym}</number:currency-symbol><number:text> </number:text><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:currency-style>
  <style:style style:name="d" style:family="table-cell" style:data-style-name="Nd"/>
  <style:style style:name="n" style:family="table-cell" style:data-style-name="Nn"/>
  <style:style style:name="c" style:family="table-cell" style:data-style-name="Nc"/>
 </office:automatic-styles>
 <office:body><office:spreadsheet><table:table table:name="{name}">
<table:table-row><table:table-cell office:value-type="string"><text:p>Date</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Sales</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Amount</text:p></table:table-cell></table:table-row>
{rows} </table:table></office:spreadsheet></office:body></office:document>
'''


VALUES = [("2026-01-15", "1234567.89", "1234.5"), ("2026-02-15", "-1234.5", "12345678.9"), ("2026-03-15", "999.99", "-50")]
for file, args in [("sales_ch.fods", ("Umsatz", "de", "CH", ".", VALUES, "CHF")),
                   ("sales_in.fods", ("Sales", "en", "IN", "/", VALUES, "₹")),
                   ("sales_ru.fods", ("Продажи", "ru", "RU", ".", VALUES, "₽"))]:
    with open(file, "w", encoding="utf-8") as f:
        f.write(doc(*args))
