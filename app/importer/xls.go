package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/richardlehane/mscfb"

	"pacer/app"
	"pacer/app/notation"
)

// xlsMagic starts every compound file, the container of .xls workbooks.
var xlsMagic = []byte{0xD0, 0xCF, 0x11, 0xE0}

// readXLS reads a sheet of an Excel 97–2003 workbook (.xls, BIFF8, as old
// Excel and WPS save). Its cells are written, with their number formats,
// merges and the sheets' names and visibility, into an .xlsx workbook that
// readXLSX then reads: the texts, dates and percents of an .xls read
// exactly as those of the same workbook saved as .xlsx. A formula whose
// result was never worked out (xlsSheet.unsaved) is a CellFormula.
func readXLS(b []byte, sheet string) (Table, error) {
	stream, err := xlsStream(b)
	if err != nil {
		return Table{}, xlsError(err)
	}
	book, err := readXLSBook(stream)
	if err != nil {
		return Table{}, xlsError(err)
	}
	x, unsaved, err := book.xlsx(sheet)
	if err != nil {
		return Table{}, xlsError(err)
	}
	t, err := readXLSX(x, sheet)
	if err != nil {
		return Table{}, err
	}
	for _, at := range unsaved {
		for len(t.Rows) <= at.row {
			t.Rows = append(t.Rows, nil)
		}
		for len(t.Rows[at.row]) <= at.col {
			t.Rows[at.row] = append(t.Rows[at.row], Cell{})
		}
		t.Rows[at.row][at.col] = Cell{Kind: CellFormula}
	}
	t.Encoding = "xls"
	return t, nil
}

// xlsError is the message for an .xls workbook that cannot be read.
func xlsError(err error) error {
	var known *app.Error
	switch {
	case errors.As(err, &known):
		return err
	case errors.Is(err, errEncrypted):
		return notation.ImportError(msgImportEncrypted, err)
	case errors.Is(err, errOldBIFF):
		return notation.ImportError(msgImportOldXLS, err)
	case errors.Is(err, errTooManyCells):
		return notation.ImportError(msgImportTooLarge, err, "Limit", "2,000,000 cells")
	case errors.Is(err, errTooManyStrings):
		return notation.ImportError(msgImportTooLarge, err, "Limit", "4,000,000 texts")
	}
	return notation.ImportError(msgImportBadXLSX, err)
}

// xlsStream is the workbook stream of compound file b: "Workbook" in
// BIFF8, "Book" in the BIFF5 of Excel 95, which checkBOF then refuses.
// An encrypted workbook of Excel 2007 and later is a compound file too,
// holding "EncryptedPackage".
func xlsStream(b []byte) ([]byte, error) {
	r, err := mscfb.New(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("open compound file: %w", err)
	}
	for f, err := r.Next(); err == nil; f, err = r.Next() {
		switch {
		case f.Name == "EncryptedPackage":
			return nil, errEncrypted
		case len(f.Path) == 0 && (strings.EqualFold(f.Name, "Workbook") || strings.EqualFold(f.Name, "Book")):
			if f.Size > int64(len(b)) {
				return nil, fmt.Errorf("workbook stream of %d bytes: %w", f.Size, errBIFF)
			}
			return io.ReadAll(io.LimitReader(f, f.Size))
		}
	}
	return nil, fmt.Errorf("no workbook stream: %w", errBIFF)
}
