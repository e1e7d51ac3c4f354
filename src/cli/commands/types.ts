// The shape of a CLI command: parsed arguments in, an exit code out.

export interface CommandContext {
  readonly positionals: string[];
  readonly values: Record<string, string | boolean | undefined>;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Raw stdout writer for file contents (no added newline). */
  readonly write: (text: string) => void;
}

interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly description: string;
}

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly options: Record<string, OptionSpec>;
  run(ctx: CommandContext): Promise<number>;
}
