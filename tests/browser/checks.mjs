// The pass/fail bookkeeping the browser scripts share: `check` runs one
// named check and records its outcome; `finish` prints the tally under a
// name and exits 1 if anything failed.
let passed = 0;
let failed = 0;

export const check = async (label, fn) => {
  try {
    await fn();
    passed += 1;
  } catch (e) {
    failed += 1;
    console.error(`FAIL ${label}: ${e.message}`);
  }
};

export const finish = (name) => {
  console.log(`${name}: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
};
