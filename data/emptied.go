package data

import (
	"context"
	"os"

	"pacer/app"
)

// msgEmptied refuses a database file left at 0 bytes beside backups of it.
const msgEmptied = "The database file {{.Path}} is empty (0 bytes), though there are backups of it with goals: a sync tool or a copy cut short may have emptied it."

func init() { Messages = append(Messages, msgEmptied) }

// checkEmptied refuses the file at path when it is empty, with no
// write-ahead log beside it to hold its pages, and a backup of it holds
// goals: a file emptied by a sync tool or a copy cut short, not a new one.
// SQLite reads an empty file as a new database, and opened as one it took
// a new schema; the user's goals were silently gone, and each day's backup
// of the empty file pushed the good ones out. Refused, the file is left as
// it is, and the window that says so offers the newest backup.
func checkEmptied(ctx context.Context, path string) error {
	if info, err := os.Stat(path); err != nil || info.Size() != 0 || fileSize(path+"-wal") != 0 {
		return nil
	}
	backups, err := ListBackups(ctx, path)
	if err != nil {
		return nil // no backup to offer: the file opens as a new one
	}
	for _, b := range backups {
		if b.Goals > 0 {
			return app.Errorf(app.ENotDatabase, msgEmptied, "Path", path)
		}
	}
	return nil
}
