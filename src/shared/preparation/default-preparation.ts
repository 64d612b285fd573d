import type { TranslatedText } from '../text/translated-text'
import type { Preparation, PreparationRule, PreparationTiming } from './preparation-rules'

/**
 * The preparation a clinic starts with, from the research notes (pretreatment-facts.md, part b)
 * with their defaults where sources disagree: retinoids, acids and hair removal a week, sun two
 * weeks, optional blood-thinning supplements a week, alcohol a day; prescribed blood thinners are
 * never stopped on the clinic's word. Spanish, French and German address the patient formally.
 * The clinic's medical lead should approve or change them; the clinic owns the result.
 */

const before = (amount: number, unit: 'hours' | 'days' | 'weeks'): PreparationTiming => ({ kind: 'before', window: { amount, unit } })
const ON_THE_DAY: PreparationTiming = { kind: 'on-the-day' }
const ALWAYS: PreparationTiming = { kind: 'always' }

const rule = (id: string, timing: PreparationTiming, text: TranslatedText): PreparationRule => ({ id, timing, text })

export const DEFAULT_PREPARATION: Preparation = {
  rules: [
    rule('stop_retinoids', before(7, 'days'), {
      en: 'Stop retinol, tretinoin and any other vitamin A cream on the skin to be treated.',
      es: 'Deje de aplicar retinol, tretinoína u otras cremas con vitamina A en la zona que vamos a tratar.',
      fr: 'Cessez le rétinol, la trétinoïne et toute autre crème à la vitamine A sur la zone à traiter.',
      de: 'Verzichten Sie auf Retinol, Tretinoin und andere Vitamin-A-Cremes auf der zu behandelnden Haut.'
    }),
    rule('stop_exfoliants', before(7, 'days'), {
      en: 'Pause exfoliating acids (AHA, BHA), scrubs, benzoyl peroxide and hydroquinone.',
      es: 'Suspenda los ácidos exfoliantes (AHA, BHA), los exfoliantes con gránulos, el peróxido de benzoilo y la hidroquinona.',
      fr: 'Mettez en pause les acides exfoliants (AHA, BHA), les gommages, le peroxyde de benzoyle et l’hydroquinone.',
      de: 'Pausieren Sie Fruchtsäuren (AHA, BHA), Peelings, Benzoylperoxid und Hydrochinon.'
    }),
    rule('protect_from_sun', before(2, 'weeks'), {
      en: 'Keep the skin from burning: no tanning and no sunbeds, and wear a broad-spectrum SPF 30 or higher every day.',
      es: 'Evite quemarse: nada de bronceado ni cabinas de rayos UVA, y use cada día un protector de amplio espectro FPS 30 o superior.',
      fr: 'Évitez tout coup de soleil : pas de bronzage ni de cabine UV, et appliquez chaque jour une protection large spectre SPF 30 ou plus.',
      de: 'Schützen Sie die Haut vor Sonnenbrand: kein Bräunen, kein Solarium, und tragen Sie täglich Breitband-Sonnenschutz mit LSF 30 oder höher auf.'
    }),
    rule('no_hair_removal', before(7, 'days'), {
      en: 'No waxing, hair-removal cream or electrolysis on the area to be treated.',
      es: 'No se depile con cera, crema depilatoria ni electrólisis en la zona que vamos a tratar.',
      fr: 'Pas d’épilation à la cire, de crème dépilatoire ni d’électrolyse sur la zone à traiter.',
      de: 'Kein Waxing, keine Enthaarungscreme und keine Elektrolyse an der zu behandelnden Stelle.'
    }),
    rule('pause_supplements', before(7, 'days'), {
      en: 'If you take them by choice, pause ibuprofen, fish oil, vitamin E and ginkgo: they make bruising more likely.',
      es: 'Si los toma por su cuenta, suspenda el ibuprofeno, el aceite de pescado, la vitamina E y el ginkgo: favorecen los hematomas.',
      fr: 'Si vous les prenez de vous-même, suspendez l’ibuprofène, l’huile de poisson, la vitamine E et le ginkgo : ils favorisent les bleus.',
      de: 'Wenn Sie sie aus eigenem Antrieb nehmen, setzen Sie Ibuprofen, Fischöl, Vitamin E und Ginkgo aus: Sie begünstigen blaue Flecken.'
    }),
    rule('no_alcohol', before(24, 'hours'), {
      en: 'No alcohol (48 hours without is better still).',
      es: 'No tome alcohol (mejor aún si son 48 horas).',
      fr: 'Pas d’alcool (48 heures sans, c’est encore mieux).',
      de: 'Kein Alkohol (48 Stunden ohne sind noch besser).'
    }),
    rule('no_shaving', ON_THE_DAY, {
      en: 'Do not shave the area on the day. If the hair there is thick, shave it the day before.',
      es: 'No se afeite la zona el mismo día. Si el vello es abundante, aféitelo el día anterior.',
      fr: 'Ne rasez pas la zone le jour même. Si la pilosité est dense, rasez-la la veille.',
      de: 'Rasieren Sie die Stelle nicht am Behandlungstag. Bei dichtem Haarwuchs rasieren Sie bitte am Vortag.'
    }),
    rule('clean_skin', ON_THE_DAY, {
      en: 'Come with clean skin: no makeup, lotion, oil or sunscreen on the area.',
      es: 'Venga con la piel limpia: sin maquillaje, crema, aceite ni protector solar en la zona.',
      fr: 'Venez la peau propre : sans maquillage, crème, huile ni écran solaire sur la zone.',
      de: 'Kommen Sie mit sauberer Haut: ohne Make-up, Lotion, Öl oder Sonnenschutz auf der Stelle.'
    }),
    rule('prescribed_blood_thinners', ALWAYS, {
      en: 'Blood thinners or aspirin prescribed to you: never stop them unless the doctor who prescribed them says so, and tell us you take them.',
      es: 'Anticoagulantes o aspirina recetados: no los deje nunca sin la indicación del médico que se los recetó, y díganos que los toma.',
      fr: 'Anticoagulants ou aspirine sur ordonnance : ne les arrêtez jamais sans l’accord du médecin prescripteur, et signalez-les-nous.',
      de: 'Verschriebene Blutverdünner oder Aspirin: Setzen Sie diese nie ohne Rücksprache mit der verordnenden Ärztin oder dem verordnenden Arzt ab, und sagen Sie uns, dass Sie sie nehmen.'
    }),
    rule('cold_sore_antiviral', ALWAYS, {
      en: 'If you have had cold sores, take the antiviral medicine before the visit as your prescriber tells you.',
      es: 'Si ha tenido herpes labial, tome el antiviral antes de la cita tal como le indique quien se lo recetó.',
      fr: 'Si vous avez déjà eu des boutons de fièvre, prenez l’antiviral avant le rendez-vous comme votre prescripteur vous l’indique.',
      de: 'Wenn Sie schon einmal Lippenherpes hatten, nehmen Sie das antivirale Mittel vor dem Termin so ein, wie es Ihnen verordnet wurde.'
    })
  ],
  bring: [
    {
      en: 'A list of every medicine and supplement you take.',
      es: 'Una lista de todos los medicamentos y suplementos que toma.',
      fr: 'La liste de tous vos médicaments et compléments alimentaires.',
      de: 'Eine Liste aller Medikamente und Nahrungsergänzungsmittel, die Sie einnehmen.'
    },
    {
      en: 'Any letter from your doctor or prescriber that we asked you for.',
      es: 'El informe de su médico o de quien le receta, si se lo hemos pedido.',
      fr: 'Le courrier de votre médecin ou prescripteur, si nous vous l’avons demandé.',
      de: 'Ein Schreiben Ihrer Ärztin oder Ihres Arztes, falls wir Sie darum gebeten haben.'
    },
    {
      en: 'A hat for the way home if the day is sunny.',
      es: 'Un sombrero para la vuelta a casa si hace sol.',
      fr: 'Un chapeau pour le retour si le temps est ensoleillé.',
      de: 'Einen Hut für den Heimweg, falls die Sonne scheint.'
    }
  ],
  callToMove: [
    {
      en: 'A cold sore appears.',
      es: 'Le sale un herpes labial (calentura).',
      fr: 'Un bouton de fièvre apparaît.',
      de: 'Ein Lippenherpes bricht aus.'
    },
    {
      en: 'Spots, a rash or an infection flare up on the area.',
      es: 'Aparecen granos, una erupción o una infección en la zona.',
      fr: 'Des boutons, une rougeur ou une infection apparaissent sur la zone.',
      de: 'An der Stelle treten Pickel, ein Ausschlag oder eine Entzündung auf.'
    },
    {
      en: 'You get sunburnt.',
      es: 'Se quema con el sol.',
      fr: 'Vous attrapez un coup de soleil.',
      de: 'Sie bekommen einen Sonnenbrand.'
    },
    {
      en: 'Your health or your medicines change.',
      es: 'Cambia su estado de salud o su medicación.',
      fr: 'Votre santé ou vos traitements changent.',
      de: 'Ihre Gesundheit oder Ihre Medikamente ändern sich.'
    }
  ]
}
