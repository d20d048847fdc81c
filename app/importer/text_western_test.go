package importer

import (
	"bytes"
	"slices"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestReadTableMacRoman: text in Mac Roman, as Excel for Mac saves "CSV"
// and "CSV (Macintosh)", reads its accented names and currency signs as
// written, its lines ended in a CR alone or in an LF, and so does text in
// DOS's code page, as Excel saves "CSV (MS-DOS)"; Western text in
// Windows-1252, whose apostrophe is Mac Roman's í, stays Windows-1252.
func TestReadTableMacRoman(t *testing.T) {
	real := readReal(t, "libreoffice_de_mac.csv")
	for _, tc := range []struct {
		name string
		b    []byte
		enc  string
		want []string // the first row below the header
	}{
		{"LibreOffice", real, "macintosh", []string{"02.01.2026", "Müller-Straße", "1.234,50 €"}},
		{"ExcelCR", bytes.ReplaceAll(real, []byte("\n"), []byte("\r")), "macintosh",
			[]string{"02.01.2026", "Müller-Straße", "1.234,50 €"}},
		// ö alone is š in Windows-1252, a letter as well: the CR decides.
		{"OnlyOCR", importEncode(t, charmap.Macintosh, "Name;Umsatz\rGöbel;1\rGöbel;2\r"), "macintosh",
			[]string{"Göbel", "1"}},
		{"NoelFrancais", importEncode(t, charmap.Macintosh, "Client,Montant\nNoël Françoise,12\n"), "macintosh",
			[]string{"Noël Françoise", "12"}},
		// Excel's "CSV (MS-DOS)", lines ended in CRLF.
		{"DOS", importEncode(t, charmap.CodePage858, "Kunde;Umsatz\r\nMüller;1\r\nGöbel;2\r\n"), "ibm858",
			[]string{"Müller", "1"}},
		{"Windows1252Apostrophe", importEncode(t, charmap.Windows1252, "Store,Sales\nMcDonald’s,5\nDon’t,6\n"),
			"windows-1252", []string{"McDonald’s", "5"}},
		// Curly quotes and dashes typed in Word: Mac Roman reads “ and ” as
		// ì and î, DOS as ô and ö; at a word's edge they are punctuation.
		{"Windows1252Quotes", importEncode(t, charmap.Windows1252, "Product,Sales\nPremium “Gold”,5\nCafé “Central” – Süd,6\n"),
			"windows-1252", []string{"Premium “Gold”", "5"}},
		{"Windows1252QuotesAccent", importEncode(t, charmap.Windows1252, "Product,Sales\nCafé “Central”,5\n"),
			"windows-1252", []string{"Café “Central”", "5"}},
		{"DOSInsideWord", importEncode(t, charmap.CodePage858, "Kunde;Größe\r\nGröße;1\r\nSchön;2\r\n"), "ibm858",
			[]string{"Größe", "1"}},
		{"MacInsideWord", importEncode(t, charmap.Macintosh, "Cliente,Importe\nPiñata “Niño”,12\nCanción,3\n"), "macintosh",
			[]string{"Piñata “Niño”", "12"}},
		{"Windows1252Accents", importEncode(t, charmap.Windows1252, "Name,Ort\nJosé,Málaga\nStraße,São Paulo\nMÜLLER,KÖLN\n"),
			"windows-1252", []string{"José", "Málaga"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := ReadTable(bytes.NewReader(tc.b), "x.csv")
			if err != nil {
				t.Fatal(err)
			}
			if tab.Encoding != tc.enc || len(tab.Rows) < 2 || !slices.Equal(importTexts(tab)[1], tc.want) {
				t.Errorf("%s: %q, want %s: %q", tab.Encoding, importTexts(tab), tc.enc, tc.want)
			}
		})
	}
}
