package views

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/data"
	"pacer/data/team"
)

// prefTeamName is the preference key, followed by a keychain account, of
// the name its login goes by in the team: kept so that "Mine" knows the
// goals owned under that name while offline. It is no secret.
const prefTeamName = "team.name."

// prefTeamRole is the preference key, followed by a keychain account, of
// the role its login had when the members were last read: kept so that an
// owner working offline is still offered an owner's choices.
const prefTeamRole = "team.role."

// rememberTeamRole keeps the role s's login has.
func rememberTeamRole(s teamServer, role team.Role) {
	if role != "" {
		fyne.CurrentApp().Preferences().SetString(prefTeamRole+keychainAccount(s), string(role))
	}
}

// rememberedTeamRole is the role s's login had when last known; "" when
// never known on this computer.
func rememberedTeamRole(s teamServer) team.Role {
	return team.Role(fyne.CurrentApp().Preferences().String(prefTeamRole + keychainAccount(s)))
}

// rememberTeamName keeps the name s's login goes by.
func rememberTeamName(s teamServer, name string) {
	if name != "" {
		fyne.CurrentApp().Preferences().SetString(prefTeamName+keychainAccount(s), name)
	}
}

// sessionFor is the running sync of the file a screen's store reads, or nil.
func sessionFor(store any) *teamSession {
	file, ok := store.(interface{ Path() string })
	if !ok {
		return nil
	}
	teamSessions.Lock()
	defer teamSessions.Unlock()
	for st, ts := range teamSessions.m {
		if st.Path() == file.Path() {
			return ts
		}
	}
	return nil
}

// teamIdentity is who the team file store syncs as: its login, and the
// name it goes by when known; ok is false for a file of one's own.
func teamIdentity(store any) (me teamMember, ok bool) {
	ts := sessionFor(store)
	if ts == nil {
		return me, false
	}
	name := fyne.CurrentApp().Preferences().String(prefTeamName + keychainAccount(ts.server))
	return teamMember{Login: ts.server.User, Name: name}, true
}

// mineLabel is the dashboard's owner choice of the user's own goals.
func mineLabel() string { return lang.L("Mine") }

// teamOwnerOptions are the owner choices a team file adds: "Mine".
func (s *dashboardScreen) teamOwnerOptions() []string {
	if _, ok := teamIdentity(s.ui.store); ok {
		return []string{mineLabel()}
	}
	return nil
}

// mineFilter is, when "Mine" is chosen, what tells the user's goals: those
// owned under their name or login, and those they checked in.
func (s *dashboardScreen) mineFilter() (func(app.Goal) bool, bool) {
	me, ok := teamIdentity(s.ui.store)
	if !ok || s.owner.Selected != mineLabel() {
		return nil, false
	}
	checkedIn := goalsCheckedInBy(s.ui, s.ui.store, s.all, me.Login)
	return func(g app.Goal) bool { return isMine(g, me) || checkedIn[g.ID] }, true
}

// isMine tells whether g is owned by me, under their name or login.
func isMine(g app.Goal, me teamMember) bool {
	owner := strings.TrimSpace(g.Owner)
	return owner != "" && (strings.EqualFold(owner, me.Name) || strings.EqualFold(owner, me.Login))
}

// goalsCheckedInBy are the goals among the dashboard's with a check-in by login.
func goalsCheckedInBy(sh shell, store checkInReader, paces []goalPace, login string) map[int64]bool {
	mine := map[int64]bool{}
	if st, ok := store.(*data.Store); ok { // parts of goals whose check-ins add up
		parts, err := team.GoalsWithPart(sh.context(), st, login)
		if err != nil {
			sh.showError(err)
		}
		for id := range parts {
			mine[id] = true
		}
	}
	for _, p := range paces {
		cs, err := teamCheckIns(sh.context(), store, p.Goal.ID)
		if err != nil {
			sh.showError(err)
			return mine
		}
		for _, c := range cs {
			if c.Author == login {
				mine[p.Goal.ID] = true
				break
			}
		}
	}
	return mine
}

// authorName is how a team login is shown beside what it wrote: the name
// it goes by in the team when known, else the login itself.
func authorName(store any, login string) string {
	if ts := sessionFor(store); ts != nil {
		s := ts.server
		s.User = login
		if name := fyne.CurrentApp().Preferences().String(prefTeamName + keychainAccount(s)); name != "" {
			return name
		}
	}
	return login
}

// withAuthor is text led by the name of who wrote it, when a team member did.
func withAuthor(store any, login, text string) string {
	if login == "" {
		return text
	}
	name := authorName(store, login)
	if text == "" {
		return name
	}
	return lang.L("{{.Name}}: {{.Text}}", map[string]any{"Name": name, "Text": text})
}

// teamCheckIns are a goal's check-ins, each with its author in a team file.
func teamCheckIns(ctx context.Context, store checkInReader, goalID int64) ([]app.CheckIn, error) {
	cs, err := store.CheckIns(ctx, goalID)
	st, ok := store.(*data.Store)
	if err != nil || !ok {
		return cs, err
	}
	authors, err := team.CheckInAuthors(ctx, st, goalID)
	for i := range cs {
		if a, ok := authors[cs[i].ID]; ok {
			cs[i].Author = a
		}
	}
	return cs, err
}

// teamFollowUps are an action plan's follow-ups, each with its author in a team file.
func teamFollowUps(ctx context.Context, store followUpStore, actionID int64) ([]app.FollowUp, error) {
	fs, err := store.FollowUps(ctx, actionID)
	st, ok := store.(*data.Store)
	if err != nil || !ok {
		return fs, err
	}
	authors, err := team.FollowUpAuthors(ctx, st, actionID)
	for i := range fs {
		if a, ok := authors[fs[i].ID]; ok {
			fs[i].Author = a
		}
	}
	return fs, err
}
