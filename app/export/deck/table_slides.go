package deck

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"pacer/app"
	"pacer/app/chart"
	"pacer/app/export"
)

// Styles of table cells.
var (
	headStyle = textStyle{size: 1100, bold: true, color: "1A1A1A"}
	cellStyle = textStyle{size: 1100, color: "1A1A1A"}
)

const headFill = "EEF0F3"

// varianceSlide shows the variance table's rows from `from` as a native
// table: numbers right-aligned, gaps behind plan in red, percent goals'
// gaps in points, each status in its colour.
func (b *builder) varianceSlide(from int) {
	t := b.in.Table
	rows := t.Rows[from:min(from+tableRowsPerSlide, len(t.Rows))]
	s := b.newSlide(pageTitle(b.w.T("Variance table"), from, tableRowsPerSlide, len(t.Rows)))
	area := body(b.d.cx, b.d.cy)
	var widths []float64
	head := []cell{}
	for i, c := range b.cols {
		st := headStyle
		st.size = b.tableFont()
		widths = append(widths, 1)
		switch {
		case c == app.ColumnGoal:
			widths[i] = 3.2
		case c == app.ColumnStatus:
			widths[i] = 1.4
		case c == app.ColumnUnit:
			widths[i] = 0.8
		case export.NumericColumn(c):
			st.align = "r"
			widths[i] = 1.5
			if gapColumn(c) {
				widths[i] = 1.8 // bold, signed, in points
			}
		}
		head = append(head, cell{text: t.Headers[i], st: st, fill: headFill})
	}
	table := [][]cell{head}
	var notes []string
	for _, r := range rows {
		table = append(table, b.varianceRow(r))
		notes = append(notes, b.sentence(b.figures(r)))
	}
	rowH := min(area.h/int64(len(table)), b.d.cy/14)
	s.addTable(b.d, rect{area.x, area.y, area.w, area.h}, widths, table, rowH)
	s.notes = strings.Join(notes, "\n")
}

// tableFont is the variance table's type size: smaller on 4:3 slides,
// where nine columns have less room.
func (b *builder) tableFont() int {
	if b.d.cx < 10000000 {
		return 850
	}
	return 1100
}

func (b *builder) varianceRow(r app.ReviewRow) []cell {
	t := b.in.Table
	var row []cell
	for _, c := range b.cols {
		st := cellStyle
		st.size = b.tableFont()
		if export.NumericColumn(c) {
			st.align = "r"
		}
		if gapColumn(c) && behindPlan(r) {
			st.color, st.bold = colorGap, true
		}
		if c == app.ColumnStatus {
			st.color, st.bold = statusColor(r.Status), true
		}
		// A word joiner keeps a minus sign on the line of its number.
		text := strings.ReplaceAll(export.ReadableCell(t.Cell(c, r), r.Goal, t.PointsUnit), "−", "−\u2060")
		row = append(row, cell{text: text, st: st})
	}
	return row
}

// gapSlide shows a goal's gap analysis: the cause with its category, the
// team's feedback, and the measures with owners and deadlines; beside them
// the goal's charts by dimension, when it has a breakdown.
func (b *builder) gapSlide(r app.ReviewRow, rv app.Review) error {
	sep := ": "
	if b.d.lang == "zh-CN" {
		sep = "："
	}
	s := b.newSlide(b.w.T("Gap analysis") + sep + r.Goal.Title)
	area, charts := gapAreas(body(b.d.cx, b.d.cy), len(b.in.Charts.Goals[r.Goal.ID].Contributors))
	label := textStyle{size: 1400, bold: true, color: colorMuted}
	text := textStyle{size: 1600}
	var ps []para
	var notes []string
	addFact := func(name, value string) {
		if strings.TrimSpace(value) == "" {
			return
		}
		ps = append(ps, para{space: true, runs: []run{{name, label}}}, para{runs: []run{{value, text}}})
		notes = append(notes, name+": "+value)
	}
	addFact(b.w.T("Cause category"), b.w.Cause(rv.CauseCategory))
	addFact(b.w.T("Cause"), rv.CauseText)
	addFact(b.w.T("Team feedback"), rv.TeamFeedback)
	notes = append([]string{b.sentence(b.figures(r))}, notes...)
	chartNotes, err := b.addContributorCharts(s, r.Goal.ID, charts)
	if err != nil {
		return err
	}
	notes = append(notes, chartNotes...)
	textH := area.h * 45 / 100
	s.addText(b.d, rect{area.x, area.y, area.w, textH}, ps, "", "", "t")
	tableTop := area.y + textH + area.h/30
	if len(rv.Measures) == 0 {
		s.addText(b.d, rect{area.x, tableTop, area.w, area.h / 10}, []para{{runs: []run{{b.w.T("No improvement measures recorded."), textStyle{size: 1400, color: colorMuted}}}}}, "", "", "t")
		s.notes = strings.Join(notes, "\n")
		return nil
	}
	table := [][]cell{b.headRow("Measure", "Owner", "Deadline", "Done")}
	for _, m := range rv.Measures {
		table = append(table, b.measureRow(m))
		notes = append(notes, strings.Join(app.NonEmpty(m.Text, m.Owner, export.DateText(m.Due, b.date)), ", "))
	}
	rowH := min((area.y+area.h-tableTop)/int64(len(table)), b.d.cy/14)
	s.addTable(b.d, rect{area.x, tableTop, area.w, 0}, []float64{4, 1.4, 1.2, 0.6}, table, rowH)
	s.notes = strings.Join(notes, "\n")
	return nil
}

func (b *builder) measureRow(m app.Measure) []cell {
	done := ""
	if m.Completed() {
		done = "✓"
	}
	return []cell{{text: m.Text, st: cellStyle}, {text: m.Owner, st: cellStyle}, {text: export.DateText(m.Due, b.date), st: cellStyle},
		{text: done, st: textStyle{size: 1200, bold: true, color: colorGood, align: "ctr"}}}
}

// headRow is a table's header row of the words ws, translated.
func (b *builder) headRow(ws ...string) []cell {
	var head []cell
	for _, w := range ws {
		head = append(head, cell{text: b.w.T(w), st: headStyle, fill: headFill})
	}
	return head
}

// actionsSlide lists the open action plans from `from`: problem,
// strategy, owner, status, dates and goals.
func (b *builder) actionsSlide(open []app.ActionPlan, from int) {
	s := b.newSlide(pageTitle(b.w.T("Open action plans"), from, actionRowsPerSlide, len(open)))
	area := body(b.d.cx, b.d.cy)
	if len(open) == 0 {
		none := b.w.T("No open action plan for these goals.")
		s.addText(b.d, rect{area.x, area.y, area.w, area.h / 6}, []para{{runs: []run{{none, textStyle{size: 1800, color: colorMuted}}}}}, "", "", "t")
		s.notes = none
		return
	}
	titles := map[int64]string{}
	for _, r := range b.in.Table.Rows {
		titles[r.Goal.ID] = r.Goal.Title
	}
	table := [][]cell{b.headRow("Problem", "Strategy", "Owner", "Status", "Start – due", "Goals")}
	var notes []string
	for _, a := range open[from:min(from+actionRowsPerSlide, len(open))] {
		var goals []string
		for _, id := range a.GoalIDs {
			if t, ok := titles[id]; ok {
				goals = append(goals, t)
			}
		}
		status, span := b.w.T(a.Status.Label()), export.DateSpan(a.Start, a.Due, b.date)
		row := []cell{{text: a.Problem, st: cellStyle}, {text: a.Strategy, st: cellStyle}, {text: a.Owner, st: cellStyle},
			{text: status, st: cellStyle}, {text: span, st: cellStyle}, {text: strings.Join(goals, "\n"), st: cellStyle}}
		table = append(table, row)
		notes = append(notes, strings.Join(app.NonEmpty(a.Problem, a.Strategy, a.Owner, status, span), "; "))
	}
	rowH := min(area.h/int64(len(table)), b.d.cy/9)
	s.addTable(b.d, rect{area.x, area.y, area.w, 0}, []float64{2.2, 2.6, 1, 1, 1.4, 1.6}, table, rowH)
	s.notes = strings.Join(notes, "\n")
}

// shortLabels are the items' labels as bar categories: each goal's short
// name (app.ShortName), the full label where two would read the same. A
// chart program draws a category's label on one line beside its bar, and
// a long Chinese title, which it cannot break at a space, left the bars
// less than half the slide; the notes keep the full titles.
func shortLabels(items []chart.PortfolioItem) []string {
	labels := make([]string, len(items))
	seen := map[string]int{}
	for i, it := range items {
		labels[i] = app.ShortName(it.Label)
		seen[labels[i]]++
	}
	for i, it := range items {
		if seen[labels[i]] > 1 || labels[i] == "" {
			labels[i] = it.Label
		}
	}
	return labels
}

// attainmentSlide shows every goal's attainment of plan as horizontal
// bars in the status colours, worst first as the app's chart has them.
func (b *builder) attainmentSlide() error {
	in := *b.in.Charts.Portfolio
	s := b.newSlide(orWord(in.Title, b.w.T("Attainment of plan")))
	area := body(b.d.cx, b.d.cy)
	items := slices.Clone(in.Items)
	slices.SortStableFunc(items, func(x, y chart.PortfolioItem) int {
		switch {
		case x.OK != y.OK:
			if x.OK {
				return -1
			}
			return 1
		case x.Attainment < y.Attainment:
			return -1
		case x.Attainment > y.Attainment:
			return 1
		}
		return 0
	})
	// Per cents grouped by thousands as FormatFraction writes them in the
	// notes and the app's chart: a goal at 24 times its plan is 2,400%.
	spec := chartSpec{kind: kindBars, numFmt: "#,##0%", labels: true, min: 0, max: 1.2, everyLabel: true}
	ser := seriesSpec{name: b.w.T("Attainment of plan"), color: colorGood}
	var notes []string
	spec.categories = shortLabels(items)
	for _, it := range items {
		value, v := "—", it.Attainment
		if it.OK {
			value = app.FormatFraction(it.Attainment, 0)
		}
		// Behind its starting point a goal has no share of the plan done:
		// its bar stays at 0 and the notes say so, as the app's chart does.
		if it.OK && v < 0 && strings.TrimSpace(in.BelowStartLabel) != "" {
			value, v = in.BelowStartLabel, 0
		}
		ser.values = append(ser.values, nanOr(v, it.OK))
		if it.OK && v > 1.1 {
			spec.max = math.NaN() // the client picks a scale for them all
		}
		ser.pointColors = append(ser.pointColors, statusColor(it.Status))
		notes = append(notes, fmt.Sprintf("%s: %s (%s)", it.Label, value, export.StatusWord(b.in.Table, b.w, it.Status)))
	}
	spec.series = []seriesSpec{ser}
	s.notes = strings.Join(notes, "\n")
	return b.addNativeChart(s, area, spec, "attainment")
}
