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

export function bundles(): MockBundle[] {
  const b = (bundle: Omit<MockBundle, 'active' | 'sold_count' | 'date_start' | 'date_end' | 'has_image' | 'fixed_price' | 'discount_percent' | 'discount_amount' | 'max_quantity_per_order' | 'total_available'> & Partial<MockBundle>): MockBundle => ({
    active: true,
    sold_count: 0,
    date_start: null,
    date_end: null,
    has_image: true,
    fixed_price: 0,
    discount_percent: 0,
    discount_amount: 0,
    max_quantity_per_order: 0,
    total_available: 0,
    ...bundle,
  });
  return [
    b({
      id: 1,
      name: 'Breakfast Pack',
      code: 'BRK-01',
      sequence: 1,
      bundle_type: 'fixed',
      pricing_type: 'fixed',
      fixed_price: 450,
      highlight_text: 'Best Value',
      lines: [
        { product_id: 1, quantity: 2 },
        { product_id: 12, quantity: 1 },
        { product_id: 6, quantity: 1 },
      ],
    }),
    b({
      id: 2,
      name: 'Mix & Match Doi',
      code: 'DOI-MIX',
      sequence: 2,
      bundle_type: 'mix_match',
      pricing_type: 'discount_percent',
      discount_percent: 15,
      highlight_text: 'Save 15%',
      max_quantity_per_order: 3,
      lines: [
        { product_id: 6, quantity: 2 },
        { product_id: 8, quantity: 2 },
      ],
    }),
    b({
      id: 3,
      name: 'Lassi Buy 1 Get 1',
      code: 'LASSI-BOGO',
      sequence: 3,
      bundle_type: 'bogo',
      pricing_type: 'discount_amount',
      discount_amount: 40,
      highlight_text: 'Buy 1 Get 1',
      total_available: 100,
      sold_count: 37,
      lines: [{ product_id: 17, quantity: 2 }],
    }),
    b({
      id: 4,
      name: 'Ghee Lovers',
      code: 'GHEE-2',
      sequence: 4,
      bundle_type: 'fixed',
      pricing_type: 'discount_amount',
      discount_amount: 100,
      highlight_text: 'Festive Deal',
      lines: [
        { product_id: 9, quantity: 1 },
        { product_id: 10, quantity: 1 },
      ],
    }),
    // Unavailable: a component is out of stock (Low-Fat Milk).
    b({
      id: 5,
      name: 'Healthy Start',
      code: 'HLTH-01',
      sequence: 5,
      bundle_type: 'mix_match',
      pricing_type: 'discount_percent',
      discount_percent: 10,
      highlight_text: 'Healthy Choice',
      has_image: false,
      lines: [
        { product_id: 5, quantity: 2 },
        { product_id: 8, quantity: 1 },
      ],
    }),
    // Unavailable: the offer ended.
    b({
      id: 6,
      name: 'Pohela Boishakh Sweets',
      code: 'PB-SWEET',
      sequence: 6,
      bundle_type: 'fixed',
      pricing_type: 'fixed',
      fixed_price: 700,
      highlight_text: 'Festival Offer',
      date_start: '2026-04-01',
      date_end: '2026-04-20',
      lines: [
        { product_id: 20, quantity: 1 },
        { product_id: 21, quantity: 1 },
      ],
    }),
    // Inactive: never listed.
    b({
      id: 7,
      name: 'Old Combo',
      code: 'OLD-01',
      sequence: 7,
      active: false,
      bundle_type: 'fixed',
      pricing_type: 'fixed',
      fixed_price: 100,
      highlight_text: 'Best Value',
      lines: [{ product_id: 2, quantity: 2 }],
    }),
  ];
}
