using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report;

/// <summary>
/// The page around the sections: inline CSS (fits 800 px and wider with no sideways scrolling of the page; wide tables
/// scroll in their own box; prints without the scroll boxes) and a small script that, once the page is laid out, writes
/// what a headless browser needs to judge it into body data attributes: each section's height (data-rendered), each
/// chart's data marks and size (data-charts), NaN or Infinity printed anywhere (data-nan), and the page's and the
/// window's widths (data-scroll-width, data-window-width).
/// </summary>
internal static class PageShell
{
    public static string Head(string title) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}}</title>
        <style>
        *, *::before, *::after { box-sizing: border-box; }
        body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1rem; color: #222; max-width: 1100px; line-height: 1.4; }
        h1 { font-size: 1.5rem; margin: .2rem 0; } h2 { font-size: 1.2rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; } h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
        section { margin: 1.5rem 0; } nav { font-size: .9rem; }
        .verdict { font-weight: 600; white-space: pre-line; overflow-wrap: anywhere; }
        .good { color: #1b7f3b; } .bad { color: #b00020; } .warn { color: #9a6700; } .plain { color: #222; }
        .scroll { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f6f6f6; } td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td { max-width: 40rem; overflow-wrap: break-word; } td.prose { min-width: 16rem; }
        dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
        dl.figures dt { color: #555; } dl.figures dd { margin: 0; overflow-wrap: anywhere; }
        svg.chart { display: block; width: 100%; max-width: 900px; height: auto; margin: .5rem 0; }
        .bar { background: #eee; height: 1rem; width: 100%; max-width: 600px; } .fill { height: 100%; }
        @media (max-width: 600px) { dl.figures { grid-template-columns: 1fr; } }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; } nav { display: none; }
          .scroll { overflow: visible; } section, svg.chart { break-inside: avoid; } a { color: inherit; text-decoration: none; }
        }
        </style></head>
        <body data-rendered="">

        """;

    public const string Tail = """
        <script>
        window.addEventListener('load', function () {
          var b = document.body.dataset;
          b.nan = String((document.documentElement.outerHTML.match(new RegExp('Na' + 'N|Infin' + 'ity', 'g')) || []).length);
          var sections = [];
          document.querySelectorAll('section[data-section]').forEach(function (s) {
            sections.push(s.dataset.section + ':' + Math.round(s.getBoundingClientRect().height));
          });
          var charts = [];
          document.querySelectorAll('svg[data-chart]').forEach(function (c) {
            var r = c.getBoundingClientRect();
            charts.push(c.dataset.chart + ':' + c.querySelectorAll('.datum').length + ':' + Math.round(r.width) + 'x' + Math.round(r.height));
          });
          b.charts = charts.join(' ');
          b.scrollWidth = String(document.documentElement.scrollWidth);
          b.windowWidth = String(window.innerWidth);
          b.rendered = sections.join(' ');
        });
        </script>
        </body></html>

        """;
}
