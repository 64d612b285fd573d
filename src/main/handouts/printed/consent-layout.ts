import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { fontRuns } from '../name-scripts'
import type { Fact } from './printed-content'
import type { PrintedConsent, PrintedSignature } from './printed-consent'
import { HAIRLINE, INK, MUTED, RULE, TINT } from './print-colours'

const MARGINS: [number, number, number, number] = [44, 36, 44, 40]

/** The pdfmake document of a signed consent: the form's sections in order, the plan under the first, both signatures under the last. */
export function consentLayout(consent: PrintedConsent): TDocumentDefinitions {
  return {
    pageSize: consent.paper === 'Letter' ? 'LETTER' : 'A4',
    pageMargins: MARGINS,
    info: { title: consent.fileTitle, author: consent.author },
    defaultStyle: { fontSize: 9.5, lineHeight: 1.15, color: INK },
    styles: {
      clinicName: { fontSize: 11, bold: true },
      clinicDetails: { fontSize: 8, color: MUTED, alignment: 'right' },
      title: { fontSize: 16, bold: true, margin: [0, 10, 0, 0] },
      version: { fontSize: 8, color: MUTED, margin: [0, 1, 0, 6] },
      heading: { fontSize: 11, bold: true, margin: [0, 9, 0, 3] },
      paragraph: { margin: [0, 0, 0, 3] },
      label: { fontSize: 7.5, bold: true, color: MUTED },
      small: { fontSize: 8, color: MUTED }
    },
    footer: (currentPage: number, pageCount: number): Content => ({
      margin: [MARGINS[0], 14, MARGINS[2], 0],
      columns: [
        { text: fontRuns(consent.footer), style: 'small' },
        { text: `${consent.page} ${currentPage} / ${pageCount}`, style: 'small', alignment: 'right' }
      ]
    }),
    content: [
      {
        columnGap: 10,
        columns: [
          { text: consent.clinic.name, style: 'clinicName', width: '*' },
          { text: consent.clinic.details, style: 'clinicDetails', width: 'auto' }
        ]
      },
      { text: consent.title, style: 'title' },
      { text: consent.formVersion, style: 'version' },
      ...consent.sections.flatMap((section) => [
        { text: section.heading, style: 'heading' },
        ...section.paragraphs.map((paragraph): Content => ({ text: paragraph, style: 'paragraph' })),
        ...sectionAdditions(consent, section.id)
      ])
    ]
  }
}

/** What the desk adds to a section of the clinic's words: the plan, the photo choices, the signatures. */
function sectionAdditions(consent: PrintedConsent, id: PrintedConsent['sections'][number]['id']): Content[] {
  switch (id) {
    case 'identity':
      return [factTable(consent.patient, true), subheading(consent.plan.title), factTable(consent.plan.facts, false), screening(consent.screening)]
    case 'photos':
      return [
        {
          margin: [0, 2, 0, 0],
          stack: consent.photoChoices.map((choice): Content => ({
            columns: [
              { width: 14, text: choice.chosen ? '[x]' : '[ ]', bold: choice.chosen },
              { width: '*', text: choice.text, bold: choice.chosen }
            ],
            columnGap: 4,
            margin: [0, 1, 0, 1]
          }))
        }
      ]
    case 'signatures':
      return [signatureBlock(consent.signatures)]
    default:
      return []
  }
}

function subheading(text: string): Content {
  return { text, bold: true, margin: [0, 6, 0, 2] }
}

function factCell({ label, value }: Fact, name: boolean): Content {
  return { stack: [{ text: label, style: 'label' }, { text: name ? fontRuns(value) : value }] }
}

/** Facts two to a row on a tinted ground. */
function factTable(facts: Fact[], namesFirst: boolean): Content {
  const rows: Content[][] = []
  for (let index = 0; index < facts.length; index += 2) {
    const [first, second] = [facts[index], facts[index + 1]]
    if (!first) break
    rows.push([factCell(first, namesFirst && index === 0), second ? factCell(second, false) : { text: '' }])
  }
  return {
    margin: [0, 3, 0, 0],
    table: { widths: ['*', '*'], body: rows },
    layout: {
      fillColor: () => TINT,
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 7,
      paddingRight: () => 7,
      paddingTop: () => 3,
      paddingBottom: () => 2
    }
  }
}

function screening(screened: PrintedConsent['screening']): Content {
  return {
    margin: [0, 6, 0, 0],
    stack: [
      subheading(screened.title),
      { text: [{ text: `${screened.outcome.label} `, style: 'label' }, { text: screened.outcome.value, bold: true }] },
      ...(screened.reasons.length > 0 ? [{ ul: screened.reasons, margin: [0, 2, 0, 0] } as Content] : [])
    ]
  }
}

function signatureBlock(signatures: PrintedConsent['signatures']): Content {
  const signature = (signed: PrintedSignature): Content => ({
    stack: [
      { text: signed.label, style: 'label' },
      { image: `data:image/png;base64,${signed.pngBase64}`, fit: [220, 74], margin: [0, 3, 0, 0] },
      { canvas: [{ type: 'line', x1: 0, y1: 2, x2: 220, y2: 2, lineWidth: 0.6, lineColor: RULE }] },
      { text: fontRuns(signed.name), margin: [0, 2, 0, 0] }
    ]
  })
  return {
    unbreakable: true,
    margin: [0, 6, 0, 0],
    stack: [
      { columns: [signature(signatures.patient), signature(signatures.practitioner)], columnGap: 24 },
      {
        margin: [0, 8, 0, 0],
        table: { widths: ['*'], body: [[{ text: [{ text: `${signatures.signedAt.label} `, style: 'label' }, { text: signatures.signedAt.value, bold: true }] }]] },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0, hLineColor: () => HAIRLINE, paddingTop: () => 4, paddingBottom: () => 2, paddingLeft: () => 0 }
      }
    ]
  }
}
