// Preloaded with `node --require`: counts Intl.Segmenter constructions and writes the count to
// the file named by NETLAB_TEST_SEGMENTER_COUNT when the process exits. string-width builds a
// Segmenter when it loads, so a count of 0 proves that yargs' help renderer was never loaded.
const { writeFileSync } = require('node:fs');

const Original = Intl.Segmenter;
let count = 0;
Intl.Segmenter = class extends Original {
  constructor(...args) {
    super(...args);
    count += 1;
  }
};
process.on('exit', () => {
  writeFileSync(process.env.NETLAB_TEST_SEGMENTER_COUNT, String(count));
});
