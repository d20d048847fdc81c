package team

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"pacer/data"
)

// State is where a team file's sync stands.
type State int

// The sync states.
const (
	Offline     State = iota // the server cannot be reached; changes wait
	Syncing                  // pushing or pulling now
	Synced                   // everything sent and received at LastSync
	Failed                   // the server answered with an error (Err)
	NeedsUpdate              // the server needs a newer Pacer; working offline
	Removed                  // the login left the team; the file stays, unsynced
)

// Status is what the sync last reported: its state, when it last
// finished, how many local changes wait to be sent and the last error.
type Status struct {
	State    State
	LastSync time.Time
	Waiting  int
	Err      error
	// Encrypted says the last connection to the server used TLS;
	// Connected that there was one since the sync started, so Encrypted
	// says something (LastSync may be an earlier run's, read from the file).
	Encrypted bool
	Connected bool
}

// Timings of the loop; tests shorten some.
var (
	pollEvery    = 100 * time.Millisecond // how often the outbox is looked at
	pullEvery    = 60 * time.Second       // a pull even without a notification
	backoffFirst = 500 * time.Millisecond
	backoffMax   = 30 * time.Second
)

// Syncer runs the sync of one team file in the background: it connects,
// pushes the outbox, pulls, then listens for the server's "pull now" and
// pulls at least every minute, pushing whenever a local change is queued.
// Lost connections are retried with a growing pause.
type Syncer struct {
	e        *engine
	srv      Server
	password string
	startErr error

	// stamped is the last sync time written to the file (sync_state.last_sync).
	stamped time.Time

	mu        sync.Mutex
	status    Status
	listeners []func(Status)

	wake   chan struct{}
	cancel context.CancelFunc
	done   chan struct{}
}

// Start starts syncing st with the team on s. Stop it before closing st.
func Start(st *data.Store, s Server, password string) *Syncer {
	ctx, cancel := context.WithCancel(context.Background())
	y := &Syncer{srv: s, password: password, wake: make(chan struct{}, 1), cancel: cancel, done: make(chan struct{})}
	y.e, y.startErr = newEngine(ctx, st)
	if y.startErr == nil {
		y.e.pool = newStmtPool()
		y.stamped = lastSync(ctx, st)
		y.status.LastSync = y.stamped
	}
	if y.startErr == nil {
		if _, linked, err := Linked(ctx, st); err != nil {
			y.startErr = err
		} else if !linked {
			// Pulling a team into a file of one's own would mix them.
			y.startErr = ErrNotLinked
		}
	}
	go y.run(ctx)
	return y
}

// ErrNotLinked says the file is not a team file: Create or Join first.
var ErrNotLinked = errors.New("this file is not a team file")

// Status returns the latest status.
func (y *Syncer) Status() Status {
	y.mu.Lock()
	defer y.mu.Unlock()
	return y.status
}

// OnStatus has f called, on the sync's goroutine, with every new status.
func (y *Syncer) OnStatus(f func(Status)) {
	y.mu.Lock()
	y.listeners = append(y.listeners, f)
	y.mu.Unlock()
}

// SyncNow asks for a push and pull at once, and a reconnect when offline.
func (y *Syncer) SyncNow() {
	select {
	case y.wake <- struct{}{}:
	default:
	}
}

// Stop ends the sync and waits for it; queued changes stay queued.
func (y *Syncer) Stop() {
	y.cancel()
	<-y.done
}

func (y *Syncer) report(f func(*Status)) {
	y.mu.Lock()
	f(&y.status)
	st := y.status
	ls := append([]func(Status){}, y.listeners...)
	y.mu.Unlock()
	for _, l := range ls {
		l(st)
	}
}

// waiting counts the queued local changes.
func (y *Syncer) waiting(ctx context.Context) int {
	var n int
	_ = y.e.db().QueryRowContext(ctx, `SELECT count(*) FROM sync_outbox`).Scan(&n)
	return n
}

func (y *Syncer) run(ctx context.Context) {
	defer close(y.done)
	if y.e != nil {
		defer y.e.pool.Close()
	}
	if y.startErr != nil {
		y.report(func(s *Status) { s.State, s.Err = Failed, y.startErr })
		return
	}
	backoff := backoffFirst
	for ctx.Err() == nil {
		began := time.Now()
		err := y.session(ctx)
		if ctx.Err() != nil {
			return
		}
		state := stateOf(err)
		n := y.waiting(ctx)
		y.report(func(s *Status) { s.State, s.Err, s.Waiting = state, err, n })
		if time.Since(began) > backoffMax {
			backoff = backoffFirst
		}
		pause := backoff
		if state == NeedsUpdate || state == Removed {
			pause = backoffMax * 10
		}
		if !y.sleep(ctx, pause) {
			return
		}
		backoff = min(backoff*2, backoffMax)
	}
}

// sleep waits d, or less when woken; it keeps the count of waiting changes
// current meanwhile. It returns false when the sync is stopped.
func (y *Syncer) sleep(ctx context.Context, d time.Duration) bool {
	end := time.NewTimer(d)
	defer end.Stop()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return false
		case <-y.wake:
			return true
		case <-end.C:
			return true
		case <-tick.C:
			if n := y.waiting(ctx); n != y.Status().Waiting {
				y.report(func(s *Status) { s.Waiting = n })
			}
		}
	}
}

func stateOf(err error) State {
	var r Refusal
	switch {
	case errors.Is(err, ErrNeedsUpdate):
		return NeedsUpdate
	case errors.Is(err, ErrRemoved):
		return Removed
	case errors.As(err, &r), errors.Is(err, ErrNoTeam):
		return Failed
	}
	var pe interface{ SQLState() string }
	if errors.As(err, &pe) {
		return Failed
	}
	return Offline
}

// session syncs over one connection until it fails.
func (y *Syncer) session(ctx context.Context) error {
	conn, err := connect(ctx, y.srv, y.password)
	if err != nil {
		return classify(err)
	}
	defer closeConn(conn)
	enc := encrypted(conn)
	y.report(func(s *Status) { s.Encrypted, s.Connected = enc, true })
	if err := checkVersion(ctx, conn); err != nil {
		return err
	}
	notes, stopListen, err := y.listen(ctx)
	if err != nil {
		return err
	}
	defer stopListen()
	tick := time.NewTicker(pollEvery)
	defer tick.Stop()
	for {
		if err := y.syncOnce(ctx, conn); err != nil {
			return err
		}
		woken, err := y.rest(ctx)
		if err != nil {
			return err
		}
		if woken {
			continue
		}
		if err := y.idle(ctx, notes, tick); err != nil {
			return err
		}
	}
}

// rest waits pollEvery after a sync, or less when SyncNow asks, and says
// which. The server answers every push with a "pull now", this file's own
// included: without the rest, someone saving check-ins one after another
// keeps the sync pushing, pulling and committing back to back, and each
// save waits for the file behind it. Saves made meanwhile go in one push,
// and a notification that came meanwhile is still there for idle.
func (y *Syncer) rest(ctx context.Context) (woken bool, err error) {
	t := time.NewTimer(pollEvery)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false, ctx.Err()
	case <-y.wake:
		return true, nil
	case <-t.C:
		return false, nil
	}
}

// idle waits for a reason to sync: a notification, a queued change, a
// SyncNow, or a minute without either.
func (y *Syncer) idle(ctx context.Context, notes <-chan error, tick *time.Ticker) error {
	timer := time.NewTimer(pullEvery)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-notes:
			return err // nil: "pull now"
		case <-y.wake:
			return nil
		case <-timer.C:
			return nil
		case <-tick.C:
			// A push empties the outbox: anything in it now was
			// queued since, even while that push ran.
			if y.queued(ctx) {
				return nil
			}
		}
	}
}

// lastSync is the time of the file's latest sync, zero when it never
// synced or the time cannot be read.
func lastSync(ctx context.Context, st *data.Store) time.Time {
	var text string
	if err := st.SyncDB().QueryRowContext(ctx, `SELECT last_sync FROM sync_state`).Scan(&text); err != nil {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339, text)
	if err != nil {
		return time.Time{}
	}
	return t
}

// queued reports whether a local change waits in the outbox.
func (y *Syncer) queued(ctx context.Context) bool {
	var yes bool
	_ = y.e.db().QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM sync_outbox)`).Scan(&yes)
	return yes
}

// syncOnce pushes and pulls, reporting the status around it.
func (y *Syncer) syncOnce(ctx context.Context, conn *pgx.Conn) error {
	y.report(func(s *Status) { s.State = Syncing })
	refused, sent, err := y.e.pushAll(ctx, conn)
	if err == nil {
		_, err = y.e.pullAll(ctx, conn)
	}
	if err != nil {
		return classify(err)
	}
	now := time.Now()
	y.stamp(ctx, now)
	n := y.waiting(ctx)
	y.report(func(s *Status) {
		s.State, s.LastSync, s.Waiting = Synced, now, n
		// A refusal stays said until changes go through again.
		var r Refusal
		if len(refused) > 0 {
			s.Err = refused[len(refused)-1]
		} else if sent > 0 || !errors.As(s.Err, &r) {
			s.Err = nil
		}
	})
	return nil
}

// stamp keeps the time of the latest sync in the file, for the status
// after the next start. The status shows it to the minute, so it is
// written once a minute at most: one more commit on every cycle took the
// file from the saves of someone typing check-ins.
func (y *Syncer) stamp(ctx context.Context, now time.Time) {
	if now.Truncate(time.Minute).Equal(y.stamped.Truncate(time.Minute)) {
		return
	}
	_, err := y.e.db().ExecContext(ctx, `UPDATE sync_state SET last_sync = ?`, now.UTC().Format(time.RFC3339))
	if err == nil {
		y.stamped = now
	}
}

// cycle pushes and pulls once (Create's first upload).
func (e *engine) cycle(ctx context.Context, conn *pgx.Conn) error {
	refused, _, err := e.pushAll(ctx, conn)
	if err == nil {
		_, err = e.pullAll(ctx, conn)
	}
	if err == nil && len(refused) > 0 {
		err = refused[0]
	}
	return classify(err)
}

// listen opens a second connection that waits for the server's "pull now"
// and passes each on (nil) or its failure.
func (y *Syncer) listen(ctx context.Context) (<-chan error, func(), error) {
	lc, err := connect(ctx, y.srv, y.password)
	if err != nil {
		return nil, nil, classify(err)
	}
	if _, err := lc.Exec(ctx, `LISTEN pacer_changes`); err != nil {
		closeConn(lc)
		return nil, nil, classify(fmt.Errorf("listen: %w", err))
	}
	lctx, cancel := context.WithCancel(ctx)
	notes := make(chan error, 1)
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			err := lc.PgConn().WaitForNotification(lctx)
			if lctx.Err() != nil {
				return
			}
			select {
			case notes <- err:
			default:
			}
			if err != nil {
				return
			}
		}
	}()
	return notes, func() { cancel(); <-stopped; closeConn(lc) }, nil
}

// closeConn closes a connection without waiting long on a server that
// does not answer.
func closeConn(c *pgx.Conn) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_ = c.Close(ctx)
}
