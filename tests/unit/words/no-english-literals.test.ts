import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * Words a person reads are said through the word lists (src/shared/words), so they come in the
 * desk's language. This guard reads main's and the shared code's sources and finds the texts
 * written straight into them instead: a typed error made with a literal message, a zod check
 * given a sentence as its message, and a sentence a shared helper returns or pushes.
 */

const ROOT = join(import.meta.dirname, '../../..')
const SCANNED = ['src/main', 'src/shared']
/** The word lists themselves are where the sentences belong. */
const WORD_LISTS = 'src/shared/words/'

/** Errors whose message reaches a person: it must come from `words(...)`, never a literal. */
const WORDED_ERRORS = new Set(['AppError', 'NotFoundError', 'DatabaseOpenError', 'RegisterFileProblem', 'CliFailure'])

/** zod's checks and schema makers that take a message among their arguments. */
const ZOD_CHECKS = new Set([
  'min', 'max', 'length', 'regex', 'refine', 'superRefine', 'int', 'positive', 'nonnegative', 'negative', 'nonpositive',
  'gt', 'gte', 'lt', 'lte', 'multipleOf', 'nonempty', 'email', 'url', 'uuid', 'ulid',
  'string', 'number', 'boolean', 'enum', 'array', 'object', 'union', 'literal', 'instanceof', 'record', 'tuple', 'date'
])
/** The keys a zod params object or issue gives its message under. */
const MESSAGE_KEYS = new Set(['error', 'message'])

/**
 * The helpers that build a message and hand it on, returned or pushed onto a list of problems,
 * are checked too, in main as in the shared code, but for the crash log, whose lines are rightly
 * English (for IT support).
 */
const HELPERS_CHECKED = 'src/'
const HELPERS_LEFT_ENGLISH = new Set(['src/main/startup/crash-log.ts'])

/**
 * Objects whose texts a person reads, known by a key beside them: a call's error
 * (`{ code, message }`), a system dialog's options (with its filters, properties or buttons),
 * and a file type in a dialog's filter (`{ name, extensions }`).
 */
const WORDED_OBJECTS: { besides: string[]; read: string[] }[] = [
  { besides: ['code'], read: ['message'] },
  { besides: ['filters', 'properties', 'buttons'], read: ['title', 'buttonLabel', 'message', 'detail'] },
  { besides: ['extensions'], read: ['name'] }
]

/** A sentence: two words or more, which only a person reads (ids and codes have no space). */
const SENTENCE = /\p{L}+[\s\u00A0]+\p{L}+/u
/** The app's name is the same in every language, so "Aftercare Desk 1.2.0" is no sentence. */
const SAME_IN_EVERY_LANGUAGE = /Aftercare Desk/g

interface Finding {
  at: string
  text: string
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) && !path.startsWith(WORD_LISTS) ? [path] : []
  })
}

const isLiteralText = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)

/** The written part of a literal: a template's values are not part of it. */
function writtenText(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): string {
  if (!ts.isTemplateExpression(node)) return node.text
  return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('|')
}

const isSentence = (node: ts.Node): boolean => isLiteralText(node) && SENTENCE.test(writtenText(node).replace(SAME_IN_EVERY_LANGUAGE, ''))

const calleeName = (call: ts.CallExpression): string | undefined =>
  ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : undefined

/** A literal a helper hands on to be said: what it returns, or pushes onto a list of problems. */
function isHandedOn(literal: ts.Node): boolean {
  const { parent } = literal
  if (ts.isReturnStatement(parent)) return true
  if (ts.isArrowFunction(parent)) return parent.body === literal
  return ts.isCallExpression(parent) && calleeName(parent) === 'push'
}

/** A message given as an argument, straight or as `{ error: '…' }` / `{ message: '…' }`. */
function literalMessages(argument: ts.Expression): ts.Node[] {
  if (isSentence(argument)) return [argument]
  if (!ts.isObjectLiteralExpression(argument)) return []
  return argument.properties.filter(
    (property): property is ts.PropertyAssignment =>
      ts.isPropertyAssignment(property) && MESSAGE_KEYS.has(property.name.getText()) && isSentence(property.initializer)
  ).map((property) => property.initializer)
}

/** The sentences an object a person reads holds as literals (see WORDED_OBJECTS). */
function literalsOfWordedObject(object: ts.ObjectLiteralExpression): ts.Node[] {
  const keys = new Set(object.properties.map((property) => property.name?.getText()))
  const read = new Set(WORDED_OBJECTS.filter(({ besides }) => besides.some((key) => keys.has(key))).flatMap((kind) => kind.read))
  return object.properties
    .filter((property): property is ts.PropertyAssignment => ts.isPropertyAssignment(property) && read.has(property.name.getText()))
    .map((property) => property.initializer)
    .filter(isSentence)
}

/** The literal texts of one file that should be words. */
function englishLiterals(path: string, source: string): Finding[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true)
  const findings: Finding[] = []
  const seen = new Set<ts.Node>()
  // A literal two rules find (an addIssue's { code, message }) is one finding.
  const found = (node: ts.Node) => {
    if (seen.has(node)) return
    seen.add(node)
    const { line } = file.getLineAndCharacterOfPosition(node.getStart())
    findings.push({ at: `${path}:${line + 1}`, text: node.getText().slice(0, 90) })
  }
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && WORDED_ERRORS.has(node.expression.text)) {
      node.arguments?.filter(isSentence).forEach(found)
    }
    if (path.startsWith(HELPERS_CHECKED) && !HELPERS_LEFT_ENGLISH.has(path) && isSentence(node) && isHandedOn(node)) found(node)
    if (ts.isObjectLiteralExpression(node)) literalsOfWordedObject(node).forEach(found)
    if (ts.isCallExpression(node)) {
      const name = calleeName(node)
      if (name === 'addIssue') node.arguments.flatMap(literalMessages).forEach(found)
      else if (name !== undefined && ZOD_CHECKS.has(name)) node.arguments.flatMap(literalMessages).forEach(found)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return findings
}

describe('texts a person reads', () => {
  it('tells a literal message apart from words (the guard itself)', () => {
    const findings = englishLiterals(
      'example.ts',
      [
        "throw new AppError('invalid_input', 'The register was busy.')",
        'throw new AppError(code, `No client ${id}.`)',
        "throw new AppError('invalid_input', words('recall.archived'))",
        "const name = z.string().min(1, 'Enter the name.').max(10, refusal('clinic.name.tooLong'))",
        "const unit = z.enum(UNITS, { error: 'Choose days or weeks.' })",
        "ctx.addIssue({ code: 'custom', message: `Two rules have the id ${id}.`, path: ['id'] })",
        "const id = z.string().regex(/^[a-z_]+$/).min(1)"
      ].join('\n')
    )
    expect(findings.map((finding) => finding.at)).toEqual(['example.ts:1', 'example.ts:2', 'example.ts:4', 'example.ts:5', 'example.ts:6'])
  })

  it('finds a sentence a shared helper hands on, returned or pushed onto a list of problems', () => {
    const source = [
      'problems.push(`Answer the question "${question.text}"`)',
      'const missing = (version: number) => `Version ${version} is not in the register.`',
      "if (bytes.length === 0) return 'The client has not signed yet.'",
      "problems.push(words('screening.answers.unanswered', { question: question.text }))",
      "return 'en-GB'"
    ].join('\n')
    expect(englishLiterals('src/shared/example.ts', source).map((finding) => finding.at)).toEqual([
      'src/shared/example.ts:1',
      'src/shared/example.ts:2',
      'src/shared/example.ts:3'
    ])
    expect(englishLiterals('src/main/example.ts', source).map((finding) => finding.at)).toEqual([
      'src/main/example.ts:1',
      'src/main/example.ts:2',
      'src/main/example.ts:3'
    ])
    expect(englishLiterals('src/main/startup/crash-log.ts', source)).toEqual([])
  })

  it("finds a sentence in a call's error, a dialog's options or a file type, but not in other objects", () => {
    const findings = englishLiterals(
      'src/main/example.ts',
      [
        "return { ok: false, error: { code: 'invalid_input', message: 'That file cannot be shown.' } }",
        "dialog.showOpenDialog({ title: 'Choose the backup to restore', properties: ['openFile'] })",
        "const filters = [{ name: 'PDF document', extensions: ['pdf'] }]",
        "await dialog.showMessageBox({ type: 'info', message: 'Backup made.', buttons: [words('dialog.quitButton')] })",
        "return { ok: false, error: { code: 'invalid_input', message: words('desktop.file.unusable') } }",
        "const client = { name: 'Ana Silva', title: 'Dr Okafor', message: 'Call me back' }",
        "console.error('The register could not be read:', error)"
      ].join('\n')
    )
    expect(findings.map((finding) => finding.at)).toEqual(['src/main/example.ts:1', 'src/main/example.ts:2', 'src/main/example.ts:3', 'src/main/example.ts:4'])
  })

  const files = SCANNED.flatMap(sourceFiles)
  const findingsIn = (path: string) => englishLiterals(path, readFileSync(join(ROOT, path), 'utf8'))

  it('are said through the word lists in main and the shared code, never written in English there', () => {
    const findings = files.flatMap(findingsIn)
    expect(findings.map(({ at, text }) => `${at}  ${text}`)).toEqual([])
  })
})
