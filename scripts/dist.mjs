// `npm run dist`: builds the app and packages it with electron-builder (electron-builder.yml);
// extra arguments pass through, e.g. `npm run dist -- --linux deb`. electron-builder rebuilds
// better-sqlite3 for Electron inside node_modules, where the tests and the admin CLI need
// Node's build, so Node's build is put back afterwards whether packaging worked or not.
import { spawnSync } from 'node:child_process'

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  return result.status ?? 1
}

let status = run('npx', ['electron-vite', 'build'])
if (status === 0) status = run('npx', ['electron-builder', ...process.argv.slice(2)])
const restored = run('npm', ['rebuild', 'better-sqlite3'])
if (restored !== 0) console.error('dist: could not rebuild better-sqlite3 for Node; run `npm rebuild better-sqlite3` before `npm test`.')
process.exit(status || restored)
