package nativedialog

import (
	"strings"
	"unicode"
)

// filterPatterns are the patterns of a filter offering the files ending
// in exts, each in any case (caselessGlob).
func filterPatterns(exts []string) []string {
	out := make([]string, len(exts))
	for i, ext := range exts {
		out[i] = caselessGlob(ext)
	}
	return out
}

// caselessGlob is the pattern of the file names ending in .ext in any
// case, "*.[cC][sS][vV]" for csv: GTK 3 matches a filter's patterns case
// by case, so that SALES.CSV, as tills and Windows programs name their
// exports, was hidden from a dialog offering *.csv, where the dialogs of
// Windows and macOS showed it.
func caselessGlob(ext string) string {
	var b strings.Builder
	b.WriteString("*.")
	for _, r := range ext {
		lower, upper := unicode.ToLower(r), unicode.ToUpper(r)
		if lower == upper {
			b.WriteRune(r)
			continue
		}
		b.WriteString("[" + string(lower) + string(upper) + "]")
	}
	return b.String()
}
