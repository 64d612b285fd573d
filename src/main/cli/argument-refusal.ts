import { words } from '@shared/words/words'
import type { CliCommand } from './commands'

/**
 * What was wrong with a command's arguments, in the desk's language, from the error Node's
 * parseArgs throws: its code says what, and the option it names (in quotes in its English
 * message, the one part of it kept) says which.
 */
export function argumentRefusal(command: CliCommand, error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  const option = error instanceof Error ? /'(-[^' ]+)/.exec(error.message)?.[1] : undefined
  if (option && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return words('cli.args.unknownOption', { command: command.words.join(' '), option })
  }
  if (option && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // The one value parseArgs finds wrong is a value missing, or a value given to a flag.
    const isFlag = command.options[option.replace(/^-+/, '')]?.type === 'boolean'
    return words(isFlag ? 'cli.args.takesNoValue' : 'cli.args.valueMissing', { option })
  }
  return words('cli.args.unreadable', { detail: code || String(error) })
}
