package importer

import (
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"

	"pacer/app"
	"pacer/app/notation"
)

// importSplitText splits a decoded text table into rows: quoted fields may
// hold separators, doubled quotes and line breaks, as Excel writes them.
// A quote that does not make such a field ("Big" Mart, an unclosed "Big
// Mart, the inch mark of 12" pipe) is kept as text and its line read on
// its own (splitLine). So are the lines of a quoted field with line breaks
// when its record then has another number of fields than the line before
// it: a stray quote that a later one closes never swallows the rows in
// between. Blank lines become empty rows, so that row numbers match what a
// spreadsheet shows.
func importSplitText(s string, sep rune) ([][]Cell, error) {
	sp := textSplitter{s: s, sep: sep, want: -1, rows: make([][]Cell, 0, strings.Count(s, "\n")+1)}
	for pos := 0; pos < len(s); {
		next, err := sp.readFrom(pos)
		if err != nil {
			return nil, err
		}
		pos = next
	}
	return sp.rows, nil
}

// sniffRecords is the first n records of s that are not blank lines, split
// by sep as importSplitText splits them.
func sniffRecords(s string, sep rune, n int) [][]Cell {
	rows, err := importSplitText(s, sep)
	if err != nil {
		return nil
	}
	out := make([][]Cell, 0, n)
	for _, row := range rows {
		if len(row) > 0 && len(out) < n {
			out = append(out, row)
		}
	}
	return out
}

// textSplitter holds the state of one importSplitText: want is the number
// of fields of the last record read from a single line, -1 before one.
type textSplitter struct {
	s    string
	sep  rune
	rows [][]Cell
	want int
	slab []Cell // where the next records' cells are taken from (cells)
}

// readFrom reads the records of s from pos, which starts a line, with
// encoding/csv's strict reader until the end, returning len(s), or until
// a record with a quote it refuses, whose first line it reads with
// splitLine, returning where the next line starts.
func (sp *textSplitter) readFrom(pos int) (int, error) {
	base := pos
	r := importCSVReader(sp.s[pos:], sp.sep)
	for {
		start := sp.blankLines(pos)
		rec, err := r.Read()
		switch {
		case errors.Is(err, io.EOF):
			return len(sp.s), nil
		case errors.Is(err, csv.ErrBareQuote) || errors.Is(err, csv.ErrQuote):
			end := lineEnd(sp.s, start)
			sp.addLines(sp.s[start:end])
			return end, nil
		case err != nil:
			line := strings.Count(sp.s[:base], "\n")
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line += pe.Line
			}
			return 0, notation.ImportError(msgImportBadCSV, err, "Line", strconv.Itoa(line))
		}
		pos = base + int(r.InputOffset())
		sp.addRecord(rec, sp.s[start:pos])
	}
}

// importCSVReader reads s strictly: a quote that neither opens nor closes a
// quoted field as RFC 4180 has it is an error, which readFrom answers by
// reading the line on its own.
func importCSVReader(s string, sep rune) *csv.Reader {
	r := csv.NewReader(strings.NewReader(s))
	r.Comma = sep
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	return r
}

// addRecord adds the record rec, read from text. A record over several
// lines whose number of fields differs from the line before's is taken for
// a quote closed by a stray one lines later, and its lines are read on
// their own instead.
func (sp *textSplitter) addRecord(rec []string, text string) {
	oneLine := !strings.Contains(strings.TrimRight(text, "\r\n"), "\n")
	if !oneLine && sp.want >= 0 && len(rec) != sp.want {
		sp.addLines(text)
		return
	}
	cells := sp.cells(len(rec))
	for i, f := range rec {
		cells[i] = Cell{Text: f}
	}
	sp.addRow(cells, oneLine)
}

// cells returns n empty cells for a record. They are taken from a slab
// of a few thousand: a million-row file's rows are then a few hundred
// allocations rather than a million, which the collector would otherwise
// count one by one. A record's cells are capped to their number, so that
// no append runs into the next record's.
func (sp *textSplitter) cells(n int) []Cell {
	if len(sp.slab) < n {
		sp.slab = make([]Cell, max(n, cellSlab))
	}
	c := sp.slab[:n:n]
	sp.slab = sp.slab[n:]
	return c
}

// cellSlab is the number of cells a slab holds: 128 kB of them.
const cellSlab = 4096

// addLines adds each line of text as splitLine splits it.
func (sp *textSplitter) addLines(text string) {
	text = strings.TrimSuffix(text, "\n")
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" {
			sp.rows = append(sp.rows, nil)
			continue
		}
		sp.addRow(splitLine(line, sp.sep), true)
	}
}

func (sp *textSplitter) addRow(cells []Cell, oneLine bool) {
	if oneLine {
		sp.want = len(cells)
	}
	for i := range cells {
		cells[i].Text = unguarded(cells[i].Text)
	}
	sp.rows = append(sp.rows, cells)
}

// unguarded is a text file's field without the apostrophe that Pacer's
// and other programs' CSV exports put before a leading = + - @, tab or
// carriage return, so that
// a spreadsheet does not run it as a formula: "'+20% online sales" is the
// goal "+20% online sales" again. Nor has it the invisible word joiner
// that Pacer's exports put before a text a spreadsheet would read as a
// value (notation.SheetText): the goal "0012" and the year 2024 match
// again. Nor is it wrapped in the ="…" that order and bank exports write
// so that Excel keeps a cell as text (="2023-01-05", ="001234"): Excel
// shows the text inside, and so is the field read. Nor has a number or
// date the apostrophe that spreadsheet users type before it to keep it
// text ('1234.5, '2023-01-31), which the spreadsheet does not show.
func unguarded(f string) string {
	if len(f) >= 2 && f[0] == '\'' && (strings.ContainsRune("=+-@\t\r", rune(f[1])) || forcedText(f[1:])) {
		return f[1:]
	}
	if inner, ok := strings.CutPrefix(f, `="`); ok && strings.HasSuffix(inner, `"`) && !strings.Contains(inner[:len(inner)-1], `"`) {
		return inner[:len(inner)-1]
	}
	return notation.PlainSheetText(f)
}

// forcedText reports whether s, the rest of a field after an apostrophe,
// reads as a number or a date, in either decimal convention or order: a
// spreadsheet would have read it as one, which the apostrophe typed
// before it stopped. A second apostrophe, or text of any other kind,
// keeps the field as it is.
func forcedText(s string) bool {
	if s[0] == '\'' {
		return false
	}
	return readsAsNumber(app.NormalizeNumber(s)) || readsAsDate(s)
}

// blankLines adds an empty row for each empty line of s from pos, which
// encoding/csv skips, and returns where the first other line starts.
func (sp *textSplitter) blankLines(pos int) int {
	s := sp.s
	for pos < len(s) {
		switch {
		case s[pos] == '\n':
			pos++
		case s[pos] == '\r' && pos+1 < len(s) && s[pos+1] == '\n':
			pos += 2
		default:
			return pos
		}
		sp.rows = append(sp.rows, nil)
	}
	return pos
}

// lineEnd is where the line of s holding pos ends, its line break counted.
func lineEnd(s string, pos int) int {
	if i := strings.IndexByte(s[pos:], '\n'); i >= 0 {
		return pos + i + 1
	}
	return len(s)
}

// splitLine splits one line, without its line break, into cells. A quote
// opens a quoted field only first in a field, and only when a quote
// further on the line closes it, followed by the separator or the line's
// end, with nothing but doubled quotes between; any other quote is text.
func splitLine(line string, sep rune) []Cell {
	comma := string(sep)
	var cells []Cell
	for {
		if text, n, ok := quotedField(line, comma); ok {
			cells = append(cells, Cell{Text: text})
			if n == len(line) {
				return cells
			}
			line = line[n+len(comma):]
			continue
		}
		i := strings.Index(line, comma)
		if i < 0 {
			return append(cells, Cell{Text: line})
		}
		cells = append(cells, Cell{Text: line[:i]})
		line = line[i+len(comma):]
	}
}

// quotedField reads the quoted field that line starts with, when it is
// one: its text, with doubled quotes made single, and its length, quotes
// included.
func quotedField(line, comma string) (string, int, bool) {
	if !strings.HasPrefix(line, `"`) {
		return "", 0, false
	}
	for i := 1; ; {
		j := strings.IndexByte(line[i:], '"')
		if j < 0 {
			return "", 0, false
		}
		k := i + j
		switch rest := line[k+1:]; {
		case strings.HasPrefix(rest, `"`):
			i = k + 2
		case rest == "" || strings.HasPrefix(rest, comma):
			return strings.ReplaceAll(line[1:k], `""`, `"`), k + 1, true
		default:
			return "", 0, false
		}
	}
}
