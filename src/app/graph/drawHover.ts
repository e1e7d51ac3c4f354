// The hovered node's label box in the theme's colours (sigma's default box is always white).
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../graph/index.ts';
import type { CanvasTheme } from '../theme.ts';

export function drawThemedHover(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
  settings: Settings<NodeAttributes, EdgeAttributes>,
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
    const boxWidth = width + 2 * padding + 2;
    // Like plain labels (labels.ts), the box goes on the node's left when the right edge would cut it.
    const viewport = context.canvas.width / (context.getTransform().a || 1);
    const right = data.x + data.size + padding;
    const left = data.x - data.size - padding - boxWidth;
    const x =
      right + boxWidth <= viewport
        ? right
        : left >= 0
          ? left
          : Math.max(0, Math.min(right, viewport - boxWidth));
    const height = size + 2 * padding;
    context.fillRect(x, data.y - height / 2, boxWidth, height);
    context.shadowBlur = 0;
    context.fillStyle = theme.label;
    context.fillText(data.label, x + padding, data.y + size / 3);
  }
  context.shadowBlur = 0;
}
