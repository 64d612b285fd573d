import { foldForSearch } from '@shared/text/search-fold'
import { CLIENT_IMPORT_FIELDS, type ClientImportField, type ClientImportMapping } from '@shared/register/client-import'
import { HANDOUT_LANGUAGES } from '@shared/register/vocabulary'
import { wordsIn } from '@shared/words/words'
import type { ExportColumnName } from './export-tables'
import { isBlankRow, type TableRow } from './import-table'

// The headers other systems and clinics' own spreadsheets use for each field, in English,
// Spanish, French and German, as headerKey folds them: lower case, no accents, punctuation as
// spaces ("E-Mail" is "e mail", "Téléphone" is "telephone", "N° de téléphone" is "n de telephone").
const HEADER_NAMES: Record<ClientImportField, string[]> = {
  givenName: [
    ...['given name', 'first name', 'firstname', 'forename', 'first', 'given', 'given names', 'first names', 'christian name'],
    ...['nombre', 'nombres', 'nombre de pila'],
    ...['prenom', 'prenoms'],
    ...['vorname', 'vornamen', 'rufname']
  ],
  familyName: [
    ...['family name', 'last name', 'lastname', 'surname', 'last', 'family'],
    ...['apellido', 'apellidos', 'primer apellido'],
    ...['nom', 'nom de famille', 'nom de naissance'],
    ...['nachname', 'familienname', 'zuname']
  ],
  dateOfBirth: [
    ...['date of birth', 'dob', 'd o b', 'birth date', 'birthdate', 'birthday', 'born'],
    ...['fecha de nacimiento', 'fecha nacimiento', 'f nacimiento', 'fecha de nac', 'nacimiento', 'cumpleanos'],
    ...['date de naissance', 'date naissance', 'naissance', 'ne le', 'nee le', 'ne e le', 'ddn', 'anniversaire'],
    ...['geburtsdatum', 'geburtstag', 'geboren', 'geboren am', 'geb datum', 'geb']
  ],
  phone: [
    ...['phone', 'mobile', 'telephone', 'tel', 'phone number', 'mobile phone', 'cell', 'cell phone', 'mobile number', 'telephone number'],
    ...['telefono', 'movil', 'celular', 'telefono movil', 'numero de telefono', 'n de telefono', 'tlf', 'tfno'],
    ...['portable', 'tel portable', 'telephone portable', 'numero de telephone', 'n de telephone'],
    ...['telefon', 'handy', 'mobil', 'mobiltelefon', 'telefonnummer', 'handynummer', 'mobilnummer', 'tel nr', 'telefon nr']
  ],
  email: [
    ...['email', 'e mail', 'email address', 'e mail address', 'mail'],
    ...['correo', 'correo electronico', 'correo e', 'direccion de correo'],
    ...['courriel', 'adresse e mail', 'adresse email', 'adresse mail', 'adresse electronique', 'mel'],
    ...['e mail adresse', 'email adresse', 'mailadresse', 'mail adresse']
  ],
  skinType: [
    ...['skin type', 'fitzpatrick', 'fitzpatrick skin type', 'phototype'],
    ...['tipo de piel', 'fototipo'],
    ...['type de peau'],
    ...['hauttyp', 'fototyp', 'phototyp']
  ],
  language: [
    ...['language', 'lang', 'preferred language', 'handout language'],
    ...['idioma', 'lengua'],
    ...['langue'],
    ...['sprache']
  ],
  notes: [
    ...['notes', 'note', 'comments', 'allergies', 'medical notes', 'remarks'],
    ...['notas', 'observaciones', 'comentarios', 'alergias'],
    ...['remarques', 'commentaires', 'observations'],
    ...['notizen', 'bemerkungen', 'anmerkungen', 'kommentar', 'allergien', 'hinweise']
  ]
}

/** The export's column for each field: its header in every language imports back, whichever language the desk exported in. */
const EXPORT_COLUMN_OF: Record<ClientImportField, ExportColumnName> = {
  givenName: 'given_name',
  familyName: 'family_name',
  dateOfBirth: 'date_of_birth',
  phone: 'phone',
  email: 'email',
  skinType: 'skin_type',
  language: 'language',
  notes: 'notes'
}

const headerKey = (header: string): string => foldForSearch(header).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

const namesOf = (field: ClientImportField): string[] => [
  ...HEADER_NAMES[field],
  ...HANDOUT_LANGUAGES.map((language) => headerKey(wordsIn(language, `export.column.${EXPORT_COLUMN_OF[field]}`)))
]

/** Every name a header may give a field. Made on first use: each language's words are loaded after this module. */
let knownHeaders: Map<string, ClientImportField> | undefined
const knownHeadersMap = (): Map<string, ClientImportField> =>
  // Where two fields use a name, the first field listed has it.
  (knownHeaders ??= new Map(CLIENT_IMPORT_FIELDS.flatMap((field) => namesOf(field).map((name) => [name, field] as const)).reverse()))

/** The field a header names, whatever its case, accents or punctuation; none for a header nobody uses. */
export const fieldOfHeader = (header: string): ClientImportField | undefined => knownHeadersMap().get(headerKey(header))

/** Which column holds which field, guessed from the header row: the first column that names it, each column once. */
export function guessColumnMapping(headers: string[]): ClientImportMapping {
  const mapping: ClientImportMapping = {}
  for (const header of headers) {
    const field = fieldOfHeader(header)
    if (field && !mapping[field]) mapping[field] = header
  }
  return mapping
}

/** How far down a title or a note above the header row may be. */
const HEADER_SEARCH_ROWS = 10

/**
 * The header row: among the first rows with anything in them, the one that names the most
 * fields (so a title above it, such as a merged "Client list" cell, is passed over); where
 * none names a field, the first with two cells or more filled, else the first.
 */
export function findHeaderRow(rows: TableRow[]): TableRow | undefined {
  const candidates = rows.filter((row) => !isBlankRow(row)).slice(0, HEADER_SEARCH_ROWS)
  let best: { row: TableRow; named: number } | undefined
  for (const row of candidates) {
    const named = new Set(row.cells.map(fieldOfHeader).filter(Boolean)).size
    if (named > (best?.named ?? 0)) best = { row, named }
  }
  return best?.row ?? candidates.find((row) => row.cells.filter((cell) => cell.trim() !== '').length > 1) ?? candidates[0]
}
