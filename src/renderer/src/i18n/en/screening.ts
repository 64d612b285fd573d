export default {
  panel: {
    title: 'Screening before the needle',
    intro: 'Ask the screening questions for today’s visit before recording the treatment.',
    start: 'Screen this visit',
    again: 'Screen again',
    backEntered: 'Entered after the visit: no screening is asked, and the treatment is shown as back-entered.',
    notRequired: 'The clinic has turned screening off: the treatment is recorded without one.',
    needsZones: 'Choose the zones first: the screening checks them against earlier treatments.',
    answeredBy: 'Screened by {name} at {time}, questionnaire version {version}',
    notBefore: 'Not before {date}',
    moveVisit: 'Offer the client a date from {date}, and leave without recording.',
    leave: 'Leave without recording',
    review: {
      title: 'A practitioner reviews this visit',
      by: 'Reviewed by',
      reason: 'Why the treatment can go ahead'
    },
    override: {
      title: 'Go ahead anyway',
      explain: 'Only the clinic owner or a doctor can let this visit go ahead, with their name and a written reason.',
      notYours: 'Only the clinic owner or a doctor can let this visit go ahead. Offer the client another date.',
      by: 'Decided by',
      signedIn: 'Decided by {name}, signed in at this desk',
      reason: 'Why the treatment can go ahead (for example, the doctor’s letter)',
      choose: 'I let this visit go ahead'
    }
  },
  outcome: {
    clear: 'Clear to treat',
    review: 'Needs a practitioner’s review',
    defer: 'Wait before treating',
    stop: 'Do not treat today'
  },
  fromRegister: 'From the register',
  dialog: {
    title: 'Screening for {name}',
    askAloud: 'Ask the questions marked “Ask aloud” out loud: clients often tick “no” all the way down.',
    askAloudTag: 'Ask aloud',
    radiofrequency: '{device} uses radiofrequency: its questions are included.',
    yes: 'Yes',
    no: 'No',
    never: 'Never, or over a year ago',
    lastTime: 'Last time',
    unanswered: 'Answer every question: {count} left. | Answer every question: 1 left. | Answer every question: {count} left.',
    check: 'Check the answers',
    cancel: 'Cancel'
  },
  treatment: {
    label: 'Screening',
    backEntered: 'None: entered after the visit, or recorded while screening was off',
    decided: '{outcome}: let through by {name} ({reason})'
  }
}
