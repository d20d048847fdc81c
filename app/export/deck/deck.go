// Package deck writes a review as a PowerPoint deck (.pptx): a title
// slide, a summary by status, a slide per goal with its plan and actual
// and its cumulative chart, the variance table as a native table, a slide
// per gap analysis, the open action plans and the attainment of every
// goal. Charts are native PowerPoint charts (DrawingML chart parts whose
// data sits in an embedded workbook, so they can be restyled and their
// numbers fixed in PowerPoint or WPS), each with a picture drawn by
// pacer/app/chart for clients that cannot draw charts. Every slide has
// speaker notes with its figures in words.
//
// No maintained Go library served by the module proxy writes native
// charts into slides, so the package writes the Office Open XML parts
// itself with archive/zip; the workbooks are written with excelize.
package deck

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"pacer/app"
	"pacer/app/chart"
	"pacer/app/export"
)

// Aspect is the slides' shape.
type Aspect int

// The slide shapes: 16:9 (13.33 × 7.5 in) and 4:3 (10 × 7.5 in).
const (
	Wide Aspect = iota
	Standard
)

// Input is what Write writes: one review period's variance table with
// its gap analyses, the action plans and the charts' inputs, with the
// translator of its words, as the HTML review report takes them.
type Input struct {
	// Lang is the language tag of the text: "en" or "zh-Hans"; empty is "en".
	Lang   string
	Aspect Aspect
	// Title heads the title slide ("Review of Q1 2023"); Subtitle names
	// the business; Generated says when ("Generated on 2023-05-20").
	Title, Subtitle, Generated string
	// Table is the variance table (see export.ReportInput.Table): its
	// columns and headers make the variance slide (leave ColumnCause and
	// ColumnMeasures out: each gap analysis has a slide), its rows the
	// goal slides and its Reviews the gap analysis slides.
	Table app.ReviewTable
	// Actions are the action plans; those planned or in progress and
	// linked to a goal of the table are listed.
	Actions []app.ActionPlan
	Charts  Charts
	// Translate translates the deck's words, the HTML report's English
	// ones ("Gap analysis"), those export.Words lists for the deck ("Open
	// action plans") and app's labels (Status.Label…); nil keeps them in
	// English.
	Translate export.Translator
	// Sentence writes a goal's figures for the speaker notes; nil is
	// DefaultSentence.
	Sentence func(Figures) string
	// FormatDate writes a date; nil writes 2006-01-02.
	FormatDate func(app.Date) string
	// Progress, when set, is told after each slide how many are done.
	Progress func(done, total int)
}

// Charts are the chart inputs of the deck, as the review screen makes
// them; nil ones are left out.
type Charts struct {
	// Portfolio is every goal's attainment of plan.
	Portfolio *chart.PortfolioInput
	// Goals are each goal's charts, by goal ID.
	Goals map[int64]GoalCharts
	// Font draws the charts' pictures (chart.ParseFont); nil is go-chart's
	// Roboto, which has no Chinese.
	Font *chart.Font
}

// GoalCharts are one goal's charts.
type GoalCharts struct {
	PlanActual *chart.BarsInput
	Cumulative *chart.CumulativeInput
	// Contributors are the goal's gap by each dimension's values, shown
	// on its gap analysis slide (which they give the goal without one).
	Contributors []chart.ContributorsInput
}

// Write writes in as a .pptx package to w.
func Write(w io.Writer, in Input) error {
	d, err := build(in)
	if err != nil {
		return fmt.Errorf("write deck: %w", err)
	}
	if err := d.write(w); err != nil {
		return fmt.Errorf("write deck: %w", err)
	}
	return nil
}

// WriteFile writes in to path through a temporary file beside it, renamed
// into place once complete: a failed write leaves nothing behind, and an
// existing file at path is replaced only by a whole deck.
func WriteFile(path string, in Input) error {
	var buf bytes.Buffer
	if err := Write(&buf, in); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".pacer-deck-*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	// CreateTemp makes the file 0600; a deck is shared as any other file.
	err = tmp.Chmod(export.NewFileMode())
	if err == nil {
		_, err = tmp.Write(buf.Bytes())
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// runLang is the language of the runs of text: en-US or zh-CN.
func runLang(tag string) string {
	if strings.HasPrefix(strings.ToLower(tag), "zh") {
		return "zh-CN"
	}
	return "en-US"
}

// size is the slide size in EMU.
func (a Aspect) size() (cx, cy int64) {
	if a == Standard {
		return 9144000, 6858000
	}
	return 12192000, 6858000
}

// margin is the space around the slide's content.
func margin(cx int64) int64 { return cx * 4 / 100 }

// titleBox is the place of a slide's title.
func titleBox(cx, cy int64) (x, y, w, h int64) {
	m := margin(cx)
	return m, cy * 3 / 100, cx - 2*m, cy * 12 / 100
}

// body is the place under the title.
func body(cx, cy int64) rect {
	m := margin(cx)
	top := cy * 17 / 100
	return rect{m, top, cx - 2*m, cy*95/100 - top}
}
