// A small writer of triples into a sink, with the IRIs it names cached (a big graph names the same few
// hundred predicates and classes millions of times).
import { DataFactory, type NamedNode, type Quad_Object, type Quad_Subject } from 'n3';
import type { QuadSink } from './terms.ts';

const { namedNode, quad } = DataFactory;

export class Emitter {
  private readonly iris = new Map<string, NamedNode>();
  constructor(private readonly sink: QuadSink) {}

  /** A named node, shared for IRIs named often. */
  iri(value: string): NamedNode {
    let node = this.iris.get(value);
    if (node === undefined) {
      node = namedNode(value);
      if (this.iris.size < 4096) this.iris.set(value, node);
    }
    return node;
  }

  /** One triple; an undefined object writes nothing (optional fields). */
  add(subject: Quad_Subject, predicate: string, object: Quad_Object | undefined): void {
    if (object !== undefined) this.sink(quad(subject, this.iri(predicate), object));
  }
}
