package team

import (
	"crypto/rand"
	"encoding/hex"
)

// randomID is a new 128-bit id in hex, made on this laptop.
func randomID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
