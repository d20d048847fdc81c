package team

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/jackc/pgx/v5"

	"pacer/data"
)

//go:embed server.sql
var serverSQL string

// groupRoles are the team's owner and member roles on the server, named
// after its database so several teams can share one server.
func groupRoles(database string) (owner, member string) {
	return database + "_owner", database + "_member"
}

// ErrTeamExists says the database already has a Pacer team.
var ErrTeamExists = errors.New("this database already has a Pacer team: join it instead")

// Create sets up a team on the server admin names, with an admin login
// given once: the pacer schema with its functions and row-level security,
// the owner and member roles, and the first owner's login. It then links
// st to the team as that owner and uploads the whole file.
func Create(ctx context.Context, st *data.Store, admin Server, adminPassword string, owner Member, ownerPassword string) error {
	if _, linked, err := Linked(ctx, st); err != nil {
		return err
	} else if linked {
		return ErrLinked
	}
	conn, err := connect(ctx, admin, adminPassword)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if err := setUpServer(ctx, conn, admin.Database, owner, ownerPassword); err != nil {
		return err
	}
	s := admin
	s.User = owner.Login
	e, err := newEngine(ctx, st)
	if err != nil {
		return err
	}
	if err := e.link(ctx, s, true); err != nil {
		return err
	}
	oc, err := connect(ctx, s, ownerPassword)
	if err != nil {
		return err
	}
	defer oc.Close(context.Background())
	return e.cycle(ctx, oc)
}

// setUpServer makes the schema, the roles and the first owner in one
// transaction.
func setUpServer(ctx context.Context, conn *pgx.Conn, database string, owner Member, password string) error {
	var exists bool
	if err := conn.QueryRow(ctx, `SELECT to_regclass('pacer.meta') IS NOT NULL`).Scan(&exists); err != nil {
		return fmt.Errorf("look for a team: %w", err)
	} else if exists {
		return ErrTeamExists
	}
	ownerRole, memberRole := groupRoles(database)
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback(context.Background())
	for _, r := range []string{ownerRole, memberRole} {
		if _, err := tx.Exec(ctx, `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '`+
			strings.ReplaceAll(r, "'", "''")+`') THEN CREATE ROLE `+ident(r)+` NOLOGIN; END IF; END $$`); err != nil {
			return fmt.Errorf("create role %s: %w", r, err)
		}
	}
	schema := strings.NewReplacer("{{OWNER}}", ident(ownerRole), "{{MEMBER}}", ident(memberRole)).Replace(serverSQL)
	if _, err := tx.Exec(ctx, schema); err != nil {
		return fmt.Errorf("create team schema: %w", err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO pacer.meta (one, version, owner_role, member_role) VALUES (1, $1, $2, $3)`,
		SchemaVersion, ownerRole, memberRole); err != nil {
		return fmt.Errorf("create team schema: %w", err)
	}
	owner.Role = RoleOwner
	if err := addMember(ctx, tx, ownerRole, memberRole, owner, password); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

func ident(s string) string { return pgx.Identifier{s}.Sanitize() }

// addMember makes m's login (an owner can make further logins) and puts it
// in the team's roles.
func addMember(ctx context.Context, tx pgx.Tx, ownerRole, memberRole string, m Member, password string) error {
	if m.Login == "" || password == "" {
		return errors.New("a member needs a login and a password")
	}
	var ddl string
	extra := ""
	if m.Role == RoleOwner {
		extra = " CREATEROLE"
	}
	verifier, err := scramVerifier(password)
	if err != nil {
		return err
	}
	if err := tx.QueryRow(ctx, `SELECT format('CREATE ROLE %I LOGIN PASSWORD %L'||$3, $1::text, $2::text)`,
		m.Login, verifier, extra).Scan(&ddl); err != nil {
		return fmt.Errorf("add %s: %w", m.Login, err)
	}
	if _, err := tx.Exec(ctx, ddl); err != nil {
		return fmt.Errorf("add %s: %w", m.Login, err)
	}
	grant := "GRANT " + ident(memberRole) + " TO " + ident(m.Login)
	if m.Role == RoleOwner {
		grant = "GRANT " + ident(ownerRole) + ", " + ident(memberRole) + " TO " + ident(m.Login) + " WITH ADMIN OPTION"
	}
	if _, err := tx.Exec(ctx, grant); err != nil {
		return fmt.Errorf("add %s: %w", m.Login, err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO pacer.members (login, name, role) VALUES ($1, $2, $3)`,
		m.Login, m.Name, string(m.Role)); err != nil {
		return fmt.Errorf("add %s: %w", m.Login, err)
	}
	return nil
}

// AddMember adds a person to the team, as the owner logged in on s: a new
// login on the server with its own password.
func AddMember(ctx context.Context, s Server, password string, m Member, memberPassword string) error {
	if m.Role == "" {
		m.Role = RoleMember
	}
	return asOwner(ctx, s, password, func(tx pgx.Tx, ownerRole, memberRole string) error {
		return addMember(ctx, tx, ownerRole, memberRole, m, memberPassword)
	})
}

// RemoveMember takes a person out of the team: their login can no longer
// log in nor read the team. Their laptop stops syncing and keeps its file.
func RemoveMember(ctx context.Context, s Server, password, login string) error {
	if login == s.User {
		return errors.New("an owner cannot remove their own login")
	}
	return asOwner(ctx, s, password, func(tx pgx.Tx, ownerRole, memberRole string) error {
		tag, err := tx.Exec(ctx, `DELETE FROM pacer.members WHERE login = $1`, login)
		if err != nil {
			return fmt.Errorf("remove %s: %w", login, err)
		} else if tag.RowsAffected() == 0 {
			return fmt.Errorf("remove %s: not a member of the team", login)
		}
		for _, stmt := range []string{
			"REVOKE " + ident(ownerRole) + ", " + ident(memberRole) + " FROM " + ident(login),
			"ALTER ROLE " + ident(login) + " NOLOGIN",
		} {
			if _, err := tx.Exec(ctx, stmt); err != nil {
				return fmt.Errorf("remove %s: %w", login, err)
			}
		}
		return nil
	})
}

// Members lists the team's people, by login.
func Members(ctx context.Context, s Server, password string) ([]Member, error) {
	conn, err := connect(ctx, s, password)
	if err != nil {
		return nil, classify(err)
	}
	defer conn.Close(context.Background())
	rows, err := conn.Query(ctx, `SELECT login, name, role FROM pacer.members ORDER BY login`)
	if err != nil {
		return nil, classify(fmt.Errorf("list members: %w", err))
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (Member, error) {
		var m Member
		err := r.Scan(&m.Login, &m.Name, &m.Role)
		return m, err
	})
}

// asOwner runs f in a transaction of the owner logged in on s.
func asOwner(ctx context.Context, s Server, password string, f func(tx pgx.Tx, ownerRole, memberRole string) error) error {
	conn, err := connect(ctx, s, password)
	if err != nil {
		return classify(err)
	}
	defer conn.Close(context.Background())
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback(context.Background())
	var ownerRole, memberRole string
	if err := tx.QueryRow(ctx, `SELECT owner_role, member_role FROM pacer.meta`).Scan(&ownerRole, &memberRole); err != nil {
		return classify(fmt.Errorf("read team: %w", err))
	}
	if err := f(tx, ownerRole, memberRole); err != nil {
		return classify(err)
	}
	return tx.Commit(ctx)
}

// refuseExisting refuses to make a team file where a file already is.
func refuseExisting(path string) error {
	_, err := os.Stat(path)
	if err == nil {
		return fmt.Errorf("%s already exists: join the team into a new file", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("check %s: %w", path, err)
	}
	return nil
}
