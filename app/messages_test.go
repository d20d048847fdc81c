package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/template"
)

var (
	AnyAction   = regexp.MustCompile(`\{\{.*?\}\}`)
	PlainAction = regexp.MustCompile(`^\{\{\.[A-Z]\w*\}\}$`)
)

func TestMessagesAreTemplates(t *testing.T) {
	seen := map[string]bool{}
	for _, m := range Messages {
		if strings.TrimSpace(m) == "" || seen[m] {
			t.Errorf("message %q is empty or listed twice", m)
		}
		seen[m] = true
		if _, err := template.New("").Option("missingkey=error").Parse(m); err != nil {
			t.Errorf("message %q is not a template: %v", m, err)
		}
		for _, a := range AnyAction.FindAllString(m, -1) {
			if !PlainAction.MatchString(a) {
				t.Errorf("message %q uses %s; only plain {{.Name}} fields can be checked in translations", m, a)
			}
		}
	}
}

// TestMessagesListsEveryConstant parses messages.go so that a message
// added to the constants but not to Messages cannot go untranslated.
func TestMessagesListsEveryConstant(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "messages.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		spec, ok := node.(*ast.ValueSpec)
		if !ok || len(spec.Values) != 1 || !strings.HasPrefix(strings.ToLower(spec.Names[0].Name), "msg") {
			return true
		}
		lit, ok := spec.Values[0].(*ast.BasicLit)
		if !ok {
			return true
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil {
			t.Fatal(err)
		}
		n++
		if !slices.Contains(Messages, s) {
			t.Errorf("%s is not in Messages", spec.Names[0].Name)
		}
		return true
	})
	if n != len(Messages) {
		t.Errorf("messages.go declares %d messages, Messages lists %d", n, len(Messages))
	}
}

// render fills a message with its args as the UI would, failing on a
// missing arg; it checks that the message is listed in Messages.
func render(t testing.TB, msg string, args map[string]any) string {
	t.Helper()
	if !slices.Contains(Messages, msg) {
		t.Errorf("message %q is not in Messages", msg)
	}
	tpl, err := template.New("").Option("missingkey=error").Parse(msg)
	if err != nil {
		t.Fatalf("message %q: %v", msg, err)
	}
	var b strings.Builder
	if err := tpl.Execute(&b, args); err != nil {
		t.Errorf("message %q with args %v: %v", msg, args, err)
	}
	for k, v := range args {
		if _, ok := v.(string); !ok {
			t.Errorf("message %q: arg %s is %T, not a preformatted string", msg, k, v)
		}
	}
	return b.String()
}
