// The theme switch in the toolbar: system, light or dark, remembered by the browser (theme.ts).
import { el } from '../dom.ts';
import { setThemeChoice, THEME_CHOICES, type ThemeChoice, themeChoice } from '../theme.ts';

const LABELS: Record<ThemeChoice, string> = { system: 'System theme', light: 'Light', dark: 'Dark' };

export function createThemeSwitch(): HTMLElement {
  const select = el('select', {
    attrs: { id: 'theme-choice', title: 'Colour theme (remembered on this browser)' },
  });
  for (const choice of THEME_CHOICES)
    select.append(el('option', { text: LABELS[choice], attrs: { value: choice } }));
  select.value = themeChoice();
  select.addEventListener('change', () => {
    const choice = THEME_CHOICES.find((c) => c === select.value) ?? 'system';
    setThemeChoice(choice);
  });
  return el(
    'div',
    { className: 'theme-switch' },
    el('label', { className: 'visually-hidden', text: 'Theme', attrs: { for: 'theme-choice' } }),
    select,
  );
}
