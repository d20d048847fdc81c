package export

import (
	"cmp"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"slices"
	"strings"

	"pacer/app"
)

// ReportInput is what WriteReviewReport writes: one review period's
// figures, gap analyses, action plans and charts, with every word
// translated by the caller.
type ReportInput struct {
	// Lang is the page's language tag: "en", "zh-Hans"; empty is "en".
	Lang string
	// Title heads the report and names the browser tab ("Review of Q1
	// 2023"); Subtitle names the business or the database file; Generated
	// says when the report was made, as the caller writes dates
	// ("Generated on 20 May 2023"). Empty ones are left out.
	Title, Subtitle, Generated string
	// Table is the variance table as the review screen exports it
	// (Rows, Columns, Headers, PeriodLabel, StatusLabels, Reviews,
	// PointsUnit): the report shows its columns, counts its rows by
	// status and gives each of its goals a section with the goal's
	// review from Table.Reviews. Leave ColumnCause and ColumnMeasures out
	// of Columns: the goals' sections show them in full.
	Table app.ReviewTable
	// Actions are the action plans to show: each under every goal of the
	// table it is linked to. Plans linked to none of them are left out.
	Actions []app.ActionPlan
	// FollowUps are the action plans' follow-ups by action ID; the latest
	// of each is shown.
	FollowUps map[int64][]app.FollowUp
	// Charts are drawn by the caller (ReportCharts) so that it controls
	// their sizes and words.
	Charts ReportChartSet
	// Translate translates the report's words and labels, English ones
	// such as "Gap analysis" and app's labels (Status.Label…); nil keeps
	// them in English.
	Translate Translator
	// FormatDate writes a date; nil writes 2006-01-02.
	FormatDate func(app.Date) string
	// Contributors are, by goal ID, what each value of each dimension did
	// to the goal's gap (app.ReviewContributors): a table each under the
	// goal's gap analysis.
	Contributors map[int64][]app.GapContributors
}

// reportGoWords are the report's words written by its Go code; those of
// its template are found in the template's text.
var reportGoWords = []string{"Goals reviewed", "Owner", "Status", "Plan", "Re-planned after", "Actual", "Gap to plan"}

// templateWord finds the words the template translates: {{.W.T "Summary"}}.
var templateWord = regexp.MustCompile(`\.W\.T "([^"]+)"`)

// reportWords are every English word of the report but app's labels.
func reportWords() []string {
	out := slices.Clone(reportGoWords)
	for _, m := range templateWord.FindAllStringSubmatch(reportHTML, -1) {
		out = append(out, m[1])
	}
	return out
}

// T is s translated by tr, English when tr gives nothing; the report's
// template calls it.
func (tr Translator) T(s string) string { return tr.word(s) }

// WriteReviewReport writes in as one self-contained HTML page: a title, a
// summary of the goals by status, the variance table, the charts of all
// goals, and a section per goal with its facts, its charts, its gap
// analysis (cause, team feedback, measures with owner and deadline) and
// its action plans (problem, strategy, status, measures, last follow-up).
// Styles are inline and charts embedded, so the page names no other file
// or URL and opens offline in any browser; print rules set A4 landscape
// pages, start the charts and each goal on a new page, repeat table
// headers and keep rows, cards and charts whole. Every text is escaped.
// The font stack names common Chinese fonts after the Latin ones.
func WriteReviewReport(w io.Writer, in ReportInput) error {
	v, err := newReportView(in)
	if err != nil {
		return fmt.Errorf("write review report: %w", err)
	}
	if err := reportTemplate.Execute(w, v); err != nil {
		return fmt.Errorf("write review report: %w", err)
	}
	return nil
}

// reportView is the report as its template shows it: every text ready.
type reportView struct {
	Lang, Title, Subtitle, Generated string
	W                                Translator
	Cards                            []reportCard
	Headers                          []reportCell
	Rows                             [][]reportCell
	Overview                         []chartView
	Goals                            []goalView
}

type reportCard struct {
	Label string
	Count int
	Class string
}

type reportCell struct {
	Text  string
	Num   bool
	Class string // a status class for the status column
}

type reportFact struct{ Label, Value, Class string }

type goalView struct {
	ID      string
	Title   string
	Facts   []reportFact
	Charts  []chartView
	Review  *reviewView
	Actions []actionView
	// Contributors are the goal's gap by dimension.
	Contributors []contributorsView
}

type reviewView struct {
	Category, Cause, Feedback string
	Measures                  []measureView
}

type measureView struct {
	Text, Owner, Due string
	Done             bool
}

type actionView struct {
	Problem, Cause, Strategy, Owner, Status, StatusClass, Dates string
	Measures                                                    []measureView
	FollowUpDate, FollowUpNote                                  string
}

func newReportView(in ReportInput) (reportView, error) {
	t := in.Table
	cols, err := t.CheckedColumns()
	if err != nil {
		return reportView{}, err
	}
	w := in.Translate
	v := reportView{Lang: reportLang(in.Lang), Title: in.Title, Subtitle: in.Subtitle, Generated: in.Generated, W: w}
	v.Cards = reportCards(t, w)
	for i, h := range t.Headers {
		v.Headers = append(v.Headers, reportCell{Text: h, Num: NumericColumn(cols[i])})
	}
	for _, r := range t.Rows {
		row := make([]reportCell, len(cols))
		for i, c := range cols {
			row[i] = reportCell{Text: ReadableCell(t.Cell(c, r), r.Goal, t.PointsUnit), Num: NumericColumn(c)}
			if c == app.ColumnStatus {
				row[i].Class = StatusClass(r.Status)
			}
		}
		v.Rows = append(v.Rows, row)
	}
	for _, c := range in.Charts.Overview {
		cv, err := chartHTML(c)
		if err != nil {
			return reportView{}, err
		}
		v.Overview = append(v.Overview, cv)
	}
	date := in.FormatDate
	if date == nil {
		date = app.Date.String
	}
	for i, r := range t.Rows {
		gv := goalView{ID: fmt.Sprintf("goal-%d", i+1), Title: r.Goal.Title, Facts: goalFacts(t, r, w),
			Contributors: contributorViews(in.Contributors[r.Goal.ID], r.Goal, w)}
		for _, c := range in.Charts.Goals[r.Goal.ID] {
			cv, err := chartHTML(c)
			if err != nil {
				return reportView{}, err
			}
			gv.Charts = append(gv.Charts, cv)
		}
		if rv, ok := t.Reviews[r.Goal.ID]; ok {
			gv.Review = &reviewView{Category: w.Cause(rv.CauseCategory), Cause: rv.CauseText,
				Feedback: rv.TeamFeedback, Measures: measureViews(rv.Measures, date)}
		}
		for _, a := range in.Actions {
			if slices.Contains(a.GoalIDs, r.Goal.ID) {
				gv.Actions = append(gv.Actions, newActionView(a, in.FollowUps[a.ID], w, date))
			}
		}
		v.Goals = append(v.Goals, gv)
	}
	return v, nil
}

// reportLang is a language tag made safe for the lang attribute.
func reportLang(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") != "" {
		return "en"
	}
	return s
}

// reportCards count the table's rows, then its rows by status, in the
// order of verdicts, running statuses and no data, leaving out statuses
// no row has.
func reportCards(t app.ReviewTable, w Translator) []reportCard {
	cards := []reportCard{{Label: w.word("Goals reviewed"), Count: len(t.Rows), Class: "total"}}
	count := map[app.Status]int{}
	for _, r := range t.Rows {
		count[r.Status]++
	}
	for _, s := range StatusOrder() {
		if count[s] > 0 {
			cards = append(cards, reportCard{Label: StatusWord(t, w, s), Count: count[s], Class: StatusClass(s)})
		}
	}
	return cards
}

// goalFacts are a goal's owner, status, plan, actual and gap for the
// period; after the plan, the period a re-spread plan kept when the plan
// counts its actuals (app.ColumnReplannedAfter), as the review screen
// says "re-planned after Q1 2023".
func goalFacts(t app.ReviewTable, r app.ReviewRow, w Translator) []reportFact {
	g := r.Goal
	facts := []reportFact{}
	if p := t.Cell(app.ColumnPeriod, r); p.Kind == app.CellText {
		facts = append(facts, reportFact{Value: p.Text})
	}
	if o := strings.TrimSpace(g.Owner); o != "" {
		facts = append(facts, reportFact{Label: w.word("Owner"), Value: o})
	}
	facts = append(facts, reportFact{Label: w.word("Status"), Value: StatusWord(t, w, r.Status), Class: StatusClass(r.Status)})
	facts = append(facts, reportFact{Label: w.word("Plan"), Value: FigureCell(t.Cell(app.ColumnExpected, r), g, t.PointsUnit)})
	if kept := t.Cell(app.ColumnReplannedAfter, r).Text; kept != "" {
		facts = append(facts, reportFact{Label: w.word("Re-planned after"), Value: kept})
	}
	facts = append(facts, reportFact{Label: w.word("Actual"), Value: FigureCell(t.Cell(app.ColumnActual, r), g, t.PointsUnit)})
	return append(facts, reportFact{Label: w.word("Gap to plan"), Value: ReadableGap(t, r)})
}

func measureViews(ms []app.Measure, date func(app.Date) string) []measureView {
	var out []measureView
	for _, m := range ms {
		out = append(out, measureView{Text: m.Text, Owner: m.Owner, Due: DateText(m.Due, date), Done: m.Completed()})
	}
	return out
}

func newActionView(a app.ActionPlan, fs []app.FollowUp, w Translator, date func(app.Date) string) actionView {
	v := actionView{Problem: a.Problem, Cause: a.Cause, Strategy: a.Strategy, Owner: a.Owner,
		Status: w.word(a.Status.Label()), StatusClass: actionClass(a.Status),
		Measures: measureViews(a.Measures, date), Dates: DateSpan(a.Start, a.Due, date)}
	if len(fs) > 0 {
		last := slices.MaxFunc(fs, func(x, y app.FollowUp) int {
			if c := x.Date.Compare(y.Date.Time); c != 0 {
				return c
			}
			return cmp.Compare(x.ID, y.ID)
		})
		v.FollowUpDate, v.FollowUpNote = date(last.Date), last.Note
	}
	return v
}

func actionClass(s app.ActionStatus) string {
	switch s {
	case app.ActionDone:
		return "good"
	case app.ActionInProgress:
		return "info"
	case app.ActionDropped:
		return "none"
	}
	return "plain"
}

// measuresArgs are the arguments of the template's measure table.
type measuresArgs struct {
	W Translator
	M []measureView
}

var reportTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"dict": func(w Translator, m []measureView) measuresArgs { return measuresArgs{w, m} },
}).Parse(reportHTML))
