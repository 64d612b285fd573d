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
