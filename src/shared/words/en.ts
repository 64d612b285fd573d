/**
 * The words the desk reads that do not live in the renderer's message files: the shared
 * schemas' refusals, main's typed errors, the CLI's lines and the export's column headers.
 * English is the source: es.ts, fr.ts and de.ts hold the same ids. `{name}` is a value put in
 * when the words are said; numbers are written the language's way (1,5 in es, fr and de).
 */
export const EN_WORDS = {
  // Client details (src/shared/register/client.ts, field-rules.ts)
  'client.givenName.missing': "Enter the client's first name.",
  'client.givenName.tooLong': 'The first name can be at most {max} characters.',
  'client.givenName.notAName': 'The first name can only contain letters, spaces, hyphens, apostrophes and full stops.',
  'client.familyName.missing': "Enter the client's family name.",
  'client.familyName.tooLong': 'The family name can be at most {max} characters.',
  'client.familyName.notAName': 'The family name can only contain letters, spaces, hyphens, apostrophes and full stops.',
  'client.dateOfBirth.format': 'Enter the date of birth as YYYY-MM-DD, for example 1985-03-27.',
  'client.dateOfBirth.notReal': "That date of birth doesn't exist: check the day and month.",
  'client.dateOfBirth.future': "The date of birth can't be in the future.",
  'client.dateOfBirth.before1900': 'Check the year of birth: it is before 1900.',
  'client.phone.invalid': 'Enter a phone number of 6 to 20 digits; spaces, dashes, brackets and a leading + are fine.',
  'client.email.tooLong': 'That email address is too long.',
  'client.email.invalid': 'Enter an email address like name@example.com.',
  'client.skinType.invalid': 'Skin type must be one of I, II, III, IV, V or VI.',
  'client.language.invalid': 'Handouts can be printed in English, Spanish, French or German.',
  'field.notes.tooLong': 'Notes can be at most {max} characters.',
  'field.practitioner.tooLong': 'The practitioner name can be at most {max} characters.',
  'field.device.tooLong': 'The device name can be at most {max} characters.',
  'field.products.tooLong': 'Products can be at most {max} characters.',
  'id.client.missing': 'A client id is needed.',
  'id.client.invalid': "That isn't a client id: it should be 26 letters and digits.",
  'id.treatment.missing': 'A treatment id is needed.',
  'id.treatment.invalid': "That isn't a treatment id: it should be 26 letters and digits.",
  'id.screening.missing': 'A screening id is needed.',
  'id.screening.invalid': "That isn't a screening id: it should be 26 letters and digits.",
  'id.consent.missing': 'A consent id is needed.',
  'id.consent.invalid': "That isn't a consent id: it should be 26 letters and digits.",
  'id.handout.missing': 'A handout id is needed.',
  'id.handout.invalid': "That isn't a handout id: it should be 26 letters and digits.",

  // Treatments (src/shared/register/treatment.ts)
  'treatment.depth.missing': 'Enter the needle depth in millimetres, for example {example}.',
  'treatment.depth.tooShallow': 'The needle depth must be at least {min} mm.',
  'treatment.depth.tooDeep': 'The needle depth can be at most {max} mm.',
  'treatment.depth.decimals': 'The needle depth can have at most two decimals, like {example}.',
  'treatment.zone.invalid': 'Choose a treatment zone from the list.',
  'treatment.performedAt.missing': 'Enter the date and time of the treatment.',
  'treatment.performedAt.notReal': 'Enter a real treatment date and time, for example 2026-11-30T14:30.',
  'treatment.performedAt.future': "A treatment can't be recorded for a future date.",
  'treatment.timeZone.unknown': 'That time zone is not known, for example Europe/London.',
  'treatment.concerns.invalid': 'Choose the concerns from the list.',
  'treatment.zones.none': 'Add at least one zone with its needle depth.',
  'treatment.zones.twice': 'Each zone can be listed once: change the depth on the existing row instead.',
  'treatment.screening.unknown': 'That is not a screening of this register.',
  'treatment.session.whole': 'The session number must be a whole number.',
  'treatment.session.tooLow': 'The session number starts at 1.',
  'treatment.session.tooHigh': 'The session number can be at most {max}.',

  // Clinic settings (src/shared/clinic/clinic-settings.ts)
  'clinic.listedName.missing': 'Enter a name.',
  'clinic.listedName.tooLong': 'A name can be at most {max} characters.',
  'clinic.practitioners.tooMany': 'Keep at most {max} practitioners.',
  'clinic.practitioners.twice': 'Each of the practitioners can be listed once.',
  'clinic.devices.tooMany': 'Keep at most {max} devices.',
  'clinic.devices.twice': 'Each of the devices can be listed once.',
  'clinic.name.missing': 'Enter the clinic name.',
  'clinic.name.tooLong': 'The clinic name can be at most {max} characters.',
  'clinic.address.tooLong': 'The address can be at most {max} characters.',
  'clinic.website.tooLong': 'The website can be at most {max} characters.',
  'clinic.paper.invalid': 'Paper size must be A4 or Letter.',
  'clinic.deskUsers.tooMany': 'Keep at most {max} desk users.',
  'clinic.screeningRequired.missing': 'Say whether treatments need a screening.',
  'clinic.consentMonths.missing': 'Enter how many months a signed consent lasts.',
  'clinic.consentMonths.whole': 'Enter a whole number of months.',
  'clinic.consentMonths.tooFew': 'A consent lasts at least 1 month.',
  'clinic.consentMonths.tooMany': 'A consent can last at most {max} months.',
  'clinic.logo.invalid': 'Set the logo with a logo file.',

  // Staff and signing in (src/shared/staff/)
  'staff.person.choose': 'Choose a person from the staff list.',
  'staff.name.missing': 'Enter the person’s name.',
  'staff.name.tooLong': 'A name can be at most {max} characters.',
  'staff.pin.missing': 'Enter a PIN of 4 to 8 digits.',
  'staff.pin.format': 'A PIN is 4 to 8 digits, numbers only.',
  'staff.role.invalid': 'Choose reception, practitioner or owner.',
  'staff.doctor.missing': 'Say whether this person is a doctor.',
  'signIn.pin.missing': 'Enter your PIN.',
  'signIn.pin.tooLong': 'A PIN is 4 to 8 digits.',
  'signIn.pin.wrong': 'That PIN is not right.',
  'signIn.pin.wrongTriesLeft.one': 'That PIN is not right. 1 try left before a wait.',
  'signIn.pin.wrongTriesLeft.other': 'That PIN is not right. {count} tries left before a wait.',
  'signIn.tooManyWrong.one': 'Too many wrong PINs for {name}. Try again in 1 second, or ask the clinic owner to set a new PIN.',
  'signIn.tooManyWrong.other':
    'Too many wrong PINs for {name}. Try again in {count} seconds, or ask the clinic owner to set a new PIN.',
  'signIn.inactive': '{name} can no longer sign in. The clinic owner can make them active again.',
  'signIn.noOwner': 'Add the owner to the staff, with a PIN, before staff sign in.',
  'access.ownerOnly': 'Only the clinic owner can do this.',
  'access.signInFirst': 'The desk is locked: sign in to go on.',
  'access.setUpFirst': 'Say first who works at this clinic: create the owner, or choose that one person works here.',
  'access.alreadySetUp': 'This clinic has already said who works here. The owner can change it in Settings → Staff.',

  // Every call (src/main/api/)
  'call.unexpected':
    'Something went wrong and nothing was changed. Please try again; if it keeps happening, contact your IT support.',
  'call.notAllowed': 'The app asked for something it is not allowed to do.',
  'call.unreadable': 'The app sent something that could not be read. Nothing was changed.',
  'register.clientMissing': 'No client with id {id} is in the register.',
  'register.treatmentMissing': 'No treatment with id {id} is in the register.',
  'register.staleEdit.by': 'Changed at another desk by {actor} at {when}.',
  'register.staleEdit.meanwhile': 'Changed at another desk meanwhile.',
  'register.staleEdit.nothingSaved':
    'Nothing was saved: your changes are still in the form. Compare them with the details saved there, then save again.',

  // The register's engines (src/main/db/)
  'sqlite.busy': 'The register is busy in another program. Nothing was changed; please try again in a moment.',
  'sqlite.diskFull': 'The disk is full, so nothing was saved. Free some space, then try again.',
  'sqlite.readOnly':
    "The register is read-only on this computer, so nothing was saved. Ask your IT support to let your account change the register's folder, then restart Aftercare Desk.",
  'sqlite.ioFailure':
    'The register could not be written to the disk, so nothing was saved. The disk may be full, removed or failing: free some space or check the disk, then try again.',
  'sqlite.damaged':
    'The register looks damaged, so nothing was saved. Close Aftercare Desk and ask your IT support to check it and restore the latest good backup.',
  'server.lostWhileSaving':
    "The connection to the clinic's server was lost just as this was being saved, so it may or may not have been saved. Look for it first (open the client again) before saving it again, so it is not saved twice.",
  'server.unreachable':
    "The clinic's server cannot be reached, so nothing was saved. What you typed is kept: try again in a moment. If it goes on, check the network cable or ask your IT support whether the server is running.",
  'server.busy': 'Another desk was saving the same thing at the same moment. Nothing was changed; please try again.',
  'server.diskFull': "The clinic's server has run out of disk space, so nothing was saved. Ask your IT support to free some space.",
  'server.readOnly':
    "The clinic's server lets this desk read the register but not change it, so nothing was saved. Ask your IT support to check the register's user rights.",

  // The admin CLI's own lines (src/main/cli/)
  'cli.dbNeedsValue': '--db needs a register file or a postgres:// address.',
  'cli.asNeedsValue': '--as needs the name of a person on the staff, e.g. --as "Maria Lopez".',
  'cli.langNeedsValue': '--lang needs one of: {languages}.',
  'cli.unknownOption': 'Unknown option {option}. Run with --help to see the commands.',
  'cli.unknownCommand': 'Unknown command "{command}". Run with --help to see the commands.',
  'cli.badArguments': '{reason} Usage: {usage}',
  'cli.couldNotRead': 'Could not read {file}.',
  'cli.couldNotSave': 'Could not save {file}: {reason}',
  'cli.exportWhat': 'Say what to export: --clients FILE.xlsx or --treatments FILE.csv (a workbook or a CSV file, by its extension).',
  'cli.exportExtension': 'Name the file {file} with .xlsx (an Excel workbook) or .csv at the end.',
  'cli.importWhich': 'Say which file to import, e.g. --clients old-system.csv or --clients clients.xlsx.',

  // The export's column headers and sheet names (src/main/exchange/export-tables.ts)
  'export.clients.title': 'Clients',
  'export.treatments.title': 'Treatments',
  'export.column.id': 'id',
  'export.column.given_name': 'given_name',
  'export.column.family_name': 'family_name',
  'export.column.date_of_birth': 'date_of_birth',
  'export.column.phone': 'phone',
  'export.column.email': 'email',
  'export.column.skin_type': 'skin_type',
  'export.column.language': 'language',
  'export.column.notes': 'notes',
  'export.column.archived': 'archived',
  'export.column.created_at': 'created_at',
  'export.column.updated_at': 'updated_at',
  'export.column.client_id': 'client_id',
  'export.column.client_given_name': 'client_given_name',
  'export.column.client_family_name': 'client_family_name',
  'export.column.performed_at': 'performed_at',
  'export.column.time_zone': 'time_zone',
  'export.column.zones_mm': 'zones_mm',
  'export.column.deepest_mm': 'deepest_mm',
  'export.column.practitioner': 'practitioner',
  'export.column.device': 'device',
  'export.column.concerns': 'concerns',
  'export.column.products': 'products',
  'export.column.session_number': 'session_number',
  'deskAccess.signIn.invalid': 'Choose whether staff sign in.',
  'deskAccess.minutes.whole': 'Enter the minutes as a whole number from 1 to 60.',
  'deskAccess.minutes.tooFew': 'Lock after at least 1 minute.',
  'deskAccess.minutes.tooMany': 'Lock after at most 60 minutes.',
  'deskAccess.setUp.choose': 'Create the owner, or say that one person works here.'
} as const

export type WordId = keyof typeof EN_WORDS
/** A language's words: every id, none left out (the compiler checks; tests/unit/words.test.ts checks the rest). */
export type Words = Record<WordId, string>
