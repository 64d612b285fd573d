import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { RegisterLocationView, ServerCheck } from '@shared/contract/register-location'
import type { ServerDetails, ServerSettings } from '@shared/contract/server-settings'
import { words } from '@shared/words/words'
import { AppError } from '../api/app-error'
import type { RegisterGate } from '../api/register-gate'
import { serverBackupsDir } from '../app-paths'
import { AuditLog } from '../audit/audit-log'
import { loadPostgresSide } from '../db/open-register'
import { openSqliteRegister } from '../db/open-sqlite-register'
import { serverAddressFrom, type ServerAddress } from '../db/postgres/server-address'
import { copyRegister } from '../db/register-copy'
import { fileTimeStamp } from '../safety/backup-files'
import type { EngineRegisterDatabase, RegisterDatabase } from '../db/register-database'
import type { Actor } from '../audit/actor'
import { readRegisterLocation, saveRegisterLocation, THIS_COMPUTER } from './location-file'
import type { PasswordStore } from './password-store'

/** What changing where a desk's register is needs; the caller restarts the app after a change. */
export interface LocationContext {
  userData: string
  /** This computer's register file, in use or not. */
  registerFile: string
  /** The register this desk has open now. */
  database: EngineRegisterDatabase
  /** The window's way into it, closed while the register moves. */
  gate: RegisterGate
  passwords: PasswordStore
  /** Who the audit log names for the move. */
  actor: Actor
  nativeBinding: string | undefined
}

export function describeLocation({ userData, registerFile, passwords }: LocationContext): RegisterLocationView {
  const stored = readRegisterLocation(userData)
  const passwordStoreProblem = passwords.problem()
  return {
    kind: stored.kind,
    file: registerFile,
    ...(stored.kind === 'server' ? { server: stored.server } : {}),
    passwordKept: stored.kind === 'server',
    ...(passwordStoreProblem ? { passwordStoreProblem } : {})
  }
}

export function testServer(context: LocationContext, settings: ServerSettings): Promise<ServerCheck> {
  return checkServer(addressOf(context, settings))
}

/** What a server holds; node-postgres is loaded only once a server is named (loadPostgresSide). */
async function checkServer(address: ServerAddress): Promise<ServerCheck> {
  const { checkServer: check } = await import('./server-check')
  return check(address)
}

/**
 * Copies this computer's register into the server's empty database (checked table by table
 * before it is committed), then points this desk at it. The file stays, made read-only, as
 * it was at the move.
 */
export async function moveToServer(context: LocationContext, settings: ServerSettings): Promise<void> {
  const { database } = context
  if (database.engine !== 'sqlite') throw new AppError('invalid_input', words('location.alreadyServer'))
  const address = addressOf(context, settings)
  const sealedPassword = sealedPasswordOf(context, address)
  const { openPostgresRegister } = await loadPostgresSide()
  const server = await openPostgresRegister(address, { backupsDir: serverBackupsDir(context.userData) })
  try {
    await whileClosed(context.gate, () => copyRegister(database, server))
    // The register is on the server from here on: what follows must not report the move as failed.
    await bestEffort(() => recordMove(server, context.actor, 'server'))
  } finally {
    await server.close()
  }
  saveRegisterLocation(context.userData, { kind: 'server', server: detailsOf(settings), sealedPassword })
  await database.close()
  await bestEffort(async () => chmodSync(database.file, 0o444))
}

/** Points this desk at the register another desk moved to the server; this computer's file is left as it is. */
export async function joinServer(context: LocationContext, settings: ServerSettings): Promise<void> {
  const address = addressOf(context, settings)
  const sealedPassword = sealedPasswordOf(context, address)
  const found = await checkServer(address)
  if (found.holds !== 'register') {
    throw new AppError('invalid_input', words('location.serverEmpty'))
  }
  saveRegisterLocation(context.userData, { kind: 'server', server: detailsOf(settings), sealedPassword })
  await context.database.close()
}

/**
 * Copies the server's register into a new file on this computer (checked before it is kept),
 * then points this desk at it. The file this computer had is kept beside it, renamed; the
 * other desks keep working on the server.
 */
export async function moveToThisComputer(context: LocationContext, now = new Date()): Promise<void> {
  const { database, registerFile } = context
  if (database.engine !== 'postgres') throw new AppError('invalid_input', words('location.alreadyThisComputer'))
  const incoming = `${registerFile}.incoming`
  removeRegisterFile(incoming)
  const copy = await openSqliteRegister(incoming, { nativeBinding: context.nativeBinding })
  try {
    await whileClosed(context.gate, () => copyRegister(database, copy))
    await recordMove(copy, context.actor, 'this-computer')
    await bestEffort(() => recordMove(database, context.actor, 'this-computer'))
  } catch (error) {
    await copy.close()
    removeRegisterFile(incoming)
    throw error
  }
  await copy.close()
  if (existsSync(registerFile)) renameSync(registerFile, join(dirname(registerFile), `register-replaced-${fileTimeStamp(now)}.sqlite3`))
  renameSync(incoming, registerFile)
  saveRegisterLocation(context.userData, THIS_COMPUTER)
  await database.close()
}

/**
 * When the server cannot be reached at start: this desk goes back to the file on this
 * computer, made writable again. It holds the register as it was when it moved to the server.
 */
export function returnToThisComputer(userData: string, registerFile: string): void {
  // Writable first: a note saying "this computer" over a read-only file would leave no way to start.
  if (existsSync(registerFile)) chmodSync(registerFile, 0o600)
  saveRegisterLocation(userData, THIS_COMPUTER)
}

/** The typed password, or, left empty, the one this desk keeps for the same server and user. */
function addressOf({ userData, passwords }: LocationContext, settings: ServerSettings): ServerAddress {
  if (settings.password) return serverAddressFrom(settings, settings.password)
  const stored = readRegisterLocation(userData)
  if (stored.kind === 'server' && sameServer(stored.server, settings)) return serverAddressFrom(settings, passwords.unseal(stored.sealedPassword))
  throw new AppError('invalid_input', words('location.password.missing'), { password: words('location.password.missingField') })
}

function sealedPasswordOf({ passwords }: LocationContext, address: ServerAddress): string {
  const problem = passwords.problem()
  if (problem) throw new AppError('invalid_input', problem)
  return passwords.seal(String(address.config.password))
}

function sameServer(kept: ServerDetails, asked: ServerDetails): boolean {
  // The kept password goes only where it went before, and only as encrypted as it went then.
  return kept.host === asked.host && kept.port === asked.port && kept.database === asked.database && kept.user === asked.user && kept.tls === asked.tls
}

function detailsOf({ host, port, database, user, tls }: ServerSettings): ServerDetails {
  return { host, port, database, user, tls }
}

function recordMove(register: RegisterDatabase, actor: Actor, to: 'server' | 'this-computer'): Promise<void> {
  return new AuditLog(register.db).record(actor, { action: 'move', subjectType: 'register', details: { to } })
}

/**
 * Runs the copy with the window's calls refused, from when the calls under way have ended.
 * A failed copy opens the way again; a copy that succeeded keeps it closed until the restart.
 */
async function whileClosed<T>(gate: RegisterGate, copy: () => Promise<T>): Promise<T> {
  await gate.close(words('location.moving'))
  try {
    return await copy()
  } catch (error) {
    gate.open()
    throw error
  }
}

/** A step after the register has safely moved: its failure is logged, never taken for the move's. */
async function bestEffort(step: () => Promise<unknown>): Promise<void> {
  try {
    await step()
  } catch (error) {
    console.error('A step after moving the register failed:', error)
  }
}

function removeRegisterFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
}
