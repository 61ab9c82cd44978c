/**
 * The mock shop's catalog: Smart Dairy products in BDT, with every stock status
 * represented, and bundles covering every bundle type and pricing type.
 * Field names follow the Odoo models of the seed (product.product, product.bundle).
 */

export type Category = 'milk' | 'yogurt' | 'ghee' | 'butter' | 'cheese' | 'drinks' | 'sweets' | 'cream' | 'powder';

export interface MockProduct {
  id: number;
  name: string;
  name_bn: string;
  category: Category;
  /** Odoo's `lst_price`, BDT. */
  lst_price: number;
  uom: string;
  /** 'product' is stocked; 'consu' is not (always in stock, reports 999). */
  type: 'product' | 'consu';
  qty_available: number;
  low_stock_threshold: number;
  show_stock_quantity: boolean;
  allow_backorder: boolean;
  expected_restock_date: string | null;
}

export interface MockBundleLine {
  product_id: number;
  quantity: number;
}

export interface MockBundle {
  id: number;
  name: string;
  /** `name` in Bengali (Odoo: a translatable field's bn_BD value). */
  name_bn: string;
  code: string;
  active: boolean;
  sequence: number;
  bundle_type: 'fixed' | 'mix_match' | 'bogo';
  pricing_type: 'fixed' | 'discount_percent' | 'discount_amount';
  fixed_price: number;
  discount_percent: number;
  discount_amount: number;
  date_start: string | null;
  date_end: string | null;
  max_quantity_per_order: number;
  total_available: number;
  sold_count: number;
  highlight_text: string;
  highlight_text_bn: string;
  has_image: boolean;
  lines: MockBundleLine[];
}

const p = (
  id: number,
  name: string,
  name_bn: string,
  category: Category,
  lst_price: number,
  qty_available: number,
  extra: Partial<MockProduct> = {},
): MockProduct => ({
  id,
  name,
  name_bn,
  category,
  lst_price,
  uom: 'Units',
  type: 'product',
  qty_available,
  low_stock_threshold: 10,
  show_stock_quantity: false,
  allow_backorder: false,
  expected_restock_date: null,
  ...extra,
});

/** Restock dates relative to today, so the catalog never shows a date in the past. */
const inDays = (days: number): string => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

export function products(): MockProduct[] {
  return [
    p(1, 'Fresh Milk 1 L', 'তাজা দুধ ১ লিটার', 'milk', 95, 120, { show_stock_quantity: true }),
    p(2, 'Fresh Milk 500 ml', 'তাজা দুধ ৫০০ মিলি', 'milk', 50, 200),
    p(3, 'UHT Milk 1 L', 'ইউএইচটি দুধ ১ লিটার', 'milk', 110, 80),
    p(4, 'Chocolate Milk 250 ml', 'চকলেট দুধ ২৫০ মিলি', 'milk', 45, 6, { show_stock_quantity: true }),
    p(5, 'Low-Fat Milk 1 L', 'লো-ফ্যাট দুধ ১ লিটার', 'milk', 105, 0, { expected_restock_date: inDays(5) }),
    p(6, 'Mishti Doi 500 g', 'মিষ্টি দই ৫০০ গ্রাম', 'yogurt', 120, 60),
    p(7, 'Sour Doi 500 g', 'টক দই ৫০০ গ্রাম', 'yogurt', 95.5, 3, { show_stock_quantity: true }),
    p(8, 'Greek Yogurt 200 g', 'গ্রিক ইয়োগার্ট ২০০ গ্রাম', 'yogurt', 140, 8),
    p(9, 'Cow Ghee 200 g', 'গাওয়া ঘি ২০০ গ্রাম', 'ghee', 390, 40),
    p(10, 'Cow Ghee 500 g', 'গাওয়া ঘি ৫০০ গ্রাম', 'ghee', 950, 25, { show_stock_quantity: true }),
    p(11, 'Cow Ghee 1 kg', 'গাওয়া ঘি ১ কেজি', 'ghee', 1850, 0, { allow_backorder: true, expected_restock_date: inDays(10) }),
    p(12, 'Butter 200 g', 'মাখন ২০০ গ্রাম', 'butter', 280, 30),
    p(13, 'Salted Butter 100 g', 'লবণাক্ত মাখন ১০০ গ্রাম', 'butter', 150, 0),
    p(14, 'Cheddar Cheese 200 g', 'চেডার চিজ ২০০ গ্রাম', 'cheese', 420, 15),
    p(15, 'Mozzarella 200 g', 'মোজারেলা ২০০ গ্রাম', 'cheese', 450, 9, { show_stock_quantity: true }),
    p(16, 'Paneer 200 g', 'পনির ২০০ গ্রাম', 'cheese', 180, 50),
    p(17, 'Sweet Lassi 250 ml', 'মিষ্টি লাচ্ছি ২৫০ মিলি', 'drinks', 40, 150),
    p(18, 'Borhani 500 ml', 'বোরহানি ৫০০ মিলি', 'drinks', 70, 0, { expected_restock_date: inDays(2) }),
    p(19, 'Matha 500 ml', 'মাঠা ৫০০ মিলি', 'drinks', 55, 45),
    p(20, 'Rosogolla (1 kg tin)', 'রসগোল্লা (১ কেজি টিন)', 'sweets', 380, 20),
    p(21, 'Sandesh 500 g', 'সন্দেশ ৫০০ গ্রাম', 'sweets', 450, 4, { show_stock_quantity: true }),
    p(22, 'Chomchom 500 g', 'চমচম ৫০০ গ্রাম', 'sweets', 400, 0, { allow_backorder: true }),
    p(23, 'Kalojam 500 g', 'কালোজাম ৫০০ গ্রাম', 'sweets', 360, 35),
    p(24, 'Fresh Cream 200 ml', 'ফ্রেশ ক্রিম ২০০ মিলি', 'cream', 160, 18),
    p(25, 'Mango Ice Cream 1 L', 'আম আইসক্রিম ১ লিটার', 'cream', 320, 12),
    p(26, 'Full Cream Milk Powder 500 g', 'ফুল ক্রিম গুঁড়া দুধ ৫০০ গ্রাম', 'powder', 480, 0, { expected_restock_date: inDays(14) }),
    p(27, 'Khoa (Dried Milk) 250 g', 'খোয়া ২৫০ গ্রাম', 'sweets', 210, 0, { type: 'consu' }),
    p(28, 'Delivery Gift Box', 'উপহার বাক্স', 'sweets', 99.99, 0, { type: 'consu', uom: 'Units' }),
  ];
}

/**
 * Every bundle type × pricing type, and each way a bundle can be unavailable
 * (`_compute_availability`): not started, ended, sold out (`total_available`),
 * a component short of stock; plus a per-order maximum, bundles without an image,
 * a price in paisa, and an inactive bundle (never listed). Dates are relative to
 * today, so "ended" and "not started" stay true.
 */
/** The bundles' names and highlights in Bengali, by bundle id. */
const BUNDLES_BN: Record<number, [name: string, highlight: string]> = {
  1: ['সকালের নাস্তা প্যাক', 'সেরা মূল্য'],
  2: ['মিক্স অ্যান্ড ম্যাচ দই', '১৫% সাশ্রয়'],
  3: ['লাচ্ছি ১টি কিনলে ১টি ফ্রি', '১টি কিনলে ১টি ফ্রি'],
  4: ['ঘি প্রেমীদের জন্য', 'উৎসবের অফার'],
  5: ['স্বাস্থ্যকর শুরু', 'স্বাস্থ্যকর পছন্দ'],
  6: ['পহেলা বৈশাখের মিষ্টি', 'উৎসবের অফার'],
  7: ['পুরনো কম্বো', 'সেরা মূল্য'],
  8: ['চিজ বোর্ড', 'পার্টির পছন্দ'],
  9: ['মিষ্টির মিশ্রণ', 'পছন্দের মিষ্টি বেছে নিন'],
  10: ['পানীয় ত্রয়ী', 'ঠান্ডা থাকুন'],
  11: ['মাখন ১টি কিনলে ১টি ফ্রি', '১টি কিনলে ১টি ফ্রি'],
  12: ['ইউএইচটি দুধ ১ + ১', 'দ্বিতীয়টি ফ্রি'],
  13: ['দই জুটি', 'দুটোই চেখে দেখুন'],
  14: ['ঈদের মিষ্টি', 'শীঘ্রই আসছে'],
  15: ['পনির প্যাক', 'সীমিত স্টক'],
};

export function bundles(): MockBundle[] {
  const b = (
    id: number,
    name: string,
    code: string,
    bundle_type: MockBundle['bundle_type'],
    pricing: Pick<MockBundle, 'pricing_type'> & Partial<Pick<MockBundle, 'fixed_price' | 'discount_percent' | 'discount_amount'>>,
    highlight_text: string,
    lines: [product_id: number, quantity: number][],
    extra: Partial<MockBundle> = {},
  ): MockBundle => ({
    id,
    name,
    code,
    active: true,
    sequence: id,
    bundle_type,
    fixed_price: 0,
    discount_percent: 0,
    discount_amount: 0,
    ...pricing,
    date_start: null,
    date_end: null,
    max_quantity_per_order: 0,
    total_available: 0,
    sold_count: 0,
    highlight_text,
    // Translatable in Odoo (product.bundle's name and highlight_text): their bn_BD values.
    name_bn: BUNDLES_BN[id]?.[0] ?? name,
    highlight_text_bn: BUNDLES_BN[id]?.[1] ?? highlight_text,
    has_image: true,
    lines: lines.map(([product_id, quantity]) => ({ product_id, quantity })),
    ...extra,
  });
  const fixed = (fixed_price: number) => ({ pricing_type: 'fixed' as const, fixed_price });
  const percent = (discount_percent: number) => ({ pricing_type: 'discount_percent' as const, discount_percent });
  const amount = (discount_amount: number) => ({ pricing_type: 'discount_amount' as const, discount_amount });
  return [
    // 2 × 95 + 280 + 120 = 590 → 450.
    b(1, 'Breakfast Pack', 'BRK-01', 'fixed', fixed(450), 'Best Value', [[1, 2], [12, 1], [6, 1]]),
    // 2 × 120 + 2 × 140 = 520, 15 % off → 442; at most 3 per order.
    b(2, 'Mix & Match Doi', 'DOI-MIX', 'mix_match', percent(15), 'Save 15%', [[6, 2], [8, 2]], { max_quantity_per_order: 3 }),
    // 2 × 40 = 80, ৳40 off → 40; 37 of 100 sold.
    b(3, 'Lassi Buy 1 Get 1', 'LASSI-BOGO', 'bogo', amount(40), 'Buy 1 Get 1', [[17, 2]], { total_available: 100, sold_count: 37 }),
    // 390 + 950 = 1,340, ৳100 off → 1,240.
    b(4, 'Ghee Lovers', 'GHEE-2', 'fixed', amount(100), 'Festive Deal', [[9, 1], [10, 1]]),
    // Unavailable: Low-Fat Milk (5) is out of stock. No image.
    b(5, 'Healthy Start', 'HLTH-01', 'mix_match', percent(10), 'Healthy Choice', [[5, 2], [8, 1]], { has_image: false }),
    // Unavailable: the offer ended.
    b(6, 'Pohela Boishakh Sweets', 'PB-SWEET', 'fixed', fixed(700), 'Festival Offer', [[20, 1], [21, 1]], { date_start: inDays(-60), date_end: inDays(-30) }),
    // Inactive: never listed.
    b(7, 'Old Combo', 'OLD-01', 'fixed', fixed(100), 'Best Value', [[2, 2]], { active: false }),
    // 420 + 450 + 180 = 1,050, 10 % off → 945.
    b(8, 'Cheese Board', 'CHEESE-3', 'fixed', percent(10), 'Party Pick', [[14, 1], [15, 1], [16, 1]]),
    // 380 + 360 = 740 → 650.
    b(9, 'Sweet Treats Mix', 'SWEET-MIX', 'mix_match', fixed(650), 'Pick Your Sweets', [[20, 1], [23, 1]]),
    // 2 × 40 + 2 × 55 = 190, ৳30 off → 160. No image.
    b(10, 'Drinks Trio', 'DRINK-MIX', 'mix_match', amount(30), 'Cool Down', [[17, 2], [19, 2]], { has_image: false }),
    // 2 × 280 = 560 → 280.
    b(11, 'Butter Buy 1 Get 1', 'BUTTER-BOGO', 'bogo', fixed(280), 'Buy 1 Get 1', [[12, 2]]),
    // 2 × 110 = 220, 50 % off → 110.
    b(12, 'UHT Milk 1 + 1', 'UHT-BOGO', 'bogo', percent(50), 'Second One Free', [[3, 2]]),
    // 95.5 + 120 = 215.5, 15 % off → 183.17 (a price in paisa). Sour Doi shows its exact stock (3).
    b(13, 'Doi Duo', 'DOI-DUO', 'fixed', percent(15), 'Try Both', [[7, 1], [6, 1]]),
    // Unavailable: the offer has not started.
    b(14, 'Eid Sweets', 'EID-SWEET', 'fixed', fixed(720), 'Coming Soon', [[21, 1], [23, 1]], { date_start: inDays(10), date_end: inDays(40) }),
    // Unavailable: all 20 sold.
    b(15, 'Paneer Pack', 'PANEER-2', 'fixed', amount(60), 'Limited Stock', [[16, 2]], { total_available: 20, sold_count: 20 }),
  ];
}
