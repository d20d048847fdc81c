package views

import (
	"bytes"
	"fmt"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/app/chart"
	"pacer/app/export"
)

// periodContributors are, by goal ID, what each value of each dimension
// did to the gap of every goal of the period's rows with a breakdown.
func (s *reviewsScreen) periodContributors() (map[int64][]app.GapContributors, error) {
	out := map[int64][]app.GapContributors{}
	for _, r := range s.rows {
		gcs, err := rowContributors(s.ui.shell, s.ui.store, r)
		if err != nil {
			return nil, err
		}
		if len(gcs) > 0 {
			out[r.Goal.ID] = gcs
		}
	}
	return out, nil
}

// contributorCharts are the charts of row r's gap by each dimension.
func contributorCharts(b chartBuilder, r app.ReviewRow, gcs []app.GapContributors) []chart.ContributorsInput {
	var out []chart.ContributorsInput
	for _, gc := range gcs {
		out = append(out, b.contributors(r, gc))
	}
	return out
}

// contributorPackFiles are the review pack's files of the gap by
// dimension: a chart per goal and dimension, and the table as CSV.
func (s *reviewsScreen) contributorPackFiles(b chartBuilder, cs map[int64][]app.GapContributors, table app.ReviewTable) []packFile {
	if !export.HasContributors(cs) {
		return nil
	}
	size := chartSize(1920, 1080)
	var files []packFile
	for i, r := range s.rows {
		prefix := fmt.Sprintf("%02d %s – ", i+1, safeFileName(app.ShortName(r.Goal.Title)))
		for _, gc := range cs[r.Goal.ID] {
			in := b.contributors(r, gc)
			name := prefix + safeFileName(lang.L("gap by {{.Dimension}}", map[string]any{"Dimension": gc.Dimension})) + ".png"
			files = append(files, packFile{name, func() ([]byte, error) { return chart.ContributorsBars(in, size, chart.FormatPNG) }})
		}
	}
	return append(files, packFile{lang.L("Where the gap comes from") + ".csv", func() ([]byte, error) {
		var buf bytes.Buffer
		err := export.WriteContributorsCSV(&buf, table, cs, exportWord)
		return buf.Bytes(), err
	}})
}
