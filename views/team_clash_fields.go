package views

import (
	"encoding/json"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/data/team"
)

// clashFieldLabels name a clash's field as the goal and plan forms do, by
// the column it is stored in.
var clashFieldLabels = map[string]string{
	"title": "Title", "description": "Goal description", "perspective": "Perspective", "owner": "Owner",
	"kind": "Kind", "unit": "Unit", "unit_label": "Unit label", "decimals": "Decimals",
	"aggregation": "Aggregation", "baseline": "Baseline", "target": "Target", "start_date": "Start",
	"end_date": "End", "cadence": "Check-in cadence", "plan_by": "Plan by", "parent_id": "Parent goal",
	"weight": "Weight", "rationale": "Rationale", "archived": "Archived", "note": "Note",
	"floor": "Floor or ceiling", "value": "Value", "confidence": "Confidence",
	"cause_category": "Cause category", "cause_text": "Cause", "team_feedback": "Team feedback",
}

// clashAmountFields hold amounts in the goal's unit.
var clashAmountFields = map[string]bool{"baseline": true, "target": true, "floor": true, "value": true}

// clashFieldLabel is a clash's field in the user's words ("Target", 目标值),
// the column's name only for one no form shows.
func clashFieldLabel(field string) string {
	if l, ok := clashFieldLabels[field]; ok {
		return lang.L(l)
	}
	return field
}

// clashValueIn is a clash's stored value as the user reads it: an amount
// in the goal's unit and decimals when the field holds one.
func clashValueIn(g *app.Goal, cl team.Clash, raw string) string {
	if cl.Field == "cause_category" {
		var c string
		if err := json.Unmarshal([]byte(raw), &c); err == nil && c != "" {
			return "“" + causeLabel(c) + "”"
		}
	}
	if g == nil || !clashAmountFields[cl.Field] || cl.Kind == "settings" {
		return clashValue(raw)
	}
	var v *float64
	if err := json.Unmarshal([]byte(raw), &v); err != nil || v == nil {
		return clashValue(raw)
	}
	return app.FormatValue(*v, shownDecimals(*v, g.Decimals), g.Unit, g.UnitLabel)
}

// shownDecimals are the goal's decimals, or more when v has more, so a
// set-aside value is never shown rounded into the kept one.
func shownDecimals(v float64, decimals int) int {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if _, frac, ok := strings.Cut(s, "."); ok && len(frac) > decimals {
		return len(frac)
	}
	return decimals
}
