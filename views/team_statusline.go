package views

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// teamStatusView is a team file's status on the status line: an icon
// button that opens Settings → Team, and the status in words, cut with …
// where the window is narrow. Hidden unless the file syncs with a team.
type teamStatusView struct {
	open *widget.Button
	text *widget.Label
	box  *fyne.Container
	line *fyne.Container // the status line, laid out again as the text changes
}

// Text is the status shown.
func (v *teamStatusView) Text() string { return v.text.Text }

// Visible tells whether the status is shown.
func (v *teamStatusView) Visible() bool { return v.box.Visible() }

// set shows text with the icon of a state.
func (v *teamStatusView) set(text string, icon fyne.Resource) {
	v.text.SetText(text)
	v.open.SetIcon(icon)
	v.box.Show()
	v.line.Refresh()
}

// withTeamStatus is the status line: the file's path, and beside it the
// team status, which takes up to 60 % of the width when shown. Building it
// stops the sync of the file the window showed before, and starts this
// file's once Pacer is up.
func (ui *mainUI) withTeamStatus(path *widget.Label) fyne.CanvasObject {
	v := &teamStatusView{text: widget.NewLabel("")}
	v.open = widget.NewButtonWithIcon("", theme.ViewRefreshIcon(), func() { ui.showTeamSettings() })
	v.open.Importance = widget.LowImportance
	v.text.Truncation = fyne.TextTruncateEllipsis
	v.box = newBorder(nil, nil, v.open, nil, v.text)
	v.box.Hide()
	ui.teamLine = v
	if old := ui.shown.ui; old != ui && old.deps.Store != ui.deps.Store {
		stopSession(old.deps.Store)
	}
	if ui.deps.Store != nil && !ui.deps.sample {
		afterStart(ui.linkTeam)
	}
	v.line = container.New(statusSplit{team: v}, path, v.box)
	return v.line
}

// watchTeam shows ts's status on the status line from now on.
func (ui *mainUI) watchTeam(ts *teamSession) {
	if ts == nil || ui.teamLine == nil {
		return
	}
	var last time.Time
	ts.watch(func(st teamStatus) {
		ui.teamLine.set(teamStatusText(st, time.Now()), teamStateIcon(st.State))
		if st.State == teamSynced && st.LastSync.After(last) {
			last = st.LastSync
			ui.showPulled()
		}
	})
}

// showPulled reloads, after a sync, the dashboard or the check-ins in view,
// so that a teammate's check-in shows without a click; a goal's detail, a
// form being typed and the other screens reload when next shown.
func (ui *mainUI) showPulled() {
	if ui.activeUI() != ui {
		return
	}
	switch ui.screens[ui.current].id {
	case screenDashboard:
		d := builtScreen[*dashboardScreen](ui)
		if d != nil && (len(d.all) == 0 || (len(d.content.Objects) == 1 && d.content.Objects[0] == d.board)) {
			d.refresh()
		}
	case screenCheckIns:
		ui.refreshScreen(screenCheckIns)
	}
}

// showNoPassword says on the status line that the team file does not sync
// for want of a password; the line opens Settings → Team to give it.
func (ui *mainUI) showNoPassword() {
	if ui.teamLine != nil {
		ui.teamLine.set(lang.L("Not syncing: no team password entered. Your work stays on this laptop."), theme.WarningIcon())
	}
}

// teamStateIcon is the status line's icon for a sync state.
func teamStateIcon(s teamState) fyne.Resource {
	switch s {
	case teamSynced:
		return theme.ConfirmIcon()
	case teamSyncing:
		return theme.ViewRefreshIcon()
	case teamFailed, teamNeedsUpdate, teamRemoved:
		return theme.WarningIcon()
	}
	return theme.CancelIcon()
}

// statusSplit lays the status line out: the path on the left, the team
// status on the right at its full width up to 60 % of the line.
type statusSplit struct{ team *teamStatusView }

func (l statusSplit) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		if o.Visible() {
			m := o.MinSize()
			s = fyne.NewSize(s.Width+m.Width, max(s.Height, m.Height))
		}
	}
	return s
}

func (l statusSplit) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	path, team := objects[0], objects[1]
	right := float32(0)
	if team.Visible() {
		text := fyne.MeasureText(l.team.text.Text, theme.TextSize(), fyne.TextStyle{})
		want := l.team.open.MinSize().Width + text.Width + 4*theme.InnerPadding()
		right = min(want, size.Width*0.6)
		team.Move(fyne.NewPos(size.Width-right, 0))
		team.Resize(fyne.NewSize(right, size.Height))
	}
	path.Move(fyne.NewPos(0, 0))
	path.Resize(fyne.NewSize(size.Width-right, size.Height))
}
