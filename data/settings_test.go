package data_test

import (
	"context"
	"testing"

	"pacer/app"
)

func TestSettings(t *testing.T) {
	ctx := context.Background()
	t.Run("Fallback", func(t *testing.T) {
		s := mustOpen(t)
		if v, err := s.Setting(ctx, "company", "My shop"); err != nil || v != "My shop" {
			t.Fatalf("Setting = %q, %v", v, err)
		}
	})
	t.Run("SetAndReplace", func(t *testing.T) {
		s := mustOpen(t)
		mustNotErr(t, s.SetSetting(ctx, "company", "Ann's Bakery"))
		mustNotErr(t, s.SetSetting(ctx, "company", "安的面包店"))
		if v, err := s.Setting(ctx, "company", ""); err != nil || v != "安的面包店" {
			t.Fatalf("Setting = %q, %v", v, err)
		}
	})
	t.Run("EmptyValueIsAValue", func(t *testing.T) {
		s := mustOpen(t)
		mustNotErr(t, s.SetSetting(ctx, "k", ""))
		if v, _ := s.Setting(ctx, "k", "fallback"); v != "" {
			t.Fatalf("Setting = %q", v)
		}
	})
	t.Run("ErrKeyRequired", func(t *testing.T) {
		s := mustOpen(t)
		checkErr(t, s.SetSetting(ctx, " ", "v"), app.EInvalid)
	})
}
