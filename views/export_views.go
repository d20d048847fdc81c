package views

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/app/export"
)

// exportWord translates a word of the exports and the report, English
// words and app's labels alike. go-i18n cannot hold the key
// "Description", so that header has a key of its own.
func exportWord(s string) string {
	if s == "Description" {
		return lang.L("Goal description")
	}
	return lang.L(s)
}

// onExportXLSX writes every goal, plan, check-in, review and action plan to one workbook.
func (ui *mainUI) onExportXLSX() {
	saveAs(ui, lang.L("Export to Excel"), "pacer.xlsx", fileFilter{desc: lang.L("Excel workbook"), exts: []string{"xlsx"}}, func(path string) {
		book, err := export.LoadExportBook(ui.ctx, ui.deps.Store)
		var buf bytes.Buffer
		if err == nil {
			err = export.WriteDataXLSX(&buf, book, exportWord)
		}
		if err == nil {
			err = writeFileAtomic(path, buf.Bytes())
		}
		ui.exportDone(path, err)
	})
}

// onExportCSV writes one CSV file per table into a folder the user picks.
func (ui *mainUI) onExportCSV() {
	dir, err := ui.files.chooseFolder(lang.L("Export to CSV files"), startFolder(folderDocuments))
	if err != nil || dir == "" {
		ui.showErrorIf(err)
		return
	}
	rememberFolder(folderDocuments, dir)
	confirmReplaceFiles(ui, dir, export.DataCSVNames(exportWord), func() {
		book, err := export.LoadExportBook(ui.ctx, ui.deps.Store)
		if err == nil {
			_, err = export.WriteDataCSVDir(dir, book, exportWord)
		}
		ui.exportDone(dir, err)
	})
}

// replaceListMax is how many of the files an export would replace the
// question names; the rest are counted.
const replaceListMax = 6

// confirmReplaceFiles runs write at once when folder dir holds none of
// the files names, else only after the user agrees to replace those it
// holds, which the question names: an export never replaces a file
// without asking.
func confirmReplaceFiles(sh shell, dir string, names []string, write func()) {
	var there []string
	for _, n := range names {
		if fileExists(filepath.Join(dir, n)) {
			there = append(there, n)
		}
	}
	if len(there) == 0 {
		write()
		return
	}
	list := there[:min(len(there), replaceListMax)]
	text := lang.L("These files in {{.Path}} would be replaced:", map[string]any{"Path": dir}) + "\n" + strings.Join(list, "\n")
	if more := len(there) - len(list); more > 0 {
		text += "\n" + lang.L("and {{.Count}} more", map[string]any{"Count": more})
	}
	d := dialog.NewConfirm(lang.L("Replace files"), text+"\n"+lang.L("Replace them?"), func(ok bool) {
		if ok {
			write()
		}
	}, sh.window())
	d.SetConfirmText(lang.L("Replace"))
	sh.showDestructive(d)
}

// exportDone tells where an export was written, with a button that opens
// its folder (path's own, for a folder of CSV files), or why it failed.
func (ui *mainUI) exportDone(path string, err error) {
	if err != nil {
		ui.showError(err)
		return
	}
	dir := path
	if !isDir(path) {
		dir = filepath.Dir(path)
	}
	showSaved(ui, lang.L("Export finished"), lang.L("Written to {{.Path}}.", map[string]any{"Path": path}), dir)
}

// saveAs asks where to save a document, starting in the folder of the last
// one (else the user's Documents), and whether to replace one already
// there, then writes it there with write.
func saveAs(sh shell, title, name string, filter fileFilter, write func(path string)) {
	path, err := sh.chooser().saveFile(title, filepath.Join(startFolder(folderDocuments), name), filter)
	if err != nil || path == "" {
		sh.showErrorIf(err)
		return
	}
	rememberFolder(folderDocuments, filepath.Dir(path))
	sh.confirmOverwrite(path, func() { write(path) })
}

// onSaveReport writes the period's review as one HTML file that opens in
// any browser and prints to PDF.
func (s *reviewsScreen) onSaveReport() {
	p, ok := s.selectedPeriod()
	if !ok || len(s.rows) == 0 {
		return
	}
	name := safeFileName(lang.L("Review {{.Period}}", map[string]any{"Period": periodName(p)})) + ".html"
	saveAs(s.ui, lang.L("Save report"), name, fileFilter{desc: lang.L("Web page"), exts: []string{"html"}}, func(path string) {
		content, err := s.reportHTML(p)
		if err == nil {
			err = writeFileAtomic(path, content)
		}
		s.ui.exportDone(path, err)
	})
}

// exportTable is the period's variance table as the report and the deck
// show it. The period a re-spread plan kept follows the expected value
// when a row has one; the slides have no room for a column always empty.
func (s *reviewsScreen) exportTable(p app.Period) app.ReviewTable {
	table := s.reviewTable(p)
	table.Columns = []app.ReviewColumn{app.ColumnGoal, app.ColumnUnit, app.ColumnExpected}
	table.Headers = []string{lang.L("Goal"), lang.L("Unit"), lang.L("Expected")}
	if slices.ContainsFunc(s.rows, func(r app.ReviewRow) bool { return r.ReplannedAfter != "" }) {
		table.Columns = append(table.Columns, app.ColumnReplannedAfter)
		table.Headers = append(table.Headers, lang.L("Re-planned after"))
	}
	table.Columns = append(table.Columns, app.ColumnActual, app.ColumnVariance, app.ColumnVarianceRel,
		app.ColumnVsPreviousRel, app.ColumnVsLastYearRel, app.ColumnStatus)
	table.Headers = append(table.Headers, lang.L("Actual"), lang.L("Variance"), lang.L("Variance %"),
		lang.L("Vs previous period %"), lang.L("Vs same period last year %"), lang.L("Status"))
	return table
}

func (s *reviewsScreen) reportHTML(p app.Period) ([]byte, error) {
	table := s.exportTable(p)
	b, err := s.allGoalsCharts(p)
	if err != nil {
		return nil, err
	}
	portfolio, gap := b.portfolio(), b.goalsGap()
	cs, err := s.periodContributors()
	if err != nil {
		return nil, err
	}
	inputs := export.ReportChartInputs{Portfolio: &portfolio, Gap: &gap, Goals: map[int64]export.GoalReportCharts{}}
	for _, r := range s.rows {
		gb := b
		gb.goal = r.Goal
		bars, cum := gb.planActual(), goalChartInput(s.ui, gb.pace())
		inputs.Goals[r.Goal.ID] = export.GoalReportCharts{PlanActual: &bars, Cumulative: &cum, Contributors: contributorCharts(gb, r, cs[r.Goal.ID])}
	}
	charts, err := export.ReportCharts(inputs, chartSize(480, 300))
	if err != nil {
		return nil, err
	}
	actions, err := s.ui.store.ListActionPlans(s.ui.context(), app.ActionFilter{})
	if err != nil {
		return nil, err
	}
	followUps := map[int64][]app.FollowUp{}
	for _, a := range actions {
		if followUps[a.ID], err = s.ui.store.FollowUps(s.ui.context(), a.ID); err != nil {
			return nil, err
		}
	}
	langTag := "en"
	if chineseUI() {
		langTag = "zh-Hans"
	}
	var buf bytes.Buffer
	err = export.WriteReviewReport(&buf, export.ReportInput{
		Lang:      langTag,
		Title:     lang.L("Review {{.Period}}", map[string]any{"Period": periodName(p)}),
		Subtitle:  filepath.Base(s.ui.filePath()),
		Generated: lang.L("Generated on {{.Date}}", map[string]any{"Date": time.Now().Format("2006-01-02")}),
		Table:     table, Actions: actions, FollowUps: followUps, Charts: charts,
		Translate: exportWord, Contributors: cs,
	})
	return buf.Bytes(), err
}
