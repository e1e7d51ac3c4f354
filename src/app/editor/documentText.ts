// A document's text from a pasted string or an opened file: HTML reduced to its text with
// DOMParser (a parsed document is inert: no script runs, nothing loads), line ends and Unicode
// normalised (NFC, as quotes are compared) so that offsets in the editor are offsets in the source.
export function plainText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

function htmlToText(html: string): { text: string; title: string | undefined } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('script, style, noscript, template, svg, iframe')) el.remove();
  // Block elements end a paragraph: their text is joined with blank lines, not run together.
  const blocks = doc.body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, div');
  for (const b of blocks) b.append(doc.createTextNode('\n\n'));
  const text = (doc.body.textContent ?? '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const title = doc.title.trim() || undefined;
  return { text: plainText(text), title };
}

/** The text of an opened .txt, .md or .html file. */
export async function fileText(file: File): Promise<{ text: string; title: string }> {
  const raw = await file.text();
  const base = file.name.replace(/\.[^.]+$/, '');
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') {
    const { text, title } = htmlToText(raw);
    return { text, title: title ?? base };
  }
  return { text: plainText(raw), title: base };
}
