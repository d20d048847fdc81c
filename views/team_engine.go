package views

import (
	"context"

	"pacer/data"
	"pacer/data/team"
)

// The team sync's types, as the screens name them.
type (
	// teamServer is where a team's plan is shared; it never holds a password.
	teamServer = team.Server
	// teamRole is what a person may do in a team.
	teamRole = team.Role
	// teamMember is one person of a team.
	teamMember = team.Member
	// teamState is where a team file's sync stands.
	teamState = team.State
	// teamStatus is what the sync last reported.
	teamStatus = team.Status
)

// The team roles and sync states.
const (
	roleOwner       = team.RoleOwner
	roleMember      = team.RoleMember
	teamOffline     = team.Offline
	teamSyncing     = team.Syncing
	teamSynced      = team.Synced
	teamFailed      = team.Failed
	teamNeedsUpdate = team.NeedsUpdate
	teamRemoved     = team.Removed
)

// teamSyncer is a running sync of one team file.
type teamSyncer interface {
	Status() teamStatus
	OnStatus(func(teamStatus))
	SyncNow()
	Stop()
}

// teamEngine is what the screens use of the team sync: setting a team up,
// joining one, running the sync and managing the members. The real one is
// the data/team package; tests use a fake.
type teamEngine interface {
	Create(ctx context.Context, st *data.Store, admin teamServer, adminPassword string, owner teamMember, ownerPassword string) error
	Join(ctx context.Context, path string, s teamServer, password string) (*data.Store, error)
	Linked(ctx context.Context, st *data.Store) (teamServer, bool, error)
	Start(st *data.Store, s teamServer, password string) teamSyncer
	AddMember(ctx context.Context, s teamServer, password string, m teamMember, memberPassword string) error
	RemoveMember(ctx context.Context, s teamServer, password, login string) error
	Members(ctx context.Context, s teamServer, password string) ([]teamMember, error)
}

// teamEngineInUse is the team sync the app runs; tests replace it.
var teamEngineInUse teamEngine = realTeam{}

// realTeam is the team sync of package data/team.
type realTeam struct{}

func (realTeam) Create(ctx context.Context, st *data.Store, admin teamServer, adminPw string, owner teamMember, ownerPw string) error {
	return team.Create(ctx, st, admin, adminPw, owner, ownerPw)
}

func (realTeam) Join(ctx context.Context, path string, s teamServer, pw string) (*data.Store, error) {
	return team.Join(ctx, path, s, pw)
}

func (realTeam) Linked(ctx context.Context, st *data.Store) (teamServer, bool, error) {
	return team.Linked(ctx, st)
}

func (realTeam) Start(st *data.Store, s teamServer, pw string) teamSyncer {
	return team.Start(st, s, pw)
}

func (realTeam) AddMember(ctx context.Context, s teamServer, pw string, m teamMember, memberPw string) error {
	return team.AddMember(ctx, s, pw, m, memberPw)
}

func (realTeam) RemoveMember(ctx context.Context, s teamServer, pw, login string) error {
	return team.RemoveMember(ctx, s, pw, login)
}

func (realTeam) Members(ctx context.Context, s teamServer, pw string) ([]teamMember, error) {
	return team.Members(ctx, s, pw)
}
