package views

import (
	"cmp"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// sourceText says in one line where a goal's imported actuals come from:
// "Imported actuals: 销售额(元) where 地区 = 北美 · from files shaped like
// 日期, 门店, 产品, 地区, 销售额(元), 新增客户".
func sourceText(src app.GoalSource) string {
	what := src.ValueColumn
	if len(src.Filter) > 0 {
		conds := make([]string, len(src.Filter))
		for i, c := range src.Filter {
			conds[i] = conditionText(c)
		}
		what = lang.L("{{.Column}} where {{.Filter}}", map[string]any{"Column": src.ValueColumn,
			"Filter": strings.Join(conds, lang.L(" and "))})
	}
	return lang.L("Imported actuals: {{.What}} · from files shaped like {{.Columns}}",
		map[string]any{"What": what, "Columns": strings.Join(src.Columns, lang.L(", "))})
}

// conditionText writes one condition: "地区 = 北美", "产品 in {A, B}",
// "渠道 ≠ 线上", "渠道 not in {线上, 批发}".
func conditionText(c app.SourceCondition) string {
	set := "{" + strings.Join(c.Values, lang.L(", ")) + "}"
	args := map[string]any{"Column": c.Column, "Values": set}
	switch {
	case c.Op == "=" || c.Op == "in" && len(c.Values) == 1:
		return c.Column + " = " + c.Values[0]
	case c.Op == "≠" && len(c.Values) == 1:
		return c.Column + " ≠ " + c.Values[0]
	case c.Op == "≠":
		return lang.L("{{.Column}} not in {{.Values}}", args)
	}
	return lang.L("{{.Column}} in {{.Values}}", args)
}

// sourceLine is the goal detail's line saying where the goal's actuals
// come from, nil when no import saved a source for it.
func (d *goalDetail) sourceLine() fyne.CanvasObject {
	src, ok, err := d.ui.store.GoalSource(d.ui.context(), d.pace.Goal.ID)
	if err != nil {
		d.ui.showError(err)
	}
	if !ok {
		return nil
	}
	l := widget.NewLabel(sourceText(src))
	l.Wrapping = fyne.TextWrapWord
	return l
}

// maxBreakdownValues is how many values a breakdown line names.
const maxBreakdownValues = 5

// breakdownLines say, one line a dimension of several values, what each value made of the
// latest check-in period with a breakdown, largest first: "Apr 2023 by
// 产品: A CN¥31,930 (52%), B CN¥28,840 (48%)".
func breakdownLines(g app.Goal, ds []app.DimensionValue) []string {
	latest := ""
	for _, d := range ds {
		if !d.History && d.PeriodKey > latest {
			latest = d.PeriodKey
		}
	}
	byDim := map[string][]app.DimensionValue{}
	var dims []string
	for _, d := range ds {
		if d.History || d.PeriodKey != latest {
			continue
		}
		if byDim[d.Dimension] == nil {
			dims = append(dims, d.Dimension)
		}
		byDim[d.Dimension] = append(byDim[d.Dimension], d)
	}
	lines := make([]string, 0, len(dims))
	for _, dim := range dims {
		if len(byDim[dim]) < 2 { // a goal of one region says nothing by region
			continue
		}
		lines = append(lines, lang.L("{{.Period}} by {{.Dimension}}: {{.Values}}", map[string]any{
			"Period": periodKeyName(latest), "Dimension": dim, "Values": breakdownValues(g, byDim[dim])}))
	}
	return lines
}

// breakdownValues names a dimension's values, largest first, each with its
// part of their total.
func breakdownValues(g app.Goal, vs []app.DimensionValue) string {
	slices.SortStableFunc(vs, func(a, b app.DimensionValue) int { return cmp.Compare(b.Amount, a.Amount) })
	var total float64
	for _, v := range vs {
		total += v.Amount
	}
	parts := make([]string, 0, maxBreakdownValues+1)
	for i, v := range vs {
		if i == maxBreakdownValues {
			parts = append(parts, lang.L("{{.N}} more", map[string]any{"N": countText(len(vs) - i)}))
			break
		}
		part := dimensionValueName(v.Value, v.Unsplit) + " " + app.FormatValue(v.Amount, g.Decimals, g.Unit, g.UnitLabel)
		if total != 0 {
			part += " (" + app.FormatValue(v.Amount/total*100, 0, app.UnitPercent, "") + ")"
		}
		parts = append(parts, part)
	}
	return strings.Join(parts, lang.L(", "))
}

// dimensionValueName is a dimension value as the user reads it: the
// unsplit part (typed by hand, not imported by value) in their language.
func dimensionValueName(value string, unsplit bool) string {
	switch {
	case unsplit:
		return lang.L("Other (unsplit)")
	case strings.TrimSpace(value) == "":
		// Rows whose cell of the dimension was left empty.
		return lang.L("(blank)")
	}
	return value
}

// breakdownLabel is the goal detail's breakdown of its latest period, one
// line a dimension, nil when the goal has none. A line wraps rather than
// ending in an ellipsis: Fyne cut a line of Chinese and Latin text where
// its parts measured short of the whole, and the end ran past the window.
func (d *goalDetail) breakdownLabel() fyne.CanvasObject {
	lines := breakdownLines(d.pace.Goal, d.breakdown)
	if len(lines) == 0 {
		return nil
	}
	box := container.NewVBox()
	for _, line := range lines {
		l := widget.NewLabel(line)
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	return box
}
