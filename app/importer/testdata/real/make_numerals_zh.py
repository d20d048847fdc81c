"""Writes zh_numerals.xlsx, which LibreOffice saves as
libreoffice_zh_numerals.csv (see README.md): dates shown by the Chinese
[DBNum1] formats (二〇二三年一月五日, 二〇二三年五月) and date-times shown
by yyyy/m/d AM/PM h:mm:ss in the zh-CN locale (2023/1/5 上午 10:30:00).
A workbook in the smallest form Excel reads, written with zipfile alone."""
import zipfile
def book(name, sheet_rows, styles_numfmts='', xfs=('0',), sst=None, date1904=False, extra_wb=''):
    z = zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED)
    z.writestr('[Content_Types].xml', '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>''' + ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if sst else '') + '</Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' + ('<workbookPr date1904="1"/>' if date1904 else '') + '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' + ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' if sst else '') + '</Relationships>')
    z.writestr('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="9">' + styles_numfmts + '</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="%d">' % len(xfs) + ''.join('<xf numFmtId="%s" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' % x for x in xfs) + '</cellXfs></styleSheet>')
    if sst:
        z.writestr('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(sst), len(sst)) + ''.join(sst) + '</sst>')
    z.writestr('xl/worksheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + sheet_rows + '</sheetData></worksheet>')
    z.close()

fmts = ('<numFmt numFmtId="176" formatCode="[DBNum1][$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
        '<numFmt numFmtId="177" formatCode="[DBNum1][$-804]yyyy&quot;年&quot;m&quot;月&quot;"/>'
        '<numFmt numFmtId="178" formatCode="[$-804]yyyy/m/d AM/PM h:mm:ss"/>'
        '<numFmt numFmtId="179" formatCode="&quot;¥&quot;#,##0.00"/>')
xfs = ('0', '176', '177', '178', '179')
sst = ['<si><t>日期</t></si>', '<si><t>目标</t></si>', '<si><t>销售额</t></si>', '<si><t>Sales</t></si>']
rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
data = [(1, '44931', '1234.5'), (1, '45291', '99.99'), (2, '45061', '2000'), (2, '45260', '3000'), (3, '44931.4375', '10.25'), (3, '45230.6458333333', '20')]
for i, (st, d, v) in enumerate(data, start=2):
    rows += '<row r="%d"><c r="A%d" s="%d"><v>%s</v></c><c r="B%d" t="s"><v>3</v></c><c r="C%d" s="4"><v>%s</v></c></row>' % (i, i, st, d, i, i, v)
book('zh_numerals.xlsx', rows, fmts, xfs, sst)
