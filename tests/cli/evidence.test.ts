import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DIR } from '../helpers.ts';
import { cli } from './run.ts';

describe('stakeholder-graph evidence', () => {
  it('prints a relation with its claim, quotes in context and references', async () => {
    const { code, stdout } = await cli('evidence', 'home-office-funds-grooming-gangs-taskforce');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Home Office funds Grooming Gangs Taskforce/);
    expect(stdout).toMatch(/claim by article: overstated/);
    expect(stdout).toMatch(/“a permanent, operational police unit funded by the Home Office”/);
    expect(stdout).toMatch(/in context: “The taskforce, backed by the National Crime Agency/);
    expect(stdout).toMatch(/\[stated, contradicts, on the claim\]/);
  });

  it('finds nodes by label or alias, and prints offsets as JSON', async () => {
    const { code, stdout } = await cli('evidence', 'CSE Taskforce', '--format', 'json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.subject).toEqual({ kind: 'node', id: 'grooming-gangs-taskforce' });
    const quoted = out.evidence.filter((e: { quote?: string }) => e.quote);
    expect(quoted.length).toBeGreaterThan(0);
    // The offsets point at the quote itself in its source document (the NFC text, as evidence reports it).
    const dataset = JSON.parse(readFileSync(join(BUNDLED_DIR, 'dataset.json'), 'utf8'));
    const files = new Map<string, string>(
      dataset.sources.map((s: { id: string; file?: string }) => [s.id, s.file]),
    );
    for (const e of quoted) {
      const text = readFileSync(join(BUNDLED_DIR, files.get(e.source)!), 'utf8').normalize('NFC');
      expect(text.slice(e.start, e.end)).toBe(e.quote.normalize('NFC'));
    }
  });

  it('suggests the nearest name for an unknown one', async () => {
    const { code, stderr } = await cli('evidence', 'home-ofice');
    expect(code).toBe(2);
    expect(stderr).toMatch(/no node or edge "home-ofice"; did you mean Home Office \(home-office\)/);
  });
});
