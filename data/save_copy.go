package data

import (
	"context"
	"os"

	"pacer/app"
)

// msgCopyOpenElsewhere refuses a copy saved over a file another program has open.
const msgCopyOpenElsewhere = "{{.Path}} is open in another Pacer window or program. Close it there, then save the copy again."

func init() { Messages = append(Messages, msgCopyOpenElsewhere) }

// SaveCopy writes a checked copy of the database to dest, replacing a file
// there. The copy is made beside dest and renamed over it, so a failed copy
// never destroys the file it was to replace.
//
// A dest another Pacer window or program has open is refused with EBusy:
// replaced under it, that one would go on saving into a file no longer
// there, and leave its write-ahead log beside the copy. A log, index or
// rollback journal left beside dest by a crash is removed before the copy
// takes dest's place: SQLite would otherwise read the copy through that
// old file's log, a mixture of the two.
func (s *Store) SaveCopy(ctx context.Context, dest string) error {
	if openElsewhere(dest) {
		return app.Errorf(app.EBusy, msgCopyOpenElsewhere, "Path", dest)
	}
	tmp := freeName(dest+".partial", "")
	if err := s.CheckedBackup(ctx, tmp); err != nil {
		return err
	}
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if err := os.Remove(dest + suffix); err != nil && !os.IsNotExist(err) {
			os.Remove(tmp)
			return fileError(err, "save a copy")
		}
	}
	if err := os.Rename(tmp, dest); err != nil {
		os.Remove(tmp)
		return fileError(err, "save a copy")
	}
	return nil
}
