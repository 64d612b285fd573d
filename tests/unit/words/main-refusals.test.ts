import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { explainConnectionFailure } from '../../../src/main/db/postgres/connection-failure'
import { unreadableDateMessage } from '../../../src/main/exchange/read-dates'
import { parseServerAddress } from '../../../src/main/db/postgres/server-address'
import { unprintableNameReason } from '../../../src/main/handouts/name-scripts'
import { writeBackupAside } from '../../../src/main/safety/backup-files'
import { questionnaireSchema } from '../../../src/shared/screening/questionnaire'
import { setWordsLanguage } from '../../../src/shared/words/words-language'
import { deskFileFailure } from '../../../src/main/desk-file-failure'
import { RegisterFileProblem } from '../../../src/main/safety/register-inspection'
import { registerHeldSummary } from '../../../src/main/register-location/server-check'
import { openTempRegister } from '../../support/temp-register'

afterEach(() => setWordsLanguage('en'))

describe("main's refusals", () => {
  it.each([
    ['en', 'This client has no treatment yet, so there is no next session to call about.'],
    ['es', 'Este cliente aún no tiene ningún tratamiento, así que no hay una próxima sesión por la que llamar.'],
    ['fr', 'Ce client n’a encore aucun soin : il n’y a donc pas de prochaine séance pour laquelle le rappeler.'],
    ['de', 'Für diese Kundin bzw. diesen Kunden gibt es noch keine Behandlung, also auch keine nächste Sitzung, für die angerufen werden könnte.']
  ] as const)('come in the desk language, %s: a call about a client with no treatment yet', async (language, message) => {
    const register = await openTempRegister()
    try {
      const client = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
      setWordsLanguage(language)
      expect(await register.call('recalls.recordContact', { clientId: client.id })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message }
      })
    } finally {
      await register.close()
    }
  })

  it.each([
    ['de', 'TT.MM.JJJJ oder JJJJ-MM-TT', 'MM/TT/JJJJ oder JJJJ-MM-TT'],
    ['fr', 'JJ/MM/AAAA ou AAAA-MM-JJ', 'MM/JJ/AAAA ou AAAA-MM-JJ'],
    ['es', 'DD/MM/AAAA o AAAA-MM-DD', 'MM/DD/AAAA o AAAA-MM-DD']
  ] as const)('spell the date orders of an import in the letters of the desk language too, %s', (language, dayFirst, monthFirst) => {
    setWordsLanguage(language)
    expect(unreadableDateMessage('31/02/1990', 'DMY')).toContain(dayFirst)
    expect(unreadableDateMessage('02/31/1990', 'MDY')).toContain(monthFirst)
  })

  it('name a version of a clinic document that is not there, in German', async () => {
    const register = await openTempRegister()
    try {
      setWordsLanguage('de')
      expect(await register.call('protocol.get', { version: 9 })).toMatchObject({
        ok: false,
        error: { code: 'not_found', message: 'Version 9 des Nachsorgeprotokolls ist nicht im Register.' }
      })
    } finally {
      await register.close()
    }
  })

  it('are made when thrown, so a change of language applies at once: a backup to a folder that is gone', async () => {
    const gone = join(tmpdir(), 'aftercare-no-such-folder', 'backup.sqlite3')
    const refusalIn = async (language: 'es' | 'fr' | 'de') => {
      setWordsLanguage(language)
      return writeBackupAside(gone, async () => undefined).catch((error: Error) => error.message)
    }
    expect(await refusalIn('es')).toBe(
      'Esa carpeta ya no está (¿se ha retirado una memoria USB?), así que no se ha hecho ninguna copia de seguridad. Vuelva a elegir la carpeta.'
    )
    expect(await refusalIn('fr')).toBe('Ce dossier n’existe plus (une clé USB retirée ?), aucune sauvegarde n’a donc été faite. Choisissez à nouveau le dossier.')
    expect(await refusalIn('de')).toBe(
      'Dieser Ordner ist nicht mehr vorhanden (USB-Stick entfernt?), daher wurde keine Sicherung erstellt. Bitte wählen Sie den Ordner erneut.'
    )
  })

  it('put their values in, a script named the language way', () => {
    setWordsLanguage('fr')
    expect(unprintableNameReason('สมชาย')).toMatch(/^Les fiches de soins ne peuvent pas encore imprimer les noms écrits en écriture thaï : « สมชาย »/)
    setWordsLanguage('de')
    const address = parseServerAddress('postgres://aftercare@praxis-server/register')
    expect(explainConnectionFailure(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }), address).message).toBe(
      'Im Netzwerk wurde kein Computer namens „praxis-server“ gefunden. Prüfen Sie den Namen des Servers und ob dieser Computer im Netzwerk der Praxis ist. Es wurde nichts geändert.'
    )
  })

  it('and a clinic document’s checks, said when a questionnaire is refused', () => {
    setWordsLanguage('es')
    const messagesFor = (questionnaire: unknown) => questionnaireSchema.safeParse(questionnaire).error?.issues.map((issue) => issue.message)
    expect(messagesFor({ format: 3, name: 'Cuestionario', questions: [] })).toEqual([
      'Este cuestionario está en un formato que esta versión de Aftercare Desk no puede leer (se esperaba el formato 2).'
    ])
    expect(messagesFor({ format: 2, name: 'Cuestionario', questions: [] })).toEqual(['Añada al menos una pregunta.'])
  })

  it('say why a file the desk chose was not saved or used, in the desk language', () => {
    const failed = (code: string) => deskFileFailure(Object.assign(new Error(`${code}: raw`), { code })).message
    setWordsLanguage('es')
    expect(failed('ENOSPC')).toBe('El disco está lleno, así que no se ha guardado el archivo. Libere espacio o elija otro lugar.')
    setWordsLanguage('fr')
    expect(failed('EACCES')).toBe(
      'Ce compte de l’ordinateur n’a pas le droit d’enregistrer des fichiers dans ce dossier, rien n’a donc été enregistré. Choisissez un autre dossier, par exemple Documents.'
    )
    expect(failed('SQLITE_CANTOPEN')).toMatch(/^La sauvegarde n’a pas pu être écrite à cet endroit\./)
    expect(failed('ENOENT')).toMatch(/^Le fichier n’a pas pu être enregistré à cet endroit\./)
    setWordsLanguage('de')
    expect(deskFileFailure(new RegisterFileProblem('Die Datei ist kein Register.')).message).toBe('Die Datei ist kein Register. Ihr aktuelles Register wurde nicht geändert.')
  })

  it.each([
    ['en', 1, "Connected. The server holds the clinic's register, with 1 client."],
    ['en', 12480, "Connected. The server holds the clinic's register, with 12,480 clients."],
    ['fr', 0, 'Connexion établie. Le serveur contient le registre de la clinique, avec 0 client.'],
    ['es', 12480, 'Conectado. El servidor tiene el registro de la clínica, con 12.480 clientes.'],
    ['de', 1, 'Verbunden. Der Server enthält das Register der Praxis mit 1 Kunden.']
  ] as const)("say what a server holds in the desk language and its plural, %s: %i", (language, clients, summary) => {
    setWordsLanguage(language)
    expect(registerHeldSummary(clients)).toBe(summary)
  })

  it('say why an import file gives no clients, in the desk language', async () => {
    const register = await openTempRegister()
    try {
      setWordsLanguage('fr')
      const file = new TextEncoder().encode('couleur,taille\nrouge,grand')
      const report = await register.ok('imports.clientsCsv', { file })
      expect(report.errors).toEqual([
        {
          row: 1,
          messages: [
            'Aucune colonne pour le prénom et le nom de famille n’a été trouvée. Nommez-les dans la ligne d’en-tête ou choisissez-les dans « Quelle colonne contient quoi ».'
          ]
        }
      ])
    } finally {
      await register.close()
    }
  })
})
