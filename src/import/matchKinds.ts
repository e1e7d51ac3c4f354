// Our node and relation kinds from the names other files give them ("PoliceForce", "funds").
import {
  isNodeKind,
  isRelationKind,
  NODE_KINDS,
  type NodeKind,
  RELATION_KINDS,
  type RelationKind,
  toKebabId,
} from '../schema/index.ts';

/** "PoliceForce", "Police force", "POLICE_FORCE" -> "police-force". */
export function kebab(value: string): string {
  return toKebabId(value.replace(/([a-z0-9])([A-Z])/g, '$1-$2'));
}

export function matchNodeKind(value: string): NodeKind | undefined {
  // Our own files (and most others written from our data) carry the kind's id as it is.
  if (isNodeKind(value)) return value;
  const parts = value
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== 'Stakeholder');
  for (const part of parts) {
    const k = kebab(part);
    if (isNodeKind(k)) return k;
    for (const [id, info] of Object.entries(NODE_KINDS)) {
      if (info.label.toLowerCase() === part.trim().toLowerCase() && isNodeKind(id)) return id;
    }
  }
  return undefined;
}

export function matchRelationKind(value: string): RelationKind | undefined {
  if (isRelationKind(value)) return value;
  const k = kebab(value);
  if (isRelationKind(k)) return k;
  for (const [id, info] of Object.entries(RELATION_KINDS)) {
    if (info.phrase === value.trim().toLowerCase() && isRelationKind(id)) return id;
  }
  return undefined;
}
