package export

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"pacer/app"
	"pacer/app/chart"
	"pacer/assets"
	"pacer/data/sampledb"
	"pacer/data/samplereview"
)

// reportWordsZH are the report's words in Chinese.
func reportWordsZH(s string) string {
	zh := map[string]string{
		"Summary": "概览", "Variance table": "差异表", "Charts": "图表", "Goals": "目标", "Goals reviewed": "复盘目标数",
		"Owner": "负责人", "Status": "状态", "Plan": "计划", "Actual": "实际", "Gap to plan": "与计划差距",
		"Gap analysis": "差距分析", "Cause category": "原因类别", "Cause": "原因", "Team feedback": "团队反馈",
		"Improvement measures": "改进措施", "Measure": "措施", "Deadline": "截止日期", "Done": "已完成",
		"Action plans": "行动计划", "Problem": "问题", "Strategy": "策略", "Start – due": "起止日期",
		"Last follow-up": "最近跟进", "No gap analysis recorded for this period.": "本期尚未记录差距分析。",
		"No action plan linked to this goal.": "没有与此目标关联的行动计划。",
		"Market demand":                       "市场需求", "Customer development": "客户开发", "Competition": "竞争",
		"Planned": "计划中", "In progress": "进行中", "Dropped": "已放弃",
	}
	if t, ok := zh[s]; ok {
		return t
	}
	return s
}

// sampleReport is the Q1 2023 review report of the sample plan in lang as
// the review screen would make it, with the first goal retitled when
// title is not empty.
func sampleReport(t testing.TB, lang, title string) ReportInput {
	t.Helper()
	ctx := context.Background()
	s := sampledb.Store(t, lang)
	if title != "" {
		goals, err := s.ListGoals(ctx, app.GoalFilter{})
		if err != nil {
			t.Fatal(err)
		}
		goals[0].Title = title
		if err := s.UpdateGoal(ctx, &goals[0]); err != nil {
			t.Fatal(err)
		}
	}
	snap, err := s.Snapshot(ctx, app.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	rv := samplereview.Q1(t, s, snap, lang)
	zh, pick, rows, points := lang == "zh", rv.Pick, rv.Rows, rv.PointsUnit()
	followUps := map[int64][]app.FollowUp{}
	for _, a := range rv.Actions {
		if followUps[a.ID], err = s.FollowUps(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
	}
	cols := []app.ReviewColumn{app.ColumnGoal, app.ColumnExpected, app.ColumnActual, app.ColumnVariance, app.ColumnVarianceRel,
		app.ColumnVsPreviousRel, app.ColumnVsLastYearRel, app.ColumnReported, app.ColumnStatus}
	headers := strings.Split(pick("Goal|Expected|Actual|Variance|Variance %|Vs previous period %|Vs same period last year %|Reported|Status",
		"目标|预期|实际|差异|差异 %|环比 %|同比 %|已填报|状态"), "|")

	charts := ReportChartInputs{
		Portfolio: rv.Portfolio(),
		Gap: &chart.VarianceInput{Title: pick("Q1 2023: gap to plan by goal", "2023年第1季度：各目标与计划的差距"),
			AheadLabel: pick("Ahead of plan", "超出计划"), BehindLabel: pick("Behind plan", "落后计划"),
			Bars: chart.VarianceBarsFromRows(rows, nil), Relative: true, Wan: zh, PointsUnit: points},
		Goals: map[int64]GoalReportCharts{},
	}
	for _, r := range rows {
		bars, cum := rv.GoalCharts(r.Goal)
		// The plan-and-actual bars write each gap; a gap chart would repeat it.
		charts.Goals[r.Goal.ID] = GoalReportCharts{PlanActual: &bars, Cumulative: &cum}
	}
	size := chart.ChartSize{Width: 480, Height: 300, Scale: 1}
	if zh {
		font, err := chart.ParseFont(assets.CJKFont)
		if err != nil {
			t.Fatal(err)
		}
		size.Font = font
	}
	set, err := ReportCharts(charts, size)
	if err != nil {
		t.Fatal(err)
	}
	var words Translator
	if zh {
		words = reportWordsZH
	}
	return ReportInput{
		Lang:      pick("en", "zh-Hans"),
		Title:     pick("Review of Q1 2023", "2023年第1季度复盘"),
		Subtitle:  pick("North America sales · pacer.db", "北美销售 · pacer.db"),
		Generated: pick("Generated on 20 May 2023", "生成于 2023年5月20日"),
		Table: app.ReviewTable{Columns: cols, Headers: headers, Rows: rows, PeriodLabel: rv.Quarter,
			StatusLabels: rv.StatusLabels(), Reviews: rv.Reviews, PointsUnit: points},
		Actions: rv.Actions, FollowUps: followUps, Charts: set, Translate: words,
	}
}

func writeReport(t *testing.T, in ReportInput) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteReviewReport(&buf, in); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("PACER_REPORT_DIR"); dir != "" {
		name := "report-" + strings.SplitN(in.Lang, "-", 2)[0] + ".html"
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return buf.String()
}

func TestWriteReviewReport(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		t.Run(lang, func(t *testing.T) {
			in := sampleReport(t, lang, "")
			page := writeReport(t, in)
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			counts := map[string]int{}
			var text strings.Builder
			var walk func(n *html.Node)
			walk = func(n *html.Node) {
				if n.Type == html.ElementNode {
					counts[n.Data]++
				}
				if n.Type == html.TextNode && n.Parent != nil && n.Parent.Data != "style" {
					text.WriteString(n.Data)
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
			}
			walk(doc)
			// 2 overview charts and 2 per goal.
			if counts["svg"] != 2+3*2 || counts["img"] != 0 || counts["script"] != 0 || counts["link"] != 0 {
				t.Errorf("elements %v", counts)
			}
			if counts["section"] != 3+3 || counts["tr"] < 4 {
				t.Errorf("sections %d, rows %d", counts["section"], counts["tr"])
			}
			if regexp.MustCompile(`(?i)(https?:)?//[a-z0-9]`).MatchString(page) {
				t.Errorf("the page names a URL: %q", regexp.MustCompile(`(?i)[^"]{0,40}https?://[^"]{0,40}`).FindString(page))
			}
			for _, want := range []string{`<html lang="` + in.Lang + `">`, "@page", "A4 landscape", "@media print", "break-before: page",
				"Microsoft YaHei", "Noto Sans CJK SC", `<meta charset="utf-8">`} {
				if !strings.Contains(page, want) {
					t.Errorf("page lacks %q", want)
				}
			}
			words := in.Translate
			shown := text.String()
			for _, want := range []string{in.Title, in.Subtitle, words.T("Variance table"), words.T("Gap analysis"), words.T("Action plans"),
				in.Table.Rows[0].Goal.Title, in.Table.Reviews[in.Table.Rows[0].Goal.ID].TeamFeedback,
				in.Actions[0].Strategy, in.FollowUps[in.Actions[0].ID][0].Note, "¥8,000,000", "¥10,000,000", "−¥2,000,000", "−20.0%", "−2.0"} {
				if !strings.Contains(shown, want) {
					t.Errorf("page text lacks %q", want)
				}
			}
			if lang == "zh" && !strings.Contains(shown, "差距分析") {
				t.Error("Chinese words missing")
			}
		})
	}
}

func TestWriteReviewReportEscapes(t *testing.T) {
	const evil = `<script>alert("x")</script> & Co`
	in := sampleReport(t, "en", evil)
	in.Title = evil
	in.Subtitle = `"><img src=x onerror=alert(1)>`
	var buf bytes.Buffer
	if err := WriteReviewReport(&buf, in); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if strings.Contains(page, "<script") || strings.Contains(page, "<img") {
		t.Fatalf("unescaped markup in the page")
	}
	if !strings.Contains(page, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co") {
		t.Error("the title is not escaped as text")
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var title string
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "h1" && n.FirstChild != nil {
			title = n.FirstChild.Data
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	if title != evil {
		t.Errorf("h1 reads %q, want %q", title, evil)
	}
}

func TestWriteReviewReportCharts(t *testing.T) {
	in := ReportInput{Table: app.ReviewTable{Headers: []string{"a", "b", "c", "d", "e", "f", "g"}}}
	in.Charts.Overview = []ReportChart{{Alt: "png", PNG: []byte("\x89PNG")}}
	var buf bytes.Buffer
	if err := WriteReviewReport(&buf, in); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<img src="data:image/png;base64,iVBORw==" alt="png">`) {
		t.Errorf("no PNG data URL in %s", buf.String())
	}
	for _, bad := range []string{
		`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`,
		`<svg viewBox="0 0 1 1"><rect onload="alert(1)"/></svg>`,
		`<svg><image href="http://example.com/x.png"/></svg>`,
		`<p>not svg</p>`,
	} {
		in.Charts.Overview = []ReportChart{{Alt: "bad", SVG: []byte(bad)}}
		if err := WriteReviewReport(&bytes.Buffer{}, in); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
	in.Charts.Overview = []ReportChart{{Alt: `a "chart"`, SVG: []byte(`<?xml version="1.0"?>` + "\n" +
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 20"><text>x &lt; y</text></svg>`)}}
	buf.Reset()
	if err := WriteReviewReport(&buf, in); err != nil {
		t.Fatal(err)
	}
	want := `<svg class="chart" role="img" aria-label="a &#34;chart&#34;" viewBox="0 0 10 20" preserveAspectRatio="xMidYMid meet"><text>x &lt; y</text></svg>`
	if !strings.Contains(buf.String(), want) {
		t.Errorf("inlined SVG not found in %s", buf.String())
	}
	in.Table.Headers = in.Table.Headers[:2]
	if err := WriteReviewReport(&bytes.Buffer{}, in); err == nil {
		t.Error("accepted a table with too few headers")
	}
}
