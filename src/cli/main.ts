// The command-line tool: argv -> command -> core -> stdout and an exit code.
import { parseArgs } from 'node:util';
import { communitiesCommand } from './commands/communities.ts';
import { convertCommand } from './commands/convert.ts';
import { diffCommand } from './commands/diff.ts';
import { evidenceCommand } from './commands/evidence.ts';
import { exportCommand } from './commands/export.ts';
import { initCommand } from './commands/init.ts';
import { layoutCommand } from './commands/layout.ts';
import { pathCommand } from './commands/path.ts';
import { pushCommand } from './commands/push.ts';
import { rankCommand } from './commands/rank.ts';
import { sparqlCommand } from './commands/sparql.ts';
import { statsCommand } from './commands/stats.ts';
import type { Command, CommandContext } from './commands/types.ts';
import { validateCommand } from './commands/validate.ts';
import { CliError } from './io.ts';

export const COMMANDS: readonly Command[] = [
  validateCommand,
  statsCommand,
  evidenceCommand,
  pathCommand,
  rankCommand,
  communitiesCommand,
  diffCommand,
  exportCommand,
  layoutCommand,
  convertCommand,
  initCommand,
  sparqlCommand,
  pushCommand,
];

export interface Io {
  out(line: string): void;
  err(line: string): void;
  write(text: string): void;
}

const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  write: (text) => process.stdout.write(text),
};

function help(): string {
  const lines = ['usage: stakeholder-graph <command> [options]', '', 'commands:'];
  for (const c of COMMANDS) lines.push(`  ${c.usage.padEnd(44)} ${c.summary}`);
  lines.push(
    '',
    'FILE|DIR defaults to the bundled dataset. `stakeholder-graph <command> --help` shows its options.',
  );
  return lines.join('\n');
}

function commandHelp(c: Command): string {
  const lines = [`usage: stakeholder-graph ${c.usage}`, '', c.summary];
  const opts = Object.entries(c.options);
  if (opts.length > 0) lines.push('', 'options:');
  for (const [name, o] of opts) {
    lines.push(
      `  ${`--${name}${o.short ? `, -${o.short}` : ''}${o.type === 'string' ? ' VALUE' : ''}`.padEnd(24)} ${o.description}`,
    );
  }
  return lines.join('\n');
}

/** Runs the CLI; returns the exit code (0 ok, 1 bad data or no result, 2 bad usage). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`stakeholder-graph: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.err(
      `stakeholder-graph ${name}: ${error instanceof Error ? error.message : String(error)}\n\n${commandHelp(command)}`,
    );
    return 2;
  }
  if (parsed.values.help) {
    io.out(commandHelp(command));
    return 0;
  }
  const ctx: CommandContext = {
    positionals: parsed.positionals,
    values: parsed.values as Record<string, string | boolean | undefined>,
    out: io.out,
    err: io.err,
    write: io.write,
  };
  try {
    return await command.run(ctx);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`stakeholder-graph ${name}: ${error.message}`);
      return 2;
    }
    io.err(
      `stakeholder-graph ${name}: internal error: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 3;
  }
}

const isEntry =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) process.exitCode = await main(process.argv.slice(2));
