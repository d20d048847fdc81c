package importer

import "archive/zip"

// xlsxCalcOnLoad reports whether the workbook in zr asks to be calculated
// when it is opened (<calcPr fullCalcOnLoad="1"/>), as XlsxWriter and
// openpyxl write it: programs that work out no formula's result and leave
// that to Excel. Excel and LibreOffice save workbooks without it. A
// workbook part that cannot be read asks for nothing.
func xlsxCalcOnLoad(zr *zip.Reader) bool {
	book, err := xlsxBookPart(zr)
	if err != nil {
		return false
	}
	var wb struct {
		CalcPr struct {
			Full string `xml:"fullCalcOnLoad,attr"`
		} `xml:"calcPr"`
	}
	if err := zipXML(zr, book, &wb); err != nil {
		return false
	}
	return wb.CalcPr.Full == "1" || wb.CalcPr.Full == "true"
}
