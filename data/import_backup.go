package data

import (
	"context"
	"fmt"
	"os"
	"pacer/app"
	"path/filepath"
)

// msgImportBackup refuses an import when the backup taken before it could
// not be made: an import replaces values, and the backup is the way back.
const msgImportBackup = "No backup could be made in {{.Folder}} before the import. Make sure that folder can be created and written to, then import again."

func init() {
	Messages = append(Messages, msgImportBackup)
}

// backupBeforeImport writes <name>-before-import-<time>.db into the backups
// folder beside the file, under a name that does not exist yet. When it
// cannot, the import must not go ahead: the error is EFull for a full
// disk, otherwise msgImportBackup naming the folder.
func (s *Store) backupBeforeImport(ctx context.Context) error {
	dir := BackupsDir(s.path)
	err := os.MkdirAll(dir, 0o755)
	if err == nil {
		base := filepath.Join(dir, backupBase(s.path)+"-before-import-"+s.Now().Format("20060102-150405"))
		err = s.CheckedBackup(ctx, freeName(base, ".db"))
	}
	code := app.ErrorCode(err)
	switch {
	case err == nil:
		return nil
	case ctx.Err() != nil || code == app.EFull:
		return fmt.Errorf("backup before import: %w", err)
	case code == app.EInternal:
		code = app.EReadOnly
	}
	return &app.Error{Code: code, Message: msgImportBackup, Args: map[string]any{"Folder": dir}, Err: err}
}

// freeName is base+ext, or base-2+ext, base-3+ext … the first that does
// not exist yet.
func freeName(base, ext string) string {
	name := base + ext
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); os.IsNotExist(err) {
			return name
		}
		name = fmt.Sprintf("%s-%d%s", base, i, ext)
	}
}
