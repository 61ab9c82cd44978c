/** Bengali digits (০–৯) typed by a shopper read as numbers too. */
export const westernDigits = (text: string): string =>
  text.replace(/[০-৯]/g, (digit) => String(digit.charCodeAt(0) - 0x09e6));
