import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { ClientData } from '@shared/register/client-data'
import { CONCERN_LABELS_IN, LANGUAGE_LABELS_IN } from '@shared/register/vocabulary-labels'
import type { ScreeningAnswers } from '@shared/screening/screening-answers'
import type { ScreeningRecord } from '@shared/screening/screening-record'
import { auditLogWordsIn, auditWordingIn } from '../audit/audit-wording-in'
import { fontRuns } from '../handouts/name-scripts'
import type { ClientDataLanguage } from './client-data-language'

const MUTED = '#52606d'
const dash = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? '—' : String(value)

/** The texts of the questions a screening was asked, by questionnaire version and question id. */
export type QuestionTexts = ReadonlyMap<number, ReadonlyMap<string, string>>

/**
 * A readable PDF of everything held about a person, in the order the JSON gives it, written in
 * their own language (`words`): the person reading it is the client.
 */
export function clientDataDocument(data: ClientData, clinicName: string, words: ClientDataLanguage, questionTexts: QuestionTexts): TDocumentDefinitions {
  const { client } = data
  const { say } = words
  const name = `${client.givenName} ${client.familyName}`
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 44],
    info: { title: say('title', { name }), author: clinicName },
    language: words.locale,
    defaultStyle: { fontSize: 10, lineHeight: 1.1 },
    styles: {
      heading: { fontSize: 13, bold: true, margin: [0, 14, 0, 5] },
      small: { fontSize: 9, color: MUTED }
    },
    footer: (page, pages) => ({ text: `${clinicName} · ${page} / ${pages}`, style: 'small', margin: [40, 14, 40, 0] }),
    content: [
      { text: say('intro'), fontSize: 11, color: MUTED },
      { text: fontRuns(name).map((run) => ({ ...run })), fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      { text: say('prepared', { clinic: clinicName, date: words.instantDate(data.exportedAt), timeZone: words.timeZone }), style: 'small' },
      ...details(data, words),
      ...treatments(data, words),
      ...screenings(data, words, questionTexts),
      ...consents(data, words),
      ...given(data, words),
      ...calls(data, words),
      ...activity(data, words)
    ]
  }
}

function details({ client }: ClientData, words: ClientDataLanguage): Content[] {
  const { say, labels, language } = words
  return [
    { text: say('yourDetails'), style: 'heading' },
    table(
      [say('field'), say('value')],
      [
        [say('givenName'), client.givenName],
        [say('familyName'), client.familyName],
        [labels.dateOfBirth, client.dateOfBirth ? words.date(client.dateOfBirth) : '—'],
        [labels.phone, dash(client.phone)],
        [labels.email, dash(client.email)],
        [say('skinType'), dash(client.skinType)],
        [say('language'), LANGUAGE_LABELS_IN[language][client.language]],
        [say('notes'), dash(client.notes)],
        [say('archived'), client.archived ? say('yes') : say('no')],
        [say('created'), words.instant(client.createdAt)],
        [say('updated'), words.instant(client.updatedAt)]
      ],
      [150, '*']
    )
  ]
}

/** "Practitioner: Dr Ruiz", with the colon the language writes. */
const fact = ({ labels }: ClientDataLanguage, label: string, value: string | number | null | undefined): string => `${label}${labels.colon}${dash(value)}`

function treatments(data: ClientData, words: ClientDataLanguage): Content[] {
  const { say, labels, language } = words
  return listed(
    words,
    'treatments',
    [say('when'), labels.zones, say('details')],
    data.treatments.map((treatment) => [
      `${words.localTime(treatment.performedAt)}\n${treatment.timeZone}`,
      words.zones(treatment.zones).join('\n'),
      [
        fact(words, labels.practitioner, treatment.practitioner),
        fact(words, labels.device, treatment.device),
        fact(words, say('concerns'), treatment.concerns.map((concern) => CONCERN_LABELS_IN[language][concern]).join(', ')),
        fact(words, say('products'), treatment.products),
        fact(words, say('session'), treatment.sessionNumber),
        fact(words, say('notes'), treatment.notes)
      ].join('\n')
    ]),
    [105, 120, '*']
  )
}

function screenings(data: ClientData, words: ClientDataLanguage, questionTexts: QuestionTexts): Content[] {
  const { say, labels } = words
  return listed(
    words,
    'screenings',
    [labels.visit, labels.outcome, say('answers')],
    data.screenings.map((screening) => [
      `${words.localTime(screening.visitAt)}\n${screening.timeZone}\n${say('screenedBy', { name: screening.recordedBy })}`,
      [labels.outcomes[screening.outcome], ...screening.reasons.map((reason) => reason.text)].join('\n'),
      answersInWords(screening, words, questionTexts.get(screening.questionnaireVersion))
    ]),
    [105, '*', 170]
  )
}

/**
 * Each answer that was not "no" or "never", by the question's text as the questionnaire of that
 * visit asked it (its id where the register no longer has that text), then yes or the date.
 */
function answersInWords({ answers }: ScreeningRecord, words: ClientDataLanguage, texts: ReadonlyMap<string, string> | undefined): string {
  const answer = (given: ScreeningAnswers[string]): string =>
    given === true ? words.say('answerYes') : typeof given === 'string' ? words.date(given) : words.say('answerNever')
  return (
    Object.entries(answers)
      .filter(([, given]) => given !== false && given !== null)
      .map(([id, given]) => {
        const question = texts?.get(id) ?? id.replaceAll('_', ' ')
        // A question that ends in its own mark ("…we are treating?") takes no colon before its answer.
        return `${question}${/[?:.]$/.test(question) ? ' ' : words.labels.colon}${answer(given)}`
      })
      .join('\n') || words.say('noToEvery')
  )
}

function consents(data: ClientData, words: ClientDataLanguage): Content[] {
  const { say, labels, language } = words
  const { photoConsent, consents: signed } = data.consents
  const photoChoice = photoConsent ? auditLogWordsIn(language).audit.what.photoConsent[photoConsent] : say('photoNeverAsked')
  const [heading, body] = listed(
    words,
    'consents',
    [say('signed'), say('for'), say('form')],
    signed.map((consent) => [
      `${words.localTime(consent.signedAt)}\n${consent.timeZone}`,
      [words.zones(consent.zones).join(', '), fact(words, labels.device, consent.device), fact(words, labels.practitioner, consent.practitioner)].join('\n'),
      `${say('formVersion', { version: String(consent.formVersion), language: LANGUAGE_LABELS_IN[language][consent.language] })}\nSHA-256 ${consent.sha256.slice(0, 16)}…`
    ]),
    [105, '*', 150]
  )
  return [heading, { text: say('photographs', { choice: photoChoice }) }, body]
}

function given(data: ClientData, words: ClientDataLanguage): Content[] {
  const { say, language } = words
  const languageName = LANGUAGE_LABELS_IN[language]
  return listed(
    words,
    'given',
    [say('when'), say('document'), say('by')],
    [
      ...data.handoutsGiven.map((entry) => {
        const kind = say(`kind.${entry.kind}`)
        return [
          words.instant(entry.producedAt),
          [entry.reprintOf ? say('reprint', { what: kind }) : kind, languageName[entry.language], entry.paper].filter(Boolean).join(', '),
          entry.producedBy
        ]
      }),
      ...data.prepSheetsGiven.map((entry) => [
        words.instant(entry.producedAt),
        `${say(entry.format === 'ics' ? 'prepCalendar' : 'prepSheet', { when: words.localTime(entry.appointmentAt) })}, ${languageName[entry.language]}`,
        entry.producedBy
      ])
    ],
    [105, '*', 110]
  )
}

function calls(data: ClientData, words: ClientDataLanguage): Content[] {
  const { say, language } = words
  const outcomes = auditLogWordsIn(language).recalls.outcome
  const rows = data.recallCalls.map((call) => [words.instant(call.contactedAt), [outcomes[call.outcome ?? 'none'], call.note].filter(Boolean).join('\n'), call.contactedBy])
  return listed(words, 'calls', [say('when'), say('howItWent'), say('by')], rows, [105, '*', 110])
}

function activity(data: ClientData, words: ClientDataLanguage): Content[] {
  const { say } = words
  const describe = auditWordingIn(words.language, words.locale)
  const rows = data.activity.map((entry) => [words.instant(entry.at), describe(entry), entry.actor])
  return listed(words, 'activity', [say('when'), say('action'), say('by')], rows, [105, '*', 110])
}

/** A heading that counts the rows, "Treatments (2)", then their table, or "None recorded." when there are none. */
function listed(
  words: ClientDataLanguage,
  heading: 'treatments' | 'screenings' | 'consents' | 'given' | 'calls' | 'activity',
  header: string[],
  rows: string[][],
  widths: (number | '*')[]
): [Content, Content] {
  return [
    { text: words.say(heading, { count: rows.length }), style: 'heading' },
    rows.length === 0 ? { text: words.say('noneRecorded') } : table(header, rows, widths)
  ]
}

function table(header: string[], rows: string[][], widths: (number | '*')[]): Content {
  return {
    table: {
      headerRows: 1,
      // A table's heading row never stays alone at the foot of a page.
      keepWithHeaderRows: 1,
      widths,
      dontBreakRows: true,
      body: [header.map((text) => ({ text, bold: true })), ...rows.map((row) => row.map((text) => ({ text: fontRuns(text).map((run) => ({ ...run })) })))]
    },
    layout: 'lightHorizontalLines'
  }
}
