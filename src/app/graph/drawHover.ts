// The hovered node's label box in the theme's colours (sigma's default box is always white).
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { CanvasTheme } from '../theme.ts';
import type { DisplayEdge, DisplayNode } from './displayGraph.ts';

export function drawThemedHover(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
  settings: Settings<DisplayNode, DisplayEdge>,
  theme: CanvasTheme,
): void {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const padding = 3;
  context.beginPath();
  context.arc(data.x, data.y, data.size + padding, 0, Math.PI * 2);
  context.fillStyle = theme.labelBackground;
  context.shadowBlur = 8;
  context.shadowColor = 'rgba(0,0,0,0.35)';
  context.fill();
  if (typeof data.label === 'string' && data.label !== '') {
    const width = context.measureText(data.label).width;
    const x = data.x + data.size + padding;
    const height = size + 2 * padding;
    context.fillRect(x, data.y - height / 2, width + 2 * padding + 2, height);
    context.shadowBlur = 0;
    context.fillStyle = theme.label;
    context.fillText(data.label, x + padding, data.y + size / 3);
  }
  context.shadowBlur = 0;
}
