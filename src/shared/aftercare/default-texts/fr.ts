import type { HandoutTexts } from '../handout-texts'

/**
 * The French handout texts of the default protocol, for France (fr-FR), addressing the patient
 * as "vous". As French typography wants, the spaces before : ; ? ! and inside « » are no-break
 * spaces (U+00A0), so those signs never start a line.
 */
export const FR_TEXTS: HandoutTexts = {
  bands: {
    light: {
      name: 'Traitement léger',
      healing: 'Un traitement léger cicatrise vite : en 2 ou 3 jours, la plupart des gens ont retrouvé leur peau.'
    },
    medium: {
      name: 'Traitement intermédiaire',
      healing: 'Quelques rougeurs pendant 2 à 4 jours, puis la peau retrouve un aspect presque normal.'
    },
    deep: {
      name: 'Traitement profond',
      healing: 'Un traitement profond demande plus de temps : rougeurs et léger gonflement pendant 4 ou 5 jours.'
    },
    very_deep: {
      name: 'Traitement très profond',
      healing: 'Laissez du temps à votre peau : rougeurs et gonflement peuvent durer 5 à 7 jours.'
    }
  },
  about: {
    title: 'Votre traitement en bref',
    paragraphs: [
      'Le microneedling est aussi appelé induction de collagène, ou traitement au dermaroller.',
      'Un stylo ou un rouleau muni d’aiguilles très fines et stériles crée une multitude de micro-perforations dans la peau. En les réparant, la peau fabrique du collagène et de l’élastine neufs, qui la gardent ferme et souple.',
      'Le soin se fait en trois étapes. D’abord, nous préparons votre peau, en général avec une crème anesthésiante. Puis vient le microneedling, avec une profondeur et une densité adaptées à votre peau et à la zone. Ensuite, votre peau fait le reste en cicatrisant.',
      'Il peut rendre la peau plus lisse, atténuer ridules et rides, et estomper cicatrices d’acné, taches brunes et teint irrégulier, pour un aspect plus frais. Ce n’est pas de la chirurgie, et quelques jours au calme suffisent en général.',
      'Les résultats viennent progressivement. La peau est en général complètement remise en un mois environ, mais le collagène continue de se former pendant des semaines, voire des mois. Votre praticien pourra vous proposer des séances d’entretien pour garder les résultats.'
    ]
  },
  milestonesTitle: 'Vos dates clés',
  milestones: {
    first_wash: {
      label: 'Premier nettoyage en douceur',
      advice:
        'Nettoyez la zone pour la première fois dans ce créneau : eau tiède et nettoyant doux sans parfum, puis séchez en tamponnant.'
    },
    makeup_and_sunscreen: {
      label: 'Maquillage et crème solaire',
      advice:
        'Ni maquillage ni crème solaire avant ce moment : les petits trous encore ouverts laisseraient entrer microbes et irritants.'
    },
    sweating_and_heat: {
      label: 'Sport, sauna et douche chaude',
      advice:
        'Avant ce moment, pas de sport qui fait transpirer, ni sauna, hammam ou douche chaude. La sueur et la chaleur peuvent boucher les pores et donner boutons ou infection.'
    },
    strict_sun_avoidance: {
      label: 'Pas de soleil',
      advice:
        'Évitez le soleil direct et la poussière en extérieur. Si vous devez sortir : chapeau, vêtements couvrants, parapluie, et SPF 30 ou plus dès que la crème solaire est permise.'
    },
    daily_spf: {
      label: 'Crème solaire chaque jour',
      advice:
        'Appliquez un SPF 30 ou plus chaque matin, même par temps couvert. Le soleil rend la peau qui cicatrise sensible et peut laisser des taches brunes.'
    },
    acids_and_scrubs: {
      label: 'Acides, gommages et lotions alcoolisées',
      advice:
        'D’ici là, pas d’AHA (comme l’acide glycolique), de BHA (comme l’acide salicylique), de peroxyde de benzoyle, de gommage ni de lotion à l’alcool : trop agressifs pour une peau qui cicatrise.'
    },
    retinoids: {
      label: 'Rétinol et rétinoïdes',
      advice: 'Mettez de côté le rétinol et les autres crèmes aux rétinoïdes d’ici là : ils sont trop forts pour une peau qui cicatrise.'
    }
  },
  stagesTitle: 'Comment votre peau va cicatriser',
  stages: {
    right_after: {
      title: 'Juste après',
      whatYouWillSee: 'Votre peau est sensible, rouge et un peu gonflée, comme après un coup de soleil.',
      whatToDo: 'En rentrant, évitez le soleil : chapeau, parapluie ou ombre.'
    },
    days_1_to_3: {
      title: 'Jours 1 à 3',
      whatYouWillSee: 'Votre peau peut rester rouge, tirer et être sèche. Qu’elle pèle un peu, c’est normal.',
      whatToDo: 'Gardez la zone propre et bien hydratée, et suivez les consignes de votre praticien.'
    },
    days_4_to_7: {
      title: 'Jours 4 à 7',
      whatYouWillSee: 'Les rougeurs et le gonflement diminuent, mais la peau peut rester un peu rosée.',
      whatToDo: 'Vous pouvez reprendre peu à peu des soins doux. Évitez les produits agressifs jusqu’aux dates indiquées plus haut.'
    },
    following_weeks: {
      title: 'Les semaines suivantes',
      whatYouWillSee: 'Les rougeurs disparaissent, et votre peau paraît plus nette et plus lisse.',
      whatToDo: 'En profondeur, elle continue de fabriquer du collagène : continuez à la protéger du soleil.'
    },
    long_term: {
      title: 'Les mois suivants',
      whatYouWillSee: 'Au fil des mois, les ridules s’atténuent et le grain de peau s’affine.',
      whatToDo: 'Votre praticien pourra vous proposer une séance d’entretien de temps en temps pour garder les résultats.'
    }
  },
  nextSession: {
    title: 'Votre prochaine séance',
    advice:
      'Ce délai laisse à votre peau le temps de cicatriser et de produire du collagène.'
  },
  course: {
    title: 'La suite de votre cure',
    advice:
      'Voici les périodes prévues pour vos prochaines séances. Les jours exacts dépendent de la date de chaque séance précédente.'
  },
  safeToUse: {
    title: 'Autorisé pendant la cicatrisation',
    items: [
      'Acide hyaluronique',
      'Sérum à la vitamine C',
      'Crème solaire, dès l’heure indiquée',
      'Peptides',
      'Niacinamide (vitamine B3)',
      'Gel d’aloe vera',
      'Céramides',
      'Vitamine E',
      'Acide férulique',
      'Facteurs de croissance',
      'Antioxydants'
    ]
  },
  avoid: {
    title: 'À éviter pendant la cicatrisation',
    items: [
      'Rétinol',
      'Huile de coco, qui bouche les pores : préférez le non comédogène',
      'AHA (acides alpha-hydroxylés)',
      'BHA (acides bêta-hydroxylés)',
      'Peroxyde de benzoyle',
      'Produits contenant de l’alcool',
      'Huiles essentielles',
      'Gommages et autres exfoliants',
      'Parfums et produits parfumés'
    ]
  },
  tips: {
    title: 'Dix conseils pour un beau résultat',
    items: [
      'Utilisez les produits que nous vous conseillons.',
      'Demandez-nous quels compléments (vitamines, minéraux) aident la peau à cicatriser.',
      'Hydratez chaque jour avec un gel léger non comédogène, pas une crème épaisse.',
      'Évitez le soleil et restez à l’intérieur si possible. Dehors : SPF 30 ou plus et vêtements couvrants.',
      'Mettez de côté AHA, BHA, rétinoïdes et peroxyde de benzoyle jusqu’aux dates indiquées plus haut.',
      'Lavez-vous à l’eau tiède ou fraîche.',
      'Pas de sport intense : la sueur peut boucher les pores et donner boutons ou infection.',
      'Pas d’eau chaude sur le visage, ni pour la toilette ni sous la douche.',
      'Ne grattez pas, ne frottez pas et n’arrachez pas les petites peaux, même si ça pèle ou ça démange.',
      'Buvez beaucoup d’eau et mangez équilibré.'
    ]
  },
  precautions: {
    title: 'Précautions',
    items: [
      'Suivez les consignes écrites de votre praticien.',
      'Demandez l’avis de votre praticien avant de prendre de l’ibuprofène ou un autre antidouleur : certains peuvent ralentir la cicatrisation.',
      'Pas de maquillage ni de crème solaire pendant au moins les 24 premières heures.'
    ]
  },
  callTheClinic: {
    title: 'Quand nous appeler',
    intro: 'Appelez-nous sans attendre si vous remarquez l’un de ces signes possibles d’infection :',
    signs: [
      'Une douleur qui s’aggrave',
      'Du pus ou un liquide jaune qui coule',
      'De la fièvre',
      'Une rougeur ou un gonflement qui s’étend ou augmente après les 48 premières heures'
    ]
  },
  questions: {
    title: 'Vos questions fréquentes',
    items: [
      {
        question: 'Quand puis-je me laver le visage ?',
        answer: 'Environ 4 à 6 heures après, dans le créneau indiqué plus haut, avec un nettoyant doux sans parfum.'
      },
      {
        question: 'Comment enlever les peaux mortes ?',
        answer: 'Laissez-les tomber seules ; un nettoyant doux et une crème hydratante aident. Ni gommage ni exfoliant.'
      },
      {
        question: 'Et si j’ai des boutons ?',
        answer: 'N’y touchez pas avec les doigts. Gardez une hydratation légère non comédogène et appelez-nous.'
      },
      {
        question: 'Que mettre sur ma peau ?',
        answer: 'Un gel hydratant léger, apaisant et non comédogène, et les produits conseillés par votre praticien.'
      },
      {
        question: 'Faut-il vraiment de la crème solaire ?',
        answer: 'Oui : dès l’heure indiquée, un SPF 30 ou plus chaque jour, contre les coups de soleil et les taches.'
      }
    ]
  }
}
