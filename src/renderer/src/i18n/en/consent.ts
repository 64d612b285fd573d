export default {
  outcome: {
    clear: 'clear',
    review: 'needs a practitioner’s review',
    defer: 'wait before treating',
    stop: 'do not treat today'
  },
  photo: {
    record: 'Photographs for the clinical record only',
    marketing: 'Photographs for the record, and for the clinic’s marketing without the name',
    no: 'No photographs'
  },
  panel: {
    title: 'Consent',
    sign: 'Sign consent form',
    photos: 'Photographs',
    photosNotAsked: 'not asked yet',
    empty: 'No consent form signed yet. The client signs one before a treatment for today is recorded.',
    signedWhen: 'Signed {date} at {time}',
    version: 'Form version {version}',
    radiofrequency: 'with radiofrequency',
    plain: 'without radiofrequency',
    screening: 'Screening: {outcome}',
    reprint: 'Reprint',
    reprintLabel: 'Reprint the consent form signed {when}'
  },
  step: {
    title: 'Consent',
    valid: 'Signed on {date}: covers this visit until {until}.',
    needed: 'Ask the client to sign the consent form before recording the treatment.'
  },
  sign: {
    title: 'Consent form for {name}',
    loading: 'Getting today’s screening…',
    screenFirst: 'Screen the client for today’s visit first: the consent form shows what the screening found.',
    lead: 'Go through the form with the client, answer their questions and give them time. Check the plan, ask about photographs, then the client signs, then the practitioner.',
    plan: 'Treatment plan',
    device: 'Device',
    noDevice: 'none chosen',
    outcome: 'Screening',
    language: 'Form printed in',
    photos: 'Photographs: the client’s separate choice',
    choosePhotos: 'Ask the client what they agree to about photographs, and choose it.',
    clientSignature: 'Signature of {name}',
    practitionerSignature: 'Practitioner’s signature',
    practitioner: 'Practitioner',
    padHint: 'Sign in the box with the mouse, a finger or a pen.',
    clear: 'Clear',
    clientMustSign: 'The client has not signed yet: ask them to sign in the box.',
    practitionerMustSign: 'The practitioner has not signed yet: sign in the box.',
    namePractitioner: 'Enter the practitioner’s name.',
    submit: 'Sign and print',
    done: 'Consent form signed by {name}'
  }
}
