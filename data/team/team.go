// Package team shares one Pacer file between the laptops of a team through
// a PostgreSQL server, offline first (issue 19). The local SQLite file
// stays the working copy: the screens read and write only it. A team file
// also has a sync link; the triggers of migration 6 queue every local
// change in its outbox in the same transaction, and a Syncer pushes the
// outbox to the server and pulls what the others did, in the order the
// server gave it.
package team

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// SchemaVersion is the shape of the server's schema this Pacer writes. A
// server of a higher version has been set up by a newer Pacer: this one is
// told to update and keeps working offline. Version 2 adds the check-in
// parts of goals whose team check-ins add up (and the goal's field that
// says so), which an older Pacer could not write into its file. Version 3
// adds the gap measure an action plan's step was made from.
const SchemaVersion = 3

// Server is where a team's plan is shared: a PostgreSQL server, its
// database and one person's login on it. It never holds a password.
type Server struct {
	Host     string
	Port     int
	Database string
	User     string
	// SSLMode is libpq's sslmode; empty is "prefer", which uses TLS
	// whenever the server offers it.
	SSLMode string
}

// Role is what a person may do in a team.
type Role string

// The roles: an owner changes goals, plans and settings and manages the
// members; a member checks in, gives feedback, follows up and edits the
// action plans they own.
const (
	RoleOwner  Role = "owner"
	RoleMember Role = "member"
)

// Member is one person of a team: their login on the server, the name
// shown beside what they write, and their role.
type Member struct {
	Login, Name string
	Role        Role
}

// sslMode is s's sslmode, "prefer" when not set.
func (s Server) sslMode() string {
	if s.SSLMode == "" {
		return "prefer"
	}
	return s.SSLMode
}

// connectTimeout bounds a connection attempt; tests shorten it.
var connectTimeout = 10 * time.Second

// connect logs in to s with password.
func connect(ctx context.Context, s Server, password string) (*pgx.Conn, error) {
	port := s.Port
	if port == 0 {
		port = 5432
	}
	// The host goes through the parser: it decides TLS per host (none for
	// a host left to the default, a unix socket), and checks the
	// certificate against it for verify-full.
	cfg, err := pgx.ParseConfig("host=" + connValue(s.Host) + " port=" + strconv.Itoa(port) + " sslmode=" + connValue(s.sslMode()))
	if err != nil {
		return nil, fmt.Errorf("server settings: %w", err)
	}
	cfg.Database, cfg.User, cfg.Password = s.Database, s.User, password
	cfg.ConnectTimeout = connectTimeout
	cfg.RuntimeParams["application_name"] = "pacer"
	ctx, cancel := context.WithTimeout(ctx, connectTimeout)
	defer cancel()
	c, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect to %s:%s: %w", s.Host, strconv.Itoa(port), err)
	}
	return c, nil
}

// ErrNeedsUpdate says the team's server was set up by a newer Pacer.
var ErrNeedsUpdate = errors.New("the team's server needs a newer Pacer: update Pacer to sync; this file keeps working offline")

// ErrRemoved says the login is no longer a member of the team.
var ErrRemoved = errors.New("this login is no longer a member of the team: the file keeps working, unsynced")

// ErrNoTeam says the server's database has no Pacer team.
var ErrNoTeam = errors.New("this database has no Pacer team")

// checkVersion refuses a server of another shape.
func checkVersion(ctx context.Context, conn *pgx.Conn) error {
	var v int
	err := conn.QueryRow(ctx, `SELECT version FROM pacer.meta`).Scan(&v)
	if err != nil {
		return classify(fmt.Errorf("read team version: %w", err))
	}
	if v > SchemaVersion {
		return ErrNeedsUpdate
	}
	return nil
}

// classify turns the server's answers into the errors a user can act on.
func classify(err error) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	switch {
	case pe.Code == "PA001":
		return ErrNeedsUpdate
	case pe.Code == "42P01" || pe.Code == "3F000":
		return fmt.Errorf("%w: %v", ErrNoTeam, err)
	case pe.Code == "28000" || pe.Code == "42501" && strings.Contains(pe.Message, "schema pacer"):
		// The login may not log in, or has lost its roles: removed.
		return fmt.Errorf("%w (%s)", ErrRemoved, pe.Message)
	}
	return err
}

// Refusal is a change the server refused: who may write that kind of row,
// in plain words. The refused change is undone on the laptop.
type Refusal struct {
	Kind   string // the table: goals, checkins, …
	Reason string // owner_only, own_name or action_owner
}

// Error says it in a sentence.
func (r Refusal) Error() string {
	switch r.Reason {
	case "own_name":
		return "the server refused a change: check-ins, follow-ups and feedback can only be added under your own name"
	case "action_owner":
		return "the server refused a change: only an action plan's owner can change it"
	}
	return "the server refused a change: only an owner can change goals, plans and settings"
}

// encrypted reports whether conn runs over TLS.
func encrypted(conn *pgx.Conn) bool {
	_, ok := conn.PgConn().Conn().(*tls.Conn)
	return ok
}

// connValue quotes a value of a keyword/value connection string.
func connValue(v string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(v) + "'"
}
