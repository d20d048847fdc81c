"""Writes scaled_zh.xlsx, which LibreOffice saves as libreoffice_scaled_zh.ods
and .xlsx (see README.md): amounts held whole and shown divided by a power
of ten, in the formats the .ods path once guessed wrong from the text: 400
shown "0" under #,##0, and 123450 shown "123.450" under 0\\.000. A workbook
in the smallest form LibreOffice reads, written with zipfile alone."""
import zipfile

X = 'http://schemas.openxmlformats.org/'
CODES = ['#,##0,', '0\\.000', '#,##0,;(#,##0,)', '0\\.0000"万"', '#,##0.00']
HEADER = ['月份', 'Revenue (in thousands)', '销售额(千元)', 'Cost (in thousands)', '利润(万元)', 'Typed (in thousands)']
DATA = [('2026-01', 400, 123450, 1500, 123450, 12.5),
        ('2026-02', 1234567, 2000000, -45678, 50000, 3),
        ('2026-03', -45678, 999, 0, 7, 0)]


def esc(s):
    return s.replace('&', '&amp;').replace('"', '&quot;').replace('<', '&lt;')


def cell(ref, v, style):
    if isinstance(v, str):
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(v))
    return '<c r="%s" s="%d"><v>%s</v></c>' % (ref, style, v)


def sheet():
    rows = ''
    for i, row in enumerate([HEADER] + DATA, start=1):
        rows += '<row r="%d">%s</row>' % (i, ''.join(cell('%s%d' % (chr(65 + j), i), v, j) for j, v in enumerate(row)))
    return '<worksheet xmlns="%sspreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % (X, rows)


def styles():
    fmts = ''.join('<numFmt numFmtId="%d" formatCode="%s"/>' % (176 + i, esc(c)) for i, c in enumerate(CODES))
    xfs = '<xf numFmtId="0"/>' + ''.join('<xf numFmtId="%d" applyNumberFormat="1"/>' % (176 + i) for i in range(len(CODES)))
    return ('<styleSheet xmlns="%sspreadsheetml/2006/main"><numFmts count="%d">%s</numFmts>'
            '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill/></fills>'
            '<borders count="1"><border/></borders><cellXfs count="%d">%s</cellXfs></styleSheet>'
            % (X, len(CODES), fmts, len(CODES) + 1, xfs))


def main():
    rel = X + 'officeDocument/2006/relationships'
    with zipfile.ZipFile('scaled_zh.xlsx', 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
        z.writestr('_rels/.rels', '<Relationships xmlns="%spackage/2006/relationships"><Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (X, rel))
        z.writestr('xl/workbook.xml', '<workbook xmlns="%sspreadsheetml/2006/main" xmlns:r="%s"><sheets><sheet name="月报" sheetId="1" r:id="rId1"/></sheets></workbook>' % (X, rel))
        z.writestr('xl/_rels/workbook.xml.rels', '<Relationships xmlns="%spackage/2006/relationships">'
                   '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
                   '<Relationship Id="rId2" Type="%s/styles" Target="styles.xml"/></Relationships>' % (X, rel, rel))
        z.writestr('xl/styles.xml', styles())
        z.writestr('xl/worksheets/sheet1.xml', sheet())


main()
