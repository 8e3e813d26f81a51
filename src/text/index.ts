/** Text layout that knows CJK characters are two columns wide. */
export { type WrapOptions, wrapText } from './wrap-text.js';
