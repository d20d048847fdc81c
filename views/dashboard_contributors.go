package views

import (
	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/app/chart"
)

// loadContributors works out the dashboard's "top contributors" line of
// every goal with a breakdown, by goal ID, reading every flow goal's
// breakdown at once (data.Store.Breakdowns).
func (s *dashboardScreen) loadContributors() map[int64]string {
	out := map[int64]string{}
	var flows []int64
	for _, p := range s.all {
		if p.Goal.Aggregation == app.AggFlow {
			flows = append(flows, p.Goal.ID)
		}
	}
	breakdowns, err := s.ui.store.Breakdowns(s.ui.context(), flows)
	if err != nil {
		s.ui.showError(err)
		return out
	}
	for _, id := range flows {
		ds := breakdowns[id]
		if len(app.BreakdownDimensions(ds)) == 0 {
			continue
		}
		if text := s.contributorsOf(id, ds); text != "" {
			out[id] = text
		}
	}
	return out
}

// contributorsOf is the line of one goal of breakdown ds, "" when its
// latest planned period has no gap.
func (s *dashboardScreen) contributorsOf(goalID int64, ds []app.DimensionValue) string {
	p, err := loadGoalPace(s.ui.shell, s.ui.store, goalID)
	if err != nil {
		s.ui.showError(err)
		return ""
	}
	plans, err := s.ui.store.DimensionPlans(s.ui.context(), goalID)
	if err != nil {
		s.ui.showError(err)
		return ""
	}
	cal := s.ui.calendar()
	rows := app.DetailRows(cal, p, s.ui.today(), s.ui.thresholds())
	var top app.BreakdownRow
	var dim string
	for _, d := range app.BreakdownDimensions(ds) {
		if r, ok := app.TopContributor(app.BreakdownTable(cal, p.Goal, rows, ds, plans, d)); ok &&
			(dim == "" || r.Period.Key() > top.Period.Key() || r.Period == top.Period && r.Share > top.Share) {
			top, dim = r, d
		}
	}
	if dim == "" {
		return ""
	}
	return contributorText(p.Goal, dim, top)
}

// contributorText says which value made most of a period's gap: "Short
// most in 2023-Q1: 产品 B −CN¥1,450,000 (73%)".
func contributorText(g app.Goal, dim string, r app.BreakdownRow) string {
	args := map[string]any{"Period": periodKeyName(r.Period.Key()), "Dimension": dim,
		"Value": dimensionValueName(r.Value, r.Unsplit),
		"Gap":   chart.WithSign(app.FormatValue(r.Gap, g.Decimals, g.Unit, g.UnitLabel), r.Gap),
		"Share": app.FormatValue(app.Percent(r.Share), 0, app.UnitPercent, "")}
	if r.Gap > 0 {
		return lang.L("Ahead most in {{.Period}}: {{.Dimension}} {{.Value}} {{.Gap}} ({{.Share}})", args)
	}
	return lang.L("Short most in {{.Period}}: {{.Dimension}} {{.Value}} {{.Gap}} ({{.Share}})", args)
}
