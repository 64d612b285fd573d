import { mkdirSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import { build } from 'esbuild'
import { projectRoot } from '../../src/main/app-paths'
import { NODE_BUNDLE_OPTIONS } from '../../scripts/node-bundle.mjs'

export const root = projectRoot(import.meta.url)

/**
 * Bundles a TypeScript script under tests/support into one ES module that plain `node` runs,
 * the way scripts/admin.mjs bundles the CLI: a child process then starts in a fraction of a
 * second and is one process (a TypeScript loader would add a second one, which a SIGKILL to
 * the first would leave running). The bundle lives under build/ so that better-sqlite3, kept
 * external, resolves from the project's node_modules. Returns the file and a clean-up.
 */
export async function bundleNodeScript(entry: string): Promise<{ file: string; remove(): void }> {
  const dir = join(root, 'build', 'test-support', `${process.pid}-${Date.now()}`)
  mkdirSync(dir, { recursive: true })
  await build({
    entryPoints: [join(root, entry)],
    outdir: dir,
    ...NODE_BUNDLE_OPTIONS
  })
  const file = join(dir, basename(entry).replace(/\.ts$/, '.mjs'))
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
