package views

import (
	"context"
	"errors"
	"net"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/data/team"
)

// teamStatusText is the status line of a team file: "Synced 12:03", "3
// changes waiting — offline", an update to install or what went wrong, in
// plain words; now is the clock the time is read against.
func teamStatusText(st teamStatus, now time.Time) string {
	switch st.State {
	case teamSyncing:
		return lang.L("Syncing with the team…")
	case teamSynced:
		if st.Waiting == 1 {
			return lang.L("1 change waiting to be sent")
		} else if st.Waiting > 0 {
			return lang.L("{{.Count}} changes waiting to be sent", map[string]any{"Count": st.Waiting})
		}
		return lang.L("Synced {{.Time}}", map[string]any{"Time": syncTime(st.LastSync, now)})
	case teamNeedsUpdate:
		return lang.L("Pacer on this laptop is older than the team's: update it to sync again. Your work stays on this laptop until then.")
	case teamRemoved:
		return lang.L("You were removed from the team: this file no longer syncs, and keeps everything it has.")
	case teamFailed:
		return lang.L("Not synced: {{.Reason}}", map[string]any{"Reason": teamErrorText(st.Err)})
	}
	if st.Waiting == 1 {
		return lang.L("1 change waiting — offline")
	} else if st.Waiting > 0 {
		return lang.L("{{.Count}} changes waiting — offline", map[string]any{"Count": st.Waiting})
	}
	if st.LastSync.IsZero() {
		return lang.L("Offline")
	}
	return lang.L("Offline — last synced {{.Time}}", map[string]any{"Time": syncTime(st.LastSync, now)})
}

// syncTime is when a sync finished: its time of day today, else its date and time.
func syncTime(t, now time.Time) string {
	t = t.Local()
	if y, m, d := t.Date(); y == now.Local().Year() && m == now.Local().Month() && d == now.Local().Day() {
		return t.Format("15:04")
	}
	return t.Format("2006-01-02 15:04")
}

// teamErrorText says in plain words why the server could not be used: the
// engine's own message when it has one, else what the kind of failure means.
func teamErrorText(err error) string {
	if err == nil {
		return lang.L("the reason is unknown")
	}
	if text := teamEngineText(err); text != "" {
		return text
	}
	var keyed interface {
		MessageKey() (string, map[string]any)
	}
	var ae *app.Error
	if errors.As(err, &keyed) || (errors.As(err, &ae) && ae.Message != "") {
		return userMessage(err)
	}
	if text := sqlStateText(err); text != "" {
		return text
	}
	return networkText(err)
}

// teamEngineText is the sentence for the team sync's own answers; "" for others.
func teamEngineText(err error) string {
	var refusal team.Refusal
	switch {
	case errors.As(err, &refusal):
		return refusalText(refusal)
	case errors.Is(err, team.ErrNeedsUpdate):
		return lang.L("the team's server needs a newer Pacer: update Pacer to sync; this file keeps working offline.")
	case errors.Is(err, team.ErrRemoved):
		return lang.L("this login is no longer a member of the team.")
	case errors.Is(err, team.ErrNoTeam):
		return lang.L("this database has no Pacer team: check its name, or create the team first.")
	case errors.Is(err, team.ErrTeamExists):
		return lang.L("this database already has a Pacer team: join it instead.")
	case errors.Is(err, team.ErrLinked):
		return lang.L("this file already belongs to a team.")
	}
	return ""
}

// refusalText says which change the server refused and who may make it.
func refusalText(r team.Refusal) string {
	switch r.Reason {
	case "own_name":
		return lang.L("the server refused a change: check-ins, follow-ups and feedback can only be added under your own name.")
	case "action_owner":
		return lang.L("the server refused a change: only an action plan's owner can change it.")
	}
	return lang.L("the server refused a change: only an owner can change goals, plans and settings.")
}

// sqlStateText is the sentence for the server's answers people meet: a
// refused login, a missing database, a right they lack; "" for others.
func sqlStateText(err error) string {
	var coded interface{ SQLState() string }
	if !errors.As(err, &coded) {
		return ""
	}
	switch code := coded.SQLState(); {
	case code == "28P01" || code == "28000":
		return lang.L("the server refused this login or password.")
	case code == "3D000":
		return lang.L("there is no such database on the server.")
	case code == "42501":
		return lang.L("this login may not do that on the server.")
	case strings.HasPrefix(code, "53"):
		return lang.L("the server is out of room or connections; try again later.")
	}
	return ""
}

// networkText says what a failure to reach the server means.
func networkText(err error) string {
	var dns *net.DNSError
	var netErr net.Error
	msg := strings.ToLower(err.Error())
	switch {
	case errors.As(err, &dns):
		return lang.L("no server has this address; check its spelling.")
	case errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &netErr) && netErr.Timeout()):
		return lang.L("the server did not answer in time.")
	case strings.Contains(msg, "connection refused"):
		return lang.L("nothing answers at this address and port; is the server running?")
	case strings.Contains(msg, "password authentication failed"):
		return lang.L("the server refused this login or password.")
	case strings.Contains(msg, "tls") || strings.Contains(msg, "certificate"):
		return lang.L("the server's secure connection could not be checked.")
	case strings.Contains(msg, "no route") || strings.Contains(msg, "network is unreachable"):
		return lang.L("this laptop has no network to the server.")
	}
	return lang.L("Something went wrong: {{.Detail}}", map[string]any{"Detail": err.Error()})
}

// teamTLSText says whether the sync's connection is encrypted, once it has
// connected since it started; "" before, the last sync's time read from
// the file included.
func teamTLSText(st teamStatus) string {
	switch {
	case !st.Connected:
		return ""
	case st.Encrypted:
		return lang.L("This connection is encrypted (TLS).")
	}
	return lang.L("This connection is not encrypted: the server offers no TLS.")
}
