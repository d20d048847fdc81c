package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"pacer/app"
)

// contributorWords are the words of the contributors tables: what each
// value of a dimension (产品) did to a goal's gap.
var contributorWords = []string{"Where the gap comes from", "Goal", "Period", "Dimension", "Value", "Expected", "Actual", "Gap",
	"Share of the gap", "Expected by", "Last year's share of plan", "This period's share of plan", "Own plan", app.UnsplitLabel, BlankValue}

// BlankValue names, in English (the translation key), the value of the
// rows whose cell of a dimension was empty.
const BlankValue = "(blank)"

// contributorHeaders head the contributors table's columns, in English.
var contributorHeaders = []string{"Goal", "Period", "Dimension", "Value", "Expected", "Actual", "Gap", "Share of the gap", "Expected by"}

// contributorLine is one line of the contributors table: a value of a
// dimension of a goal, with its cells in the order of contributorHeaders.
type contributorLine struct {
	goal  app.Goal
	cells []app.TableCell
}

// contributorLines are the lines of the contributors table of t's rows, in
// their order, each goal's dimensions in order and their values as
// app.ReviewContributors sorts them; words translated by tr.
func contributorLines(t app.ReviewTable, cs map[int64][]app.GapContributors, tr Translator) []contributorLine {
	var out []contributorLine
	for _, r := range t.Rows {
		period := t.Cell(app.ColumnPeriod, r)
		for _, gc := range cs[r.Goal.ID] {
			basis := tr.word("This period's share of plan")
			if gc.LastYear {
				basis = tr.word("Last year's share of plan")
			}
			for _, c := range gc.Values {
				basis := basis
				if c.Planned {
					basis = tr.word("Own plan")
				}
				out = append(out, contributorLine{r.Goal, []app.TableCell{
					{Kind: app.CellText, Text: r.Goal.Title}, period, {Kind: app.CellText, Text: gc.Dimension},
					{Kind: app.CellText, Text: ContributorName(c, tr)},
					{Kind: app.CellValue, Value: c.Expected}, {Kind: app.CellValue, Value: c.Actual},
					{Kind: app.CellDelta, Value: c.Gap}, shareCell(c),
					{Kind: app.CellText, Text: basis}}})
			}
		}
	}
	return out
}

// shareCell is a value's share of the gaps on its goal's side of plan,
// empty for a value on the other side (over plan while the goal is
// short), whose share would mean nothing (app.Contribution.Share).
func shareCell(c app.Contribution) app.TableCell {
	if c.Share == 0 {
		return app.TableCell{Kind: app.CellEmpty}
	}
	return app.TableCell{Kind: app.CellRel, Value: c.Share}
}

// shareText is shareCell as the report writes it: "73%", or nothing.
func shareText(c app.Contribution) string {
	if c.Share == 0 {
		return ""
	}
	return app.FormatValue(app.Percent(c.Share), 0, app.UnitPercent, "")
}

// ContributorName is a value of a dimension as the exports write it: the
// unsplit part (typed by hand) translated by tr.
func ContributorName(c app.Contribution, tr Translator) string {
	switch {
	case c.Unsplit:
		return tr.word(app.UnsplitLabel)
	case strings.TrimSpace(c.Value) == "":
		// Rows whose cell of the dimension was left empty.
		return tr.word(BlankValue)
	}
	return c.Value
}

// contributorHeaderWords are the contributors table's headers translated.
func contributorHeaderWords(tr Translator) []string {
	out := make([]string, len(contributorHeaders))
	for i, h := range contributorHeaders {
		out[i] = tr.word(h)
	}
	return out
}

// WriteContributorsCSV writes, for the goals of t's rows with a breakdown
// (cs, by goal ID), what each value of each dimension did to the goal's
// gap: goal, period, dimension, value, its expected part of plan, actual,
// gap, share of the goal's gap in percent and how the expected part was
// worked out; as WriteReviewCSV writes its table (UTF-8 with a BOM, CRLF,
// plain numbers, each value's gaps adding up to the goal's variance).
// Words are translated by tr. With no breakdown it writes the headers
// only.
func WriteContributorsCSV(w io.Writer, t app.ReviewTable, cs map[int64][]app.GapContributors, tr Translator) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return fmt.Errorf("write contributors csv: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(contributorHeaderWords(tr)); err != nil {
		return fmt.Errorf("write contributors csv: %w", err)
	}
	for _, l := range contributorLines(t, cs, tr) {
		record := make([]string, len(l.cells))
		for i, c := range l.cells {
			record[i] = csvField(c, l.goal)
		}
		if err := cw.Write(record); err != nil {
			return fmt.Errorf("write contributors csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write contributors csv: %w", err)
	}
	return nil
}

// HasContributors reports whether any goal of cs has a breakdown to show.
func HasContributors(cs map[int64][]app.GapContributors) bool {
	for _, gcs := range cs {
		if len(gcs) > 0 {
			return true
		}
	}
	return false
}

// contributorsView is one dimension's contributors table as the report's
// template shows it.
type contributorsView struct {
	Headers []reportCell
	Rows    [][]reportCell
	Basis   string
}

// contributorViews are the report's tables of a goal's gap by dimension:
// each value's expected part of plan, actual, gap and share of the gap.
func contributorViews(gcs []app.GapContributors, g app.Goal, tr Translator) []contributorsView {
	var out []contributorsView
	for _, gc := range gcs {
		v := contributorsView{Headers: []reportCell{{Text: gc.Dimension}, {Text: tr.word("Expected"), Num: true},
			{Text: tr.word("Actual"), Num: true}, {Text: tr.word("Gap"), Num: true}, {Text: tr.word("Share of the gap"), Num: true}}}
		share := tr.word("This period's share of plan")
		if gc.LastYear {
			share = tr.word("Last year's share of plan")
		}
		if gc.Planned {
			share = tr.word("Own plan") + " / " + share
		}
		v.Basis = tr.word("Expected by") + ": " + share
		for _, c := range gc.Values {
			v.Rows = append(v.Rows, []reportCell{{Text: ContributorName(c, tr)},
				{Text: ReadableCell(app.TableCell{Kind: app.CellValue, Value: c.Expected}, g, ""), Num: true},
				{Text: ReadableCell(app.TableCell{Kind: app.CellValue, Value: c.Actual}, g, ""), Num: true},
				{Text: ReadableCell(app.TableCell{Kind: app.CellDelta, Value: c.Gap}, g, ""), Num: true},
				{Text: shareText(c), Num: true}})
		}
		out = append(out, v)
	}
	return out
}
