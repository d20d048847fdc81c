package views

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/app/chart"
)

// reviewGapText writes a gap as the review's charts and exports do: a
// percent goal's in points alone ("−2.0 pp").
func reviewGapText(g app.Goal, v app.VarianceResult) string {
	return chart.GapText(g, v, pointsUnit())
}

// reviewPlanLine reads "expected 10,000,000 · actual 8,000,000 · −2,000,000 (−20.0%)".
func reviewPlanLine(r app.ReviewRow) string {
	g := r.Goal
	v := func(x float64) string { return valueText(g, x) }
	expected, actual, gap := "—", "—", "—"
	if r.HasExpected {
		// A period under way is measured against its plan to date.
		expected = v(r.ExpectedCovered)
		if !r.HasActual {
			expected = v(r.Expected)
		}
	}
	if r.HasActual {
		actual = v(r.Actual)
	}
	if r.HasExpected && r.HasActual {
		gap = reviewGapText(g, r.VsPlan)
	}
	line := lang.L("Expected {{.Expected}} · actual {{.Actual}} · gap {{.Gap}}",
		map[string]any{"Expected": expected, "Actual": actual, "Gap": gap})
	if r.HasActual && !r.Complete {
		line += " · " + lang.L("{{.Reported}} of {{.Periods}} reported", map[string]any{"Reported": r.Reported, "Periods": r.Periods})
	}
	if r.ReplannedAfter != "" {
		line += " · " + lang.L("re-planned after {{.Period}}", map[string]any{"Period": periodKeyName(r.ReplannedAfter)})
	}
	return line
}

// reviewCompareLine compares the actual with the period before and the same
// period last year; a period without a check-in has nothing to compare,
// whatever came before it.
func reviewCompareLine(r app.ReviewRow) string {
	if !r.HasActual && r.Periods > 0 {
		return lang.L("Nothing to compare until this period has a check-in.")
	}
	var parts []string
	if app.IsStay(r.Goal.Kind) && r.Reported > 1 {
		// The status counts the periods on target; the actual is the
		// worst. First, as the row's first line is cut short in a narrow list.
		parts = append(parts, lang.L("{{.Passed}} of {{.N}} on target", map[string]any{"Passed": r.Passed, "N": r.Reported}))
	}
	if r.HasActual && r.HasPrevious {
		parts = append(parts, lang.L("vs previous period {{.Change}}", map[string]any{"Change": reviewGapText(r.Goal, r.VsPrevious)}))
	}
	if r.HasActual && r.HasLastYear {
		parts = append(parts, lang.L("vs same period last year {{.Change}}", map[string]any{"Change": reviewGapText(r.Goal, r.VsLastYear)}))
	}
	if len(parts) == 0 || len(parts) == 1 && !r.HasPrevious && !r.HasLastYear {
		parts = append(parts, lang.L("No earlier period to compare with."))
	}
	return strings.Join(parts, " · ")
}
