package views

import (
	"fmt"
	"testing"

	"pacer/data/team"

	"fyne.io/fyne/v2/lang"
)

// The team engine's own refusals and states read as their translated
// sentences, wrapped or not, never as "Something went wrong: …" in English.
func TestTeamErrorTextReadsTheEnginesAnswers(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{team.Refusal{Kind: "goals", Reason: "owner_only"}, "the server refused a change: only an owner can change goals, plans and settings."},
		{fmt.Errorf("push: %w", team.Refusal{Kind: "checkins", Reason: "own_name"}), "the server refused a change: check-ins, follow-ups and feedback can only be added under your own name."},
		{fmt.Errorf("sync: %w", team.ErrNeedsUpdate), "the team's server needs a newer Pacer: update Pacer to sync; this file keeps working offline."},
		{team.ErrRemoved, "this login is no longer a member of the team."},
		{fmt.Errorf("%w: relation missing", team.ErrNoTeam), "this database has no Pacer team: check its name, or create the team first."},
	}
	for _, c := range cases {
		if got, want := teamErrorText(c.err), lang.L(c.want); got != want {
			t.Errorf("teamErrorText(%v) = %q, want %q", c.err, got, want)
		}
	}
}
