import type { ConsentForm, ConsentForms } from './consent-form'

/**
 * The consent form shipped with the app, for microneedling with or without radiofrequency,
 * in the four handout languages (formal address in Spanish, French and German). A starting
 * point: the clinic's medical lead should read it and adapt it before the first signature.
 */

const en: ConsentForm = {
  title: 'Consent to microneedling treatment',
  sections: [
    {
      id: 'identity',
      heading: 'You and your treatment plan',
      paragraphs: [
        'This form is about the treatment planned for you, shown below: the areas, the needle depth and the device. If anything in the plan is not what you agreed with your practitioner, say so before you sign.'
      ],
      radiofrequency: []
    },
    {
      id: 'procedure',
      heading: 'What the treatment is and what to expect',
      paragraphs: [
        'Microneedling uses a device with many very fine needles to make tiny, controlled openings in the skin. The skin repairs them, and over the following months this can improve its texture, fine lines, scars and pores.',
        'Most people have a course of treatments, usually three to six, about three to six weeks apart. Changes appear gradually, over several months.',
        'For one to three days afterwards the skin is usually red and feels warm or tight, rather like mild sunburn.',
        'Skin responds differently from one person to the next. No particular result, and no result at all, can be promised.'
      ],
      radiofrequency: [
        'With radiofrequency microneedling, the needle tips also deliver controlled heat into the deeper layers of the skin. The heat strengthens the repair, and the skin may feel hotter and stay red for longer than after plain microneedling.'
      ]
    },
    {
      id: 'risks',
      heading: 'Possible risks and side effects',
      paragraphs: [
        'Common and usually gone within days: redness, swelling, tenderness, small spots of bleeding, bruising, dryness or flaking, a rash or itching.',
        'Less common: marks in the pattern of the needles (track marks), spots or breakouts, infection, and a flare-up of cold sores in people who have had them before.',
        'An allergic reaction to a numbing cream or to a product applied to the skin. Very rarely, too much numbing cream can cause a toxic reaction to the anaesthetic (lidocaine).',
        'Rare but possibly lasting: darker or lighter patches of skin, which are more likely in darker skin; small firm lumps under the skin (granulomas); and scarring.'
      ],
      radiofrequency: [
        'With radiofrequency: burns or blisters from the heat, and, rarely, small dents where the fat under the skin was affected.',
        'Radiofrequency is not used on anyone with a pacemaker or another implanted electronic device, or with metal implants in the area treated.'
      ]
    },
    {
      id: 'alternatives',
      heading: 'Other options',
      paragraphs: [
        'You do not have to have this treatment: choosing no treatment is always possible.',
        'Other treatments can address the same concerns, for example chemical peels, laser or light treatments, prescription skin creams, or injectable treatments. Your practitioner can explain what each involves.'
      ],
      radiofrequency: []
    },
    {
      id: 'history',
      heading: 'Your medical history',
      paragraphs: [
        'I have told the clinic about my health, every medicine I take (including those bought without a prescription), my supplements, my allergies and any recent treatment of my skin. To the best of my knowledge, what I said is complete and true.',
        'Before each later session I will tell the clinic about anything that has changed, such as a new medicine, a pregnancy, a cold sore or a skin treatment elsewhere.'
      ],
      radiofrequency: []
    },
    {
      id: 'aftercare',
      heading: 'Looking after your skin afterwards',
      paragraphs: [
        'I have been given aftercare advice and I agree to follow it. I understand that not following it makes side effects more likely and can affect the result.',
        'I will contact the clinic straight away if I notice signs of infection, such as pain, heat or swelling that gets worse, or pus.'
      ],
      radiofrequency: []
    },
    {
      id: 'photos',
      heading: 'Photographs',
      paragraphs: [
        'The clinic may photograph the treated areas before and after treatment. Photographs are kept with your record as confidential health information.',
        'This choice is separate from your consent to treatment and does not change your treatment. You may change it at any time by telling the clinic.'
      ],
      radiofrequency: []
    },
    {
      id: 'decision',
      heading: 'Your decision',
      paragraphs: [
        'I have read this form, or had it read to me, and I understand it. I was able to ask questions, and they were answered to my satisfaction.',
        'I have had enough time to think about my decision.',
        'I give my consent freely. I know I can withdraw it at any time, including before any later session.'
      ],
      radiofrequency: []
    },
    {
      id: 'signatures',
      heading: 'Signatures',
      paragraphs: [
        'By signing, the client consents to the treatment described in this form.',
        'By signing, the practitioner confirms that they explained the treatment, its risks and the other options, and answered the client’s questions.'
      ],
      radiofrequency: []
    }
  ],
  photoChoices: {
    record: 'Yes, for my clinical record only.',
    marketing: 'Yes, for my clinical record, and the clinic may also use them, without my name, to show its work.',
    no: 'No photographs.'
  }
}

const es: ConsentForm = {
  title: 'Consentimiento para el tratamiento de microagujas',
  sections: [
    {
      id: 'identity',
      heading: 'Usted y su plan de tratamiento',
      paragraphs: [
        'Este documento se refiere al tratamiento previsto para usted, que figura a continuación: las zonas, la profundidad de las agujas y el equipo. Si algo del plan no coincide con lo acordado con su profesional, indíquelo antes de firmar.'
      ],
      radiofrequency: []
    },
    {
      id: 'procedure',
      heading: 'En qué consiste el tratamiento y qué puede esperar',
      paragraphs: [
        'El tratamiento de microagujas utiliza un equipo con numerosas agujas muy finas que realizan pequeñas aberturas controladas en la piel. La piel las repara y, en los meses siguientes, esto puede mejorar su textura, las líneas finas, las cicatrices y los poros.',
        'La mayoría de las personas realiza una serie de sesiones, normalmente entre tres y seis, con unas tres a seis semanas de intervalo. Los cambios aparecen de forma progresiva a lo largo de varios meses.',
        'Durante uno a tres días después de la sesión, la piel suele estar enrojecida y se nota caliente o tirante, como tras una quemadura solar leve.',
        'Cada piel responde de manera distinta. No se puede garantizar un resultado concreto, ni ningún resultado.'
      ],
      radiofrequency: [
        'En el tratamiento de microagujas con radiofrecuencia, las puntas de las agujas aplican además un calor controlado en las capas profundas de la piel. El calor refuerza la reparación, y la piel puede notarse más caliente y permanecer enrojecida más tiempo que tras el tratamiento sin radiofrecuencia.'
      ]
    },
    {
      id: 'risks',
      heading: 'Posibles riesgos y efectos secundarios',
      paragraphs: [
        'Frecuentes y por lo general pasajeros: enrojecimiento, hinchazón, sensibilidad, pequeños puntos de sangrado, hematomas, sequedad o descamación, erupción o picor.',
        'Menos frecuentes: marcas con la forma del recorrido de las agujas, granos o brotes, infección y reaparición del herpes labial en personas que ya lo han padecido.',
        'Reacción alérgica a una crema anestésica o a un producto aplicado sobre la piel. Muy raramente, un exceso de crema anestésica puede provocar una reacción tóxica al anestésico (lidocaína).',
        'Raros, pero posiblemente duraderos: manchas más oscuras o más claras, más probables en pieles oscuras; pequeños nódulos bajo la piel (granulomas); y cicatrices.'
      ],
      radiofrequency: [
        'Con radiofrecuencia: quemaduras o ampollas por el calor y, en raras ocasiones, pequeñas depresiones si se ve afectada la grasa bajo la piel.',
        'La radiofrecuencia no se aplica a personas con marcapasos u otro dispositivo electrónico implantado, ni sobre implantes metálicos en la zona tratada.'
      ]
    },
    {
      id: 'alternatives',
      heading: 'Otras opciones',
      paragraphs: [
        'No está obligado u obligada a realizar este tratamiento: siempre puede decidir no tratarse.',
        'Existen otros tratamientos para las mismas inquietudes, por ejemplo peelings químicos, tratamientos con láser o luz, cremas con receta médica o tratamientos inyectables. Su profesional puede explicarle en qué consiste cada uno.'
      ],
      radiofrequency: []
    },
    {
      id: 'history',
      heading: 'Sus antecedentes médicos',
      paragraphs: [
        'He informado a la clínica sobre mi estado de salud, todos los medicamentos que tomo (incluidos los que no requieren receta), los suplementos, mis alergias y cualquier tratamiento reciente de la piel. Según mi leal saber y entender, la información facilitada es completa y veraz.',
        'Antes de cada sesión posterior informaré a la clínica de cualquier cambio, como un medicamento nuevo, un embarazo, un herpes labial o un tratamiento de la piel realizado en otro lugar.'
      ],
      radiofrequency: []
    },
    {
      id: 'aftercare',
      heading: 'El cuidado de su piel después del tratamiento',
      paragraphs: [
        'He recibido las indicaciones de cuidados posteriores y me comprometo a seguirlas. Entiendo que no seguirlas aumenta la probabilidad de efectos secundarios y puede afectar al resultado.',
        'Me pondré en contacto con la clínica de inmediato si observo signos de infección, como dolor, calor o hinchazón que empeoran, o pus.'
      ],
      radiofrequency: []
    },
    {
      id: 'photos',
      heading: 'Fotografías',
      paragraphs: [
        'La clínica puede fotografiar las zonas tratadas antes y después del tratamiento. Las fotografías se conservan en su historial como información de salud confidencial.',
        'Esta elección es independiente de su consentimiento al tratamiento y no modifica el tratamiento. Puede cambiarla en cualquier momento comunicándolo a la clínica.'
      ],
      radiofrequency: []
    },
    {
      id: 'decision',
      heading: 'Su decisión',
      paragraphs: [
        'He leído este documento, o me lo han leído, y lo comprendo. He podido hacer preguntas y se me han respondido de forma satisfactoria.',
        'He dispuesto de tiempo suficiente para reflexionar sobre mi decisión.',
        'Doy mi consentimiento libremente. Sé que puedo retirarlo en cualquier momento, también antes de cualquier sesión posterior.'
      ],
      radiofrequency: []
    },
    {
      id: 'signatures',
      heading: 'Firmas',
      paragraphs: [
        'Con su firma, el o la cliente da su consentimiento al tratamiento descrito en este documento.',
        'Con su firma, el o la profesional confirma que ha explicado el tratamiento, sus riesgos y las demás opciones, y que ha respondido a las preguntas del o de la cliente.'
      ],
      radiofrequency: []
    }
  ],
  photoChoices: {
    record: 'Sí, únicamente para mi historial clínico.',
    marketing: 'Sí, para mi historial clínico, y la clínica también puede utilizarlas, sin mi nombre, para mostrar su trabajo.',
    no: 'No autorizo fotografías.'
  }
}

const fr: ConsentForm = {
  title: 'Consentement au traitement par microneedling',
  sections: [
    {
      id: 'identity',
      heading: 'Vous et votre plan de traitement',
      paragraphs: [
        'Ce formulaire porte sur le traitement prévu pour vous, indiqué ci-dessous : les zones, la profondeur des aiguilles et l’appareil. Si un élément ne correspond pas à ce que vous avez convenu avec votre praticien, veuillez le signaler avant de signer.'
      ],
      radiofrequency: []
    },
    {
      id: 'procedure',
      heading: 'En quoi consiste le traitement et à quoi vous attendre',
      paragraphs: [
        'Le microneedling utilise un appareil muni de nombreuses aiguilles très fines qui créent de minuscules ouvertures contrôlées dans la peau. La peau les répare, ce qui peut améliorer, au fil des mois, sa texture, les ridules, les cicatrices et les pores.',
        'La plupart des personnes suivent une série de séances, généralement de trois à six, espacées d’environ trois à six semaines. Les changements apparaissent progressivement, sur plusieurs mois.',
        'Pendant un à trois jours après la séance, la peau est généralement rouge et paraît chaude ou tendue, un peu comme après un léger coup de soleil.',
        'Chaque peau réagit différemment. Aucun résultat précis, ni même aucun résultat, ne peut être garanti.'
      ],
      radiofrequency: [
        'Avec le microneedling par radiofréquence, la pointe des aiguilles diffuse en plus une chaleur contrôlée dans les couches profondes de la peau. Cette chaleur renforce la réparation ; la peau peut paraître plus chaude et rester rouge plus longtemps qu’après un microneedling simple.'
      ]
    },
    {
      id: 'risks',
      heading: 'Risques et effets indésirables possibles',
      paragraphs: [
        'Fréquents et le plus souvent passagers : rougeurs, gonflement, sensibilité, petits points de saignement, ecchymoses, sécheresse ou desquamation, éruption ou démangeaisons.',
        'Moins fréquents : marques reproduisant le tracé des aiguilles, boutons ou poussée d’acné, infection, et réapparition d’un herpès labial chez les personnes qui en ont déjà eu.',
        'Réaction allergique à une crème anesthésiante ou à un produit appliqué sur la peau. Très rarement, une quantité excessive de crème anesthésiante peut provoquer une réaction toxique à l’anesthésique (lidocaïne).',
        'Rares mais parfois durables : taches plus foncées ou plus claires, plus probables sur les peaux foncées ; petits nodules fermes sous la peau (granulomes) ; cicatrices.'
      ],
      radiofrequency: [
        'Avec la radiofréquence : brûlures ou cloques dues à la chaleur et, rarement, petits creux lorsque la graisse sous la peau est touchée.',
        'La radiofréquence n’est pas utilisée chez les personnes porteuses d’un stimulateur cardiaque ou d’un autre dispositif électronique implanté, ni sur des implants métalliques situés dans la zone traitée.'
      ]
    },
    {
      id: 'alternatives',
      heading: 'Autres possibilités',
      paragraphs: [
        'Vous n’êtes pas tenu(e) de faire ce traitement : vous pouvez toujours choisir de ne pas être traité(e).',
        'D’autres traitements peuvent répondre aux mêmes besoins, par exemple les peelings chimiques, les traitements par laser ou par lumière, les crèmes sur ordonnance ou les traitements injectables. Votre praticien peut vous expliquer en quoi consiste chacun d’eux.'
      ],
      radiofrequency: []
    },
    {
      id: 'history',
      heading: 'Vos antécédents médicaux',
      paragraphs: [
        'J’ai informé la clinique de mon état de santé, de tous les médicaments que je prends (y compris ceux obtenus sans ordonnance), de mes compléments alimentaires, de mes allergies et de tout soin récent de ma peau. À ma connaissance, ces informations sont complètes et exactes.',
        'Avant chaque séance ultérieure, j’informerai la clinique de tout changement, par exemple un nouveau médicament, une grossesse, un bouton de fièvre ou un soin de la peau effectué ailleurs.'
      ],
      radiofrequency: []
    },
    {
      id: 'aftercare',
      heading: 'Prendre soin de votre peau après le traitement',
      paragraphs: [
        'J’ai reçu les consignes de soins après traitement et je m’engage à les suivre. Je comprends que ne pas les suivre augmente le risque d’effets indésirables et peut nuire au résultat.',
        'Je contacterai la clinique sans attendre si je remarque des signes d’infection, par exemple une douleur, une chaleur ou un gonflement qui s’aggravent, ou du pus.'
      ],
      radiofrequency: []
    },
    {
      id: 'photos',
      heading: 'Photographies',
      paragraphs: [
        'La clinique peut photographier les zones traitées avant et après le traitement. Les photographies sont conservées dans votre dossier en tant que données de santé confidentielles.',
        'Ce choix est distinct de votre consentement au traitement et ne modifie en rien votre traitement. Vous pouvez le changer à tout moment en informant la clinique.'
      ],
      radiofrequency: []
    },
    {
      id: 'decision',
      heading: 'Votre décision',
      paragraphs: [
        'J’ai lu ce formulaire, ou on me l’a lu, et je le comprends. J’ai pu poser mes questions et j’ai obtenu des réponses satisfaisantes.',
        'J’ai disposé d’un temps de réflexion suffisant avant de prendre ma décision.',
        'Je donne mon consentement librement. Je sais que je peux le retirer à tout moment, y compris avant une séance ultérieure.'
      ],
      radiofrequency: []
    },
    {
      id: 'signatures',
      heading: 'Signatures',
      paragraphs: [
        'Par sa signature, le client ou la cliente consent au traitement décrit dans ce formulaire.',
        'Par sa signature, le praticien ou la praticienne confirme avoir expliqué le traitement, ses risques et les autres possibilités, et avoir répondu aux questions du client ou de la cliente.'
      ],
      radiofrequency: []
    }
  ],
  photoChoices: {
    record: 'Oui, uniquement pour mon dossier médical.',
    marketing: 'Oui, pour mon dossier médical, et la clinique peut aussi les utiliser, sans mon nom, pour présenter son travail.',
    no: 'Je refuse les photographies.'
  }
}

const de: ConsentForm = {
  title: 'Einwilligung in die Microneedling-Behandlung',
  sections: [
    {
      id: 'identity',
      heading: 'Ihre Angaben und Ihr Behandlungsplan',
      paragraphs: [
        'Diese Einwilligung betrifft die unten aufgeführte, für Sie geplante Behandlung: die Bereiche, die Nadeltiefe und das Gerät. Sollte etwas nicht dem entsprechen, was Sie mit Ihrer Behandlerin oder Ihrem Behandler besprochen haben, sagen Sie es bitte vor der Unterschrift.'
      ],
      radiofrequency: []
    },
    {
      id: 'procedure',
      heading: 'Was die Behandlung ist und was Sie erwartet',
      paragraphs: [
        'Beim Microneedling erzeugt ein Gerät mit vielen sehr feinen Nadeln winzige, kontrollierte Öffnungen in der Haut. Die Haut repariert diese, wodurch sich in den folgenden Monaten Hautbild, feine Linien, Narben und Poren verbessern können.',
        'Die meisten Menschen erhalten eine Behandlungsreihe, meist drei bis sechs Sitzungen im Abstand von etwa drei bis sechs Wochen. Veränderungen zeigen sich nach und nach über mehrere Monate.',
        'Ein bis drei Tage nach der Behandlung ist die Haut meist gerötet und fühlt sich warm oder gespannt an, ähnlich wie nach einem leichten Sonnenbrand.',
        'Jede Haut reagiert anders. Ein bestimmtes Ergebnis, oder überhaupt ein Ergebnis, kann nicht zugesichert werden.'
      ],
      radiofrequency: [
        'Beim Radiofrequenz-Microneedling geben die Nadelspitzen zusätzlich kontrollierte Wärme in die tieferen Hautschichten ab. Die Wärme verstärkt die Reparatur; die Haut kann sich heißer anfühlen und länger gerötet bleiben als nach einfachem Microneedling.'
      ]
    },
    {
      id: 'risks',
      heading: 'Mögliche Risiken und Nebenwirkungen',
      paragraphs: [
        'Häufig und meist nach wenigen Tagen abgeklungen: Rötung, Schwellung, Druckempfindlichkeit, punktförmige Blutungen, Blutergüsse, Trockenheit oder Schuppung, Ausschlag oder Juckreiz.',
        'Seltener: Spuren im Muster der Nadeln, Pickel oder Unreinheiten, Infektionen sowie ein erneuter Ausbruch von Lippenherpes bei Menschen, die bereits daran erkrankt waren.',
        'Eine allergische Reaktion auf eine Betäubungscreme oder auf ein aufgetragenes Produkt. Sehr selten kann zu viel Betäubungscreme eine Vergiftungsreaktion auf das Betäubungsmittel (Lidocain) auslösen.',
        'Selten, aber möglicherweise bleibend: dunklere oder hellere Hautflecken, häufiger bei dunkler Haut; kleine feste Knötchen unter der Haut (Granulome); Narben.'
      ],
      radiofrequency: [
        'Mit Radiofrequenz: Verbrennungen oder Blasen durch die Wärme und in seltenen Fällen kleine Dellen, wenn das Fettgewebe unter der Haut betroffen ist.',
        'Radiofrequenz wird nicht angewendet bei Personen mit Herzschrittmacher oder einem anderen implantierten elektronischen Gerät und nicht über Metallimplantaten im Behandlungsbereich.'
      ]
    },
    {
      id: 'alternatives',
      heading: 'Andere Möglichkeiten',
      paragraphs: [
        'Sie sind nicht verpflichtet, diese Behandlung durchführen zu lassen: Sie können sich jederzeit auch gegen eine Behandlung entscheiden.',
        'Andere Behandlungen können dieselben Anliegen angehen, zum Beispiel chemische Peelings, Laser- oder Lichtbehandlungen, verschreibungspflichtige Cremes oder Injektionsbehandlungen. Ihre Behandlerin oder Ihr Behandler erklärt Ihnen gern, was diese jeweils umfassen.'
      ],
      radiofrequency: []
    },
    {
      id: 'history',
      heading: 'Ihre Krankengeschichte',
      paragraphs: [
        'Ich habe die Praxis über meinen Gesundheitszustand, alle Medikamente, die ich einnehme (auch rezeptfreie), Nahrungsergänzungsmittel, Allergien und jede kürzliche Behandlung meiner Haut informiert. Nach bestem Wissen sind meine Angaben vollständig und wahr.',
        'Vor jeder weiteren Sitzung teile ich der Praxis mit, was sich geändert hat, zum Beispiel ein neues Medikament, eine Schwangerschaft, Lippenherpes oder eine Hautbehandlung an anderer Stelle.'
      ],
      radiofrequency: []
    },
    {
      id: 'aftercare',
      heading: 'Die Pflege Ihrer Haut nach der Behandlung',
      paragraphs: [
        'Ich habe Pflegehinweise für die Zeit nach der Behandlung erhalten und verpflichte mich, sie zu befolgen. Mir ist bewusst, dass Nebenwirkungen wahrscheinlicher werden und das Ergebnis leiden kann, wenn ich sie nicht befolge.',
        'Ich melde mich umgehend in der Praxis, wenn ich Anzeichen einer Infektion bemerke, etwa zunehmende Schmerzen, Wärme oder Schwellung oder Eiter.'
      ],
      radiofrequency: []
    },
    {
      id: 'photos',
      heading: 'Fotos',
      paragraphs: [
        'Die Praxis kann die behandelten Bereiche vor und nach der Behandlung fotografieren. Die Fotos werden als vertrauliche Gesundheitsdaten in Ihrer Akte aufbewahrt.',
        'Diese Entscheidung ist von Ihrer Einwilligung in die Behandlung unabhängig und ändert nichts an der Behandlung. Sie können sie jederzeit ändern, indem Sie es der Praxis mitteilen.'
      ],
      radiofrequency: []
    },
    {
      id: 'decision',
      heading: 'Ihre Entscheidung',
      paragraphs: [
        'Ich habe diese Einwilligung gelesen oder sie wurde mir vorgelesen, und ich habe sie verstanden. Ich konnte Fragen stellen, und sie wurden zu meiner Zufriedenheit beantwortet.',
        'Ich hatte ausreichend Zeit, meine Entscheidung zu überdenken.',
        'Ich erteile meine Einwilligung freiwillig. Mir ist bekannt, dass ich sie jederzeit widerrufen kann, auch vor jeder weiteren Sitzung.'
      ],
      radiofrequency: []
    },
    {
      id: 'signatures',
      heading: 'Unterschriften',
      paragraphs: [
        'Mit der Unterschrift willigt die Klientin oder der Klient in die hier beschriebene Behandlung ein.',
        'Mit der Unterschrift bestätigt die Behandlerin oder der Behandler, die Behandlung, ihre Risiken und die anderen Möglichkeiten erklärt und die Fragen der Klientin oder des Klienten beantwortet zu haben.'
      ],
      radiofrequency: []
    }
  ],
  photoChoices: {
    record: 'Ja, ausschließlich für meine Behandlungsakte.',
    marketing: 'Ja, für meine Behandlungsakte, und die Praxis darf sie außerdem ohne meinen Namen verwenden, um ihre Arbeit zu zeigen.',
    no: 'Keine Fotos.'
  }
}

export const DEFAULT_CONSENT_FORMS: ConsentForms = { en, es, fr, de }
