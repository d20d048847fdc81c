package importer

import (
	"bytes"

	"pacer/app/notation"
)

// misnamedSniff is how much of a file plainTextFile looks at.
const misnamedSniff = 64 << 10

// readMisnamedXLS reads a file named .xls that is no compound file: web
// and accounting systems save their "Excel exports" as tab- or
// comma-separated text, or as a web page or an XML spreadsheet (Excel
// 2003's), under an .xls name, and Excel opens them all the same. Text is
// read as the text file it is; a web page or XML spreadsheet is refused
// with a message saying how to convert it; anything else is left to
// readXLS, which refuses it.
func readMisnamedXLS(b []byte, sheet string) (Table, error) {
	switch {
	case markupFile(b):
		return Table{}, notation.ImportError(msgImportWebPage, nil)
	case plainTextFile(b):
		return importReadText(b)
	}
	return readXLS(b, sheet)
}

// markupFile reports whether b starts as HTML or XML does, after any byte
// order mark and blank space.
func markupFile(b []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(b[:min(len(b), 1024)], []byte("\uFEFF")), " \t\r\n")
	head = bytes.ToLower(head)
	for _, p := range []string{"<?xml", "<!doctype", "<html", "<table", "<meta", "<head", "<body", "<!--"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return false
}

// plainTextFile reports whether b is text: UTF-16 with its byte order
// mark, or a start without control characters other than tab, line ends
// and the Ctrl-Z DOS programs end a file with.
func plainTextFile(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return true
	}
	for _, c := range b[:min(len(b), misnamedSniff)] {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x1A {
			return false
		}
	}
	return len(b) > 0
}
