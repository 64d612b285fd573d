import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { version as appVersion } from '../../../package.json'
import type { CallName } from '@shared/contract/call-names'
import { createHandlerTable } from '../api/handler-table'
import { dispatch } from '../api/dispatch'
import { PRODUCT_NAME, defaultDatabaseFile, fontsDir, projectRoot, serverBackupsDir, userDataDir } from '../app-paths'
import { readRegisterLocation } from '../register-location/location-file'
import { createRenderPool, type RenderPool } from '../handouts/render-pool/render-pool'
import { openRegister } from '../db/open-register'
import { isServerUrl, serverUrlWithoutPassword } from '../db/postgres/server-address'
import type { RegisterDatabase } from '../db/register-database'
import { DatabaseOpenError } from '../db/database-open-error'
import { CliFailure } from './cli-failure'
import { COMMANDS, type Call, type CliCommand } from './commands'
import { cliSession, type CliIdentity } from './cli-session'
import { cliLanguage } from './cli-language'
import { helpText, usageOf } from './help-text'
import { argumentRefusal } from './argument-refusal'
import { HANDOUT_LANGUAGES } from '@shared/register/vocabulary'
import { words } from '@shared/words/words'
import { setWordsLanguage } from '@shared/words/words-language'

export interface Output {
  write(text: string): unknown
}

/** The render worker's entry, which scripts/admin.mjs bundles beside the CLI's own files. */
const RENDER_WORKER_FILE = new URL('./render-worker.mjs', import.meta.url)

/** Runs one admin command against the register; returns the exit code. */
export async function runAdmin(argv: string[], stdout: Output, stderr: Output): Promise<number> {
  let database: RegisterDatabase | undefined
  let renderPool: RenderPool | undefined
  try {
    const { language, refused } = cliLanguage(argv, process.env)
    setWordsLanguage(language)
    if (refused !== undefined) throw new CliFailure(words('cli.langNeedsValue', { languages: HANDOUT_LANGUAGES.join(', ') }))
    const { db, as, rest, help } = takeGlobalOptions(argv)
    const identity: CliIdentity = as === undefined ? {} : { as }
    if (help || rest.length === 0) {
      ;(help ? stdout : stderr).write(`${helpText(COMMANDS)}\n`)
      return help ? 0 : 1
    }
    const command = findCommand(rest)
    const { values, positionals } = parseCommandArgs(command, rest.slice(command.words.length))
    const location = registerLocation(db)
    if ('runOnLocation' in command) {
      stdout.write(`${JSON.stringify(await command.runOnLocation({ location, values, identity }), null, 2)}\n`)
      return 0
    }
    database = await openRegister(location, { serverBackupsDir: serverBackupsDir() })
    const session = await cliSession(database, identity)
    // Its workers start only for a command that draws a file.
    renderPool = createRenderPool({ workerFile: RENDER_WORKER_FILE, fontsDir: fontsDir(projectRoot(import.meta.url)) })
    const table = createHandlerTable({
      database,
      appName: PRODUCT_NAME,
      appVersion,
      fontsDir: fontsDir(projectRoot(import.meta.url)),
      session,
      renderFile: renderPool.render
    })
    const call: Call = async (name, input) => {
      const result = await dispatch(table, name satisfies CallName, input)
      if (!result.ok) throw new CliFailure(result.error.message)
      return result.value as never
    }
    const output = await command.run({ call, database, session, values, positionals })
    stdout.write(`${JSON.stringify(output, null, 2)}\n`)
    return 0
  } catch (error) {
    if (error instanceof CliFailure || error instanceof DatabaseOpenError) {
      stderr.write(`${error.message}\n`)
      return 1
    }
    throw error
  } finally {
    await renderPool?.close()
    await database?.close()
  }
}

/** The register to open: --db, else AFTERCARE_DATABASE_URL, else the app's own file; a file path made absolute. */
/**
 * --db, else AFTERCARE_DATABASE_URL, else the register this computer's desk works on: its
 * file, or the server its Settings name (the password then comes from PGPASSWORD or
 * ~/.pgpass: the desk's own is sealed for the desk's account).
 */
function registerLocation(db: string | undefined): string {
  const named = db ?? (process.env.AFTERCARE_DATABASE_URL || undefined)
  if (named && isServerUrl(named)) return named
  if (named) return resolve(named)
  const desk = readRegisterLocation(userDataDir())
  return desk.kind === 'server' ? serverUrlWithoutPassword(desk.server) : defaultDatabaseFile()
}

function takeGlobalOptions(argv: string[]): { db?: string; as?: string; rest: string[]; help: boolean } {
  const rest = [...argv]
  let db: string | undefined
  let as: string | undefined
  let help = false
  while (rest[0]?.startsWith('-')) {
    const option = rest.shift() as string
    if (option === '--db') {
      db = rest.shift()
      if (!db) throw new CliFailure(words('cli.dbNeedsValue'))
    } else if (option.startsWith('--db=')) {
      db = option.slice('--db='.length)
    } else if (option === '--as') {
      as = rest.shift()
      if (!as) throw new CliFailure(words('cli.asNeedsValue'))
    } else if (option.startsWith('--as=')) {
      as = option.slice('--as='.length)
    } else if (option === '--lang' || option.startsWith('--lang=')) {
      if (option === '--lang') rest.shift() // its value was read first, by cliLanguage
    } else if (option === '--help' || option === '-h') {
      help = true
    } else {
      throw new CliFailure(words('cli.unknownOption', { option }))
    }
  }
  return { db, as, rest, help }
}

function findCommand(given: string[]): CliCommand {
  const command = COMMANDS.find((candidate) => candidate.words.every((word, index) => given[index] === word))
  if (!command) throw new CliFailure(words('cli.unknownCommand', { command: given.join(' ') }))
  return command
}

function parseCommandArgs(command: CliCommand, args: string[]) {
  try {
    return parseArgs({ args, options: command.options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new CliFailure(words('cli.badArguments', { reason: argumentRefusal(command, error), usage: usageOf(command) }))
  }
}

