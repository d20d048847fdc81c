package views

import (
	"context"
	"math"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// breakdownReader reads a goal's stored breakdown by dimension.
type breakdownReader interface {
	Breakdown(ctx context.Context, goalID int64) ([]app.DimensionValue, error)
	DimensionPlans(ctx context.Context, goalID int64) ([]app.DimensionPlan, error)
}

// maxTableValues is how many values a dimension's table lists before it
// folds the rest into one line, as the chart folds past its eighth.
const maxTableValues = 10

// foldedValues are the values the table lists: all of them when all is
// true or when they are few, else the first maxTableValues−1 and one line
// adding up the rest ("41 others"), in units of the goal's last decimal,
// so that the lines' gaps still add up to the goal's variance.
func foldedValues(g app.Goal, values []app.Contribution, all bool) []app.Contribution {
	if all || len(values) <= maxTableValues {
		return values
	}
	scale := math.Pow10(app.Decimals(g))
	u := func(v float64) int64 { return int64(math.Round(v * scale)) }
	out := slices.Clone(values[:maxTableValues-1])
	var expected, actual, gap int64
	var share float64
	rest := values[maxTableValues-1:]
	for _, c := range rest {
		expected, actual, gap, share = expected+u(c.Expected), actual+u(c.Actual), gap+u(c.Gap), share+c.Share
	}
	return append(out, app.Contribution{Value: othersText(len(rest)),
		Expected: float64(expected) / scale, Actual: float64(actual) / scale, Gap: float64(gap) / scale, Share: share})
}

// maxCauseValues is how many values "Use as cause" names at most.
const maxCauseValues = 3

// rowContributors are what each value of each dimension of r's goal did
// to r's gap, from the goal's stored breakdown.
func rowContributors(ui shell, store breakdownReader, r app.ReviewRow) ([]app.GapContributors, error) {
	if r.Goal.Aggregation != app.AggFlow || !r.HasActual || !r.HasExpected {
		return nil, nil
	}
	ds, err := store.Breakdown(ui.context(), r.Goal.ID)
	if err != nil || len(ds) == 0 {
		return nil, err
	}
	plans, err := store.DimensionPlans(ui.context(), r.Goal.ID)
	if err != nil {
		return nil, err
	}
	return app.ReviewContributors(ui.calendar(), r, ds, plans), nil
}

// expectedBasis says how a dimension's expected amounts were worked out.
func expectedBasis(gc app.GapContributors) string {
	switch {
	case gc.Planned && gc.LastYear:
		return lang.L("Expected: a value's own plan where it has one; the rest of the plan shared by the other values' shares of the same period last year.")
	case gc.Planned:
		return lang.L("Expected: a value's own plan where it has one; the rest of the plan shared by the other values' shares of this period.")
	case gc.LastYear:
		return lang.L("Expected: each value's share of the plan by its share of the same period last year.")
	}
	return lang.L("Expected: each value's share of the plan by its share of this period (no breakdown last year).")
}

// contributorAmount writes an amount in the goal's unit, signed with a
// true minus or a plus when signed.
func contributorAmount(g app.Goal, v float64, signed bool) string {
	s := app.FormatValue(v, app.Decimals(g), g.Unit, g.UnitLabel)
	if rest, neg := strings.CutPrefix(s, "-"); neg {
		return "−" + rest // a negative expected amount (plans by value over plan) too
	}
	if v > 0 && signed {
		return "+" + s
	}
	return s
}

// contributorShare writes a value's part of the gap: "73% of the
// shortfall" when the goal is short of plan, "20% of the excess" when over.
func contributorShare(c app.Contribution, total float64) string {
	pct := shareText(c.Share)
	if total > 0 {
		return lang.L("{{.Share}} of the excess", map[string]any{"Share": pct})
	}
	return lang.L("{{.Share}} of the shortfall", map[string]any{"Share": pct})
}

// shareText writes a part of the gap as a percentage: "73%"; nothing for
// a value on the other side of plan than the goal, which has no share.
func shareText(share float64) string {
	if share == 0 {
		return ""
	}
	return app.FormatValue(app.Percent(share), 0, app.UnitPercent, "")
}

// sideSums are the gaps of the values short of what they were expected to
// bring, added up, and those of the values over it.
func sideSums(g app.Goal, values []app.Contribution) (short, over float64) {
	dec := app.Decimals(g)
	var s, o int64
	for _, c := range values {
		u := int64(math.Round(c.Gap * math.Pow10(dec)))
		if u < 0 {
			s += u
		} else {
			o += u
		}
	}
	return float64(s) / math.Pow10(dec), float64(o) / math.Pow10(dec)
}

// sidesNote says, when some values were short and others over, what each
// side made together and which the shares are of; "" otherwise.
func sidesNote(g app.Goal, values []app.Contribution, total float64) string {
	short, over := sideSums(g, values)
	if short == 0 || over == 0 || total == 0 {
		return ""
	}
	args := map[string]any{"Short": contributorAmount(g, -short, false), "Over": contributorAmount(g, over, false)}
	if total < 0 {
		return lang.L("The values short of what they were expected to bring missed {{.Short}} together, those over it brought {{.Over}} more: the shares are of the {{.Short}}.", args)
	}
	return lang.L("The values over what they were expected to bring beat it by {{.Over}} together, those short of it missed {{.Short}}: the shares are of the {{.Over}}.", args)
}

// contributorsCause is the cause sentence of a dimension's top
// contributors: "产品 B short by CN¥1,450,000 (73% of the shortfall)",
// several joined; "" when no value made the gap.
func contributorsCause(g app.Goal, gc app.GapContributors, total float64) string {
	var parts []string
	for _, c := range app.TopContributors(gc.Values, maxCauseValues) {
		args := map[string]any{"Value": contributorName(gc.Dimension, c),
			"Amount": contributorAmount(g, math.Abs(c.Gap), false), "Share": contributorShare(c, total)}
		if c.Gap < 0 {
			parts = append(parts, lang.L("{{.Value}} short by {{.Amount}} ({{.Share}})", args))
		} else {
			parts = append(parts, lang.L("{{.Value}} over by {{.Amount}} ({{.Share}})", args))
		}
	}
	if len(parts) > 0 {
		if c, ok := farthestOtherWay(gc.Values, total); ok {
			args := map[string]any{"Value": contributorName(gc.Dimension, c), "Amount": contributorAmount(g, math.Abs(c.Gap), false)}
			if c.Gap > 0 {
				parts = append(parts, lang.L("{{.Value}} over plan by {{.Amount}}", args))
			} else {
				parts = append(parts, lang.L("{{.Value}} short of plan by {{.Amount}}", args))
			}
		}
	}
	return strings.Join(parts, lang.L("; "))
}

// farthestOtherWay is the value that went farthest the other way from the
// goal's gap total (over plan while the goal is short): the cause names
// it, since the shares say nothing of it.
func farthestOtherWay(values []app.Contribution, total float64) (app.Contribution, bool) {
	var out app.Contribution
	ok := false
	for _, c := range values {
		if c.Gap*total < 0 && (!ok || math.Abs(c.Gap) > math.Abs(out.Gap)) {
			out, ok = c, true
		}
	}
	return out, ok
}

// contributorName names a value with its dimension unless it says it
// already: "产品 B", "产品B", "地区 北美"; the unsplit part in the
// interface's language.
func contributorName(dim string, c app.Contribution) string {
	switch {
	case c.Unsplit || strings.TrimSpace(c.Value) == "":
		return dimensionValueName(c.Value, c.Unsplit)
	case strings.Contains(c.Value, dim):
		return c.Value
	}
	return dim + " " + c.Value
}

// contributorValue is a value as the table and chart name it.
func contributorValue(c app.Contribution) string {
	return dimensionValueName(c.Value, c.Unsplit)
}

// rowGap is r's gap in the goal's unit, as the contributors share it.
func rowGap(r app.ReviewRow) float64 {
	return r.VsPlan.Abs
}

// showContributors shows gcs, what made r's gap by dimension, above the
// cause, or nothing for a goal without a breakdown of the period (none).
func (e *gapEditor) showContributors(r app.ReviewRow, gcs []app.GapContributors) {
	e.contrib.Objects = nil
	e.contribRow = r
	e.contributors = gcs
	e.useCause = nil
	if len(gcs) > 0 {
		title := widget.NewLabelWithStyle(lang.L("Where the gap comes from"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		e.contrib.Add(title)
	}
	for _, gc := range gcs {
		e.contrib.Add(e.contributorsBlock(r, gc))
	}
	e.contrib.Refresh()
}

// contributorsBlock is one dimension's table, the basis of its expected
// amounts and its buttons. Each value's name has a line of its own, its
// figures the line under it in columns shared by every value, so that
// long names wrap and the figures still fit the pane of a 1024 px window.
func (e *gapEditor) contributorsBlock(r app.ReviewRow, gc app.GapContributors) fyne.CanvasObject {
	g, total := r.Goal, rowGap(r)
	cols := newColumns(420, 1.3, 1.3, 1.3, 0.7)
	head := widget.NewLabelWithStyle(gc.Dimension, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	list := container.NewVBox()
	var fill func(all bool)
	fill = func(all bool) {
		list.Objects = nil
		values := foldedValues(g, gc.Values, all)
		for _, c := range values {
			name := widget.NewLabel(contributorValue(c))
			name.Wrapping = fyne.TextWrapWord
			list.Add(name)
			list.Add(container.New(cols(), numberCell(contributorAmount(g, c.Expected, false)), numberCell(contributorAmount(g, c.Actual, false)),
				numberCell(contributorAmount(g, c.Gap, true)), numberCell(shareText(c.Share))))
		}
		if len(values) < len(gc.Values) {
			list.Add(container.NewHBox(widget.NewButton(lang.L("Show all {{.N}} values", map[string]any{"N": len(gc.Values)}), func() { fill(true) })))
		}
		list.Refresh()
	}
	fill(false)
	rows := container.NewVBox(head, container.New(cols(), numberHeader(lang.L("Expected")), numberHeader(lang.L("Actual")),
		numberHeader(lang.L("Gap")), numberHeader(lang.L("Share"))), list)
	basis := widget.NewLabel(expectedBasis(gc))
	basis.Wrapping = fyne.TextWrapWord
	basis.Importance = widget.LowImportance
	cause := contributorsCause(g, gc, total)
	use := widget.NewButtonWithIcon(lang.L("Use as cause"), theme.ContentPasteIcon(), func() { e.fillCause(cause) })
	if cause == "" {
		use.Disable()
	}
	e.useCause = append(e.useCause, use)
	buttons := container.NewHBox(use)
	if e.onShowChart != nil {
		buttons.Add(widget.NewButtonWithIcon(lang.L("Show chart"), theme.VisibilityIcon(), func() { e.onShowChart(gc.Dimension) }))
	}
	block := container.NewVBox(rows, basis)
	if note := sidesNote(g, gc.Values, total); note != "" {
		sides := widget.NewLabel(note)
		sides.Wrapping = fyne.TextWrapWord
		sides.Importance = widget.LowImportance
		block.Add(sides)
	}
	block.Add(buttons)
	return block
}

// fillCause puts text in the cause field; text the user typed there is
// replaced, or added to, only when they say so.
func (e *gapEditor) fillCause(text string) {
	typed := strings.TrimSpace(e.text.Text)
	switch {
	case typed == "":
		e.text.SetText(text)
		return
	case typed == text || strings.Contains(typed, text):
		return
	}
	msg := widget.NewLabel(lang.L("The cause already says something. Replace it with what made the gap, or add that after it?"))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(lang.L("Use as cause"), msg, e.ui.window())
	replace := widget.NewButtonWithIcon(lang.L("Replace"), theme.ContentRedoIcon(), func() {
		d.Hide()
		e.text.SetText(text)
	})
	add := widget.NewButtonWithIcon(lang.L("Add after it"), theme.ContentAddIcon(), func() {
		d.Hide()
		e.text.SetText(typed + "\n" + text)
	})
	add.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), d.Hide)
	d.SetButtons([]fyne.CanvasObject{cancel, replace, add})
	d.Resize(fyne.NewSize(480, 0))
	e.ui.showDialog(d)
}

// othersText names the values a table or chart adds up as one: "12 others".
func othersText(n int) string {
	if n == 1 {
		return lang.L("1 other")
	}
	return lang.L("{{.N}} others", map[string]any{"N": n})
}
