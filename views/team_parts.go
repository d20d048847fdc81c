package views

import (
	"context"
	"strings"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/data"
	"pacer/data/team"
)

// teamFile is the team file a screen's store is, nil when it is none.
func teamFile(store any) *data.Store {
	if ts := sessionFor(store); ts != nil {
		return ts.store
	}
	st, _ := store.(*data.Store)
	return st
}

// checkInPartsText says, for a goal whose team check-ins add up, each
// person's part of the period, and that a check-in replaces one's own
// part only; "" for any other goal or period without parts.
func checkInPartsText(ctx context.Context, store any, g app.Goal, key, period string) string {
	st := teamFile(store)
	if st == nil {
		return ""
	}
	parts, err := team.CheckInParts(ctx, st, g.ID, key)
	if err != nil || len(parts) == 0 {
		return ""
	}
	list := make([]string, len(parts))
	var sum float64
	for i, p := range parts {
		list[i] = lang.L("{{.Name}} {{.Value}}", map[string]any{"Name": authorName(store, p.Author),
			"Value": app.FormatValue(p.Value, g.Decimals, g.Unit, g.UnitLabel)})
		sum += p.Value
	}
	return lang.L("{{.Period}} adds up each person's part: {{.Parts}}, together {{.Sum}}. Saving replaces your part only.", map[string]any{
		"Period": period, "Parts": strings.Join(list, lang.L(", ")),
		"Sum": app.FormatValue(sum, g.Decimals, g.Unit, g.UnitLabel)})
}

// addsUpPart is, for a goal whose team check-ins add up, the file's
// login's part of the period (found false when they have none yet); ok is
// false for any other goal.
func addsUpPart(ctx context.Context, store any, g app.Goal, key string) (part team.Part, found, ok bool) {
	st := teamFile(store)
	if st == nil {
		return team.Part{}, false, false
	}
	if on, err := team.AddsUp(ctx, st); err != nil || !on[g.ID] {
		return team.Part{}, false, false
	}
	part, found, err := team.OwnPart(ctx, st, g.ID, key)
	return part, found && err == nil, true
}

// loadOwnPart shows, when editing the check-in of a period whose team
// check-ins add up, your own part to edit (empty when you have none) and
// everyone's parts, not the sum, which saving would make your part.
func (f *checkInForm) loadOwnPart() {
	part, found, ok := addsUpPart(f.ui.context(), f.ui.store, f.goal, f.editing.PeriodKey)
	if !ok {
		return
	}
	f.setValue(nil)
	f.note.SetText("")
	if found {
		f.setValue(&part.Value)
		f.confidence.SetSelectedIndex(part.Confidence)
		f.note.SetText(part.Note)
	}
	f.existing.SetText(checkInPartsText(f.ui.context(), f.ui.store, f.goal, f.editing.PeriodKey, periodKeyName(f.editing.PeriodKey)))
	f.existing.Show()
}
