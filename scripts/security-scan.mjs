// `npm run security:scan`: Doyensec's Electronegativity, the static Electron security scanner,
// over the app's source, offline; then every finding must be one SECURITY.md accepts, with its
// reason, in the table under "What the static scan reports". Exit 1 on any other finding, or on
// a file the scanner could not parse. See SECURITY.md.
//
// Offline: Electronegativity looks up Electron's release list on the network before it reports
// (AvailableSecurityFixesGlobalCheck); that check is left out and the Electron version is given
// (-e), read from the installed electron package. Its translation lookup is tried once, gives up
// after one second, and falls back to the bundled English texts.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const require = createRequire(import.meta.url)
const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['src']

function electronVersion() {
  const installed = join(root, 'node_modules', 'electron', 'package.json')
  if (existsSync(installed)) return JSON.parse(readFileSync(installed, 'utf8')).version
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron
  return range.replace(/^[~^>=<\s]+/, '')
}

/** Findings SECURITY.md accepts: `| \`CHECK\` | \`path\` | reason |` rows. */
function acceptedFindings() {
  const file = join(root, 'SECURITY.md')
  if (!existsSync(file)) return []
  const text = readFileSync(file, 'utf8')
  const accepted = []
  for (const match of text.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`\s*\|(.*)\|\s*$/gm)) {
    const reason = match[3].trim()
    if (reason.length < 20) throw new Error(`SECURITY.md accepts ${match[1]} in ${match[2]} without a reason.`)
    accepted.push({ id: match[1], file: match[2] })
  }
  return accepted
}

// Electronegativity reads .js, .ts and .html, not .vue: each component's <script> blocks are
// scanned as <name>.vue.ts. Templates get two checks of our own below.
function stageSources(stage) {
  for (const folder of folders) cpSync(join(root, folder), join(stage, folder), { recursive: true })
  cpSync(join(root, 'package.json'), join(stage, 'package.json'))
  const templates = []
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.vue')) {
        const source = readFileSync(path, 'utf8')
        const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1])
        writeFileSync(`${path}.ts`, scripts.join('\n'))
        rmSync(path)
        templates.push({ file: relative(stage, path).split(sep).join('/'), source })
      }
    }
  }
  for (const folder of folders) walk(join(stage, folder))
  return templates
}

/** What Electronegativity cannot see in a template: raw HTML and <webview>. */
function templateFindings(templates) {
  const findings = []
  const checks = [
    { id: 'VUE_V_HTML', pattern: /\sv-html\s*=/g, description: 'v-html puts raw HTML in the page' },
    { id: 'VUE_WEBVIEW', pattern: /<webview\b/g, description: 'a <webview> tag' }
  ]
  for (const { file, source } of templates) {
    for (const { id, pattern, description } of checks) {
      for (const match of source.matchAll(pattern)) {
        const line = source.slice(0, match.index).split('\n').length
        findings.push({ id, file, line, severity: 'HIGH', confidence: 'CERTAIN', description })
      }
    }
  }
  return findings
}

const stage = mkdtempSync(join(tmpdir(), 'aftercare-security-scan-'))
let exitCode = 0
try {
  const templates = stageSources(stage)
  const version = electronVersion()
  const scan = require('@doyensec/electronegativity')
  const result = await scan({
    input: stage,
    electronVersionOverride: version,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    customScan: [],
    isRelative: true,
    isVerbose: false,
    parserPlugins: []
  })
  const findings = [
    ...result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file.split(sep).join('/').replace(/\.vue\.ts$/, '.vue'),
      line: issue.location.line,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      description: issue.description
    })),
    ...templateFindings(templates)
  ]
  const accepted = acceptedFindings()
  const isAccepted = (finding) => accepted.some((entry) => entry.id === finding.id && entry.file === finding.file)

  console.log(
    `Electronegativity ${require('@doyensec/electronegativity/package.json').version}, Electron ${version}: ` +
      `${result.globalChecks + result.atomicChecks} checks over ${folders.join(', ')} and package.json`
  )
  for (const finding of findings) {
    const verdict = isAccepted(finding) ? 'accepted in SECURITY.md' : 'NOT ACCEPTED'
    console.log(`  ${finding.id} ${finding.severity}/${finding.confidence} ${finding.file}:${finding.line}  ${verdict}`)
    if (!isAccepted(finding)) console.log(`    ${finding.description}`)
  }
  for (const error of result.errors) {
    console.log(`  ${error.tolerable ? 'warning' : 'COULD NOT PARSE'} ${relative(stage, error.file)}: ${error.message}`)
  }
  for (const entry of accepted) {
    if (!findings.some((finding) => finding.id === entry.id && finding.file === entry.file)) {
      console.log(`  note: SECURITY.md accepts ${entry.id} in ${entry.file}, which the scan no longer reports; remove the row.`)
    }
  }
  const refused = findings.filter((finding) => !isAccepted(finding))
  const unparsed = result.errors.filter((error) => !error.tolerable)
  if (refused.length > 0 || unparsed.length > 0) {
    console.log(
      `security scan: ${refused.length} finding(s) neither fixed nor accepted, ${unparsed.length} file(s) not parsed. ` +
        'Fix them, or add a row with the reason to the table in SECURITY.md.'
    )
    exitCode = 1
  } else {
    console.log(`security scan: ${findings.length} finding(s), each accepted with its reason in SECURITY.md`)
  }
} finally {
  rmSync(stage, { recursive: true, force: true })
}
process.exit(exitCode)
