// Evidence as W3C Web Annotations: the fact is the body, the source (and the quoted passage, located by
// a TextQuoteSelector and a TextPositionSelector) the target. Claims are resources with their own evidence.
import { findQuote } from '../../graph/index.ts';
import type { Claim, Evidence, Source } from '../../schema/index.ts';
import type { Emitter } from './emitter.ts';
import { countLiteral, type NamedNode, namedNode, stringLiteral, urlTerm } from './terms.ts';
import { OA, PROV, RDF, SCHEMA, SKOS } from './vocab.ts';

/** Characters of context kept either side of a quote in its TextQuoteSelector. */
const CONTEXT = 32;

interface SourceText {
  readonly nfc: string;
  /** True when the text holds characters outside the BMP, whose offsets in code points differ. */
  readonly astral: boolean;
}

/** What annotating needs to know of the dataset: its base IRI and each document's NFC text. */
export class AnnotationContext {
  private readonly texts = new Map<string, SourceText | null>();
  private readonly iris = new Map<string, NamedNode>();
  constructor(
    readonly base: string,
    private readonly sources: ReadonlyMap<string, Source>,
  ) {}

  /** The source's IRI, one shared term each (cited by every annotation of it). */
  sourceIri(id: string): NamedNode {
    let iri = this.iris.get(id);
    if (iri === undefined) {
      iri = namedNode(`${this.base}source/${id}`);
      this.iris.set(id, iri);
    }
    return iri;
  }

  text(id: string): SourceText | undefined {
    let t = this.texts.get(id);
    if (t === undefined) {
      const raw = this.sources.get(id)?.text;
      const nfc = raw?.normalize('NFC');
      t = nfc === undefined ? null : { nfc, astral: /[\uD800-\uDBFF]/.test(nfc) };
      this.texts.set(id, t);
    }
    return t ?? undefined;
  }
}

/** UTF-16 offset -> code point offset: the Web Annotation model counts characters, not code units. */
function codePoints(text: SourceText, offset: number): number {
  if (!text.astral) return offset;
  let n = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.nfc.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** A slice that does not cut a surrogate pair in half. */
function safeSlice(text: string, from: number, to: number): string {
  let a = Math.max(0, from);
  let b = Math.min(text.length, to);
  if (a > 0 && /[\uDC00-\uDFFF]/.test(text[a] ?? '')) a++;
  if (b < text.length && /[\uDC00-\uDFFF]/.test(text[b] ?? '')) b--;
  return text.slice(a, b);
}

function selectors(out: Emitter, ctx: AnnotationContext, target: NamedNode, ann: string, e: Evidence): void {
  if (e.quote === undefined) return;
  const text = ctx.text(e.source);
  const span = text === undefined ? undefined : findQuote(text.nfc, e.quote);
  const quoteSel = namedNode(`${ann}.quote`);
  const posSel = span === undefined ? undefined : namedNode(`${ann}.position`);
  out.add(target, OA.hasSelector, quoteSel);
  out.add(target, OA.hasSelector, posSel);
  out.add(quoteSel, RDF.type, OA.TextQuoteSelector);
  const exact = span === undefined || text === undefined ? e.quote : text.nfc.slice(span.start, span.end);
  out.add(quoteSel, OA.exact, stringLiteral(exact));
  if (exact !== e.quote) out.add(quoteSel, out.sg('quote'), stringLiteral(e.quote));
  if (span === undefined || text === undefined || posSel === undefined) return;
  const prefix = safeSlice(text.nfc, span.start - CONTEXT, span.start);
  const suffix = safeSlice(text.nfc, span.end, span.end + CONTEXT);
  if (prefix !== '') out.add(quoteSel, OA.prefix, stringLiteral(prefix));
  if (suffix !== '') out.add(quoteSel, OA.suffix, stringLiteral(suffix));
  out.add(posSel, RDF.type, OA.TextPositionSelector);
  out.add(posSel, OA.start, countLiteral(codePoints(text, span.start)));
  out.add(posSel, OA.end, countLiteral(codePoints(text, span.end)));
}

/** One annotation per evidence item, in order; `holder` is the fact they evidence (the body). */
export function writeAnnotations(
  out: Emitter,
  ctx: AnnotationContext,
  holder: NamedNode,
  list: readonly Evidence[] | undefined,
): void {
  if (list === undefined) return;
  list.forEach((e, i) => {
    const ann = `${holder.value}.evidence.${i}`;
    const node = namedNode(ann);
    out.add(node, RDF.type, OA.Annotation);
    const motivation = e.stance === 'contradicts' ? 'contradicting' : 'supporting';
    out.add(node, OA.motivatedBy, out.sg(motivation));
    out.add(node, OA.hasBody, holder);
    out.add(node, out.sg('order'), countLiteral(i));
    out.add(node, out.sg('basis'), out.sg(e.basis));
    if (e.stance !== undefined) out.add(node, out.sg('stance'), out.sg(e.stance));
    if (e.note !== undefined) out.add(node, SKOS.note, stringLiteral(e.note));
    const target = namedNode(`${ann}.target`);
    out.add(node, OA.hasTarget, target);
    out.add(target, RDF.type, OA.SpecificResource);
    out.add(target, OA.hasSource, ctx.sourceIri(e.source));
    if (e.url !== undefined) out.add(target, SCHEMA.url, urlTerm(e.url));
    selectors(out, ctx, target, ann, e);
  });
}

/** prov:wasDerivedFrom each source the evidence cites (once each, in first-cited order). */
export function writeDerivation(
  out: Emitter,
  ctx: AnnotationContext,
  holder: NamedNode,
  list: readonly Evidence[] | undefined,
): void {
  const seen = new Set<string>();
  for (const e of list ?? []) {
    if (seen.has(e.source)) continue;
    seen.add(e.source);
    out.add(holder, PROV.wasDerivedFrom, ctx.sourceIri(e.source));
  }
}

/** The claim a record carries, as `holder.claim`, with its evidence. */
export function writeClaim(
  out: Emitter,
  ctx: AnnotationContext,
  holder: NamedNode,
  claim: Claim | undefined,
): void {
  if (claim === undefined) return;
  const node = namedNode(`${holder.value}.claim`);
  out.add(holder, out.sg('claim'), node);
  out.add(node, RDF.type, out.sg('Claim'));
  out.add(node, out.sg('claimedBy'), ctx.sourceIri(claim.by));
  out.add(node, out.sg('status'), out.sg(claim.status));
  out.add(node, SKOS.note, stringLiteral(claim.note));
  writeDerivation(out, ctx, node, claim.evidence);
  writeAnnotations(out, ctx, node, claim.evidence);
}
