// Identifiers: stable kebab-case ids shared by nodes, edges and sources.
import { z } from 'zod';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { error: 'must be kebab-case: lowercase letters and digits joined by single hyphens' });

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

/** Web addresses: http(s) only, so that a link in a dataset can never run script (`javascript:`). */
export const httpUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'must be a web address starting with http:// or https://',
});
