package views

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"pacer/data"
	"pacer/data/team"
)

// teamFeedback is a gap analysis's team feedback in a team file: each
// person keeps their own, under their login, so two people's feedback
// never clashes; the editor's field is the user's, and everyone else's is
// listed under it. In a file of one's own it does nothing.
type teamFeedback struct {
	others *widget.Label
	store  *data.Store // the team file, nil in a file of one's own
	me     string
}

func newTeamFeedback() *teamFeedback {
	f := &teamFeedback{others: widget.NewLabel("")}
	f.others.Wrapping = fyne.TextWrapWord
	f.others.Hide()
	return f
}

// shared tells whether the last load found a team file.
func (f *teamFeedback) shared() bool { return f.store != nil }

// load reads the feedback on a goal's period: the user's own, for the
// editor's field, and the others', shown under it; ok is false in a file of
// one's own, whose feedback is the review's.
func (f *teamFeedback) load(ctx context.Context, store any, goalID int64, period string) (mine string, ok bool, err error) {
	f.store, f.me = nil, ""
	f.others.Hide()
	ts := sessionFor(store)
	st, isStore := store.(*data.Store)
	if ts == nil || !isStore {
		return "", false, nil
	}
	all, err := team.FeedbackFor(ctx, st, goalID, period)
	if err != nil {
		return "", false, err
	}
	f.store, f.me = st, ts.server.User
	var lines []string
	for _, fb := range all {
		if fb.Author == f.me {
			mine = fb.Text
		} else if strings.TrimSpace(fb.Text) != "" {
			lines = append(lines, withAuthor(store, fb.Author, fb.Text))
		}
	}
	f.others.SetText(strings.Join(lines, "\n"))
	if len(lines) > 0 {
		f.others.Show()
	}
	return mine, true, nil
}

// save keeps the user's feedback on a goal's period, in a team file.
func (f *teamFeedback) save(ctx context.Context, goalID int64, period, text string) error {
	if f.store == nil {
		return nil
	}
	return team.SaveFeedback(ctx, f.store, goalID, period, text)
}
