import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { ROOT } from './lib/register'
import { round } from './lib/stats'

// Static imports in Vite's output: `import{a as b}from"./x.js"`, `import"./x.js"`,
// `export{a}from"./x.js"`. A dynamic `import("./x.js")` (a lazy route) has a parenthesis
// and is not matched.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.js)["']|\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g

export interface RendererSize {
  first_screen_kb_gz: number
  first_screen_kb: number
  files: { file: string; kb_gz: number }[]
  css_kb_gz: number
  build_s: number
}

/**
 * Builds the app with electron-vite into a temporary folder (so a build someone else is
 * running into out/ is not disturbed) and sizes the JavaScript the renderer's index.html
 * loads before the first screen: its module scripts and everything they import
 * statically, gzipped. Lazily loaded route chunks are not counted.
 */
export async function measureRendererSize(): Promise<RendererSize> {
  // Outside the project, so that linting the project never reads the built files.
  const outDir = mkdtempSync(join(tmpdir(), 'aftercare-bench-build-'))
  try {
    return await sizeBuild(outDir)
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

async function sizeBuild(outDir: string): Promise<RendererSize> {
  const started = performance.now()
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: ROOT,
    maxBuffer: 16 << 20
  })
  const build_s = (performance.now() - started) / 1000
  const rendererDir = join(outDir, 'renderer')
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')

  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (match) => resolve(rendererDir, (match[1] as string).replace(/^\.?\//, ''))
  )
  const eager = new Set<string>()
  const visit = (file: string): void => {
    if (eager.has(file) || !existsSync(file)) return
    eager.add(file)
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? match[2]
      if (specifier?.startsWith('.')) visit(resolve(dirname(file), specifier))
    }
  }
  entries.forEach(visit)
  if (eager.size === 0) throw new Error(`No module script found in ${join(rendererDir, 'index.html')}.`)

  const files = [...eager].map((file) => {
    const bytes = readFileSync(file)
    return { file: file.slice(rendererDir.length + 1), bytes: bytes.length, gz: gzipSync(bytes, { level: 9 }).length }
  })
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce(
    (total, match) => total + gzipSync(readFileSync(resolve(rendererDir, (match[1] as string).replace(/^\.?\//, '')))).length,
    0
  )
  return {
    first_screen_kb_gz: round(files.reduce((total, file) => total + file.gz, 0) / 1024, 1),
    first_screen_kb: round(files.reduce((total, file) => total + file.bytes, 0) / 1024, 1),
    files: files.map((file) => ({ file: file.file, kb_gz: round(file.gz / 1024, 1) })).sort((a, b) => b.kb_gz - a.kb_gz),
    css_kb_gz: round(css / 1024, 1),
    build_s: round(build_s, 1)
  }
}
