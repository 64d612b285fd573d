import type { HandoutTexts } from '../handout-texts'

/** The English handout texts of the default protocol. */
export const EN_TEXTS: HandoutTexts = {
  bands: {
    light: {
      name: 'Light treatment',
      healing: 'Light treatments heal fast. Most people look like themselves again after 2 or 3 days.'
    },
    medium: {
      name: 'Medium treatment',
      healing: 'Expect some redness for about 2 to 4 days. After that, your skin should look close to normal.'
    },
    deep: {
      name: 'Deep treatment',
      healing: 'Deeper treatments need a little longer. Expect redness and some swelling for about 4 or 5 days.'
    },
    very_deep: {
      name: 'Very deep treatment',
      healing:
        'Your skin had a strong treatment, so give it time. Redness and swelling can last about 5 to 7 days.'
    }
  },
  about: {
    title: 'About your treatment',
    paragraphs: [
      'Microneedling is also known as collagen induction therapy or dermarolling.',
      'A pen or roller with very fine, clean needles makes lots of tiny holes in your skin. While your skin mends them, it makes new collagen and elastin, the things that keep skin firm and bouncy.',
      'It happens in three steps. First we get your skin ready, usually with a numbing cream. Then we do the needling, choosing how deep and how close together to go for your skin and the area. After that, your skin does the rest as it heals.',
      'It can make your skin feel smoother, soften fine lines and wrinkles, and help acne scars, dark spots and patches of uneven colour fade, so your skin looks fresher. There is no surgery, and most people only need a few quiet days.',
      'Results come slowly. Your skin should be fully healed in about a month, but new collagen keeps building for weeks and months after. Your practitioner may suggest top-up sessions to keep your results.'
    ]
  },
  milestonesTitle: 'Your dates',
  milestones: {
    first_wash: {
      label: 'First gentle wash',
      advice:
        'Wash gently for the first time in this window: lukewarm water and a mild cleanser with no perfume, then pat dry.'
    },
    makeup_and_sunscreen: {
      label: 'Makeup and sunscreen',
      advice:
        'No makeup or sunscreen before this time. Until then the tiny holes are still open, and germs or irritating products could get in.'
    },
    sweating_and_heat: {
      label: 'Workouts, sauna and hot showers',
      advice:
        'No sweaty workouts, saunas, steam rooms or hot showers before this time. Sweat and heat can block pores and lead to spots or infection.'
    },
    strict_sun_avoidance: {
      label: 'Keep out of the sun',
      advice:
        'Stay out of direct sun and outdoor dust. If you must go out, wear a hat, cover up, carry an umbrella, and use SPF 30 or higher once sunscreen is allowed.'
    },
    daily_spf: {
      label: 'Sunscreen every day',
      advice:
        'Put on SPF 30 or higher every morning, even on cloudy days. Sun makes healing skin sensitive and can leave dark patches.'
    },
    acids_and_scrubs: {
      label: 'Acids, scrubs and alcohol toners',
      advice:
        'No AHAs (like glycolic acid), BHAs (like salicylic acid), benzoyl peroxide, face scrubs or alcohol toners before this time: they are too harsh for healing skin.'
    },
    retinoids: {
      label: 'Retinol and retinoids',
      advice: 'Pause retinol and other retinoid creams until this time. They are too strong for healing skin.'
    }
  },
  stagesTitle: 'How your skin will heal',
  stages: {
    right_after: {
      title: 'Straight after',
      whatYouWillSee: 'Your skin will feel tender. It may be red and a bit puffy, a little like a sunburn.',
      whatToDo: 'Keep out of direct sun on your way home: wear a hat, use an umbrella or walk in the shade.'
    },
    days_1_to_3: {
      title: 'Days 1 to 3',
      whatYouWillSee:
        'Your skin may still be red and feel tight and dry. A little flaking or peeling is normal.',
      whatToDo:
        'Keep the area clean and moisturised, and follow the steps your practitioner gave you.'
    },
    days_4_to_7: {
      title: 'Days 4 to 7',
      whatYouWillSee: 'The redness and puffiness calm down, though your skin may stay a little pink.',
      whatToDo:
        'You can slowly go back to gentle skincare. Keep away from harsh products until the dates on your list.'
    },
    following_weeks: {
      title: 'The weeks after',
      whatYouWillSee: 'The redness fades, and your skin starts to look clearer and smoother.',
      whatToDo:
        'Under the surface, your skin is still building new collagen, so keep protecting it from the sun.'
    },
    long_term: {
      title: 'The months after',
      whatYouWillSee: 'Over the next few months, fine lines soften and the feel of your skin gets better.',
      whatToDo: 'Your practitioner may suggest a top-up treatment now and then to keep your results.'
    }
  },
  nextSession: {
    title: 'Your next session',
    advice:
      'Your skin needs time to heal and build collagen before the next session. Please book a day in this window.'
  },
  course: {
    title: 'The rest of your course',
    advice:
      'These are the windows for your remaining sessions. The exact days depend on when each session before them takes place.'
  },
  safeToUse: {
    title: 'Safe to use while you heal',
    items: [
      'Hyaluronic acid serum',
      'Vitamin C serum',
      'Sunscreen, from the time on your dates list',
      'Peptides',
      'Niacinamide (vitamin B3)',
      'Aloe vera gel',
      'Ceramides',
      'Vitamin E',
      'Ferulic acid',
      'Growth factors',
      'Antioxidants'
    ]
  },
  avoid: {
    title: 'Leave these out while you heal',
    items: [
      'Retinol',
      'Coconut oil, which can block pores: choose products labelled non-comedogenic instead',
      'AHAs (alpha hydroxy acids)',
      'BHAs (beta hydroxy acids)',
      'Benzoyl peroxide',
      'Products with alcohol in them',
      'Essential oils',
      'Scrubs and other exfoliating products',
      'Perfume and scented products'
    ]
  },
  tips: {
    title: 'Ten tips for the best results',
    items: [
      'Use the products your practitioner recommends.',
      'Ask your practitioner about vitamin or mineral supplements that help skin heal.',
      'Moisturise every day with a light gel that does not block pores, not a thick cream.',
      'Keep out of direct sun and stay indoors when you can. Outside, wear SPF 30 or higher and cover up.',
      'Leave AHAs, BHAs, retinoids and benzoyl peroxide alone for several days to a week: see your dates list.',
      'Wash with lukewarm or cool water.',
      'Skip hard exercise that makes you sweat: sweat can block pores and cause spots or infection.',
      'Keep hot water off your face, when you wash and in the shower.',
      'Do not pick, scratch, rub or poke your skin, even when it flakes or itches.',
      'Drink plenty of water and eat a balanced diet.'
    ]
  },
  precautions: {
    title: 'Please be careful',
    items: [
      'Follow the written instructions your practitioner gives you.',
      'Check with your practitioner before you take ibuprofen or other painkillers, because some of them can slow healing.',
      'Do not put on makeup or sunscreen for at least the first 24 hours.'
    ]
  },
  callTheClinic: {
    title: 'When to call the clinic',
    intro: 'Call us straight away if you notice any of these, because they can be signs of an infection:',
    signs: [
      'Pain that gets worse instead of better',
      'Pus or yellow fluid coming from the skin',
      'A fever',
      'Redness or swelling that spreads or grows after the first 48 hours'
    ]
  },
  questions: {
    title: 'Questions people often ask',
    items: [
      {
        question: 'When can I wash my face?',
        answer:
          'In the first-wash window on your dates list, about 4 to 6 hours after. Be gentle and use a mild cleanser with no perfume.'
      },
      {
        question: 'How do I get rid of dead skin?',
        answer:
          'Let it come off by itself; a gentle cleanser and moisturiser help. Please do not use scrubs or exfoliants.'
      },
      {
        question: 'What if I get spots?',
        answer:
          'Do not touch them with bare hands. Keep to a gentle moisturiser that does not block pores, skip heavy products, and call us.'
      },
      {
        question: 'What should I put on my face?',
        answer:
          'A soothing, light moisturising gel that does not block pores, and anything your practitioner recommended.'
      },
      {
        question: 'Do I really need sunscreen?',
        answer:
          'Yes. From the time on your dates list, wear SPF 30 or higher every day to prevent sunburn and dark patches.'
      }
    ]
  }
}
