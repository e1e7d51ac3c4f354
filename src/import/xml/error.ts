// The one error the XML tokenizer throws: an offset into the text, turned into line and column by the caller.

export type XmlErrorCode = 'malformed-xml' | 'xml-doctype';

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    /** UTF-16 offset in the text where the problem is. */
    readonly offset: number,
    readonly code: XmlErrorCode = 'malformed-xml',
    /** The text ended before the markup did. */
    readonly truncated = false,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/** 1-based line and column of an offset (counted only when an error is reported). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
