import { build } from 'electron-vite'
import { root } from './node-script'

// The main-process tests run the built app (out/main, out/preload, out/renderer), so every
// vitest run builds it first, from the sources as they are: a test never runs a stale build.
export default async function buildApp(): Promise<void> {
  await build({ root, logLevel: 'warn' })
}
