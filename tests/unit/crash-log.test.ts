import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CrashLog } from '../../src/main/startup/crash-log'
import { makeTempDir } from '../support/temp-register'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

function logIn(folder = makeTempDir()): CrashLog {
  folders.push(folder)
  return new CrashLog(join(folder, 'logs', 'main.log'), '1.2.3', () => new Date('2026-12-05T09:30:00Z'))
}

describe('the crash log', () => {
  it('records when, where and what kind of error, never its message', () => {
    const log = logIn()
    const error = Object.assign(new Error('UNIQUE constraint failed: Zoë Łukasiewicz'), { code: 'SQLITE_CONSTRAINT' })
    log.write('uncaught exception', error)
    const text = readFileSync(log.file, 'utf8')
    expect(text).toMatch(/^2026-12-05T09:30:00\.000Z Aftercare Desk 1\.2\.3, uncaught exception: Error SQLITE_CONSTRAINT\n\s+at /)
    expect(text).not.toContain('Zoë')
    expect(text).not.toContain('UNIQUE')
  })

  it('records a thrown value that is not an Error by its type alone', () => {
    const log = logIn()
    log.write('unhandled rejection', 'Zoë Łukasiewicz')
    expect(readFileSync(log.file, 'utf8')).toBe('2026-12-05T09:30:00.000Z Aftercare Desk 1.2.3, unhandled rejection: a thrown string\n')
  })

  it('starts afresh past 512 KB, keeping the previous log as main.old.log', () => {
    const log = logIn()
    mkdirSync(join(log.file, '..'), { recursive: true })
    writeFileSync(log.file, 'x'.repeat(512 * 1024))
    log.write('start-up', new Error('boom'))
    expect(readFileSync(log.file.replace(/main\.log$/, 'main.old.log'), 'utf8')).toHaveLength(512 * 1024)
    expect(readFileSync(log.file, 'utf8')).toMatch(/^2026-12-05T09:30:00\.000Z .*start-up: Error\n/)
  })

  it('never throws, even where it cannot write', () => {
    const folder = makeTempDir()
    folders.push(folder)
    // Its folder is a file: nothing can be written, and nothing is thrown.
    writeFileSync(join(folder, 'logs'), 'not a folder')
    const log = new CrashLog(join(folder, 'logs', 'main.log'), '1.2.3')
    expect(() => log.write('start-up', new Error('boom'))).not.toThrow()
    expect(existsSync(log.file)).toBe(false)
  })
})
