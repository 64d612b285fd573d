import type { Generated } from 'kysely'

/** The tables as Kysely sees them. Times are ISO 8601 UTC strings; booleans are 0 or 1. */
export interface Database {
  schema_migrations: SchemaMigrationTable
  clients: ClientTable
  client_search_terms: ClientSearchTermTable
  treatments: TreatmentTable
  treatment_zones: TreatmentZoneTable
  settings: SettingTable
  protocols: ProtocolTable
  handout_log: HandoutLogTable
  audit_log: AuditLogTable
  staff: StaffTable
  questionnaires: QuestionnaireTable
  screenings: ScreeningTable
  consent_forms: ConsentFormTable
  consents: ConsentTable
  prep_sheet_log: PrepSheetLogTable
  recall_windows: RecallWindowTable
  recall_contacts: RecallContactTable
  treatment_choices: TreatmentChoiceTable
  register_changes: RegisterChangesTable
}

export interface SchemaMigrationTable {
  version: number
  name: string
  applied_at: string
}

export interface ClientTable {
  id: string
  given_name: string
  family_name: string
  date_of_birth: string | null
  phone: string | null
  email: string | null
  skin_type: string | null
  language: string
  notes: string
  archived: number
  created_at: string
  updated_at: string
  last_activity_at: string
  /** Folded "given family", for ranking exact and prefix matches. */
  name_fold: string
  /** Folded "family given". */
  name_fold_reversed: string
  /** Raised by every save of the client's details (migration 9). */
  row_version: Generated<number>
  /** The client's latest choice about photographs, from their latest consent; null when never asked (migration 15). */
  photo_consent: 'record' | 'marketing' | 'no' | null
}

/** One searchable word of a client: any prefix of it finds the client. */
export interface ClientSearchTermTable {
  term: string
  client_id: string
}

export interface TreatmentTable {
  id: string
  client_id: string
  performed_at_local: string
  time_zone: string
  performed_at_utc: string
  practitioner: string | null
  device: string | null
  /** JSON array of concern keys. */
  concerns: string
  products: string | null
  notes: string
  session_number: number | null
  created_at: string
  /** The visit's screening (migration 14); null for treatments back-entered, imported, or saved before screening. */
  screening_id: string | null
  /** The outcome for this treatment's own zones and date when it was saved. */
  screening_outcome: 'clear' | 'review' | 'defer' | 'stop' | null
  /** Who confirmed a review or let a stop or defer go ahead, and why. */
  screening_decided_by: string | null
  screening_decision_reason: string | null
}

export interface TreatmentZoneTable {
  treatment_id: string
  position: number
  zone: string
  /** Depth in hundredths of a millimetre, so 0.25 mm is stored exactly as 25. */
  depth_hundredths_mm: number
}

/** One JSON value per key, such as the clinic's details. */
export interface SettingTable {
  key: string
  value: string
}

/** Every saved version of the aftercare protocol; a handout names the version it used. */
export interface ProtocolTable {
  version: number
  /** The protocol as JSON, valid against aftercareProtocolSchema. */
  body: string
  note: string
  created_by: string
  created_at: string
}

export interface HandoutLogTable {
  id: string
  treatment_id: string
  client_id: string
  kind: 'handout' | 'calendar' | 'ics'
  protocol_version: number
  language: string
  paper: 'A4' | 'Letter' | null
  produced_at: string
  produced_by: string
  sha256: string
  /**
   * Entries logged before their content was kept (migration 13): JSON of the client and clinic
   * details as printed, from which their content is rebuilt once. Emptied once it is, and
   * empty for later entries.
   */
  printed_details: string
  reprint_of: string | null
  /** The content as printed (stored-content.ts); on originals only, a reprint prints its original's. */
  content: string | null
  content_sha256: string | null
  layout_version: number | null
  reprint: 'identical' | 'current layout' | null
  /** Why an earlier entry's content could not be rebuilt (it then prints no more); null otherwise. */
  rebuild_refused: string | null
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  actor: string
  action: string
  subject_type: string
  subject_id: string | null
  /** JSON; never personal data. */
  details: string
  /** The signed-in person who did it; null where nobody signs in, and for entries before staff. */
  staff_id: string | null
  /** The computer of the desk it was done at (its host name); null for entries before staff. */
  desk: string | null
}

/** One person of the clinic's staff (migration 12). */
export interface StaffTable {
  id: string
  name: string
  role: 'reception' | 'practitioner' | 'owner'
  /** scrypt, salted: see src/main/staff/pin-hash.ts. */
  pin_hash: string
  active: number
  /** Wrong PINs since the last right one or the last wait. */
  wrong_pins: number
  /** Waits imposed so far: each is twice the one before. */
  waits: number
  /** An instant (ISO, UTC) before which this person cannot sign in; null when free to. */
  waits_until: string | null
  created_at: string
  updated_at: string
  /** 1 for a doctor: with the owner, the only people who may let a stopped visit go ahead (migration 14). */
  doctor: number
}

/** Every saved version of the screening questionnaire (migration 14). */
export interface QuestionnaireTable {
  version: number
  /** The questionnaire as JSON, valid against questionnaireSchema. */
  body: string
  note: string
  created_by: string
  created_at: string
}

/** A visit's screening: the answers given and the outcome they gave (migration 14). */
export interface ScreeningTable {
  id: string
  client_id: string
  visit_at_local: string
  time_zone: string
  device: string | null
  radiofrequency: number
  /** JSON array of zone keys. */
  zones: string
  questionnaire_version: number
  /** JSON: answers by question id. */
  answers: string
  outcome: 'clear' | 'review' | 'defer' | 'stop'
  /** JSON: the reasons, most serious first. */
  reasons: string
  not_before: string | null
  recorded_by: string
  recorded_at: string
}

/** Every saved version of the consent form, all languages in one body (migration 15). */
export interface ConsentFormTable {
  version: number
  /** The forms as JSON, valid against consentFormsSchema. */
  body: string
  note: string
  created_by: string
  created_at: string
}

/** A consent signed on screen, with its PDF's content and hash (migration 15). */
export interface ConsentTable {
  id: string
  client_id: string
  screening_id: string | null
  form_version: number
  language: string
  paper: 'A4' | 'Letter'
  device: string | null
  radiofrequency: number
  /** JSON: the zones planned with their depths. */
  zones: string
  screening_outcome: 'clear' | 'review' | 'defer' | 'stop'
  photo_consent: 'record' | 'marketing' | 'no'
  practitioner: string
  signed_at_local: string
  time_zone: string
  produced_by: string
  produced_at: string
  sha256: string
  content_sha256: string
  layout_version: number
  /** Packed content (stored-content.ts). */
  content: string
}

/** One row: the change mark, raised with every change (migration 10). */
export interface RegisterChangesTable {
  id: number
  mark: number
}

/** A practitioner or device recorded on a treatment, once, with when it was last used. */
export interface TreatmentChoiceTable {
  kind: 'practitioner' | 'device'
  value: string
  last_used_at: string
}

/** A "Before your appointment" sheet or calendar file given to a patient (migration 16). */
export interface PrepSheetLogTable {
  id: string
  client_id: string
  format: 'pdf' | 'ics'
  /** The appointment, local YYYY-MM-DDTHH:MM in `time_zone`. */
  appointment_at_local: string
  time_zone: string
  /** The questionnaire version whose preparation rules it printed. */
  questionnaire_version: number
  language: string
  paper: 'A4' | 'Letter' | null
  produced_at: string
  produced_by: string
  sha256: string
  content_sha256: string
  layout_version: number
  /** The content as printed (stored-content.ts). */
  content: string
}

/** A client's next-session window, from their latest treatment and the protocol in use (migration 17). */
export interface RecallWindowTable {
  client_id: string
  /** The latest treatment, whose deepest zone picked the band. */
  treatment_id: string
  /** Its local YYYY-MM-DDTHH:MM in its own zone. */
  treated_at_local: string
  /** Its instant, ISO UTC: with its id, what says which treatment is the latest. */
  treated_at_utc: string
  deepest_hundredths_mm: number
  /** Local calendar days, YYYY-MM-DD. */
  opens_on: string
  closes_on: string
}

/** A call the desk made about a client's next session (migration 17). */
export interface RecallContactTable {
  id: string
  client_id: string
  /** The treatment whose window the call was about. */
  treatment_id: string
  outcome: 'left_message' | 'booked' | 'declined' | null
  note: string
  contacted_by: string
  contacted_at: string
}
