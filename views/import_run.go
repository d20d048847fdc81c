package views

import (
	"context"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/importer"
)

// preview shows the file's first rows, each cell whole and on one line,
// greyed when it is no data (shadePreview); the table scrolls sideways
// inside the dialog when it is wider.
func (v *importView) preview() fyne.CanvasObject {
	if v.table.Columns == 0 {
		return widget.NewLabel(lang.L("The file holds no rows."))
	}
	v.previewRows = make([][]*widget.Label, len(v.table.Preview(6)))
	columns := container.NewHBox()
	for c := 0; c < v.table.Columns; c++ {
		column := container.NewVBox()
		for r := range v.previewRows {
			cell := widget.NewLabel("")
			v.previewRows[r] = append(v.previewRows[r], cell)
			column.Add(cell)
		}
		columns.Add(column)
	}
	v.fillPreview()
	return container.NewHScroll(columns)
}

// fillPreview writes the preview's cells from the rows it shows
// (previewIndexes), and shades them.
func (v *importView) fillPreview() {
	v.previewAt = v.previewIndexes(len(v.previewRows))
	for r, cells := range v.previewRows {
		for c, cell := range cells {
			text := ""
			if r < len(v.previewAt) {
				// A cell's line breaks would shift its row against the others.
				text = strings.Join(strings.Fields(previewText(v.table, v.previewAt[r], c)), " ")
			}
			cell.SetText(text)
		}
	}
	v.shadePreview()
}

// shadePreview greys the preview's rows that are no data, as the mapping
// now reads the file: the rows the workbook hides (of a turned file, its
// hidden months too), as the hidden rows'
// line names them, and a row of units under the header (单位 | 万元),
// which a change of header row, header box or date column makes or
// unmakes. It greys the columns the workbook hides too, as the sheet
// does not show them.
func (v *importView) shadePreview() {
	units := -1
	if v.built && importer.HasUnitRow(v.table, v.headerMapping()) {
		units = v.table.HeaderRow + 1
	}
	for i, cells := range v.previewRows {
		r := -1
		if i < len(v.previewAt) {
			r = v.previewAt[i]
		}
		shade := widget.MediumImportance
		if r >= 0 && (v.table.HiddenRow(r) || r == units) {
			shade = widget.LowImportance
		}
		for c, cell := range cells {
			shade := shade
			if v.table.HiddenColumn(c) {
				shade = widget.LowImportance
			}
			if v.table.Turned != nil && slices.Contains(v.table.Turned.HiddenColumns, c) {
				shade = widget.LowImportance // a hidden row of the file, turned
			}
			if turnedHiddenMonth(v.table, r) {
				shade = widget.LowImportance // a hidden column of the file, turned
			}
			if cell.Importance != shade {
				cell.Importance = shade
				cell.Refresh()
			}
		}
	}
}

// headerMapping is the part of the mapping a row of units depends on
// (importer.HasUnitRow): the whole mapping would look up the goals'
// names in every row of a long file on each change.
func (v *importView) headerMapping() importer.Mapping {
	return importer.Mapping{DateColumn: v.dateCol.SelectedIndex(), SkipHeader: v.header.Checked, HeaderRow: v.table.HeaderRow}
}

func (v *importView) show() {
	check := widget.NewButton(lang.L("Check"), v.onCheck)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Layout"), v.wide),
		widget.NewFormItem(lang.L("Date column"), v.dateCol),
		widget.NewFormItem(lang.L("Goal column"), v.goalCol),
		widget.NewFormItem(lang.L("Value column"), v.valueCol),
		widget.NewFormItem(lang.L("Header row"), v.headerRow),
		widget.NewFormItem("", container.NewVBox(v.header, v.dayFirst, v.orderHint, v.comma, v.commaHint, v.hiddenCheck, v.hiddenHint, v.hiddenColsHint)),
	)
	form.Items = append(append(v.turnFormItems(), form.Items...), v.blockFormItems()...)
	if v.sheet != nil {
		form.Items = append([]*widget.FormItem{widget.NewFormItem(lang.L("Sheet"), v.sheet)}, form.Items...)
	}
	v.form = form
	body := container.NewVBox(
		widget.NewLabel(fileRowsText(filepath.Base(v.path), fileRowCount(v.table))),
		v.preview(), widget.NewSeparator(), form, v.dimBox,
		boldLabel(lang.L("Goals")), v.goalMap,
		container.NewHBox(check), v.result, v.rejected, v.leftOut, container.NewHBox(v.without))
	d := dialog.NewCustomConfirm(lang.L("Import actuals"), lang.L("Import"), lang.L("Cancel"),
		container.NewVScroll(body), func(ok bool) {
			if ok {
				v.onImport()
			}
		}, v.ui.window())
	d.Resize(fyne.NewSize(900, 640))
	v.dialog, v.confirm = d, d
	// An import may replace values already recorded: Enter never runs it.
	v.ui.showDestructive(d)
}

// onCheck works out the import in the background, with progress and a way to stop.
func (v *importView) onCheck() {
	snap, err := v.ui.store.Snapshot(v.ui.context(), app.GoalFilter{IncludeArchived: true})
	if err != nil {
		v.ui.showError(err)
		return
	}
	ctx, cancel := context.WithCancel(v.ui.context())
	bar := widget.NewProgressBar()
	progress := dialog.NewCustom(lang.L("Checking the file…"), lang.L("Stop"), bar, v.ui.window())
	progress.SetOnClosed(cancel)
	v.ui.showDestructive(progress) // Escape stops the check; Enter does not
	m, cal, goals, table := v.mapping(), v.ui.calendar(), v.goals, v.table
	go func() {
		plan, err := importer.PlanImport(ctx, cal, table, m, goals, snap, func(done, total int) {
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

// checked shows what the import would write and every row that could not
// be read, before anything is written. With such rows the Import button
// writes nothing; "Import without these rows" says what it leaves out.
func (v *importView) checked(plan importer.ImportPlan, err error) {
	v.without.Hide()
	v.leftOut.SetText("")
	if err != nil {
		v.plan = nil
		if err != context.Canceled {
			v.result.SetText(strings.TrimSpace(userMessage(err) + "\n" + monthsAcrossText(v.table)))
		}
		v.ui.showDestructive(v.dialog)
		return
	}
	v.plan = &plan
	v.result.SetText(v.checkedText(&plan))
	var lines []string
	for i, r := range plan.Rejected {
		if i == 200 {
			lines = append(lines, lang.L("… and {{.N}} more.", map[string]any{"N": countText(len(plan.Rejected) - i)}))
			break
		}
		lines = append(lines, rejectedLine(r))
	}
	v.rejected.SetText(strings.Join(lines, "\n"))
	v.confirm.SetConfirmImportance(widget.HighImportance)
	if len(plan.Rejected) > 0 {
		v.confirm.SetConfirmImportance(widget.LowImportance)
		v.leftOut.SetText(v.withoutText(&plan))
		if len(plan.CheckIns)+len(plan.History) > 0 {
			v.without.Show()
		}
	}
	v.ui.showDestructive(v.dialog)
}

// checkedText sums up a checked plan: the rows read and what they make,
// the rows skipped on purpose apart from those that could not be read.
func (v *importView) checkedText(plan *importer.ImportPlan) string {
	lines := []string{rowsReadText(v.table, plan)}
	lines = append(lines, scalesLines(plan)...)
	for _, s := range []string{yearText(v.table.Turned), fiscalPeriodText(plan), skippedText(plan), v.filteredText(plan), outsideText(plan),
		totalsText(plan), otherBlocksText(plan), notesText(plan), roundedText(plan), hiddenText(plan), hiddenMonthsText(plan), hiddenColumnsText(v.table, v.mapping)} {
		if s != "" {
			lines = append(lines, s)
		}
	}
	if n := plan.RejectedRows(); n > 0 {
		lines = append(lines, lang.L("Rows that could not be read: {{.N}}, listed below. Import writes nothing while they are there: correct them in the file and check again, or import without them.",
			map[string]any{"N": countText(n)}))
		if s := monthsAcrossText(v.table); s != "" {
			lines = append(lines, s)
		}
	}
	switch {
	case plan.Replaced == 1:
		lines = append(lines, lang.L("1 period already has a value; the import replaces it, it does not add to it."))
	case plan.Replaced > 0:
		lines = append(lines, lang.L("{{.N}} periods already have a value; the import replaces them, it does not add to them.", map[string]any{"N": countText(plan.Replaced)}))
	}
	switch {
	case plan.Partial == 1:
		lines = append(lines, lang.L("1 period is only partly covered by the file."))
	case plan.Partial > 0:
		lines = append(lines, lang.L("{{.N}} periods are only partly covered by the file.", map[string]any{"N": countText(plan.Partial)}))
	}
	return strings.Join(lines, "\n")
}

// onImport writes the checked plan when every row could be read; with
// rows that could not, it writes nothing and says why.
func (v *importView) onImport() {
	if v.plan == nil {
		v.result.SetText(lang.L("Press Check first: nothing is written before you have seen what the import does."))
		v.ui.showDestructive(v.dialog)
		return
	}
	if n := v.plan.RejectedRows(); n > 0 {
		v.result.SetText(lang.L("Nothing was imported: rows of the file could not be read ({{.N}}). Correct them in the file and check again, or choose “Import without these rows”.",
			map[string]any{"N": countText(n)}) + "\n" + v.checkedText(v.plan))
		v.ui.showDestructive(v.dialog)
		return
	}
	v.write(false)
}

// onWithout asks before importing without the rows that could not be
// read, naming the periods it leaves unwritten.
func (v *importView) onWithout() {
	plan := v.plan
	if plan == nil || len(plan.Rejected) == 0 {
		v.onImport()
		return
	}
	msg := widget.NewLabel(v.withoutText(plan))
	msg.Wrapping = fyne.TextWrapWord
	c := dialog.NewCustomConfirm(lang.L("Import without these rows?"), lang.L("Import without these rows"), lang.L("Cancel"),
		container.NewVScroll(msg), func(ok bool) {
			if ok && v.plan == plan {
				v.dialog.Hide() // as the Import button closes it
				v.write(true)
			}
		}, v.ui.window())
	c.Resize(fyne.NewSize(640, 360))
	v.withoutConfirm = c
	v.ui.showDestructive(c) // Enter never leaves rows out
}

// write writes the checked plan in one transaction; the store takes a
// backup of the file first and refuses the import when it cannot. without is the user's choice to leave out the rows that could not
// be read, and the periods they fall in.
func (v *importView) write(without bool) {
	if len(v.plan.CheckIns)+len(v.plan.History) == 0 {
		v.result.SetText(lang.L("Nothing to import: every row was left out."))
		v.ui.showDestructive(v.dialog)
		return
	}
	v.remember()
	imp := v.plan.Import(without)
	imp.Sources = v.goalSources(v.mapping())
	if err := v.ui.store.ApplyImport(v.ui.context(), imp); err != nil {
		v.result.SetText(lang.L("Nothing was imported: {{.Reason}}", map[string]any{"Reason": userMessage(err)}))
		v.ui.showDestructive(v.dialog)
		return
	}
	v.done = dialog.NewInformation(lang.L("Import finished"), v.doneText(v.plan, without), v.ui.window())
	v.ui.showDialog(v.done)
	if v.onDone != nil {
		v.onDone()
	}
}

// fileRowsText names a file read and its number of rows.
func fileRowsText(file string, rows int) string {
	args := map[string]any{"File": file, "Rows": countText(rows)}
	if rows == 1 {
		return lang.L("{{.File}}: 1 row", args)
	}
	return lang.L("{{.File}}: {{.Rows}} rows", args)
}
