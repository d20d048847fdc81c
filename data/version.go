package data

import (
	"context"
)

// Version tells whether the file's data may have changed since it was
// read: two equal Versions of one Store mean that nothing was committed in
// between, by this program or another. The window reloads a screen shown
// again only when it changed.
type Version struct {
	own, other int64
}

// Version reads the store's version. It counts the rows this program
// changed (total_changes) and other programs' commits (data_version) on
// the store's one connection, so a new connection would only make it
// differ: a change is never missed, a reload is at worst made for nothing.
func (s *Store) Version(ctx context.Context) (Version, error) {
	var v Version
	if err := s.checkMap(ctx); err != nil {
		return Version{}, err
	}
	err := s.db.QueryRowContext(ctx, `SELECT total_changes(), data_version FROM pragma_data_version`).Scan(&v.own, &v.other)
	if err != nil {
		return Version{}, wrapf(err, "read the data version")
	}
	return v, nil
}
