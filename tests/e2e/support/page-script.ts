import { join } from 'node:path'
import { build } from 'esbuild'

/**
 * A TypeScript file of this folder bundled into one script to run in the page (an IIFE);
 * with `globalName`, what it exports is left in a variable of that name.
 */
export async function pageScript(fileName: string, globalName?: string): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, fileName)],
    bundle: true,
    write: false,
    format: 'iife',
    ...(globalName && { globalName }),
    platform: 'browser',
    logLevel: 'warning'
  })
  return result.outputFiles[0]?.text ?? ''
}
