// Tiny DOM helpers: elements built with text content only (data is never parsed as HTML).

type Child = Node | string | undefined | null | false;

export interface ElementOptions {
  readonly className?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly on?: Readonly<Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>>;
}

/** `el('p', { className: 'x' }, 'some text', child)`: strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  for (const [name, handler] of Object.entries(options.on ?? {}))
    if (handler) node.addEventListener(name, handler);
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child);
  }
  return node;
}

export function button(text: string, onClick: () => void, options: ElementOptions = {}): HTMLButtonElement {
  const b = el('button', { ...options, text, attrs: { type: 'button', ...(options.attrs ?? {}) } });
  b.addEventListener('click', onClick);
  return b;
}

/** A small coloured disc for a node kind. */
export function swatch(color: string): HTMLSpanElement {
  const s = el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
  s.style.background = color;
  return s;
}
