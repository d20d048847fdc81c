//go:build !linux

package nativedialog

import (
	"errors"

	sqweek "github.com/sqweek/dialog"
)

// Load asks for a file to open.
func Load(r Request) (string, error) {
	return done(sqweek.File().Title(r.Title).Filter(r.Desc, r.Exts...).Load())
}

// Save asks where to save a file.
func Save(r Request) (string, error) {
	b := sqweek.File().Title(r.Title).Filter(r.Desc, r.Exts...).SetStartFile(r.StartFile)
	if r.StartDir != "" {
		b = b.SetStartDir(r.StartDir)
	}
	return done(b.Save())
}

// Folder asks for a folder.
func Folder(r Request) (string, error) {
	b := sqweek.Directory().Title(r.Title)
	if r.StartDir != "" {
		b = b.SetStartDir(r.StartDir)
	}
	return done(b.Browse())
}

func done(path string, err error) (string, error) {
	if errors.Is(err, sqweek.ErrCancelled) {
		return "", ErrCancelled
	}
	return path, err
}
