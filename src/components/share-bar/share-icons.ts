/**
 * The share bar's icons: simplified network marks drawn inline in `currentColor`,
 * so nothing is ever loaded from the networks. Decorative (`aria-hidden`): each
 * link and button is named in words.
 */
import { html } from 'lit';

export const shareIcons = {
  whatsapp: html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3a9 9 0 0 0-7.7 13.6L3 21l4.5-1.2A9 9 0 1 0 12 3z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" /><path d="M9.2 7.6c.3 0 .5.1.6.4l.7 1.6c.1.2 0 .4-.1.6l-.5.6c-.1.1-.1.3 0 .4.6 1 1.4 1.8 2.4 2.3.2.1.3.1.4 0l.6-.7c.1-.2.3-.2.5-.1l1.6.8c.2.1.3.3.3.5 0 .5-.3 1.3-1.1 1.6-.6.3-1.6.3-3.2-.5a8 8 0 0 1-3.6-3.9c-.5-1.2-.1-2.3.4-2.9.3-.5.6-.7 1-.7z" fill="currentColor" /></svg>`,
  facebook: html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M13.4 21v-7.6h2.6l.4-3h-3V8.5c0-.9.3-1.5 1.5-1.5h1.6V4.3a21 21 0 0 0-2.3-.1c-2.3 0-3.9 1.4-3.9 4v2.2H7.7v3h2.6V21z" fill="currentColor" /></svg>`,
  x: html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h4.6l3.9 5.4L17.3 4h2.2l-6 6.9L20.3 20h-4.6l-4.3-5.8L6.3 20H4.1l6.4-7.2zm3 1.5 9.6 13h1.5L8.6 5.5z" fill="currentColor" /></svg>`,
  telegram: html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M20.6 4.2 2.9 11c-.9.4-.8 1.6.1 1.8l4.3 1.3 1.7 5.3c.2.7 1.1.9 1.6.4l2.4-2.3 4.5 3.3c.6.4 1.4.1 1.6-.6l2.9-13.7c.2-.9-.6-1.6-1.4-1.3zM9.6 14.3l-.4 3.4-1.3-4.1 9.4-6.1z" fill="currentColor" /></svg>`,
  linkedin: html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M5 9.2h3V20H5zm1.5-5a1.8 1.8 0 1 1 0 3.5 1.8 1.8 0 0 1 0-3.5zM10 9.2h2.9v1.5c.4-.8 1.4-1.7 3-1.7 3.1 0 3.7 2.1 3.7 4.7V20h-3v-5.6c0-1.3 0-3-1.8-3s-2.1 1.4-2.1 2.9V20H10z" fill="currentColor" /></svg>`,
  email: html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"><rect x="3" y="5.5" width="18" height="13" rx="2" /><path d="m3.8 7 8.2 6.3L20.2 7" /></svg>`,
  link: html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round"><path d="M10 14a4 4 0 0 0 5.7 0l3-3A4 4 0 0 0 13 5.3l-1.1 1.1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1.1-1.1" /></svg>`,
  share: html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8"><circle cx="17.5" cy="5.5" r="2.5" /><circle cx="6.5" cy="12" r="2.5" /><circle cx="17.5" cy="18.5" r="2.5" /><path d="m8.7 10.7 6.6-3.9m-6.6 6.5 6.6 3.9" /></svg>`,
};
