package views

import (
	"context"

	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// followUpStore is what the follow-up log reads and writes.
type followUpStore interface {
	FollowUps(ctx context.Context, actionID int64) ([]app.FollowUp, error)
	AddFollowUp(ctx context.Context, f *app.FollowUp) error
}

// followUpDeps is what the follow-up log uses.
type followUpDeps = screenDeps[followUpStore]

// followUpLog lists an action plan's dated notes on its effect and takes new ones.
type followUpLog struct {
	ui      followUpDeps
	plan    app.ActionPlan
	notes   *fyne.Container
	date    *widgets.DateEntry
	note    *widgets.KeyEntry
	add     *widget.Button
	msg     *widget.Label
	content fyne.CanvasObject
}

func newFollowUpLog(ui followUpDeps, plan app.ActionPlan) *followUpLog {
	l := &followUpLog{ui: ui, plan: plan, notes: container.NewVBox(), date: widgets.NewDateEntry(), note: widgets.NewEntry()}
	today := ui.today().Time
	l.date.SetDate(&today)
	l.note.SetPlaceHolder(lang.L("What changed since the last follow-up?"))
	l.note.OnSubmitted = func(string) { l.onAdd() }
	l.add = widget.NewButtonWithIcon(lang.L("Add note"), theme.ContentAddIcon(), l.onAdd)
	l.msg = widget.NewLabel("")
	l.msg.Importance = widget.DangerImportance
	l.msg.Hide()
	entry := newBorder(nil, nil, l.date, l.add, l.note)
	l.content = container.NewVBox(l.notes, entry, l.msg)
	l.refresh()
	return l
}

func (l *followUpLog) refresh() {
	notes, err := teamFollowUps(l.ui.context(), l.ui.store, l.plan.ID)
	if err != nil {
		l.ui.showError(err)
		return
	}
	l.notes.Objects = nil
	for _, n := range notes {
		text := widget.NewLabel(n.Date.String() + "  " + withAuthor(l.ui.store, n.Author, n.Note))
		text.Wrapping = fyne.TextWrapWord
		l.notes.Add(text)
	}
	if len(notes) == 0 {
		l.notes.Add(widget.NewLabel(lang.L("No follow-up notes yet.")))
	}
	l.notes.Refresh()
}

func (l *followUpLog) onAdd() {
	note := strings.TrimSpace(l.note.Text)
	if note == "" {
		l.showError(lang.L("Write what you observed."))
		return
	}
	date, err := l.date.Value()
	if err != nil {
		l.showError(userMessage(err))
		return
	}
	// A note says what was seen: one dated later would also hold the
	// plan's next follow-up off until a period after that day.
	if today := l.ui.today(); date.DayNumber() > today.DayNumber() {
		l.showError(lang.L("Date the note {{.Today}} or earlier: it records what you saw.", map[string]any{"Today": today.String()}))
		return
	}
	// A note from before the plan began tells nothing of its effect.
	if start := l.plan.Start; !start.IsZero() && date.DayNumber() < start.DayNumber() {
		l.showError(lang.L("Date the note {{.Start}} or later: the plan starts then.", map[string]any{"Start": start.String()}))
		return
	}
	f := app.FollowUp{ActionID: l.plan.ID, Date: date, Note: note}
	if err := l.ui.store.AddFollowUp(l.ui.context(), &f); err != nil {
		l.showError(userMessage(err))
		return
	}
	l.msg.Hide()
	l.note.SetText("")
	l.refresh()
}

func (l *followUpLog) showError(text string) {
	l.msg.SetText(text)
	l.msg.Show()
}
