package views

import (
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/export/deck"
)

// newDeckButton is the reviews toolbar's "Export deck…".
func (s *reviewsScreen) newDeckButton() *widget.Button {
	return widget.NewButtonWithIcon(lang.L("Export deck…"), theme.DocumentSaveIcon(), s.onExportDeck)
}

// onExportDeck asks for the slides' shape (16:9 unless 4:3 is chosen),
// then a file, and writes the chosen period's review there as a
// PowerPoint deck, in the background with a progress bar.
func (s *reviewsScreen) onExportDeck() {
	p, ok := s.selectedPeriod()
	if !ok || len(s.rows) == 0 {
		return
	}
	wide, standard := lang.L("Widescreen 16:9"), lang.L("Standard 4:3")
	shape := widget.NewRadioGroup([]string{wide, standard}, nil)
	shape.SetSelected(wide)
	shape.Required = true
	form := widget.NewForm(widget.NewFormItem(lang.L("Slide size"), shape))
	d := dialog.NewCustomConfirm(lang.L("Export deck"), lang.L("Export…"), lang.L("Cancel"), form, func(ok bool) {
		if ok {
			aspect := deck.Wide
			if shape.Selected == standard {
				aspect = deck.Standard
			}
			s.chooseDeckFile(p, aspect)
		}
	}, s.ui.window())
	s.ui.showDialog(d)
}

func (s *reviewsScreen) chooseDeckFile(p app.Period, aspect deck.Aspect) {
	name := safeFileName(lang.L("Review {{.Period}}", map[string]any{"Period": periodName(p)})) + ".pptx"
	saveAs(s.ui, lang.L("Export deck"), name, fileFilter{desc: lang.L("PowerPoint presentation"), exts: []string{"pptx"}}, func(path string) {
		in, err := s.deckInput(p, aspect)
		if err != nil {
			s.ui.showError(err)
			return
		}
		s.writeDeck(path, in)
	})
}

// writeDeck writes in to path off the UI goroutine, through a temporary
// file, showing how many slides and pictures are done.
func (s *reviewsScreen) writeDeck(path string, in deck.Input) {
	bar := widget.NewProgressBar()
	progress := dialog.NewCustomWithoutButtons(lang.L("Writing the review deck…"), bar, s.ui.window())
	s.ui.showBusy(progress)
	in.Progress = func(done, total int) {
		fyne.Do(func() { bar.SetValue(float64(done) / float64(total)) })
	}
	go func() {
		err := deck.WriteFile(path, in)
		fyne.Do(func() {
			progress.Hide()
			s.ui.exportDone(path, err)
			if s.onDeckDone != nil {
				s.onDeckDone(path, err)
			}
		})
	}()
}

// deckInput is the period's review as the deck shows it: the report's
// variance table and charts, the action plans, and every word in the
// interface's language through the report's translator.
func (s *reviewsScreen) deckInput(p app.Period, aspect deck.Aspect) (deck.Input, error) {
	table := s.exportTable(p)
	b, err := s.allGoalsCharts(p)
	if err != nil {
		return deck.Input{}, err
	}
	portfolio := b.portfolio()
	cs, err := s.periodContributors()
	if err != nil {
		return deck.Input{}, err
	}
	charts := deck.Charts{Portfolio: &portfolio, Goals: map[int64]deck.GoalCharts{}, Font: chartFont()}
	for _, r := range s.rows {
		gb := b
		gb.goal = r.Goal
		bars, cum := gb.planActual(), goalChartInput(s.ui, gb.pace())
		charts.Goals[r.Goal.ID] = deck.GoalCharts{PlanActual: &bars, Cumulative: &cum, Contributors: contributorCharts(gb, r, cs[r.Goal.ID])}
	}
	actions, err := s.ui.store.ListActionPlans(s.ui.context(), app.ActionFilter{})
	if err != nil {
		return deck.Input{}, err
	}
	langTag := "en"
	if chineseUI() {
		langTag = "zh-Hans"
	}
	return deck.Input{
		Lang: langTag, Aspect: aspect,
		Title:     lang.L("Review {{.Period}}", map[string]any{"Period": periodName(p)}),
		Subtitle:  filepath.Base(s.ui.filePath()),
		Generated: lang.L("Generated on {{.Date}}", map[string]any{"Date": time.Now().Format("2006-01-02")}),
		Table:     table, Actions: actions, Charts: charts, Translate: exportWord, Sentence: deckSentence,
	}, nil
}

// deckSentence writes a goal's figures for the speaker notes, saying
// where a re-spread plan counts the actuals of the periods it kept.
func deckSentence(f deck.Figures) string {
	if f.ReplannedAfter != "" && f.HasPlan {
		g := f
		g.ReplannedAfter = ""
		return deckSentence(g) + " " + lang.L("The plan was re-spread after {{.Period}} and counts its actuals.", map[string]any{"Period": f.ReplannedAfter})
	}
	args := map[string]any{"Goal": f.Goal, "Actual": f.Actual, "Plan": f.Plan, "Gap": f.Gap, "Status": f.Status}
	switch {
	case !f.HasActual:
		return lang.L("{{.Goal}}: no check-in for this period; plan {{.Plan}}.", args)
	case !f.HasPlan:
		return lang.L("{{.Goal}}: {{.Actual}}, no plan for this period.", args)
	case f.Done:
		// A milestone's gap is the plan and actual themselves: Not done against Done.
		return lang.L("{{.Goal}}: {{.Actual}} against a plan of {{.Plan}} ({{.Status}}).", args)
	case f.Below:
		return lang.L("{{.Goal}}: {{.Actual}} against a plan of {{.Plan}}, {{.Gap}} below plan ({{.Status}}).", args)
	}
	return lang.L("{{.Goal}}: {{.Actual}} against a plan of {{.Plan}}, {{.Gap}} above plan ({{.Status}}).", args)
}
