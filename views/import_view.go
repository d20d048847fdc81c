package views

import (
	"context"

	"fmt"
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/importer"
	"pacer/app/notation"
	"pacer/data"
	"pacer/views/widgets"
)

// importView takes actuals and history from a file: a preview, the column
// mapping, a check that lists every rejected row before anything is
// written, and the import itself in one transaction.
type importView struct {
	ui    importDeps
	path  string
	table importer.Table
	// sheet picks the workbook's sheet, nil for a file of one; next is the
	// import of the sheet picked last, for tests.
	sheet    *widgets.KeySelect
	next     *importView
	goals    []app.Goal
	dateCol  *widgets.KeySelect
	wide     *widget.RadioGroup
	goalCol  *widgets.KeySelect
	valueCol *widgets.KeySelect
	goalMap  *fyne.Container
	goalSel  map[string]*widgets.KeySelect // by goal-column text, or by column name in the wide layout
	// moreNames is set when the goal column names more goals than are
	// listed (maxListedNames); the others match goals by title.
	moreNames bool
	// recalledGoals are the goals chosen for the goal column's names when
	// a file of this layout was last imported (import_memory.go).
	recalledGoals map[string]int64
	// sources are the wide layout's rows, a goal and filter each; goalSel
	// holds the goal of each column's first.
	sources []*sourceRow
	// filterEdit is the last filter editor opened, for tests.
	filterEdit *filterEditor
	dayFirst   *widgets.KeyCheck
	// orderHint says when the dates could be read either way.
	orderHint *widget.Label
	comma     *widgets.KeyCheck
	// decimals is what the file says about its decimals; commaHint says
	// when it may be misread with the decimal comma choice made.
	decimals  importer.DecimalEvidence
	commaHint *widget.Label
	header    *widgets.KeyCheck
	// hiddenCheck leaves out the rows the workbook hides, which hiddenHint
	// counts and names (import_hidden.go); hiddenColsHint names the
	// columns it hides (import_hidden_columns.go).
	hiddenCheck    *widgets.KeyCheck
	hiddenHint     *widget.Label
	hiddenColsHint *widget.Label
	// headerRow picks the row the table starts at, as the file's own
	// rows: a title or notes may come above the header.
	headerRow *widgets.KeySelect
	result    *widget.Label
	rejected  *widget.Label
	// leftOut says what importing without the rejected rows leaves out;
	// without is the button that does it.
	leftOut *widget.Label
	without *widget.Button
	plan    *importer.ImportPlan
	// previewRows are the preview's cells, row by row, and previewAt the
	// file's row each shows, -1 for none.
	previewRows [][]*widget.Label
	previewAt   []int
	// blocks are the file's blocks of the same periods (实际, 预算); block
	// picks the one imported, and blockHint says what it reads or asks for
	// one, both at the end of form when the file has blocks (import_blocks.go).
	blocks    importer.Blocks
	block     *widgets.KeySelect
	blockHint *widget.Label
	form      *widget.Form
	// turn reads a file whose months run across its columns one row a
	// month, turnHint says how (import_turn.go); nil for any other file.
	turn     *widgets.KeyCheck
	turnHint *widget.Label
	dialog   dialog.Dialog
	confirm  *dialog.ConfirmDialog // dialog, whose Import button stands back when it would write nothing
	// withoutConfirm and done are the last confirmation of an import
	// without the rejected rows and the last summary, for tests.
	withoutConfirm *dialog.ConfirmDialog
	done           dialog.Dialog
	onDone         func()
	// built is set once the view has its first mapping: later changes of
	// the date column come from the user.
	built bool
	// checkDone, when set, hears when a check has finished, for tests.
	checkDone chan struct{}
	// dimBox offers a "keep as dimension" box for each guessed column of
	// categories (dimCols, dimChecks); dropDims are those switched off.
	dimBox    *fyne.Container
	dimCols   []int
	dimChecks map[int]*widgets.KeyCheck
	dropDims  map[int]bool
	// keyRows are the long layout's rows, by goal-column text, each with
	// its goal's filter.
	keyRows map[string]*sourceRow
}

// importStore is what an import reads and writes.
type importStore interface {
	ListGoals(ctx context.Context, f app.GoalFilter) ([]app.Goal, error)
	Snapshot(ctx context.Context, f app.GoalFilter) (app.Snapshot, error)
	ApplyImport(ctx context.Context, imp app.Import) error
}

// importDeps is what an import uses.
type importDeps = screenDeps[importStore]

// importExts are the endings of the files the import dialog offers, those
// importer.ReadTable reads as their programs name them: .tsv is Google
// Sheets' "Tab-separated values", .xlsm a workbook with macros.
var importExts = []string{"csv", "tsv", "txt", "xlsx", "xlsm", "xls", "ods"}

// openImport asks for a file and shows its import; it returns the import
// shown, nil when none is (no file picked, or it could not be read).
func openImport(ui importDeps, onDone func()) *importView {
	path, err := ui.chooser().openFile(lang.L("Import actuals"), fileFilter{desc: lang.L("Spreadsheet or CSV"), exts: importExts})
	if err != nil || path == "" {
		ui.showErrorIf(err)
		return nil
	}
	return openImportSheet(ui, path, "", onDone)
}

// openImportSheet shows the import of the file at path, of its named sheet
// when it is a workbook (the one ReadTable picks when sheet is empty); it
// returns the import shown, nil when the file could not be read.
func openImportSheet(ui importDeps, path, sheet string, onDone func()) *importView {
	v := loadImport(ui, path, sheet, onDone)
	if v != nil {
		v.build()
		v.show()
	}
	return v
}

// loadImport reads the import of the file at path, of its named sheet,
// without showing it; nil, with the error shown, when it cannot be read.
func loadImport(ui importDeps, path, sheet string, onDone func()) *importView {
	if data.InUse(path) { // reading it here would drop SQLite's locks on it (data/open_here.go)
		ui.showError(fieldError{text: lang.L("Choose another file than the open one.")})
		return nil
	}
	table, err := readImportFile(path, sheet)
	if err != nil {
		ui.showError(err)
		return nil
	}
	goals, err := ui.store.ListGoals(ui.context(), app.GoalFilter{})
	if err != nil {
		ui.showError(err)
		return nil
	}
	return &importView{ui: ui, path: path, table: turnedTable(table), goals: goals, onDone: onDone}
}

// readImportFile reads the file at path as importer.ReadSheet does.
func readImportFile(path, sheet string) (importer.Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return importer.Table{}, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	return importer.ReadSheet(f, filepath.Base(path), sheet)
}

// onSheet shows the import of another sheet of the workbook in place of
// this one; when that sheet cannot be read, the error says why and this
// import stays.
func (v *importView) onSheet(string) {
	i := v.sheet.SelectedIndex()
	if i < 0 || i >= len(v.table.Sheets) || v.table.Sheets[i] == v.table.Sheet {
		return
	}
	next := loadImport(v.ui, v.path, v.table.Sheets[i], v.onDone)
	if next == nil {
		v.sheet.SetSelectedIndex(slices.Index(v.table.Sheets, v.table.Sheet))
		return
	}
	// This dialog goes first: the Select's menu, still open above it, goes
	// with it. Closed after the new dialog was shown, the menu took that
	// dialog with it, as a canvas's overlays above a closed one go too.
	v.dialog.Hide()
	next.build()
	next.show()
	v.next = next
}

func (v *importView) build() {
	if len(v.table.Sheets) > 1 {
		v.sheet = widgets.NewSelect(sheetChoices(v.table), nil)
		v.sheet.SetSelectedIndex(slices.Index(v.table.Sheets, v.table.Sheet))
		v.sheet.OnChanged = v.onSheet
	}
	names := v.columnNames()
	v.dateCol = widgets.NewSelect(names, func(string) { v.onDateColumn() })
	v.goalCol = widgets.NewSelect(names, func(string) { v.rebuildGoalMap() })
	v.valueCol = widgets.NewSelect(names, func(string) { v.invalidate() })
	v.wide = widget.NewRadioGroup([]string{lang.L("One row per value, with a goal column"), lang.L("One value column per goal")},
		func(string) { v.onLayout() })
	v.goalMap = container.NewVBox()
	v.dimBox, v.dropDims = container.NewVBox(), map[int]bool{}
	v.dayFirst = widgets.NewCheck(lang.L("Dates are day first (31/01/2023)"), func(bool) { v.invalidate() })
	v.comma = widgets.NewCheck(lang.L("Numbers use a decimal comma (1.234,5)"), func(bool) {
		v.refreshCommaHint()
		v.invalidate()
	})
	v.header = widgets.NewCheck(lang.L("The first row names the columns"), func(bool) {
		v.invalidate()
		v.showHidden()
	})
	v.headerRow = v.newHeaderRowSelect()
	v.result = widget.NewLabel("")
	v.result.Wrapping = fyne.TextWrapWord
	v.rejected = widget.NewLabel("")
	v.rejected.Wrapping = fyne.TextWrapWord
	v.rejected.Importance = widget.DangerImportance
	v.leftOut = widget.NewLabel("")
	v.leftOut.Wrapping = fyne.TextWrapWord
	v.without = widget.NewButton(lang.L("Import without these rows"), v.onWithout)
	v.without.Hide()
	v.orderHint = widget.NewLabel("")
	v.orderHint.Wrapping = fyne.TextWrapWord
	v.orderHint.Importance = widget.WarningImportance
	v.orderHint.Hide()
	v.commaHint = widget.NewLabel("")
	v.commaHint.Wrapping = fyne.TextWrapWord
	v.commaHint.Importance = widget.WarningImportance
	v.commaHint.Hide()
	v.buildBlocks()
	v.buildTurn()
	if !v.recall() {
		v.guess()
	}
	v.detectDecimals()
	v.findBlocks()
	v.buildHidden()
	v.buildHiddenColumns()
	v.built = true
}

// guess fills the mapping from what the file looks like: the column of
// dates and their day-month order, the decimal comma when the numbers or
// the separator make it clear (else the app's setting), and the long
// layout's goal and value columns when it looks like one
// (importer.GuessLongLayout), else the wide layout.
func (v *importView) guess() {
	v.header.SetChecked(v.table.HasHeader)
	date := importer.GuessDateColumn(v.table)
	v.dateCol.SetSelectedIndex(date)
	v.detectOrder()
	comma, clear := importer.DetectDecimals(v.table, date).Clear()
	if !clear {
		comma = v.ui.numberFormat().DecimalComma
	}
	v.comma.SetChecked(comma)
	goal, value, long := importer.GuessLongLayout(v.table, date)
	if !long {
		v.wide.SetSelected(v.wide.Options[1])
		return
	}
	v.wide.SetSelected(v.wide.Options[0])
	v.goalCol.SetSelectedIndex(goal)
	v.valueCol.SetSelectedIndex(value)
}

// onLayout follows the choice of layout: a goal and a value column mean
// something only to rows of one value each, so they are greyed out for a
// file of one column per goal.
func (v *importView) onLayout() {
	if v.isWide() {
		v.goalCol.Disable()
		v.valueCol.Disable()
	} else {
		v.goalCol.Enable()
		v.valueCol.Enable()
	}
	v.rebuildGoalMap()
}

// onDateColumn follows the user's choice of date column, which decides
// the column of blocks too (findBlocks).
func (v *importView) onDateColumn() {
	if v.built {
		v.detectOrder()
		v.detectDecimals()
	}
	v.findBlocks()
	v.invalidate()
}

// detectDecimals gathers what the file says about its decimals, beside
// the date column, and shows the warning when the choice may misread it.
func (v *importView) detectDecimals() {
	v.decimals = importer.DetectDecimals(v.table, v.dateCol.SelectedIndex())
	v.refreshCommaHint()
}

// refreshCommaHint says, below the decimal comma choice, when numbers of
// the file could be read either way and the file seems to write them the
// other way.
func (v *importView) refreshCommaHint() {
	if !v.decimals.Ambiguous(v.comma.Checked) {
		v.commaHint.Hide()
		return
	}
	if v.decimals.Undecided() {
		v.commaHint.SetText(lang.L("Every number in this file could be read either way (1,500 as 1500 or 1.5): check that the box above says how this file writes them."))
	} else {
		v.commaHint.SetText(lang.L("Some numbers could be read either way (1,500 as 1500 or 1.5), and this file seems to write decimals the other way: check that the box above says how this file writes them."))
	}
	v.commaHint.Show()
}

// detectOrder sets "day first" from the dates of the date column, and says
// so beside it when they could be read either way, which it reports.
func (v *importView) detectOrder() (ambiguous bool) {
	order, ambiguous := notation.DetectDayMonth(importer.ColumnTexts(v.table, v.dateCol.SelectedIndex()))
	v.dayFirst.SetChecked(order == notation.DayFirst)
	if !ambiguous {
		v.orderHint.Hide()
		return false
	}
	v.orderHint.SetText(lang.L("Some dates could be read either way (01/02 as 1 February or 2 January): check that the box above says how this file writes them."))
	v.orderHint.Show()
	return true
}

func (v *importView) isWide() bool { return v.wide.Selected == v.wide.Options[1] }

// rebuildGoalMap lists what must be matched to goals: the names in the goal
// column, or the value columns; each starts on the goal of the same title.
func (v *importView) rebuildGoalMap() {
	v.goalSel = map[string]*widgets.KeySelect{}
	v.sources, v.keyRows = nil, map[string]*sourceRow{}
	v.goalMap.Objects = nil
	labels := append([]string{lang.L("(skip)")}, goalLabels(v.goals)...)
	names := v.columnNames()
	var keys []string
	keys, v.moreNames = v.mapKeys()
	var own map[int]string // the actuals' columns by their own names (北京店 under 实际)
	if v.isWide() {
		own = importer.ActualBlockNames(v.table)
	}
	for _, key := range keys {
		var sel *widgets.KeySelect
		if v.isWide() {
			sel = v.addSourceRow(slices.Index(names, key), key, labels).goal
		} else {
			sel = v.addKeyRow(key, labels).goal
		}
		col := slices.Index(names, key)
		if i := v.guessedGoal(key, col, own[col]); i != severalTitled {
			sel.SetSelectedIndex(i + 1)
		} else {
			sel.PlaceHolder = lang.L("(several goals have this title: choose one)")
		}
		v.goalSel[key] = sel
	}
	if v.moreNames {
		v.goalMap.Objects = append(v.goalMap.Objects, moreNamesNote())
	}
	v.goalMap.Refresh()
	v.invalidate()
}

// mapping is the chosen mapping as PlanImport takes it.
func (v *importView) mapping() importer.Mapping {
	m := importer.Mapping{DateColumn: v.dateCol.SelectedIndex(), GoalColumn: -1, ValueColumn: -1,
		GoalByName: map[string]int64{}, ValueColumns: map[int]int64{}, SkipHeader: v.header.Checked, HeaderRow: v.table.HeaderRow,
		NumberFormat: notation.NumberFormat{DecimalComma: v.comma.Checked}, DayMonth: notation.MonthFirst, KeepHidden: v.keepHidden(),
		Block: v.chosenBlock()}
	if v.dayFirst.Checked {
		m.DayMonth = notation.DayFirst
	}
	if v.isWide() {
		for _, r := range v.sources {
			if i := r.goal.SelectedIndex() - 1; i >= 0 && i < len(v.goals) && r.col >= 0 {
				m.Sources = append(m.Sources, importer.Source{GoalID: v.goals[i].ID, ValueColumn: r.col, Filter: r.filter})
			}
		}
		m.Dimensions = v.keptDimensions()
		return m
	}
	v.goalsByName(&m)
	m.GoalColumn, m.ValueColumn = v.goalCol.SelectedIndex(), v.valueCol.SelectedIndex()
	m.IDColumn = importer.GuessIDColumn(v.table, m.GoalColumn)
	// The columns beside the goal's name and value (产品, 地区) break it down.
	m.Dimensions = v.keptDimensions()
	return v.withKeyFilters(m)
}

// invalidate forgets a checked plan when the mapping changes.
func (v *importView) invalidate() {
	v.plan = nil
	v.refreshDimensions()
	v.shadePreview()
	if v.result != nil {
		v.result.SetText(lang.L("Press Check to see what the import would write."))
		v.rejected.SetText("")
		v.leftOut.SetText("")
		v.without.Hide()
	}
}
