/**
 * The report's style sheet, inline in the page (no external resource of any kind).
 *
 * @example
 * PAGE_CSS.includes('.chart'); // true
 */
export const PAGE_CSS = `
:root { --fg: #111827; --muted: #6b7280; --line: #e5e7eb; --panel: #f9fafb; --accent: #2563eb; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 32px 48px; }
header { border-bottom: 2px solid var(--fg); padding-bottom: 12px; margin-bottom: 20px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 14px; margin: 0 0 6px; color: #374151; }
.subtitle { color: var(--muted); margin: 0; }
.meta { display: flex; flex-wrap: wrap; gap: 4px 20px; margin-top: 8px; color: #374151; }
.meta b { font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; }
.card { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; padding: 8px 12px; background: var(--panel); }
.card .label { color: var(--muted); font-size: 12px; }
.card .value { font-size: 19px; font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 16px; align-items: start; margin-top: 20px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 12px; background: #fff; }
figcaption { color: var(--muted); font-size: 12px; margin-top: 6px; }
svg.chart { display: block; width: 100%; height: auto; max-width: 100%; font-size: 12px; }
svg.chart text { fill: #1f2937; }
svg.chart .tick, svg.chart .axis-title { fill: var(--muted); }
svg.chart .grid { stroke: var(--line); }
svg.chart .axis { stroke: #9ca3af; }
svg.chart .mark { stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 5 3; }
svg.chart .mark-label { font-weight: 600; }
svg.chart .empty { fill: var(--muted); font-size: 24px; }
.note { color: var(--muted); }
.badge { display: inline-block; white-space: nowrap; padding: 0 8px; border-radius: 10px; color: #fff; font-size: 12px; line-height: 20px; }
.badge.eligible, .badge.pass { background: #1b7f3b; } .badge.ineligible, .badge.fail { background: #c0392b; }
.badge.undetermined, .badge.unknown { background: #d4a017; color: #111827; } .badge.error { background: #6b7280; }
details.record { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; background: #fff; }
details.record > summary { cursor: pointer; padding: 6px 10px; display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: center; }
details.record > summary .n { color: var(--muted); font-variant-numeric: tabular-nums; min-width: 3em; }
details.record > summary .id { font-weight: 600; }
details.record > summary .why { color: var(--muted); font-size: 12px; }
details.record[open] > summary { border-bottom: 1px solid var(--line); background: var(--panel); }
details.record > div { padding: 8px 12px 12px; overflow-x: auto; }
table { border-collapse: collapse; font-size: 13px; margin: 4px 0 10px; width: 100%; }
table.compact { width: auto; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 10px 3px 0; text-align: left; vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; font-size: 12px; }
pre.wrap { white-space: pre-wrap; overflow-wrap: anywhere; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px; overflow-x: auto; white-space: pre; margin: 4px 0 8px; }
ul.plain { margin: 4px 0 10px; padding-left: 20px; }
footer { margin-top: 36px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
@media print { details.record { break-inside: avoid; } }
`;
