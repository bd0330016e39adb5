import { escapeHtml } from '../html/escape-html.ts';
import type { FailureReport } from './failure-report.ts';

/**
 * The page the preview serves in place of every page while the last build failed: the
 * problems as the terminal prints them, readable without JavaScript. Everything from the
 * error is escaped: a message quotes what the editor typed. The dev server adds its live-reload
 * script before </head>, so saving the mended file brings the page back by itself.
 */
export function errorPage(report: FailureReport, requested: string): string {
  const items = report.problems.map((problem) => `<li><code>${escapeHtml(problem)}</code></li>`).join('\n');
  const next = report.editing
    ? 'Fix each one in the file and line it names, and save: this page then shows the report again by itself (or reload it).'
    : 'This looks like a problem in the tool itself, not in your edit: the terminal running npm start says more. Run npm start again with DEBUG=report for details.';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Not updated: ${escapeHtml(report.heading)}</title>
<style>
body { font: 1.1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #0b0c0c; }
.problems { border-left: 0.5rem solid #d4351c; padding: 0.5rem 1rem; }
code { font-size: 1rem; white-space: pre-wrap; overflow-wrap: anywhere; }
li { margin-bottom: 0.75rem; }
</style>
</head>
<body>
<main class="problems" role="alert">
<h1>${escapeHtml(report.heading)}</h1>
<ol>
${items}
</ol>
<p>${escapeHtml(next)}</p>
<p>The page you asked for, <code>${escapeHtml(requested)}</code>, comes back once the problems are fixed.</p>
</main>
</body>
</html>
`;
}
