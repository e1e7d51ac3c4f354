// The page's entry: starts loading a `?file=` in the load worker at once, then loads the explorer's
// code (main.ts), so the file's download and parsing run while that code downloads and starts.
import { setEarlyLoad, startLoad } from './load/index.ts';

const file = new URLSearchParams(window.location.search).get('file');
// The same test as state/url.ts's `file: params.get('file') || undefined`.
if (file) setEarlyLoad(startLoad({ kind: 'url', url: file }));
void import('./main.ts');
