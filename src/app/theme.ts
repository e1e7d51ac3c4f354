// Light and dark palettes for what the canvas draws (CSS handles the page; sigma needs colours in JS).

export interface CanvasTheme {
  readonly name: 'light' | 'dark';
  readonly label: string;
  readonly labelBackground: string;
  readonly edge: string;
  readonly inferredEdge: string;
  readonly highlightEdge: string;
  readonly faded: string;
}

const LIGHT: CanvasTheme = {
  name: 'light',
  label: '#1b1f24',
  labelBackground: '#ffffff',
  edge: '#9aa3ad',
  inferredEdge: '#cdd3d9',
  highlightEdge: '#1b1f24',
  faded: '#e3e6ea',
};

const DARK: CanvasTheme = {
  name: 'dark',
  label: '#e8ecf0',
  labelBackground: '#22272e',
  edge: '#66717d',
  inferredEdge: '#3f4750',
  highlightEdge: '#f5f7fa',
  faded: '#2f353c',
};

const query = (): MediaQueryList => window.matchMedia('(prefers-color-scheme: dark)');

export function currentTheme(): CanvasTheme {
  return query().matches ? DARK : LIGHT;
}

/** Calls back whenever the system theme changes; returns the function that stops it. */
export function onThemeChange(callback: (theme: CanvasTheme) => void): () => void {
  const listener = (): void => callback(currentTheme());
  const media = query();
  media.addEventListener('change', listener);
  return () => media.removeEventListener('change', listener);
}
