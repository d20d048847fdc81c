package views

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/views/widgets"
)

// teamField is an entry of a team form with the message about it just
// below, so the user sees which field to fix.
type teamField struct {
	entry *widgets.KeyEntry
	msg   *widget.Label
	box   fyne.CanvasObject
}

func newTeamField(entry *widgets.KeyEntry, placeholder string) *teamField {
	f := &teamField{entry: entry, msg: widget.NewLabel("")}
	entry.SetPlaceHolder(placeholder)
	f.msg.Importance = widget.DangerImportance
	f.msg.Wrapping = fyne.TextWrapWord
	f.msg.Hide()
	f.box = container.NewVBox(entry, f.msg)
	return f
}

// text is what the field holds, without the spaces around it.
func (f *teamField) text() string { return strings.TrimSpace(f.entry.Text) }

// check shows problem under the field, or hides the message when it is
// empty; it tells whether the field is fine.
func (f *teamField) check(problem string) bool {
	f.msg.SetText(problem)
	if problem == "" {
		f.msg.Hide()
	} else {
		f.msg.Show()
	}
	return problem == ""
}

// The rules of the team forms' fields. Each returns what is wrong in a
// sentence, or "" when the value is fine.

func addressProblem(host string) string {
	switch {
	case host == "":
		return lang.L("Enter the server's address, e.g. db.example.com or 192.168.1.20.")
	case strings.Contains(host, "://") || strings.ContainsAny(host, "/ @?"):
		return lang.L("Write the address alone, without postgres://, a login or a path.")
	}
	return ""
}

func portProblem(text string) string {
	if p, err := strconv.Atoi(text); err != nil || p < 1 || p > 65535 {
		return lang.L("The port is a number from 1 to 65535; PostgreSQL's usual port is 5432.")
	}
	return ""
}

func databaseProblem(name string) string {
	if name == "" || !sqlName(name) {
		return lang.L("Name the database with letters, digits and _, e.g. pacer.")
	}
	return ""
}

func loginProblem(login string) string {
	if login == "" || len(login) > 63 || !sqlName(strings.ReplaceAll(strings.ReplaceAll(login, ".", "_"), "-", "_")) {
		return lang.L("A login is letters, digits, _ . or - (up to 63), e.g. li.wei.")
	}
	return ""
}

func nameProblem(name string) string {
	if name == "" {
		return lang.L("Enter the name shown beside what this person writes.")
	}
	return ""
}

// passwordProblem checks a password given to Pacer; a new one, which Pacer
// sets on the server, must also be long enough.
func passwordProblem(pw string, isNew bool) string {
	switch {
	case pw == "":
		return lang.L("Enter the password.")
	case isNew && len([]rune(pw)) < 8:
		return lang.L("Choose a password of at least 8 characters.")
	}
	return ""
}

// sqlName tells whether s is letters, digits and _, not starting with a digit.
func sqlName(s string) bool {
	for i, r := range s {
		letter := r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
		if !letter && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return s != ""
}

// serverFields are the fields that say where a team's server is.
type serverFields struct {
	host, port, database *teamField
	sslMode              *widgets.KeySelect
}

func newServerFields() *serverFields {
	f := &serverFields{
		host:     newTeamField(widgets.NewEntry(), "db.example.com"),
		port:     newTeamField(widgets.NewEntry(), "5432"),
		database: newTeamField(widgets.NewEntry(), "pacer"),
		sslMode:  widgets.NewSelect(sslModes, nil),
	}
	f.port.entry.SetText("5432")
	f.database.entry.SetText("pacer")
	f.sslMode.SetSelected(sslModes[0])
	return f
}

// sslModes are the secure-connection choices, the first the default: TLS
// whenever the server offers it.
var sslModes = []string{"prefer", "require", "verify-full", "disable"}

// items are the fields as form rows.
func (f *serverFields) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem(lang.L("Server address"), f.host.box),
		widget.NewFormItem(lang.L("Port"), f.port.box),
		widget.NewFormItem(lang.L("Database"), f.database.box),
		widget.NewFormItem(lang.L("Secure connection (sslmode)"), f.sslMode),
	}
}

// server is the server the fields name, for login user; ok is false, with
// each problem shown under its field, when a field is wrong.
func (f *serverFields) server(user string) (teamServer, bool) {
	ok := f.host.check(addressProblem(f.host.text()))
	ok = f.port.check(portProblem(f.port.text())) && ok
	ok = f.database.check(databaseProblem(f.database.text())) && ok
	port, _ := strconv.Atoi(f.port.text())
	return teamServer{Host: f.host.text(), Port: port, Database: f.database.text(), User: user, SSLMode: f.sslMode.Selected}, ok
}

// serverText is a server as one line: "db.example.com:5432/pacer".
func serverText(s teamServer) string {
	return fmt.Sprintf("%s:%d/%s", s.Host, s.Port, s.Database)
}
