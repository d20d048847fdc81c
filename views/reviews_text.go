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

// milestoneWords are a milestone's values and gaps to plan in words, as
// the review's lists and exports write them.
func milestoneWords() app.MilestoneWords {
	return app.MilestoneWords{Done: lang.L("Done"), NotDone: lang.L("Not done"),
		Behind: lang.L("Behind plan"), OnPlan: lang.L("On plan"), Ahead: lang.L("Ahead of plan")}
}

// milestoneGapText is a milestone's gap to plan in words, as its row of
// the variance table writes it; ok is false for another goal.
func milestoneGapText(g app.Goal, plan, actual float64) (string, bool) {
	sign, ok := app.MilestoneGap(g, plan, actual)
	if !ok {
		return "", false
	}
	w := milestoneWords()
	return []string{w.Behind, w.OnPlan, w.Ahead}[sign+1], true
}

// reviewPlanLine reads "expected 10,000,000 · actual 8,000,000 · −2,000,000
// (−20.0%)"; a milestone's "Expected Done · actual Not done · Behind plan".
func reviewPlanLine(r app.ReviewRow) string {
	g := r.Goal
	v := func(x float64) string { return checkInValueText(g, x) }
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
	args := map[string]any{"Expected": expected, "Actual": actual, "Gap": gap}
	line := lang.L("Expected {{.Expected}} · actual {{.Actual}} · gap {{.Gap}}", args)
	if words, ok := milestoneGapText(g, r.ExpectedCovered, r.Actual); ok && r.HasExpected && r.HasActual {
		args["Gap"] = words
		line = lang.L("Expected {{.Expected}} · actual {{.Actual}} · {{.Gap}}", args)
	}
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
	parts = append(parts, comparisons(r)...)
	if len(parts) == 0 || len(parts) == 1 && !r.HasPrevious && !r.HasLastYear {
		parts = append(parts, lang.L("No earlier period to compare with."))
	}
	return strings.Join(parts, " · ")
}

// comparisons compare row r's actual with the period before and the same
// period last year, those it has; a milestone's say what those periods
// were, Done or Not done, where "+1 (…)" would say nothing.
func comparisons(r app.ReviewRow) []string {
	var parts []string
	if r.HasActual && r.HasPrevious {
		text := lang.L("vs previous period {{.Change}}", map[string]any{"Change": reviewGapText(r.Goal, r.VsPrevious)})
		if v, ok := milestoneEarlier(r, r.Previous); ok {
			text = lang.L("previous period {{.Value}}", map[string]any{"Value": v})
		}
		parts = append(parts, text)
	}
	if r.HasActual && r.HasLastYear {
		text := lang.L("vs same period last year {{.Change}}", map[string]any{"Change": reviewGapText(r.Goal, r.VsLastYear)})
		if v, ok := milestoneEarlier(r, r.LastYear); ok {
			text = lang.L("same period last year {{.Value}}", map[string]any{"Value": v})
		}
		parts = append(parts, text)
	}
	return parts
}

// milestoneEarlier is a milestone's earlier value in words, Done or Not
// done; ok is false for another goal.
func milestoneEarlier(r app.ReviewRow, earlier float64) (string, bool) {
	if _, ok := app.MilestoneGap(r.Goal, earlier, r.Actual); !ok {
		return "", false
	}
	return cellValueText(r.Goal, earlier), true
}
