package importer

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
)

// odsText gathers a cell's text as Calc shows it: its paragraphs (text:p,
// text:h) are its lines; whitespace in the XML counts as one space, as
// the format says, and text:s, text:tab and text:line-break write the
// spaces, tabs and line breaks typed.
type odsText struct {
	b strings.Builder
	// lines is the number of paragraphs begun, in how many are open (the
	// whitespace between them is the XML's layout), and space whether the
	// text written last is a collapsed space.
	lines, in int
	space     bool
}

// readCellText reads the content of a cell up to its end: its text, and
// nothing of its comments (office:annotation) or drawings.
func (r *odsReader) readCellText() (string, error) {
	var t odsText
	for depth := 1; depth > 0; {
		tok, err := r.dec.Token()
		if err != nil {
			return "", fmt.Errorf("read cell: %w", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			if el.Name.Space == odsOfficeNS && el.Name.Local == "annotation" || el.Name.Space == odsDrawNS {
				err = r.dec.Skip()
			} else {
				depth++
				t.start(el)
			}
		case xml.EndElement:
			depth--
			t.end(el)
		case xml.CharData:
			if t.in > 0 {
				t.write(el)
			}
		}
		if err != nil {
			return "", fmt.Errorf("read cell: %w", err)
		}
		if t.b.Len() > r.budget {
			return "", fmt.Errorf("cell text of %d bytes: %w", t.b.Len(), errODSTooLarge)
		}
	}
	return t.b.String(), nil
}

// start takes in the start of an element of a cell's content.
func (t *odsText) start(el xml.StartElement) {
	if el.Name.Space != odsTextNS {
		return
	}
	switch el.Name.Local {
	case "p", "h":
		if t.lines > 0 {
			t.b.WriteByte('\n')
		}
		t.lines++
		t.in++
		t.space = true // leading whitespace is dropped
	case "s":
		n, err := strconv.Atoi(xmlAttrOf(el, "c"))
		if err != nil || n < 1 {
			n = 1
		}
		t.b.WriteString(strings.Repeat(" ", min(n, 1<<10)))
		t.space = false
	case "tab":
		t.b.WriteByte('\t')
		t.space = false
	case "line-break":
		t.b.WriteByte('\n')
		t.space = false
	}
}

// end takes in the end of an element of a cell's content.
func (t *odsText) end(el xml.EndElement) {
	if el.Name.Space == odsTextNS && (el.Name.Local == "p" || el.Name.Local == "h") {
		t.in--
	}
}

// write adds character data, each run of whitespace as one space.
func (t *odsText) write(data []byte) {
	for _, c := range string(data) {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			if !t.space {
				t.b.WriteByte(' ')
			}
			t.space = true
			continue
		}
		t.b.WriteRune(c)
		t.space = false
	}
}
