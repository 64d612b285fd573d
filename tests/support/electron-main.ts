// Runs the app's built main process (out/main/index.js) under plain Node, with the Electron
// stand-in (tests/support/electron-stand-in) in place of Electron's API, and lets a test watch
// what it asks of Electron and act as the person and the page would. Everything else in that
// process is the real app: its start-up, its register on disk, its IPC handlers.
import { fork, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { bundleNodeScript, root } from './node-script'
import type { SenderFrame, StandInCommand, StandInEvent, StandInScript } from './electron-stand-in/protocol'
import { deskUser } from './desk-user'

export const BUILT_MAIN = join(root, 'out', 'main', 'index.js')
export const BUILT_PRELOAD = join(root, 'out', 'preload', 'index.cjs')
const REGISTER_HOOK = pathToFileURL(join(root, 'tests', 'support', 'electron-stand-in', 'register.mjs')).href

/** One call the app made of Electron: `api` as "dialog.showMessageBox", its arguments as JSON. */
export interface JournalEntry {
  api: string
  args: unknown[]
}

export interface MainProcess {
  /** Every call the app has made of Electron so far, in order. */
  journal(): JournalEntry[]
  /** The arguments of each call to `api` so far. */
  calls(api: string): unknown[][]
  /** Resolves with the arguments of the first call to `api` (waiting for it if need be). */
  waitForCall(api: string, timeoutMs?: number): Promise<unknown[]>
  /** Has "Electron" do something: the person's action, a message from the page, a request. */
  ask<T = unknown>(command: StandInCommand): Promise<T>
  /** An IPC call as the page's preload makes it, from the given frame of window 1. */
  invoke(channel: string, senderFrame: SenderFrame | null, ...args: unknown[]): Promise<unknown>
  /** Called for each message main sends to a page (`webContents.send`). */
  onSend(listener: (channel: string, args: unknown[]) => void): void
  /** The URL the main window loaded. */
  loadedUrl: Promise<string>
  /** When the process ends: its exit code, and whatever it wrote on stderr. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>
  /** Ends the process (if it has not ended) and removes its journal. */
  stop(): Promise<void>
}

export interface LaunchOptions {
  /** The user-data folder: the register, its backups, the window's placement, the log. */
  userData: string
  script?: Partial<StandInScript>
  /** ELECTRON_RENDERER_URL: the page is served from there, as `electron-vite dev` does. */
  rendererUrl?: string
  /** Run as an unprivileged desk user (when the tests run as root), so file permissions bind. */
  asDeskUser?: boolean
}

/** The stand-in, bundled once per test file so the app's process loads it as plain JavaScript. */
export function bundleElectronStandIn(): Promise<{ file: string; remove(): void }> {
  if (!existsSync(BUILT_MAIN)) throw new Error('The app is not built: run `npm run build` first (`npm test` does).')
  return bundleNodeScript('tests/support/electron-stand-in/electron.ts')
}

export async function launchMain(standIn: { file: string }, options: LaunchOptions): Promise<MainProcess> {
  const journalDir = mkdtempSync(join(tmpdir(), 'aftercare-electron-journal-'))
  // The desk user writes the journal too.
  chmodSync(journalDir, 0o777)
  const journalFile = join(journalDir, 'journal.jsonl')
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  const script: StandInScript = { appPath: root, userData: options.userData, version, ...options.script }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ELECTRON_STAND_IN: standIn.file,
    ELECTRON_STAND_IN_JOURNAL: journalFile,
    ELECTRON_STAND_IN_SCRIPT: JSON.stringify(script),
    AFTERCARE_DESK_USER_DATA: options.userData
  }
  delete env.ELECTRON_RENDERER_URL
  if (options.rendererUrl) env.ELECTRON_RENDERER_URL = options.rendererUrl
  const child: ChildProcess = fork(BUILT_MAIN, [], {
    cwd: root,
    env,
    execArgv: ['--import', REGISTER_HOOK],
    // Structured clone, as Electron's IPC: bytes arrive as bytes.
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    ...(options.asDeskUser ? deskUser : {})
  })
  let stderr = ''
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => (stderr += chunk))
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }))
  )

  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
  const sendListeners: ((channel: string, args: unknown[]) => void)[] = []
  let resolveLoaded: (url: string) => void = () => undefined
  const loadedUrl = new Promise<string>((resolve) => (resolveLoaded = resolve))
  child.on('message', (message: StandInEvent) => {
    if (message.event === 'answer') {
      const waiter = pending.get(message.id)
      pending.delete(message.id)
      if (message.error === undefined) waiter?.resolve(message.result)
      else waiter?.reject(new Error(message.error))
    } else if (message.event === 'send') {
      for (const listener of sendListeners) listener(message.channel, message.args)
    } else if (message.window === 1) {
      resolveLoaded(message.url)
    }
  })
  void ended.then(() => {
    for (const waiter of pending.values()) waiter.reject(new Error(`The app's process ended (${describeEnd()}): ${stderr}`))
    pending.clear()
  })

  const describeEnd = (): string => {
    const lastCalls = journal().slice(-5).map((entry) => entry.api)
    return `code ${child.exitCode}, signal ${child.signalCode}; its last calls of Electron: ${lastCalls.join(', ')}`
  }
  const journal = (): JournalEntry[] =>
    existsSync(journalFile)
      ? readFileSync(journalFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as JournalEntry)
      : []
  const calls = (api: string): unknown[][] => journal().filter((entry) => entry.api === api).map((entry) => entry.args)
  let nextId = 1
  const ask = <T>(command: StandInCommand): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++
      // A process that has ended says how, rather than Node's bare "Channel closed".
      if (!child.connected) {
        reject(new Error(`The app's process had ended (${describeEnd()}) before: ${JSON.stringify(command)}. ${stderr}`))
        return
      }
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
      child.send({ id, command })
    })

  return {
    journal,
    calls,
    async waitForCall(api, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs
      let exited = false
      void ended.then(() => (exited = true))
      for (;;) {
        const found = calls(api)[0]
        if (found) return found
        if (exited || Date.now() > deadline) {
          const made = journal().map((entry) => entry.api)
          throw new Error(`The app never called ${api}${exited ? ' before its process ended' : ''}. It called: ${made.join(', ')}. ${stderr}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    },
    ask,
    invoke: (channel, senderFrame, ...args) => ask({ do: 'invoke', window: 1, channel, senderFrame, args }),
    onSend: (listener) => void sendListeners.push(listener),
    loadedUrl,
    ended,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL')
        await ended
      }
      rmSync(journalDir, { recursive: true, force: true })
    }
  }
}
