// Package sampledb opens a throw-away store holding the sample plan, for
// the tests of app and its sub-packages that draw, export or review it. It
// lives with the store, not under app, because it opens a real store, which
// nothing under app may import.
// Tests only.
package sampledb

import (
	"context"
	"testing"

	"pacer/app"
	"pacer/app/sample"
	"pacer/data"
)

// Store opens a store in a temporary folder with the sample plan loaded in
// lang ("en" or "zh"); it is closed when the test ends.
func Store(t testing.TB, lang string) *data.Store {
	t.Helper()
	ctx := context.Background()
	s, err := data.Open(ctx, t.TempDir()+"/s.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := sample.LoadSample(ctx, s, lang); err != nil {
		t.Fatal(err)
	}
	return s
}

// Snapshot is the sample plan's three goals as the dashboard reads them.
func Snapshot(t testing.TB, lang string) app.Snapshot {
	t.Helper()
	snap, err := Store(t, lang).Snapshot(context.Background(), app.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Goals) != 3 {
		t.Fatalf("snapshot has %d goals, want 3", len(snap.Goals))
	}
	return snap
}
