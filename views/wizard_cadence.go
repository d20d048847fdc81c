package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// confirmCadenceChange shows what a new cadence makes of the goal's
// check-ins, and saves the goal with that conversion once the user agrees;
// Back returns to the wizard as it was.
func (w *goalWizard) confirmCadenceChange(change app.CadenceChange, setup app.GoalSetup) {
	g := *setup.Goal
	values := w.checkInValues(g.ID)
	for i := range change.Rollups {
		change.Rollups[i].Note = rollupNote(g, change.Rollups[i], values)
	}
	d := dialog.NewCustomConfirm(lang.L("Convert the check-ins"), lang.L("Convert and save"), lang.L("Back"),
		cadenceChangeView(g, change, values), func(ok bool) {
			w.convert = nil
			if ok {
				setup.CadenceChange = &change
				w.saveSetup(setup)
			}
		}, w.ui.window())
	d.Resize(fyne.NewSize(680, 480))
	w.convert = d
	// Converting merges or splits check-ins for good: Enter alone must
	// not do it, as it deletes nothing elsewhere.
	w.ui.showDestructive(d)
}

// checkInValues are the stored check-in values of goal id by period.
func (w *goalWizard) checkInValues(id int64) map[string]float64 {
	cs, err := w.ui.store.CheckIns(w.ui.context(), id)
	if err != nil {
		w.ui.showError(err)
	}
	values := make(map[string]float64, len(cs))
	for _, c := range cs {
		values[c.PeriodKey] = c.Value
	}
	return values
}

// cadenceChangeView lists, for each new check-in, the check-ins it is made
// of and its value, with a warning for a period only partly covered.
func cadenceChangeView(g app.Goal, change app.CadenceChange, values map[string]float64) fyne.CanvasObject {
	count := 0
	for _, r := range change.Rollups {
		count += len(r.From)
	}
	args := map[string]any{"From": strings.ToLower(cadenceLabel(change.From)),
		"To": strings.ToLower(cadenceLabel(change.To)), "Count": count, "New": len(change.Rollups)}
	how := lang.L("Each new period gets the sum of its check-ins (check-ins now: {{.Count}}, after: {{.New}}).", args)
	if g.Aggregation == app.AggLevel {
		how = lang.L("Each new period keeps the value of its latest check-in (check-ins now: {{.Count}}, after: {{.New}}).", args)
	}
	head := container.NewVBox(wrapped(lang.L("Check-ins change from {{.From}} to {{.To}}.", args)), wrapped(how))
	rows := container.NewVBox()
	partial := false
	for _, r := range change.Rollups {
		line := lang.L("{{.From}}  →  {{.To}}: {{.Value}}", map[string]any{
			"From": sourceList(g, r.From, values), "To": periodKeyName(r.Period),
			"Value": app.FormatValue(r.Value, g.Decimals, g.Unit, g.UnitLabel)})
		rows.Add(wrapped(line))
		if r.Partial() {
			partial = true
			warn := wrapped("    " + partialText(r))
			warn.Importance = widget.WarningImportance
			rows.Add(warn)
		}
	}
	foot := container.NewVBox(wrapped(lang.L("Each new check-in's note records the values it was made from.")))
	if partial {
		foot.Add(wrapped(lang.L("A partly covered period counts only the check-ins it had; correct its value once the rest is known.")))
	}
	scroll := container.NewVScroll(rows)
	scroll.SetMinSize(fyne.NewSize(600, 220))
	return container.NewBorder(head, foot, nil, nil, scroll)
}

// rollupNote is the note of a new check-in: where its value comes from,
// then the notes of the check-ins it replaces.
func rollupNote(g app.Goal, r app.CheckInRollup, values map[string]float64) string {
	note := lang.L("Rolled up from {{.From}}.", map[string]any{"From": sourceList(g, r.From, values)})
	if r.Partial() {
		note += "\n" + partialText(r)
	}
	if r.Note != "" {
		note += "\n" + r.Note
	}
	return note
}

// partialText says which periods a partly covered rollup lacks.
func partialText(r app.CheckInRollup) string {
	names, namer := make([]string, len(r.Missing)), periodNamer{}
	for i, k := range r.Missing {
		names[i] = namer.keyName(k)
	}
	return lang.L("Partial: no check-in for {{.Missing}}.", map[string]any{"Missing": strings.Join(names, lang.L(", "))})
}

// sourceList names check-in periods with their values: "Jan 2023 (¥100)".
func sourceList(g app.Goal, keys []string, values map[string]float64) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = periodKeyName(k)
		if v, ok := values[k]; ok {
			parts[i] += " (" + app.FormatValue(v, g.Decimals, g.Unit, g.UnitLabel) + ")"
		}
	}
	return strings.Join(parts, lang.L(", "))
}

// wrapped is a label that wraps its text.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}
