// A small writer of triples into a sink, with the IRIs it names cached (a big graph names the same few
// hundred predicates and classes millions of times).
import { SG } from '../../schema/rdfVocabulary.ts';
import { type NamedNode, namedNode, type RdfObject, type Subject, type TripleSink } from './terms.ts';

export class Emitter {
  private readonly iris = new Map<string, NamedNode>();
  private readonly ours = new Map<string, NamedNode>();
  constructor(private readonly sink: TripleSink) {}

  /** A named node, shared for IRIs named often: call it with constant strings, not built ones. */
  iri(value: string): NamedNode {
    let node = this.iris.get(value);
    if (node === undefined) {
      node = namedNode(value);
      if (this.iris.size < 4096) this.iris.set(value, node);
    }
    return node;
  }

  /** One of our own terms by its local name ("order", "funds", "Claim"). */
  sg(local: string): NamedNode {
    let node = this.ours.get(local);
    if (node === undefined) {
      node = namedNode(`${SG}${local}`);
      this.ours.set(local, node);
    }
    return node;
  }

  /** One triple; an undefined object writes nothing (optional fields). */
  add(subject: Subject, predicate: NamedNode, object: RdfObject | undefined): void {
    if (object !== undefined) this.sink(subject, predicate, object);
  }
}
