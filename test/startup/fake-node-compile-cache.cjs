// Preloaded with `node --require`: gives Node 20 a stand-in for Node >= 22.1's
// module.enableCompileCache, which writes the folder it was handed to the file named by
// NETLAB_TEST_COMPILE_CACHE_CALLS, so a test can see which cache the bin chose.
const { appendFileSync } = require('node:fs');
const module_ = require('node:module');

module_.enableCompileCache = (directory) => {
  appendFileSync(process.env.NETLAB_TEST_COMPILE_CACHE_CALLS, `${directory}\n`);
  return { status: 0, directory };
};
