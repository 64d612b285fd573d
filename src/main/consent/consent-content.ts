import { formatFullDate, formatFullDateTime } from '@shared/aftercare/format-date'
import { zoneLabel } from '@shared/aftercare/zone-labels'
import type { ClinicSettings, PaperSize } from '@shared/clinic/clinic-settings'
import { PHOTO_CONSENTS, type ConsentForm, type PhotoConsent } from '@shared/consent/consent-form'
import type { Client } from '@shared/register/client'
import { phoneAsWritten } from '@shared/register/phone-numbers'
import type { TreatedZone } from '@shared/register/treatment'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import type { ScreeningRecord } from '@shared/screening/screening-record'
import { fillIn } from '../handouts/printed/handout-labels'
import { patientNames } from '../handouts/printed/patient-names'
import type { PrintedConsent } from '../handouts/printed/printed-consent'
import type { Fact } from '../handouts/printed/printed-content'
import { consentLabelsFor } from './consent-labels'

export interface ConsentSource {
  form: ConsentForm
  formVersion: number
  language: HandoutLanguage
  paper: PaperSize
  client: Client
  clinic: ClinicSettings
  screening: ScreeningRecord
  plan: { device: string | null; radiofrequency: boolean; zones: TreatedZone[] }
  photoConsent: PhotoConsent
  practitioner: string
  signatures: { patient: Uint8Array; practitioner: Uint8Array }
  /** Local date and time of signing. */
  signedAt: string
  /** The same moment in UTC: the PDF's creation date. */
  producedAt: string
}

/** The words, facts and signatures of a signed consent, as printed. */
export function consentContent(source: ConsentSource): PrintedConsent {
  const { form, language, client, clinic, screening, plan } = source
  const labels = consentLabelsFor(language)
  const { patientName, fileNamePatient } = patientNames(client)
  const fact = (label: string, value: string): Fact => ({ label, value })
  const clinicPhone = phoneAsWritten(clinic.phone, clinic.country)
  const contact = [clinicPhone, clinic.email, clinic.website].filter(Boolean).join(' · ')
  const depth = (depthMm: number) => `${depthMm.toLocaleString(labels.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} mm`
  return {
    kind: 'consent',
    language,
    paper: source.paper,
    producedAt: source.producedAt,
    fileNamePatient,
    fileTitle: `${form.title}: ${patientName}`,
    author: clinic.name,
    clinic: { name: clinic.name, details: [clinic.address, contact].filter(Boolean).join('\n') },
    title: form.title,
    formVersion: fillIn(labels.formVersion, { title: form.title, version: String(source.formVersion) }),
    patientName,
    patient: [
      fact(labels.client, patientName),
      fact(labels.dateOfBirth, client.dateOfBirth ? formatFullDate(client.dateOfBirth, labels.locale) : labels.notRecorded),
      fact(labels.phone, phoneAsWritten(client.phone, clinic.country) ?? labels.notRecorded),
      fact(labels.email, client.email ?? labels.notRecorded)
    ],
    plan: {
      title: labels.plan,
      facts: [
        fact(labels.visit, formatFullDateTime(screening.visitAt, labels.locale, { weekday: true })),
        fact(labels.deviceType, plan.radiofrequency ? labels.radiofrequency : labels.plainNeedling),
        fact(labels.device, plan.device ?? labels.notRecorded),
        fact(labels.zones, plan.zones.map((zone) => `${zoneLabel(zone.zone, language)} ${depth(zone.depthMm)}`).join('\n'))
      ]
    },
    screening: {
      title: labels.screening,
      outcome: fact(labels.outcome, labels.outcomes[screening.outcome]),
      reasons: screening.reasons.map((reason) => reason.text)
    },
    sections: form.sections.map((section) => ({
      id: section.id,
      heading: section.heading,
      paragraphs: plan.radiofrequency ? [...section.paragraphs, ...section.radiofrequency] : [...section.paragraphs]
    })),
    photoChoices: PHOTO_CONSENTS.map((choice) => ({ text: form.photoChoices[choice], chosen: choice === source.photoConsent })),
    signatures: {
      patient: { label: labels.patientSignature, name: patientName, pngBase64: Buffer.from(source.signatures.patient).toString('base64') },
      practitioner: { label: labels.practitionerSignature, name: source.practitioner, pngBase64: Buffer.from(source.signatures.practitioner).toString('base64') },
      signedAt: fact(labels.signedAt, formatFullDateTime(source.signedAt, labels.locale, { weekday: true }))
    },
    footer: [clinic.name, clinicPhone].filter(Boolean).join(' · '),
    page: labels.page
  }
}
