package chart

import (
	"strings"
	"testing"

	"pacer/app"
)

// longGoalNames are goal titles as owners write them, too long for one
// line beside a row at 1920×1080.
var longGoalNames = map[string][]string{
	"en": {
		"In 2023, raise North-America sales to 60 million yuan through the dealer network",
		"Customer satisfaction (NPS) in North America and Europe, quarterly survey",
		"Cut the cost of returns in the Shanghai warehouse by a fifth before the holidays",
		"Online channel revenue",
	},
	"zh": {
		"2023年北美市场销售额达到6000万元，同比增长20%，重点拓展经销商网络",
		"北美和欧洲客户满意度（NPS）季度调查得分提升到四十分以上",
		"上海仓库退货成本在节假日之前降低五分之一",
		"线上渠道收入",
	},
}

func longNamesPortfolio(lang string) PortfolioInput {
	in := PortfolioInput{Title: "Q1 2023", ReferenceLabel: "Plan 100%",
		StatusLabels: map[app.Status]string{app.StatusAchieved: "Achieved", app.StatusMissed: "Missed"}}
	for i, name := range longGoalNames[lang] {
		in.Items = append(in.Items, PortfolioItem{Label: name, Attainment: 0.5 + 0.2*float64(i), OK: true, Status: app.StatusAchieved})
	}
	return in
}

// TestRowLabelsWrapBeforeCutting: at 1920×1080 goal names too long for a
// line take two, broken between words (English) or characters (Chinese),
// each line within the label column, and none is cut.
func TestRowLabelsWrapBeforeCutting(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		names := longGoalNames[lang]
		p, err := newPainter(testSize(1920, 1080, 1), FormatSVG)
		if err != nil {
			t.Fatal(err)
		}
		size, lines, width := p.rowCategories(names, 1080*0.7/float64(len(names)))
		if width > rowLabelShare*p.w {
			t.Errorf("%s: label column %.0f px of %.0f, over %.0f", lang, width, p.w, rowLabelShare*p.w)
		}
		if size < 0.7*p.em {
			t.Errorf("%s: labels at %.0f px, below the small print of %.0f", lang, size, 0.7*p.em)
		}
		checkRowLines(t, p, lang, names, lines, size, width)
		if len(lines[0]) != 2 || len(lines[3]) != 1 {
			t.Errorf("%s: a long name should take two lines and a short one one: %q", lang, lines)
		}
		checkRowChart(t, lang, lines)
	}
}

// checkRowLines checks that each name is whole in its lines, broken only
// between words or characters, and that no line is wider than width.
func checkRowLines(t *testing.T, p *painter, lang string, names []string, lines []labelLines, size, width float64) {
	t.Helper()
	sep := map[string]string{"en": " ", "zh": ""}[lang]
	for i, l := range lines {
		if len(l) > 2 || len(l) == 0 {
			t.Fatalf("%s: %q in %d lines", lang, names[i], len(l))
		}
		joined := strings.Join(l, sep)
		if lang == "en" && len(l) == 2 && strings.HasSuffix(l[0], "-") {
			joined = l[0] + l[1]
		}
		if joined != names[i] {
			t.Errorf("%s: %q laid out as %q: cut or broken inside a word", lang, names[i], l)
		}
		for _, line := range l {
			if w := p.textWidth(line, size); w > width+0.5 {
				t.Errorf("%s: line %q is %.0f px, wider than the column's %.0f", lang, line, w, width)
			}
		}
	}
}

// checkRowChart checks that the chart draws every line as a text of its
// own, with no ellipsis.
func checkRowChart(t *testing.T, lang string, lines []labelLines) {
	t.Helper()
	b, err := PortfolioChart(longNamesPortfolio(lang), testSize(1920, 1080, 1), FormatSVG)
	if err != nil {
		t.Fatal(err)
	}
	svg := string(b)
	for _, l := range lines {
		for _, line := range l {
			if !strings.Contains(svg, ">"+svgEscape(line)+"<") {
				t.Errorf("%s: chart lacks the line %q", lang, line)
			}
		}
	}
	if strings.Contains(svg, "…") {
		t.Errorf("%s: a name is still cut with an ellipsis", lang)
	}
	png, err := PortfolioChart(longNamesPortfolio(lang), testSize(1920, 1080, 1), FormatPNG)
	if err != nil {
		t.Fatal(err)
	}
	saveChart(t, "long-names-"+lang+".png", png)
}

// TestRowLabelsCutOnlyWhenTwoLinesDoNotHold: a name longer than two lines
// keeps a whole first line and ends the second with an ellipsis.
func TestRowLabelsCutOnlyWhenTwoLinesDoNotHold(t *testing.T) {
	p, err := newPainter(testSize(1920, 1080, 1), FormatSVG)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("北美市场销售额达到六千万元", 8)
	size := p.em
	l := p.wrapLabel(long, size, 600, 2)
	if len(l) != 2 || !strings.HasSuffix(l[1], "…") || !strings.HasPrefix(long, l[0]) {
		t.Errorf("very long name laid out as %q", l)
	}
	for _, line := range l {
		if w := p.textWidth(line, size); w > 600 {
			t.Errorf("line %q is %.0f px, over 600", line, w)
		}
	}
}

func TestBreaks(t *testing.T) {
	tests := []struct {
		s    string
		want []string // the first lines offered
	}{
		{"Raise sales now", []string{"Raise", "Raise sales"}},
		{"North-America sales", []string{"North-", "North-America"}},
		{"销售额（北美）", []string{"销", "销售", "销售额", "销售额（北"}},
		{"2023年销售", []string{"2023年", "2023年销"}},
		{"达到6000万元", []string{"达", "达到", "达到6000万"}},
	}
	for _, tt := range tests {
		var got []string
		for _, b := range breaks(tt.s) {
			got = append(got, b[0])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("breaks(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestColumnLabelsWrapBeforeThinning: twelve months named "January 2023"…
// under the columns of a small chart take two lines each, all shown,
// rather than every other one left out.
func TestColumnLabelsWrapBeforeThinning(t *testing.T) {
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	in := BarsInput{Title: "Sales 2023", PlanLabel: "Plan", ActualLabel: "Actual",
		Goal: app.Goal{Unit: app.UnitCount}}
	for i, m := range months {
		in.Periods = append(in.Periods, m+" 2023")
		in.Plan = append(in.Plan, float64(100+i))
		in.Actual = append(in.Actual, float64(90+2*i))
		in.HasActual = append(in.HasActual, true)
	}
	b, err := PlanActualBars(in, testSize(1100, 450, 1), FormatSVG)
	if err != nil {
		t.Fatal(err)
	}
	svg := string(b)
	for _, m := range months {
		if !strings.Contains(svg, ">"+m+"<") {
			t.Errorf("month %s left out or not on a line of its own", m)
		}
	}
	if n := strings.Count(svg, ">2023<"); n != len(months) {
		t.Errorf("%d second lines, want %d", n, len(months))
	}
	png, err := PlanActualBars(in, testSize(1100, 450, 1), FormatPNG)
	if err != nil {
		t.Fatal(err)
	}
	saveChart(t, "months-two-lines.png", png)
}
