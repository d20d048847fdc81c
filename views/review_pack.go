package views

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/chart"
	"pacer/app/export"
)

// packFile is one file of a review pack: its name and how to make it.
type packFile struct {
	name string
	make func() ([]byte, error)
}

// onExportPack writes every chart of the period and the variance table
// (CSV and XLSX) into a folder the user picks, in a subfolder named after
// the period. Work runs off the UI goroutine with a progress bar.
func (s *reviewsScreen) onExportPack() {
	p, ok := s.selectedPeriod()
	if !ok || len(s.rows) == 0 {
		return
	}
	parent, err := s.ui.chooser().chooseFolder(lang.L("Export review pack"), startFolder(folderDocuments))
	if err != nil || parent == "" {
		if err != nil {
			s.ui.showError(err)
		}
		return
	}
	rememberFolder(folderDocuments, parent)
	dir := filepath.Join(parent, safeFileName(lang.L("Review {{.Period}}", map[string]any{"Period": periodName(p)})))
	files, err := s.packFiles(p)
	if err != nil {
		s.ui.showError(err)
		return
	}
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.name
	}
	confirmReplaceFiles(s.ui, dir, names, func() { s.writePack(dir, files) })
}

// packFiles lists the pack's files: the period's two all-goal charts, three
// charts per goal and one per dimension of a goal broken down, the table
// of the gap by dimension, and the variance table (whose workbook holds
// that table too).
func (s *reviewsScreen) packFiles(p app.Period) ([]packFile, error) {
	size := chartSize(1920, 1080)
	b, err := s.allGoalsCharts(p)
	if err != nil {
		return nil, err
	}
	portfolio, goalsGap := b.portfolio(), b.goalsGap()
	files := []packFile{
		{lang.L("All goals - attainment") + ".png", func() ([]byte, error) { return chart.PortfolioChart(portfolio, size, chart.FormatPNG) }},
		{lang.L("All goals - gap to plan") + ".png", func() ([]byte, error) { return chart.VarianceBars(goalsGap, size, chart.FormatPNG) }},
	}
	for i, r := range s.rows {
		gb := b
		gb.goal = r.Goal
		prefix := fmt.Sprintf("%02d %s – ", i+1, safeFileName(app.ShortName(r.Goal.Title)))
		bars, gap, pace := gb.planActual(), gb.goalGap(), gb.pace()
		files = append(files,
			packFile{prefix + lang.L("plan and actual") + ".png", func() ([]byte, error) { return chart.PlanActualBars(bars, size, chart.FormatPNG) }},
			packFile{prefix + lang.L("gap to plan") + ".png", func() ([]byte, error) { return chart.VarianceBars(gap, size, chart.FormatPNG) }},
			packFile{prefix + lang.L("cumulative") + ".png", func() ([]byte, error) { return goalChartFile(s.ui, pace, size, chart.FormatPNG) }},
		)
	}
	table := s.reviewTable(p)
	cs, err := s.periodContributors()
	if err != nil {
		return nil, err
	}
	files = append(files, s.contributorPackFiles(b, cs, table)...)
	files = append(files,
		packFile{lang.L("Variance table") + ".csv", func() ([]byte, error) {
			var buf bytes.Buffer
			err := export.WriteReviewCSV(&buf, table)
			return buf.Bytes(), err
		}},
		packFile{lang.L("Variance table") + ".xlsx", func() ([]byte, error) {
			var buf bytes.Buffer
			err := export.WriteReviewBook(&buf, table, cs, exportWord)
			return buf.Bytes(), err
		}})
	return files, nil
}

// reviewTable is the period's variance table with translated headers and the gap analyses.
func (s *reviewsScreen) reviewTable(p app.Period) app.ReviewTable {
	cols := []app.ReviewColumn{app.ColumnGoal, app.ColumnPeriod, app.ColumnUnit, app.ColumnExpected, app.ColumnReplannedAfter,
		app.ColumnActual, app.ColumnVariance, app.ColumnVarianceRel, app.ColumnVsPreviousRel, app.ColumnVsLastYearRel,
		app.ColumnReported, app.ColumnStatus, app.ColumnCause, app.ColumnMeasures}
	headers := []string{lang.L("Goal"), lang.L("Period"), lang.L("Unit"), lang.L("Expected"), lang.L("Re-planned after"),
		lang.L("Actual"), lang.L("Variance"), lang.L("Variance %"), lang.L("Vs previous period %"),
		lang.L("Vs same period last year %"), lang.L("Reported"), lang.L("Status"), lang.L("Cause"), lang.L("Improvement measures")}
	reviews := map[int64]app.Review{}
	for _, r := range s.rows {
		if rv, err := s.ui.store.ReviewByPeriod(s.ui.context(), r.Goal.ID, p.Key()); err == nil {
			reviews[r.Goal.ID] = *rv
		}
	}
	return app.ReviewTable{Sheet: periodName(p), Columns: cols, Headers: headers, Rows: s.rows,
		PeriodLabel: periodName, StatusLabels: statusLabels(), Reviews: reviews, PointsUnit: pointsUnit(), Milestone: milestoneWords()}
}

// writePack makes and writes the files in the background, showing progress;
// it stops at the first failure and says which file and why.
func (s *reviewsScreen) writePack(dir string, files []packFile) {
	bar := widget.NewProgressBar()
	progress := dialog.NewCustomWithoutButtons(lang.L("Exporting the review pack…"), bar, s.ui.window())
	s.ui.showBusy(progress)
	go func() {
		err := os.MkdirAll(dir, 0o755)
		for i, f := range files {
			if err != nil {
				break
			}
			var content []byte
			if content, err = f.make(); err == nil {
				err = writeFileAtomic(filepath.Join(dir, f.name), content)
			}
			if err != nil {
				err = fmt.Errorf("%s: %w", f.name, err)
			}
			done := float64(i+1) / float64(len(files))
			fyne.Do(func() { bar.SetValue(done) })
		}
		fyne.Do(func() {
			progress.Hide()
			s.packDone(dir, len(files), err)
		})
	}()
}

func (s *reviewsScreen) packDone(dir string, count int, err error) {
	if s.onPackDone != nil {
		defer s.onPackDone(dir, err)
	}
	if err != nil {
		s.ui.showError(err)
		return
	}
	showSaved(s.ui, lang.L("Review pack exported"),
		lang.L("{{.Count}} files written to {{.Path}}.", map[string]any{"Count": count, "Path": dir}), dir)
}
