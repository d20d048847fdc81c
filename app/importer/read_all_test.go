package importer

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

// lyingLen is a reader over s that tells a size other than its own, as a
// file that grew or shrank after it was measured does.
type lyingLen struct {
	io.Reader
	told int
}

func (l lyingLen) Len() int { return l.told }

func TestReadLimitedReadsWholeWhateverTheSizeTold(t *testing.T) {
	text := strings.Repeat("2023-01-05,门店A,1234.50\n", 5000)
	file := filepath.Join(t.TempDir(), "sales.csv")
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Seek(10, io.SeekStart); err != nil { // read from the middle
		t.Fatal(err)
	}
	cases := map[string]struct {
		r    io.Reader
		want string
	}{
		"file from its 10th byte": {f, text[10:]},
		"bytes":                   {bytes.NewReader([]byte(text)), text},
		"size unknown":            {io.MultiReader(strings.NewReader(text)), text},
		"told too little":         {lyingLen{strings.NewReader(text), 100}, text},
		"told too much":           {lyingLen{strings.NewReader(text), 3 * len(text)}, text},
		"empty":                   {strings.NewReader(""), ""},
	}
	for name, c := range cases {
		got, err := readLimited(c.r, int64(len(text)))
		if err != nil || string(got) != c.want {
			t.Errorf("%s: read %d bytes (%v), want %d", name, len(got), err, len(c.want))
		}
	}
}

func TestReadLimitedReadsOneByteOverTheLimit(t *testing.T) {
	text := strings.Repeat("x", 1000)
	for name, r := range map[string]io.Reader{
		"told":         strings.NewReader(text),
		"not told":     io.MultiReader(strings.NewReader(text)),
		"told too few": lyingLen{strings.NewReader(text), 10},
	} {
		got, err := readLimited(r, 100)
		if err != nil || len(got) != 101 {
			t.Errorf("%s: read %d bytes (%v), want the limit and one more, 101", name, len(got), err)
		}
	}
}

func TestReadLimitedPassesTheReadersError(t *testing.T) {
	broken := errors.New("the disk is gone")
	r := io.MultiReader(strings.NewReader("2023-01-05,1\n"), iotest.ErrReader(broken))
	if _, err := readLimited(lyingLen{r, 5}, 1000); !errors.Is(err, broken) {
		t.Errorf("err = %v, want the reader's", err)
	}
}
