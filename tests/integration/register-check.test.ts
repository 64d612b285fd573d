import { afterEach, describe, expect, it } from 'vitest'
import { checkOpenRegister } from '../../src/main/safety/register-soundness'
import { setWordsLanguage } from '../../src/shared/words/words-language'
import { openTempRegister, type TempRegister } from '../support/temp-register'

// `check` on an open register, on either engine: what is wrong is said in the desk's language.

let register: TempRegister | undefined
afterEach(async () => {
  setWordsLanguage('en')
  await register?.close()
})

describe('the register check', () => {
  it('says in the desk’s language which clients a search would miss', async () => {
    register = await openTempRegister()
    const ana = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    await register.ok('clients.create', { givenName: 'Bea', familyName: 'Moreau' })
    expect(await checkOpenRegister(register.database)).toMatchObject({ ok: true, clients: 2 })

    await register.database.db.updateTable('clients').set({ name_fold: 'someone else' }).where('id', '=', ana.id).execute()
    setWordsLanguage('es')
    await expect(checkOpenRegister(register.database)).rejects.toThrow(
      `El registro ${register.database.location} tiene problemas: las entradas de búsqueda no coinciden con los datos de 1 de los clientes, ` +
        `así que una búsqueda no los encontraría o los encontraría mal (el primero: ${ana.id}).`
    )
  })
})
