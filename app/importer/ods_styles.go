package importer

import (
	"archive/zip"
	"encoding/xml"
	"math"
	"sort"
	"strconv"
	"strings"
)

// The OpenDocument namespace of number styles.
const odsNumberNS = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"

// odsStyleMemory is what the styles an .ods file defines may take; past
// it, styles are no longer noted, and a cell whose style is not known is
// told by its text (odsScaled).
const odsStyleMemory = 64 << 20

// odsStyles tell whether a number cell of an .ods file shows its number
// divided by a power of ten, in thousands or in 万, from the number style
// its cell style names, as the xlsx reader tells it from the cell's format
// code (formatDivides): the text shown cannot tell 400 shown "0" in
// thousands, nor 123450 shown "123.450" under 0\.000. LibreOffice writes
// #,##0, as a number:display-factor of 1000, and 0\.0000 as a point
// embedded four digits from the right (number:embedded-text). Styles come
// from styles.xml and from content.xml's automatic styles, which precede
// its cells; a cell without a style of its own takes its row's or column's
// default cell style, as LibreOffice writes a column formatted whole.
type odsStyles struct {
	cells   map[string]odsCellStyle
	numbers map[string]*odsNumberStyle
	// reading is the number style being read, nil outside one.
	reading *odsNumberStyle
	// columns are the kept sheet's default cell styles, in runs of columns.
	columns []odsColumnRun
	// left is the memory the styles may still take (odsStyleMemory).
	left int
}

// odsCellStyle is a cell style: the number style it names, and the style
// it inherits from.
type odsCellStyle struct{ data, parent string }

// odsColumnRun is the default cell style of the columns before end, from
// the previous run's end.
type odsColumnRun struct {
	end   int
	style string
}

// odsNumberStyle is what a number style tells of its scale: the power of
// ten of its display factor, the position of a point embedded in its
// digits when it shows no decimals, and the styles it maps some values to
// (LibreOffice writes #,##0,;(#,##0,) as a style for negatives that maps
// values ≥ 0 to another).
type odsNumberStyle struct {
	factor, point int
	maps          []odsStyleMap
	// percent is true for a percentage style, which shows its number
	// times 100: Gnumeric writes a percent cell as a float value with such
	// a style, where LibreOffice writes a percentage value.
	percent bool
}

// odsStyleMap maps the values that meet op bound ("value()>=0") to the
// number style apply.
type odsStyleMap struct {
	op    string
	bound float64
	apply string
}

// newODSStyles reads the styles of styles.xml, as far as it can: a part
// missing or broken leaves the styles it defines unknown.
func newODSStyles(zr *zip.Reader) *odsStyles {
	s := &odsStyles{cells: map[string]odsCellStyle{}, numbers: map[string]*odsNumberStyle{}, left: odsStyleMemory}
	f := zipFile(zr, "styles.xml")
	if f == nil {
		return s
	}
	rc, err := f.Open()
	if err != nil {
		return s
	}
	defer rc.Close()
	dec := xml.NewDecoder(&odsLimited{r: rc, left: MaxImportBytes})
	for {
		tok, err := dec.Token()
		if err != nil {
			return s
		}
		switch el := tok.(type) {
		case xml.StartElement:
			if s.start(dec, el) != nil {
				return s
			}
		case xml.EndElement:
			s.end(el)
		}
	}
}

// spend takes n bytes from the styles' memory; false when none is left.
func (s *odsStyles) spend(n int) bool {
	s.left -= n
	return s.left >= 0
}

// start takes in the start of an element of a style, reading the point an
// embedded text writes up to its end.
func (s *odsStyles) start(dec *xml.Decoder, el xml.StartElement) error {
	switch {
	case el.Name.Space == odsStyleNS && el.Name.Local == "style":
		s.noteCellStyle(el)
	case el.Name.Space == odsStyleNS && el.Name.Local == "map" && s.reading != nil:
		s.addMap(el)
	case el.Name.Space == odsNumberNS && strings.HasSuffix(el.Name.Local, "-style"):
		s.startNumberStyle(el)
	case el.Name.Space == odsNumberNS && s.reading != nil:
		return s.startNumberPart(dec, el)
	}
	return nil
}

// startNumberPart takes in an element of the number style being read:
// its number, with the display factor, or a text embedded in its digits.
func (s *odsStyles) startNumberPart(dec *xml.Decoder, el xml.StartElement) error {
	switch el.Name.Local {
	case "number":
		s.reading.factor = odsFactor(odsAttr(el, odsNumberNS, "display-factor"))
		if places := odsAttr(el, odsNumberNS, "decimal-places"); places != "" && places != "0" {
			s.reading.point = -1 // a decimal point: the digits are not shifted
		}
	case "embedded-text":
		return s.readEmbedded(dec, el)
	}
	return nil
}

// noteCellStyle notes a cell style: the number style it names, and its
// parent.
func (s *odsStyles) noteCellStyle(el xml.StartElement) {
	name := odsAttr(el, odsStyleNS, "name")
	cs := odsCellStyle{data: odsAttr(el, odsStyleNS, "data-style-name"), parent: odsAttr(el, odsStyleNS, "parent-style-name")}
	if odsAttr(el, odsStyleNS, "family") == "table-cell" && s.spend(len(name)+len(cs.data)+len(cs.parent)+64) {
		s.cells[name] = cs
	}
}

// startNumberStyle notes a data style; only a number or currency style
// can scale what it shows, and only theirs are read further.
func (s *odsStyles) startNumberStyle(el xml.StartElement) {
	s.reading = nil
	name := odsAttr(el, odsStyleNS, "name")
	if !s.spend(len(name) + 64) {
		return
	}
	ns := &odsNumberStyle{percent: el.Name.Local == "percentage-style"}
	s.numbers[name] = ns
	if el.Name.Local == "number-style" || el.Name.Local == "currency-style" {
		s.reading = ns
	}
}

// end takes in the end of an element: of a number style, whose reading
// ends.
func (s *odsStyles) end(el xml.EndElement) {
	if el.Name.Space == odsNumberNS && strings.HasSuffix(el.Name.Local, "-style") {
		s.reading = nil
	}
}

// readEmbedded reads a text embedded in a number's digits up to its end;
// a point notes its position, the digits to its right (the 万 trick of
// 0\.0000, written position 4), the nearest point counting.
func (s *odsStyles) readEmbedded(dec *xml.Decoder, el xml.StartElement) error {
	var text strings.Builder
	for depth := 1; depth > 0; {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if text.Len() < 16 {
				text.Write(t)
			}
		}
	}
	pos, err := strconv.Atoi(odsAttr(el, odsNumberNS, "position"))
	ns := s.reading
	if err == nil && pos > 0 && strings.TrimSpace(text.String()) == "." && ns.point >= 0 && (ns.point == 0 || pos < ns.point) {
		ns.point = pos
	}
	return nil
}

// addMap notes a map of the number style being read; a condition other
// than value() compared with a number is left out.
func (s *odsStyles) addMap(el xml.StartElement) {
	cond, ok := strings.CutPrefix(strings.ReplaceAll(odsAttr(el, odsStyleNS, "condition"), " ", ""), "value()")
	if !ok {
		return
	}
	for _, op := range []string{">=", "<=", "!=", "<>", ">", "<", "="} {
		if rest, ok := strings.CutPrefix(cond, op); ok {
			bound, err := strconv.ParseFloat(rest, 64)
			apply := odsAttr(el, odsStyleNS, "apply-style-name")
			if err == nil && s.spend(len(apply)+64) {
				s.reading.maps = append(s.reading.maps, odsStyleMap{op: op, bound: bound, apply: apply})
			}
			return
		}
	}
}

// odsFactor is the power of ten a display factor divides by, from 10 to
// 10⁹; 0 for none or any other factor.
func odsFactor(v string) int {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return 0
	}
	for p := 1; p <= 9; p++ {
		if f == math.Pow10(p) {
			return p
		}
	}
	return 0
}

// noteColumn notes a column element of the kept sheet: its default cell
// style over the columns it repeats.
func (s *odsStyles) noteColumn(el xml.StartElement) {
	start := 0
	if n := len(s.columns); n > 0 {
		start = s.columns[n-1].end
	}
	if start > odsMaxColumns {
		return
	}
	end := start + odsRepeat(el, "number-columns-repeated")
	s.columns = append(s.columns, odsColumnRun{end: end, style: odsAttr(el, odsTableNS, "default-cell-style-name")})
}

// column is the default cell style of column col, or "".
func (s *odsStyles) column(col int) string {
	i := sort.Search(len(s.columns), func(i int) bool { return s.columns[i].end > col })
	if i == len(s.columns) {
		return ""
	}
	return s.columns[i].style
}

// scaled reports whether cell style name shows n divided by a power of
// ten; known is false when the style or the number style it names is
// not defined, and so cannot tell.
func (s *odsStyles) scaled(name string, n float64) (scaled, known bool) {
	ns, known := s.numberStyle(name)
	return ns != nil && s.mapped(ns, n).divides() > 0, known
}

// percent reports whether cell style name shows n in percent, times 100;
// false when the file does not define the style.
func (s *odsStyles) percent(name string, n float64) bool {
	ns, _ := s.numberStyle(name)
	return ns != nil && s.mapped(ns, n).percent
}

// numberStyle is the number style cell style name shows numbers in, nil
// for General; known is false when the style or the number style it names
// is not defined.
func (s *odsStyles) numberStyle(name string) (ns *odsNumberStyle, known bool) {
	for range 8 { // a chain of parents, cut short should it loop
		cs, ok := s.cells[name]
		switch {
		case !ok:
			return nil, false
		case cs.data != "":
			ns, ok := s.numbers[cs.data]
			return ns, ok
		case cs.parent == "":
			return nil, true // General
		}
		name = cs.parent
	}
	return nil, false
}

// mapped is the number style ns shows n in: the one of its first map
// whose condition n meets, or ns.
func (s *odsStyles) mapped(ns *odsNumberStyle, n float64) *odsNumberStyle {
	for _, m := range ns.maps {
		if to, ok := s.numbers[m.apply]; ok && m.holds(n) {
			return to
		}
	}
	return ns
}

// holds reports whether n meets the map's condition.
func (m odsStyleMap) holds(n float64) bool {
	switch m.op {
	case ">=":
		return n >= m.bound
	case "<=":
		return n <= m.bound
	case ">":
		return n > m.bound
	case "<":
		return n < m.bound
	case "=":
		return n == m.bound
	}
	return n != m.bound
}

// divides is the power of ten the style divides what it shows by, as
// formatDivides tells it of a format code.
func (ns *odsNumberStyle) divides() int {
	return ns.factor + max(ns.point, 0)
}
