package pgtest

import (
	"os"
	"path/filepath"
)

// Log is what the server has written to its log so far.
func (s *Server) Log() (string, error) {
	b, err := os.ReadFile(filepath.Join(s.dir, "log"))
	return string(b), err
}
