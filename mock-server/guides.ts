/**
 * Product guides and FAQs for the main categories (milk, doi, ghee, cheese and
 * paneer), in English and Bengali, as a shop would give them to
 * `<sd-product-guide>` in its `<script type="application/json">` (the shape is
 * documented on the element). Figures are typical values for such products, for
 * the demo and stories; a real shop writes its own.
 */
import type { Category } from './catalog.js';

type Table = { caption?: string; columns: string[]; rows: (string | number)[][] };
interface Section {
  title: string;
  text?: string | string[];
  list?: string[];
  table?: Table;
}
export interface MockGuide {
  sections: Section[];
  faqs: { question: string; answer: string | string[] }[];
}
type Locale = 'en' | 'bn';

const milk: Record<Locale, MockGuide> = {
  en: {
    sections: [
      {
        title: 'Which pack suits your household',
        text: 'Opened fresh milk keeps two to three days, so choose the pack your household drinks in that time.',
        table: {
          caption: 'Pack sizes',
          columns: ['Pack', 'Household', 'Lasts about'],
          rows: [
            ['500 ml', '1–2 people, tea only', '1 day'],
            ['1 L', '2–4 people', '1–2 days'],
            ['2 × 1 L', '4–6 people, or children at home', '2 days'],
          ],
        },
      },
      {
        title: 'Storage and shelf life',
        list: [
          'Keep it in the fridge at 4 °C or below, on a shelf rather than in the door.',
          'Unopened: use by the date on the pack (about 5 days from packing).',
          'Opened: finish within 2–3 days, and close the pack after each use.',
          'UHT milk keeps 6 months unopened at room temperature; once opened, treat it like fresh milk.',
        ],
      },
      {
        title: 'Nutrition per serving',
        text: 'Typical values; the pack shows the exact figures.',
        table: { caption: 'Per 250 ml glass of whole milk', columns: ['Nutrient', 'Amount'], rows: [['Energy', '160 kcal'], ['Protein', '8 g'], ['Fat', '9 g'], ['Carbohydrate (lactose)', '12 g'], ['Calcium', '300 mg']] },
      },
    ],
    faqs: [
      { question: 'Do I need to boil pasteurised milk?', answer: 'No: it is already heat-treated and safe to drink cold. Boiling it for tea is fine, though it changes the taste a little.' },
      { question: 'Why is there a layer of cream on top?', answer: ['Our fresh milk is not homogenised, so the cream rises.', 'Shake the pack gently before pouring, or skim the cream off to make ghee.'] },
      { question: 'Can I freeze milk?', answer: 'Yes, for up to a month. Thaw it in the fridge and shake it well; after freezing it is best for cooking.' },
      { question: 'Is it suitable for babies?', answer: 'Cow’s milk is not recommended as the main drink for babies under 12 months. Please ask your doctor.' },
    ],
  },
  bn: {
    sections: [
      {
        title: 'আপনার পরিবারের জন্য কোন প্যাক',
        text: 'খোলার পর তাজা দুধ দুই-তিন দিন ভালো থাকে, তাই এই সময়ে আপনার পরিবার যতটা দুধ খায় সেই প্যাকটি বেছে নিন।',
        table: {
          caption: 'প্যাকের মাপ',
          columns: ['প্যাক', 'পরিবার', 'প্রায় চলে'],
          rows: [
            ['৫০০ মিলি', '১–২ জন, শুধু চায়ের জন্য', '১ দিন'],
            ['১ লিটার', '২–৪ জন', '১–২ দিন'],
            ['২ × ১ লিটার', '৪–৬ জন, বা বাড়িতে শিশু থাকলে', '২ দিন'],
          ],
        },
      },
      {
        title: 'সংরক্ষণ ও মেয়াদ',
        list: [
          'ফ্রিজে ৪ °সে বা তার কম তাপমাত্রায় রাখুন, দরজায় নয়, তাকে।',
          'না খোলা প্যাক: প্যাকে লেখা তারিখের মধ্যে খেয়ে নিন (প্যাকিংয়ের প্রায় ৫ দিন)।',
          'খোলার পর: ২–৩ দিনের মধ্যে শেষ করুন, প্রতিবার প্যাক বন্ধ করে রাখুন।',
          'ইউএইচটি দুধ না খুলে ঘরের তাপমাত্রায় ৬ মাস ভালো থাকে; খোলার পর তাজা দুধের মতো রাখুন।',
        ],
      },
      {
        title: 'প্রতি পরিবেশনে পুষ্টিগুণ',
        text: 'সাধারণ মান; সঠিক হিসাব প্যাকে লেখা আছে।',
        table: { caption: 'প্রতি ২৫০ মিলি গ্লাস ফুল ক্রিম দুধে', columns: ['পুষ্টি উপাদান', 'পরিমাণ'], rows: [['শক্তি', '১৬০ কিলোক্যালরি'], ['প্রোটিন', '৮ গ্রাম'], ['চর্বি', '৯ গ্রাম'], ['শর্করা (ল্যাকটোজ)', '১২ গ্রাম'], ['ক্যালসিয়াম', '৩০০ মিলিগ্রাম']] },
      },
    ],
    faqs: [
      { question: 'পাস্তুরিত দুধ কি ফুটিয়ে খেতে হয়?', answer: 'না: দুধটি আগেই তাপে শোধিত, ঠান্ডা অবস্থায়ও নিরাপদ। চায়ের জন্য ফোটাতে পারেন, তবে স্বাদ একটু বদলায়।' },
      { question: 'দুধের ওপর সরের স্তর কেন?', answer: ['আমাদের তাজা দুধ হোমোজেনাইজ করা নয়, তাই সর ওপরে ওঠে।', 'ঢালার আগে প্যাকটি আস্তে ঝাঁকিয়ে নিন, অথবা সর তুলে ঘি বানান।'] },
      { question: 'দুধ কি ফ্রিজারে রাখা যায়?', answer: 'হ্যাঁ, এক মাস পর্যন্ত। ফ্রিজে গলিয়ে ভালো করে ঝাঁকিয়ে নিন; জমানোর পর রান্নায় ব্যবহারই ভালো।' },
      { question: 'শিশুদের জন্য কি উপযুক্ত?', answer: '১২ মাসের কম বয়সী শিশুর প্রধান পানীয় হিসেবে গরুর দুধ দেওয়া উচিত নয়। আপনার চিকিৎসকের পরামর্শ নিন।' },
    ],
  },
};

const yogurt: Record<Locale, MockGuide> = {
  en: {
    sections: [
      {
        title: 'Which pack suits your household',
        table: { caption: 'Doi pack sizes', columns: ['Pack', 'Good for'], rows: [['200 g', 'One person, a dessert'], ['500 g', 'A family of 3–4 after a meal'], ['1 kg', 'Guests or a celebration']] },
      },
      {
        title: 'Storage and shelf life',
        list: [
          'Keep doi in the fridge at 4 °C: it keeps 5–7 days unopened.',
          'Once opened, cover it and eat it within 2 days.',
          'Sour doi grows more sour with time: that is its live culture at work.',
          'Do not freeze doi: it turns grainy when thawed.',
        ],
      },
      {
        title: 'Nutrition per serving',
        table: { caption: 'Per 100 g, typical values', columns: ['Nutrient', 'Mishti doi', 'Sour doi'], rows: [['Energy', '150 kcal', '60 kcal'], ['Protein', '4 g', '3.5 g'], ['Fat', '4 g', '3 g'], ['Sugars', '20 g', '4 g']] },
      },
    ],
    faqs: [
      { question: 'Why is there water on top of my doi?', answer: 'That is whey, and it is normal. Stir it back in for a softer doi, or pour it off for a thicker one.' },
      { question: 'Can I cook with sour doi?', answer: ['Yes: for borhani, raita and marinades.', 'In a hot curry, whisk it first and stir it in off the heat so that it does not split.'] },
      { question: 'Does the clay pot matter?', answer: 'The clay pot draws a little water out, so the doi sets thicker. Keep it in its pot in the fridge until it is finished.' },
    ],
  },
  bn: {
    sections: [
      {
        title: 'আপনার পরিবারের জন্য কোন প্যাক',
        table: { caption: 'দইয়ের প্যাকের মাপ', columns: ['প্যাক', 'যাদের জন্য'], rows: [['২০০ গ্রাম', 'একজন, ডেজার্ট হিসেবে'], ['৫০০ গ্রাম', 'খাবারের পর ৩–৪ জনের পরিবার'], ['১ কেজি', 'অতিথি বা উৎসবের জন্য']] },
      },
      {
        title: 'সংরক্ষণ ও মেয়াদ',
        list: ['দই ফ্রিজে ৪ °সে তাপমাত্রায় রাখুন: না খুলে ৫–৭ দিন ভালো থাকে।', 'খোলার পর ঢেকে রাখুন এবং ২ দিনের মধ্যে খেয়ে নিন।', 'সময়ের সাথে টক দই আরও টক হয়: এটি জীবন্ত কালচারের কাজ।', 'দই ফ্রিজারে জমাবেন না: গলালে দানাদার হয়ে যায়।'],
      },
      {
        title: 'প্রতি পরিবেশনে পুষ্টিগুণ',
        table: { caption: 'প্রতি ১০০ গ্রামে, সাধারণ মান', columns: ['পুষ্টি উপাদান', 'মিষ্টি দই', 'টক দই'], rows: [['শক্তি', '১৫০ কিলোক্যালরি', '৬০ কিলোক্যালরি'], ['প্রোটিন', '৪ গ্রাম', '৩.৫ গ্রাম'], ['চর্বি', '৪ গ্রাম', '৩ গ্রাম'], ['চিনি', '২০ গ্রাম', '৪ গ্রাম']] },
      },
    ],
    faqs: [
      { question: 'দইয়ের ওপর পানি কেন?', answer: 'এটি ছানার পানি (হুই), এটি স্বাভাবিক। নরম দইয়ের জন্য মিশিয়ে নিন, ঘন দইয়ের জন্য ফেলে দিন।' },
      { question: 'টক দই দিয়ে কি রান্না করা যায়?', answer: ['হ্যাঁ: বোরহানি, রায়তা ও মেরিনেডে।', 'গরম তরকারিতে আগে ফেটিয়ে নিন এবং চুলা থেকে নামিয়ে মেশান, যাতে ছানা কেটে না যায়।'] },
      { question: 'মাটির হাঁড়ির কি কোনো গুরুত্ব আছে?', answer: 'মাটির হাঁড়ি কিছুটা পানি টেনে নেয়, তাই দই ঘন হয়ে জমে। শেষ না হওয়া পর্যন্ত হাঁড়িতেই ফ্রিজে রাখুন।' },
    ],
  },
};

const ghee: Record<Locale, MockGuide> = {
  en: {
    sections: [
      {
        title: 'Which pack suits your household',
        table: {
          caption: 'Ghee pack sizes',
          columns: ['Pack', 'Household', 'Lasts about'],
          rows: [['200 g', 'Now and then, on rice or in sweets', '1–2 months'], ['500 g', 'Cooking with ghee every week', '2–3 months'], ['1 kg', 'Daily cooking, or making sweets', '3–4 months']],
        },
      },
      {
        title: 'Storage and shelf life',
        list: ['Unopened: 12 months at room temperature, out of the sun.', 'Opened: 3 months in a cool cupboard, longer in the fridge.', 'Always use a dry spoon: water makes ghee go rancid.', 'Ghee that sets in winter is fine: stand the jar in warm water.'],
      },
      { title: 'Nutrition per serving', table: { caption: 'Per tablespoon (14 g)', columns: ['Nutrient', 'Amount'], rows: [['Energy', '125 kcal'], ['Fat', '14 g'], ['of which saturated', '9 g'], ['Protein', '0 g']] } },
    ],
    faqs: [
      { question: 'Why is my ghee grainy?', answer: 'Ghee that cools slowly forms grains: a sign of pure cow ghee, not of spoilage. Melt it gently if you prefer it smooth.' },
      { question: 'Is ghee free of lactose?', answer: 'Almost: clarifying removes nearly all milk solids. If you are very sensitive to lactose, ask your doctor.' },
      { question: 'Can I fry with ghee?', answer: 'Yes. Ghee smokes only at about 250 °C, so it suits frying, tempering (tadka) and paratha.' },
    ],
  },
  bn: {
    sections: [
      {
        title: 'আপনার পরিবারের জন্য কোন প্যাক',
        table: {
          caption: 'ঘিয়ের প্যাকের মাপ',
          columns: ['প্যাক', 'পরিবার', 'প্রায় চলে'],
          rows: [['২০০ গ্রাম', 'মাঝে মাঝে, ভাতে বা মিষ্টিতে', '১–২ মাস'], ['৫০০ গ্রাম', 'প্রতি সপ্তাহে ঘি দিয়ে রান্না', '২–৩ মাস'], ['১ কেজি', 'প্রতিদিনের রান্না বা মিষ্টি বানানো', '৩–৪ মাস']],
        },
      },
      {
        title: 'সংরক্ষণ ও মেয়াদ',
        list: ['না খোলা অবস্থায়: ঘরের তাপমাত্রায় রোদ থেকে দূরে ১২ মাস।', 'খোলার পর: ঠান্ডা তাকে ৩ মাস, ফ্রিজে আরও বেশি।', 'সবসময় শুকনো চামচ ব্যবহার করুন: পানি লাগলে ঘি নষ্ট হয়।', 'শীতে ঘি জমে গেলে চিন্তা নেই: বয়ামটি গরম পানিতে রাখুন।'],
      },
      { title: 'প্রতি পরিবেশনে পুষ্টিগুণ', table: { caption: 'প্রতি টেবিল চামচে (১৪ গ্রাম)', columns: ['পুষ্টি উপাদান', 'পরিমাণ'], rows: [['শক্তি', '১২৫ কিলোক্যালরি'], ['চর্বি', '১৪ গ্রাম'], ['এর মধ্যে সম্পৃক্ত', '৯ গ্রাম'], ['প্রোটিন', '০ গ্রাম']] } },
    ],
    faqs: [
      { question: 'আমার ঘি দানাদার কেন?', answer: 'ধীরে ঠান্ডা হলে ঘিয়ে দানা হয়: এটি খাঁটি গাওয়া ঘিয়ের লক্ষণ, নষ্ট হওয়ার নয়। মসৃণ চাইলে আস্তে গলিয়ে নিন।' },
      { question: 'ঘিয়ে কি ল্যাকটোজ নেই?', answer: 'প্রায় নেই: ঘি তৈরির সময় দুধের কঠিন অংশ প্রায় সবটাই বাদ যায়। ল্যাকটোজে খুব সংবেদনশীল হলে চিকিৎসকের পরামর্শ নিন।' },
      { question: 'ঘি দিয়ে কি ভাজা যায়?', answer: 'হ্যাঁ। ঘি প্রায় ২৫০ °সে তাপমাত্রার আগে ধোঁয়া ছাড়ে না, তাই ভাজা, ফোড়ন ও পরোটার জন্য উপযুক্ত।' },
    ],
  },
};

const cheese: Record<Locale, MockGuide> = {
  en: {
    sections: [
      {
        title: 'Which pack suits your household',
        table: { caption: 'Cheese and paneer packs', columns: ['Pack', 'Good for'], rows: [['Paneer 200 g', 'One dish for 2–3 people'], ['Cheddar 200 g', 'A week of sandwiches'], ['Mozzarella 200 g', 'One large pizza']] },
      },
      {
        title: 'Storage and shelf life',
        list: [
          'Paneer: in a closed box in the fridge, under water you change daily; eat it within 3 days of opening.',
          'Cheddar: wrap it in paper, then a bag; it keeps 3–4 weeks in the fridge once opened.',
          'Mozzarella: use it within 5 days of opening.',
          'Paneer freezes well for 2 months: soak it in warm water after thawing.',
        ],
      },
      {
        title: 'Nutrition per serving',
        table: { caption: 'Per 100 g, typical values', columns: ['Nutrient', 'Paneer', 'Cheddar'], rows: [['Energy', '265 kcal', '400 kcal'], ['Protein', '18 g', '25 g'], ['Fat', '20 g', '33 g'], ['Calcium', '480 mg', '720 mg']] },
      },
    ],
    faqs: [
      { question: 'Why does my paneer crumble when I fry it?', answer: 'Cold paneer is dry and brittle. Soak the cubes in warm salted water for 10 minutes, pat them dry, then fry.' },
      { question: 'How is paneer set?', answer: 'With lemon juice or vinegar, without rennet, so it suits a vegetarian kitchen.' },
      { question: 'Can I melt cheddar in cooking?', answer: 'Yes: grate it and add it at the end, over low heat, so that it melts smoothly instead of turning oily.' },
    ],
  },
  bn: {
    sections: [
      {
        title: 'আপনার পরিবারের জন্য কোন প্যাক',
        table: { caption: 'চিজ ও পনিরের প্যাক', columns: ['প্যাক', 'যাদের জন্য'], rows: [['পনির ২০০ গ্রাম', '২–৩ জনের জন্য এক পদ'], ['চেডার ২০০ গ্রাম', 'এক সপ্তাহের স্যান্ডউইচ'], ['মোজারেলা ২০০ গ্রাম', 'একটি বড় পিৎজা']] },
      },
      {
        title: 'সংরক্ষণ ও মেয়াদ',
        list: [
          'পনির: ফ্রিজে বন্ধ বাক্সে পানিতে ডুবিয়ে রাখুন, পানি রোজ বদলান; খোলার ৩ দিনের মধ্যে খেয়ে নিন।',
          'চেডার: কাগজে মুড়ে তারপর ব্যাগে রাখুন; খোলার পর ফ্রিজে ৩–৪ সপ্তাহ ভালো থাকে।',
          'মোজারেলা: খোলার ৫ দিনের মধ্যে ব্যবহার করুন।',
          'পনির ফ্রিজারে ২ মাস ভালো থাকে: গলানোর পর গরম পানিতে ভিজিয়ে নিন।',
        ],
      },
      {
        title: 'প্রতি পরিবেশনে পুষ্টিগুণ',
        table: { caption: 'প্রতি ১০০ গ্রামে, সাধারণ মান', columns: ['পুষ্টি উপাদান', 'পনির', 'চেডার'], rows: [['শক্তি', '২৬৫ কিলোক্যালরি', '৪০০ কিলোক্যালরি'], ['প্রোটিন', '১৮ গ্রাম', '২৫ গ্রাম'], ['চর্বি', '২০ গ্রাম', '৩৩ গ্রাম'], ['ক্যালসিয়াম', '৪৮০ মিলিগ্রাম', '৭২০ মিলিগ্রাম']] },
      },
    ],
    faqs: [
      { question: 'ভাজার সময় পনির ভেঙে যায় কেন?', answer: 'ঠান্ডা পনির শুকনো ও ভঙ্গুর থাকে। টুকরোগুলো ১০ মিনিট গরম লবণ-পানিতে ভিজিয়ে, মুছে তারপর ভাজুন।' },
      { question: 'পনির কীভাবে জমানো হয়?', answer: 'লেবুর রস বা ভিনেগার দিয়ে, রেনেট ছাড়া, তাই এটি নিরামিষ রান্নার উপযোগী।' },
      { question: 'রান্নায় কি চেডার গলানো যায়?', answer: 'হ্যাঁ: কুরিয়ে শেষে কম আঁচে দিন, যাতে তেলতেলে না হয়ে মসৃণভাবে গলে।' },
    ],
  },
};

const GUIDES: Partial<Record<Category, Record<Locale, MockGuide>>> = { milk, yogurt, ghee, cheese };

/** The guide and FAQs of a category in a language, or undefined for categories without one. */
export function guideFor(category: Category, locale: Locale = 'en'): MockGuide | undefined {
  return GUIDES[category]?.[locale];
}

/** The categories that have a guide. */
export const GUIDED_CATEGORIES = Object.keys(GUIDES) as Category[];
