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

/** The palette a choice comes to: 'system' follows the system's setting at this moment. */
function resolve(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return query().matches ? 'dark' : 'light';
}

/**
 * Puts the resolved palette on the page (CSS reads `html[data-theme]`, always light or dark, so the
 * stylesheet writes each palette once): before the first paint, on each change of the switch, and on
 * each change of the system's setting while the switch says "system".
 */
export function applyThemeChoice(choice: ThemeChoice = themeChoice()): void {
  document.documentElement.dataset.theme = resolve(choice);
  followSystem();
}

let followingSystem = false;

/** Once per page: while the switch says "system", a change of the system's setting re-applies it. */
function followSystem(): void {
  if (followingSystem) return;
  followingSystem = true;
  query().addEventListener('change', () => {
    if (themeChoice() !== 'system') return;
    applyThemeChoice('system');
    for (const listener of [...choiceListeners]) listener();
  });
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
  return document.documentElement.dataset.theme === 'dark' ? DARK : LIGHT;
}

/** Calls back whenever the theme changes (the system's, or the switch); returns the function that stops it. */
export function onThemeChange(callback: (theme: CanvasTheme) => void): () => void {
  const listener = (): void => callback(currentTheme());
  choiceListeners.add(listener);
  return () => {
    choiceListeners.delete(listener);
  };
}
