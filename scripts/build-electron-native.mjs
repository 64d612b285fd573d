// Builds a copy of better-sqlite3 for Electron's ABI into build/electron-native/, leaving
// node_modules' copy built for Node, so one `npm ci` gives both a working `npm test` (Node)
// and a working `npm start` (Electron). Runs as postinstall; skips, saying why, where no
// Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1).
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const root = dirname(dirname(new URL(import.meta.url).pathname))
const outDir = join(root, 'build', 'electron-native')
const binding = join(outDir, 'better_sqlite3.node')
const stamp = join(outDir, 'built-for.json')

function electronBinary() {
  try {
    const path = require('electron')
    return typeof path === 'string' && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

if (!electronBinary()) {
  console.log(
    'electron-native: skipped: no Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD?). ' +
      'Tests and the admin CLI run on Node and are unaffected; `npm start` needs a normal `npm ci`.'
  )
  process.exit(0)
}

const electronVersion = require('electron/package.json').version
const sqliteVersion = require('better-sqlite3/package.json').version
const target = { electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch }
if (existsSync(binding) && existsSync(stamp) && readFileSync(stamp, 'utf8') === JSON.stringify(target)) {
  console.log(`electron-native: better-sqlite3 for Electron ${electronVersion} is already built.`)
  process.exit(0)
}

const workDir = mkdtempSync(join(tmpdir(), 'electron-native-'))
try {
  const sourceDir = dirname(require.resolve('better-sqlite3/package.json'))
  const copyDir = join(workDir, 'better-sqlite3')
  cpSync(sourceDir, copyDir, { recursive: true, filter: (path) => !path.includes(`${sourceDir}/build`) })
  const electronArgs = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`]
  try {
    // A prebuilt binary from better-sqlite3's releases, when one exists for this Electron.
    execFileSync(process.execPath, [require.resolve('prebuild-install/bin.js'), ...electronArgs], {
      cwd: copyDir,
      stdio: 'inherit'
    })
  } catch {
    console.log('electron-native: no prebuilt binary; compiling better-sqlite3 against Electron headers.')
    const nodeGyp = process.env.npm_config_node_gyp ?? require.resolve('node-gyp/bin/node-gyp.js')
    execFileSync(
      process.execPath,
      [nodeGyp, 'rebuild', '--release', ...electronArgs, '--dist-url=https://electronjs.org/headers'],
      { cwd: copyDir, stdio: 'inherit' }
    )
  }
  mkdirSync(outDir, { recursive: true })
  cpSync(join(copyDir, 'build', 'Release', 'better_sqlite3.node'), binding)
  writeFileSync(stamp, JSON.stringify(target))
  console.log(`electron-native: built better-sqlite3 for Electron ${electronVersion} into ${binding}.`)
} finally {
  rmSync(workDir, { recursive: true, force: true })
}
