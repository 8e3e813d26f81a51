/**
 * Finds English prose left in a text meant to be in another language (help pages under a Chinese
 * locale). The rule, line by line:
 *
 * - `backquoted` spans and command lines (`netlab` and the words after it, up to two spaces,
 *   a quote or a CJK character) are things to type, not prose, and are removed first;
 * - the line is cut at whitespace into tokens; a token is a word when it is ASCII letters (with
 *   inner `-` or `'`), allowing one bracket, quote or stop mark around it;
 * - a word is a name, not prose, when it is in `names` (commands, options, choices, demo names:
 *   what the user types), an acronym (two capitals or more: TCP, IPv4, NDJSON, HTTP GET) or one
 *   capital letter (hosts A, B; metavariables);
 * - three words or more in a row, with only whitespace between them, are a run of English when
 *   one of them at least is prose. Chinese (or any other non-word token) between words ends a run.
 *
 * So "tcp sticky udp ports bind http transfer" (names) and "HTTP GET 请求" pass, and
 * "the same seed gives" or "which running lab" (prose beside a command name) do not.
 */
export function englishRuns(text: string, names: ReadonlySet<string>): string[] {
  return text.split('\n').flatMap((line) => runsInLine(line, names));
}

const COMMAND_LINE = /\bnetlab(?: [^\s"“”'\u2e80-\uffff]+)*/g;
const WORD = /^[([{"“‘']?([A-Za-z]+(?:['’-][A-Za-z]+)*)[)\]}"”’',.;:!?]*$/;

function isName(word: string, names: ReadonlySet<string>): boolean {
  return (
    names.has(word.toLowerCase()) ||
    (word.match(/[A-Z]/g)?.length ?? 0) >= 2 ||
    /^[A-Z]$/.test(word)
  );
}

function runsInLine(line: string, names: ReadonlySet<string>): string[] {
  const prose = line.replace(/`[^`]*`/g, ' ').replace(COMMAND_LINE, '  ');
  const runs: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length >= 3 && run.some((word) => !isName(word, names))) runs.push(run.join(' '));
    run = [];
  };
  // Split on single spaces only: two spaces or more are a column gap, which ends a run.
  for (const token of prose.split(/( {2,}|\t)| /)) {
    if (token === undefined || token === '') continue;
    const word = WORD.exec(token)?.[1];
    if (word === undefined) close();
    else run.push(word);
  }
  close();
  return runs;
}
