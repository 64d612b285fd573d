// Runs the admin CLI. The CLI is TypeScript; a bundle starts several times faster than loading
// the sources through a TypeScript loader, so it is bundled on first use and again whenever a
// source file is newer than the bundle. No separate build step is needed.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { NODE_BUNDLE_OPTIONS } from './node-bundle.mjs'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const bundles = join(root, 'build', 'cli')
// This script and its bundle options too: a change to how the bundle is built must rebuild it.
const sources = [
  join(root, 'src', 'main'),
  join(root, 'src', 'shared'),
  join(root, 'package.json'),
  fileURLToPath(import.meta.url),
  fileURLToPath(new URL('./node-bundle.mjs', import.meta.url))
]

function newestChange(path) {
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))))
}

// One folder per state of the sources, so a CLI already running never sees its files replaced.
const current = join(bundles, String(Math.floor(Math.max(...sources.map(newestChange)))))

if (!existsSync(current)) {
  const { build } = await import('esbuild')
  mkdirSync(bundles, { recursive: true })
  const partial = `${current}.${process.pid}.tmp`
  await build({
    // The CLI, and the render worker it starts for handouts (run-admin.ts finds it beside itself).
    entryPoints: {
      admin: join(root, 'src', 'main', 'cli', 'admin.ts'),
      'render-worker': join(root, 'src', 'main', 'handouts', 'render-pool', 'render-worker.ts')
    },
    outdir: partial,
    ...NODE_BUNDLE_OPTIONS,
    splitting: true
  })
  try {
    renameSync(partial, current)
  } catch {
    // Another CLI started at the same moment got there first: use its bundle.
    rmSync(partial, { recursive: true, force: true })
  }
  for (const old of readdirSync(bundles)) {
    if (join(bundles, old) !== current && !old.endsWith('.tmp')) rmSync(join(bundles, old), { recursive: true, force: true })
  }
}

await import(pathToFileURL(join(current, 'admin.mjs')).href)
