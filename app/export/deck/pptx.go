package deck

import (
	"archive/zip"
	"fmt"
	"io"
	"strings"
	"time"
)

// The namespaces and relationship types of the parts written here.
const (
	nsA     = "http://schemas.openxmlformats.org/drawingml/2006/main"
	nsR     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsP     = "http://schemas.openxmlformats.org/presentationml/2006/main"
	nsC     = "http://schemas.openxmlformats.org/drawingml/2006/chart"
	nsMC    = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsP14   = "http://schemas.microsoft.com/office/powerpoint/2010/main"
	relBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	ctBase  = "application/vnd.openxmlformats-officedocument."
)

// slideDoc is one slide as the package holds it: its shapes' XML, the
// parts it refers to, and its speaker notes.
type slideDoc struct {
	shapes strings.Builder
	nextID int
	charts []chartDoc
	images [][]byte
	notes  string
}

// chartDoc is a chart part of a slide with its embedded workbook.
type chartDoc struct {
	xml  []byte
	xlsx []byte
}

// newID is the next shape ID on the slide; 1 is the shape tree's.
func (s *slideDoc) newID() int {
	if s.nextID < 2 {
		s.nextID = 2
	}
	s.nextID++
	return s.nextID - 1
}

// addChart adds a chart part and returns its relationship ID.
func (s *slideDoc) addChart(c chartDoc) string {
	s.charts = append(s.charts, c)
	return fmt.Sprintf("rId%d", 1+len(s.charts))
}

// addImage adds a PNG and returns its relationship ID; charts come first.
func (s *slideDoc) addImage(png []byte) string {
	s.images = append(s.images, png)
	return fmt.Sprintf("rIdImg%d", len(s.images))
}

// pptx is a presentation being written: its slide size and slides.
type pptx struct {
	cx, cy int64
	title  string
	lang   string
	slides []*slideDoc
}

// part is one file of the package.
type part struct {
	name string
	data []byte
}

// write stores the package in w: content types, relationships, the
// presentation, its master, layout, theme, notes master and every slide
// with its charts, workbooks, pictures and notes.
func (p *pptx) write(w io.Writer) error {
	parts := p.parts()
	z := zip.NewWriter(w)
	for _, pt := range parts {
		method := zip.Deflate
		if strings.HasSuffix(pt.name, ".png") || strings.HasSuffix(pt.name, ".xlsx") {
			method = zip.Store // already compressed
		}
		f, err := z.CreateHeader(&zip.FileHeader{Name: pt.name, Method: method, Modified: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return fmt.Errorf("write %s: %w", pt.name, err)
		}
		if _, err := f.Write(pt.data); err != nil {
			return fmt.Errorf("write %s: %w", pt.name, err)
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("close package: %w", err)
	}
	return nil
}

// parts lists every part of the package, content types first.
func (p *pptx) parts() []part {
	var over []string
	addOver := func(name, ct string) { over = append(over, name, ct) }
	var parts []part
	add := func(name, data string) { parts = append(parts, part{name, []byte(data)}) }

	add("_rels/.rels", rels(
		rel{"rId1", "officeDocument", "ppt/presentation.xml"},
		rel{"rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"},
		rel{"rId3", "extended-properties", "docProps/app.xml"}))
	add("docProps/core.xml", coreXML(p.title))
	addOver("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
	add("docProps/app.xml", appXML(len(p.slides)))
	addOver("/docProps/app.xml", ctBase+"extended-properties+xml")

	presRels := []rel{{"rId1", "slideMaster", "slideMasters/slideMaster1.xml"}, {"rId2", "notesMaster", "notesMasters/notesMaster1.xml"},
		{"rId3", "theme", "theme/theme1.xml"}, {"rId4", "presProps", "presProps.xml"}, {"rId5", "viewProps", "viewProps.xml"},
		{"rId6", "tableStyles", "tableStyles.xml"}}
	for i := range p.slides {
		presRels = append(presRels, rel{fmt.Sprintf("rId%d", 10+i), "slide", fmt.Sprintf("slides/slide%d.xml", i+1)})
	}
	add("ppt/presentation.xml", p.presentationXML())
	addOver("/ppt/presentation.xml", ctBase+"presentationml.presentation.main+xml")
	add("ppt/_rels/presentation.xml.rels", rels(presRels...))
	add("ppt/presProps.xml", `<p:presentationPr xmlns:a="`+nsA+`" xmlns:r="`+nsR+`" xmlns:p="`+nsP+`"/>`)
	addOver("/ppt/presProps.xml", ctBase+"presentationml.presProps+xml")
	add("ppt/viewProps.xml", `<p:viewPr xmlns:a="`+nsA+`" xmlns:r="`+nsR+`" xmlns:p="`+nsP+`"><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>`)
	addOver("/ppt/viewProps.xml", ctBase+"presentationml.viewProps+xml")
	add("ppt/tableStyles.xml", `<a:tblStyleLst xmlns:a="`+nsA+`" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>`)
	addOver("/ppt/tableStyles.xml", ctBase+"presentationml.tableStyles+xml")

	add("ppt/theme/theme1.xml", themeXML)
	addOver("/ppt/theme/theme1.xml", ctBase+"theme+xml")
	add("ppt/theme/theme2.xml", themeXML)
	addOver("/ppt/theme/theme2.xml", ctBase+"theme+xml")
	add("ppt/slideMasters/slideMaster1.xml", masterXML(p.cx, p.cy))
	addOver("/ppt/slideMasters/slideMaster1.xml", ctBase+"presentationml.slideMaster+xml")
	add("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels(rel{"rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"}, rel{"rId2", "theme", "../theme/theme1.xml"}))
	add("ppt/slideLayouts/slideLayout1.xml", layoutXML(p.cx, p.cy))
	addOver("/ppt/slideLayouts/slideLayout1.xml", ctBase+"presentationml.slideLayout+xml")
	add("ppt/slideLayouts/_rels/slideLayout1.xml.rels", rels(rel{"rId1", "slideMaster", "../slideMasters/slideMaster1.xml"}))
	add("ppt/notesMasters/notesMaster1.xml", notesMasterXML)
	addOver("/ppt/notesMasters/notesMaster1.xml", ctBase+"presentationml.notesMaster+xml")
	add("ppt/notesMasters/_rels/notesMaster1.xml.rels", rels(rel{"rId1", "theme", "../theme/theme2.xml"}))

	chartN, imageN := 0, 0
	for i, s := range p.slides {
		n := i + 1
		slideRels := []rel{{"rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"}}
		for j, c := range s.charts {
			chartN++
			name := fmt.Sprintf("chart%d.xml", chartN)
			book := fmt.Sprintf("Microsoft_Excel_Worksheet%d.xlsx", chartN)
			slideRels = append(slideRels, rel{fmt.Sprintf("rId%d", 2+j), "chart", "../charts/" + name})
			parts = append(parts, part{"ppt/charts/" + name, c.xml}, part{"ppt/embeddings/" + book, c.xlsx})
			addOver("/ppt/charts/"+name, ctBase+"drawingml.chart+xml")
			add("ppt/charts/_rels/"+name+".rels", rels(rel{"rId1", "package", "../embeddings/" + book}))
		}
		for j, img := range s.images {
			imageN++
			name := fmt.Sprintf("image%d.png", imageN)
			slideRels = append(slideRels, rel{fmt.Sprintf("rIdImg%d", j+1), "image", "../media/" + name})
			parts = append(parts, part{"ppt/media/" + name, img})
		}
		slideRels = append(slideRels, rel{"rIdNotes", "notesSlide", fmt.Sprintf("../notesSlides/notesSlide%d.xml", n)})
		add(fmt.Sprintf("ppt/slides/slide%d.xml", n), slideXML(s.shapes.String()))
		addOver(fmt.Sprintf("/ppt/slides/slide%d.xml", n), ctBase+"presentationml.slide+xml")
		add(fmt.Sprintf("ppt/slides/_rels/slide%d.xml.rels", n), rels(slideRels...))
		add(fmt.Sprintf("ppt/notesSlides/notesSlide%d.xml", n), notesXML(s.notes, p.lang))
		addOver(fmt.Sprintf("/ppt/notesSlides/notesSlide%d.xml", n), ctBase+"presentationml.notesSlide+xml")
		add(fmt.Sprintf("ppt/notesSlides/_rels/notesSlide%d.xml.rels", n), rels(
			rel{"rId1", "notesMaster", "../notesMasters/notesMaster1.xml"}, rel{"rId2", "slide", fmt.Sprintf("../slides/slide%d.xml", n)}))
	}
	return append([]part{{"[Content_Types].xml", []byte(contentTypes(over))}}, parts...)
}

func contentTypes(over []string) string {
	var b strings.Builder
	b.WriteString(xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Default Extension="png" ContentType="image/png"/>` +
		`<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>`)
	for i := 0; i+1 < len(over); i += 2 {
		fmt.Fprintf(&b, `<Override PartName="%s" ContentType="%s"/>`, over[i], over[i+1])
	}
	b.WriteString(`</Types>`)
	return b.String()
}

// rel is one relationship; a Type without "://" is of the office
// document's relationship types.
type rel struct{ id, typ, target string }

func rels(rs ...rel) string {
	var b strings.Builder
	b.WriteString(xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for _, r := range rs {
		t := r.typ
		if !strings.Contains(t, "://") {
			t = relBase + t
		}
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="%s" Target="%s"/>`, r.id, t, esc(r.target))
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

func (p *pptx) presentationXML() string {
	var b strings.Builder
	b.WriteString(xmlHead + `<p:presentation xmlns:a="` + nsA + `" xmlns:r="` + nsR + `" xmlns:p="` + nsP + `" saveSubsetFonts="1">` +
		`<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>` +
		`<p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>`)
	for i := range p.slides {
		fmt.Fprintf(&b, `<p:sldId id="%d" r:id="rId%d"/>`, 256+i, 10+i)
	}
	typ := ""
	if p.cx*3 == p.cy*4 {
		typ = ` type="screen4x3"`
	}
	fmt.Fprintf(&b, `</p:sldIdLst><p:sldSz cx="%d" cy="%d"%s/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`, p.cx, p.cy, typ)
	return b.String()
}

func slideXML(shapes string) string {
	return xmlHead + `<p:sld xmlns:a="` + nsA + `" xmlns:r="` + nsR + `" xmlns:p="` + nsP + `" xmlns:mc="` + nsMC + `" xmlns:p14="` + nsP14 + `" mc:Ignorable="p14">` +
		`<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
		`<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>` +
		shapes + `</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`
}

func notesXML(text, lang string) string {
	return xmlHead + `<p:notes xmlns:a="` + nsA + `" xmlns:r="` + nsR + `" xmlns:p="` + nsP + `"><p:cSld><p:spTree>` +
		`<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>` +
		`<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>` +
		`<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>` +
		`<p:txBody><a:bodyPr/><a:lstStyle/>` + paragraphs(text, lang, textStyle{size: 1200}) + `</p:txBody></p:sp>` +
		`</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>`
}

func coreXML(title string) string {
	now := time.Now().UTC().Format("2006-01-02T15:04:05Z")
	return xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + esc(title) + `</dc:title><dc:creator>Pacer</dc:creator>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + now + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + now + `</dcterms:modified></cp:coreProperties>`
}

func appXML(slides int) string {
	return xmlHead + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Pacer</Application>` +
		fmt.Sprintf(`<Slides>%d</Slides><Notes>%d</Notes>`, slides, slides) + `</Properties>`
}
