// Where PostgreSQL's programs (initdb, pg_ctl) are, for the tests and the benchmark, which
// start a throwaway server of their own. Found in this order: AFTERCARE_PG_BIN; where each
// system's installers put them, newest version first; then the PATH. Never downloads one.
import { existsSync, readdirSync } from 'node:fs'
import { delimiter, join } from 'node:path'

const INITDB = process.platform === 'win32' ? 'initdb.exe' : 'initdb'

/** Folders holding versioned installs (…/17/bin), newest first. */
function versioned(parent, binOf) {
  if (!existsSync(parent)) return []
  return readdirSync(parent)
    .map((name) => ({ name, version: Number.parseFloat(name.replace(/^\D+/, '')) }))
    .filter(({ version }) => Number.isFinite(version))
    .sort((a, b) => b.version - a.version)
    .map(({ name }) => binOf(join(parent, name)))
}

function systemInstalls(platform = process.platform, env = process.env) {
  if (platform === 'darwin') {
    return [
      ...['/opt/homebrew/opt', '/usr/local/opt'].flatMap((parent) =>
        versioned(parent, (folder) => join(folder, 'bin')).filter((folder) => folder.includes('postgresql'))
      ),
      '/opt/homebrew/bin',
      '/usr/local/bin',
      '/Applications/Postgres.app/Contents/Versions/latest/bin'
    ]
  }
  if (platform === 'win32') {
    return [env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean).flatMap((root) => versioned(join(root, 'PostgreSQL'), (folder) => join(folder, 'bin')))
  }
  return versioned('/usr/lib/postgresql', (folder) => join(folder, 'bin'))
}

/**
 * The folder of initdb and pg_ctl, and every place looked. An AFTERCARE_PG_BIN that leads
 * nowhere is not passed over for another install: whoever set it meant that one.
 * @returns {{ path: string | undefined, looked: string[] }}
 */
export function findPostgres(env = process.env) {
  if (env.AFTERCARE_PG_BIN) {
    return { path: existsSync(join(env.AFTERCARE_PG_BIN, INITDB)) ? env.AFTERCARE_PG_BIN : undefined, looked: [env.AFTERCARE_PG_BIN] }
  }
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean)
  const candidates = [...new Set([...systemInstalls(process.platform, env), ...onPath])]
  return { path: candidates.find((folder) => existsSync(join(folder, INITDB))), looked: candidates }
}
