// What stands in for Electron's renderer-side API (`contextBridge`, `ipcRenderer`) when the
// app's built preload (out/preload/index.cjs) runs in Chromium: no Electron binary can be
// installed here. `invoke` goes to the app's real main process over a binding Playwright
// exposes (electron-desk.ts), which tells main the frame it came from; what main sends the page
// comes back through `__electronIpcDeliver`. Bundled into the page before the app loads,
// followed by the preload itself, in the window's top frame only, as Electron runs preloads.
import { unwrapBytes, wrapBytes } from './wire-bytes'

declare global {
  interface Window {
    __electronIpcInvoke(channel: string, args: unknown): Promise<unknown>
    __electronIpcDeliver(channel: string, args: unknown): void
  }
}

type Listener = (event: { sender: unknown }, ...args: unknown[]) => void
const listeners = new Map<string, Set<Listener>>()

export const ipcRenderer = {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    return unwrapBytes(await window.__electronIpcInvoke(channel, wrapBytes(args)))
  },
  on(channel: string, listener: Listener) {
    if (!listeners.has(channel)) listeners.set(channel, new Set())
    listeners.get(channel)?.add(listener)
    return ipcRenderer
  },
  off(channel: string, listener: Listener) {
    listeners.get(channel)?.delete(listener)
    return ipcRenderer
  }
}

/** Like Electron's: the page gets a frozen copy under `key`, which it cannot replace. */
export const contextBridge = {
  exposeInMainWorld(key: string, api: object): void {
    Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true })
  }
}

window.__electronIpcDeliver = (channel, args) => {
  for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, ...(unwrapBytes(args) as unknown[]))
}
