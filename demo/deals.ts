/**
 * The demo's "Combo deals" section: every bundle of the mock shop in a scrolling
 * row, as a theme's home page would show them. Its heading follows the page's
 * language (the widgets follow `configure({locale})` themselves).
 */
const TEXT = {
  en: { title: 'Combo deals', lead: 'Buy together and save. Every saving is the shop’s own figure.' },
  bn: { title: 'কম্বো অফার', lead: 'একসাথে কিনে সাশ্রয় করুন। প্রতিটি সাশ্রয় দোকানের নিজের হিসাব।' },
} as const;

const section = document.getElementById('deals');
if (section) {
  const title = Object.assign(document.createElement('h2'), { id: 'deals-title' });
  const lead = Object.assign(document.createElement('p'), { className: 'deals-lead' });
  const list = document.createElement('sd-bundle-list');
  list.setAttribute('layout', 'row');
  section.setAttribute('aria-labelledby', title.id);
  section.replaceChildren(title, lead, list);
  const show = (locale: string) => {
    const words = locale === 'bn' ? TEXT.bn : TEXT.en;
    title.textContent = words.title;
    lead.textContent = words.lead;
    list.setAttribute('label', words.title);
  };
  show(document.documentElement.lang);
  // The script-tag entry is loaded by main.ts once the mock runs; then follow its locale.
  void customElements.whenDefined('sd-bundle-list').then(() => window.SmartDairyWidgets.config.subscribe(({ locale }) => show(locale)));
}
