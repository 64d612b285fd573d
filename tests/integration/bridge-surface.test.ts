import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { BUILT_PRELOAD } from '../support/electron-main'

// What the page can reach: the built preload (out/preload/index.cjs) run in a fresh V8
// context with stand-ins for Electron's `contextBridge` and `ipcRenderer` (no Electron binary
// here) that record what it exposes and what each method sends. Compared with a committed
// snapshot, so any new capability of `window.clinic` shows up in review.
// A new call changes the snapshot on purpose: run `npx vitest run -u` and commit it.

function exposedBridge(): { exposed: Map<string, unknown>; sent: string[]; require: string[] } {
  const exposed = new Map<string, unknown>()
  const sent: string[] = []
  const required: string[] = []
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        sent.push(`invoke ${channel} ${args.map((arg) => JSON.stringify(arg)).join(' ')}`)
        return Promise.resolve({ ok: true, value: null })
      },
      on: (channel: string) => sent.push(`on ${channel}`),
      off: (channel: string) => sent.push(`off ${channel}`)
    }
  }
  const module = { exports: {} }
  runInNewContext(readFileSync(BUILT_PRELOAD, 'utf8'), {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name)
      if (name === 'electron') return electron
      throw new Error(`A sandboxed preload cannot require ${name}.`)
    }
  })
  return { exposed, sent, require: required }
}

/** Each method of the bridge by its path, with what calling it sends to main. */
function describeBridge(): string {
  const bridge = exposedBridge()
  const lines: string[] = [`requires: ${bridge.require.join(', ')}`, `exposes: ${[...bridge.exposed.keys()].join(', ')}`]
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'function') {
      bridge.sent.length = 0
      ;(value as (...args: unknown[]) => unknown)(path.endsWith('onCommand') ? () => undefined : { sample: true })
      lines.push(`${path}: ${bridge.sent.join('; ')}`)
      return
    }
    for (const key of Object.keys(value as object).sort()) walk((value as Record<string, unknown>)[key], `${path}.${key}`)
  }
  for (const [key, api] of bridge.exposed) walk(api, `window.${key}`)
  return `${lines.join('\n')}\n`
}

describe('the bridge the page gets', () => {
  it('exposes only window.clinic, needs nothing but electron, and is the surface committed', async () => {
    const bridge = exposedBridge()
    expect([...bridge.exposed.keys()]).toEqual(['clinic'])
    expect(bridge.require).toEqual(['electron'])
    await expect(describeBridge()).toMatchFileSnapshot('./__snapshots__/window-clinic.txt')
  })
})
