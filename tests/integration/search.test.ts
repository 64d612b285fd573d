import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ClientFields } from '../../src/shared/register/client'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'

let register: TempRegister
beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock() })
})
afterEach(() => register.close())

async function add(fields: ClientFields): Promise<string> {
  return (await register.ok('clients.create', fields)).id
}

async function namesFound(query: string, includeArchived = false): Promise<string[]> {
  const found = await register.ok('clients.search', { query, includeArchived })
  return found.map((client) => `${client.givenName} ${client.familyName}`)
}

describe('search folds case and accents in every script', () => {
  beforeEach(async () => {
    await add({ givenName: 'Zoë', familyName: 'Łukasiewicz' })
    await add({ givenName: 'Παναγιώτα', familyName: 'Αποστόλου' })
    await add({ givenName: 'Алёна', familyName: 'Ёлкина' })
    await add({ givenName: 'Ngọc Ánh', familyName: 'Nguyễn' })
    await add({ givenName: 'Søren', familyName: 'Kierkegård' })
    await add({ givenName: 'Ayşe', familyName: 'Çelik' })
    await add({ givenName: 'عائشة', familyName: 'الحسيني' })
    await add({ givenName: 'שָׁרָה', familyName: 'כהן' })
  })

  it.each([
    ['zoe', 'Zoë Łukasiewicz'],
    ['ZOË', 'Zoë Łukasiewicz'],
    ['lukasiewicz', 'Zoë Łukasiewicz'],
    ['łukas', 'Zoë Łukasiewicz'],
    ['ΠΑΝΑΓΙΩΤΑ', 'Παναγιώτα Αποστόλου'],
    ['αποστολου', 'Παναγιώτα Αποστόλου'],
    ['алена', 'Алёна Ёлкина'],
    ['ЕЛКИНА', 'Алёна Ёлкина'],
    ['nguyen', 'Ngọc Ánh Nguyễn'],
    ['anh', 'Ngọc Ánh Nguyễn'],
    ['soren kierkegard', 'Søren Kierkegård'],
    ['ayse celik', 'Ayşe Çelik'],
    ['عائشة', 'عائشة الحسيني'],
    ['שרה', 'שָׁרָה כהן']
  ])('"%s" finds %s', async (query, name) => {
    expect(await namesFound(query)).toEqual([name])
  })

  it('needs every typed word to match', async () => {
    expect(await namesFound('zoe nguyen')).toEqual([])
  })
})

describe('names without spaces between their parts', () => {
  it('finds Chinese, Japanese and Korean names by any part', async () => {
    await add({ givenName: '小明', familyName: '王' })
    await add({ givenName: 'あゆみ', familyName: '児玉' })
    await add({ givenName: '민준', familyName: '김' })
    expect(await namesFound('王')).toEqual(['小明 王'])
    expect(await namesFound('明')).toEqual(['小明 王'])
    expect(await namesFound('ゆみ')).toEqual(['あゆみ 児玉'])
    expect(await namesFound('김')).toEqual(['민준 김'])
    expect(await namesFound('민준')).toEqual(['민준 김'])
  })
})

describe('phone, email and date of birth', () => {
  beforeEach(async () => {
    await add({ givenName: 'Ana', familyName: 'Silva', phone: '+44 7700 900123', email: 'ana.silva@example.com', dateOfBirth: '1985-03-12' })
    await add({ givenName: 'Bea', familyName: 'Jones', phone: '(020) 7946-0958', email: 'bea@clinic.co.uk', dateOfBirth: '1990-12-03' })
  })

  it.each([
    ['7700900123', 'Ana Silva'],
    ['07700 900 123', 'Ana Silva'],
    ['+44-7700-900', 'Ana Silva'],
    ['00447700900123', 'Ana Silva'],
    ['900123', 'Ana Silva'],
    ['020 7946 0958', 'Bea Jones'],
    ['79460958', 'Bea Jones'],
    ['ana.silva@example.com', 'Ana Silva'],
    ['ANA.SILVA@', 'Ana Silva'],
    ['bea@clinic', 'Bea Jones'],
    ['1985-03-12', 'Ana Silva'],
    ['1985-03', 'Ana Silva'],
    ['12/03/1985', 'Ana Silva'],
    ['03.12.1990', 'Bea Jones']
  ])('"%s" finds %s', async (query, name) => {
    expect(await namesFound(query)).toEqual([name])
  })

  it('finds nobody for digits in no number', async () => {
    expect(await namesFound('5555555')).toEqual([])
  })
})

describe('ranking', () => {
  it('puts exact names first, then names that start with the query, then the rest, each by recent activity', async () => {
    await add({ givenName: 'Ann', familyName: 'Other', email: 'smith.family@example.com' }) // matches only by email
    await add({ givenName: 'Anna', familyName: 'Smithson' }) // family name starts with "smith"
    await add({ givenName: 'John', familyName: 'Smith' }) // family name is "smith"
    await add({ givenName: 'Mary', familyName: 'Smith' }) // also exact, and more recent
    expect(await namesFound('smith')).toEqual(['Mary Smith', 'John Smith', 'Anna Smithson', 'Ann Other'])
    expect(await namesFound('john smith')).toEqual(['John Smith'])
  })

  it('puts the most recently active first among equal matches', async () => {
    const older = await add({ givenName: 'Maria', familyName: 'Garcia' })
    await add({ givenName: 'Maria', familyName: 'Lopez' })
    expect(await namesFound('maria')).toEqual(['Maria Lopez', 'Maria Garcia'])
    await register.ok('treatments.create', {
      clientId: older,
      performedAt: '2026-11-20T10:00',
      timeZone: 'UTC',
      zones: [{ zone: 'cheeks', depthMm: 1 }]
    })
    expect(await namesFound('maria')).toEqual(['Maria Garcia', 'Maria Lopez'])
  })

  it('finds a middle name or second family name, after the names that start with the query', async () => {
    await add({ givenName: 'Ana Lucía', familyName: 'García Márquez' })
    await add({ givenName: 'Marquez', familyName: 'Bell' })
    expect(await namesFound('marquez')).toEqual(['Marquez Bell', 'Ana Lucía García Márquez'])
  })

  it('finds hyphenated and apostrophe names typed either way', async () => {
    await add({ givenName: 'Jean-Luc', familyName: "O'Brien" })
    expect(await namesFound('obrien')).toEqual(["Jean-Luc O'Brien"])
    expect(await namesFound("o'brien")).toEqual(["Jean-Luc O'Brien"])
    expect(await namesFound('jean luc')).toEqual(["Jean-Luc O'Brien"])
    expect(await namesFound('luc')).toEqual(["Jean-Luc O'Brien"])
  })
})

describe('archived clients', () => {
  it('are found only when asked for', async () => {
    const id = await add({ givenName: 'Zoë', familyName: 'Archived' })
    await register.ok('clients.setArchived', { id, archived: true })
    expect(await namesFound('zoe')).toEqual([])
    expect(await namesFound('zoe', true)).toEqual(['Zoë Archived'])
  })
})

describe('an empty query', () => {
  it('lists the most recently active clients', async () => {
    await add({ givenName: 'First', familyName: 'Added' })
    await add({ givenName: 'Second', familyName: 'Added' })
    expect(await namesFound('   ')).toEqual(['Second Added', 'First Added'])
  })

  it('honours the limit', async () => {
    for (let i = 0; i < 5; i++) await add({ givenName: 'Same', familyName: 'Name' })
    expect(await register.ok('clients.search', { query: 'same', limit: 3 })).toHaveLength(3)
  })
})

describe('hostile queries', () => {
  it.each(["'; DROP TABLE clients;--", '%', '_', '"', '\\', '\u{10FFFF}', '*'])('"%s" is only text', async (query) => {
    await add({ givenName: 'Ana', familyName: 'Silva' })
    const result = await register.call('clients.search', { query })
    expect(result.ok).toBe(true)
    expect(await namesFound('ana')).toEqual(['Ana Silva'])
  })
})
