package importer

import "archive/zip"

// formulaZeros says what a formula's saved result 0 is in a workbook.
type formulaZeros int

const (
	// zerosAreResults: the workbook asks for no calculation when opened,
	// as Excel, WPS and LibreOffice save it; a 0 is the result.
	zerosAreResults formulaZeros = iota
	// zerosUnlessResults: it asks to be calculated when opened, as
	// programs that may or may not have worked the results out mark it
	// (EPPlus, Apache POI, openxlsx2): a 0 is a placeholder unless a
	// formula of the sheet saved another result (xlsxScanFormulas).
	zerosUnlessResults
	// zerosArePlaceholders: XlsxWriter, which pandas uses, wrote it: it
	// saves 0 for every formula it is given no result for.
	zerosArePlaceholders
)

// xlsxWriterCalcID is the calcId XlsxWriter writes beside its request to
// calculate on opening. Excel 2007 wrote the same ID, but Excel drops the
// request when it saves a workbook.
const xlsxWriterCalcID = "124519"

// xlsxFormulaZeros reads what a formula's 0 is in the workbook in zr from
// its calculation properties (<calcPr fullCalcOnLoad="1"/>). A workbook
// part that cannot be read asks for nothing.
func xlsxFormulaZeros(zr *zip.Reader) formulaZeros {
	book, err := xlsxBookPart(zr)
	if err != nil {
		return zerosAreResults
	}
	var wb struct {
		CalcPr struct {
			Full string `xml:"fullCalcOnLoad,attr"`
			ID   string `xml:"calcId,attr"`
		} `xml:"calcPr"`
	}
	if err := zipXML(zr, book, &wb); err != nil {
		return zerosAreResults
	}
	switch {
	case wb.CalcPr.Full != "1" && wb.CalcPr.Full != "true":
		return zerosAreResults
	case wb.CalcPr.ID == xlsxWriterCalcID:
		return zerosArePlaceholders
	}
	return zerosUnlessResults
}
