package views

import (
	"errors"
	"fmt"
	"strconv"
	"sync"

	"github.com/zalando/go-keyring"
)

// keychainService is the name Pacer's team passwords are filed under in
// the system keychain (Keychain Access, Credential Manager, the secret service).
const keychainService = "Pacer team"

// passwordKeeper keeps a team login's password on this computer, never in
// the database file or the preferences.
type passwordKeeper interface {
	// password is the kept password; found is false when none is kept.
	password(s teamServer) (pw string, found bool, err error)
	keep(s teamServer, pw string) error
	forget(s teamServer) error
}

// errNoKeychain means this computer has no keychain Pacer can use (Linux
// without a secret service): the password is asked for at each start.
var errNoKeychain = errors.New("no system keychain")

// keychainAccount names one login on one server's database, so that two
// teams, or two people on one server, keep apart.
func keychainAccount(s teamServer) string {
	return s.User + "@" + s.Host + ":" + strconv.Itoa(s.Port) + "/" + s.Database
}

// systemKeychain keeps passwords in the operating system's keychain.
type systemKeychain struct{}

func (systemKeychain) password(s teamServer) (string, bool, error) {
	pw, err := keyring.Get(keychainService, keychainAccount(s))
	if errors.Is(err, keyring.ErrNotFound) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("%w: %w", errNoKeychain, err)
	}
	return pw, true, nil
}

func (systemKeychain) keep(s teamServer, pw string) error {
	if err := keyring.Set(keychainService, keychainAccount(s), pw); err != nil {
		return fmt.Errorf("%w: %w", errNoKeychain, err)
	}
	return nil
}

func (systemKeychain) forget(s teamServer) error {
	err := keyring.Delete(keychainService, keychainAccount(s))
	if err != nil && !errors.Is(err, keyring.ErrNotFound) {
		return fmt.Errorf("%w: %w", errNoKeychain, err)
	}
	return nil
}

// sessionPasswords keeps, for this run of Pacer only, the passwords typed
// where there is no keychain, so that a second window or a reopened file
// does not ask again; they are gone when Pacer quits.
type sessionPasswords struct {
	mu sync.Mutex
	pw map[string]string
}

func (m *sessionPasswords) get(s teamServer) (string, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	pw, ok := m.pw[keychainAccount(s)]
	return pw, ok
}

func (m *sessionPasswords) set(s teamServer, pw string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.pw == nil {
		m.pw = map[string]string{}
	}
	m.pw[keychainAccount(s)] = pw
}

// keychainInUse is where passwords are kept; tests replace it.
var keychainInUse passwordKeeper = systemKeychain{}

// typedPasswords are the passwords typed this run where no keychain could keep them.
var typedPasswords sessionPasswords
