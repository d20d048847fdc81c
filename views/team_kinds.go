package views

import (
	"strings"

	"fyne.io/fyne/v2/lang"
)

// kindName names a kind of shared row as the user knows it: one row of
// it (a clash on "A check-in") and the work of it set aside by a delete
// ("Check-ins (2)").
type kindName struct {
	one, work string
}

// teamKindName names a kind of shared row, one of team.Kinds, in the
// current language. A kind this version does not know (a newer laptop's)
// reads as its table name.
func teamKindName(kind string) kindName {
	if n, ok := teamKindNames()[kind]; ok {
		return n
	}
	raw := strings.ReplaceAll(kind, "_", " ")
	return kindName{raw, raw}
}

// teamKindNames are the names of every kind of shared row, made on each
// call so that they follow a change of language.
func teamKindNames() map[string]kindName {
	plan := kindName{lang.L("A plan"), lang.L("Plan")}
	checkIn := kindName{lang.L("A check-in"), lang.L("Check-ins")}
	review := kindName{lang.L("Gap analysis"), lang.L("Gap analyses")}
	return map[string]kindName{
		"goals":                {lang.L("A goal"), lang.L("The goal's own changes")},
		"plans":                plan,
		"plan_periods":         plan,
		"history_values":       {lang.L("A goal's history"), lang.L("History")},
		"goal_sources":         {lang.L("A goal's import source"), lang.L("Where its actuals are imported from")},
		"goal_breakdown":       {lang.L("A goal's breakdown"), lang.L("Breakdown")},
		"goal_dimension_plans": {lang.L("A goal's plans by value"), lang.L("Plans by value")},
		"checkins":             checkIn,
		"checkin_parts":        checkIn,
		"reviews":              review,
		"review_measures":      review,
		"action_plans":         {lang.L("An action plan"), lang.L("The action plan's own changes")},
		"action_goals":         {lang.L("An action plan"), lang.L("Links of action plans")},
		"action_measures":      {lang.L("An action plan"), lang.L("Action plan steps")},
		"followups":            {lang.L("A follow-up"), lang.L("Follow-ups")},
		"settings":             {lang.L("A setting"), lang.L("Settings")},
		"team_feedback":        {lang.L("Team feedback"), lang.L("Team feedback")},
		"team_clashes":         {lang.L("A change set aside"), lang.L("Changes set aside")},
	}
}
