package views

import (
	"errors"
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
)

// teamLayoutCases are Settings → Team for the screen-size check: the forms
// to create or join a team with every field's message showing, and a
// team file's tab with long names and a long error, its status line too.
func teamLayoutCases() []layoutCase {
	return []layoutCase{
		{name: "team setup", open: func(t *testing.T, ui *mainUI, _ app.Goal) {
			useFakeTeam(t)
			team := teamTab(t, ui)
			test.Tap(team.create.create)
			test.Tap(team.join.join)
		}},
		{name: "team linked", open: func(t *testing.T, ui *mainUI, _ app.Goal) {
			f, keys := useFakeTeam(t)
			s := teamServer{Host: "pacer-team-database.example-business.com.cn", Port: 5432, Database: "pacer_north_america", User: "alexandra.montgomery", SSLMode: "verify-full"}
			f.linked[ui.deps.Store] = s
			keys.kept[keychainAccount(s)] = "owner-secret"
			long := longTexts["en"].owner
			f.members = []teamMember{{Login: s.User, Name: long, Role: roleOwner}, {Login: "ouyang.jianguo", Name: longTexts["zh"].owner, Role: roleMember}}
			if _, err := ui.deps.Store.SyncDB().Exec(`INSERT INTO team_clashes (what, kind, row_uid, field, theirs, mine, author, created_at)
				VALUES ('clash', 'goals', 'g-x', 'title', ?, ?, 'ouyang.jianguo', '2026-12-02T06:00:00Z')`,
				`"`+longTexts["zh"].title+`"`, `"`+longTexts["en"].title+`"`); err != nil {
				t.Fatal(err)
			}
			ui.linkTeam()
			f.started[0].say(teamStatus{State: teamFailed, Err: fmt.Errorf("sync: %w", errors.New(longTexts["en"].note))})
			team := teamTab(t, ui)
			test.Tap(team.linked.members.add.add)
		}},
	}
}
