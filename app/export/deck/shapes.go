package deck

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
)

// esc escapes s for XML text and attributes; characters XML cannot hold
// become U+FFFD.
func esc(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s)) // a bytes.Buffer does not fail
	return b.String()
}

// rect is a place on a slide in EMU.
type rect struct{ x, y, w, h int64 }

// textStyle is how a run of text looks: size in hundredths of a point,
// colour as RRGGBB (empty is the theme's text colour), alignment l, ctr
// or r (empty is left).
type textStyle struct {
	size  int
	bold  bool
	color string
	align string
}

// runXML is one run of text.
func runXML(text, lang string, st textStyle) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<a:r><a:rPr lang="%s" sz="%d" b="%d" dirty="0">`, lang, st.size, boolInt(st.bold))
	if st.color != "" {
		b.WriteString(`<a:solidFill><a:srgbClr val="` + st.color + `"/></a:solidFill>`)
	}
	b.WriteString(`</a:rPr><a:t>` + esc(text) + `</a:t></a:r>`)
	return b.String()
}

// paragraphs writes text as paragraphs, one per line.
func paragraphs(text, lang string, st textStyle) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		b.WriteString(`<a:p>`)
		if st.align != "" {
			b.WriteString(`<a:pPr algn="` + st.align + `"/>`)
		}
		if line != "" {
			b.WriteString(runXML(line, lang, st))
		}
		fmt.Fprintf(&b, `<a:endParaRPr lang="%s" sz="%d"/></a:p>`, lang, st.size)
	}
	return b.String()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// para is one paragraph of a text box: its runs (text and style each).
type para struct {
	runs   []run
	align  string
	bullet bool
	space  bool // space before the paragraph
}

type run struct {
	text string
	st   textStyle
}

// addTitle adds the slide's title in the layout's title placeholder.
func (s *slideDoc) addTitle(d *pptx, text string) {
	x, y, w, h := titleBox(d.cx, d.cy)
	id := s.newID()
	fmt.Fprintf(&s.shapes, `<p:sp><p:nvSpPr><p:cNvPr id="%d" name="Title %d"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>`+
		`<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm></p:spPr><p:txBody><a:bodyPr anchor="ctr"><a:normAutofit/></a:bodyPr><a:lstStyle/>`,
		id, id, x, y, w, h)
	s.shapes.WriteString(paragraphs(text, d.lang, textStyle{size: 2800, bold: true}) + `</p:txBody></p:sp>`)
}

// addText adds a text box of paragraphs at r; fill colours its
// background (empty leaves it clear), line its border.
func (s *slideDoc) addText(d *pptx, r rect, ps []para, fill, line, anchor string) {
	id := s.newID()
	fmt.Fprintf(&s.shapes, `<p:sp><p:nvSpPr><p:cNvPr id="%d" name="Text %d"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>`+
		`<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>`, id, id, r.x, r.y, r.w, r.h)
	if fill != "" {
		s.shapes.WriteString(`<a:solidFill><a:srgbClr val="` + fill + `"/></a:solidFill>`)
	} else {
		s.shapes.WriteString(`<a:noFill/>`)
	}
	if line != "" {
		s.shapes.WriteString(`<a:ln w="38100"><a:solidFill><a:srgbClr val="` + line + `"/></a:solidFill></a:ln>`)
	}
	if anchor == "" {
		anchor = "t"
	}
	s.shapes.WriteString(`</p:spPr><p:txBody><a:bodyPr wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="` + anchor + `"><a:normAutofit/></a:bodyPr><a:lstStyle/>`)
	for _, p := range ps {
		s.shapes.WriteString(`<a:p>`)
		switch {
		case p.bullet:
			fmt.Fprintf(&s.shapes, `<a:pPr marL="228600" indent="-228600"><a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>`)
		case p.space:
			s.shapes.WriteString(`<a:pPr><a:spcBef><a:spcPts val="1200"/></a:spcBef></a:pPr>`)
		case p.align != "":
			s.shapes.WriteString(`<a:pPr algn="` + p.align + `"/>`)
		}
		size := 1400
		for _, r := range p.runs {
			s.shapes.WriteString(runXML(r.text, d.lang, r.st))
			size = r.st.size
		}
		fmt.Fprintf(&s.shapes, `<a:endParaRPr lang="%s" sz="%d"/></a:p>`, d.lang, size)
	}
	if len(ps) == 0 {
		s.shapes.WriteString(`<a:p><a:endParaRPr lang="` + d.lang + `"/></a:p>`)
	}
	s.shapes.WriteString(`</p:txBody></p:sp>`)
}

// cell is one cell of a native table.
type cell struct {
	text string
	st   textStyle
	fill string
}

// addTable adds a native table at r: widths are the columns' shares of
// r.w; the first row is the header, repeated in bold on a grey band.
func (s *slideDoc) addTable(d *pptx, r rect, widths []float64, rows [][]cell, rowH int64) {
	id := s.newID()
	fmt.Fprintf(&s.shapes, `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="%d" name="Table %d"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>`+
		`<p:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>`,
		id, id, r.x, r.y, r.w, rowH*int64(len(rows)))
	total := 0.0
	for _, w := range widths {
		total += w
	}
	for _, w := range widths {
		fmt.Fprintf(&s.shapes, `<a:gridCol w="%d"/>`, int64(float64(r.w)*w/total))
	}
	s.shapes.WriteString(`</a:tblGrid>`)
	for _, row := range rows {
		fmt.Fprintf(&s.shapes, `<a:tr h="%d">`, rowH)
		for _, c := range row {
			s.shapes.WriteString(`<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>` + paragraphs(c.text, d.lang, c.st) + `</a:txBody>` +
				`<a:tcPr marL="68580" marR="68580" marT="22860" marB="22860" anchor="ctr">` +
				`<a:lnL w="0"><a:noFill/></a:lnL><a:lnR w="0"><a:noFill/></a:lnR><a:lnT w="0"><a:noFill/></a:lnT>` +
				`<a:lnB w="6350"><a:solidFill><a:srgbClr val="D9DCE1"/></a:solidFill></a:lnB>`)
			if c.fill != "" {
				s.shapes.WriteString(`<a:solidFill><a:srgbClr val="` + c.fill + `"/></a:solidFill>`)
			} else {
				s.shapes.WriteString(`<a:noFill/>`)
			}
			s.shapes.WriteString(`</a:tcPr></a:tc>`)
		}
		s.shapes.WriteString(`</a:tr>`)
	}
	s.shapes.WriteString(`</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`)
}

// addChart adds a native chart at r, with png as the picture a client
// that cannot draw charts shows instead. The choice asks for PowerPoint
// 2010's namespace, which every client that draws charts reads
// (PowerPoint, WPS, LibreOffice); the others show the fallback.
func (s *slideDoc) addChartFrame(r rect, c chartDoc, png []byte, name string) {
	chartRel := s.addChart(c)
	id := s.newID()
	s.shapes.WriteString(`<mc:AlternateContent><mc:Choice Requires="p14">`)
	fmt.Fprintf(&s.shapes, `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="%d" name="%s"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>`+
		`<p:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></p:xfrm><a:graphic><a:graphicData uri="`+nsC+`">`+
		`<c:chart xmlns:c="`+nsC+`" r:id="%s"/></a:graphicData></a:graphic></p:graphicFrame>`, id, esc(name), r.x, r.y, r.w, r.h, chartRel)
	s.shapes.WriteString(`</mc:Choice><mc:Fallback>`)
	if png != nil {
		s.addPicture(r, png, name, id)
	}
	s.shapes.WriteString(`</mc:Fallback></mc:AlternateContent>`)
}

// addPicture adds a PNG stretched to r; id is the shape's ID (the chart's
// when it stands in for one).
func (s *slideDoc) addPicture(r rect, png []byte, name string, id int) {
	imgRel := s.addImage(png)
	fmt.Fprintf(&s.shapes, `<p:pic><p:nvPicPr><p:cNvPr id="%d" name="%s" descr="%s"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>`+
		`<p:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>`+
		`<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`,
		id, esc(name), esc(name), imgRel, r.x, r.y, r.w, r.h)
}
