import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { ScreeningAnswers } from '@shared/screening/screening-answers'
import { CONCERN_LABELS, LANGUAGE_LABELS, ZONE_LABELS } from '@shared/register/vocabulary'
import type { ClientData } from '@shared/register/client-data'
import { fontRuns } from '../handouts/name-scripts'

const MUTED = '#52606d'
const dash = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? '—' : String(value)

/** A readable PDF of everything held about a person, in the order the JSON gives it. */
export function clientDataDocument(data: ClientData, clinicName: string): TDocumentDefinitions {
  const { client } = data
  const name = `${client.givenName} ${client.familyName}`
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 44],
    info: { title: `Data held about ${name}`, author: clinicName },
    defaultStyle: { fontSize: 10, lineHeight: 1.1 },
    styles: {
      heading: { fontSize: 13, bold: true, margin: [0, 14, 0, 5] },
      small: { fontSize: 9, color: MUTED }
    },
    footer: (page, pages) => ({ text: `${clinicName} · ${page} / ${pages}`, style: 'small', margin: [40, 14, 40, 0] }),
    content: [
      { text: 'Everything we hold about you', fontSize: 11, color: MUTED },
      { text: fontRuns(name).map((run) => ({ ...run })), fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      { text: `Prepared by ${clinicName} on ${data.exportedAt.slice(0, 10)}.`, style: 'small' },
      { text: 'Your details', style: 'heading' },
      table(
        ['Field', 'Value'],
        [
          ['First name', client.givenName],
          ['Family name', client.familyName],
          ['Date of birth', dash(client.dateOfBirth)],
          ['Phone', dash(client.phone)],
          ['Email', dash(client.email)],
          ['Skin type (Fitzpatrick)', dash(client.skinType)],
          ['Handout language', LANGUAGE_LABELS[client.language]],
          ['Notes', dash(client.notes)],
          ['Archived', client.archived ? 'Yes' : 'No'],
          ['Record created', client.createdAt],
          ['Last changed', client.updatedAt]
        ],
        [140, '*']
      ),
      { text: `Treatments (${data.treatments.length})`, style: 'heading' },
      data.treatments.length === 0
        ? { text: 'None recorded.' }
        : table(
            ['When', 'Areas and depth', 'Details'],
            data.treatments.map((treatment) => [
              `${treatment.performedAt.replace('T', ' ')}\n${treatment.timeZone}`,
              treatment.zones.map((zone) => `${ZONE_LABELS[zone.zone]} ${zone.depthMm} mm`).join('\n'),
              [
                `Practitioner: ${dash(treatment.practitioner)}`,
                `Device: ${dash(treatment.device)}`,
                `Concerns: ${treatment.concerns.map((concern) => CONCERN_LABELS[concern]).join(', ') || '—'}`,
                `Products: ${dash(treatment.products)}`,
                `Session: ${dash(treatment.sessionNumber)}`,
                `Notes: ${dash(treatment.notes)}`
              ].join('\n')
            ]),
            [95, 120, '*']
          ),
      { text: `Screenings before treatment (${data.screenings.length})`, style: 'heading' },
      data.screenings.length === 0
        ? { text: 'None recorded.' }
        : table(
            ['Visit', 'Outcome', 'Answers'],
            data.screenings.map((screening) => [
              `${screening.visitAt.replace('T', ' ')}\n${screening.timeZone}\nScreened by ${screening.recordedBy}`,
              [SCREENING_OUTCOME_WORDS[screening.outcome], ...screening.reasons.map((reason) => reason.text)].join('\n'),
              answersInWords(screening.answers)
            ]),
            [95, '*', 150]
          ),
      { text: `Consents signed (${data.consents.consents.length})`, style: 'heading' },
      { text: `Photographs: ${PHOTO_CONSENT_WORDS[data.consents.photoConsent ?? 'never asked']}` },
      data.consents.consents.length === 0
        ? { text: 'None.' }
        : table(
            ['Signed', 'For', 'Form'],
            data.consents.consents.map((consent) => [
              `${consent.signedAt.replace('T', ' ')}\n${consent.timeZone}`,
              [
                consent.zones.map((zone) => `${ZONE_LABELS[zone.zone]} ${zone.depthMm} mm`).join(', '),
                `Device: ${dash(consent.device)}`,
                `Practitioner: ${consent.practitioner}`
              ].join('\n'),
              `Version ${consent.formVersion}, ${LANGUAGE_LABELS[consent.language]}\nSHA-256 ${consent.sha256.slice(0, 16)}…`
            ]),
            [95, '*', 150]
          ),
      { text: `Handouts, schedules and preparation sheets given (${data.handoutsGiven.length + data.prepSheetsGiven.length})`, style: 'heading' },
      data.handoutsGiven.length + data.prepSheetsGiven.length === 0
        ? { text: 'None.' }
        : table(
            ['When', 'What', 'By'],
            [
              ...data.handoutsGiven.map((entry) => [
                entry.producedAt,
                `${entry.kind}${entry.reprintOf ? ' (reprint)' : ''}, ${LANGUAGE_LABELS[entry.language]}${entry.paper ? `, ${entry.paper}` : ''}`,
                entry.producedBy
              ]),
              ...data.prepSheetsGiven.map((entry) => [
                entry.producedAt,
                `Before your appointment of ${entry.appointmentAt.replace('T', ' ')} (${entry.format === 'ics' ? 'calendar file' : 'sheet'}), ${LANGUAGE_LABELS[entry.language]}`,
                entry.producedBy
              ])
            ],
            [130, '*', 120]
          ),
      { text: `Calls about your next session (${data.recallCalls.length})`, style: 'heading' },
      data.recallCalls.length === 0
        ? { text: 'None.' }
        : table(
            ['When', 'How it went', 'By'],
            data.recallCalls.map((call) => [call.contactedAt, [RECALL_OUTCOME_WORDS[call.outcome ?? 'none'], call.note].filter(Boolean).join('\n'), call.contactedBy]),
            [130, '*', 120]
          ),
      { text: `Activity on your record (${data.activity.length})`, style: 'heading' },
      data.activity.length === 0
        ? { text: 'None recorded.' }
        : table(
            ['When', 'What', 'Who'],
            data.activity.map((entry) => [entry.at, `${entry.action} ${entry.subjectType}`, entry.actor]),
            [130, '*', 120]
          )
    ]
  }
}

const PHOTO_CONSENT_WORDS = {
  'never asked': 'never asked',
  record: 'for the clinical record only',
  marketing: 'for the clinical record and for marketing',
  no: 'no photographs'
} as const

const RECALL_OUTCOME_WORDS = { none: 'Called', left_message: 'Left a message', booked: 'Booked', declined: 'Declined' } as const

const SCREENING_OUTCOME_WORDS = { clear: 'Clear to treat', review: 'Reviewed by a practitioner', defer: 'Wait before treating', stop: 'Do not treat' } as const

/** Each answer as the register keeps it: the question's id, then yes, no, a date or never. */
function answersInWords(answers: ScreeningAnswers): string {
  const word = (answer: ScreeningAnswers[string]): string => (answer === true ? 'yes' : answer === false ? 'no' : answer ?? 'never')
  return Object.entries(answers)
    .filter(([, answer]) => answer !== false && answer !== null)
    .map(([id, answer]) => `${id.replaceAll('_', ' ')}: ${word(answer)}`)
    .join('\n') || 'No to every question'
}

function table(header: string[], rows: string[][], widths: (number | '*')[]): Content {
  return {
    table: {
      headerRows: 1,
      widths,
      dontBreakRows: true,
      body: [header.map((text) => ({ text, bold: true })), ...rows.map((row) => row.map((text) => ({ text: fontRuns(text).map((run) => ({ ...run })) })))]
    },
    layout: 'lightHorizontalLines'
  }
}
