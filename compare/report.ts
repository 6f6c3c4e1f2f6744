/**
 * The per-vendor report a reviewer attaches to a ticket: one self-contained, printable HTML file with the
 * vendor, its score, every field with its quotes and links to them on the page, the conflicts between the
 * vendor's pages, the reviewer's notes and the questions. The same data as the CSV (export-row.ts). Every
 * string from a page is escaped, and the file loads nothing (its Content-Security-Policy forbids it). Pure.
 */
import type { ComparisonField } from './csv';
import { exportFields } from './export-row';
import { quoteLink } from './text-fragment';
import type { VendorView } from './vendor-view';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML elements and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A link only to an http(s) page; anything else is shown as text. */
function link(href: string, text: string): string {
  return /^https?:\/\//i.test(href) ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

const lines = (text: string) => text.split('\n').map(escapeHtml).join('<br>');

function quotesCell(f: ComparisonField): string {
  const page = (f.source ?? '').split('#')[0]!;
  const quotes = f.quotes ?? [];
  if (quotes.length === 0) return lines(f.quote);
  return `<ul>${quotes.map((q) => `<li>“${escapeHtml(q)}” ${link(quoteLink(page, q), 'open at the quote')}</li>`).join('')}</ul>`;
}

/** A conflict cell: each reading's line, with its link made clickable. */
function conflictCell(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const m = /^(.*? — )(https?:\/\/\S+)(.*)$/.exec(line);
      return m ? `${escapeHtml(m[1]!)}${link(m[2]!, m[2]!.split('#')[0]!)}${escapeHtml(m[3]!)}` : escapeHtml(line);
    })
    .join('<br>');
}

function row(f: ComparisonField, scored: boolean): string {
  const cells = [
    `<th scope="row">${escapeHtml(f.label)}</th>`,
    `<td>${escapeHtml(f.value)}${f.setBy === 'reviewer' ? ' <em>(set by reviewer)</em>' : ''}</td>`,
    ...(scored ? [`<td>${escapeHtml(f.verdict)}</td>`, `<td>${f.points ?? '—'}</td>`] : []),
    `<td>${quotesCell(f)}</td>`,
    `<td>${f.conflict ? `${f.inConflict ? '⚠ ' : ''}${conflictCell(f.conflict)}` : ''}</td>`,
    `<td>${escapeHtml(f.note ?? '')}</td>`,
  ];
  return `<tr${f.inConflict ? ' class="conflict"' : ''}>${cells.join('')}</tr>`;
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#111}table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border:1px solid #bbb;padding:.35rem .5rem;text-align:left;vertical-align:top}ul{margin:0;padding-left:1.1rem}
tr.conflict td{background:#fff4d6}.muted{color:#555}@media print{a{color:#000}body{margin:0}}`;

/** The report of one vendor as a complete HTML document. `generatedAt` is printed (ISO). */
export function vendorReportHtml(v: VendorView, generatedAt: string = new Date().toISOString()): string {
  const fields = exportFields(v);
  const scored = new Set(v.score.criteria.map((c) => c.field));
  const head = (withScore: boolean) =>
    `<tr><th scope="col">Field</th><th scope="col">Value</th>${withScore ? '<th scope="col">Verdict</th><th scope="col">Points</th>' : ''}<th scope="col">Quotes</th><th scope="col">Conflict</th><th scope="col">Reviewer note</th></tr>`;
  const conflicts = fields.filter((f) => f.inConflict);
  const read = new Map<string, string>();
  for (const f of v.merged.fields) for (const s of f.sources) if (!read.has(s.url) || read.get(s.url)! < s.assessedAt) read.set(s.url, s.assessedAt);
  const cap = v.score.cappedBy ? ` (capped by a failed deal-breaker)` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Assay report: ${escapeHtml(v.name)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(v.name)} <span class="muted">${escapeHtml(v.id)}</span></h1>
<p><strong>Score ${v.score.total}/100, grade ${escapeHtml(v.score.grade)}</strong>${cap} under the rubric “${escapeHtml(v.score.rubric.name)}” (version ${escapeHtml(String(v.score.rubric.version))}). Report made by Assay on ${escapeHtml(generatedAt)}.</p>
${v.tags.length > 0 ? `<p>Tags: ${v.tags.map(escapeHtml).join(', ')}</p>` : ''}
${v.note ? `<p>Note: ${lines(v.note)}</p>` : ''}
<h2>Pages read</h2>
<ul>${v.urls.map((u) => `<li>${link(u, u)} <span class="muted">read ${escapeHtml(read.get(u) ?? '')}</span></li>`).join('')}</ul>
<h2>Conflicts (${conflicts.length})</h2>
${conflicts.length === 0 ? '<p>The vendor’s pages agree.</p>' : `<ul>${conflicts.map((f) => `<li><strong>${escapeHtml(f.label)}</strong>: ${conflictCell(f.conflict ?? '')}</li>`).join('')}</ul>`}
<h2>Criteria</h2>
<table>${head(true)}${fields.filter((f) => scored.has(f.field)).map((f) => row(f, true)).join('')}</table>
<h2>Everything else read</h2>
<table>${head(false)}${fields.filter((f) => !scored.has(f.field)).map((f) => row(f, false)).join('')}</table>
<h2>Questions for the vendor (${v.score.questions.length})</h2>
<ol>${v.score.questions.map((q) => `<li>${escapeHtml(q)}</li>`).join('')}</ol>
</body></html>
`;
}

/** "assay-report-acme.com-2026-11-27.html", in the local date; anything but letters, digits, dot and dash becomes "-". */
export function reportFileName(vendorId: string, date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const safe = vendorId.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^[.-]+/, '').slice(0, 100) || 'vendor';
  return `assay-report-${safe}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.html`;
}
