package export

// reportHTML is the page of WriteReviewReport. Its styles name no font
// file or URL: the font stack asks for the system's fonts, Latin first,
// then common Chinese ones on Windows, macOS and Linux. Status colours are
// the charts' Okabe–Ito blue, orange and vermillion.
const reportHTML = `<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Pacer">
<title>{{.Title}}</title>
<style>
:root {
  --ink: #1a1a1a; --muted: #5f6368; --rule: #d9dce1; --soft: #f5f6f8;
  --good: #0072b2; --fair: #b27400; --poor: #d55e00; --none: #8a8a8a; --info: #0a7d6e;
  --good-bg: #e6f1f8; --fair-bg: #fdf3de; --poor-bg: #fbece3; --none-bg: #efefef; --info-bg: #e3f4f1;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: #fff;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
main { max-width: 1180px; margin: 0 auto; padding: 32px 40px 56px; }
header.title { border-bottom: 3px solid var(--ink); padding-bottom: 14px; margin-bottom: 24px; }
h1 { font-size: 28px; line-height: 1.25; margin: 0 0 6px; letter-spacing: -0.01em; }
.meta { color: var(--muted); font-size: 14px; display: flex; flex-wrap: wrap; gap: 4px 24px; }
h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--rule); }
h3 { font-size: 17px; line-height: 1.35; margin: 0 0 10px; }
h4 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 18px 0 8px; }
:lang(zh-Hans) h4 { text-transform: none; letter-spacing: 0; font-size: 14px; }
p { margin: 0 0 8px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { flex: 1 1 130px; max-width: 200px; border: 1px solid var(--rule); border-top-width: 4px; border-radius: 6px; padding: 10px 14px; }
.card .n { font-size: 30px; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.card .l { color: var(--muted); font-size: 13px; }
.card.total { border-top-color: var(--ink); }
.card.good { border-top-color: var(--good); } .card.good .n { color: var(--good); }
.card.fair { border-top-color: var(--fair); } .card.fair .n { color: var(--fair); }
.card.poor { border-top-color: var(--poor); } .card.poor .n { color: var(--poor); }
.card.none { border-top-color: var(--none); } .card.none .n { color: var(--none); }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { padding: 7px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; white-space: pre-line; }
thead th { background: var(--soft); font-weight: 600; border-bottom: 2px solid #b9bec6; vertical-align: bottom; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
table.variance td:first-child { min-width: 16em; }
tbody tr:nth-child(even) td { background: #fafbfc; }
.pill { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.pill.good { color: var(--good); background: var(--good-bg); }
.pill.fair { color: var(--fair); background: var(--fair-bg); }
.pill.poor { color: var(--poor); background: var(--poor-bg); }
.pill.none { color: var(--none); background: var(--none-bg); }
.pill.info { color: var(--info); background: var(--info-bg); }
.pill.plain { color: var(--ink); background: var(--soft); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(400px, 1fr)); gap: 16px; margin-bottom: 8px; }
figure { margin: 0; border: 1px solid var(--rule); border-radius: 6px; padding: 8px; background: #fff; }
svg.chart, figure img { display: block; width: 100%; height: auto; }
.goal { margin-top: 36px; }
.facts { display: flex; flex-wrap: wrap; gap: 6px 22px; margin: 0 0 14px; padding: 10px 14px; background: var(--soft); border-radius: 6px; }
.facts div { font-size: 13px; }
.facts .k { color: var(--muted); margin-right: 6px; }
.facts .v { font-weight: 600; font-variant-numeric: tabular-nums; }
.panel { border-left: 3px solid var(--rule); padding: 2px 0 2px 14px; margin: 0 0 12px; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 10px; }
dl.fields dt { color: var(--muted); }
dl.fields dd { margin: 0; white-space: pre-line; }
.measures td:first-child { width: 55%; }
td.date { white-space: nowrap; }
.check { font-weight: 700; color: var(--good); }
.action { border: 1px solid var(--rule); border-radius: 6px; padding: 12px 14px; margin: 0 0 12px; }
.action h5 { font-size: 15px; margin: 0 0 8px; display: flex; gap: 10px; align-items: baseline; justify-content: space-between; }
.followup { margin-top: 8px; padding: 8px 12px; background: var(--soft); border-radius: 4px; font-size: 13px; }
.followup b { color: var(--muted); font-weight: 600; margin-right: 8px; }
.empty { color: var(--muted); font-style: italic; }
table.contributors { margin-bottom: 4px; }
.basis { color: var(--muted); font-size: 12px; margin-bottom: 12px; }
@page { size: A4 landscape; margin: 10mm 12mm 11mm; }
@media print {
  body { font-size: 10pt; line-height: 1.38; }
  h4 { margin: 10px 0 5px; }
  dl.fields { gap: 2px 14px; margin-bottom: 6px; }
  table { font-size: 9pt; }
  th, td { padding: 3px 8px; }
  .facts { padding: 6px 12px; margin-bottom: 10px; }
  figure { padding: 4px; }
  .action { padding: 8px 12px; margin-bottom: 8px; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 20pt; }
  h2 { font-size: 14pt; margin: 18px 0 8px; }
  .page > h2 { margin-top: 0; }
  h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
  .page { break-before: page; page-break-before: always; }
  .charts { grid-template-columns: 1fr 1fr; gap: 10px; }
  .goal-body.with-charts { display: grid; grid-template-columns: minmax(0, 4fr) minmax(0, 7fr); gap: 14px; align-items: start; }
  .goal-body.with-charts > .charts { grid-template-columns: 1fr; }
  .goal-text h4:first-child { margin-top: 0; }
  figure, .card, .facts, tr, .followup, dl.fields, .action h5 { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  tbody tr:nth-child(even) td { background: none; }
  a { color: inherit; text-decoration: none; }
}
</style>
</head>
<body>
<main>
<header class="title">
  <h1>{{.Title}}</h1>
  <div class="meta">{{with .Subtitle}}<span>{{.}}</span>{{end}}{{with .Generated}}<span>{{.}}</span>{{end}}</div>
</header>

<section class="summary">
  <h2>{{.W.T "Summary"}}</h2>
  <div class="cards">{{range .Cards}}
    <div class="card {{.Class}}"><div class="n">{{.Count}}</div><div class="l">{{.Label}}</div></div>{{end}}
  </div>
</section>

<section class="variance">
  <h2>{{.W.T "Variance table"}}</h2>
  <table class="variance">
    <thead><tr>{{range .Headers}}<th{{if .Num}} class="num"{{end}}>{{.Text}}</th>{{end}}</tr></thead>
    <tbody>{{range .Rows}}
      <tr>{{range .}}<td{{if .Num}} class="num"{{end}}>{{if .Class}}<span class="pill {{.Class}}">{{.Text}}</span>{{else}}{{.Text}}{{end}}</td>{{end}}</tr>{{end}}
    </tbody>
  </table>
</section>
{{with .Overview}}
<section class="overview page">
  <h2>{{$.W.T "Charts"}}</h2>
  <div class="charts">{{range .}}
    <figure>{{template "chart" .}}</figure>{{end}}
  </div>
</section>{{end}}
{{range .Goals}}
<section class="goal page" id="{{.ID}}">
  <h2>{{.Title}}</h2>
  <div class="facts">{{range .Facts}}
    <div>{{with .Label}}<span class="k">{{.}}</span>{{end}}{{if .Class}}<span class="pill {{.Class}}">{{.Value}}</span>{{else}}<span class="v">{{.Value}}</span>{{end}}</div>{{end}}
  </div>
  <div class="goal-body{{if .Charts}} with-charts{{end}}">
  {{with .Charts}}<div class="charts">{{range .}}
    <figure>{{template "chart" .}}</figure>{{end}}
  </div>{{end}}
  <div class="goal-text">
  <h4>{{$.W.T "Gap analysis"}}</h4>
  {{with .Review}}<div class="panel">
    <dl class="fields">
      {{with .Category}}<dt>{{$.W.T "Cause category"}}</dt><dd>{{.}}</dd>{{end}}
      {{with .Cause}}<dt>{{$.W.T "Cause"}}</dt><dd>{{.}}</dd>{{end}}
      {{with .Feedback}}<dt>{{$.W.T "Team feedback"}}</dt><dd>{{.}}</dd>{{end}}
    </dl>
    {{with .Measures}}{{template "measures" dict $.W .}}{{end}}
  </div>{{else}}<p class="empty">{{$.W.T "No gap analysis recorded for this period."}}</p>{{end}}
  {{with .Contributors}}<h4>{{$.W.T "Where the gap comes from"}}</h4>{{range .}}
  <table class="contributors">
    <thead><tr>{{range .Headers}}<th{{if .Num}} class="num"{{end}}>{{.Text}}</th>{{end}}</tr></thead>
    <tbody>{{range .Rows}}
      <tr>{{range .}}<td{{if .Num}} class="num"{{end}}>{{.Text}}</td>{{end}}</tr>{{end}}
    </tbody>
  </table>
  <p class="basis">{{.Basis}}</p>{{end}}{{end}}

  <h4>{{$.W.T "Action plans"}}</h4>
  {{range .Actions}}<div class="action">
    <h5><span>{{.Problem}}</span><span class="pill {{.StatusClass}}">{{.Status}}</span></h5>
    <dl class="fields">
      {{with .Cause}}<dt>{{$.W.T "Cause"}}</dt><dd>{{.}}</dd>{{end}}
      {{with .Strategy}}<dt>{{$.W.T "Strategy"}}</dt><dd>{{.}}</dd>{{end}}
      {{with .Owner}}<dt>{{$.W.T "Owner"}}</dt><dd>{{.}}</dd>{{end}}
      {{with .Dates}}<dt>{{$.W.T "Start – due"}}</dt><dd>{{.}}</dd>{{end}}
    </dl>
    {{with .Measures}}{{template "measures" dict $.W .}}{{end}}
    {{if or .FollowUpDate .FollowUpNote}}<div class="followup"><b>{{$.W.T "Last follow-up"}} · {{.FollowUpDate}}</b>{{.FollowUpNote}}</div>{{end}}
  </div>{{else}}<p class="empty">{{$.W.T "No action plan linked to this goal."}}</p>{{end}}
  </div>
  </div>
</section>{{end}}
</main>
</body>
</html>
{{define "chart"}}{{if .SVG}}{{.SVG}}{{else}}<img src="{{.Src}}" alt="{{.Alt}}">{{end}}{{end}}
{{define "measures"}}<table class="measures">
  <thead><tr><th>{{.W.T "Measure"}}</th><th>{{.W.T "Owner"}}</th><th>{{.W.T "Deadline"}}</th><th>{{.W.T "Done"}}</th></tr></thead>
  <tbody>{{range .M}}<tr><td>{{.Text}}</td><td>{{.Owner}}</td><td class="date">{{.Due}}</td><td>{{if .Done}}<span class="check">✓</span>{{end}}</td></tr>{{end}}</tbody>
</table>{{end}}`
