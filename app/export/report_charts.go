package export

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"html"
	"html/template"
	"pacer/app/chart"
	"regexp"
)

// ReportChart is one chart of a review report, already drawn: SVG (as
// the chart functions write it with FormatSVG), which the report inlines
// and which stays sharp in print, or else PNG, which it embeds as a data
// URL.
type ReportChart struct {
	// Alt says what the chart shows, for screen readers and for when it
	// cannot be drawn: usually its title.
	Alt string
	SVG []byte
	PNG []byte
}

// ReportChartSet are the charts of a review report: those of all goals,
// shown after the variance table, and those of each goal, shown with its
// gap analysis.
type ReportChartSet struct {
	Overview []ReportChart
	Goals    map[int64][]ReportChart
}

// ReportChartInputs are the chart inputs of a review report, with their
// words translated: the UI's chart inputs for the review screen. Nil ones
// are left out.
type ReportChartInputs struct {
	// Portfolio is every goal's attainment of plan (PortfolioFromRows).
	Portfolio *chart.PortfolioInput
	// Gap is every goal's gap to plan (VarianceBarsFromRows, Relative).
	Gap *chart.VarianceInput
	// Goals are the charts of each goal, by goal ID.
	Goals map[int64]GoalReportCharts
}

// GoalReportCharts are the chart inputs of one goal in a review report.
type GoalReportCharts struct {
	// PlanActual is the goal's plan and actual by period (BarsFromRows).
	PlanActual *chart.BarsInput
	// Gap is the goal's gap to plan by period.
	Gap *chart.VarianceInput
	// Cumulative is where the goal stands against its plan over its span.
	Cumulative *chart.CumulativeInput
	// Contributors are the goal's gap by each dimension's values.
	Contributors []chart.ContributorsInput
}

// ReportCharts draws the charts of in as SVG at size, each with its title
// as Alt text: overview charts in the order portfolio, gap; each goal's in
// the order plan and actual, gap, cumulative, gap by dimension. A chart
// that cannot be drawn (ErrChart: a goal without periods) is left out;
// any other error is returned. A size of about 960×540 reads well at the width of an A4
// page; type grows with the size.
func ReportCharts(in ReportChartInputs, size chart.ChartSize) (ReportChartSet, error) {
	var set ReportChartSet
	var err error
	if set.Overview, err = drawReportCharts(in.overview(), size); err != nil {
		return ReportChartSet{}, err
	}
	for id, gc := range in.Goals {
		list, err := drawReportCharts(gc.charts(), size)
		if err != nil {
			return ReportChartSet{}, err
		}
		if len(list) > 0 {
			if set.Goals == nil {
				set.Goals = map[int64][]ReportChart{}
			}
			set.Goals[id] = list
		}
	}
	return set, nil
}

// reportChart is one chart to draw: its title and how to draw it.
type reportChart struct {
	alt  string
	draw func(chart.ChartSize, chart.Format) ([]byte, error)
}

// overview are the charts of all goals that in has, in order.
func (in ReportChartInputs) overview() []reportChart {
	var out []reportChart
	if p := in.Portfolio; p != nil && len(p.Items) > 0 {
		out = append(out, reportChart{p.Title, func(s chart.ChartSize, f chart.Format) ([]byte, error) { return chart.PortfolioChart(*p, s, f) }})
	}
	if g := in.Gap; g != nil && len(g.Bars) > 0 {
		out = append(out, reportChart{g.Title, func(s chart.ChartSize, f chart.Format) ([]byte, error) { return chart.VarianceBars(*g, s, f) }})
	}
	return out
}

// charts are the charts of one goal that gc has, in order.
func (gc GoalReportCharts) charts() []reportChart {
	var out []reportChart
	if b := gc.PlanActual; b != nil && len(b.Periods) > 0 {
		out = append(out, reportChart{b.Title, func(s chart.ChartSize, f chart.Format) ([]byte, error) { return chart.PlanActualBars(*b, s, f) }})
	}
	if g := gc.Gap; g != nil && len(g.Bars) > 0 {
		out = append(out, reportChart{g.Title, func(s chart.ChartSize, f chart.Format) ([]byte, error) { return chart.VarianceBars(*g, s, f) }})
	}
	if c := gc.Cumulative; c != nil {
		out = append(out, reportChart{c.Title, func(s chart.ChartSize, f chart.Format) ([]byte, error) { return chart.CumulativeChart(*c, s, f) }})
	}
	for _, c := range gc.Contributors {
		out = append(out, reportChart{c.Title, func(s chart.ChartSize, f chart.Format) ([]byte, error) { return chart.ContributorsBars(c, s, f) }})
	}
	return out
}

// drawReportCharts draws charts as SVG at size, leaving out those that
// cannot be drawn (ErrChart).
func drawReportCharts(charts []reportChart, size chart.ChartSize) ([]ReportChart, error) {
	var list []ReportChart
	for _, c := range charts {
		b, err := c.draw(size, chart.FormatSVG)
		switch {
		case errors.Is(err, chart.ErrChart):
			continue
		case err != nil:
			return nil, err
		}
		list = append(list, ReportChart{Alt: c.alt, SVG: b})
	}
	return list, nil
}

// chartView is a chart as the report's template shows it.
type chartView struct {
	Alt string
	SVG template.HTML
	Src template.URL
}

var (
	svgProlog  = regexp.MustCompile(`^(?s)\s*(<\?xml.*?\?>\s*)?(<!DOCTYPE[^>]*>\s*)?`)
	svgOpen    = regexp.MustCompile(`^<svg\b[^>]*>`)
	svgViewBox = regexp.MustCompile(`\bviewBox="([0-9. ]+)"`)
	// svgUnsafe finds what could run script or fetch a resource: such
	// elements, and event handlers and links among a tag's attributes
	// (text is escaped, so "<" only opens tags).
	svgUnsafe = regexp.MustCompile(`(?i)<\s*(script|foreignObject|iframe|image|use)\b|<[^>]*\s(on[a-z]+|(xlink:)?href|src)\s*=|<[^>]*javascript:`)
)

// chartHTML is c ready for the page: its SVG inlined (without the XML
// prolog and namespace declarations, which HTML does not need, so that
// the page names no URL, and with a role and label for screen readers),
// or its PNG as a data URL. An SVG that could run script or fetch
// anything is refused: charts are drawn here, not taken from files.
func chartHTML(c ReportChart) (chartView, error) {
	v := chartView{Alt: c.Alt}
	switch {
	case len(c.SVG) > 0:
		body := svgProlog.ReplaceAll(bytes.TrimPrefix(c.SVG, []byte(utf8BOM)), nil)
		open := svgOpen.Find(body)
		if open == nil {
			return chartView{}, fmt.Errorf("chart %q is not SVG: %w", c.Alt, ErrExport)
		}
		if svgUnsafe.Match(body) {
			return chartView{}, fmt.Errorf("chart %q holds script or links: %w", c.Alt, ErrExport)
		}
		tag := `<svg class="chart" role="img" aria-label="` + html.EscapeString(c.Alt) + `"`
		if m := svgViewBox.FindSubmatch(open); m != nil {
			tag += ` viewBox="` + string(m[1]) + `"`
		}
		tag += ` preserveAspectRatio="xMidYMid meet">`
		v.SVG = template.HTML(tag + string(body[len(open):]))
	case len(c.PNG) > 0:
		v.Src = template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(c.PNG))
	default:
		return chartView{}, fmt.Errorf("chart %q is empty: %w", c.Alt, ErrExport)
	}
	return v, nil
}
