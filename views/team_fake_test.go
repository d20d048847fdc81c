package views

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"pacer/data"
)

// fakeTeam is a team engine without a server: it remembers which stores
// are linked, the members, and every call, and answers with err when set.
type fakeTeam struct {
	mu      sync.Mutex
	linked  map[*data.Store]teamServer
	members []teamMember
	err     error
	calls   []string
	started []*fakeSyncer
	created struct {
		admin            teamServer
		adminPw, ownerPw string
		owner            teamMember
	}
	joined struct {
		path string
		s    teamServer
		pw   string
	}
}

func (f *fakeTeam) call(name string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, name)
	return f.err
}

func (f *fakeTeam) Create(_ context.Context, st *data.Store, admin teamServer, adminPw string, owner teamMember, ownerPw string) error {
	if err := f.call("create"); err != nil {
		return err
	}
	f.created.admin, f.created.adminPw, f.created.owner, f.created.ownerPw = admin, adminPw, owner, ownerPw
	mine := admin
	mine.User = owner.Login
	f.linked[st] = mine
	f.members = []teamMember{owner}
	return nil
}

func (f *fakeTeam) Join(ctx context.Context, path string, s teamServer, pw string) (*data.Store, error) {
	if err := f.call("join"); err != nil {
		return nil, err
	}
	f.joined.path, f.joined.s, f.joined.pw = path, s, pw
	st, err := data.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	f.mu.Lock()
	joinedFiles[filepath.Clean(path)] = s
	f.mu.Unlock()
	return st, nil
}

// joinedFiles are the files the fake joined, which it finds linked when reopened.
var joinedFiles = map[string]teamServer{}

func (f *fakeTeam) Linked(_ context.Context, st *data.Store) (teamServer, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if s, ok := f.linked[st]; ok {
		return s, true, nil
	}
	s, ok := joinedFiles[filepath.Clean(st.Path())]
	return s, ok, nil
}

func (f *fakeTeam) Start(st *data.Store, s teamServer, pw string) teamSyncer {
	f.mu.Lock()
	defer f.mu.Unlock()
	sy := &fakeSyncer{server: s, password: pw, status: teamStatus{State: teamSyncing}}
	f.started = append(f.started, sy)
	return sy
}

func (f *fakeTeam) AddMember(_ context.Context, _ teamServer, _ string, m teamMember, _ string) error {
	if err := f.call("add " + m.Login); err != nil {
		return err
	}
	f.members = append(f.members, m)
	return nil
}

func (f *fakeTeam) RemoveMember(_ context.Context, _ teamServer, _, login string) error {
	if err := f.call("remove " + login); err != nil {
		return err
	}
	kept := f.members[:0]
	for _, m := range f.members {
		if m.Login != login {
			kept = append(kept, m)
		}
	}
	f.members = kept
	return nil
}

func (f *fakeTeam) Members(context.Context, teamServer, string) ([]teamMember, error) {
	if err := f.call("members"); err != nil {
		return nil, err
	}
	return append([]teamMember(nil), f.members...), nil
}

// fakeSyncer is a sync that reports what the test tells it to.
type fakeSyncer struct {
	server   teamServer
	password string
	status   teamStatus
	on       func(teamStatus)
	syncs    int
	stopped  bool
}

func (s *fakeSyncer) Status() teamStatus          { return s.status }
func (s *fakeSyncer) OnStatus(f func(teamStatus)) { s.on = f }
func (s *fakeSyncer) SyncNow()                    { s.syncs++ }
func (s *fakeSyncer) Stop()                       { s.stopped = true }

// say reports st as the engine would.
func (s *fakeSyncer) say(st teamStatus) {
	s.status = st
	s.on(st)
}

// fakeKeychain keeps passwords in a map, or fails as a Linux without a
// secret service does.
type fakeKeychain struct {
	kept map[string]string
	none bool
}

func (k *fakeKeychain) password(s teamServer) (string, bool, error) {
	if k.none {
		return "", false, errNoKeychain
	}
	pw, ok := k.kept[keychainAccount(s)]
	return pw, ok, nil
}

func (k *fakeKeychain) keep(s teamServer, pw string) error {
	if k.none {
		return errNoKeychain
	}
	k.kept[keychainAccount(s)] = pw
	return nil
}

func (k *fakeKeychain) forget(s teamServer) error {
	delete(k.kept, keychainAccount(s))
	return nil
}

// useFakeTeam puts a fake engine and keychain in place for the test, and
// runs the team forms' server work at once.
func useFakeTeam(t *testing.T) (*fakeTeam, *fakeKeychain) {
	t.Helper()
	f := &fakeTeam{linked: map[*data.Store]teamServer{}}
	k := &fakeKeychain{kept: map[string]string{}}
	oldEngine, oldKeys, oldRun := teamEngineInUse, keychainInUse, runTeamWork
	teamEngineInUse, keychainInUse = f, k
	runTeamWork = func(timeout time.Duration, work func(context.Context) error, done func(error)) {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		done(work(ctx))
	}
	typedPasswords = sessionPasswords{}
	t.Cleanup(func() {
		teamEngineInUse, keychainInUse, runTeamWork = oldEngine, oldKeys, oldRun
		typedPasswords = sessionPasswords{}
		teamSessions.Lock()
		clear(teamSessions.m)
		teamSessions.Unlock()
	})
	return f, k
}

// errRefused is how a server answers a wrong password.
type errRefused struct{}

func (errRefused) Error() string    { return "FATAL: password authentication failed for user \"li\"" }
func (errRefused) SQLState() string { return "28P01" }
