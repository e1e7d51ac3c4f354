// Partial calendar dates (YYYY, YYYY-MM, YYYY-MM-DD) and their ordering.

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when the text is a real calendar date at year, month or day precision. */
export function isPartialDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** The first day a partial date can mean ("2023-04" -> "2023-04-01"). */
export function dateStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a partial date can mean ("2024" -> "2024-12-31"). */
export function dateEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return date;
}

export interface Dated {
  start?: string | undefined;
  end?: string | undefined;
  on?: string | undefined;
}

/**
 * Whether a dated item exists as of a given day (YYYY-MM-DD): the network "as it stood" then.
 * Undated items always hold. `start` is inclusive; an `end` given to the day is exclusive (a role
 * held "to 2024-07-05" has passed to the successor on that day), a partial `end` covers its whole
 * month or year. An event (`on`) holds from its date on: as of a later day it has happened.
 */
export function holdsOn(item: Dated, day: string): boolean {
  if (item.on !== undefined && day < dateStart(item.on)) return false;
  if (item.start !== undefined && day < dateStart(item.start)) return false;
  if (item.end !== undefined) {
    if (item.end.length === 10 ? day >= item.end : day > dateEnd(item.end)) return false;
  }
  return true;
}
