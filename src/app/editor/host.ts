// What the editor's forms share: the session, the search box's index, the selected passage and
// the place where forms and messages show.
import type { SearchHit, SearchOptions } from '../../query/index.ts';
import type { EditSession } from './session.ts';

export interface Passage {
  readonly source: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface EditorHost {
  readonly session: EditSession;
  search(text: string, options?: Partial<SearchOptions>): SearchHit[];
  /** The passage selected in the document shown, if any. */
  passage(): Passage | undefined;
  /** Shows a form in the form area (undefined: closes it). */
  show(form: HTMLElement | undefined): void;
  /** Says what happened (a status line read out politely). */
  say(message: string): void;
}
