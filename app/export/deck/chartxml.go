package deck

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// chartKind is the kind of a native chart.
type chartKind int

const (
	kindColumns chartKind = iota // clustered columns, one group a category
	kindLines                    // lines over the categories
	kindBars                     // horizontal bars, first category on top
)

// chartSpec is a native chart: its data, which its workbook holds too,
// and how it looks.
type chartSpec struct {
	kind       chartKind
	title      string
	categories []string
	series     []seriesSpec
	// numFmt writes the values on the axis and in labels ("#,##0", "#,##0%").
	numFmt string
	// percent says the values are a percent goal's per cents (8.5 for
	// 8.5 %), which the chart and its workbook hold as the fractions a
	// percent format shows (0.085), as the review workbook does.
	percent bool
	// labels writes each value at its bar.
	labels bool
	// everyLabel writes every category's label, however many.
	everyLabel bool
	// min and max bound the value axis where they are not NaN; both zero
	// leave it to the client.
	min, max float64
}

// seriesSpec is one series: its name, values (NaN leaves a gap), colour
// (RRGGBB) and, for lines, dashes and markers; pointColors colour bars
// one by one.
type seriesSpec struct {
	name        string
	values      []float64
	color       string
	dash        bool
	marker      bool
	pointColors []string
}

// sheetName is the embedded workbook's sheet the chart reads.
const sheetName = "Sheet1"

// build writes the chart part and its workbook.
func (c chartSpec) build(lang string) (chartDoc, error) {
	book, err := c.workbook()
	if err != nil {
		return chartDoc{}, err
	}
	return chartDoc{xml: []byte(c.xml(lang)), xlsx: book}, nil
}

// workbook is the chart's data as Excel has it: categories in column A
// from row 2, each series in a column of its own with its name in row 1.
// A missing value is an empty cell. The values carry the chart's number
// format and the columns are as wide as what they show, so that "Edit
// Data" shows ¥12,345,678,901.23 and 80% as the chart does, not
// 12345678901 and 0.8 in General, nor ##### in a narrow column.
func (c chartSpec) workbook() ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	row := []any{""}
	for _, s := range c.series {
		row = append(row, s.name)
	}
	if err := f.SetSheetRow(sheetName, "A1", &row); err != nil {
		return nil, fmt.Errorf("chart workbook: %w", err)
	}
	for i, cat := range c.categories {
		row := []any{cat}
		for _, s := range c.series {
			if v := valueAt(s.values, i); !math.IsNaN(v) {
				row = append(row, c.stored(v))
			} else {
				row = append(row, nil)
			}
		}
		if err := f.SetSheetRow(sheetName, fmt.Sprintf("A%d", i+2), &row); err != nil {
			return nil, fmt.Errorf("chart workbook: %w", err)
		}
	}
	if err := c.formatWorkbook(f); err != nil {
		return nil, fmt.Errorf("chart workbook: %w", err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, fmt.Errorf("chart workbook: %w", err)
	}
	return buf.Bytes(), nil
}

func valueAt(vs []float64, i int) float64 {
	if i >= len(vs) || math.IsInf(vs[i], 0) {
		return math.NaN()
	}
	return vs[i]
}

// xml is the chart part: the chart with its data cached, read from the
// embedded workbook when edited.
func (c chartSpec) xml(lang string) string {
	var b strings.Builder
	b.WriteString(xmlHead + `<c:chartSpace xmlns:c="` + nsC + `" xmlns:a="` + nsA + `" xmlns:r="` + nsR + `">` +
		`<c:date1904 val="0"/><c:lang val="` + lang + `"/><c:roundedCorners val="0"/><c:chart>`)
	if c.title != "" {
		b.WriteString(`<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>` + paragraphs(c.title, lang, textStyle{size: 1400, bold: true, color: "1A1A1A"}) +
			`</c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`)
	} else {
		b.WriteString(`<c:autoTitleDeleted val="1"/>`)
	}
	b.WriteString(`<c:plotArea><c:layout/>`)
	c.plot(&b)
	c.axes(&b)
	b.WriteString(`</c:plotArea>`)
	if len(c.series) > 1 {
		b.WriteString(`<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>`)
	}
	b.WriteString(`<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
		`<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
		`<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100"><a:solidFill><a:srgbClr val="404040"/></a:solidFill>` +
		`<a:latin typeface="` + latinFont + `"/><a:ea typeface="` + eaFont + `"/></a:defRPr></a:pPr><a:endParaRPr lang="` + lang + `"/></a:p></c:txPr>` +
		`<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`)
	return b.String()
}

const (
	catAxisID = 50010
	valAxisID = 50020
)

func (c chartSpec) plot(b *strings.Builder) {
	if c.kind == kindLines {
		b.WriteString(`<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>`)
	} else {
		dir := "col"
		if c.kind == kindBars {
			dir = "bar"
		}
		b.WriteString(`<c:barChart><c:barDir val="` + dir + `"/><c:grouping val="clustered"/><c:varyColors val="0"/>`)
	}
	for i, s := range c.series {
		c.seriesXML(b, i, s)
	}
	if c.kind == kindLines {
		b.WriteString(`<c:marker val="1"/>`)
	} else {
		b.WriteString(`<c:gapWidth val="60"/>`)
	}
	fmt.Fprintf(b, `<c:axId val="%d"/><c:axId val="%d"/>`, catAxisID, valAxisID)
	if c.kind == kindLines {
		b.WriteString(`</c:lineChart>`)
	} else {
		b.WriteString(`</c:barChart>`)
	}
}

func (c chartSpec) seriesXML(b *strings.Builder, i int, s seriesSpec) {
	col := excelizeColumn(i + 2)
	fmt.Fprintf(b, `<c:ser><c:idx val="%d"/><c:order val="%d"/><c:tx><c:strRef><c:f>%s!$%s$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>%s</c:v></c:pt></c:strCache></c:strRef></c:tx>`,
		i, i, sheetName, col, esc(s.name))
	fill := `<a:solidFill><a:srgbClr val="` + s.color + `"/></a:solidFill>`
	if c.kind == kindLines {
		dash := ""
		if s.dash {
			dash = `<a:prstDash val="dash"/>`
		}
		b.WriteString(`<c:spPr><a:ln w="31750" cap="rnd">` + fill + dash + `<a:round/></a:ln></c:spPr>`)
		if s.marker {
			b.WriteString(`<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>` + fill + `<a:ln>` + fill + `</a:ln></c:spPr></c:marker>`)
		} else {
			b.WriteString(`<c:marker><c:symbol val="none"/></c:marker>`)
		}
	} else {
		b.WriteString(`<c:spPr>` + fill + `</c:spPr><c:invertIfNegative val="0"/>`)
		for j, pc := range s.pointColors {
			fmt.Fprintf(b, `<c:dPt><c:idx val="%d"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="%s"/></a:solidFill></c:spPr></c:dPt>`, j, pc)
		}
		if c.labels {
			b.WriteString(`<c:dLbls><c:numFmt formatCode="` + esc(c.numFmt) + `" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
				`<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`)
		}
	}
	n := len(c.categories)
	fmt.Fprintf(b, `<c:cat><c:strRef><c:f>%s!$A$2:$A$%d</c:f><c:strCache><c:ptCount val="%d"/>`, sheetName, n+1, n)
	for j, cat := range c.categories {
		fmt.Fprintf(b, `<c:pt idx="%d"><c:v>%s</c:v></c:pt>`, j, esc(cat))
	}
	fmt.Fprintf(b, `</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>%s!$%s$2:$%s$%d</c:f><c:numCache><c:formatCode>%s</c:formatCode><c:ptCount val="%d"/>`,
		sheetName, col, col, n+1, esc(c.cacheFormat()), n)
	for j := range c.categories {
		if v := valueAt(s.values, j); !math.IsNaN(v) {
			fmt.Fprintf(b, `<c:pt idx="%d"><c:v>%s</c:v></c:pt>`, j, cacheNumber(c.stored(v)))
		}
	}
	b.WriteString(`</c:numCache></c:numRef></c:val>`)
	if c.kind == kindLines {
		b.WriteString(`<c:smooth val="0"/>`)
	}
	b.WriteString(`</c:ser>`)
}

func (c chartSpec) axes(b *strings.Builder) {
	catPos, valPos, orient, crosses := "b", "l", "minMax", "autoZero"
	if c.kind == kindBars {
		catPos, valPos, orient, crosses = "l", "b", "maxMin", "max"
	}
	skip := ""
	if c.everyLabel {
		skip = `<c:tickLblSkip val="1"/>`
	}
	line := `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>`
	fmt.Fprintf(b, `<c:catAx><c:axId val="%d"/><c:scaling><c:orientation val="%s"/></c:scaling><c:delete val="0"/><c:axPos val="%s"/>`+
		`<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>%s`+
		`%s<c:crossAx val="%d"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>%s<c:noMultiLvlLbl val="0"/></c:catAx>`,
		catAxisID, orient, catPos, line, c.categoryText(), valAxisID, skip)
	scaling := ""
	if c.min != 0 || c.max != 0 {
		if !math.IsNaN(c.max) {
			scaling += `<c:max val="` + strconv.FormatFloat(c.max, 'g', -1, 64) + `"/>`
		}
		if !math.IsNaN(c.min) {
			scaling += `<c:min val="` + strconv.FormatFloat(c.min, 'g', -1, 64) + `"/>`
		}
	}
	fmt.Fprintf(b, `<c:valAx><c:axId val="%d"/><c:scaling><c:orientation val="minMax"/>%s</c:scaling><c:delete val="0"/><c:axPos val="%s"/>`+
		`<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="E3E5E8"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>`+
		`<c:numFmt formatCode="%s" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>`+
		`<c:crossAx val="%d"/><c:crosses val="%s"/><c:crossBetween val="between"/></c:valAx>`,
		valAxisID, scaling, valPos, esc(c.numFmt), catAxisID, crosses)
}

// categoryText sets the category labels smaller when there are many.
func (c chartSpec) categoryText() string {
	if len(c.categories) <= 10 {
		return ""
	}
	return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`
}

// excelizeColumn is the letter name of a 1-based column.
func excelizeColumn(n int) string {
	name, err := excelize.ColumnNumberToName(n)
	if err != nil {
		return "A"
	}
	return name
}
