import { words, type WordId } from '@shared/words/words'
import type { CliCommand } from './commands'

/** The CLI's own call, as typed: the same in every language. */
const SYNOPSIS = 'npm run -s admin -- [--db FILE|URL] [--as NAME] [--lang en|es|fr|de] <command> ...'

/** The explanations of the options before the command, a paragraph each. */
const GLOBAL_OPTIONS: WordId[] = ['cli.help.db', 'cli.help.as', 'cli.help.lang']

/** A terminal's width, less a margin: the paragraphs are broken between words to fit. */
const LINE_WIDTH = 100

/**
 * A command's usage line: its words, options and placeholders as they are typed (`--client
 * ID`), then what it needs explained, in the desk's language.
 */
export function usageOf(command: CliCommand): string {
  return command.note ? `${command.usage} (${words(command.note)})` : command.usage
}

/** `--help`: how to call the CLI, what its options do and every command's usage, in the desk's language. */
export function helpText(commands: readonly CliCommand[]): string {
  return [
    words('cli.help.usage', { synopsis: SYNOPSIS }),
    '',
    ...GLOBAL_OPTIONS.flatMap((id) => brokenToFit(words(id))),
    '',
    words('cli.help.commands'),
    ...commands.map((command) => `  ${usageOf(command)}`),
    '',
    ...brokenToFit(words('cli.help.outcome'))
  ].join('\n')
}

function brokenToFit(paragraph: string): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > LINE_WIDTH) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  return line ? [...lines, line] : lines
}
