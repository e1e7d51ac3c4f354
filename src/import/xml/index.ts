// Safe XML for the importers: a pull tokenizer and a light element tree, pure TS (Node, browser, workers).

export { XmlSyntaxError } from './error.ts';
export { XML_TOKEN, XmlTokenizer } from './tokenizer.ts';
export type { XmlElement, XmlParse, XmlResult } from './tree.ts';
export { attr, child, children, parseXml, text, xmlIssue } from './tree.ts';
