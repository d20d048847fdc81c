package deck

import (
	"strings"

	"pacer/app"
)

// Words are the headings and labels of a deck. A missing word falls back
// to DefaultWords.
type Words struct {
	Summary, GoalsReviewed, VarianceTable, GapAnalysis, CauseCategory, Cause, TeamFeedback       string
	Measures, Measure, Owner, Deadline, Done, Status, Plan, Actual, Gap, Target, Projection      string
	OpenActions, Problem, Strategy, Dates, Goals, NoOpenActions, NoMeasures, Attainment, NoChart string
	// Causes name the cause categories; ActionStatuses the action statuses.
	Causes         map[string]string
	ActionStatuses map[app.ActionStatus]string
	// Sentence writes a goal's figures for the speaker notes; nil is
	// DefaultSentence.
	Sentence func(Figures) string
}

// DefaultWords are the English words of a deck, the UI's own labels where
// it has them, so that Translate(lang.L) translates them.
func DefaultWords() Words {
	return Words{
		Summary: "Summary", GoalsReviewed: "Goals reviewed", VarianceTable: "Variance table",
		GapAnalysis: "Gap analysis", CauseCategory: "Cause category", Cause: "Cause", TeamFeedback: "Team feedback",
		Measures: "Improvement measures", Measure: "Measure", Owner: "Owner", Deadline: "Deadline", Done: "Done",
		Status: "Status", Plan: "Plan", Actual: "Actual", Gap: "Gap to plan", Target: "Target", Projection: "Projection",
		OpenActions: "Open action plans", Problem: "Problem", Strategy: "Strategy", Dates: "Start – due", Goals: "Goals",
		NoOpenActions: "No open action plan for these goals.", NoMeasures: "No improvement measures recorded.",
		Attainment: "Attainment of plan", NoChart: "No chart: this goal has no periods to show.",
		Causes: map[string]string{
			"market_demand": "Market demand", "customer_development": "Customer development", "competition": "Competition",
			"pricing": "Pricing", "product": "Product", "execution": "Execution", "external": "External factors", "other": "Other cause",
		},
		ActionStatuses: map[app.ActionStatus]string{
			app.ActionPlanned: "Planned", app.ActionInProgress: "In progress", app.ActionDone: "Done", app.ActionDropped: "Dropped",
		},
	}
}

// fields are pointers to the plain words of w.
func (w *Words) fields() []*string {
	return []*string{&w.Summary, &w.GoalsReviewed, &w.VarianceTable, &w.GapAnalysis, &w.CauseCategory, &w.Cause,
		&w.TeamFeedback, &w.Measures, &w.Measure, &w.Owner, &w.Deadline, &w.Done, &w.Status, &w.Plan, &w.Actual,
		&w.Gap, &w.Target, &w.Projection, &w.OpenActions, &w.Problem, &w.Strategy, &w.Dates, &w.Goals,
		&w.NoOpenActions, &w.NoMeasures, &w.Attainment, &w.NoChart}
}

// Translate returns w with every word passed through tr.
func (w Words) Translate(tr func(string) string) Words {
	out := w
	for _, p := range out.fields() {
		*p = tr(*p)
	}
	out.Causes = map[string]string{}
	for k, v := range w.Causes {
		out.Causes[k] = tr(v)
	}
	out.ActionStatuses = map[app.ActionStatus]string{}
	for k, v := range w.ActionStatuses {
		out.ActionStatuses[k] = tr(v)
	}
	return out
}

// withDefaults fills w's missing words from DefaultWords.
func (w Words) withDefaults() Words {
	d := DefaultWords()
	out := w
	defaults := d.fields()
	for i, p := range out.fields() {
		if strings.TrimSpace(*p) == "" {
			*p = *defaults[i]
		}
	}
	if out.Causes == nil {
		out.Causes = d.Causes
	}
	if out.ActionStatuses == nil {
		out.ActionStatuses = d.ActionStatuses
	}
	if out.Sentence == nil {
		out.Sentence = DefaultSentence
	}
	return out
}
