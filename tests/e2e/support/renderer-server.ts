import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { preview, type PreviewServer } from 'vite'

const root = join(import.meta.dirname, '..', '..', '..')
export const BUILT_RENDERER = join(root, 'out', 'renderer')

/** Serves the built renderer (out/renderer) on a free loopback port. */
export async function serveBuiltRenderer(): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(join(BUILT_RENDERER, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first (`npm run test:e2e` does).')
  }
  const server: PreviewServer = await preview({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { outDir: BUILT_RENDERER },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('The renderer server did not report its address.')
  return { url, close: () => server.close() }
}

/** A worker fixture: the built renderer served for the worker's tests, its URL given to them. */
export const rendererUrlFixture: [(args: object, use: (url: string) => Promise<void>) => Promise<void>, { scope: 'worker' }] = [
  // Playwright reads a fixture's dependencies from its pattern: `{}` says "none".
  // eslint-disable-next-line no-empty-pattern
  async ({}, use: (url: string) => Promise<void>) => {
    const server = await serveBuiltRenderer()
    await use(server.url)
    await server.close()
  },
  { scope: 'worker' }
]
