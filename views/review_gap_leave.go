package views

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// formState is what the gap analysis's form says, as saving would read
// it: the cause, trimmed texts and the measures that are not blank.
func (e *gapEditor) formState() []string {
	st := []string{e.cause.Selected, strings.TrimSpace(e.text.Text), strings.TrimSpace(e.feedback.Text)}
	for _, r := range e.rows {
		text, owner := strings.TrimSpace(r.text.Text), strings.TrimSpace(r.owner.Text)
		if text == "" && owner == "" && r.due.Blank() {
			continue
		}
		st = append(st, strings.Join([]string{strconv.FormatInt(r.id, 10), strconv.FormatBool(r.ownDone()), strconv.FormatBool(r.tickStep),
			text, owner, dateState(r.due)}, "\n"))
	}
	return st
}

// changed tells whether the form differs from the gap analysis loaded.
func (e *gapEditor) changed() bool {
	return e.goal.ID != 0 && !slices.Equal(e.formState(), e.loaded)
}

// onSelect shows the row's gap analysis. One changed and not saved is
// dropped only after asking; kept, it stays in the editor, its heading
// naming its goal and period, and its row is chosen again when listed.
func (s *reviewsScreen) onSelect(id widget.ListItemID) {
	if id >= len(s.rows) {
		return
	}
	row := s.rows[id]
	// Reloading the same goal and period would drop what was typed but not
	// saved; a form as saved is read again, for what its measures' action
	// plans did meanwhile.
	if row.Goal.ID == s.gap.goal.ID && row.Period.Key() == s.gap.period {
		if !s.gap.changed() {
			s.gap.reload()
		}
		s.showRow(row)
		return
	}
	if !s.gap.changed() {
		s.openRow(row)
		return
	}
	askUnsaved(s.ui.shell, unsavedQuestion{title: lang.L("Save the gap analysis?"),
		text: lang.L("The gap analysis of {{.Goal}}, {{.Period}} has changes not saved; another goal or period drops them.",
			map[string]any{"Goal": s.gap.goal.Title, "Period": periodKeyName(s.gap.period)}),
		save: func() {
			s.gap.onSave()
			if s.gap.changed() { // refused: its message is under the form
				s.selectGapRow()
				return
			}
			s.openRow(row)
		},
		discard: func() { s.openRow(row) },
		keep:    s.selectGapRow,
	})
}

// openRow loads the row's gap analysis into the editor and shows the row.
func (s *reviewsScreen) openRow(row app.ReviewRow) {
	s.gap.load(row.Goal, row.Period.Key())
	s.showRow(row)
}

// showRow shows what the row's gap is made of and its charts, read off
// the UI goroutine (load): the first showing's rows are drawn without
// waiting for the first row's years of values, nor a click on a row for
// its goal's breakdown. A row selected since drops the read.
func (s *reviewsScreen) showRow(row app.ReviewRow) {
	s.goalReads++
	n := s.goalReads
	s.gap.showContributors(row, nil)
	s.charts.awaitGoal()
	var g goalReads
	s.ui.load(func() { g = s.charts.read(row) }, func() {
		if n != s.goalReads {
			return
		}
		if g.contribErr != nil {
			s.ui.showError(g.contribErr)
		}
		s.gap.showContributors(row, g.contributors)
		s.charts.showGoal(row, g)
	})
}

// selectGapRow chooses the row of the gap analysis in the editor, when
// the list shows it.
func (s *reviewsScreen) selectGapRow() {
	for i, r := range s.rows {
		if r.Goal.ID == s.gap.goal.ID && r.Period.Key() == s.gap.period {
			s.list.Select(i)
			return
		}
	}
	s.list.UnselectAll()
}
