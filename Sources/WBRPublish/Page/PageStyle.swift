/// The page's one style sheet, inline in its `<head>` (no external request).
///
/// Why these rules: the page is read on phones (no horizontal scrolling at 390 px: blocks
/// wrap, long words break, tables shrink), printed to A4 or Letter (a metric block never
/// splits across pages) and in black and white (every colour repeats a mark or a word).
/// Colours: red bad news, green good news, magenta neither, blue this year, grey the prior
/// year and the XmR lines, orange the target; no yellow or cyan, as on the screen.
enum PageStyle {
  static let css: StaticString = """
    :root{color-scheme:light}
    *{box-sizing:border-box}
    body{margin:0;padding:16px;font:14px/1.45 "DejaVu Sans",Verdana,sans-serif;color:#1b1b1b;\
    background:#fff;overflow-wrap:anywhere}
    header.page,nav.walk,section.meeting,main{max-width:980px;margin:0 auto}
    h1{font-size:22px;margin:0 0 4px}
    h2{font-size:18px;margin:24px 0 8px;padding-bottom:2px;border-bottom:2px solid #1b1b1b;\
    break-after:avoid}
    h3{font-size:16px;margin:0}
    p{margin:4px 0}
    a{color:#1f4e9c}
    .muted,.k,dt,.end,.pos{color:#5f6368}
    .bad{color:#c62828}.good{color:#1a7f37}.warn{color:#8e24aa}
    .badge{font-weight:bold;white-space:nowrap}
    .walk ol{margin:4px 0;padding-left:28px}
    .metric{border:1px solid #c9cdd2;border-radius:6px;padding:10px 12px;margin:12px 0;\
    break-inside:avoid;page-break-inside:avoid}
    .metric.signal{border-left:4px solid #1b1b1b}
    .head{display:flex;flex-wrap:wrap;gap:2px 12px;align-items:baseline}
    .head h3{flex:1 1 14em}
    .pos{font-size:12px;white-space:nowrap}
    .owner{font-size:13px}
    .cells{display:flex;flex-wrap:wrap;gap:6px 18px;margin:8px 0}
    .k{display:block;font-size:11px}
    .v{font-size:15px;font-variant-numeric:tabular-nums}
    .cell.bad .v,.cell.good .v,.cell.warn .v{font-weight:bold}
    .spark{display:block;width:72px;height:18px}
    ul.signals{margin:6px 0;padding:0;list-style:none}
    ul.signals li{margin:2px 0}
    figure{margin:8px 0}
    .charts{display:flex;flex-wrap:wrap;gap:4px 20px}
    svg.chart{display:block;flex:1 1 300px;max-width:440px;height:auto}
    svg text{font-family:"DejaVu Sans",Verdana,sans-serif;font-size:10px;fill:#3c4043}
    svg .title{font-weight:bold;font-size:11px;fill:#1b1b1b}
    svg text.m{text-anchor:middle}svg text.e{text-anchor:end}svg text.s{text-anchor:start}
    .frame{fill:#fafafa;stroke:#c9cdd2}.grid{stroke:#e3e5e8}
    .limit,.centre{stroke:#6b6f75;stroke-width:1.2}.limit{stroke-dasharray:5 3}
    .target{stroke:#d9730d;stroke-width:3}
    polyline.this{fill:none;stroke:#1f4e9c;stroke-width:2.5}circle.this{fill:#1f4e9c}
    polyline.prior{fill:none;stroke:#8a8f96;stroke-width:1.5;stroke-dasharray:4 3}\
    circle.prior{fill:#fff;stroke:#8a8f96}
    polyline.line{fill:none;stroke:#1f4e9c;stroke-width:1.5}
    .ring{fill:none;stroke-width:2.5}circle.bad{stroke:#c62828}circle.good{stroke:#1a7f37}\
    circle.warn{stroke:#8e24aa}
    figcaption{font-size:12px;color:#5f6368}
    .key{white-space:nowrap;margin-right:12px}
    table{border-collapse:collapse;font-variant-numeric:tabular-nums}
    th,td{padding:2px 8px;text-align:right;white-space:nowrap}
    th{font-weight:normal;color:#5f6368}
    th:first-child,td:first-child{text-align:left;padding-left:0}
    .facts{display:flex;flex-wrap:wrap;gap:0 28px;align-items:flex-start}
    .facts dl.about{flex:1 1 200px}
    table.summary{font-size:13px;margin:6px 0}
    dl.about{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;margin:8px 0;\
    font-size:13px}
    dl.about dd{margin:0;white-space:pre-line}
    .record{margin:8px 0;padding:6px 8px;background:#f3f4f6;border-radius:4px;font-size:13px}
    .record p,.record ul{margin:2px 0}
    .record ul{padding-left:20px}
    .end{font-size:11px;margin:6px 0 0}
    .nowrap{white-space:nowrap}
    section.meeting ul{padding-left:20px}
    @media (max-width:560px){body{padding:8px}th,td{padding:2px 4px;white-space:normal}\
    table.summary{font-size:12px}\
    dl.about{grid-template-columns:minmax(0,1fr)}dl.about dd{margin-bottom:4px}}
    @media print{body{padding:0;font-size:11px}.metric{border-color:#888;padding:6px 10px;margin:8px 0}\
    a{color:inherit;text-decoration:none}.record{background:none;border:1px solid #ccc}\
    svg.chart{max-width:235px}.cells{margin:2px 0}figure{margin:2px 0}ul.signals{margin:2px 0}\
    figcaption,table.summary,dl.about{font-size:10px}dl.about{margin:2px 0}.v{font-size:13px}}
    @page{margin:12mm}
    """
}
