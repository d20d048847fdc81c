package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"pacer/app"
	"runtime"
	"strings"
	"sync"
	"weak"
)

// The dashboard and the reviews read every goal and its current plan on
// each refresh, and at 2,000 goals that took most of their reading time
// (22 columns of 2,000 goals and 2,000 plans decoded, 40–50 ms at 2,000
// goals × 10 years), while goals and plans change rarely. A store keeps
// them in memory as last read, with the file's setup generation
// (migration 14) read in the same transaction; a later read that finds the
// same generation uses them without reading the goals or plans again. Any
// write to goals or plans, by this store, another program or the team
// sync, changes the generation in the file, so the next read rereads the
// goals it changed (setup_changes.go), or all of them.

// qSetupGeneration reads the setup generation.
const qSetupGeneration = `SELECT g FROM setup_generation`

// setupCache is a store's goals (archived ones included, in ID order) and
// current plans as read at generation gen. Its slices and the values
// they point to are never written once stored: readers get copies of the
// goals and maps of their own pointing at the shared plan slices.
type setupCache struct {
	mu    sync.Mutex
	ok    bool // goals and plans hold a read
	filed bool // the file's setup snapshot holds them (setup_snapshot.go)
	gen   int64
	goals []app.Goal
	plans map[int64][]app.PeriodTarget
}

// setupCaches holds each open store's setupCache, keyed weakly so that a
// store no longer used takes its cache with it. (The Store type itself
// lives in store.go.)
var setupCaches sync.Map // weak.Pointer[Store] → *setupCache

// setupCache returns the store's cache, made on first use.
func (s *Store) setupCache() *setupCache {
	k := weak.Make(s)
	if c, ok := setupCaches.Load(k); ok {
		return c.(*setupCache)
	}
	c, loaded := setupCaches.LoadOrStore(k, &setupCache{})
	if !loaded {
		runtime.AddCleanup(s, func(k weak.Pointer[Store]) { setupCaches.Delete(k) }, k)
	}
	return c.(*setupCache)
}

// readSetup reads the goals matching f and every goal's current plan in
// transaction t, from the store's cache when the file's setup generation
// is the one the cache was read at. The goals and the map are the
// caller's own; the plan slices are shared and must not be written (no
// caller does: the screens and the goal maths only read plans).
func (s *Store) readSetup(ctx context.Context, t *tx, f app.GoalFilter, wantPlans bool) ([]app.Goal, map[int64][]app.PeriodTarget, error) {
	r := s.startSetup(ctx, t, wantPlans)
	return r.result(f)
}

// setupRead is a read of the setup begun by startSetup and ended by
// result (or end): until then it holds the store's setup cache.
type setupRead struct {
	c         *setupCache // nil: a file without the cache's tables
	wantPlans bool
	wait      func() error // what is left to bring the cache up to date
	once      sync.Once
	goals     []app.Goal
	plans     map[int64][]app.PeriodTarget
	err       error
}

// startSetup begins readSetup in t: it reads what the cache lacks from
// the file and leaves the decoding of the file's setup snapshot, when the
// cache fills from it, running on a goroutine of its own, so that the
// caller's next reads in t (a dashboard's totals) run beside it; result
// waits for it. The cache stays locked until result or
// end, one of which the caller must call, in t's goroutine.
func (s *Store) startSetup(ctx context.Context, t *tx, wantPlans bool) *setupRead {
	r := &setupRead{wantPlans: wantPlans}
	var gen int64
	err := t.QueryRowContext(ctx, qSetupGeneration).Scan(&gen)
	if err != nil && !errors.Is(err, sql.ErrNoRows) && !missingTable(err) {
		r.err = wrapf(err, "read setup generation")
	} else if err != nil { // a file of an older schema, in tests: no cache
		r.goals, r.err = listGoals(ctx, t, app.GoalFilter{IncludeArchived: true})
		r.plans = map[int64][]app.PeriodTarget{}
		if r.err == nil {
			r.err = readPlans(ctx, t, r.plans)
		}
	} else {
		r.c = s.setupCache()
		r.wait = r.c.start(ctx, t, gen)
	}
	return r
}

// result ends the read and returns the goals matching f with a map of
// the plans of every goal (nil unless plans were asked for, on a file with
// the cache's tables).
func (r *setupRead) result(f app.GoalFilter) ([]app.Goal, map[int64][]app.PeriodTarget, error) {
	if err := r.finish(); err != nil {
		return nil, nil, err
	}
	return copyGoals(r.goals, f), r.plans, nil
}

// cadences ends the read and returns the cadence of every goal, archived
// ones too.
func (r *setupRead) cadences() (map[int64]app.Cadence, error) {
	if err := r.finish(); err != nil {
		return nil, err
	}
	cadences := make(map[int64]app.Cadence, len(r.goals))
	for _, g := range r.goals {
		cadences[g.ID] = g.Cadence
	}
	return cadences, nil
}

// end ends the read if nothing has, for a caller that returns early.
func (r *setupRead) end() { r.finish() }

// finish ends the read, once: it waits for the cache to be brought up to
// date, takes every goal and, when asked, a map of the plans from it, and
// unlocks it.
func (r *setupRead) finish() error {
	r.once.Do(func() {
		if r.c == nil {
			return
		}
		defer r.c.mu.Unlock()
		if r.err = r.wait(); r.err != nil {
			return
		}
		r.goals = r.c.goals
		if r.wantPlans {
			r.plans = make(map[int64][]app.PeriodTarget, len(r.c.plans))
			for id, p := range r.c.plans {
				r.plans[id] = p
			}
		}
	})
	return r.err
}

// start locks the cache and, when it does not hold generation gen, begins
// bringing it there in t: reading the goals changed since
// (setup_changes.go), or the file's setup snapshot, whose decoding it
// leaves to a goroutine, or else every goal and plan. The function it
// returns finishes that, in t, and returns why it failed; the caller
// unlocks the cache after it.
func (c *setupCache) start(ctx context.Context, t *tx, gen int64) func() error {
	c.mu.Lock()
	done := func(err error) func() error { return func() error { return err } }
	if c.ok && c.gen == gen {
		return done(nil)
	}
	if c.ok {
		if caught, err := c.catchUp(ctx, t, gen); err != nil || caught {
			return done(err)
		}
	}
	b, ok := readSetupSnapshot(ctx, t, gen)
	if !ok {
		return done(c.fillFromTables(ctx, t, gen))
	}
	type decoded struct {
		goals []app.Goal
		plans map[int64][]app.PeriodTarget
		err   error
	}
	out := make(chan decoded, 1)
	go func() {
		goals, plans, err := decodeSetup(b)
		out <- decoded{goals, plans, err}
	}()
	return func() error {
		d := <-out
		if d.err != nil { // read the tables instead
			return c.fillFromTables(ctx, t, gen)
		}
		c.ok, c.filed, c.gen, c.goals, c.plans = true, true, gen, d.goals, d.plans
		return nil
	}
}

// fillFromTables reads the goals and plans of generation gen into the
// cache from their tables.
func (c *setupCache) fillFromTables(ctx context.Context, t *tx, gen int64) error {
	goals, err := listGoals(ctx, t, app.GoalFilter{IncludeArchived: true})
	if err != nil {
		return err
	}
	plans := map[int64][]app.PeriodTarget{}
	if err := readPlans(ctx, t, plans); err != nil {
		return err
	}
	for id, p := range plans {
		plans[id] = p[:len(p):len(p)] // a reader's append copies
	}
	c.ok, c.filed, c.gen, c.goals, c.plans = true, false, gen, goals, plans
	return nil
}

// copyGoals returns copies of the goals of all that match f; each copy's
// baseline and parent point at values of its own, so that a caller
// writing through them cannot change the cache.
func copyGoals(all []app.Goal, f app.GoalFilter) []app.Goal {
	out := make([]app.Goal, 0, len(all))
	found := searchMatch(f.Search)
	for i := range all {
		g := &all[i]
		if (g.Archived && !f.IncludeArchived) || (f.Perspective != "" && string(g.Perspective) != f.Perspective) ||
			(f.Owner != "" && g.Owner != f.Owner) || (found != nil && !found(g)) {
			continue
		}
		out = append(out, *g)
	}
	if len(out) == 0 {
		return nil // as listGoals reads none
	}
	baselines, parents := make([]float64, len(out)), make([]int64, len(out))
	for i := range out {
		if g := &out[i]; g.Baseline != nil {
			baselines[i], g.Baseline = *g.Baseline, &baselines[i]
		}
		if g := &out[i]; g.ParentID != nil {
			parents[i], g.ParentID = *g.ParentID, &parents[i]
		}
	}
	return out
}

// searchMatch returns whether a goal matches search as listGoals' SQL
// matches it, for the goals a store keeps (a search typed in the goal
// list read 2,000 goals from the table at each key, 12 ms): search
// lowered as SQLite's lower lowers (ASCII letters only) is found in the
// goal's title, description, owner and rationale, joined by spaces and
// lowered the same way. It is nil for no search.
func searchMatch(search string) func(g *app.Goal) bool {
	if search == "" {
		return nil
	}
	want := asciiLower(nil, search)
	var text []byte
	return func(g *app.Goal) bool {
		text = text[:0]
		for i, s := range [...]string{g.Title, g.Description, g.Owner, g.Rationale} {
			if i > 0 {
				text = append(text, ' ')
			}
			text = asciiLower(text, s)
		}
		if want[0]&0xC0 == 0x80 {
			// instr steps from character to character: a search that
			// starts inside one (not UTF-8) is found at the start alone.
			return bytes.HasPrefix(text, want)
		}
		return bytes.Contains(text, want)
	}
}

// asciiLower appends s to dst with its ASCII capitals lowered.
func asciiLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// missingTable reports whether err is SQLite's refusal of a table the
// file's schema does not have yet.
func missingTable(err error) bool {
	return err != nil && strings.Contains(err.Error(), "no such table")
}
