// The explorer's entry point: loads the bundled dataset through the core and reports its state.
import { countIssues, formatIssue, load, parseJson, resolveSourceFiles } from '../graph/index.ts';
import { BUNDLED } from './bundled.ts';

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  const status = document.createElement('p');
  root.append(status);
  const bundled = BUNDLED[0];
  if (!bundled) {
    status.textContent = 'No bundled dataset found in graph-data/.';
    return;
  }
  const text = await (await fetch(bundled.url)).text();
  const parsed = parseJson(text, 'dataset.json');
  if (!parsed.ok) {
    status.textContent = formatIssue(parsed.issue);
    return;
  }
  const resolved = await resolveSourceFiles(parsed.value, async (rel) => {
    const url = bundled.resolve(rel);
    return url === undefined ? undefined : (await fetch(url)).text();
  });
  const result = load(resolved.raw);
  const { errors, warnings } = countIssues(result.issues);
  status.dataset.state = result.graph ? 'loaded' : 'invalid';
  status.textContent = result.graph
    ? `${result.graph.getAttribute('title')}: ${result.graph.order} nodes, ${result.graph.size} relations (${warnings} warnings).`
    : `${errors} errors: ${result.issues.map(formatIssue).join('\n')}`;
}

void start();
