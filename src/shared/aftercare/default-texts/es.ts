import type { HandoutTexts } from '../handout-texts'

/**
 * The Spanish handout texts of the default protocol, for Spain (es-ES). They speak to the
 * patient as "tú", as aftercare sheets in Spanish clinics usually do, and call the
 * practitioner "tu especialista".
 */
export const ES_TEXTS: HandoutTexts = {
  bands: {
    light: {
      name: 'Tratamiento suave',
      healing: 'La piel se recupera rápido: en 2 o 3 días, casi todo el mundo vuelve a verse como siempre.'
    },
    medium: {
      name: 'Tratamiento medio',
      healing: 'Es normal tener algo de rojez entre 2 y 4 días. Después, tu piel debería verse casi normal.'
    },
    deep: {
      name: 'Tratamiento profundo',
      healing: 'Un tratamiento profundo necesita más tiempo: cuenta con rojez e hinchazón unos 4 o 5 días.'
    },
    very_deep: {
      name: 'Tratamiento muy profundo',
      healing: 'Dale tiempo a tu piel: la rojez y la hinchazón pueden durar de 5 a 7 días.'
    }
  },
  about: {
    title: 'Sobre tu tratamiento',
    paragraphs: [
      'El microneedling también se conoce como micropunción, terapia de inducción de colágeno o dermarolling.',
      'Un aparato en forma de bolígrafo, o un rodillo, con agujas muy finas y estériles hace muchísimos agujeritos en la piel. Al repararlos, tu piel fabrica colágeno y elastina nuevos, que son los que la mantienen firme y elástica.',
      'Se hace en tres pasos. Primero preparamos la piel, normalmente con una crema anestésica. Después hacemos la micropunción, eligiendo la profundidad y la densidad según tu piel y la zona. A partir de ahí, tu piel hace el resto mientras se recupera.',
      'Puede dejar la piel más suave, atenuar líneas finas y arrugas, y ayudar a difuminar cicatrices de acné, manchas y zonas de tono desigual, para que se vea más fresca. No es cirugía, y casi todo el mundo solo necesita unos días tranquilos.',
      'Los resultados llegan poco a poco. La piel suele estar recuperada del todo en un mes, pero el colágeno nuevo se sigue formando durante semanas y meses. Tu especialista puede recomendarte sesiones de mantenimiento para conservar los resultados.'
    ]
  },
  milestonesTitle: 'Tus fechas',
  milestones: {
    first_wash: {
      label: 'Primer lavado suave',
      advice:
        'Lava la zona por primera vez en esta franja, con agua tibia y un limpiador suave sin perfume. Sécala a toquecitos, sin frotar.'
    },
    makeup_and_sunscreen: {
      label: 'Maquillaje y protector solar',
      advice:
        'Ni maquillaje ni protector solar antes de esa hora: los agujeritos siguen abiertos y podrían entrar gérmenes o irritantes.'
    },
    sweating_and_heat: {
      label: 'Deporte, sauna y duchas calientes',
      advice:
        'Antes de esa hora, nada de ejercicio que te haga sudar, sauna, baño de vapor ni duchas calientes. El sudor y el calor pueden obstruir los poros y causar granitos o infección.'
    },
    strict_sun_avoidance: {
      label: 'Evita el sol',
      advice:
        'No te expongas al sol directo ni al polvo de la calle. Si tienes que salir, lleva sombrero, ropa que te cubra y paraguas, y SPF 30 o más en cuanto puedas ponerte protector.'
    },
    daily_spf: {
      label: 'Protector solar cada día',
      advice:
        'Ponte SPF 30 o más cada mañana, aunque esté nublado. El sol vuelve sensible la piel que se está recuperando y puede dejar manchas oscuras.'
    },
    acids_and_scrubs: {
      label: 'Ácidos, exfoliantes y tónicos con alcohol',
      advice:
        'Hasta entonces, nada de AHA (como el ácido glicólico), BHA (como el ácido salicílico), peróxido de benzoilo, exfoliantes ni tónicos con alcohol: son demasiado agresivos para tu piel ahora.'
    },
    retinoids: {
      label: 'Retinol y retinoides',
      advice: 'Deja el retinol y otras cremas con retinoides hasta entonces: son demasiado fuertes para tu piel ahora.'
    }
  },
  stagesTitle: 'Así se recupera tu piel',
  stages: {
    right_after: {
      title: 'Justo después',
      whatYouWillSee: 'Notarás la piel sensible, roja y algo hinchada, como tras una quemadura solar leve.',
      whatToDo: 'De camino a casa, evita el sol: sombrero, paraguas o sombra.'
    },
    days_1_to_3: {
      title: 'Días 1 a 3',
      whatYouWillSee: 'La piel puede seguir roja, tirante y seca. Es normal que se pele un poco.',
      whatToDo: 'Mantenla limpia e hidratada, y sigue las indicaciones de tu especialista.'
    },
    days_4_to_7: {
      title: 'Días 4 a 7',
      whatYouWillSee: 'La rojez y la hinchazón van bajando, aunque la piel puede seguir un poco rosada.',
      whatToDo: 'Puedes volver poco a poco a una rutina suave. Evita los productos agresivos hasta las fechas de arriba.'
    },
    following_weeks: {
      title: 'Las semanas siguientes',
      whatYouWillSee: 'La rojez desaparece y la piel empieza a verse más luminosa y lisa.',
      whatToDo: 'Por dentro, tu piel sigue fabricando colágeno nuevo, así que protégela del sol.'
    },
    long_term: {
      title: 'Los meses siguientes',
      whatYouWillSee: 'En los próximos meses, las líneas finas se suavizan y la textura de tu piel mejora.',
      whatToDo: 'Tu especialista puede recomendarte una sesión de mantenimiento de vez en cuando para conservar los resultados.'
    }
  },
  nextSession: {
    title: 'Tu próxima sesión',
    advice:
      'Tu piel necesita este tiempo para recuperarse y formar colágeno. Pide cita dentro de estas fechas.'
  },
  course: {
    title: 'El resto de tu tratamiento',
    advice:
      'Estas son las fechas orientativas de tus próximas sesiones. Los días exactos dependerán de cuándo hagas cada sesión anterior.'
  },
  safeToUse: {
    title: 'Puedes usar sin problema',
    items: [
      'Ácido hialurónico',
      'Sérum de vitamina C',
      'Protector solar, desde la hora indicada',
      'Péptidos',
      'Niacinamida (vitamina B3)',
      'Gel de aloe vera',
      'Ceramidas',
      'Vitamina E',
      'Ácido ferúlico',
      'Factores de crecimiento',
      'Antioxidantes'
    ]
  },
  avoid: {
    title: 'Mejor evitar por ahora',
    items: [
      'Retinol',
      'Aceite de coco: puede tapar los poros. Mejor productos no comedogénicos',
      'AHA (alfahidroxiácidos)',
      'BHA (betahidroxiácidos)',
      'Peróxido de benzoilo',
      'Productos con alcohol',
      'Aceites esenciales',
      'Exfoliantes de cualquier tipo',
      'Perfumes y productos con fragancia'
    ]
  },
  tips: {
    title: 'Diez consejos para el mejor resultado',
    items: [
      'Usa los productos que te recomendamos.',
      'Pregúntanos por suplementos de vitaminas o minerales que ayuden a tu piel.',
      'Hidrata la piel cada día con un gel ligero que no obstruya los poros, no con una crema espesa.',
      'Evita el sol directo y quédate en casa cuando puedas. Si sales, usa SPF 30 o más y cúbrete.',
      'No uses AHA, BHA, retinoides ni peróxido de benzoilo hasta las fechas de tu lista.',
      'Lávate con agua tibia o fresca.',
      'Nada de ejercicio intenso: el sudor puede tapar los poros y causar granitos o infección.',
      'Nada de agua caliente en la cara, ni al lavarte ni en la ducha.',
      'No te toques, rasques, frotes ni arranques la piel, aunque se pele o te pique.',
      'Bebe mucha agua y come de forma equilibrada.'
    ]
  },
  precautions: {
    title: 'Ten en cuenta',
    items: [
      'Sigue las instrucciones por escrito que te dé tu especialista.',
      'Consulta con tu especialista antes de tomar ibuprofeno u otros analgésicos: algunos pueden retrasar la recuperación.',
      'No te pongas maquillaje ni protector solar durante, como mínimo, las primeras 24 horas.'
    ]
  },
  callTheClinic: {
    title: 'Cuándo llamar a la clínica',
    intro: 'Llámanos enseguida si notas cualquiera de estas señales, porque pueden indicar una infección:',
    signs: [
      'Dolor que va a más en lugar de mejorar',
      'Pus o líquido amarillo que sale de la piel',
      'Fiebre',
      'Rojez o hinchazón que se extiende o aumenta pasadas las primeras 48 horas'
    ]
  },
  questions: {
    title: 'Preguntas frecuentes',
    items: [
      {
        question: '¿Cuándo puedo lavarme la cara?',
        answer:
          'En la franja del primer lavado de tu lista, entre 4 y 6 horas después. Con cuidado y con un limpiador suave sin perfume.'
      },
      {
        question: '¿Cómo me quito la piel muerta?',
        answer: 'Deja que se caiga sola; un limpiador suave y una crema hidratante ayudan. Por favor, no uses exfoliantes.'
      },
      {
        question: '¿Y si me salen granitos?',
        answer: 'No los toques con las manos. Usa una hidratante ligera que no tape los poros, y llámanos.'
      },
      {
        question: '¿Qué me pongo en la cara?',
        answer: 'Un gel hidratante ligero y calmante que no obstruya los poros, y lo que te haya recomendado tu especialista.'
      },
      {
        question: '¿De verdad necesito protector solar?',
        answer:
          'Sí. Desde la hora indicada en tu lista, usa SPF 30 o más cada día para evitar quemaduras y manchas oscuras.'
      }
    ]
  }
}
