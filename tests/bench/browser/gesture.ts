// The bench's mouse gestures, as Chromium delivers a user's mouse to sigma's captor: one definition
// for measure.ts (frame gaps and long tasks) and traceDrag.ts (where a gesture's time goes).
import type { Page } from 'playwright-core';

export type Gesture = 'drag' | 'wheel';

/** Where gestures start: 200 px left of and 150 px above the middle of the page's sigma container. */
export async function gestureStart(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.evaluate(() => {
    const w = window as unknown as {
      __sigma?: { getContainer(): HTMLElement };
      __explorer?: { sigma?: { getContainer(): HTMLElement } };
    };
    const r = (w.__sigma ?? w.__explorer?.sigma)!.getContainer().getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  return { x: box.x - 200, y: box.y - 150 };
}

/**
 * Plays a gesture from `start` (the mouse already there): a drag-pan (down, 30 moves of about
 * 9 px a frame apart, up) or a wheel zoom (three notches in, three out, 100 ms apart). Each input
 * event waits for the page to take it, so a slow page makes the gesture longer, as for a user.
 */
export async function playGesture(page: Page, kind: Gesture, start: { x: number; y: number }): Promise<void> {
  if (kind === 'drag') {
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) {
      await page.mouse.move(start.x + 8 * i, start.y + 5 * i);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  } else {
    for (const dy of [-200, -200, -200, 200, 200, 200]) {
      await page.mouse.wheel(0, dy);
      await page.waitForTimeout(100);
    }
  }
}
