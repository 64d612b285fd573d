import { DEFAULT_PREPARATION } from '../preparation/default-preparation'
import type { TranslatedText } from '../text/translated-text'
import type { Questionnaire, ScreeningQuestion, WaitWindow } from './questionnaire'

/**
 * The questionnaire a clinic starts with: one or two questions for every contraindication in
 * the research notes (pretreatment-facts.md, table a), with their safe defaults where sources
 * disagree (isotretinoin six months, toxin and filler 14 days then review until 28, keloid,
 * blood thinners and metal allergy reviewed rather than refused). Every question and reason is
 * in English, Spanish, French and German, the questions addressing the client formally. The
 * clinic's medical lead should approve or change them; the clinic owns the result.
 *
 * The English stays word for word as it shipped before the questions had languages (format 1):
 * a register still holding that English reads it with these translations (shipped-translations.ts).
 */

const days = (amount: number): WaitWindow => ({ amount, unit: 'days' })
const months = (amount: number): WaitWindow => ({ amount, unit: 'months' })

type Marks = Partial<Pick<ScreeningQuestion, 'askAloud' | 'radiofrequencyOnly'>>
type WaitingWindows = Extract<ScreeningQuestion, { kind: 'last-date' }>['windows']

const yesNo =
  (outcome: 'stop' | 'review') =>
  (id: string, text: TranslatedText, reason: TranslatedText, marks: Marks = {}): ScreeningQuestion => ({
    id,
    kind: 'yes-no',
    text,
    askAloud: marks.askAloud ?? false,
    radiofrequencyOnly: marks.radiofrequencyOnly ?? false,
    ifYes: { outcome, reason }
  })
const yesStop = yesNo('stop')
const yesReview = yesNo('review')

const lastDate = (id: string, text: TranslatedText, windows: WaitingWindows, marks: Marks = {}): ScreeningQuestion => ({
  id,
  kind: 'last-date',
  text,
  askAloud: marks.askAloud ?? false,
  radiofrequencyOnly: marks.radiofrequencyOnly ?? false,
  windows
})

export const DEFAULT_QUESTIONNAIRE: Questionnaire = {
  // QUESTIONNAIRE_FORMAT, written out: the schema reads this file (shipped-translations.ts), so it imports no value from it.
  format: 2,
  name: 'Microneedling screening',
  questions: [
    yesStop(
      'infection_or_wound',
      {
        en: 'Is there an infection, an open cut or a sore on any area we are treating today?',
        es: '¿Tiene alguna infección, herida abierta o llaga en alguna de las zonas que vamos a tratar hoy?',
        fr: 'Avez-vous une infection, une plaie ouverte ou une lésion sur l’une des zones que nous traitons aujourd’hui ?',
        de: 'Haben Sie eine Infektion, eine offene Wunde oder eine wunde Stelle in einem der Bereiche, die wir heute behandeln?'
      },
      {
        en: 'Infection or broken skin in the area: it has to heal before we needle there.',
        es: 'Infección o piel lesionada en la zona: debe curarse antes de tratarla con microagujas.',
        fr: 'Infection ou peau lésée dans la zone : elle doit cicatriser avant tout microneedling à cet endroit.',
        de: 'Infektion oder verletzte Haut im Bereich: Sie muss abheilen, bevor dort mit Microneedling behandelt wird.'
      }
    ),
    yesStop(
      'cold_sore_now',
      {
        en: 'Do you have a cold sore at the moment, or one starting?',
        es: '¿Tiene ahora un herpes labial, o nota que le está empezando uno?',
        fr: 'Avez-vous un bouton de fièvre en ce moment, ou en sentez-vous un qui commence ?',
        de: 'Haben Sie gerade Lippenherpes, oder kündigt sich einer an?'
      },
      {
        en: 'An active cold sore: the visit waits until it has healed.',
        es: 'Herpes labial activo: la sesión se aplaza hasta que haya curado.',
        fr: 'Bouton de fièvre actif : la séance attend qu’il soit guéri.',
        de: 'Aktiver Lippenherpes: Die Behandlung wartet, bis er abgeheilt ist.'
      },
      { askAloud: true }
    ),
    yesReview(
      'cold_sore_history',
      {
        en: 'Have you ever had cold sores?',
        es: '¿Ha tenido alguna vez herpes labial?',
        fr: 'Avez-vous déjà eu des boutons de fièvre ?',
        de: 'Hatten Sie schon einmal Lippenherpes?'
      },
      {
        en: 'Cold sores in the past: the prescriber decides whether an antiviral is started before the treatment.',
        es: 'Antecedentes de herpes labial: el médico prescriptor decide si se inicia un antiviral antes del tratamiento.',
        fr: 'Antécédents de boutons de fièvre : le prescripteur décide s’il faut débuter un antiviral avant le soin.',
        de: 'Lippenherpes in der Vorgeschichte: Die verordnende Ärztin oder der verordnende Arzt entscheidet, ob vor der Behandlung ein Virostatikum begonnen wird.'
      }
    ),
    yesStop(
      'acne_inflamed',
      {
        en: 'Are there red, swollen acne spots in the area today?',
        es: '¿Tiene hoy granos de acné rojos e inflamados en la zona?',
        fr: 'Avez-vous aujourd’hui des boutons d’acné rouges et enflammés dans la zone ?',
        de: 'Haben Sie heute gerötete, entzündete Aknepickel im Bereich?'
      },
      {
        en: 'Inflamed acne in the area: the visit waits until it has settled.',
        es: 'Acné inflamado en la zona: la sesión se aplaza hasta que remita.',
        fr: 'Acné inflammatoire dans la zone : la séance attend qu’elle se soit calmée.',
        de: 'Entzündete Akne im Bereich: Die Behandlung wartet, bis sie abgeklungen ist.'
      }
    ),
    yesStop(
      'skin_condition_flaring',
      {
        en: 'Is eczema, psoriasis or rosacea flaring in the area right now?',
        es: '¿Tiene ahora mismo un brote de eccema, psoriasis o rosácea en la zona?',
        fr: 'Avez-vous en ce moment une poussée d’eczéma, de psoriasis ou de rosacée dans la zone ?',
        de: 'Haben Sie gerade einen Schub von Ekzem, Psoriasis oder Rosazea im Bereich?'
      },
      {
        en: 'A skin condition is flaring in the area: the visit waits until the skin is calm.',
        es: 'Brote de una enfermedad de la piel en la zona: la sesión se aplaza hasta que la piel esté tranquila.',
        fr: 'Poussée d’une maladie de peau dans la zone : la séance attend que la peau soit calme.',
        de: 'Akuter Schub einer Hauterkrankung im Bereich: Die Behandlung wartet, bis die Haut ruhig ist.'
      }
    ),
    yesReview(
      'skin_condition_calm',
      {
        en: 'Do you have eczema, psoriasis or rosacea in the area, even if it is calm at the moment?',
        es: '¿Tiene eccema, psoriasis o rosácea en la zona, aunque ahora no tenga un brote?',
        fr: 'Avez-vous de l’eczéma, du psoriasis ou de la rosacée dans la zone, même si c’est calme en ce moment ?',
        de: 'Haben Sie Ekzem, Psoriasis oder Rosazea im Bereich, auch wenn es gerade ruhig ist?'
      },
      {
        en: 'A skin condition in the area: the practitioner checks that it is calm before treating.',
        es: 'Enfermedad de la piel en la zona: el profesional comprueba que no hay brote antes de tratar.',
        fr: 'Maladie de peau dans la zone : le praticien vérifie qu’elle est calme avant de traiter.',
        de: 'Hauterkrankung im Bereich: Die Behandlerin oder der Behandler prüft vor der Behandlung, ob sie ruhig ist.'
      }
    ),
    yesReview(
      'skin_cancer_mole_wart',
      {
        en: 'Is there a skin cancer, a raised mole or a wart in the area, or have you had skin cancer there?',
        es: '¿Tiene en la zona un cáncer de piel, un lunar en relieve o una verruga, o ha tenido cáncer de piel en ella?',
        fr: 'Y a-t-il dans la zone un cancer de la peau, un grain de beauté en relief ou une verrue, ou avez-vous eu un cancer de la peau à cet endroit ?',
        de: 'Gibt es im Bereich Hautkrebs, ein erhabenes Muttermal oder eine Warze, oder hatten Sie dort schon einmal Hautkrebs?'
      },
      {
        en: 'A mole, wart or skin cancer in the area: never needle over it. The practitioner leaves that spot out; after skin cancer a doctor must agree first.',
        es: 'Lunar, verruga o cáncer de piel en la zona: nunca se trata con microagujas encima. El profesional deja ese punto sin tratar; tras un cáncer de piel, antes debe dar su conformidad un médico.',
        fr: 'Grain de beauté, verrue ou cancer de la peau dans la zone : ne jamais piquer dessus. Le praticien évite cet endroit ; après un cancer de la peau, l’accord préalable d’un médecin est nécessaire.',
        de: 'Muttermal, Warze oder Hautkrebs im Bereich: niemals darüber nadeln. Die Behandlerin oder der Behandler spart die Stelle aus; nach Hautkrebs ist vorher eine ärztliche Zustimmung nötig.'
      }
    ),
    lastDate(
      'isotretinoin',
      {
        en: 'When did you last take isotretinoin tablets (Roaccutane, Accutane)? If you take them now, give today’s date.',
        es: '¿Cuándo tomó por última vez isotretinoína por vía oral (Roacutan, Isdiben)? Si la toma actualmente, indique la fecha de hoy.',
        fr: 'Quand avez-vous pris de l’isotrétinoïne par voie orale (Curacné, Procuta, Roaccutane) pour la dernière fois ? Si vous en prenez actuellement, indiquez la date du jour.',
        de: 'Wann haben Sie zuletzt Isotretinoin eingenommen (z. B. Aknenormin, Isotret)? Wenn Sie es derzeit einnehmen, geben Sie bitte das heutige Datum an.'
      },
      [
        {
          within: months(6),
          outcome: 'stop',
          reason: {
            en: 'Isotretinoin in the last 6 months: the skin heals poorly. Only a doctor can allow the treatment.',
            es: 'Isotretinoína en los últimos 6 meses: la piel cicatriza mal. Solo un médico puede autorizar el tratamiento.',
            fr: 'Isotrétinoïne au cours des 6 derniers mois : la peau cicatrise mal. Seul un médecin peut autoriser le soin.',
            de: 'Isotretinoin in den letzten 6 Monaten: Die Haut heilt schlecht. Nur eine Ärztin oder ein Arzt kann die Behandlung freigeben.'
          }
        }
      ],
      { askAloud: true }
    ),
    yesStop(
      'pregnant',
      {
        en: 'Are you pregnant, or could you be?',
        es: '¿Está embarazada o podría estarlo?',
        fr: 'Êtes-vous enceinte, ou pourriez-vous l’être ?',
        de: 'Sind Sie schwanger, oder könnten Sie es sein?'
      },
      {
        en: 'Pregnancy: the treatment waits until after the pregnancy.',
        es: 'Embarazo: el tratamiento se aplaza hasta después del embarazo.',
        fr: 'Grossesse : le soin est reporté après la grossesse.',
        de: 'Schwangerschaft: Die Behandlung wird auf die Zeit nach der Schwangerschaft verschoben.'
      },
      { askAloud: true }
    ),
    yesStop(
      'breastfeeding',
      {
        en: 'Are you breastfeeding?',
        es: '¿Está en periodo de lactancia?',
        fr: 'Allaitez-vous ?',
        de: 'Stillen Sie?'
      },
      {
        en: 'Breastfeeding: the treatment waits until breastfeeding has ended.',
        es: 'Lactancia: el tratamiento se aplaza hasta que termine la lactancia.',
        fr: 'Allaitement : le soin est reporté à la fin de l’allaitement.',
        de: 'Stillzeit: Die Behandlung wartet bis zum Ende der Stillzeit.'
      }
    ),
    yesReview(
      'keloid_scarring',
      {
        en: 'Have you ever had keloid scars, or scars that grew thick and raised?',
        es: '¿Ha tenido alguna vez cicatrices queloides, o cicatrices que se volvieron gruesas y abultadas?',
        fr: 'Avez-vous déjà eu des chéloïdes, ou des cicatrices devenues épaisses et en relief ?',
        de: 'Hatten Sie schon einmal Keloide oder Narben, die dick und wulstig geworden sind?'
      },
      {
        en: 'Keloid or raised scarring: the practitioner decides, and never treats over a keloid.',
        es: 'Queloides o cicatrices hipertróficas: decide el profesional, y nunca se trata sobre un queloide.',
        fr: 'Chéloïdes ou cicatrices hypertrophiques : le praticien décide, et ne traite jamais sur une chéloïde.',
        de: 'Keloide oder hypertrophe Narben: Die Behandlerin oder der Behandler entscheidet und behandelt nie über einem Keloid.'
      }
    ),
    yesStop(
      'bleeding_disorder',
      {
        en: 'Do you have a bleeding disorder, such as haemophilia?',
        es: '¿Tiene algún trastorno de la coagulación, como la hemofilia?',
        fr: 'Avez-vous un trouble de la coagulation, comme l’hémophilie ?',
        de: 'Haben Sie eine Blutgerinnungsstörung, etwa eine Hämophilie (Bluterkrankheit)?'
      },
      {
        en: 'A bleeding disorder: a doctor’s written agreement is needed before any treatment.',
        es: 'Trastorno de la coagulación: se necesita la conformidad por escrito de un médico antes de cualquier tratamiento.',
        fr: 'Trouble de la coagulation : l’accord écrit d’un médecin est nécessaire avant tout soin.',
        de: 'Blutgerinnungsstörung: Vor jeder Behandlung ist eine schriftliche ärztliche Zustimmung nötig.'
      }
    ),
    yesReview(
      'blood_thinners',
      {
        en: 'Do you take blood thinners, or aspirin your doctor prescribed?',
        es: '¿Toma anticoagulantes, o aspirina recetada por su médico?',
        fr: 'Prenez-vous des anticoagulants, ou de l’aspirine prescrite par votre médecin ?',
        de: 'Nehmen Sie Blutverdünner (Gerinnungshemmer) oder ärztlich verordnetes Aspirin (ASS)?'
      },
      {
        en: 'Blood thinners or prescribed aspirin: the practitioner decides. Never ask the client to stop them; only their prescriber can.',
        es: 'Anticoagulantes o aspirina recetada: decide el profesional. Nunca pida al cliente que los suspenda; solo puede hacerlo su médico prescriptor.',
        fr: 'Anticoagulants ou aspirine prescrite : le praticien décide. Ne demandez jamais au client de les arrêter ; seul son prescripteur le peut.',
        de: 'Blutverdünner oder verordnetes Aspirin: Die Behandlerin oder der Behandler entscheidet. Bitten Sie den Kunden nie, sie abzusetzen; das darf nur die verordnende Ärztin oder der verordnende Arzt.'
      },
      { askAloud: true }
    ),
    yesStop(
      'immune_suppressed',
      {
        en: 'Are you having chemotherapy or radiotherapy, or taking high-dose steroids or other medicines that lower your immunity?',
        es: '¿Está recibiendo quimioterapia o radioterapia, o toma corticoides a dosis altas u otros medicamentos que bajan las defensas?',
        fr: 'Suivez-vous une chimiothérapie ou une radiothérapie, ou prenez-vous des corticoïdes à forte dose ou d’autres médicaments qui diminuent l’immunité ?',
        de: 'Erhalten Sie eine Chemo- oder Strahlentherapie, oder nehmen Sie hoch dosiertes Kortison oder andere Medikamente, die das Immunsystem schwächen?'
      },
      {
        en: 'Cancer treatment or medicines that lower immunity: no treatment while they last, and then only with the specialist’s agreement.',
        es: 'Tratamiento oncológico o medicamentos inmunosupresores: no se trata mientras duren, y después solo con la conformidad del especialista.',
        fr: 'Traitement anticancéreux ou immunosuppresseurs : aucun soin pendant le traitement, puis seulement avec l’accord du spécialiste.',
        de: 'Krebstherapie oder immunsupprimierende Medikamente: keine Behandlung, solange sie andauern, danach nur mit Zustimmung der Fachärztin oder des Facharztes.'
      }
    ),
    yesReview(
      'autoimmune',
      {
        en: 'Do you have an autoimmune condition, such as lupus or scleroderma?',
        es: '¿Tiene alguna enfermedad autoinmune, como lupus o esclerodermia?',
        fr: 'Avez-vous une maladie auto-immune, comme un lupus ou une sclérodermie ?',
        de: 'Haben Sie eine Autoimmunerkrankung, etwa Lupus oder Sklerodermie?'
      },
      {
        en: 'An autoimmune condition: a doctor must agree before the treatment.',
        es: 'Enfermedad autoinmune: se necesita la conformidad de un médico antes del tratamiento.',
        fr: 'Maladie auto-immune : l’accord d’un médecin est nécessaire avant le soin.',
        de: 'Autoimmunerkrankung: Vor der Behandlung ist eine ärztliche Zustimmung nötig.'
      }
    ),
    yesStop(
      'diabetes_uncontrolled',
      {
        en: 'Do you have diabetes that is not well controlled at the moment?',
        es: '¿Tiene diabetes que ahora mismo no está bien controlada?',
        fr: 'Avez-vous un diabète qui n’est pas bien équilibré en ce moment ?',
        de: 'Haben Sie Diabetes, der zurzeit nicht gut eingestellt ist?'
      },
      {
        en: 'Diabetes that is not under control: the skin heals poorly, so the visit waits.',
        es: 'Diabetes mal controlada: la piel cicatriza mal, así que la sesión se aplaza.',
        fr: 'Diabète mal équilibré : la peau cicatrise mal, la séance est donc reportée.',
        de: 'Nicht gut eingestellter Diabetes: Die Haut heilt schlecht, daher wartet die Behandlung.'
      }
    ),
    yesReview(
      'diabetes',
      {
        en: 'Do you have diabetes?',
        es: '¿Tiene diabetes?',
        fr: 'Êtes-vous diabétique ?',
        de: 'Haben Sie Diabetes?'
      },
      {
        en: 'Diabetes: the practitioner checks that it is well controlled before treating.',
        es: 'Diabetes: el profesional comprueba que está bien controlada antes de tratar.',
        fr: 'Diabète : le praticien vérifie qu’il est bien équilibré avant de traiter.',
        de: 'Diabetes: Die Behandlerin oder der Behandler prüft vor der Behandlung, ob er gut eingestellt ist.'
      }
    ),
    lastDate(
      'sunburn_or_tan',
      {
        en: 'When did the area last get sunburnt or freshly tanned (sun or sunbed)?',
        es: '¿Cuándo fue la última vez que la zona se quemó con el sol o se bronceó (sol o cabina de rayos UVA)?',
        fr: 'Quand la zone a-t-elle pris un coup de soleil ou bronzé pour la dernière fois (soleil ou cabine UV) ?',
        de: 'Wann hatte der Bereich zuletzt einen Sonnenbrand oder frische Bräune (Sonne oder Solarium)?'
      },
      [
        {
          within: days(14),
          outcome: 'defer',
          reason: {
            en: 'Sunburn or a fresh tan in the last 2 weeks: the skin needs time to recover.',
            es: 'Quemadura solar o bronceado reciente en las últimas 2 semanas: la piel necesita tiempo para recuperarse.',
            fr: 'Coup de soleil ou bronzage récent au cours des 2 dernières semaines : la peau a besoin de temps pour récupérer.',
            de: 'Sonnenbrand oder frische Bräune in den letzten 2 Wochen: Die Haut braucht Zeit, um sich zu erholen.'
          }
        }
      ],
      { askAloud: true }
    ),
    yesReview(
      'nickel_allergy',
      {
        en: 'Are you allergic to nickel or stainless steel, for example a rash from jewellery or watch straps?',
        es: '¿Tiene alergia al níquel o al acero inoxidable, por ejemplo, una erupción por joyas o correas de reloj?',
        fr: 'Êtes-vous allergique au nickel ou à l’acier inoxydable, par exemple des rougeurs dues aux bijoux ou aux bracelets de montre ?',
        de: 'Sind Sie allergisch gegen Nickel oder Edelstahl, zum Beispiel mit Ausschlag durch Schmuck oder Uhrenarmbänder?'
      },
      {
        en: 'Nickel allergy: the needles are stainless steel with some nickel in it. The practitioner decides.',
        es: 'Alergia al níquel: las agujas son de acero inoxidable, que contiene algo de níquel. Decide el profesional.',
        fr: 'Allergie au nickel : les aiguilles sont en acier inoxydable, qui contient un peu de nickel. Le praticien décide.',
        de: 'Nickelallergie: Die Nadeln sind aus Edelstahl, der etwas Nickel enthält. Die Behandlerin oder der Behandler entscheidet.'
      }
    ),
    yesReview(
      'numbing_cream_allergy',
      {
        en: 'Have you ever reacted badly to a numbing cream, such as lidocaine?',
        es: '¿Ha tenido alguna vez una mala reacción a una crema anestésica, como la lidocaína?',
        fr: 'Avez-vous déjà mal réagi à une crème anesthésiante, comme la lidocaïne ?',
        de: 'Haben Sie schon einmal schlecht auf eine Betäubungscreme reagiert, etwa mit Lidocain?'
      },
      {
        en: 'A reaction to numbing cream: the practitioner decides, and no numbing cream is used.',
        es: 'Reacción a una crema anestésica: decide el profesional, y no se usa crema anestésica.',
        fr: 'Réaction à une crème anesthésiante : le praticien décide, et aucune crème anesthésiante n’est utilisée.',
        de: 'Reaktion auf eine Betäubungscreme: Die Behandlerin oder der Behandler entscheidet, und es wird keine Betäubungscreme verwendet.'
      }
    ),
    lastDate(
      'botulinum_toxin',
      {
        en: 'When did you last have anti-wrinkle injections (botulinum toxin) in the areas we are treating?',
        es: '¿Cuándo se puso por última vez inyecciones antiarrugas (toxina botulínica) en las zonas que vamos a tratar?',
        fr: 'Quand avez-vous reçu pour la dernière fois des injections antirides (toxine botulique) dans les zones que nous traitons ?',
        de: 'Wann hatten Sie zuletzt Injektionen gegen Falten (Botulinumtoxin) in den Bereichen, die wir behandeln?'
      },
      [
        {
          within: days(14),
          outcome: 'defer',
          reason: {
            en: 'Anti-wrinkle injections in the area less than 14 days ago: wait until it has settled.',
            es: 'Inyecciones antiarrugas en la zona hace menos de 14 días: hay que esperar a que se asienten.',
            fr: 'Injections antirides dans la zone il y a moins de 14 jours : attendre que le produit soit stabilisé.',
            de: 'Injektionen gegen Falten im Bereich vor weniger als 14 Tagen: abwarten, bis sich die Wirkung gesetzt hat.'
          }
        },
        {
          within: days(28),
          outcome: 'review',
          reason: {
            en: 'Anti-wrinkle injections in the area less than 4 weeks ago: the practitioner decides.',
            es: 'Inyecciones antiarrugas en la zona hace menos de 4 semanas: decide el profesional.',
            fr: 'Injections antirides dans la zone il y a moins de 4 semaines : le praticien décide.',
            de: 'Injektionen gegen Falten im Bereich vor weniger als 4 Wochen: Die Behandlerin oder der Behandler entscheidet.'
          }
        }
      ],
      { askAloud: true }
    ),
    lastDate(
      'dermal_filler',
      {
        en: 'When did you last have dermal filler in the areas we are treating?',
        es: '¿Cuándo se puso por última vez relleno dérmico en las zonas que vamos a tratar?',
        fr: 'Quand avez-vous reçu pour la dernière fois un produit de comblement dans les zones que nous traitons ?',
        de: 'Wann hatten Sie zuletzt eine Unterspritzung mit Filler in den Bereichen, die wir behandeln?'
      },
      [
        {
          within: days(14),
          outcome: 'defer',
          reason: {
            en: 'Dermal filler in the area less than 14 days ago: wait until it has settled.',
            es: 'Relleno dérmico en la zona hace menos de 14 días: hay que esperar a que se asiente.',
            fr: 'Produit de comblement dans la zone il y a moins de 14 jours : attendre qu’il soit stabilisé.',
            de: 'Filler im Bereich vor weniger als 14 Tagen: abwarten, bis er sich gesetzt hat.'
          }
        },
        {
          within: days(28),
          outcome: 'review',
          reason: {
            en: 'Dermal filler in the area less than 4 weeks ago: the practitioner decides.',
            es: 'Relleno dérmico en la zona hace menos de 4 semanas: decide el profesional.',
            fr: 'Produit de comblement dans la zone il y a moins de 4 semaines : le praticien décide.',
            de: 'Filler im Bereich vor weniger als 4 Wochen: Die Behandlerin oder der Behandler entscheidet.'
          }
        }
      ],
      { askAloud: true }
    ),
    lastDate(
      'light_peel_or_laser',
      {
        en: 'When did you last have a light peel, a laser or IPL treatment in the area?',
        es: '¿Cuándo se hizo por última vez un peeling superficial, un láser o un tratamiento de IPL en la zona?',
        fr: 'Quand avez-vous eu pour la dernière fois un peeling superficiel, un laser ou une séance de lumière pulsée (IPL) dans la zone ?',
        de: 'Wann hatten Sie zuletzt ein leichtes Peeling, eine Laser- oder eine IPL-Behandlung im Bereich?'
      },
      [
        {
          within: days(14),
          outcome: 'defer',
          reason: {
            en: 'A light peel, laser or IPL in the last 2 weeks: the skin needs time to recover.',
            es: 'Peeling superficial, láser o IPL en las últimas 2 semanas: la piel necesita tiempo para recuperarse.',
            fr: 'Peeling superficiel, laser ou IPL au cours des 2 dernières semaines : la peau a besoin de temps pour récupérer.',
            de: 'Leichtes Peeling, Laser oder IPL in den letzten 2 Wochen: Die Haut braucht Zeit, um sich zu erholen.'
          }
        }
      ]
    ),
    lastDate(
      'deep_peel_or_ablative_laser',
      {
        en: 'When did you last have a deep peel or an ablative laser treatment in the area?',
        es: '¿Cuándo se hizo por última vez un peeling profundo o un tratamiento con láser ablativo en la zona?',
        fr: 'Quand avez-vous eu pour la dernière fois un peeling profond ou un laser ablatif dans la zone ?',
        de: 'Wann hatten Sie zuletzt ein tiefes Peeling oder eine ablative Laserbehandlung im Bereich?'
      },
      [
        {
          within: days(30),
          outcome: 'defer',
          reason: {
            en: 'A deep peel or ablative laser in the last 30 days: the skin needs time to recover.',
            es: 'Peeling profundo o láser ablativo en los últimos 30 días: la piel necesita tiempo para recuperarse.',
            fr: 'Peeling profond ou laser ablatif au cours des 30 derniers jours : la peau a besoin de temps pour récupérer.',
            de: 'Tiefes Peeling oder ablativer Laser in den letzten 30 Tagen: Die Haut braucht Zeit, um sich zu erholen.'
          }
        }
      ]
    ),
    lastDate(
      'hair_removal',
      {
        en: 'When was the area last waxed, treated with hair-removal cream, or had electrolysis?',
        es: '¿Cuándo se depiló la zona por última vez con cera, crema depilatoria o electrólisis?',
        fr: 'Quand la zone a-t-elle été épilée pour la dernière fois à la cire, à la crème dépilatoire ou par électrolyse ?',
        de: 'Wann wurde der Bereich zuletzt gewachst, mit Enthaarungscreme behandelt oder per Elektrolyse enthaart?'
      },
      [
        {
          within: days(7),
          outcome: 'defer',
          reason: {
            en: 'Waxing, hair-removal cream or electrolysis in the last week: the skin needs a few days.',
            es: 'Depilación con cera, crema depilatoria o electrólisis en la última semana: la piel necesita unos días.',
            fr: 'Épilation à la cire, crème dépilatoire ou électrolyse au cours de la dernière semaine : la peau a besoin de quelques jours.',
            de: 'Waxing, Enthaarungscreme oder Elektrolyse in der letzten Woche: Die Haut braucht ein paar Tage.'
          }
        }
      ]
    ),
    lastDate(
      'surgery_or_new_scar',
      {
        en: 'When did you last have surgery in the area (the date of the scar)?',
        es: '¿Cuándo fue su última operación en la zona (la fecha de la cicatriz)?',
        fr: 'Quand avez-vous été opéré(e) pour la dernière fois dans la zone (la date de la cicatrice) ?',
        de: 'Wann wurden Sie zuletzt im Bereich operiert (das Datum der Narbe)?'
      },
      [
        {
          within: months(12),
          outcome: 'review',
          reason: {
            en: 'Surgery in the area in the last year: a doctor must agree that the scar can be treated.',
            es: 'Cirugía en la zona en el último año: un médico debe confirmar que la cicatriz puede tratarse.',
            fr: 'Chirurgie dans la zone au cours de la dernière année : un médecin doit confirmer que la cicatrice peut être traitée.',
            de: 'Operation im Bereich im letzten Jahr: Eine Ärztin oder ein Arzt muss bestätigen, dass die Narbe behandelt werden darf.'
          }
        }
      ]
    ),
    yesReview(
      'photosensitising_medicine',
      {
        en: 'Do you take any medicine that makes your skin more sensitive to sunlight?',
        es: '¿Toma algún medicamento que haga su piel más sensible a la luz del sol?',
        fr: 'Prenez-vous un médicament qui rend votre peau plus sensible au soleil ?',
        de: 'Nehmen Sie ein Medikament ein, das Ihre Haut lichtempfindlicher macht?'
      },
      {
        en: 'A medicine that makes the skin sensitive to light: higher risk of dark marks. The practitioner decides.',
        es: 'Medicamento fotosensibilizante: mayor riesgo de manchas oscuras. Decide el profesional.',
        fr: 'Médicament photosensibilisant : risque accru de taches pigmentaires. Le praticien décide.',
        de: 'Lichtsensibilisierendes Medikament: höheres Risiko für dunkle Flecken. Die Behandlerin oder der Behandler entscheidet.'
      }
    ),
    yesReview(
      'darker_skin',
      {
        en: 'Does the skin rarely burn and tan easily, or is it naturally brown or black (Fitzpatrick IV to VI)?',
        es: '¿Su piel rara vez se quema y se broncea con facilidad, o es de tono naturalmente moreno o negro (fototipos IV a VI de Fitzpatrick)?',
        fr: 'Votre peau brûle-t-elle rarement et bronze-t-elle facilement, ou est-elle naturellement mate ou noire (phototypes IV à VI de Fitzpatrick) ?',
        de: 'Bekommt Ihre Haut selten Sonnenbrand und bräunt leicht, oder ist sie von Natur aus braun oder schwarz (Fitzpatrick-Hauttyp IV bis VI)?'
      },
      {
        en: 'Darker skin types are more prone to dark marks after treatment: the practitioner chooses the depth with care.',
        es: 'Los fototipos oscuros tienen más tendencia a manchas oscuras tras el tratamiento: el profesional elige la profundidad con cuidado.',
        fr: 'Les phototypes foncés sont plus sujets aux taches pigmentaires après le soin : le praticien choisit la profondeur avec prudence.',
        de: 'Dunklere Hauttypen neigen nach der Behandlung eher zu dunklen Flecken: Die Behandlerin oder der Behandler wählt die Tiefe mit Bedacht.'
      }
    ),
    yesStop(
      'rf_implanted_device',
      {
        en: 'Do you have a pacemaker, a defibrillator or any other implanted electronic device?',
        es: '¿Lleva marcapasos, desfibrilador u otro dispositivo electrónico implantado?',
        fr: 'Portez-vous un stimulateur cardiaque, un défibrillateur ou un autre dispositif électronique implanté ?',
        de: 'Haben Sie einen Herzschrittmacher, einen Defibrillator oder ein anderes elektronisches Implantat?'
      },
      {
        en: 'An implanted electronic device: radiofrequency must not be used.',
        es: 'Dispositivo electrónico implantado: no se debe usar radiofrecuencia.',
        fr: 'Dispositif électronique implanté : la radiofréquence ne doit pas être utilisée.',
        de: 'Elektronisches Implantat: Radiofrequenz darf nicht angewendet werden.'
      },
      { radiofrequencyOnly: true, askAloud: true }
    ),
    yesReview(
      'rf_metal_implant',
      {
        en: 'Is there a metal implant in the area, such as plates, screws or metal threads?',
        es: '¿Tiene algún implante metálico en la zona, como placas, tornillos o hilos metálicos?',
        fr: 'Avez-vous un implant métallique dans la zone, comme des plaques, des vis ou des fils métalliques ?',
        de: 'Haben Sie im Bereich ein Metallimplantat, etwa Platten, Schrauben oder Metallfäden?'
      },
      {
        en: 'Metal in the area: radiofrequency heats metal. The practitioner decides.',
        es: 'Metal en la zona: la radiofrecuencia calienta el metal. Decide el profesional.',
        fr: 'Métal dans la zone : la radiofréquence chauffe le métal. Le praticien décide.',
        de: 'Metall im Bereich: Radiofrequenz erhitzt Metall. Die Behandlerin oder der Behandler entscheidet.'
      },
      { radiofrequencyOnly: true }
    ),
    yesReview(
      'rf_metal_allergy',
      {
        en: 'Are you allergic to any metal, including gold?',
        es: '¿Tiene alergia a algún metal, incluido el oro?',
        fr: 'Êtes-vous allergique à un métal, y compris l’or ?',
        de: 'Sind Sie gegen ein Metall allergisch, auch gegen Gold?'
      },
      {
        en: 'A metal allergy: the metal under the needles’ gold coating can still cause a reaction. The practitioner decides.',
        es: 'Alergia a metales: el metal bajo el baño de oro de las agujas puede causar igualmente una reacción. Decide el profesional.',
        fr: 'Allergie aux métaux : le métal sous le revêtement en or des aiguilles peut quand même provoquer une réaction. Le praticien décide.',
        de: 'Metallallergie: Das Metall unter der Goldbeschichtung der Nadeln kann dennoch eine Reaktion auslösen. Die Behandlerin oder der Behandler entscheidet.'
      },
      { radiofrequencyOnly: true }
    )
  ],
  preparation: DEFAULT_PREPARATION
}
