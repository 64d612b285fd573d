import { HANDOUT_LANGUAGES, type HandoutLanguage } from '@shared/register/vocabulary'
import { defaultDeskLanguage } from '@shared/desk-language/desk-region'

/**
 * The language of the CLI's lines: --lang (anywhere among the global options, so a refusal of
 * another option is already in it), else the environment's locale (LC_ALL, LC_MESSAGES, then
 * LANG, as other command-line tools read them) when it is one of the four, else English.
 * A --lang that is not one of the four is `refused`, and the line saying so is in the
 * environment's language.
 */
export function cliLanguage(
  argv: readonly string[],
  env: NodeJS.ProcessEnv
): { language: HandoutLanguage; refused?: string } {
  const fromEnvironment = defaultDeskLanguage(env.LC_ALL || env.LC_MESSAGES || env.LANG)
  const asked = langOption(argv)
  if (asked === undefined) return { language: fromEnvironment }
  const language = HANDOUT_LANGUAGES.find((known) => known === asked.toLowerCase())
  return language ? { language } : { language: fromEnvironment, refused: asked }
}

/** The value of --lang among the options before the command, if it is there. */
function langOption(argv: readonly string[]): string | undefined {
  for (let at = 0; at < argv.length && argv[at]?.startsWith('-'); at += 1) {
    const option = argv[at] as string
    if (option === '--lang') return argv[at + 1] ?? ''
    if (option.startsWith('--lang=')) return option.slice('--lang='.length)
    if (option === '--db' || option === '--as') at += 1
  }
  return undefined
}
