// Identifiers: stable kebab-case ids shared by nodes, edges and sources.

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns any label into a kebab-case id candidate ("Essex Police" -> "essex-police"). */
export function toKebabId(text: string): string {
  const id = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'item' : id;
}
