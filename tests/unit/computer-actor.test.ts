import { hostname, userInfo } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { computerActor } from '../../src/main/audit/actor'
import { setWordsLanguage } from '../../src/shared/words/words-language'

afterEach(() => setWordsLanguage('en'))

describe('the computer as the audit log names it', () => {
  const login = userInfo().username

  it('names the desk and the CLI with their login, at this computer', () => {
    expect(computerActor('desk')).toMatchObject({ name: `Desk (${login})`, staffId: null, desk: hostname() })
    expect(computerActor('it').name).toBe(`IT (${login})`)
  })

  it('words each entry in the desk language of its moment, the same actor throughout', () => {
    const desk = computerActor('desk')
    setWordsLanguage('es')
    expect(desk.name).toBe(`Recepción (${login})`)
    setWordsLanguage('de')
    expect(desk.name).toBe(`Empfang (${login})`)
    expect(computerActor('it').name).toBe(`IT-Betreuung (${login})`)
    setWordsLanguage('fr')
    expect(computerActor('it').name).toBe(`Informatique (${login})`)
  })
})
