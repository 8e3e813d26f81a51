/** netlab as a library: the calculators, pure functions over parsed values. */
export { InputError, NetlabError } from './errors.js';
