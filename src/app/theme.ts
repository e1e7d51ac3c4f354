// The theme: the reader's choice (system, light, dark), remembered by the browser, and the light and
// dark palettes for what the canvas draws (CSS handles the page; sigma needs colours in JS).

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

/** The reader's choice in the theme switch: follow the system, or always light or dark. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Remembered by the browser, not carried in the URL: a shared link opens in the reader's own theme. */
const STORAGE_KEY = 'stakeholder-graph:theme';

const query = (): MediaQueryList => window.matchMedia('(prefers-color-scheme: dark)');
const choiceListeners = new Set<() => void>();

function isChoice(value: unknown): value is ThemeChoice {
  return THEME_CHOICES.includes(value as ThemeChoice);
}

/** The stored choice ('system' when none, or when storage is unavailable, e.g. blocked cookies). */
export function themeChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isChoice(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Puts the choice on the page (CSS reads `html[data-theme]`): before the first paint, and on each change. */
export function applyThemeChoice(choice: ThemeChoice = themeChoice()): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

/** Stores and applies a choice; the canvas hears of it through onThemeChange. */
export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
  applyThemeChoice(choice);
  for (const listener of [...choiceListeners]) listener();
}

export function currentTheme(): CanvasTheme {
  const choice = document.documentElement.dataset.theme;
  if (choice === 'dark') return DARK;
  if (choice === 'light') return LIGHT;
  return query().matches ? DARK : LIGHT;
}

/** Calls back whenever the theme changes (the system's, or the switch); returns the function that stops it. */
export function onThemeChange(callback: (theme: CanvasTheme) => void): () => void {
  const listener = (): void => callback(currentTheme());
  const media = query();
  media.addEventListener('change', listener);
  choiceListeners.add(listener);
  return () => {
    media.removeEventListener('change', listener);
    choiceListeners.delete(listener);
  };
}
