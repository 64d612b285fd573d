import type { HandoutTexts } from '../handout-texts'

/**
 * The German handout texts of the default protocol, for Germany (de-DE), addressing the patient
 * as "Sie". The clinic speaks as "wir", which also spares the practitioner a gendered title.
 */
export const DE_TEXTS: HandoutTexts = {
  bands: {
    light: {
      name: 'Leichte Behandlung',
      healing: 'Leichte Behandlungen heilen schnell: Nach 2 bis 3 Tagen sehen die meisten aus wie sonst.'
    },
    medium: {
      name: 'Mittlere Behandlung',
      healing: 'Etwa 2 bis 4 Tage leichte Rötung, danach sieht Ihre Haut meist wieder fast normal aus.'
    },
    deep: {
      name: 'Tiefe Behandlung',
      healing: 'Tiefe Behandlungen brauchen länger: etwa 4 bis 5 Tage Rötung und leichte Schwellung.'
    },
    very_deep: {
      name: 'Sehr tiefe Behandlung',
      healing: 'Geben Sie Ihrer Haut Zeit: Rötung und Schwellung können etwa 5 bis 7 Tage anhalten.'
    }
  },
  about: {
    title: 'Über Ihre Behandlung',
    paragraphs: [
      'Microneedling heißt auch Kollagen-Induktions-Therapie oder Dermaroller-Behandlung.',
      'Ein Stift oder eine Rolle mit sehr feinen, sterilen Nadeln setzt viele winzige Einstiche in die Haut. Beim Heilen bildet die Haut neues Kollagen und Elastin – das hält sie straff und elastisch.',
      'Die Behandlung hat drei Schritte. Zuerst bereiten wir Ihre Haut vor, meist mit einer Betäubungscreme. Dann folgt das Needling: Tiefe und Dichte der Einstiche passen wir an Ihre Haut und die Körperstelle an. Danach erledigt Ihre Haut beim Heilen den Rest.',
      'Die Haut kann sich glatter anfühlen, feine Linien und Falten werden weicher, und Aknenarben, dunkle Flecken und ungleichmäßige Hautfarbe können verblassen – Ihre Haut wirkt frischer. Es ist keine Operation, und meist genügen ein paar ruhige Tage.',
      'Das Ergebnis braucht Zeit. Nach etwa einem Monat ist die Haut meist ganz verheilt, doch neues Kollagen bildet sich noch über Wochen und Monate. Eventuell empfehlen wir Ihnen Auffrischungsbehandlungen, damit das Ergebnis hält.'
    ]
  },
  milestonesTitle: 'Ihr Zeitplan',
  milestones: {
    first_wash: {
      label: 'Erste sanfte Reinigung',
      advice:
        'Zum ersten Mal sanft waschen: lauwarmes Wasser und milder Reiniger ohne Duftstoffe, dann trocken tupfen.'
    },
    makeup_and_sunscreen: {
      label: 'Make-up und Sonnencreme',
      advice:
        'Vorher bitte weder Make-up noch Sonnencreme: Die winzigen Einstiche sind noch offen für Keime und Reizstoffe.'
    },
    sweating_and_heat: {
      label: 'Sport, Sauna und heißes Duschen',
      advice:
        'Bis dahin bitte kein schweißtreibender Sport, keine Sauna, kein Dampfbad und keine heiße Dusche. Schweiß und Hitze können die Poren verstopfen und zu Pickeln oder Infektionen führen.'
    },
    strict_sun_avoidance: {
      label: 'Sonne meiden',
      advice:
        'Keine direkte Sonne und kein Staub im Freien. Wenn Sie hinausmüssen: Hut, bedeckende Kleidung, Schirm und, sobald erlaubt, Sonnencreme mit LSF 30 oder höher.'
    },
    daily_spf: {
      label: 'Täglich Sonnenschutz',
      advice:
        'Tragen Sie jeden Morgen LSF 30 oder höher auf, auch bei bewölktem Himmel. Sonne macht heilende Haut empfindlich und kann dunkle Flecken hinterlassen.'
    },
    acids_and_scrubs: {
      label: 'Säuren, Peelings und alkoholhaltiges Gesichtswasser',
      advice:
        'Bis dahin bitte keine AHA (wie Glykolsäure), BHA (wie Salicylsäure), kein Benzoylperoxid, keine Peelings und kein alkoholhaltiges Gesichtswasser: zu aggressiv für heilende Haut.'
    },
    retinoids: {
      label: 'Retinol und Retinoide',
      advice: 'Pausieren Sie Retinol und andere Retinoid-Cremes bis dahin. Sie sind zu stark für heilende Haut.'
    }
  },
  stagesTitle: 'So heilt Ihre Haut',
  stages: {
    right_after: {
      title: 'Direkt danach',
      whatYouWillSee: 'Die Haut ist empfindlich, gerötet und leicht geschwollen, wie bei einem Sonnenbrand.',
      whatToDo: 'Auf dem Heimweg Sonne meiden: Hut, Schirm oder Schatten.'
    },
    days_1_to_3: {
      title: 'Tag 1 bis 3',
      whatYouWillSee: 'Die Haut kann noch gerötet, gespannt und trocken sein; leichtes Schälen ist normal.',
      whatToDo: 'Halten Sie sie sauber und gepflegt, und folgen Sie unseren Anweisungen.'
    },
    days_4_to_7: {
      title: 'Tag 4 bis 7',
      whatYouWillSee: 'Rötung und Schwellung gehen zurück, die Haut kann aber noch leicht rosa sein.',
      whatToDo: 'Sie können langsam wieder zu milder Pflege zurückkehren. Aggressive Produkte erst ab den Daten in Ihrem Zeitplan.'
    },
    following_weeks: {
      title: 'Die Wochen danach',
      whatYouWillSee: 'Die Rötung verblasst, und Ihre Haut wirkt klarer und glatter.',
      whatToDo: 'Unter der Oberfläche bildet sie weiter neues Kollagen. Schützen Sie sie deshalb weiter vor der Sonne.'
    },
    long_term: {
      title: 'Die Monate danach',
      whatYouWillSee: 'In den nächsten Monaten werden feine Linien weicher, und Ihre Haut fühlt sich besser an.',
      whatToDo: 'Eventuell empfehlen wir Ihnen ab und zu eine Auffrischung, damit das Ergebnis lange hält.'
    }
  },
  nextSession: {
    title: 'Ihre nächste Behandlung',
    advice:
      'Ihre Haut braucht Zeit zum Heilen und für neues Kollagen. Bitte buchen Sie in diesem Zeitraum.'
  },
  course: {
    title: 'Ihre weiteren Behandlungen',
    advice:
      'Das sind die Zeiträume für Ihre restlichen Behandlungen. Die genauen Tage hängen davon ab, wann die jeweils vorherige stattfindet.'
  },
  safeToUse: {
    title: 'Das dürfen Sie verwenden',
    items: [
      'Hyaluronsäure-Serum',
      'Vitamin-C-Serum',
      'Sonnencreme, sobald erlaubt',
      'Peptide',
      'Niacinamid (Vitamin B3)',
      'Aloe-vera-Gel',
      'Ceramide',
      'Vitamin E',
      'Ferulasäure',
      'Wachstumsfaktoren',
      'Antioxidantien'
    ]
  },
  avoid: {
    title: 'Das bitte vorerst weglassen',
    items: [
      'Retinol',
      'Kokosöl: Es kann Poren verstopfen. Besser „nicht komedogen“',
      'AHA (Alpha-Hydroxysäuren)',
      'BHA (Beta-Hydroxysäuren)',
      'Benzoylperoxid',
      'Alkoholhaltige Produkte',
      'Ätherische Öle',
      'Peelings und Scrubs',
      'Parfüm und parfümierte Produkte'
    ]
  },
  tips: {
    title: 'Zehn Tipps für ein schönes Ergebnis',
    items: [
      'Nutzen Sie die Produkte, die wir empfehlen.',
      'Fragen Sie uns nach Vitaminen oder Mineralstoffen, die die Heilung unterstützen.',
      'Pflegen Sie täglich mit einem leichten, nicht komedogenen Gel statt dicker Creme.',
      'Meiden Sie die Sonne und bleiben Sie möglichst drinnen. Draußen: LSF 30+, Haut bedecken.',
      'Keine AHA, BHA, Retinoide und kein Benzoylperoxid vor den Daten in Ihrem Zeitplan.',
      'Waschen Sie sich lauwarm oder kühl.',
      'Kein schweißtreibender Sport: Schweiß kann Pickel oder Infektionen auslösen.',
      'Kein heißes Wasser ins Gesicht, weder beim Waschen noch beim Duschen.',
      'Nicht zupfen, kratzen, reiben oder drücken, auch wenn die Haut schuppt oder juckt.',
      'Trinken Sie viel und essen Sie ausgewogen.'
    ]
  },
  precautions: {
    title: 'Bitte beachten Sie',
    items: [
      'Halten Sie sich an die schriftlichen Anweisungen, die Sie von uns bekommen.',
      'Fragen Sie uns, bevor Sie Ibuprofen oder andere Schmerzmittel nehmen: Manche können die Heilung verlangsamen.',
      'Mindestens in den ersten 24 Stunden kein Make-up und keine Sonnencreme auftragen.'
    ]
  },
  callTheClinic: {
    title: 'Wann Sie uns anrufen sollten',
    intro: 'Rufen Sie uns sofort an, wenn Sie eines dieser möglichen Infektionszeichen bemerken:',
    signs: [
      'Schmerzen, die stärker werden',
      'Eiter oder gelbliche Flüssigkeit aus der Haut',
      'Fieber',
      'Rötung oder Schwellung, die sich nach den ersten 48 Stunden ausbreitet oder zunimmt'
    ]
  },
  questions: {
    title: 'Häufige Fragen',
    items: [
      {
        question: 'Wann darf ich mein Gesicht waschen?',
        answer: 'Nach etwa 4 bis 6 Stunden (siehe Zeitplan), sanft und mit mildem Reiniger ohne Duftstoffe.'
      },
      {
        question: 'Wie werde ich abgestorbene Haut los?',
        answer: 'Sie löst sich von selbst; milder Reiniger und Feuchtigkeitspflege helfen. Bitte keine Peelings.'
      },
      {
        question: 'Was tun bei Pickeln?',
        answer:
          'Nicht mit bloßen Händen berühren. Bleiben Sie bei einer milden Pflege, die die Poren nicht verstopft, und rufen Sie uns an.'
      },
      {
        question: 'Was darf ich auftragen?',
        answer: 'Ein beruhigendes, leichtes Feuchtigkeitsgel, das die Poren nicht verstopft, und alles, was wir Ihnen empfohlen haben.'
      },
      {
        question: 'Brauche ich wirklich Sonnenschutz?',
        answer: 'Ja. Ab dem Zeitpunkt im Zeitplan täglich LSF 30 oder höher, gegen Sonnenbrand und dunkle Flecken.'
      }
    ]
  }
}
