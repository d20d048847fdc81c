package deck

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"runtime"
	"sync"

	"pacer/app/chart"
)

// emuPerPixel is the EMU of a pixel at 96 dpi.
const emuPerPixel = 9525

// picJob is a fallback picture to draw: its chart at the size of r.
type picJob struct {
	key  string
	r    rect
	draw func(chart.ChartSize) (*image.RGBA, error)
}

type picResult struct {
	png []byte
	err error
}

// picture draws a chart's fallback picture at the size of r at 96 dpi,
// which keeps a 20-goal deck under a second, in font.
func picture(r rect, font *chart.Font, draw func(chart.ChartSize) (*image.RGBA, error)) ([]byte, error) {
	img, err := draw(chart.ChartSize{Width: int(r.w / emuPerPixel), Height: int(r.h / emuPerPixel), Scale: 1, Font: font})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("chart picture: %w", err)
	}
	return buf.Bytes(), nil
}

// pictureJobs are the fallback pictures of every chart of the deck, laid
// out as the slides place them.
func (b *builder) pictureJobs() []picJob {
	area := body(b.d.cx, b.d.cy)
	left, right := goalChartRects(area)
	var jobs []picJob
	for _, r := range b.in.Table.Rows {
		gc := b.in.Charts.Goals[r.Goal.ID]
		if in := gc.PlanActual; in != nil {
			jobs = append(jobs, picJob{barsKey(r.Goal.ID), left, func(sz chart.ChartSize) (*image.RGBA, error) { return chart.PlanActualImage(*in, sz) }})
		}
		if in := gc.Cumulative; in != nil {
			jobs = append(jobs, picJob{cumulativeKey(r.Goal.ID), right, func(sz chart.ChartSize) (*image.RGBA, error) { return chart.CumulativeImage(*in, sz) }})
		}
	}
	jobs = append(jobs, b.contributorsJobs(area)...)
	if p := b.in.Charts.Portfolio; p != nil && len(p.Items) > 0 {
		in := *p
		jobs = append(jobs, picJob{"attainment", area, func(sz chart.ChartSize) (*image.RGBA, error) { return chart.PortfolioImage(in, sz) }})
	}
	return jobs
}

func barsKey(id int64) string       { return fmt.Sprintf("bars-%d", id) }
func cumulativeKey(id int64) string { return fmt.Sprintf("cumulative-%d", id) }

// drawPictures draws the jobs in font on every processor, calling tick
// after each.
func drawPictures(jobs []picJob, font *chart.Font, tick func()) map[string]picResult {
	out := make(map[string]picResult, len(jobs))
	var mu sync.Mutex
	next := make(chan picJob)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(1, len(jobs))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				png, err := picture(j.r, font, j.draw)
				mu.Lock()
				out[j.key] = picResult{png, err}
				tick()
				mu.Unlock()
			}
		}()
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()
	return out
}
