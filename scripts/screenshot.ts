// Makes docs/explorer.png, the README's screenshot, from the real app: Vite builds it, serves it, and the
// system Chromium (headless, as in the browser tests) opens the bundled dataset with a node selected.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/bench/browser/launch.ts';
import { openExplorer } from '../tests/e2e/browser.ts';
import { buildAndServe } from '../tests/e2e/serveApp.ts';
import { ROOT } from '../tests/helpers.ts';

const OUT = join(ROOT, 'docs', 'explorer.png');
// A view that shows the evidence panel beside the network: the taskforce selected, its details open.
const VIEW = '?node=grooming-gangs-taskforce&tab=details';

const outDir = mkdtempSync(join(tmpdir(), 'screenshot-dist-'));
try {
  const app = await buildAndServe(outDir);
  const session = await launchChromium();
  try {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await openExplorer(page, app.url + VIEW);
    // Let sigma finish the camera animation to the selection before the capture.
    await page.waitForTimeout(1000);
    await page.screenshot({ path: OUT, type: 'png' });
  } finally {
    await session.close();
    await app.close();
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
console.log(`${OUT}: ${Math.round(statSync(OUT).size / 1024)} kB`);
