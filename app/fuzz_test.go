package app

import (
	"reflect"
	"strings"
	"testing"
)

// The fuzz targets of the number and target parsers, the import planner
// and the SMART text rules. FuzzParseDate and FuzzReadTable are in
// import_fuzz_test.go. Seeds are in testdata/fuzz/<FuzzName>/; .ci/fuzz.sh
// runs each target in turn.

// FuzzCheckSMART checks the SMART rules on any title, description, owner
// and rationale, in English, Chinese or anything else, and any target and
// baseline: CheckSMART never panics, is deterministic, gives S, M, A, R and
// T in order, each the worst of its findings, whose messages render with
// preformatted args that never show NaN or an infinity.
func FuzzCheckSMART(f *testing.F) {
	base := SMARTInput{Goal: wizardGoal(f), History: salesHistory(), Today: NewDate(2023, 1, 5)}
	base.Plan, _ = SplitSeasonal(Calendar{}, base.Goal, CadenceQuarter, salesHistory())
	for _, title := range []string{"In 2023 raise North-America sales by 20%", "2023年华东区销售额提升20%", "提升业绩", "", "🚀"} {
		f.Add(title, "描述 description", "Li Wei", "why", uint8(0), 6e7, 5e7, true)
	}
	f.Fuzz(func(t *testing.T, title, desc, owner, reason string, kind uint8, target, baseline float64, hasBase bool) {
		in := base
		g := &in.Goal
		g.Title, g.Description, g.Owner, g.Rationale, g.Target = title, desc, owner, reason, target
		g.Kind = []Kind{KindIncrease, KindDecrease, KindStayAbove, KindStayBelow, KindMilestone, ""}[kind%6]
		g.Baseline = nil
		if hasBase {
			g.Baseline = &baseline
		}
		r := CheckSMART(in)
		if again := CheckSMART(in); !reflect.DeepEqual(again, r) {
			t.Fatal("CheckSMART is not deterministic")
		}
		if len(r.Letters) != 5 {
			t.Fatalf("%d letters", len(r.Letters))
		}
		for i, l := range r.Letters {
			if l.Letter != "SMART"[i:i+1] || l.Verdict < VerdictPass || l.Verdict > VerdictFail {
				t.Fatalf("letter %d is %s %v", i, l.Letter, l.Verdict)
			}
			FindingMessages(t, l)
			for _, fd := range l.Findings {
				CheckFindingArgs(t, fd)
			}
		}
		if s := r.Letter("S"); strings.TrimSpace(title) == "" && (s.Verdict != VerdictFail || s.Findings[0].Message != MsgSTitleMissing) {
			t.Fatalf("blank title %q: S is %+v", title, s)
		}
	})
}

// checkFindingArgs checks that a finding has a fix unless it passes, and
// that no figure in its args is NaN or infinite; only the title and the
// years found in it are the user's own text.
func CheckFindingArgs(t *testing.T, fd Finding) {
	t.Helper()
	if (fd.Verdict == VerdictPass) != (fd.Fix == "") {
		t.Fatalf("finding %q with verdict %v has fix %q", fd.Message, fd.Verdict, fd.Fix)
	}
	for k, v := range fd.Args {
		s, _ := v.(string)
		if k != "Title" && k != "Years" && (strings.Contains(s, "NaN") || strings.Contains(s, "Inf")) {
			t.Fatalf("finding %q: %s is %q", fd.Message, k, s)
		}
	}
}
