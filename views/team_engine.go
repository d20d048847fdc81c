package views

import (
	"context"
	"time"

	"pacer/data"
)

// teamServer is where a team's plan is shared: a PostgreSQL server, its
// database and one person's login on it. It never holds a password.
type teamServer struct {
	Host     string
	Port     int
	Database string
	User     string
	SSLMode  string
}

// teamRole is what a person may do in a team: an owner changes goals and
// plans and manages the members; a member checks in, gives feedback and
// follows up.
type teamRole string

// The team roles.
const (
	roleOwner  teamRole = "owner"
	roleMember teamRole = "member"
)

// teamMember is one person of a team: their login on the server, the name
// shown beside what they write, and their role.
type teamMember struct {
	Login string
	Name  string
	Role  teamRole
}

// teamState is where a team file's sync stands.
type teamState int

// The sync states.
const (
	teamOffline teamState = iota
	teamSyncing
	teamSynced
	teamFailed
	teamNeedsUpdate
	teamRemoved
)

// teamStatus is what the sync last reported: its state, when it last
// finished, how many local changes wait to be sent and the last error.
type teamStatus struct {
	State    teamState
	LastSync time.Time
	Waiting  int
	Err      error
}

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
var teamEngineInUse teamEngine = noTeamEngine{}

// noTeamEngine stands in until the sync engine is built in: no file is
// linked, and setting up a team says it cannot be done yet.
type noTeamEngine struct{}

func (noTeamEngine) Create(context.Context, *data.Store, teamServer, string, teamMember, string) error {
	return errTeamUnavailable
}

func (noTeamEngine) Join(context.Context, string, teamServer, string) (*data.Store, error) {
	return nil, errTeamUnavailable
}

func (noTeamEngine) Linked(context.Context, *data.Store) (teamServer, bool, error) {
	return teamServer{}, false, nil
}

func (noTeamEngine) Start(*data.Store, teamServer, string) teamSyncer { return nil }

func (noTeamEngine) AddMember(context.Context, teamServer, string, teamMember, string) error {
	return errTeamUnavailable
}

func (noTeamEngine) RemoveMember(context.Context, teamServer, string, string) error {
	return errTeamUnavailable
}

func (noTeamEngine) Members(context.Context, teamServer, string) ([]teamMember, error) {
	return nil, errTeamUnavailable
}
