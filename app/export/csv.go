package export

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"pacer/app"
	"path/filepath"
	"strconv"
	"strings"
)

// csvTimeLayout is how timestamps are written in CSV, in local time.
const csvTimeLayout = "2006-01-02 15:04:05"

// WriteDataCSV writes b as one CSV file per table of ExportTables, each
// opened with create under the table's name translated by tr plus ".csv", made
// safe for a file name. The files follow WriteReviewCSV: UTF-8 after a
// byte-order mark, RFC 4180 with CRLF line ends, numbers plain at the
// goal's decimals (values of percent goals as shown: 8.0 for 8 %, a
// goal's weight in its parent in per cent as the goal's screen asks for
// it: 25 for 25 %), texts
// that would start a formula after an apostrophe and texts a spreadsheet
// would read as values (a period 2024-03, a goal 0012) after an
// invisible word joiner, which Pacer's importer drops. Dates are written
// 2006-01-02, timestamps 2006-01-02 15:04:05 in local time; rows are as
// in WriteDataXLSX. It stops at the first error, closing the file it was
// writing.
func WriteDataCSV(create func(name string) (io.WriteCloser, error), b ExportBook, tr Translator) error {
	names := DataCSVNames(tr)
	for i, t := range exportTables(b, tr) {
		name := names[i]
		wc, err := create(name)
		if err != nil {
			return fmt.Errorf("write data csv %s: %w", name, err)
		}
		err = writeCSVTable(wc, t)
		if cerr := wc.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("write data csv %s: %w", name, err)
		}
	}
	return nil
}

// DataCSVNames lists the names of the files WriteDataCSV writes under
// tr, in the order it writes them, so that the folder can be checked for
// files an export would replace before it writes any.
func DataCSVNames(tr Translator) []string {
	used := map[string]bool{}
	names := make([]string, len(ExportTables))
	for i, t := range ExportTables {
		names[i] = uniqueFileName(exportFileName(tr.word(tableNames[t])), used) + ".csv"
	}
	return names
}

// WriteDataCSVDir is WriteDataCSV into folder dir, which must exist.
// The files are written under temporary names and moved into place only
// when all are complete, so that a failed export leaves the files of an
// earlier one as they were. It returns the paths written.
func WriteDataCSVDir(dir string, b ExportBook, tr Translator) ([]string, error) {
	var temps, paths []string
	err := WriteDataCSV(func(name string) (io.WriteCloser, error) {
		f, err := os.CreateTemp(dir, "."+name+".*.tmp")
		if err != nil {
			return nil, err
		}
		temps, paths = append(temps, f.Name()), append(paths, filepath.Join(dir, name))
		if err := f.Chmod(NewFileMode()); err != nil {
			f.Close()
			return nil, err
		}
		return syncOnClose{f}, nil
	}, b, tr)
	for i := 0; err == nil && i < len(temps); i++ {
		err = os.Rename(temps[i], paths[i])
	}
	if err != nil {
		for _, t := range temps {
			os.Remove(t) // already renamed or never written: nothing to undo
		}
		return nil, err
	}
	return paths, nil
}

// syncOnClose is a file that is flushed to disk when closed.
type syncOnClose struct{ *os.File }

func (f syncOnClose) Close() error {
	err := f.Sync()
	return errors.Join(err, f.File.Close())
}

func writeCSVTable(w io.Writer, t xtable) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(t.headers); err != nil {
		return err
	}
	record := make([]string, len(t.headers))
	for _, row := range t.rows {
		for i := range record {
			record[i] = ""
			if i < len(row) {
				record[i] = csvDataField(row[i])
			}
		}
		if err := cw.Write(record); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvDataField writes a cell for CSV.
func csvDataField(c xcell) string {
	switch c.kind {
	case xText:
		return csvText(c.text)
	case xValue:
		return csvNumber(c.v, app.Decimals(c.g))
	case xInt:
		return strconv.FormatInt(int64(c.v), 10)
	case xNumber:
		return strconv.FormatFloat(c.v, 'f', -1, 64)
	case xShare:
		return percentText(c.v)
	case xDate:
		return civilDate(c.t).String()
	case xTime:
		return c.t.Format(csvTimeLayout)
	}
	return ""
}

// percentText writes a share of one in per cent, the decimal point moved
// in decimal as percentFraction does the other way: 0.1234 is 12.34, not
// 12.340000000000002.
func percentText(v float64) string {
	f, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e2", 64)
	if err != nil {
		f = v * 100
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// exportFileName is s without the characters file systems forbid, at
// most 80 characters, "export" when nothing is left.
func exportFileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < 32 {
			return '-'
		}
		return r
	}, strings.TrimSpace(s))
	s = strings.Trim(s, ". ")
	if r := []rune(s); len(r) > 80 {
		s = string(r[:80])
	}
	if s == "" {
		return "export"
	}
	return s
}

// uniqueFileName is name, or name with a number when two tables would
// share it (file systems may ignore case).
func uniqueFileName(name string, used map[string]bool) string {
	out := name
	for n := 2; used[strings.ToLower(out)]; n++ {
		out = fmt.Sprintf("%s (%d)", name, n)
	}
	used[strings.ToLower(out)] = true
	return out
}
