package data

import (
	"context"
	"database/sql"
	"errors"
	"pacer/app"
	"strings"
)

// Settings are the preferences that belong to the data rather than to the
// computer (the company name, the fiscal year): they travel with the file.

// Setting returns the value stored under key, or fallback when there is none.
func (s *Store) Setting(ctx context.Context, key, fallback string) (string, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()

	var v string
	err = tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return fallback, nil
	} else if err != nil {
		return "", wrapf(err, "read setting %s", key)
	}
	return v, nil
}

// SetSetting stores value under key, replacing any value there.
func (s *Store) SetSetting(ctx context.Context, key, value string) error {
	return s.SetSettings(ctx, map[string]string{key: value})
}

// SetSettings stores every value under its key in one transaction: all of
// them or, on an error, none.
func (s *Store) SetSettings(ctx context.Context, values map[string]string) error {
	for key := range values {
		if strings.TrimSpace(key) == "" {
			return app.Errorf(app.EInvalid, msgSettingKeyRequired)
		}
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	for key, value := range values {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO settings (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value); err != nil {
			return wrapf(err, "write setting %s", key)
		}
	}
	return tx.commit()
}
