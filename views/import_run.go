package views

import (
	"context"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/data"
)

func (v *importView) preview() fyne.CanvasObject {
	rows := v.table.Preview(6)
	var cells []fyne.CanvasObject
	for _, row := range rows {
		for c := 0; c < v.table.Columns; c++ {
			text := ""
			if c < len(row) {
				text = row[c].Text
			}
			l := widget.NewLabel(text)
			l.Truncation = fyne.TextTruncateEllipsis
			cells = append(cells, l)
		}
	}
	if v.table.Columns == 0 {
		return widget.NewLabel(lang.L("The file holds no rows."))
	}
	return container.NewGridWithColumns(v.table.Columns, cells...)
}

func (v *importView) show() {
	check := widget.NewButton(lang.L("Check"), v.onCheck)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Layout"), v.wide),
		widget.NewFormItem(lang.L("Date column"), v.dateCol),
		widget.NewFormItem(lang.L("Goal column"), v.goalCol),
		widget.NewFormItem(lang.L("Value column"), v.valueCol),
		widget.NewFormItem("", container.NewVBox(v.header, v.dayFirst, v.orderHint, v.comma)),
	)
	body := container.NewVBox(
		widget.NewLabel(lang.L("{{.File}}: {{.Rows}} rows", map[string]any{"File": filepath.Base(v.path), "Rows": len(v.table.Rows)})),
		v.preview(), widget.NewSeparator(), form,
		boldLabel(lang.L("Goals")), v.goalMap,
		container.NewHBox(check), v.result, v.rejected)
	d := dialog.NewCustomConfirm(lang.L("Import actuals"), lang.L("Import"), lang.L("Cancel"),
		container.NewVScroll(body), func(ok bool) {
			if ok {
				v.onImport()
			}
		}, v.ui.win)
	d.Resize(fyne.NewSize(900, 640))
	v.dialog = d
	v.ui.showDialog(d)
}

// onCheck works out the import in the background, with progress and a way to stop.
func (v *importView) onCheck() {
	snap, err := v.ui.deps.Store.Snapshot(v.ui.ctx, data.GoalFilter{IncludeArchived: true})
	if err != nil {
		v.ui.showError(err)
		return
	}
	ctx, cancel := context.WithCancel(v.ui.ctx)
	bar := widget.NewProgressBar()
	progress := dialog.NewCustom(lang.L("Checking the file…"), lang.L("Stop"), bar, v.ui.win)
	progress.SetOnClosed(cancel)
	v.ui.showDestructive(progress) // Escape stops the check; Enter does not
	m, cal, goals, table := v.mapping(), v.ui.calendar(), v.goals, v.table
	go func() {
		plan, err := app.PlanImport(ctx, cal, table, m, goals, snap, func(done, total int) {
			fyne.Do(func() { bar.SetValue(float64(done) / float64(max(total, 1))) })
		})
		fyne.Do(func() {
			progress.Hide()
			cancel()
			v.checked(plan, err)
			if v.checkDone != nil {
				v.checkDone <- struct{}{}
			}
		})
	}()
}

// checked shows what the import would write and every row it leaves out, before anything is written.
func (v *importView) checked(plan app.ImportPlan, err error) {
	if err != nil {
		v.plan = nil
		if err != context.Canceled {
			v.result.SetText(userMessage(err))
		}
		v.ui.showDialog(v.dialog)
		return
	}
	v.plan = &plan
	checkIns, history := 0, 0
	for _, p := range plan.Periods {
		if p.History {
			history++
		} else {
			checkIns++
		}
	}
	text := lang.L("{{.Rows}} rows read: {{.Values}} values into {{.CheckIns}} check-ins and {{.History}} history values; {{.Rejected}} rows left out.",
		map[string]any{"Rows": plan.Rows, "Values": plan.Values, "CheckIns": checkIns, "History": history, "Rejected": len(plan.Rejected)})
	if plan.Replaced > 0 {
		text += "\n" + lang.L("{{.N}} periods already have a value; the import replaces them, it does not add to them.", map[string]any{"N": plan.Replaced})
	}
	if plan.Partial > 0 {
		text += "\n" + lang.L("{{.N}} periods are only partly covered by the file.", map[string]any{"N": plan.Partial})
	}
	v.result.SetText(text)
	var lines []string
	for i, r := range plan.Rejected {
		if i == 200 {
			lines = append(lines, lang.L("… and {{.N}} more.", map[string]any{"N": len(plan.Rejected) - i}))
			break
		}
		lines = append(lines, lang.L("Row {{.Row}}: {{.Reason}}", map[string]any{"Row": r.Row, "Reason": lang.L(r.Message, r.Args)}))
	}
	v.rejected.SetText(strings.Join(lines, "\n"))
	v.ui.showDialog(v.dialog)
}

// onImport writes the checked plan in one transaction, after a backup of the file.
func (v *importView) onImport() {
	if v.plan == nil {
		v.result.SetText(lang.L("Press Check first: nothing is written before you have seen what the import does."))
		v.ui.showDialog(v.dialog)
		return
	}
	if len(v.plan.CheckIns)+len(v.plan.History) == 0 {
		v.result.SetText(lang.L("Nothing to import: every row was left out."))
		v.ui.showDialog(v.dialog)
		return
	}
	backup := filepath.Join(data.BackupsDir(v.ui.deps.Store.Path()),
		strings.TrimSuffix(filepath.Base(v.ui.deps.Store.Path()), ".db")+"-before-import-"+time.Now().Format("20060102-150405")+".db")
	if err := ensureDir(filepath.Dir(backup)); err == nil {
		err = v.ui.deps.Store.CheckedBackup(v.ui.ctx, backup)
		if err != nil {
			v.ui.showError(err)
			return
		}
	}
	v.remember()
	if err := v.ui.deps.Store.ApplyImport(v.ui.ctx, v.plan.CheckIns, v.plan.History); err != nil {
		v.result.SetText(lang.L("Nothing was imported: {{.Reason}}", map[string]any{"Reason": userMessage(err)}))
		v.ui.showDialog(v.dialog)
		return
	}
	v.ui.showDialog(dialog.NewInformation(lang.L("Import finished"), lang.L("{{.CheckIns}} check-ins and {{.History}} history values written.",
		map[string]any{"CheckIns": len(v.plan.CheckIns), "History": len(v.plan.History)}), v.ui.win))
	if v.onDone != nil {
		v.onDone()
	}
}
